site: Discord channel export (DiscordChatExporter, plain text, Japanese server)
kind: chat-export
archive_kind: forum-thread
language: ja
title: "雑談-ai"
note: "a plain-text export of a Japanese server's channel: the server, the channel without a category, a topic line that is a full sentence, the rules around the header; messages as '[date time] name'; a message with an embed's link; the export's count"
---
~ ==============================================================
~ Guild: 茶と機械の会
@ Channel: 雑談-ai
~ Topic: AIアシスタントの話し方や性格について気軽に話すチャンネルです。
~ ==============================================================
~ [2026/03/05 21:02] haru
最近アシスタントが返事の最後に必ず質問してくるようになった。地味に疲れる。
~ [2026/03/05 21:05] mio
わかる。「他に何かお手伝いできることはありますか？」ってやつでしょ。
~ [2026/03/05 21:09] haru
そうそう。最初に「質問で終わらないで」って頼んだら止まったけど、次の日には戻ってた。
~ ==============================================================
~ Exported 3 message(s)
~ ==============================================================
