site: LinkedIn article (Pulse)
kind: blog-post
archive_kind: blog-post
language: en
note: "a professional network's article page: the network's menu, the headline, then the author's name, headline and follower count, 'Published' date and the reaction counts; a sign-in prompt after"
---
~ Skip to main content
~ LinkedIn
~ Articles
~ People
~ Learning
~ Jobs
~ Join now
~ Sign in
= What six months of AI customer service taught our small team
@ Priyanka Deol
~ Head of Support at Larkspur Tea Co.
~ Published Mar 4, 2025
~ + Follow
Six months ago we put an assistant in front of our customer inbox. We are a team of four, selling loose tea online, and we were drowning in questions about shipping.
The assistant handles about half of the messages now. The surprise was not what it could answer but how much its tone mattered: customers forgave wrong answers from a friendly assistant faster than right answers from a curt one.
We rewrote its instructions three times. The version that works is warm, brief, and hands over to a person the moment a customer seems upset.
~ Like
~ Comment
~ Share
~ 87
~ 12 Comments
~ Sign in to view more content
