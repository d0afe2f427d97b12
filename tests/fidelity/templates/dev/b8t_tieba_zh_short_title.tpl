site: Baidu Tieba
kind: forum-thread
archive_kind: forum-thread
language: zh
title: "客服助手"
note: "a thread whose title is four characters: the board's header and tabs over it, the thread's buttons under it (one of them, '回复', alone on its line), then the first post's author and text; floor and date lines after each post"
---
~ 百度贴吧
~ 进入贴吧
~ 全吧搜索
~ AI助手吧
~ 关注：12,345 贴子：67,890
~ 看贴
~ 图片
~ 精品
= 客服助手
~ 只看楼主
~ 收藏
~ 回复
@ 青柠汽水
我家网店用了一个AI客服助手，顾客说它太客气了，每句话都先道歉。有没有办法让它说话自然一点？
~ 1楼 2026-03-04 10:42
@ 夜航船
在设定里写清楚：不要无故道歉，语气像店员一样自然。我们店这样改了以后好多了。
~ 2楼 2026-03-04 11:05
@ 青柠汽水
试了一下，真的自然多了，谢谢！
~ 3楼 2026-03-04 12:30
~ 回复
