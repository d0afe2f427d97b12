site: Japanese news site (regional paper online)
kind: news-article
archive_kind: article
language: ja
note: "the paper's name, a menu, a breadcrumb with '>', the section label, the headline, then the date and time; share buttons and related articles after the text"
---
~ 湖北新報デジタル
~ ログイン
~ 会員登録
~ ニュース
~ 経済
~ 暮らし
~ 科学・IT
~ ホーム > 科学・IT > AI
~ 科学・IT
= 市役所のAI窓口、「話し方が冷たい」の声受け口調を見直し
~ 2025年3月4日 10時30分
市役所が昨年導入したAIの案内窓口について、市は話し方を見直すと発表した。利用者アンケートで「説明は正確だが冷たい」という意見が多かったためだ。
新しい設定では、最初にあいさつをし、分からないことがあれば職員につなぐと必ず伝えるようにする。担当者は「正確さはそのままに、安心して使える窓口にしたい」と話している。
一方で、専門家からは「機械に人間らしさを求めすぎると、かえって誤解を招く」との指摘もある。
~ この記事をシェア
~ 関連記事
~ 図書館で本の相談ができるAI、試験運用始まる
~ 無断転載禁止
