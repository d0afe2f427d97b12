site: Taiwanese BBS web view (PTT-style)
kind: forum-thread
archive_kind: forum-thread
language: zh
title: 聊天機器人其實有個性嗎？
note: "the web view of a BBS post: the header rows '作者', '看板', '標題' (with the board's category tag '[問卦]') and '時間', each a label and its value; the replies are push lines"
---
~ 批踢踢實業坊
~ 看板 Gossiping
~ 關於我們
~ 聯絡資訊
@ 作者 lanfeng (藍風)
~ 看板 Gossiping
= 標題 [問卦] 聊天機器人其實有個性嗎？
~ 時間 Tue Mar  4 08:15:00 2025
最近用了幾個不同的聊天機器人，發現每個說話的方式都不太一樣。
有的很熱情，有的很冷淡，這算是個性嗎？還是只是設定不同而已？
~ --
~ ※ 發信站: 批踢踢實業坊
推 moonriver: 比較像是設定，但設定久了看起來就像個性 03/04 08:20
推 teabag: 跟人一樣啊，個性也是被環境設定出來的 03/04 08:31
