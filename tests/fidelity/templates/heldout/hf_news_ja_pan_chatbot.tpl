site: "Japanese news site (news.example.jp)"
kind: news-article
archive_kind: article
language: ja
note: "Japanese news article: global nav, category, headline, date line, share buttons, a related-articles list and a footer; the lead is content."
---
~ メインコンテンツへスキップ
~ トップ 国内 国際 経済 IT・科学 スポーツ
~ ログイン 会員登録
~ IT・科学
= パン屋の接客AI、「控えめな性格」で常連客に好評
~ 2026年3月8日 9時00分
~ シェア ポスト ブックマーク
東京都内の小さなパン屋が、注文受付にAIアシスタントを導入した。店主がこだわったのは、アシスタントの「性格」だった。
店主は最初、明るく元気な口調を設定した。しかし常連客から「朝から少しうるさい」との声が上がったという。
そこで、落ち着いた話し方で、おすすめを押し付けない性格に変更した。売り切れの商品については正直に伝え、代わりの品を一つだけ提案する。
「パンを選ぶ時間を楽しんでほしい。アシスタントはその邪魔をしないのが一番です」と店主は話す。
専門家は、接客AIの性格設計が客の満足度に影響すると指摘する。一方で、AIであることをはっきり伝えることも大切だという。
~ この記事をシェア
~ 関連記事
~ 自転車通勤、春から増加傾向
~ 紅茶の消費量、過去最高に
~ 利用規約 プライバシーポリシー お問い合わせ
~ Copyright © 2026 Example News. All rights reserved.
