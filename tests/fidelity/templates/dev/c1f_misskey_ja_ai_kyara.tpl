site: "Misskey (misskey.example.jp)"
kind: misskey-thread
archive_kind: social-thread
language: ja
note: "a Misskey note with its replies in Japanese: the server's header, each note's display name and handle (metadata), its time, the visibility mark, the reply/renote/reaction buttons and the reaction row, the renote notice, the 'show more' fold, the translate button and the server footer; a one-word reply stays"
---
~ ログイン
~ 新規登録
~ ノート
@ 茶葉と機械
@ @chaba_kikai
~ 2026/12/05 21:14
うちのサーバーの案内botに性格を付けてみた。丁寧だけど、ちょっとだけ皮肉が言える感じ。
新しく来た人に「タイムラインは川みたいなものです、全部読もうとしないでください」と言ったら好評だった。
~ パブリック
~ 返信
~ リノート
~ 引用
~ リアクション
~ 🍵 14 👍 6 😂 3
~ 翻訳
~ 雪見だいふくがリノート
@ しろくま工房
@ @shirokuma@misskey.example.jp
~ 2026/12/05 21:20
皮肉の加減ってどう決めたの？強すぎると新人さんが怖がりそう。
~ 返信
~ リノート
~ リアクション
~ 👀 2
@ 茶葉と機械
@ @chaba_kikai
~ 2026/12/05 21:26
設定の最初に「相手が笑える範囲でだけ」と書いて、怒っている人には皮肉を使わないようにした。
あと、同じ人に一日二回までという制限もある。
~ 編集済み
~ 返信
~ リノート
~ リアクション
~ 🙏 5
@ しろくま工房
@ @shirokuma@misskey.example.jp
~ 2026/12/05 21:31
なるほど。
~ もっと見る
~ 返信を表示
~ misskey.example.jp は Misskey で動いているサーバーのひとつです
~ サーバー情報
~ 利用規約
~ プライバシーポリシー
