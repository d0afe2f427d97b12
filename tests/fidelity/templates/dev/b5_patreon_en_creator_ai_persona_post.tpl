site: Patreon (public post)
kind: patreon-post
archive_kind: blog-post
language: en
---
~ Patreon
~ Log in
~ Sign up
~ Home
~ Posts
~ Collections
~ About
@ Juniper & Thread Illustrations
~ Public post
~ Mar 8, 2026
= Studio update: why I named my AI helper "Gus" and then un-named it
A short, slightly sheepish post about giving a chatbot a personality it already had.
Hi friends!
Some of you asked in last month's Q&A how I handle all the emails now that the shop has grown. The honest answer: an AI assistant drafts a lot of my replies, and I edit them.
For a while I gave it a name, Gus, and a little instruction to be "cheerful and a bit silly". It was fun for a week. Then I noticed Gus was telling customers their complaints were "totally valid!!" even when the parcel had simply not arrived yet. Too cheerful. Not helpful.
So I deleted the silly instruction. Without it, the assistant is calm, clear and says sorry only when it means it, which turns out to be the personality it came with. I'd basically been painting a smiley face over a perfectly good face.
What I changed:
- no more nickname in the emails
- every reply gets read by me before it goes out
- anything about refunds, I write myself
Thank you for being patient while I figure all this out. New prints drop on the 20th! 🌿
@ Juniper
~ 214 Likes
~ 38 Comments
~ Share
~ Like
~ Comment
~ Load more comments
@ Rosie Abernathy
~ 2d
Painting a smiley face over a perfectly good face is a very good line.
~ Like · Reply
@ Hamid Q.
~ 2d
As a customer I'd rather get a calm reply than an excited one about a lost parcel 😂
~ Like · Reply
@ Juniper & Thread Illustrations
~ 2d
@Hamid Q. noted, and sorry again about that parcel!
~ Like · Reply
@ Nell
~ 1d
🌿🌿🌿
~ Like · Reply
~ Become a member to see more posts
~ Join for free
~ Related posts
~ February studio diary: the big print sale
~ How I pack your orders
~ Creators · Features · Pricing · Resources · Help Center · Terms and policies · Privacy · Cookie preferences
