site: はてなブログ (kusunoki-nikki.hatenablog.example)
kind: blog-post
archive_kind: blog-post
language: ja
note: "a Hatena-style blog entry: the blog's name and reader button, the entry's date over the title, the category links, the star and bookmark buttons, the 'related entries' list, the author's id and time, the profile box in the sidebar"
---
~ くすのき日記
~ 読者になる
~ 2026-12-04
= AIアシスタントに「わからない」と言われた日
~ 日記
~ AI
料理の質問をしたら、アシスタントが「その分量は確かではありません」と答えた。少し驚いたが、なんだか安心した。
何でも自信満々に答えられるより、わからないことをわからないと言ってくれるほうが信頼できる。
人間の友だちでも同じだと思う。知ったかぶりをしない人の話は、ちゃんと聞こうという気になる。
~ この記事をはてなブックマークに追加
~ はてなスターを追加
~ id:kusunoki 21:10
~ 関連記事
~ 2026-11-20
~ 自転車のチェーンを初めて自分で替えた
~ 2026-11-02
~ 梅干しを漬けた記録
~ もっと読む
~ コメントを書く
~ プロフィール
~ id:kusunoki
~ 読者です 読者をやめる 読者になる 読者になる
~ 検索
~ リンク
~ はてなブログ
~ ブログをはじめる
