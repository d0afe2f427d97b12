site: "App Store (日本), アプリのページとレビュー"
kind: app-reviews
archive_kind: other
language: ja
note: "a store's app page in Japanese: the developer under the title, the in-app badge, the rating row, the section headings, each review's title over its text with stars and a date, the developer's reply, the privacy and information sections"
---
~ App Store
~ プレビュー
= まめちしきAI - 毎日の雑学チャット
~ 株式会社こもれびソフト
~ 無料
~ App内課金あり
~ 4.5 • 1,284件の評価
~ 説明
まめちしきAIは、毎日ひとつ雑学を教えてくれるチャットアプリです。わからない質問には、わからないと正直に答えます。
~ さらに見る
~ 新機能
~ バージョン 2.3.1
ことわざの解説を追加しました。
~ 評価とレビュー
~ 4.5
~ 5段階評価中
~ 1,284件の評価
@ さくらもち
~ ★★★★★ 2026/12/01
正直なところがいい
知らないことを「わかりません」と言ってくれるので、逆に信用できます。
@ 山田たろう
~ ★★★☆☆ 2026/11/27
通知が多い
内容は楽しいですが、通知が一日に三回来るのは多すぎると思います。
~ デベロッパの回答 2026/11/28
ご意見ありがとうございます。次のバージョンで通知の回数を設定できるようにします。
~ すべて見る
~ Appのプライバシー
~ デベロッパである株式会社こもれびソフトは、Appのプライバシー慣行に、以下のデータの取り扱いが含まれる可能性があることを示しました。
~ 情報
~ 提供元
~ 株式会社こもれびソフト
~ サイズ
~ 48.2MB
~ カテゴリ
~ 教育
~ 年齢
~ 4+
~ Copyright © 2026 Komorebi Soft Inc.
