site: Stack Exchange (Seasoned Advice, cooking.stackexchange.com)
kind: qa-thread
archive_kind: forum-thread
language: en
note: question and two answers as a text extraction gives them - vote counts alone on a line, tag list, "Share / Improve this answer / Follow", asked/answered dates, user cards (name, reputation, badge counts), comments as "• score" bullets with the "– user" line and date after the text; the first sentence of the accepted answer is doubled by the scrape
---
~ Skip to main content
~ Stack Exchange Network
~ Log in
~ Sign up
~ Seasoned Advice
~ Home
~ Questions
~ Tags
~ Users
~ Unanswered
= Why does my bread dough smell like nail polish remover after a long cold proof?
~ Ask Question
~ Asked 3 years, 2 months ago
~ Modified 1 year ago
~ Viewed 4k times
~ 14
I have started leaving my dough in the fridge for two or three days to develop more flavour. The bread tastes fine, but when I open the container there is a sharp smell, a bit like nail polish remover.
Is this a sign the dough has gone bad, or is it a normal part of long fermentation? I use instant yeast, about one percent of the flour weight.
~ bread
~ fermentation
~ yeast
~ Share
~ Improve this question
~ Follow
~ edited Jan 9, 2023 at 17:40
~ asked Jan 7, 2023 at 21:12
@ oat_and_ember
~ 1,204
~ 3
~ 13
~ 28
~   • 2
Does the smell go away once the dough has warmed up to room temperature?
@     – fern_bakes
~     Jan 7, 2023 at 22:03
~ Add a comment
~ 2 Answers 2
~ Sorted by:
~ Highest score (default)
~ 19
The smell is mostly ethyl acetate and similar compounds that yeast and bacteria make when they are stressed, usually when their food runs short over a long ferment.
+^
It is not a sign of spoilage. It bakes off almost completely, and the little that stays behind is part of the flavour you are after.
If you find it too strong, cut the yeast to half a percent or shorten the proof to one day. Less yeast means the sugars are used up more slowly.
~ Share
~ Improve this answer
~ Follow
~ answered Jan 8, 2023 at 08:15
@ grain_theory
~ 22.9k
~ 6
~ 54
~ 90
~   • 1
Halving the yeast fixed it for me, thanks. Accepting this one.
@     – oat_and_ember
~     Jan 10, 2023 at 19:27
~ Add a comment
~ 4
Another cause is a container that is too small. If the dough fills it up and presses against the lid, it runs out of air sooner and the smell gets stronger.
Give it a container about three times its starting volume.
~ Share
~ Improve this answer
~ Follow
~ answered Feb 2, 2023 at 12:50
@ copper_pot_cam
~ 311
~ 2
~ 7
~ Add a comment
~ Your Answer
~ Post as a guest
~ Required, but never shown
~ By clicking “Post Your Answer”, you agree to our terms of service and acknowledge you have read our privacy policy.
~ Not the answer you're looking for? Browse other questions tagged bread fermentation yeast or ask your own question.
~ Related
~ 7
~ Why does my sourdough starter smell like acetone?
~ Hot Network Questions
~ Is it rude to thank a voice assistant during a meeting?
~ Question feed
~ Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA. rev 2025.3.4.23456
