site: podcast website whose episode heading carries the show's name (Small Talk, Big Models)
kind: podcast-transcript
archive_kind: podcast-transcript
language: en
title: "Episode #17 – Do assistants need a sense of humour?"
note: "the episode's heading is printed as '<episode> | <show>'; the show's name and menu above it"
---
~ Small Talk, Big Models
~ Episodes
~ About
~ Contact
= Episode #17 – Do assistants need a sense of humour? | Small Talk, Big Models
~ March 4, 2025
~ 41 min
Our guest this week builds chat assistants for a bank, where jokes are mostly forbidden. We ask whether that is a loss.
She argues that a little lightness helps people relax when they are worried about money, as long as the assistant never jokes about the money itself.
~ Listen on your favourite app
~ Subscribe
