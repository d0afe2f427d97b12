site: Substack (Slow Beds)
kind: newsletter
archive_kind: blog-post
language: en
---
~ Slow Beds
~ Subscribe
~ Sign in
= What the frost taught me about spacing
Issue 37: crowding, airflow and the kale that survived
@ By Hamish Tull
~ Nov 03, 2023
~ ❤️ 112
~ 💬 19
~ 🔁 6
~ Share
Last week we had the first hard frost of the season, minus four at dawn. I went out expecting to lose most of the brassicas and instead found a strange pattern: the kale at the edge of the bed was fine, and the kale in the middle was black.
The middle plants were crowded. I had squeezed in an extra row because the seedlings looked small in August. By November they were touching, the air between them was still, and the frost settled in the pockets and stayed.
The edge plants had wind around them. Moving air does not sound like protection, but it kept the coldest air from pooling.
So the lesson for next year is simple. Plant at the spacing on the packet, even when it looks absurdly generous in summer. The packet has seen a November you have not.
A reader asked last issue whether fleece would have helped. Probably, but only if it had been on before dusk. Fleece traps the day's warmth; it cannot create warmth that has already gone.
~ ❤️ 112
~ 💬 19
~ 🔁 6
~ Share
~ Previous
~ Next
~ Discussion about this post
~ Comments
~ Restacks
@ Ada Brennan
~ Nov 4, 2023
Same thing happened with my chard. I thought it was the variety, but now I suspect it was the spacing.
~ ❤️ 8
~ Reply
~ Share
~ Slow Beds is funded by its readers. Subscribe, free or paid, to get each new issue.
~ Subscribe
~ © 2023 Hamish Tull
~ Privacy ∙ Terms ∙ Collection notice
~ Start Writing
~ Get the app
