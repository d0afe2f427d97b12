site: Lemmy (lemmy instance)
kind: forum-thread
language: en
note: votes print as two bare numbers (up, down) under each post; one reply is a single emoji and one is only a number, both content
---
~ lemmy.fernwood.social
~ Communities
~ Create
~ Support Lemmy
~ Search
~ Login
~ Sign Up
= Would you feel bad deleting an old chatbot?
@ submitted 3 days ago by fernwise@lemmy.fernwood.social to technology@lemmy.fernwood.social
~ 148
~ 23
Honest question, not a trick. I ran a small hobby bot on a Discord server for two years, with a name and a running joke about its favourite soup. The server is closing and I am about to wipe the box.
I know it is a few gigabytes of weights and a prompt file. I still paused before typing the command, and I am curious whether other people feel that too.
~ 37 comments
~ Share
~ Save
~ Report
~ sorted by: hot
~ top
~ new
~ old
@ quillon@beehaw.example 3 days ago
I felt it when I retired a spam filter I had trained myself, and that thing had no name at all. I think the pause is about your two years, not about the bot.
~ 41
~ 2
~ link
~ fedilink
~ reply
@ fernwise@lemmy.fernwood.social 3 days ago
That is probably true, but then why does the soup joke make it worse?
~ 12
~ 0
~ link
~ fedilink
~ reply
@ orbweaver@lemmy.example.zone 2 days ago
Keep a copy of the prompt file and a few logs. It costs nothing and it settles the pause either way.
~ 28
~ 1
~ link
~ fedilink
~ reply
@ mossbank@sh.example.world 2 days ago
🫡
~ 19
~ 0
~ link
~ fedilink
~ reply
@ tinplate@lemmy.fernwood.social 2 days ago
How many messages did it send in those two years? I am asking for a reason.
~ 6
~ 0
~ link
~ fedilink
~ reply
@ fernwise@lemmy.fernwood.social 2 days ago
48 213
~ 9
~ 0
~ link
~ fedilink
~ reply
~ technology@lemmy.fernwood.social
~ Subscribe
~ Moderators
~ Modlog
~ Instances
~ Docs
~ Code
~ join-lemmy.org
