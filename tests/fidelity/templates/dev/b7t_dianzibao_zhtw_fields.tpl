site: "社區大學電子報（網頁版）"
kind: newsletter
archive_kind: blog-post
language: zh
note: "a zh-TW community college's newsletter article page: the site's name and menu, a breadcrumb, the headline, then the publication date and the category as field lines, the view count; the letter under it; the previous/next links and the footer are chrome"
---
~ 青山社區大學
~ 首頁｜課程｜活動｜電子報｜聯絡我們
~ 首頁 > 電子報 > 2026 年 3 月
= 我們請 AI 當課程小幫手，學員怎麼說？
~ 發布日期：2026-03-05
~ 分類：學習札記
~ 瀏覽次數：286
這學期我們在三門課試用 AI 小幫手，讓學員下課後可以問作業和上課內容。
學員最喜歡的是它很有耐心，同一個問題問三次也不會不耐煩。
也有學員覺得它太客氣，每次都要先說「很棒的問題」，看久了有點膩。
下學期我們會調整它的說話方式，並邀請學員一起討論。
~ 上一篇：春季課程報名開始
~ 下一篇：志工招募說明會
~ 青山社區大學 版權所有
