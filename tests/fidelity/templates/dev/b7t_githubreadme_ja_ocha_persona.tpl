site: GitHub repository page (README in Japanese)
kind: code-share
archive_kind: other
language: ja
note: "a repository front page: the host's chrome, owner/name, the file table with commit lines, the README and license tabs, then a README whose heading differs from the repository's name and a badge row under it; the About sidebar after it"
---
~ Skip to content
~ Navigation Menu
~ Sign in
~ Sign up
~ hinata-lab / ocha-persona
~ Public
~ Notifications
~ Fork 8
~ Star 156
~ Code
~ Issues 3
~ Pull requests 1
~ Actions
~ Security
~ Insights
~ main
~ 2 Branches
~ 4 Tags
~ Go to file
~ Code
~ Folders and files
~ Name
~ Last commit message
~ Last commit date
~ Latest commit
~ hinata-lab
~ 語調テストを追加
~ 3 days ago
~ src
~ 口調の設定を分離
~ 2 weeks ago
~ tests
~ 語調テストを追加
~ 3 days ago
~ README.md
~ 使い方を更新
~ last week
~ LICENSE
~ Initial commit
~ 2 months ago
~ README
~ MIT license
= お茶ペルソナ：落ち着いた口調のアシスタント設定集
~ build passing  license MIT  python 3.11+
お茶ペルソナは、落ち着いた口調で答えるアシスタントの設定ファイルとテストをまとめたものです。
丁寧すぎず、くだけすぎない話し方を目指しています。
インストール
pip install ocha-persona
使い方
設定ファイルを読み込み、会話の最初にシステムプロンプトとして渡してください。
テストでは、百件の質問に対して語尾や敬語の揺れがないかを確認します。
ライセンス
MIT
~ About
~ 落ち着いた口調のアシスタント設定とテスト
~ Readme
~ MIT license
~ Activity
~ 156 stars
~ 4 watching
~ 8 forks
~ Releases 4
~ v0.4.0 Latest
~ Languages
~ Python 92.1%
~ Shell 7.9%
~ Footer
~ © 2026 GitHub, Inc.
~ Terms
~ Privacy
