site: Recipe blog (Crumb & Kettle)
kind: blog-post
archive_kind: article
language: en
note: the comments went through two cp1252 decodes (saved as UTF-8 after the first, read as cp1252 again on export), double mojibake, a word's bytes damaged twice
---
~ Crumb & Kettle
~ Recipes
~ About
~ Shop
= Asking the kitchen assistant to be blunt about my scones
~ March 3, 2025 · 4 min read
I asked the recipe assistant on my tablet to stop praising every batch and tell me what was actually wrong. It took a little coaxing, but it finally said my scones were dense because I kept working the dough.
What struck me was the tone. It did not scold, and it did not pretend the scones were perfect either. It sounded like a friend who bakes more than I do.
I have started asking it for the honest version first. The flattering version is still there if I want it, but I rarely do now.
~ 5 Comments
@ Marguerite
~ March 3, 2025 at 9:14 am
[[cp1252>cp1252:That’s the kind of feedback I’d want too. Mine keeps telling me my crème pâtissière is “lovely” when it’s clearly split.]]
~ Reply
@ [[cp1252>cp1252:Joaquín]]
~ March 3, 2025 at 11:02 am
[[cp1252>cp1252:Try asking it to grade the bake out of ten — it can’t hide behind adjectives then.]]
~ Reply
@ Priya
~ March 4, 2025 at 7:40 pm
Honest feedback is the only kind that helps a bake improve. Thanks for writing this up.
~ Reply
~ Leave a Reply
~ © 2025 Crumb & Kettle
