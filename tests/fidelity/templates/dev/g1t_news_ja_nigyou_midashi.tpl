site: "みなと新報 (minato-shinpo.example.jp)"
kind: news-article
archive_kind: article
language: ja
title: "AIに性格は必要か　市役所の案内係が「敬語のロボット」になるまで"
note: "a Japanese news article: the site's name and menu, a breadcrumb, a section label, a headline printed on two lines (a question, then a subtitle after a full-width space), the date and the reporter, the text, the paid-members prompt and related links"
---
~ みなと新報
~ ニュース   地域   くらし   経済   ログイン
~ トップ ＞ 地域 ＞ 記事
~ 地域
= AIに性格は必要か
= 市役所の案内係が「敬語のロボット」になるまで
~ 2026年12月5日 7時00分
@ 佐藤 真理
市役所の一階に、十月から対話型の案内係が置かれている。
最初の設定では冗談を言う性格だったが、高齢の来庁者から「からかわれているようだ」という声が出た。
担当課は性格の説明文を書き直し、丁寧で短く答える案内係に変えた。
職員の一人は「性格を決めるのは、結局は人の仕事だと分かった」と話す。
~ この記事は会員限定です。続きは会員登録をしてお読みください。
~ 関連記事
~ 図書館の自動貸出機、導入1年で利用倍増
