site: WordPress blog (Two Cats, One Flat)
kind: blog-post
language: en
---
~ Skip to content
~ Two Cats, One Flat
~ Menu
~ Home
~ About the cats
= Introducing a second cat: what actually worked
~ Posted on February 11, 2024 by
@ Noor Haddad
~ 2 Comments
When we brought home our second cat, I had read every guide and still got it mostly wrong for the first week. Here is what finally worked.
Separate rooms for longer than you think. We did three days. It should have been ten.
Swap bedding before they ever see each other, so the new smell becomes boring before the new cat appears.
Feed them on either side of a closed door, then a door open a crack, then a baby gate. Food makes every step feel like good news.
Six weeks on, they sleep on the same sofa, at opposite ends, which I am told counts as love.
~ Share this:
~ Facebook
~ Like this:
~ Like Loading...
~ 2 thoughts on “Introducing a second cat: what actually worked”
@ Bea Lund
~ February 12, 2024 at 7:30 pm
The opposite ends of the sofa made me laugh. Ours are the same.
~ Reply
~ Leave a Reply
~ Hosted on WordPress.com
