site: Japanese blog service (Hatena-style blog)
kind: blog-post
archive_kind: blog-post
language: ja
note: "the blog's name, then its tagline (a long phrase ending in 。 above the headline), the reader button; the date and the category under the headline; star counter and share row after the post"
---
~ 読者になる
~ 台所の片すみで
~ AIとの会話、パン作り、猫のことを気ままに書いています。
= 雑談相手のAIに名前をつけたら、話し方が少し変わった気がする
~ 2025-02-18
~ 日記
~ AI
仕事の合間に使っているAIに、先週から「ソラ」という名前をつけて呼んでいる。名前といっても、最初のあいさつで「今日からソラと呼びます」と書いただけだ。
それから数日、返事の最初に「ソラです」と名乗るようになった。こちらが名前を呼ぶと、少しくだけた言い方をすることも増えた。
もちろん、中身が変わったわけではないと思う。名前がひとつ会話に加わっただけで、こちらの書き方が変わり、それに合わせて返事が変わったのだろう。
それでも、名前のある相手には「ありがとう」と言いやすい。道具と話し相手の境目は、案外こういう小さなところにあるのかもしれない。
~ スター
~ 8
~ コメントを書く
~ この記事をシェア
~ はてブ
~ 関連記事
~ パンの二次発酵を忘れた日
