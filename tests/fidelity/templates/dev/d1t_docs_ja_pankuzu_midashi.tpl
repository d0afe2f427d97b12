site: "Kotonoha ドキュメント (docs.kotonoha.example.jp)"
kind: docs-page
archive_kind: other
language: ja
title: "ペルソナの設定"
note: "a Japanese documentation page: the tab title with the product's name, the search box, the version selector, the sidebar's sections, the breadcrumb whose last crumb is the page's own title, the H1 that repeats it, the 'on this page' list, the text and a note, the last-updated line, the feedback row, the previous/next links and a sign-up prompt"
---
~ ペルソナの設定 | Kotonoha ドキュメント
~ Kotonoha ドキュメント
~ 検索
~ v2.3
~ はじめに
~ ガイド
~ APIリファレンス
~ ドキュメント > ガイド > ペルソナの設定
= ペルソナの設定
~ このページの内容
~ 基本の書き方
~ 注意点
アシスタントの口調や性格は、設定ファイルの persona の項目で指定します。
基本の書き方
一文で一つの性質を書くのがおすすめです。「丁寧に話す」と「冗談を言う」を一つの文にまとめると、どちらかが無視されることがあります。
注意点
ペルソナは安全に関する指示より優先されません。性格の設定で、断るべき依頼を引き受けさせることはできません。
~ 最終更新日: 2026年12月3日
~ このページは役に立ちましたか？
~ はい   いいえ
~ ← クイックスタート
~ 会話履歴の保存 →
~ 無料で始める：アカウントを作成
