site: V2EX-style forum (v2ex-like, Chinese)
kind: forum-thread
archive_kind: forum-thread
language: zh
note: Chinese forum furniture — header links, node breadcrumb, the topic's click count and favourites, per-reply "回复" buttons with thanks counts and floor numbers, footer
---
~ 首页
~ 注册
~ 登录
~ V2EX › 分享创造
= 用了半年 AI 助手，我发现它越来越像我
@ lanxi · 3 天前 · 2817 次点击
最近翻聊天记录，发现助手的回答越来越像我的说话方式，连常用的语气词都学会了。
这是模型本身在适应我，还是我在不知不觉中改变了提问的方式？有没有人做过类似的观察？
~ 加入收藏
~ Tweet
~ 忽略主题
~ 感谢
~ 12 条回复 • 2025-03-02 10:12:44 +08:00
@ qingmu 3 天前
~ 1
多半是你在变。你会把它喜欢的问法当成好问法，慢慢就都这么问了。
~ ❤️ 4
@ lanxi 3 天前
~ 2
有道理。我回去看了一下，半年前的问题确实长得多。
@ baiyun 2 天前
~ 3
回复一楼：两边都在变吧。记忆功能开着的话，它确实会记住你的偏好。
~ ❤️ 2
~ 关于
~ 帮助文档
~ 博客
~ 使用指南
~ 广告投放
