site: "Japanese news site (shinbun.example.jp)"
kind: news-article
archive_kind: article
language: ja
title: "AIアシスタントの「性格」、利用者の信頼に影響　大学が調査"
note: "header band with edition and section labels between removed chrome; footer with company links and a language picker."
---
~ メインコンテンツへ移動
~ みなと新聞
~ 朝刊
~ ニュース
~ 社会
~ 経済
~ テクノロジー
~ ログイン
~ 会員登録
~ テクノロジー
= AIアシスタントの「性格」、利用者の信頼に影響　大学が調査
~ 2026年3月2日 9時00分
~ この記事を保存
ある大学の研究チームは、対話型AIの話し方が利用者の信頼にどう影響するかを調べた結果を発表した。
調査では、同じ内容の答えを三種類の話し方で示し、どれを信じるかを約千人に尋ねた。
丁寧で落ち着いた話し方の答えが最も信頼されたが、内容が間違っていても信頼される傾向があった。
研究チームは「性格が良く見えることと、答えが正しいことは別だ」と注意を呼びかけている。
今後は、利用者が答えの正しさを確かめやすくする表示の方法も調べる予定だという。
~ シェア
~ 関連記事
~ 自転車通勤、春に向けて増加
~ 会社案内
~ 利用規約
~ お問い合わせ
~ 日本語 | English
~ Copyright © 2026 Minato Shimbun. All rights reserved.
