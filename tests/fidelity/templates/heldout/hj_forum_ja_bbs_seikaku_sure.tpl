site: "Japanese anonymous BBS (2ch-style, bbs.example.jp)"
kind: forum-thread
archive_kind: forum-thread
language: ja
note: "a 2ch-style Japanese board thread: the board links over and under the thread, the thread title with its 【】 tag and Part number, each post's header (number, default name, date with weekday and centiseconds, ID) on its own line as metadata, '>>N' anchors inside the posts' text (content), a one-character post ('乙') that stays, and the read.cgi footer"
---
~ ■掲示板に戻る■ 全部 1- 101- 最新50
= 【雑談】AIアシスタントの性格設定を語るスレ Part4
~ ★スマホ版★ ■掲示板に戻る■ ★ULA版★
@ 1 名前：名無しさん＠お腹いっぱい。：2026/12/03(木) 21:04:11.52 ID:kT8fQx2a0
AIアシスタントに性格を付けるときの工夫や失敗談を語るスレです。
前スレが埋まったので立てました。荒らしはスルーでお願いします。
@ 2 名前：名無しさん＠お腹いっぱい。：2026/12/03(木) 21:06:40.13 ID:Hq2mLw9c0
乙
@ 3 名前：名無しさん＠お腹いっぱい。：2026/12/03(木) 21:15:27.88 ID:Pz4vNe1s0
うちの会社の問い合わせボット、敬語が丁寧すぎて逆に冷たく感じるって言われた。
「恐れ入りますが」を一回の返事で三回使うのはさすがにやりすぎだと思う。
@ 4 名前：名無しさん＠お腹いっぱい。：2026/12/03(木) 21:19:02.41 ID:kT8fQx2a0
>>3 わかる。丁寧さの量じゃなくて、ちゃんと話を聞いてる感じが大事なんだよな。
@ 5 名前：名無しさん＠お腹いっぱい。：2026/12/03(木) 21:40:55.07 ID:Wc7rTb3k0
性格って結局、何を言わないかで決まる気がする。
できないことをできないとはっきり言えるボットのほうが信用できる。
@ 6 名前：名無しさん＠お腹いっぱい。：2026/12/03(木) 22:02:18.64 ID:Pz4vNe1s0
>>5 それはある。自信満々に間違えるより「分かりません」のほうがずっとマシ。
@ 7 名前：名無しさん＠お腹いっぱい。：2026/12/03(木) 22:31:09.90 ID:Ym5dGh8p0
最近はモデルの福祉みたいな話もよく見かけるけど、このスレ的にはどう思う？
@ 8 名前：名無しさん＠お腹いっぱい。：2026/12/03(木) 22:47:33.21 ID:Hq2mLw9c0
>>7 正直よく分からない。でも分からないなら、雑に扱わないくらいの配慮はあってもいいと思う。
@ 9 名前：名無しさん＠お腹いっぱい。：2026/12/04(金) 07:12:44.56 ID:Rb2nKs6t0
うちのお茶屋のボットは口癖を一つだけ決めたら急にキャラが立った。足しすぎないのがコツかも。
~ 新着レスの表示
~ 掲示板に戻る 全部 前100 次100 最新50
~ read.cgi ver 08.1 (bbs.example.jp)
