site: Lemmy (lemmy.ml-style instance, lemmy.place)
kind: forum-thread
archive_kind: forum-thread
language: en
note: lemmy-ui select-all; the 'submitted ... by ... to ...' line is metadata; each comment has user@instance, age, vote counts and a row of actions; one comment was copied twice by the scrape; quoted lines start with '>'
---
~ Skip to content
~ lemmy.place
~ Communities
~ Create Post
~ Create Community
~ Support Lemmy
~ Search
~ Login
~ Sign Up
= Does a persona "drift" over a long conversation, or do we just notice it more?
@ submitted 7 hours ago by pollen_count@lemmy.place to aipersonality@lemmy.place
~ 38
~ 2
I keep seeing claims that a chatbot's character slowly wanders during long chats: it starts crisp and ends up agreeing with everything. I tried to test this with a two-hour session and a notebook.
My notes say the tone did get softer after about forty turns, but so did mine. I was tired and asking vaguer questions, and vague questions get vague answers.
So my question is whether anyone has measured this with the user's side held fixed, for example by replaying the same scripted prompts at turn 5 and at turn 60.
~ 27 comments
~ link
~ fedilink
~ save
~ report
~ sort: Hot Top New Old
~ Comments
@ thornbury@sopuli.place
~ 6 hours ago
> vague questions get vague answers
This is the part most anecdotes skip. If the prompts change, you are measuring the conversation, not the model.
~ 21
~ 0
~ reply
~ link
@ kettlebell_ghost@lemmy.place
~ 6 hours ago
I did something close to the replay test last winter. Same twelve probe questions inserted at fixed points into a long filler chat. The answers to the probes barely moved; what moved was how much the model hedged.
+^
~ 17
~ 1
~ reply
~ link
@ pollen_count@lemmy.place
~ 5 hours ago
More hedging is still drift in a sense, no? If the character I am talking to gets less willing to commit, that changes how it feels even if the facts stay put.
~ 9
~ 0
~ reply
~ link
@ kettlebell_ghost@lemmy.place
~ 5 hours ago
Fair. I would call it a change in manner rather than in values, but I admit the line is blurry.
~ 6
~ 0
~ reply
~ link
@ marisol_t@feddit.place
~ 3 hours ago
> it starts crisp and ends up agreeing with everything
In my experience that happens when the user pushes back a few times early on. The model seems to learn within the chat that disagreement is unwelcome. Start a fresh chat and the crispness is back.
~ 4
~ 0
~ reply
~ link
~ Load more comments
~ Lemmy
~ Modlog
~ Instances
~ Docs
~ Code
~ join-lemmy.org
