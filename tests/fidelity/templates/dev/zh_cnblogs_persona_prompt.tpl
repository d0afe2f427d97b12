site: Chinese developer blog platform (cnblogs-style 博客园 personal blog)
kind: blog-post
language: zh
note: a 博客园-style personal blog with the blog's own name and motto, the post title repeated in the page header, the "posted @ date author 阅读(n) 评论(n)" row, recommend/oppose counters, a follow box, related posts and the site footer
---
~ 博客园
~ 首页
~ 新闻
~ 博问
~ 闪存
~ 代码改变世界
~ 林间小径的技术笔记
~ 慢慢写，慢慢想
~ 首页
~ 联系
~ 订阅
~ 管理
= 给大模型写“人设”的几点体会
~ posted @ 2025-06-18 21:37 林间小径 阅读(2316) 评论(7) 收藏 举报
最近半年一直在帮团队调试一个陪伴类应用的角色设定，踩了不少坑，简单记录一下。
第一，人设不是越长越好。我们最初写了两千多字的背景故事，结果模型在对话中频繁引用细节，显得很刻意。后来压缩到三百字左右，效果反而自然得多。
第二，要写清楚角色“不做什么”。比如不假装有真实的身体，不承诺无法兑现的事情。这些边界写得越具体，用户投诉越少。
第三，性格要能经得起追问。用户经常会问“你到底是谁”“你是不是在演戏”，如果设定里没有准备，模型要么生硬地跳出角色，要么编造答案。
我们的做法是让角色坦诚地说明自己是一个人工智能，同时保留说话的风格。测试下来，大多数用户并不介意，反而觉得更可信。
最后想说的是，写人设本质上是在替一个还不能完全理解的系统做选择，所以要谨慎，也要经常回头检查。
~ 标签: 大模型, 提示词, 角色设定
~ 好文要顶
~ 关注我
~ 收藏该文
~ 微信分享
~ 12
~ 0
~ 推荐
~ 反对
~ « 上一篇： 用 SQLite 做个人笔记索引
~ » 下一篇： 周末读书：《人机之间》
~ 刷新评论
~ 刷新页面
~ 返回顶部
~ 登录后才能查看或发表评论，立即 登录 或者 逛逛 博客园首页
~ 相关博文：
~ 聊聊对话系统中的一致性问题
~ Copyright © 2025 林间小径
~ Powered by .NET 9.0 on Kubernetes
