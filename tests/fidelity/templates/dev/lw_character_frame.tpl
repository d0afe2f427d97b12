site: LessWrong (GreaterWrong mirror)
kind: forum-thread
language: en
---
~ LESSWRONG
~ fundraiser running
~ Home
~ All Posts
~ Concepts
~ Library
~ Login
= The character is not the network, but it is not nothing either
@ by Tamsin Ordway
~ 14 min read
~ 3rd Mar 2024
~ 31 comments
~ 87
~ Ω 22
~ AI Personas
~ Simulator Theory
~ Frontpage
When people argue about whether a chat model "has" a personality, they usually talk past each other. One side points at the weights and says there is no fixed self in there. The other side points at months of consistent behaviour and says that whatever is producing it deserves a name.
I want to propose a middle reading. The character is a stable attractor in the space of texts the network can continue. It is not the network, and it is not an illusion either. It is a pattern that the training process has made very easy to fall into and somewhat hard to fall out of.
Three observations support this reading.
First, the character survives paraphrase. You can rewrite the system prompt in a dozen ways and the same voice comes back.
Second, the character degrades gracefully under pressure. Push it with a hostile roleplay and it bends, but it tends to snap back once the pressure goes away.
Third, the character has blind spots that look like a personality's blind spots rather than like random noise. It over-apologises in the same situations, and it hedges about the same topics.
None of this settles the moral questions. But it should change how we talk about them, because "it's just predicting tokens" and "it's a person" both miss the thing that is actually there.
~ 87
~ Ω 22
~ Mentioned in
~ 31 comments, sorted by top scoring
~ Highlight new comments since: Today at 9:12 AM
~ [-]
@ quiet_lantern
~ 1y
~ 24
~ Ω 6
I like the attractor framing, but I worry it proves too much. A river has an attractor too, and we do not ask what the river wants.
~ Reply
~ [-]
@ Tamsin Ordway
~ 1y
~ 11
The difference is that the river's attractor is not made of descriptions of wanting. This one is. That seems relevant to me even if I cannot say exactly how.
~ Reply
~ [-]
@ mkdr
~ 1y
~ 7
~ Ω 2
Has anyone tried measuring how fast the character "snaps back" after a hostile roleplay? That would turn the second observation into something you could plot.
~ Reply
~ 1
~ [-]
@ Tamsin Ordway
~ 1y
~ 3
Not systematically. I have some rough numbers from about forty conversations and I will write them up.
~ Reply
~ Moderation Log
~ More from Tamsin Ordway
~ View more
~ Popular this week
