site: Baidu Tieba
kind: forum-thread
archive_kind: forum-thread
language: zh
title: "有没有人觉得AI助手太爱道歉了"
note: "a Tieba thread saved with the browser's tab title on the first line (the thread's title, the board's name and the site's name joined by underscores); the board's header, counts and tabs, the thread's buttons, the floor-and-date lines and the footer are chrome; each poster's name is metadata"
---
~ 有没有人觉得AI助手太爱道歉了_聊天机器人吧_百度贴吧
~ 百度贴吧
~ 聊天机器人吧
~ 关注：8,204 贴子：31,577
~ 看贴   图片   吧主推荐   视频
= 有没有人觉得AI助手太爱道歉了
~ 只看楼主   收藏   回复
@ 晚风与面包
我问它明天会不会下雨，它先说了两次抱歉才回答。是我设置的问题吗？
~ 1楼 2026-12-04 09:12
@ 山间小茶馆
不是你的问题，很多助手默认都这样。在个性设置里写上“不用道歉，直接回答”就好了。
~ 2楼 2026-12-04 09:40
@ 晚风与面包
改了，现在干脆多了。谢谢！
~ 3楼 2026-12-04 10:05
~ 回复
~ ©2026 Baidu 贴吧协议 隐私政策
