site: 動画共有サイト（YouTube 風の視聴ページ）、文字起こしパネルとチャプター
kind: podcast-transcript
archive_kind: podcast-transcript
language: ja
note: "a Japanese video page: the header, the channel name (metadata) and its subscriber count, the view count and date, the description (content) with its chapter list (time codes and titles), the hashtags, the transcript panel's label, its search box and language, the time codes over each caption segment (content), the related videos with their channels and view counts"
---
~ メインコンテンツにスキップ
~ 検索
~ ログイン
= AIアシスタントに「性格」はある？ 研究者と話してみた【対談】
@ ことばラボ
~ チャンネル登録者数 4.2万人
~ チャンネル登録
~ 1.3万
~ 共有
~ オフライン
~ 5.8万 回視聴  2026/11/28
言語モデルの「性格」とは何なのか、対話の研究をしている大学の先生と一緒に考えました。丁寧すぎる返事や、わからないことを「わからない」と言えるかどうかについても話しています。
~ チャプター
~ 0:00 オープニング
~ 1:05 そもそも「性格」とは
~ 6:40 丁寧すぎるAI
~ 12:18 わからないと言える力
~ 18:02 まとめ
~ #AI #言語モデル #対談
~ 文字起こし
~ 動画内を検索
~ 0:00
こんにちは、ことばラボです。今日はAIの性格について、先生にお話を伺います。
~ 0:07
よろしくお願いします。性格という言葉を使うと、少し人間らしく聞こえすぎるかもしれませんね。
~ 1:05
では、先生はどう呼んでいるんですか。
~ 1:10
私は「話し方の傾向」と呼ぶことが多いです。どんな場面でも同じように出てくる癖のようなものです。
~ 6:40
丁寧すぎると感じることもありますよね。
~ 6:45
ありますね。謝りすぎると、かえって何を伝えたいのかがぼやけてしまいます。
~ 12:18
わからないと言えることは、とても大事だと思います。知らないことを知っているふりをしないのは、人でも機械でも信頼の基本です。
~ 日本語（自動生成）
~ 関連動画
~ 言語モデルはどうやって会話を覚えるのか
~ テックのはなし
~ 12万 回視聴
~ パン作りをAIに手伝ってもらった結果
~ 台所ノート
~ 3.4万 回視聴
