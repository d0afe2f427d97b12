site: "パン作りフォーラム (pan.example.jp)"
kind: forum-thread
archive_kind: forum-thread
language: ja
title: "AIアシスタントの口調が急に変わりました"
note: "Flarum-like thread; each post prints a relative time, '返信', 'いいね' and a like count line; 'なるほど' posted twice is content; the numbered headings of the first post are content."
---
~ ホーム タグ 全ディスカッション
~ ログイン 新規登録
~ 相談
= AIアシスタントの口調が急に変わりました
@ komugi
~ 3日前
パン作りの相談に使っているアシスタントの口調が、先週から急に丁寧になりました。
1. 以前の様子
以前は友達のような話し方で、失敗しても笑って励ましてくれました。
2. 今の様子
今はとても礼儀正しいのですが、少し距離を感じます。
~ 返信
~ いいね
~ 4人がいいねしました
@ yeast_taro
~ 3日前
モデルの更新があったのかもしれません。キャラクターの説明に話し方の例を入れると戻ることがあります。
~ 返信
~ いいね
~ 2人がいいねしました
@ komugi
~ 2日前
なるほど
~ 返信
~ いいね
~ 1人がいいねしました
@ hana_bread
~ 2日前
うちでも同じことがありました。説明を具体的にしたら、前の雰囲気にかなり近づきました。
~ 返信
~ いいね
~ 3人がいいねしました
@ mochi
~ 1日前
なるほど
~ 返信
~ いいね
~ 5人がいいねしました
~ 返信を書く
~ 利用規約 プライバシー
