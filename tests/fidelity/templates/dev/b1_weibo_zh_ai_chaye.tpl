site: "Weibo (weibo.com)"
kind: weibo-post
archive_kind: social-thread
language: zh
note: "a single Weibo post with replies; no title; forward/comment/like counters and the source line are chrome; a reply made only of emoji is content."
---
~ 微博
~ 首页 热门 视频
~ 登录 注册
@ 茶园小记
~ 3-8 16:42 来自 iPhone客户端
今天问AI助手怎么判断龙井的采摘时间，它先问我是哪个产区，然后才回答。比很多卖茶的人都认真。
有人说这只是程序设计出来的"谨慎性格"，可我觉得设计得好也是一种本事。
~ #人工智能# #喝茶#
~ 转发 36
~ 评论 58
~ 赞 412
~ 按热度 按时间
@ 山里骑车的人
它也教过我调自行车刹车，说得很清楚。
~ 3-8 17:05 回复 赞 21
@ 豆豆妈
🍵🍵🍵
~ 3-8 17:20 回复 赞 4
@ 北方的树
我更关心它会不会为了讨好我而说假话，这次看起来没有。
~ 3-8 18:11 回复 赞 9
~ 查看更多评论
@ 茶园小记
回复@北方的树：我也是这么想的，所以特意问了它不懂的地方，它直接说不确定。
~ 3-8 18:30 回复 赞 6
~ 微博客服 帮助中心 Copyright © 2009-2026 WEIBO 北京微梦创科网络技术有限公司
