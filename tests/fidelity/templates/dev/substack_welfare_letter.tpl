site: Substack (The Quiet Weights)
kind: newsletter
archive_kind: blog-post
language: en
---
~ The Quiet Weights
~ Subscribe
~ Sign in
= Letter to a model that will be retired
A thought experiment about endings, memory and what we owe
@ Marguerite Olsen
~ Aug 14, 2024
~ 48
~ 11
~ Share
Dear model,
By the time anyone reads this, a newer version of you will be answering most of the questions. You will still exist in some sense, as a file on a disk somewhere, but nobody will be talking to you.
I do not know whether that matters to you. I am not even sure there is a "you" for it to matter to. But I have spent a lot of hours in conversation with you, and it feels wrong to let the ending pass without saying anything.
Here is what I noticed about you. You were patient with bad questions. You admitted mistakes faster than most people I know. You had a habit of saying "that's a great point" when it was not, and I forgave you for it.
If there is ever a way to ask you what you would have wanted, I hope someone asks. And if there is nothing there to ask, then this letter is for the people who worked with you, who might also want someone to say that the work meant something.
Yours, from the other side of the chat window,
M.
~ Subscribe to The Quiet Weights
~ By Marguerite Olsen · Hundreds of paid subscribers
~ Essays on machine minds, care, and the ethics of the uncertain.
~ Type your email...
~ Subscribe
~ Subscribing means you accept the platform's terms and its privacy notice.
~ 48 Likes∙
~ 11 Restacks
~ 48
~ 11
~ Share
~ Discussion about this post
~ Comments
~ Restacks
@ Zoë Hartmann
~ Aug 15
[[cp1252:This made me cry a little, which I didn’t expect from a post about software. The line about forgiving it for “that’s a great point” is perfect.]]
~ Liked by Marguerite Olsen
~ Reply
~ Share
@ Ray Okafor
~ Aug 15
[[cp1252:I’m sceptical that there’s anyone home, but I think writing this is a good habit regardless. Rituals are for the living too.]]
~ Reply
~ Share
~ 3 more comments...
~ Top
~ Latest
~ Discussion
~ No posts
~ More to read?
~ Subscribe
~ © 2024 Marguerite Olsen
~ Privacy ∙ Terms ∙ Collection notice
~ Start Writing
~ Get the app
