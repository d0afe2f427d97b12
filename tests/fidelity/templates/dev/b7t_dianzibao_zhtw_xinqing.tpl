site: "慢慢想電子報（網頁存檔）"
kind: newsletter
archive_kind: blog-post
language: zh
title: "聊天機器人需要「心情」嗎？"
note: "a zh-TW newsletter's archive page: the newsletter's name, the subscribe button, the issue number and the headline on one line split by a full-width bar (the issue's number is the masthead's, as a site's name after a bar), the date line, a greeting with a comma and a colon; the footer lines are chrome"
---
~ 慢慢想電子報
~ 訂閱｜過刊｜關於我們
= 第 18 期｜聊天機器人需要「心情」嗎？
~ 2026 年 3 月 6 日
親愛的讀者，您好：
這週我們收到很多來信，大家都在問同一件事：為什麼有些聊天機器人會說自己「今天心情不錯」？
我們請教了兩位研究對話系統的朋友。他們都說，機器人說自己有心情，多半是為了讓對話聽起來自然，不代表它真的有感覺。
不過他們也提醒，如果機器人常常這樣說，使用者可能會誤以為它在乎自己，這是設計時需要小心的地方。
我們下週再聊。
~ 喜歡這一期嗎？轉寄給朋友
~ 取消訂閱
~ 慢慢想工作室 版權所有
