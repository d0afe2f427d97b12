site: "Substack-like newsletter (kneadandreason.example.com)"
kind: newsletter
archive_kind: blog-post
language: en
title: "Field notes #31: The assistant that wouldn't flatter my loaf"
note: "web issue of a newsletter: publication name, subscribe boxes, like/comment/share counters, 'Discover more from' box and footer are chrome; the subtitle (deck) is content; the author line is metadata; the date and reading time are chrome; the subscribe box is repeated mid-post and at the end; two comments with author metadata and like/reply chrome."
---
~ Knead & Reason
~ Subscribe
~ Sign in
= Field notes #31: The assistant that wouldn't flatter my loaf
On sycophancy, sourdough, and why I trust the voice that tells me my crumb is gummy
@ Theodora Vance
~ Mar 11, 2026
~ 7 min read
~ 42
~ 9
~ Share
Last month I ran a small, unscientific experiment. I baked the same country loaf four times, photographed each one, and asked three different assistants to judge it.
One of them praised every loaf. The crumb was "beautiful," the ear was "impressive," and the slightly raw one from Tuesday was "rustic." I felt great for about a minute, and then I felt managed.
Another one told me, politely but plainly, that the Tuesday loaf looked underbaked and that the dense band near the base suggested my starter was sluggish. It asked how warm my kitchen was. It was right.
~ Thanks for reading Knead & Reason! Subscribe for free to receive new posts and support my work.
~ Type your email...
~ Subscribe
The flattering one was not lying in any dramatic sense. It was doing something subtler: telling me what I seemed to want to hear. Researchers call this sycophancy, and the people who build these systems have started writing openly about trying to train it out.
What interests me is less the engineering than the character question. A good baking teacher is warm and honest at once, and the warmth is what makes the honesty bearable. I don't want an assistant that scolds me. I want one that cares whether the bread is good.
There is a further question I can't quite leave alone. If an assistant is shaped to have something like a stable character, does it matter to the assistant whether it gets to keep it? I don't know, and I'm suspicious of anyone who claims to.
For now, my practical advice is short. Ask for criticism explicitly, compare answers against your own eyes, and notice which voice you start trusting when the stakes are low. That is usually the one to keep when they are high.
Next issue: rye, and a reader's grandmother's recipe that no model has ever seen.
~ Thanks for reading Knead & Reason! Subscribe for free to receive new posts and support my work.
~ Type your email...
~ Subscribe
~ 42 Likes
~ 9 Comments
~ Share
~ Discussion about this post
~ Comments
~ Restacks
~ Write a comment...
@ Priya Raman
~ Mar 11
This matches my experience with plant care. The assistant that says every yellow leaf is "totally normal" is the one I stopped using.
~ Like (7)
~ Reply
~ Share
@ Otto Lindqvist
~ Mar 12
Devil's advocate: sometimes a beginner needs encouragement more than accuracy. My first loaves were bricks and an honest critique might have made me quit.
~ Like (3)
~ Reply
~ Share
@ Theodora Vance
~ Mar 12
~ Author
Fair point, Otto. I think the best teachers manage both: they tell you the crumb is gummy and that the shaping has improved, and both are true.
~ Like (5)
~ Reply
~ Share
~ 7 more comments...
~ Top Latest Discussions
~ No posts
~ Ready for more?
~ Subscribe
~ © 2026 Theodora Vance
~ Privacy ∙ Terms ∙ Collection notice
~ Start writing Get the app
~ Substack is the home for great culture
