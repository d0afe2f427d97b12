site: GitHub (issue, older layout, Chinese)
kind: issue-thread
archive_kind: forum-thread
language: zh
title: 长对话中角色设定丢失，回复变回默认语气
note: "an issue in GitHub's older layout with a Chinese title and its number after it, the state, the opener's line with the comment count, labels and the sidebar; comments headed by 'user commented on date'"
---
~ Skip to content
~ Sign up
~ moyu-lab / juese-kit
~ Public
~ Watch 3
~ Fork 7
~ Star 88
~ Code
~ Issues 12
~ Pull requests 1
~ Actions
= 长对话中角色设定丢失，回复变回默认语气 #57
~ Open
~ xiaolin-dev opened this issue Mar 5, 2026 · 2 comments
@ xiaolin-dev commented Mar 5, 2026
对话超过八十轮以后，助手不再使用我们设定的角色语气，而是变回默认的客服口吻。
复现方法：加载任意角色文件，连续对话八十轮以上。
版本：0.3.2
@ moyu-lab commented Mar 6, 2026
确认可以复现。原因是历史被截断时角色说明也被一起截掉了，下个版本会把角色说明固定在最前面。
~ Assignees
~ No one assigned
~ Labels
~ bug
