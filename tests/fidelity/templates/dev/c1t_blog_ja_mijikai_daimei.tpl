site: "ことのは帳（個人ブログ、kotonoha.example.jp）"
kind: blog-post
archive_kind: blog-post
language: ja
note: "a Japanese personal blog whose post title is four characters ('紅茶の話'), under the blog's name and its description, the date above the title; the category, the share buttons and the previous/next links are chrome"
---
~ ことのは帳
~ 日々の小さなメモ
~ 2026-03-03
= 紅茶の話
~ カテゴリー：日記
朝、アシスタントに紅茶の蒸らし時間を聞いたら、茶葉の量を先に聞き返された。
三分と答えるだけだと思っていたので、少し驚いた。
結局、二杯分なら四分がちょうどよかった。質問を返されるのも悪くない。
~ シェアする
~ « 前の記事
~ 次の記事 »
