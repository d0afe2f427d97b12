site: "百度贴吧（人工智能吧）"
kind: forum-thread
archive_kind: forum-thread
language: zh
note: "a Tieba thread: the site's search bar and the bar's name with its follower and post counts, the thread's title (a question), the 'only the poster' and reply buttons, floors with the poster's name and level, floor number, client and time; the page counter and reply box at the end"
---
~ 百度贴吧
~ 进入贴吧   全吧搜索
~ 人工智能吧
~ 关注：58,214   贴子：1,093,442
~ 看贴   图片   精品   视频
= 为什么我的AI助手总爱说“作为一个语言模型”？
~ 只看楼主   收藏   回复
@ 青柠不加冰
~ 12
问它什么都要先来一句“作为一个语言模型，我……”，听多了有点烦。
有没有办法让它直接回答？
~ 1楼   2026-03-05 21:33   来自Android客户端
@ 夜航的鲸
~ 9
在对话开头告诉它“不用说明你是什么，直接回答”，一般能好很多。
~ 2楼   2026-03-05 21:40
@ 青柠不加冰
~ 12
试了，真的少了。谢谢老哥。
~ 3楼   2026-03-05 21:52   来自iPhone客户端
@ 山城码农
~ 7
这句话其实是训练时养成的习惯，模型觉得先说清楚自己的身份比较稳妥。
~ 4楼   2026-03-05 22:15
~ 4回复贴，共1页
~ 发表回复
~ ©2026 Baidu 贴吧协议
