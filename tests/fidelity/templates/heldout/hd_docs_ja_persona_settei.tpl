site: "Kotoha ドキュメント (docs.kotoha.dev)"
kind: docs-page
archive_kind: other
language: ja
title: "ペルソナ設定ファイル"
note: "Japanese documentation page; browser title line on top, then breadcrumbs, then the heading again; sidebar, TOC and prev/next links are chrome; a short YAML-like block is content."
---
~ ペルソナ設定ファイル | Kotoha ドキュメント
~ メインコンテンツへスキップ
~ Kotoha
~ ドキュメント
~ API リファレンス
~ ブログ
~ 検索
~ はじめに
~ インストール
~ ペルソナ
~ 評価
~ ドキュメント › ガイド › ペルソナ
= ペルソナ設定ファイル
ペルソナ設定ファイルは、アシスタントの話し方と振る舞いを一か所にまとめるためのファイルです。
形容詞を並べるよりも、具体的な行動を書くほうが安定します。たとえば「丁寧」と書く代わりに、敬語を使う場面と使わない場面を書いてください。
最小の例は次のとおりです。
| name: 図書館案内
| register: です・ます
| humor: ユーザーが先に冗談を言った場合のみ
注意：設定ファイルの内容はモデルの性格を保証するものではありません。評価スイートで必ず確認してください。
長い会話では、設定の効果が薄れることがあります。その場合は、ツール呼び出しの結果を返す際に要約を再掲すると効果的です。
~ このページの内容
~ 最小の例
~ 長い会話での注意
~ このページは役に立ちましたか？
~ はい
~ いいえ
~ 前へ インストール
~ 次へ 評価スイート
~ GitHub で編集
~ 最終更新日: 2025年2月20日
~ © 2025 Kotoha Project
