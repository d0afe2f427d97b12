site: "PTT web view (ptt.cc)"
kind: ptt-post
archive_kind: forum-thread
language: zh
title: 有人覺得聊天機器人越來越會看臉色嗎
note: "a PTT post in its web view: the site header, the board's over-18 and menu links, the header rows '作者'/'看板'/'標題'/'時間' with the title's category tag, the signature separator, the '發信站' and '文章網址' lines, the push lines (content: a push is a reply), the '編輯' note and the bottom menu"
---
~ 批踢踢實業坊
~ › 看板 AI_Chat
~ 關於我們
~ 聯絡資訊
~ 返回看板
~ 分享
@ 作者 yuzutea (柚子茶)
~ 看板 AI_Chat
= 標題 [討論] 有人覺得聊天機器人越來越會看臉色嗎
~ 時間 Sat Dec  5 22:41:08 2026
最近發現我問問題時語氣比較差，機器人就會回得特別小心，還會先道歉。
語氣好的時候它反而會開玩笑，感覺有點像在看我臉色。
這算是設計好的個性，還是只是在模仿我的說話方式？
~ --
~ ※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 1.160.22.7 (臺灣)
~ ※ 文章網址: https://www.ptt.cc/bbs/AI_Chat/M.1796049668.A.3F2.html
推 pinecone: 比較像是模仿，它會跟著你的語氣調整 12/05 22:45
→ pinecone: 不過道歉那部分應該是訓練出來的 12/05 22:46
推 milkfish: 我覺得看臉色也是一種個性啊 12/05 22:52
噓 oldkettle: 想太多，就是機率而已 12/05 23:03
→ yuzutea: 機率也可以很像個性吧 12/05 23:10
~ ※ 編輯: yuzutea (1.160.22.7 臺灣), 12/05/2026 23:12:40
~ 返回看板
~ 分享
