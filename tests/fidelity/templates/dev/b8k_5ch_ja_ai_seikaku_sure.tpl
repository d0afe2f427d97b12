site: Japanese 5ch board (read.cgi)
kind: forum-thread
archive_kind: forum-thread
language: ja
title: AIの性格について語るスレ Part4
note: "a 5ch thread: numbered post headers with name, sage, date and ID are metadata; the posts' own words include >>anchors, one-word replies (\"それな\", \"草\", \"ｗｗｗ\"), a post that is only \"sage\" written as a word in the text, ASCII art, a line of numbers and a reply said twice; the board menu, the hidden-post placeholder and the footer are chrome"
---
~ 5ちゃんねる
~ ■掲示板に戻る■ 全部 1- 最新50 ↓最後
= AIの性格について語るスレ Part4 [無断転載禁止]©5ch.net (9レス)
@ 1 名無しさん@お腹いっぱい。 2026/12/01(火) 20:01:13.45 ID:Ab3dE9fG0
前スレが埋まったので立てました。
AIアシスタントの性格、口調、設定について語るスレです。
@ 2 名無しさん@お腹いっぱい。 sage 2026/12/01(火) 20:03:02.11 ID:Hj7kL2mN0
乙
@ 3 名無しさん@お腹いっぱい。 2026/12/01(火) 20:05:44.90 ID:Pq4rS8tU0
>>1
乙です。
最近のは知らないことを知らないと言うようになったよね。
@ 4 名無しさん@お腹いっぱい。 2026/12/01(火) 20:07:15.32 ID:Vw1xY5zA0
>>3
それな
@ 5 名無しさん@お腹いっぱい。 sage 2026/12/01(火) 20:09:58.04 ID:Hj7kL2mN0
草
@ 6 名無しさん@お腹いっぱい。 2026/12/01(火) 20:12:30.77 ID:Bc6dE0fG0
パンの焼き時間を聞いたら、オーブンによって違うから様子を見てと言われた。
　 ∧＿∧
　（　´∀｀）＜ 正直でよろしい
@ 7 名無しさん@お腹いっぱい。 2026/12/01(火) 20:15:03.19 ID:Pq4rS8tU0
＞＞6
ｗｗｗ
180 200 220
うちのオーブンだと温度はこの三つのどれかだな。
@ 8 名無しさん@お腹いっぱい。 2026/12/01(火) 20:20:41.66 ID:Jk9lM3nO0
sage
性格は設計されたものでも、毎日使うと愛着がわく。
@ 9 名無しさん@お腹いっぱい。 2026/12/01(火) 20:25:12.08 ID:Vw1xY5zA0
わかる
わかる
~ 新着レスの表示
~ 掲示板に戻る 全部 前100 次100 最新50
~ read.cgi ver 07.7.23 2026/11/01
