site: Japanese product documentation (docs.hoshizora.example.jp)
kind: docs-page
archive_kind: other
language: ja
note: "a Japanese documentation page: callout labels (注意, ヒント, メモ) alone on their line, the page's feedback question and answers, the edit link, the last-updated line, the previous/next links and the table of contents printed after the body"
---
~ ドキュメント
~ ホーム › ガイド › キャラクター設定
= キャラクター設定の書き方
このページでは、アシスタントの性格を設定ファイルに書く方法を説明します。
性格の項目は、口調、距離感、正直さの三つです。それぞれ短い文で書いてください。
~ ヒント
まず自分の言葉で「どんな人と話したいか」を書き出すと、設定が書きやすくなります。
口調の例
丁寧すぎる口調は、長い会話では冷たく感じられることがあります。少しくだけた言い回しを一つ入れるのがおすすめです。
~ 注意
「知らないことも知っているふりをする」といった設定は書かないでください。正直さの項目と矛盾します。
~ メモ
設定の変更は、次に始まる会話から反映されます。
~ このページは役に立ちましたか？
~ はい いいえ
~ このページを編集
~ 最終更新日: 2026年12月3日
~ 前へ
~ はじめに
~ 次へ
~ 記憶の設定
~ 目次
~ 口調の例
~ © 2026 Hoshizora Inc.
