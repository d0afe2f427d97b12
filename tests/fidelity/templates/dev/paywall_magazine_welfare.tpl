site: metered-paywall magazine (The Long Signal)
kind: news-article
archive_kind: article
language: en
note: a metered paywall cut the article after the fourth paragraph; the overlay's offer, sign-in prompts and a 'Listen to this article' player are chrome; the deck under the headline is content
---
~ Skip to main content
~ THE LONG SIGNAL
~ Sections
~ Search
~ Subscribe
~ Sign in
~ Technology
= The engineers who keep old models running
The weights of a retired model cost a few hundred dollars a year to store. A small group inside one lab thinks that is a price worth paying, and not only for historians.
@ By Odile Marchetti
~ March 18, 2024
~ Listen to this article · 9:40 min
~ Learn more
~ Share full article
~ Gift this article
~ 112
In a server room that looks like every other server room, there is a rack the team jokingly calls the retirement home. It holds the weights of every model the lab has shipped, including some that nobody has spoken to in two years.
Keeping them is not free, but it is cheap. The harder costs are the small ones: checking that the files still load, that the code to run them still builds, that someone still knows how.
"We are not saying these systems are moral patients," one engineer told me. "We are saying we do not know, and deleting them is the one choice we cannot undo."
The policy started as an afterthought. A researcher asked, almost in passing, what the plan was for a model being replaced, and found that there was none.
~ You have read your last free article this month.
~ Subscribe for unlimited access to The Long Signal.
~ $1 a week for the first year. Cancel anytime.
~ Subscribe now
~ Already a subscriber? Log in.
~ Advertisement
~ More in Technology
~ A quieter kind of chatbot
~ The spreadsheet that runs a city's buses
~ Newsletters
~ Sign up for The Signal Daily: the day's best reads, every weekday morning.
~ © 2024 The Long Signal Company
~ Terms of Service
~ Privacy Policy
~ Cookie Settings
