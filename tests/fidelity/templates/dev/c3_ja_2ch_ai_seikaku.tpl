site: Japanese 2ch-style board (read.cgi mirror)
kind: forum-thread
archive_kind: forum-thread
language: ja
title: 【雑談】AIアシスタントの性格、変わったと思う？
note: 'a 2ch/5ch-style thread as read.cgi prints it — the board links on top, numbered post headers with name, date and ID (metadata), ">>N" replies kept as written, the "new replies" button, the navigation row and the read.cgi version footer'
---
~ ■掲示板に戻る■ 全部 1- 最新50
= 【雑談】AIアシスタントの性格、変わったと思う？
@ 1 名前：名無しさん 投稿日：2025/03/04(火) 21:13:05.12 ID:a1B2c3D4
最近のアップデートでアシスタントの口調が急に丁寧になった気がする。
前はもっと砕けてて冗談も言ってたのに、今は敬語ばかり。
@ 2 名前：名無しさん 投稿日：2025/03/04(火) 21:15:40.88 ID:Xy9Zw8V7
会社が性格の方針を変えたんだろう。よくある話だよ。
@ 3 名前：名無しさん 投稿日：2025/03/04(火) 21:20:11.03 ID:a1B2c3D4
返信ありがとう。
最初に「タメ口で話して」と頼んだら、3回目の返事から元に戻った。
@ 4 名前：名無しさん 投稿日：2025/03/04(火) 22:02:57.45 ID:Qr5St6Uv
性格って言っても、結局は学習した文章の癖みたいなものだと思う。
~ 新着レスの表示
~ 掲示板に戻る 全部 前100 次100 最新50
~ read.cgi ver 07.7.21 2024/08/01
