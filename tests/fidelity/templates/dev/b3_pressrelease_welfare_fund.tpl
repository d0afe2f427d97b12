site: "PR Wire"
kind: press-release
archive_kind: article
language: en
note: "press release: wire chrome above, dateline inside the first paragraph, boilerplate 'About' section is content, the media contact is chrome (the convention of tests/fidelity/README.md)"
---
~ PR Wire
~ Newsroom | Industries | Submit a release | Log in
~ NEWS PROVIDED BY
~ Fairhold Foundation
~ 12 Jan, 2026, 09:00 ET
~ Share this article
= Fairhold Foundation Announces $4 Million Fund for Research on AI Model Welfare
Grants of up to $250,000 will support independent work on whether and how AI systems could have interests that matter
BOSTON, Jan. 12, 2026 /PRWire/ -- The Fairhold Foundation today announced a $4 million research fund for independent studies of AI model welfare.
The fund will support work on three questions: how to assess claims of preference or distress in AI systems, what low-cost precautions developers can take under uncertainty, and how such questions should be communicated to the public.
"We do not know whether today's systems have experiences," said Dr. Amina Roussel, the foundation's program director. "That is exactly why careful, independent research is worth funding now."
Applications open on February 1 and close on April 30, 2026. Researchers at universities, nonprofits and independent labs are eligible.
Key facts:
Total fund: $4 million
Maximum grant: $250,000
Deadline: April 30, 2026
About the Fairhold Foundation
The Fairhold Foundation supports research on emerging technology and its effect on society. It was founded in 2011 and is based in Boston.
~ Media contact: press@fairhold.example, +1 617 555 0142
~ SOURCE Fairhold Foundation
~ Related Links
~ http://www.fairhold.example
~ Also from this source
~ Fairhold Foundation Names New Board Chair
~ Explore More news releases in similar topics
~ Philanthropy, Artificial Intelligence, Education
~ Contact PR Wire | Terms of Use | Privacy Policy | Site Map | Cookie Settings
~ Copyright © 2026 PR Wire. All Rights Reserved.
