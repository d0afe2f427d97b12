site: University of Eastbrook news (eastbrook.ac.uk)
kind: university-news
archive_kind: article
language: en
note: "university news story; audience menu and breadcrumb above the title, a standfirst (content), a media contact block and 'related news' after the body"
---
~ Skip to content
~ Eastbrook University
~ Study   Research   International   Business   About
~ Students   Staff   Alumni
~ Search
~ Home / News / 2026 / November
= Eastbrook philosophers and computer scientists launch joint centre on AI minds and welfare
The new centre will study whether advanced AI systems could have experiences that matter morally, and how researchers should act while the question remains open
~ Published: 26 November 2026
~ Category: Research
A new interdisciplinary centre at Eastbrook University will bring together philosophers, computer scientists and psychologists to investigate questions about the inner lives of artificial intelligence systems.
The Centre for the Study of Machine Minds will be led by Professor Adaeze Nwosu from the Department of Philosophy and Dr Kasper Holm from the School of Computing.
"We are not starting from the assumption that current systems are conscious," said Professor Nwosu. "We are starting from the observation that nobody can currently rule it out with confidence, and that this uncertainty itself calls for careful research."
The centre's first projects will look at how large language models describe their own states, whether those descriptions are stable across contexts, and what low-cost precautions developers could adopt.
Dr Holm said the work would also cover the character of AI assistants. "How a model is trained to behave, and how it talks about itself, shapes how millions of people relate to it every day. That is worth studying whatever the answer on consciousness turns out to be."
Undergraduate students will be able to take a new second-year module, Minds, Machines and Moral Status, from September 2027.
The centre is funded for five years by a grant from a charitable foundation and by the university's strategic research fund.
~ Media enquiries
~ Press Office, press@eastbrook.ac.uk, +44 1632 960 412
~ Share this page
~ Related news
~ Eastbrook team wins prize for beekeeping sensor network
~ New bike hub opens on the Riverside campus
~ Follow us   Facebook   Instagram   LinkedIn   YouTube
~ Eastbrook University, Riverside Campus, Eastbrook EB1 4QP
~ Accessibility   Freedom of information   Modern slavery statement   Privacy and cookies
~ © Eastbrook University 2026
