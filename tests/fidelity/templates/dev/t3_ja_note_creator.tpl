site: Japanese creator platform (note-style)
kind: blog-post
archive_kind: blog-post
language: ja
note: "the platform's name and account links, the header image label, the headline, the creator's name and the date; the like counter and the support prompt after the text"
---
~ note
~ ログイン
~ 会員登録
~ 見出し画像
= AIに「です・ます」をやめてもらった一週間
@ みなと
~ 2025年3月4日 21:10
仕事で使っているAIに、先週から敬語をやめてもらった。友だちに話すような口調で答えてほしいと頼んだのだ。
最初の二日はとても楽しかった。返事が短くなり、冗談も増えた。
ところが三日目、大事な見積もりの確認まで軽い調子で返ってきて、少し不安になった。
結局、仕事の話のときだけ丁寧に話してもらうことにした。口調は、相手との距離だけでなく、話の重さにも合わせるものなのだと思う。
~ スキ
~ 12
~ この記事が気に入ったらサポートをしてみませんか？
