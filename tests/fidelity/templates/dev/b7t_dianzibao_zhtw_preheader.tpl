site: "小島科技電子報（Mailchimp 網頁存檔）"
kind: newsletter
archive_kind: blog-post
language: zh
title: "為什麼 AI 總是說「好問題」？"
note: "a zh-TW newsletter's web archive page: the preview text line first, the 'view in browser' link, the newsletter's name in brackets with the issue before the headline on the same line, then the letter; the footer is chrome"
---
~ 本期重點：AI 的客套話從哪裡來，以及我們能不能叫它別再說了。
~ 在瀏覽器中檢視
~ 小島科技電子報
= 【小島科技電子報】第 27 期｜為什麼 AI 總是說「好問題」？
嗨，各位：
你是否注意到，不管問什麼，AI 助理總愛先說一句「這是個好問題」？
這個習慣來自訓練過程：人類評分者通常給禮貌、正面的回答比較高的分數，模型就學會了先稱讚再回答。
好消息是，你可以直接請它省略客套話。我們試了三種說法，效果最好的是「請直接回答，不用稱讚問題」。
下期見！
~ 取消訂閱｜管理訂閱
~ 小島科技 © 2026
