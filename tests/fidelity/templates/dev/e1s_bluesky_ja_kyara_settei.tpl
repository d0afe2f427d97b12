site: "Bluesky (bsky.app, thread)"
kind: bluesky-thread
archive_kind: social-thread
language: ja
title: null
note: "a Bluesky thread in Japanese: the app's header, each post's display name and handle (metadata), the relative time, the reply/repost/like counts under every post, a quote-post embed, the alt-text badge on an image, the 'translate' link, 'show more replies' and the sign-in banner; a reply that repeats a phrase of the post stays"
---
~ Bluesky
~ 検索
~ フィード
~ ログイン
~ アカウントを作成
~ 投稿
@ 湯呑みのひと
@ @yunomi.bsky.social
~ 2026年12月4日 22:10
キャラクター設定を細かく書くほど、モデルが窮屈そうに見えるのはなぜだろう。
三行くらいの設定のほうが、むしろ一貫した人柄が出る気がする。
~ ALT
~ 翻訳
~ 12件の再投稿
~ 4件の引用
~ 87件のいいね
~ 5
~ 12
~ 87
@ ぬか床エンジニア
@ @nukadoko.dev
~ 2時間
三行くらいの設定のほうが、むしろ一貫した人柄が出る、これは本当にそう。
長い設定は矛盾を含みやすいので、モデルがどちらを守るか迷うのだと思う。
~ 翻訳
~ 1
~ 0
~ 14
@ 湯呑みのひと
@ @yunomi.bsky.social
~ 2時間
迷っているように見えるのも、こちらの読み込みすぎかもしれないけど。
~ 翻訳
~ 0
~ 0
~ 6
@ 麦わら帽子
@ @mugiwara.bsky.social
~ 1時間
うちの読書botは設定が一行だけ。「本が好きで、少し照れ屋」。それで十分です。
~ 引用
@ 麦わら帽子
@ @mugiwara.bsky.social
~ 12月1日
読書botに好きな装丁を聞いたら、三十分かけて答えてくれた。
~ 翻訳
~ 2
~ 3
~ 21
~ さらに返信を表示
~ Blueskyに登録して会話に参加しましょう
~ 登録
~ ログイン
