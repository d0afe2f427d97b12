site: arXiv-style preprint abstract page
kind: preprint-abstract
archive_kind: article
language: en
note: a preprint's abstract page - skip link, support banner, breadcrumb with identifier, search box, subject heading, '[Submitted on ...]' stamp, the title, the authors line as metadata, PDF/HTML links, the 'Abstract:' label on its own line, a two-paragraph abstract with figures that stay, comments/subjects/cite-as lines, submission history with the submitter as metadata, access and bibliographic tool blocks and the footer
---
~ Skip to main content
~ Support for this archive comes from member institutions and from readers. Donate
~ > cs > arXiv:2612.01234
~ Search... All fields Search
~ Help | Advanced Search
~ Computer Science > Computation and Language
~ [Submitted on 1 Dec 2026]
= Measuring Persona Stability in Long Conversations with Language Models
@ Authors: Mira Okafor, Jonas Berg, Aiko Tanaka
~ View PDF HTML (experimental)
~ Abstract:
Assistants built on language models are often given a persona: a name, a voice and a set of stated values. We ask how well such personas hold over long conversations, and what breaks them.
We build a benchmark of 600 conversations of up to 200 turns in which simulated users gradually push the assistant to abandon its stated values or its voice. Value consistency stays high (0.93 at turn 20, 0.88 at turn 200), while voice consistency falls from 0.91 to 0.64. Short reminders of the persona every 40 turns recover most of the loss. We release the conversations and the scoring rubric.
~ Comments: 14 pages, 5 figures
~ Subjects: Computation and Language (cs.CL); Artificial Intelligence (cs.AI)
~ Cite as: arXiv:2612.01234 [cs.CL]
~ (or arXiv:2612.01234v1 [cs.CL] for this version)
~ Submission history
@ From: Mira Okafor [view email]
~ [v1] Tue, 1 Dec 2026 17:02:44 UTC (812 KB)
~ Access Paper: View PDF TeX Source Other Formats
~ Current browse context: cs.CL
~ < prev | next >
~ References & Citations NASA ADS Google Scholar Semantic Scholar
~ Bibliographic Tools Bibliographic and Citation Tools
~ About Help Contact Subscribe Copyright Privacy Policy Web Accessibility Assistance
