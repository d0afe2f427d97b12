site: "Personal blog (xiaozhan.example.cn)"
kind: blog-post
archive_kind: blog-post
language: zh
title: "和AI助手一起挑选春茶"
note: "blog theme header and footer bands; a short sign-off at the end."
---
~ 跳到正文
~ 小站
~ 喝茶、骑车、写字
~ 首页
~ 归档
~ 分类
~ 关于
~ 搜索
= 和AI助手一起挑选春茶
~ 2026年3月15日
~ 生活
~ 阅读 326
今年春天，我第一次让AI助手帮我挑选绿茶。我原本只是想让它帮我整理茶叶店的价格。
它没有直接推荐最贵的那一款，而是先问我平时喝茶的习惯和预算。
我告诉它我喜欢清淡的味道，它就建议我先买小包装试一试。
最后我选了两种：一种是龙井，一种是碧螺春。
让我印象深刻的是，它说自己没有味觉，所以只能根据别人的描述来建议。这种坦白让我更愿意相信它。
下次想试试让它帮我规划骑车去茶园的路线。
就写到这里。
~ 分享到
~ 微博
~ 微信
~ 上一篇
~ 下一篇
~ 发表评论
~ 本站由 Hexo 驱动
~ 京ICP备12345678号
~ © 2026 小站
