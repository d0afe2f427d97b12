site: Japanese tech news site (テックの窓)
kind: news-article
archive_kind: article
language: ja
note: "the site's name, its category and a short kicker in Japanese over the headline; the date under the headline"
---
~ テックの窓
~ テクノロジー
~ 特集 生成AIと私たちの暮らし
= 対話AIの「性格」を利用者が選べる機能、国内でも広がる
~ 2025年3月14日 10:30
国内の複数のサービスが、対話AIの話し方を利用者が選べる機能を相次いで導入した。丁寧な口調や簡潔な口調など、数種類から選ぶ形式が多い。
ある開発者は、性格を選べるようにしたことで問い合わせの満足度が上がったと話している。一方で、選択肢が多すぎると迷うという声もある。
~ 関連記事
~ この記事をシェア
