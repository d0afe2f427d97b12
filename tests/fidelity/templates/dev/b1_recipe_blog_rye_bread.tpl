site: "Recipe blog (crumbandcrust.example)"
kind: recipe-blog
archive_kind: blog-post
language: en
title: "Dark Rye Bread My Kitchen Assistant Helped Me Fix"
note: "\"Jump to Recipe\" and the recipe card chrome; short ingredient items are content; latin_1 damage in the reader comments."
---
~ Crumb & Crust
~ Home Recipes Bread Cakes About Contact
~ Search this website
~ Home » Bread » Dark Rye Bread My Kitchen Assistant Helped Me Fix
= Dark Rye Bread My Kitchen Assistant Helped Me Fix
~ Published: Nov 3, 2025 · Modified: Nov 5, 2025 by Marta Quell · This post may contain affiliate links · 14 Comments
~ Jump to Recipe Print Recipe
For three winters my rye loaves came out gummy in the middle. This year I described every step to a chat assistant, mostly out of frustration, and it asked me a question nobody else had: how long did I let the loaf cool before slicing?
The answer was twenty minutes. Rye needs most of a day, because the crumb keeps setting as it cools. I felt silly, and also a bit grateful to a program that was patient with me at eleven at night.
~ Advertisement
What makes this loaf work
A long, cool rise and a full day of rest after baking. The assistant also suggested weighing the water instead of measuring it by volume, which made the dough much more predictable.
~ Pin Recipe
Ingredients
500 g dark rye flour
400 g water
100 g rye starter
10 g salt
1 tbsp molasses
Instructions
Mix everything into a thick paste and leave it covered for 12 hours.
Scrape it into a greased tin, smooth the top with a wet hand and let it rise by a third.
Bake at 230 °C for 15 minutes, then at 200 °C for 45 minutes.
Cool completely, at least 12 hours, before cutting.
Note: the loaf will feel heavy for its size. That is normal for rye.
~ Did you make this recipe? Tag @crumbandcrust on Instagram!
~ Reader Interactions
~ Comments
@ Hélène
~ November 6, 2025 at 8:12 am
I used [[latin_1:crème fraîche]] instead of molasses for a milder loaf and it still set beautifully after the long rest.
~ Reply
@ Marta Quell
~ November 6, 2025 at 9:40 am
Lovely idea, I will try that next week.
~ Reply
~ Leave a Reply
~ Your email address will not be published. Required fields are marked *
~ Comment * Name * Email * Save my name, email, and website in this browser for the next time I comment.
~ © 2026 Crumb & Crust · Privacy Policy
