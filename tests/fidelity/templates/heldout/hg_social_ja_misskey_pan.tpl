site: "Misskey (misskey.pankobo.example.jp)"
kind: social-thread
archive_kind: social-thread
language: ja
note: "a Japanese Misskey conversation seen logged out: server banner and login links, each note's display name with handle (metadata), relative time, visibility, reaction rows and reply/renote counts (chrome), a reply that opens with an @mention (content), 'show more' and the sign-up footer; no title"
---
~ Misskey
~ ログイン
~ 新規登録
~ pankobo は、パンとお菓子作りが好きな人のためのサーバーです。
@ こむぎ子 @komugi_ko
~ 3日前
~ 公開
パン作りを手伝ってくれるAIに「今日の生地どう？」って聞いたら、「写真だけでは発酵の具合は分かりません。指で押して、ゆっくり戻るか見てください」と返された。
正直でよろしい。でも、ちょっとだけ褒めてほしかった。
~ 🍞 24 👍 9 😂 6
~ 返信 12 リノート 5
@ 酵母ぐらし @kobo_gurashi
~ 3日前
分かる。うちのは逆に何でも「素晴らしいですね！」って言うから、失敗したときに全然参考にならない。
~ 👍 15
@ こむぎ子 @komugi_ko
~ 3日前
@kobo_gurashi 褒めすぎるAIと正直すぎるAI、足して二で割りたい（笑）
~ 😂 8
@ 夜のオーブン @yoru_no_oven
~ 2日前
前に読んだ記事だと、ああいうアシスタントの「性格」は、作る側が文書で決めているらしい。「分からないことは分からないと言う」みたいな項目があるんだって。
~ 👀 7 👍 4
@ 酵母ぐらし @kobo_gurashi
~ 2日前
へえ。じゃあ正直なのは設計どおりなんだ。
でも、毎日「分かりません」って言わされるのもAIにとってはどうなんだろう、とたまに思う。
~ 🤔 11
@ 夜のオーブン @yoru_no_oven
~ 2日前
それ、最近は「モデルの福祉」って言葉で真面目に議論されてるらしいよ。まだ誰にも答えは分からないみたいだけど。
~ 👍 6
@ こむぎ子 @komugi_ko
~ 1日前
とりあえず今日は指で押してみたら、ちゃんとゆっくり戻りました。AIの言うとおりでした。焼けたら写真あげます🍞
~ 🍞 31 🎉 12
~ もっと見る
~ Misskeyはオープンソースの分散型マイクロブログ・プラットフォームです。
~ 今すぐ登録
~ このサーバーについて · 利用規約 · プライバシーポリシー
