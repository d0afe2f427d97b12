site: Blogger (Leaf and Kettle)
kind: blog-post
language: en
---
~ Leaf and Kettle
~ Home
~ About me
~ Tuesday, 14 May 2024
= Cold brewing green tea, and why it tastes sweeter
Cold brewing is the laziest good idea I know. Put ten grams of green tea in a litre of cold water, leave it in the fridge overnight, strain it in the morning.
It tastes noticeably sweeter than the same tea brewed hot. The reason is that cold water pulls out the amino acids that taste sweet and savoury much more readily than it pulls out the bitter compounds.
The catch is caffeine. Cold brewing extracts less of it, which some people see as a benefit and some see as the whole point of tea being lost.
I keep a jug going all summer. It has replaced most of the fizzy drinks in the house.
@ Posted by Maren Holt at 21:14
~ Email This
~ BlogThis!
~ Share to X
~ Share to Facebook
~ Share to Pinterest
~ Labels: green tea, summer
~ 2 comments:
@ Anonymous
~ 15 May 2024 at 08:03
Does this work with black tea too? Mine always comes out flat.
~ Reply
~ Delete
@ Maren Holt
~ 15 May 2024 at 19:40
It works, but black tea needs longer, closer to sixteen hours, and a little more leaf.
~ Reply
~ Delete
~ Add comment
~ Load more...
~ Newer Post
~ Older Post
~ Home
~ Subscribe to: Post Comments (Atom)
~ Powered by Blogger.
