site: Japanese livedoor Blog (ことこと日記)
kind: blog-post
archive_kind: blog-post
language: ja
title: チャットAIに「あなたは誰？」と聞いてみた
note: 'a livedoor Blog skin — the blog name and menu, the date and category line, social share buttons, the tag line, comment and trackback counts, previous/next article links, the comment list with numbered comment headers, the comment form, sidebar widgets (search, monthly archive, access counter) and the footer'
---
~ ことこと日記
~ トップページ
~ カテゴリ
~ プロフィール
~ 2025年03月04日
= チャットAIに「あなたは誰？」と聞いてみた
~ カテゴリ：AIのこと
昨日、いつも使っているチャットAIに「あなたは誰？」と聞いてみました。
返ってきたのは、とても落ち着いた自己紹介でした。名前と、何が得意で何が苦手かを短く教えてくれました。
苦手なことを自分から言うところに、なんだか人柄のようなものを感じました。
ちなみに同じ質問を5回しても、答えの中身はほとんど同じでした。
~ このエントリーをはてなブックマークに追加
~ ツイート
~ タグ：AI 性格
~ コメント(2)
~ トラックバック(0)
~ « 前の記事
~ 次の記事 »
~ コメント一覧
@ 1. ひろみ 2025年03月04日 22:10
面白いですね。コメント欄で言うのも変ですが、私も試してみます。
@ 2. ことこと 2025年03月05日 07:45
ありがとうございます！
~ コメントする
~ 名前
~ URL
~ 絵文字
~ 記事検索
~ 月別アーカイブ
~ 2025年03月
~ 2025年02月
~ アクセスカウンター
~ 今日：
~ 昨日：
~ 累計：
~ livedoor プロフィール
~ Powered by ライブドアブログ
