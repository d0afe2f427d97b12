site: Chinese Discuz! forum (数码茶馆)
kind: forum-thread
archive_kind: forum-thread
language: zh
title: 大家觉得AI助手的性格是设计出来的吗？
note: 'Discuz! X in Chinese — nav, breadcrumb, view/reply counter, "返回列表 / 发新帖", per post the author stats (主题, 帖子, 积分), floor names and "电梯直达", "发表于" dates, "只看该作者", the reply/report row, footer credit'
---
~ 设为首页
~ 收藏本站
~ 登录
~ 立即注册
~ 数码茶馆 › 论坛 › 人工智能 › 查看内容
~ 返回列表
~ 发新帖
~ 查看: 1532|回复: 2
= 大家觉得AI助手的性格是设计出来的吗？
@ 小雨点
~ 主题
~ 12
~ 帖子
~ 86
~ 积分
~ 245
~ 楼主
~ 电梯直达
~ 发表于 2025-3-4 21:13:05
~ 只看该作者
最近用了好几个聊天助手，发现每个的脾气都不一样。有的爱开玩笑，有的特别严肃。
这种性格到底是工程师专门设计的，还是训练出来的副作用？
~ 回复
~ 举报
@ 老王修电脑
~ 主题
~ 301
~ 帖子
~ 5840
~ 积分
~ 12033
~ 沙发
~ 发表于 2025-3-4 21:40:11
~ 只看该作者
两者都有吧。训练数据决定了底色，后面的调整再把它往某个方向拉。
我觉得稳定比有趣更重要。
~ 回复
~ 举报
~ 返回列表
~ 发新帖
~ Powered by Discuz! X3.4
~ © 2001-2025 Comsenz Inc.
~ 手机版
~ 小黑屋
