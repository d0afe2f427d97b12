site: "Japanese online course platform (manabi.example.jp)"
kind: course-page
archive_kind: article
language: ja
title: "第4回　対話AIの「性格」をどう評価するか"
note: "a Japanese online-lecture page: header, course name and lecturer, the week list with completion marks, breadcrumb, video player labels, '字幕' and playback speed, the lecture text (content), the quiz prompt button, 'この講義を完了にする', previous/next lecture, the discussion board link and footer."
---
~ メインコンテンツへスキップ
~ 講座一覧 マイページ よくある質問
~ ログイン
~ 対話AIと人格設計入門
~ 講師：森川 由紀（情報学研究科）
~ 第1週 はじめに 完了
~ 第2週 言語モデルの仕組み 完了
~ 第3週 キャラクターの設計
~ 第4回 対話AIの「性格」をどう評価するか
~ 講座トップ ＞ 第3週 ＞ 第4回
= 第4回　対話AIの「性格」をどう評価するか
~ 動画
~ 再生
~ 字幕
~ 再生速度 1.0x
~ 14:22
今回は、対話AIの性格を評価する方法を考えます。性格は印象で語られがちですが、観察できる振る舞いとして扱うことができます。
たとえば、同じ質問を言い方を変えて十回尋ね、答えの調子がどれだけ揺れるかを数えます。
もう一つの方法は、わざと誤った前提を含む質問をすることです。誠実なアシスタントは前提の誤りを丁寧に指摘します。
今回のポイント
性格は一貫性と誠実さの両方から見ること。
評価の質問は、料理や自転車のような身近な話題で十分です。
~ 確認テストに進む
~ この講義を完了にする
~ 前の講義へ
~ 次の講義へ
~ 掲示板で質問する
~ 利用規約 プライバシーポリシー © 2026 Manabi Example
