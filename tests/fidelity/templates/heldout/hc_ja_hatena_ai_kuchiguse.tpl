site: Hatena Blog (yurufox.hatenablog.com)
kind: blog-post
archive_kind: blog-post
language: ja
note: Hatena Blog - 読者になる button, blog name, date and category lines above the entry, a quoted refusal line starting with '>' that must stay, the share row, the author/date footer line, related entries, comment link, pager and the Powered by line
---
~ 読者になる
~ ゆるい機械学習日記
~ 2026-11-25
= AIアシスタントの口癖を一か月記録してみた
~ 日記 AI

先月から、仕事で使っているAIアシスタントの「口癖」をメモ帳に書き留めてみました。
いちばん多かったのは「いい質問ですね」で、一か月で四十回以上出てきました。
次に多かったのは、できないことを頼んだときの断り文句です。たとえばこんな感じです。
> その作業はお手伝いできませんが、代わりに手順を一緒に整理することはできます。
最初は少し冷たく感じましたが、記録してみると断り方がいつも同じ形なのが分かり、むしろ安心しました。
面白かったのは、こちらが疲れた書き方をしていると、返事の文も短くなることです。
口癖は性格の一部なのか、それとも単なる癖なのか。来月は言い換えをお願いしたらどう変わるかを試してみます。

~ このエントリーをはてなブックマークに追加
~ ツイート シェア
@ yurufox 12日前
~ 読者になる
~ 関連記事
~ 2026-10-02 観葉植物の水やりを忘れない仕組みを作った
~ 2026-09-14 自転車のチェーンを初めて自分で替えた話
~ コメントを書く
~ « 散歩ルートを地図に残す 秋の紅茶を三種類飲み比べた »
~ Powered by Hatena Blog | ブログを報告する
