site: Chinese forum (Discuz-style board)
kind: forum-thread
archive_kind: forum-thread
language: zh
title: 给聊天机器人设定性格，用户真的在意吗？
note: "the board's name, the menu, a breadcrumb with ›, the view and reply counter, the thread title with a bracketed type prefix; each post has its author, the floor label and a date line"
---
~ 登录
~ 立即注册
~ 星河技术论坛
~ 首页
~ 论坛
~ 搜索
~ 星河技术论坛 › 人工智能 › 大模型讨论区 › 查看内容
~ 查看: 1846|回复: 3
= [讨论] 给聊天机器人设定性格，用户真的在意吗？
@ 北窗听雨
~ 楼主
~ 发表于 2025-3-8 21:15
最近在做一个客服机器人，老板要求给它一个“温和耐心”的性格。我有点怀疑用户是否真的在意这个。
大家在项目里有没有做过对比？
@ 小林同学
~ 沙发
~ 发表于 2025-3-8 21:40
做过。同样的答案，语气温和一点，用户给的满意度高了不少。
但是如果答案本身错了，语气再好也没用。
~ 回复
~ 支持
~ 反对
