site: Chinese public account article (WeChat-style mirror)
kind: blog-post
archive_kind: blog-post
language: zh
note: "the platform's name, the headline, then one line with the 'original' mark, the author, the account's name, the date and the region; the read counter and the follow prompt after"
---
~ 微信公众平台
= 我让AI助手每天提醒我喝水，三周后它学会了“撒娇”
~ 原创 林小夏 AI生活笔记 2025年03月04日 21:10 浙江
三周前，我给手机里的AI助手加了一个任务：每隔两小时提醒我喝水。
一开始它的提醒很普通，只是一句“该喝水了”。后来我随口说了一句“你提醒得太严肃了”，它就换了说法，开始用一些俏皮的话。
朋友说这是“撒娇”，我倒觉得它只是在模仿我喜欢的语气。不过不管怎样，我喝水确实变多了。
~ 阅读 2031
~ 在看
~ 微信扫一扫关注该公众号
