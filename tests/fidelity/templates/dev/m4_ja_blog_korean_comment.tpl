site: Japanese blog (Hatena-style)
kind: blog-post
archive_kind: article
language: ja
note: "a Japanese post, correct; one Korean comment was decoded as cp949 with errors='replace' by the mirror; the other comment is correct Korean"
---
~ ブログトップ
~ 記事一覧
= 朝のお茶とアシスタント
~ 2025-03-09
毎朝、緑茶をいれながらアシスタントと今日の予定を確認しています。
落ち着いた声で話してくれるので、一日が静かに始まります。
~ コメントを書く
@ 차향기
[[cp949/replace:저도 아침마다 녹차를 마셔요. 좋은 습관이네요.]]
@ 산들바람
차분한 비서와 따뜻한 차, 잘 어울립니다.
~ 関連記事
