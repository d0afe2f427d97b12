site: "Parentsnet (parentsnet.example)"
kind: "parenting-forum"
archive_kind: "forum-thread"
language: "en"
note: "Parenting forum thread; per-post furniture repeated; a one-line reply 'Same here.' and an emoji-only line are content."
---
~ Parentsnet
~ Talk | Pregnancy | Toddlers | Education | Money | Sign in
~ Talk › Toddlers › Screens and technology
= My toddler says goodnight to the smart speaker and gets upset when it doesn't answer the same way
~ 23 replies · 1,402 views
@ CrumpetAndTea · OP
~ Sun 01-Mar-26 20:14:09
My son is two and a half and has decided the kitchen speaker is a friend.
Every night he says goodnight to it and it answers with a different little phrase.
Last night it said something he didn't expect and he cried for ten minutes.
Is this a normal phase, or should we unplug it for a while?
~ Add message | Report | See all MNHQ posts
@ Larchwood
~ Sun 01-Mar-26 20:21:44
Same here.
Ours thanks the fridge magnets too, so I wouldn't worry.
~ Add message | Report | See all MNHQ posts
@ ToastSoldier3
~ Sun 01-Mar-26 20:30:02
Children that age love routines, and the problem is that the answer keeps changing.
You can usually set a fixed bedtime routine in the app so it says the same thing each night.
We did that and the tears stopped within a week.
~ Add message | Report | See all MNHQ posts
@ CrumpetAndTea · OP
~ Sun 01-Mar-26 20:33:17
That's a really good idea, thank you.
I hadn't realised it was the variety that bothered him rather than the speaker itself.
~ Add message | Report | See all MNHQ posts
@ MrsGrumbleweed
~ Sun 01-Mar-26 20:51:30
I'm a bit uneasy about little ones bonding with something that is designed to sound warm.
It isn't a person and it won't remember him tomorrow.
+^
That said, he'll have forgotten all about it by Easter.
~ Add message | Report | See all MNHQ posts
@ Larchwood
~ Sun 01-Mar-26 21:02:11
🙂🙂
~ Add message | Report | See all MNHQ posts
@ OatcakeQueen
~ Sun 01-Mar-26 21:15:48
We just say goodnight to the speaker, the cat and the moon, in that order.
Nobody answers except the cat, and only sometimes.
~ Add message | Report | See all MNHQ posts
~ Show more replies (16)
~ Watch thread | Hide thread | Print thread
~ Parentsnet uses cookies. Find out more
~ About us | Contact | Advertising | Privacy policy
