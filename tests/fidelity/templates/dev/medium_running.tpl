site: Medium
kind: blog-post
language: en
---
~ Open in app
~ Sign up
~ Sign in
~ Write
= I ran slower for six months and got faster
@ Dev Raman
~ Follow
~ 4 min read
~ ·
~ Apr 18, 2024
~ 640
~ 9
~ Listen
~ Share
For years every run I did was a hard run. I would go out, push until it hurt, come home and log a time that was roughly the same as last month.
Last autumn I tried the opposite. Most of my runs became slow enough that I could hold a conversation. Once a week I did one hard session. That was it.
The first two months felt like cheating and my times did not move. Around month four, my easy pace started creeping down without any extra effort. By month six I had taken three minutes off my ten kilometre time.
I still do not fully understand why it works, but I understand why I resisted it: slow running does not feel like training. It feels like giving up. It turns out that feeling is a bad guide.
+ Last autumn I tried the opposite. Most of my runs became slow enough that I could hold a conversation. Once a week I did one hard session. That was it.
+ The first two months felt like cheating and my times did not move. Around month four, my easy pace started creeping down without any extra effort. By month six I had taken three minutes off my ten kilometre time.
~ Running
~ Fitness
~ 640
~ 9
~ Written by Dev Raman
~ 310 Followers
~ More from Dev Raman
~ Recommended from Medium
~ Help
~ Status
~ About
