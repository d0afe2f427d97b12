site: Japanese tech article site (Qiita-style)
kind: blog-post
archive_kind: blog-post
language: ja
note: "the author's handle and the update date above the title; tags and the 'LGTM' counter under it; the article's headings and text; stock and share buttons after"
---
~ ログイン
~ 新規登録
@ @yamada_t
~ 2025年03月04日に更新
= システムプロンプトでキャラクター性を安定させる三つのコツ
~ Python
~ LLM
~ プロンプト
~ 42
長い会話でチャットボットの口調が崩れる問題に、半年ほど取り組んできました。効果のあった工夫を三つ紹介します。
一つ目は、性格を形容詞で並べるのではなく、短い会話例で示すことです。モデルは説明より例をよく真似します。
二つ目は、禁止事項より「こういうときはこう返す」という行動を書くことです。三つ目は、設定を短く保つことです。
~ いいね
~ ストック
~ この記事は以下の記事からリンクされています
