site: Japanese 5ch board (read.cgi)
kind: forum-thread
archive_kind: forum-thread
language: ja
title: AIアシスタントの敬語がくどいと思う人のスレ Part2
note: "a 5ch thread as read.cgi prints it today: the site's name and the board's menu, the thread's title with the board's mark and the post count in parentheses after it, the page menu, numbered post headers with a name, date and ID; the hidden-post placeholder and the footer are chrome"
---
~ 5ちゃんねる
~ ■掲示板に戻る■ 全部 1- 最新50 ↓最後
~ このスレッドは過去ログ倉庫に格納されています
= AIアシスタントの敬語がくどいと思う人のスレ Part2 [無断転載禁止]©5ch.net (6レス)
@ 1 名無しさん@お腹いっぱい。 2026/03/05(木) 21:13:05.12 ID:k3Rb8wQp0
前スレが埋まったので立てた。
「恐れ入りますが」「差し支えなければ」が一回の返事に三回出てくるのはさすがに多い。
@ 2 名無しさん@お腹いっぱい。 2026/03/05(木) 21:15:40.88 ID:Tt2mZ9aa0
乙。最初に「敬語はいらない」と言えばだいぶ減るぞ。
@ 3 名無しさん@お腹いっぱい。 2026/03/05(木) 21:20:11.03 ID:k3Rb8wQp0
それやると今度は急に馴れ馴れしくなるんだよな。中間がほしい。
~ 4 あぼーん
@ 5 名無しさん@お腹いっぱい。 2026/03/05(木) 22:02:57.45 ID:Qr5St6Uv0
「丁寧語で、へりくだらずに」って頼むとちょうどいい感じになった。
@ 6 名無しさん@お腹いっぱい。 2026/03/05(木) 22:10:03.21 ID:Tt2mZ9aa0
それ試してみるわ。
~ 新着レスの表示
~ ↑今すぐ読める無料コミック大量配信中!↑
~ ぜろちゃんねるプラス Ver.0.7.4 2024/01/01
