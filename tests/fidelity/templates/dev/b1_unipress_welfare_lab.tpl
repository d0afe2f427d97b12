site: "University news office (news.northmere.ac.uk)"
kind: university-press-release
archive_kind: article
language: en
title: "New lab to study whether AI systems can have interests"
note: "title in quotation marks after \"Home > News > Research\" trail; deck kept; contact block is chrome."
---
~ Northmere University
~ Study Research Engage About
~ Search
~ Home > News > Research
= New lab to study whether AI systems can have interests
The centre will bring philosophers, computer scientists and animal-welfare researchers together for five years.
~ Published: 12 January 2026
~ Share this page: Facebook X LinkedIn Email
Northmere University is opening a research centre on the moral status of artificial systems, funded by a five-year grant from a charitable foundation.
The centre will ask whether current or future language models could have anything like preferences or wellbeing, and what evidence would count for or against that.
"We do not start from the assumption that they do," said the centre's director, a professor of philosophy. "We start from the fact that nobody has a good method for finding out, and that this is a problem worth solving."
The team includes researchers who have spent years designing welfare measures for farm animals and fish. Their experience with species that cannot report their own states is one of the reasons the project was funded.
Early work will focus on three questions:
- what behaviour would be evidence of a preference
- how training might create or hide such behaviour
- how developers should act while the question is open
The centre will publish its methods openly and plans a public lecture series in the spring.
~ Media contact
~ Press Office, press@northmere.example, +44 1632 960 418
~ Related news
~ Students build a robot that waters allotments
~ Music department wins archive grant
~ Tags: Philosophy, Computer Science, Research funding
~ Sign up for our research newsletter
~ © Northmere University 2026 · Accessibility · Freedom of information · Privacy and cookies
