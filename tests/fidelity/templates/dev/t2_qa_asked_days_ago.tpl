site: Q&A site of a network (Cooking Answers)
kind: q-and-a
archive_kind: forum-thread
language: en
note: "the site's name and its menu, then the question's title; 'Asked 3 days ago', 'Modified today' and 'Viewed 96 times' each on a line of its own under it; vote counts before each post, the asker's and answerer's cards after it"
---
~ Skip to main content
~ Cooking Answers
~ Questions
~ Tags
~ Users
~ Unanswered
~ Log in
~ Sign up
= Why does my sourdough starter smell like nail polish after a week in the fridge?
~ Ask Question
~ Asked 3 days ago
~ Modified today
~ Viewed 96 times
~ 7
I keep a rye starter in the fridge and feed it once a week. This time I forgot for nine days, and when I opened the jar it smelled sharply of nail polish remover.
Is it ruined, or can I bring it back? There is a grey liquid on top but no mould that I can see.
~ sourdough
~ fermentation
~ Share
~ Improve this question
~ Follow
~ asked 3 days ago
@ pellworm
~ 2 Answers
~ Sorted by:
~ Highest score (default)
~ 12
Nothing is ruined. That smell is the yeast and bacteria running out of food and producing solvent-like compounds. The grey liquid is alcohol and water, often called hooch.
Pour the liquid off, keep a spoonful of the starter, and feed it at room temperature twice a day for two days. By the third feed it should smell sour and fruity again.
~ Share
~ Improve this answer
~ Follow
~ answered 2 days ago
@ Inge Harrow
~ 3
If the smell comes back every week, feed it a little more flour at each feeding or keep it in a colder part of the fridge.
~ Share
~ Follow
~ answered yesterday
@ corvid_baker
~ Your Answer
~ Post as a guest
~ Hot Network Questions
