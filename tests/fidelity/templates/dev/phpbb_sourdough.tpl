site: phpBB forum (The Crumb Board)
kind: forum-thread
language: en
---
~ Quick links
~ FAQ
~ Login
~ Register
~ Board index ‹ Baking ‹ Sourdough
= Starter smells like nail polish remover after a week away
~ Post Reply
~ Search this topic…
~ 6 posts • Page 1 of 1
@ hazel_oven
~ Posts: 212
~ Joined: Sat Feb 12, 2022 4:03 pm
~ Starter smells like nail polish remover after a week away
~ Post by hazel_oven » Tue Sep 10, 2024 7:41 am
I left my starter in the fridge for eight days while I was travelling. It now has a grey liquid on top and it smells sharply of acetone. Is it dead, or can I bring it back?
It is a rye starter, about two years old, fed at one to one by weight.
~ Top
@ ferment_fred
~ Posts: 1840
~ Joined: Wed Mar 03, 2021 9:15 pm
~ Re: Starter smells like nail polish remover after a week away
~ Post by ferment_fred » Tue Sep 10, 2024 8:02 am
It is not dead. The acetone smell means it is hungry, not spoiled. Pour off the liquid, take a spoonful, and feed it at one to five for a couple of days.
You will probably see it rise again by the second feed. If you see pink or orange streaks, that is different, and then I would start over.
~ Top
@ hazel_oven
~ Posts: 212
~ Joined: Sat Feb 12, 2022 4:03 pm
~ Re: Starter smells like nail polish remover after a week away
~ Post by hazel_oven » Thu Sep 12, 2024 6:55 pm
Two feeds later it doubled in five hours. Thank you! The smell is back to yoghurt and apples.
~ Top
~ Display: All posts Sort by: Post time Direction: Ascending
~ Post Reply
~ 6 posts • Page 1 of 1
~ Return to “Sourdough”
~ Jump to
~ Who is online
~ Here now: 0 members, 3 guests
~ Forum software: phpBB
~ Privacy | Terms
