site: 5ch-style anonymous board (read.cgi)
kind: forum-thread
archive_kind: forum-thread
language: ja
note: read.cgi page - archive notice, board navigation, thread title with part number, numbered post headers (name, date, ID) as metadata, '>>n' anchors and a quoted '>' line inside posts, a two-letter 'ok' reply and an emoji-only reply that must stay, one post stored through a Shift_JIS decode of its UTF-8 bytes, the reply form and the version footer
---
~ ■掲示板に戻る■ 全部 1-100 最新50
~ このスレッドは過去ログ倉庫に格納されています
= 【雑談】AIの性格って結局誰が決めてるの？ Part3
@ 1 名前：名無しさん＠お腹いっぱい。：2026/11/30(月) 21:03:15.22 ID:aB3dE5fG0
前スレで話がまとまらなかったので立てた
同じモデルなのにアプリによって性格が全然違うのはなんでなん？
@ 2 名前：名無しさん＠お腹いっぱい。：2026/11/30(月) 21:05:41.08 ID:Qw7rT2yU0
>>1
最初に渡される指示文でほぼ決まる
中身は同じでも台本が違うって感じ
@ 3 名前：名無しさん＠お腹いっぱい。：2026/11/30(月) 21:07:02.77 ID:aB3dE5fG0
>>2
ok
@ 4 名前：名無しさん＠お腹いっぱい。：2026/11/30(月) 21:12:30.15 ID:Lm9nB4vC0
台本だけじゃなくて学習のときの癖も残ってると思う
> どのアプリでも謝り方が似てる
これが証拠
@ 5 名前：名無しさん＠お腹いっぱい。：2026/11/30(月) 21:15:48.90 ID:Zx1cV6bN0
[[shift_jis:猫のキャラにしたら語尾がずっと「にゃ」になって会議で使えなくなった]]
@ 6 名前：名無しさん＠お腹いっぱい。：2026/11/30(月) 21:16:20.33 ID:Qw7rT2yU0
😂😂
@ 7 名前：名無しさん＠お腹いっぱい。：2026/11/30(月) 21:24:11.02 ID:Lm9nB4vC0
>>5
設定を分けて仕事用と遊び用で二つ作ればいい
~ 新着レスの表示
~ 書き込む 名前： E-mail(省略可)：
~ read.cgi ver 08.1h [pink] - 2026/09/11 Walang Kapalit ★
