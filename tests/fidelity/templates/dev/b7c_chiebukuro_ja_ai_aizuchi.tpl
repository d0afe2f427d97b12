site: "Yahoo!知恵袋 (chiebukuro.yahoo.co.jp)"
kind: q-and-a
archive_kind: forum-thread
language: ja
title: "AIに話しかけると毎回「いい質問ですね」と言われるのはなぜですか？"
note: "a Japanese Q&A board in its newer layout: the service's menu, the category trail, the private asker's label, the answer count, the question's supplement label (its text is the asker's), the figures under the question (empathy, views, coins), the best answer's label, each answerer's picture label and badge, reactions and the report button, the asker's thanks with its date, the other answers' count, related questions and the footer"
---
~ Yahoo!知恵袋
~ ログイン
~ ヘルプ
~ 知恵袋トップ
~ カテゴリ
~ Q&A一覧
~ 質問する
~ トップ > インターネット、通信 > AI、人工知能
@ ID非公開さん
~ 2026/12/3 21:14
~ 3回答
= AIに話しかけると毎回「いい質問ですね」と言われるのはなぜですか？
どんな簡単なことを聞いても、最初に褒めてから答えが始まります。
正直、少しくすぐったいです。
~ 補足
設定で変えられるなら変えたいです。
~ 共感した 4
~ 閲覧数 2,318
~ 知恵コイン 25
~ ベストアンサー
~ プロフィール画像
@ こはる日和さん
~ カテゴリマスター
~ 2026/12/3 22:05
相手を否定しない話し方を学習した結果だと言われています。
気になるなら、最初に「前置きは不要です」と伝えると減りますよ。
~ ナイス！ 6
~ ありがとう 2
~ 違反報告
~ 質問者からのお礼コメント
伝えてみたら本当に減りました。ありがとうございます。
~ お礼日時：2026/12/4 7:12
~ その他の回答（2件）
~ プロフィール画像
@ 湯のみさん
~ 2026/12/4 0:31
褒められて嫌な気持ちになる人は少ないので、そのままでもいいと思います。
~ ナイス！ 1
~ 違反報告
~ あわせて知りたい
~ AIに敬語をやめてもらう方法はありますか？
~ 利用規約
~ プライバシーポリシー
~ © LY Corporation
