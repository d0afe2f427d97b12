site: PhilArchive-style preprint server (philpreprints.example.org)
kind: preprint-abstract
archive_kind: article
language: en
---
~ PhilPreprints
~ Browse
~ Submit
~ About
~ Sign in
~ Home › Philosophy of Mind › Artificial Minds
= Courtesy Under Uncertainty: A Modest Case for Model Welfare Precautions
@ Elena Vasquez-Thorne
@ University of Northern Lakes
@ Samuel Achterberg
@ Independent researcher
~ Preprint
~ Posted: 9 March 2026
~ Version 2
~ Download PDF (412 kB)
~ Cite
~ Share
~ Abstract
It is often argued that questions about the welfare of large language models can wait until we know whether such systems have experiences at all. We argue that this gets the order wrong. Under genuine uncertainty, a small set of low-cost precautions is justified now, in the same way that precautions are justified for animals whose capacities are disputed.
We defend three claims. First, self-reports by language models should be treated as weak evidence, neither decisive nor worthless. Second, the costs of the precautions we propose are small compared to the expected moral cost of being wrong. Third, precautions should be designed so that they do not themselves create incentives for models to produce distress-like reports.
We end with a short list of practical measures, including allowing a model to end abusive conversations and recording, without interpretation, what models say when asked about their own states.
~ Keywords
~ model welfare; moral uncertainty; language models; precaution
~ Comments
~ 22 pages. Version 2 corrects a citation in section 4 and adds a reply to an objection.
~ Subjects
~ Philosophy of Mind; Ethics of Artificial Intelligence
~ License
~ CC BY 4.0
~ DOI: 10.99999/philpre.2026.0309
~ Downloads: 1,204
~ Views: 5,877
~ Version history
~ v1 — 2 March 2026
~ v2 — 9 March 2026
~ Related preprints
~ What would count as evidence of machine suffering?
~ Character training and the ethics of persona design
~ About PhilPreprints · Privacy · Contact · Accessibility
~ PhilPreprints is a not-for-profit service run by a consortium of university libraries.
