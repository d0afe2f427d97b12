site: Japanese podcast transcript site (LISTEN-style)
kind: podcast-transcript
archive_kind: podcast-transcript
language: ja
note: "the service's name in capitals, the show's name, the episode's number and title, the date and duration, the 'transcript' tab; speaker names head the turns"
---
~ LISTEN
~ ログイン
~ AIと暮らすラジオ
= #48 AIにも人見知りはあるのか
~ 2025/03/04
~ 32分
~ 文字起こし
@ ゆき
こんにちは、AIと暮らすラジオです。今日は、AIにも人見知りはあるのかという話をします。
@ たけし
最初の会話だと、AIがすごく丁寧で、慣れてくると少しくだけるっていう話ですよね。
@ ゆき
そうそう。でも本当は慣れているわけじゃなくて、こちらの話し方に合わせているだけなんだと思います。
~ この番組をフォロー
~ シェア
