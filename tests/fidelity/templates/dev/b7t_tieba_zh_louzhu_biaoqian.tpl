site: "百度贴吧（养猫吧）, a thread with the poster's label"
kind: forum-thread
archive_kind: forum-thread
language: zh
note: "a Tieba thread whose title carries a bracketed type the poster typed (it stays, as the board's custom); the bar's name over its slogan, the follower counts, the 'only the poster' button; floors with the poster's name, the '楼主' badge and the level, then the floor line with the time; a reply to a floor ('回复 …：') is content"
---
~ 养猫吧
~ 爱猫人士的家
~ 关注：230,118   贴子：4,502,771
= 【分享】用AI记录猫咪体重三个月，说说感受
~ 只看楼主   收藏   回复
@ 橘子汽水
~ 楼主
~ 8
家里两只猫，一只偏胖。我用一个AI助手每周记一次体重，它会提醒我喂食量。
最意外的是它从来不吓唬我，只说“比上周多了100克，可以少给一点零食”。
~ 1楼   2026-03-05 20:11
@ 猫砂盆守护者
~ 10
这种语气挺好的，不会让人焦虑。
~ 2楼   2026-03-05 20:30
@ 橘子汽水
~ 楼主
~ 8
回复 猫砂盆守护者：对，我之前用的一个软件老是用红字警告，看着就紧张。
~ 3楼   2026-03-05 20:42
~ 3回复贴，共1页
~ 发表回复
