site: Japanese blog service (Ameba-style blog)
kind: blog-post
archive_kind: blog-post
language: ja
note: "the blog's name, its tabs, the headline, the timestamp and the theme label; the like, comment and reblog buttons after the post"
---
~ ゆるっと台所日記
~ ブログトップ
~ 記事一覧
~ 画像一覧
= AIに献立を聞いたら、冷蔵庫の中身を全部使う案が出てきた
~ 2025-03-04 21:10:00
~ テーマ：ブログ
今日は冷蔵庫に残っていたものを全部書き出して、AIに献立を考えてもらいました。
キャベツ半分、卵三つ、ちくわ、しめじ。出てきたのは、お好み焼き風のオムレツでした。
作ってみたら意外とおいしくて、子どもにも好評でした。次はもう少し難しい組み合わせで試してみます。
~ いいね！
~ コメント
~ リブログ
