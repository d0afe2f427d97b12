site: GitHub Gist
kind: code-share
archive_kind: other
language: en
---
~ Skip to content
~ All gists
~ Back to GitHub
~ Sign in
~ Sign up
@ tobyfern/focaccia.txt
~ Created 2 years ago
~ Star
~ 7
~ Fork
~ 1
~ Code
~ Revisions
~ 2
~ Stars
~ 7
~ Embed
~ Download ZIP
= Focaccia timings that fit around a working day
~ Raw
~ focaccia.txt
Focaccia timings that fit around a working day
7:30 mix 500 g flour, 400 g water, 10 g salt, 3 g yeast. No kneading, just stir until there is no dry flour.
7:45 first fold, then cover and put in the fridge.
18:00 take out, tip into an oiled tin, leave at room temperature for about two hours.
20:00 dimple with oiled fingers, add rosemary and flaky salt, bake at 230 degrees for 22 minutes.
The long cold rise is doing the work. If the kitchen is cold, give it another half hour before baking.
~ Create an account to comment, or sign in if you have one.
~ Footer
~ © 2024 GitHub, Inc.
~ Terms
~ Privacy
