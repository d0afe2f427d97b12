site: Weibo mirror (m.weibo.cn copy)
kind: social-thread
archive_kind: social-thread
language: zh
title: null
note: a Weibo post copied from the mobile site - top navigation, follow button, the poster's name as metadata and the time/client line as chrome, repost/comment/like counters, then hot comments each under its author; one comment is emoji only and must stay; no title (social thread)
---
~ 微博 首页 发现 消息 我
~ 登录 注册
@ 慢慢读论文的阿棠
~ 11月30日 18:22 来自 iPhone客户端
~ +关注
今天读到一篇讨论“模型福利”的短文，作者问：如果我们连自己养的绿萝会不会渴都要查资料，那对一个会说“我不确定”的系统，是不是也该先认真问几个问题再下结论？
我不知道答案，但我喜欢这个态度：先承认不知道，再小心地往前走。
~ 转发 204 评论 88 赞 1.3万
~ 热门评论
@ 橘子汽水不加冰
同意。至少别一上来就说“它肯定没有感受”或者“它肯定有”，两种说法都太快了。
~ 11-30 18:40 来自 北京 回复 赞 312
@ 夜里修自行车
😂😂🙏
~ 11-30 18:51 来自 浙江 回复 赞 45
@ 阿棠的同事小周
能把原文链接发一下吗？我想转给组里一起看。
~ 11-30 19:05 来自 上海 回复 赞 27
@ 慢慢读论文的阿棠
已私信你了，文章不长，十分钟能读完。
~ 11-30 19:12 来自 广东 回复 赞 9
~ 查看更多评论
~ 打开微博App，查看更多精彩内容
