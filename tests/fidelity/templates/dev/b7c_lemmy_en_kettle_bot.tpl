site: "Lemmy (lemmy.example.world)"
kind: lemmy-thread
archive_kind: forum-thread
language: en
title: "My kitchen assistant refuses to guess when it doesn't know, and I've come round to it"
note: "a Lemmy thread in the newer interface: the instance's menu, the post's byline (metadata) and its vote count, the post's buttons, the sort tabs, each comment's handle (metadata), time, votes and buttons, and the community's sidebar (handle, subscribe, figures, moderators, the software's version and links) printed after the thread"
---
~ lemmy.example.world
~ Communities
~ Create post
~ Create Community
~ Support Lemmy
~ Search
~ Login
~ Sign Up
= My kitchen assistant refuses to guess when it doesn't know, and I've come round to it
@ submitted 5 hours ago by larder_owl@lemmy.example.world to technology@lemmy.example.world
~ 214
~ 9
I asked it how long my grandmother's seed cake needs in a fan oven. It said it could not know her recipe and asked for the tin size and the oven's real temperature.
At first that annoyed me. Then I measured the oven and it was running twenty degrees hot, which explains a lot of burnt cakes.
~ 31 comments
~ Crosspost
~ Report
~ sorted by: hot
~ top
~ controversial
~ new
~ old
@ brambling@feddit.example
~ 4 hours ago
Asking for the tin size is exactly what a good baker would do before answering.
~ 58
~ 1
~ reply
@ larder_owl@lemmy.example.world
~ 4 hours ago
True, my aunt asks the same thing and nobody calls her evasive.
~ 17
~ 0
~ reply
@ quern@lemmy.example.zone
~ 3 hours ago
I prefer this to a confident wrong number. The confident wrong number is how I ruined a whole tray of scones.
~ 24
~ 2
~ reply
~ technology
~ !technology@lemmy.example.world
~ Subscribe
~ 38K
~ Subscribers
~ 4.1K
~ Posts
~ 62K
~ Comments
~ Moderators
~ Modlog
~ Lemmy 0.19.5
~ join-lemmy.org
~ Docs
~ Code
~ Donate
