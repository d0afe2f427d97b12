site: arXiv-style preprint server (abstract page saved as text)
kind: preprint-page
archive_kind: article
language: en
title: Do assistants keep their manners under pressure? A study of tone drift in adversarial dialogue
note: 'a full abstract page: donation banner and support line, search form, subject breadcrumb, identifier and submission date, title and authors after their labels, the abstract, the comments and subjects labels, the access panel, submission history with sizes, browse context with prev/next, citation tools, the labs blurb and the footer; the abstract holds a "Note:" sentence and a line "Code: available on request."'
---
~ Skip to main content
~ Support open science this week: every gift keeps the archive free for readers everywhere.
~ Donate
~ We are grateful for support from our member institutions and all contributors.
~ > cs > arXiv:2503.01872
~ Help | Advanced Search
~ All fields
~ Search
~ Computer Science > Human-Computer Interaction
~ [Submitted on 3 Mar 2025 (v1), last revised 11 Mar 2025 (this version, v2)]
= Title: Do assistants keep their manners under pressure? A study of tone drift in adversarial dialogue
~ Authors: Greta Holm, Marcus Ibe, Lina Sørvik
~ View PDF
~ HTML (experimental)
Abstract: Chat assistants are usually evaluated one turn at a time, yet people who try to provoke them do so over many turns. We collect four hundred adversarial conversations and measure how the assistant's politeness, hedging and warmth change from the first turn to the last.
Politeness holds up well, but warmth falls by a third on average once the user turns hostile. Hedging rises at the same time, which raters read as evasiveness rather than care.
Note: all conversations were written by paid annotators who agreed to publication; no user data was used.
Code: available on request.
~ Comments: 12 pages, 4 figures, 3 tables
~ Subjects: Human-Computer Interaction (cs.HC); Computation and Language (cs.CL)
~ Cite as: arXiv:2503.01872 [cs.HC]
~ (or arXiv:2503.01872v2 [cs.HC] for this version)
~ https://doi.org/10.48550/arXiv.2503.01872
~ Submission history
~ From: Greta Holm [view email]
~ [v1] Mon, 3 Mar 2025 16:20:45 UTC (1,204 KB)
~ [v2] Tue, 11 Mar 2025 09:02:13 UTC (1,210 KB)
~ Access Paper:
~ View PDF
~ TeX Source
~ Other Formats
~ view license
~ Current browse context:
~ cs.HC
~ < prev | next >
~ new | recent | 2503
~ Change to browse by:
~ cs
~ cs.CL
~ References & Citations
~ NASA ADS
~ Google Scholar
~ Semantic Scholar
~ export BibTeX citation
~ Bookmark
~ Bibliographic Tools
~ Code, Data, Media
~ Demos
~ Related Papers
~ About arXivLabs
~ Which authors of this paper are endorsers? | Disable MathJax (What is MathJax?)
~ About
~ Help
~ Contact
~ Subscribe
~ Copyright
~ Privacy Policy
~ Web Accessibility Assistance
~ Operational Status
