site: OSF-style preprint server (landing page)
kind: preprint-page
archive_kind: article
language: en
title: Do users prefer a consistent assistant personality? Evidence from a diary study
note: 'an OSF-like preprint landing page: service header, version selector, download button with its counter, views and downloads, DOI, licence, disciplines and tags, the citation panel, the moderation notice, cookie banner and footer; the abstract has a short list of three findings and a line "Participants: 48"'
---
~ Skip to main content
~ PsyArXiv Preprints
~ Add a Preprint
~ Search
~ Support
~ Sign In
~ Sign Up
= Do users prefer a consistent assistant personality? Evidence from a diary study
~ Preprint / Version 2
~ Download
~ Views: 1,318
~ Downloads: 247
~ Submitted: 2025-02-14
~ Last edited: 2025-03-02
@ Authors: Ana Ferreira, Tobias Lenk
~ Abstract
We asked people to keep a diary of their conversations with a chat assistant for three weeks. Each evening they rated how much the assistant had seemed like the same character as the day before.
Participants: 48
Three findings stood out:
- consistency mattered more than friendliness;
- small changes of tone went unnoticed;
- a change of opinion on a topic was noticed at once.
We argue that users track an assistant's views more closely than its style.
~ Preprint DOI
~ https://doi.org/10.31234/osf.io/x7k2p
~ License
~ CC-By Attribution 4.0 International
~ Disciplines
~ Social and Behavioral Sciences
~ Psychology
~ Tags
~ chatbots, personality, diary study
~ Citation
~ APA
~ MLA
~ Chicago
~ Supplemental Materials
~ Data Link
~ Preregistration Link
~ Conflict of Interest
~ Author assertions
~ This preprint has not been peer reviewed.
~ This site uses cookies to deliver its services and to analyze traffic. By using this site, you agree to its use of cookies.
~ Accept
~ Copyright © 2011-2025 Center for Open Science
~ Terms of Use
~ Privacy Policy
~ Status
~ API
