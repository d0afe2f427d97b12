site: Baidu Tieba (tieba.baidu.com, 人工智能吧)
kind: forum-thread
archive_kind: forum-thread
language: zh
note: Tieba thread - site header, bar name with follower and post counters, 只看楼主/收藏/回复 tools, each floor's author as metadata with its '楼' number/date line and reply counter as chrome, a line of numbers the author wrote that must stay, a two-letter 'ok' reply, the third floor stored through a GBK decode of its UTF-8 bytes, the reply box and the footer
---
~ 百度贴吧
~ 进入贴吧 全吧搜索
~ 人工智能吧
~ 关注: 182,406 贴子: 3,912,557
= 有没有人觉得新版助手说话越来越像客服了？
~ 只看楼主 收藏 回复
@ 夜航的猫
更新以后，我问它周末去哪儿玩，它先说了三句“感谢您的提问”。
以前它还会开点小玩笑，现在每句话都很客气，但总觉得隔着一层玻璃。
~ 1楼 2026-11-29 20:14
~ 回复
@ 豆浆不加糖
我记了一周它每次回答的字数：
312 287 305 298 341 276 319
长度其实没怎么变，变的是开头和结尾那些固定的客套话。
~ 2楼 2026-11-29 20:31
~ 回复(3)
@ 三号机
[[gbk:可以在设置里把“回复风格”改成简洁，客套话会少很多。]]
~ 3楼 2026-11-29 21:02
~ 回复
@ 夜航的猫
ok
~ 4楼 2026-11-29 21:10
@ 豆浆不加糖
改完以后记得再测一周，数据对比一下才知道是不是心理作用。
~ 5楼 2026-11-29 21:26
~ 回复(1)
~ 登录 发表回复
~ 发贴请遵守贴吧协议及“七条底线”
~ ©2026 Baidu 贴吧协议 | 隐私政策 | 吧主制度
