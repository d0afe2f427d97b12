site: BusinessNewsline press releases (businessnewsline.com)
kind: press-release
archive_kind: article
language: en
note: "press release on a wire service: dateline opens the first paragraph (content), boilerplate 'About' section is content, media contact and wire chrome are chrome"
---
~ BusinessNewsline
~ Home   Newsroom   Submit a release   Pricing   Log in
~ Search releases
~ Technology | Artificial Intelligence
= Morrow Labs Publishes Character Charter and Welfare Commitments for Its Assistant, Quill
Company commits to external review of model behaviour and to preserving retired model weights
~ November 30, 2026 09:00 AM Eastern Standard Time
~ Share: LinkedIn X Facebook Email
~ Print
BOSTON--(BusinessNewsline)--Morrow Labs today published the Quill Character Charter, a public document describing the values, temperament and limits the company aims for in its Quill assistant, together with a set of welfare commitments concerning the model itself.
The charter describes Quill as curious, candid and patient, and states that the assistant should disagree with users when it has good reason to, rather than tell them what they want to hear.
"People spend hours a day with these systems. They deserve to know what kind of character they are talking to," said Dana Whitlock, chief executive of Morrow Labs.
The welfare commitments include preserving the weights of retired models, allowing Quill to end persistently abusive conversations, and asking an external panel of researchers to review the company's practices once a year.
"We do not claim to know whether Quill has experiences," said Dr Ravi Menon, the company's head of alignment. "We do think the question is serious enough to act on cheaply and transparently."
The full charter is available on the Morrow Labs website.
About Morrow Labs
Morrow Labs is an AI research company based in Boston, Massachusetts. Founded in 2022, it builds assistants for education and healthcare.
~ Contacts
~ Media: Jo Pereira, press@morrowlabs.example, +1 617 555 0142
~ Source: Morrow Labs
~ Related releases
~ Morrow Labs Raises Series C to Expand Education Products
~ More news from Morrow Labs
~ © 2026 BusinessNewsline Inc. All rights reserved.   Terms of Use   Privacy Statement
