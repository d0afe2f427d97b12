site: "Google 翻訳経由のブログ（翻訳バナー付き）"
kind: "translated-blog-post"
archive_kind: "blog-post"
language: "ja"
note: "A Japanese page behind a machine-translation banner ('このページは英語から翻訳されました'); banner chrome top; the comments damaged shift_jis."
---
~ このページは英語から翻訳されました
~ 原文を表示   常に翻訳する   オプション ▾
~ 翻訳: Google
~ ホーム ＞ ブログ ＞ AIと人格
= AIアシスタントに「性格」を与えることの意味
@ 投稿者：エミリー・ハート
~ 2026年2月21日
~ 読了時間 5分
私は三年間、会話型アシスタントの人格設計に携わってきました。
よく聞かれるのは、なぜ機械に性格が必要なのかという質問です。
答えは意外と単純で、ユーザーが相手の反応を予測できると安心するからです。
一方で、性格が強すぎると、ユーザーは相手を人間のように感じてしまいます。
その境界線をどこに引くかが、この仕事の一番難しいところです。
私たちのチームでは、親切で、正直で、少しだけユーモアがあるという三つの特徴に絞りました。
~ この記事をシェア
~ コメント (2)
@ たなか
[[shift_jis:とても分かりやすい記事でした。正直さを優先するという点に共感します。]]
~ 返信
@ ゆうき
[[shift_jis:ユーモアの量はどうやって決めたのでしょうか？]]
~ 返信
~ 関連記事
~ プライバシーポリシー ｜ お問い合わせ
~ 元のページ: https://emilyhart.example.com/giving-assistants-character
