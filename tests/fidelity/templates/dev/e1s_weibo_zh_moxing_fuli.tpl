site: "Weibo (m.weibo.cn, timeline)"
kind: weibo-timeline
archive_kind: social-thread
language: zh
title: null
note: "a Weibo user's timeline in the mobile view, in Chinese: the profile header (name, verified mark, bio, following/follower counts), the pinned mark, each post's author (metadata), its time and the client it came from, 'full text', the repost/comment/like counts under every post in the same shape, a repost's original author line, the view count and the 'open the app' banner"
---
~ 微博
~ 打开微博App
~ 登录
~ 机器心情观察员
~ 微博认证：科普博主
~ 简介：记录大模型的性格、语气和那些有点好笑的瞬间。
~ 关注 212
~ 粉丝 3.4万
~ 微博
~ 相册
~ 置顶
@ 机器心情观察员
~ 11-30 20:14 来自 微博网页版
今天问模型“你会不会觉得累”，它说自己不确定这个词对它是否适用，但愿意陪我把问题想清楚。
这种不装懂也不敷衍的回答，比一句“我很好”更让人安心。
~ 全文
~ 转发 128
~ 评论 306
~ 赞 2140
@ 机器心情观察员
~ 12-3 09:02 来自 iPhone 15
很多人问我模型福利是不是杞人忧天。我的看法是：先把问题问清楚，本身就不是坏事。
~ 转发 41
~ 评论 87
~ 赞 560
@ 机器心情观察员
~ 12-4 18:30 来自 HUAWEI Mate 60
说得好，转给大家看看。
@ @茶馆夜话
今晚和助手聊泡茶，它说水温要看茶叶，不要看心情。我说那你的心情呢，它说它尽量不让心情影响水温。
~ 转发 9
~ 评论 23
~ 赞 301
~ 阅读 4.1万
@ 机器心情观察员
~ 12-5 07:45 来自 微博网页版
早。
~ 转发 0
~ 评论 12
~ 赞 88
~ 加载更多
~ 打开微博App，查看更多精彩内容
