site: arXiv preprint (PDF converted to text)
kind: paper
archive_kind: article
language: en
note: "pdftotext output: the arXiv stamp on the first line, then the title over two lines, authors and affiliations, the abstract label; a running header and a page number interrupt the text"
---
~ arXiv:2505.04417v2 [cs.CL] 19 May 2025
= Measuring Character Stability in Long Conversations with Language Models
@ Ines Marlow, Tomasz Reyes, Aiko Brandt
~ Department of Computer Science, Example University
~ {imarlow, treyes}@example.edu
~ Abstract
We study whether a language model keeps the character its developers describe over conversations of several hundred turns.
We build a test set of long conversations and score each reply for tone, stated values and consistency with earlier replies.
Models hold their character well for the first fifty turns, then drift towards the style of the user.
~ 1 Introduction
Developers describe the character they want a model to have, but such descriptions are rarely tested beyond short exchanges.
~ Preprint. Under review.
~ 2
In long conversations the user's own style is a strong signal, and a model that mirrors it may slowly lose its own voice.
