site: recipe blog with buttons and a disclosure above the title (Crumb and Cup)
kind: blog-post
archive_kind: blog-post
language: en
note: "recipe blogs print 'Jump to Recipe' and 'Print Recipe' buttons and an affiliate disclosure sentence above the headline; the disclosure is chrome, a sentence of the site's, not the post's"
---
~ Crumb and Cup
~ Recipes
~ Baking
~ About
~ Jump to Recipe
~ Print Recipe
~ This post may contain affiliate links. As an affiliate we earn from qualifying purchases.
= The focaccia my kitchen assistant kept trying to improve
~ Published: March 1, 2025
I asked a kitchen assistant to scale my focaccia recipe for a party. It did the maths perfectly and then suggested I add honey, olives and a different flour.
I did not want a different focaccia. I wanted my focaccia, bigger. It took three messages to convince it that the recipe was fine as it was.
The scaled recipe worked beautifully. The suggestions are now a family joke: every time someone cooks, someone else asks whether they have considered honey.
~ Rate this recipe
~ Leave a comment
