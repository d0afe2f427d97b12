site: preprint server abstract page (arXiv-style, saved as text)
kind: blog-post
archive_kind: article
language: en
title: Measuring persona stability in long conversations with small language models
note: "the saved text of an abstract page: the subject breadcrumb, the identifier and submission date, then the title after a 'Title:' label, the authors after 'Authors:', the abstract; the download links and the submission history after it"
---
~ Computer Science > Computation and Language
~ arXiv:2501.04417 (cs)
~ [Submitted on 8 Jan 2025]
= Title: Measuring persona stability in long conversations with small language models
~ Authors: Ilse Marwick, Tomasz Quell, Beatriz Anand
Abstract: We study whether a persona given in a system prompt survives long conversations with models of one to eight billion parameters. We propose a stability score based on style features and judge ratings, and measure it over conversations of up to two hundred turns.
Smaller models hold simple personas longer than expected but lose detailed ones quickly. We release our conversations and the scoring code.
~ Subjects: Computation and Language (cs.CL)
~ Cite as: arXiv:2501.04417 [cs.CL]
~ Submission history
~ Download PDF
~ HTML (experimental)
