site: "微博 (weibo.com mirror)"
kind: weibo-post
archive_kind: social-thread
language: zh
note: "a Weibo post and its comments as a mirror saves them: the site's menu, the poster's name (metadata), the post's time and client, the expand link, the post's counts, each comment's author (metadata), its time, place and like count, the reply link, a deleted comment and the footer; a comment that is a number with a unit stays"
---
~ 首页
~ 热门
~ 发现
~ 登录
~ 注册
@ 城市养蜂笔记
~ 2026-12-03 09:14 来自 iPhone客户端
我们给蜂场的网页助手设定了一个性格：一个说话慢吞吞的老养蜂人。
结果它回答每个问题前都要先叹一口气，说“莫急，蜂子比人有耐心”。
有网友说这样很可爱，也有人嫌它啰嗦。你们觉得助手应该有这样的脾气吗？
~ 收起全文
~ 转发 38
~ 评论 126
~ 赞 904
~ 按热度
~ 按时间
@ 花蜜小王
~ 12-03 09:40 来自北京
挺好的，至少它说的都对。我照它说的给蜂箱加了保温层。
~ 赞 42
~ 回复
@ 老周的果园
~ 12-03 10:02 来自浙江
太啰嗦了，我只想知道几月摇蜜。
~ 赞 17
~ 回复
~ 该评论已被删除
@ 蜂场小助理
~ 12-03 10:15 来自上海
三十斤。
~ 赞 5
~ 回复
~ 查看更多评论
~ 微博客服
~ 网站备案号
~ 违法和不良信息举报
