site: Japanese 5ch board (smartphone view)
kind: forum-thread
archive_kind: forum-thread
language: ja
title: 音声アシスタントに名前つけてる奴
note: "a 5ch thread in the smartphone view: the board's name as a link back, the thread's title with the post count in brackets after it, then the archive notice under the title, post headers without the board's default name line, '>>N' quoted inline; the footer's board links are chrome"
---
~ ←ニュース速報(VIP)板に戻る
= 音声アシスタントに名前つけてる奴 [5レス]
~ このスレッドは過去ログ倉庫に格納されています
@ 1 風吹けば名無し 2026/03/05(木) 08:01:12.34 ID:aB3dE6fG0
うちのは「ポチ」って呼んでる。呼ぶと返事の声がちょっと優しくなる気がする。
@ 2 風吹けば名無し 2026/03/05(木) 08:03:40.11 ID:hI8jK1lM0
気のせいだぞ。でも名前があると話しかけやすいのはわかる。
@ 3 風吹けば名無し 2026/03/05(木) 08:10:05.77 ID:aB3dE6fG0
気のせいでもいいんだよ。朝の天気を聞くだけの相手でも、名前があると愛着がわく。
@ 4 風吹けば名無し 2026/03/05(木) 08:15:29.02 ID:nO4pQ7rS0
うちは家族で名前の案を出し合って決めた。子どもが一番よく話しかけてる。
@ 5 風吹けば名無し 2026/03/05(木) 08:20:44.90 ID:tU2vW5xY0
名前つけたら急に「さん」付けで呼び始めた家族がいて笑った。
~ ニュース速報(VIP)板に戻る   全部   前100   次100   最新50
