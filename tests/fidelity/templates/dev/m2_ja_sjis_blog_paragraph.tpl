site: Japanese personal blog (はてなブログ-style)
kind: blog-post
archive_kind: article
language: ja
note: one paragraph was stored through a Shift_JIS decode of its UTF-8 bytes; bytes Shift_JIS cannot pair were dropped
---
~ 読者になる
~ ホーム
~ カテゴリー
= AIアシスタントに性格は必要か
~ 2025-02-20
最近、仕事でAIアシスタントを使うことが増えた。便利だが、話し方が丁寧すぎて少し疲れることがある。
[[shift_jis:友人は、性格がない方が使いやすいと言う。私はそうは思わない。]]
結局、相手が機械でも、話しやすさは大事だと思う。
~ このブログの人気記事
~ コメントを書く
