site: "Bluesky (bsky.app, ja)"
kind: bluesky-thread
archive_kind: social-thread
language: ja
note: "a Bluesky thread in Japanese: the app's menu, each post's display name and handle (metadata), its date and time, the reply, repost and like counts one a line, the repost notice, the 'show more replies' and sign-in prompts; a reply that is one emoji stays"
---
~ 検索
~ フィード
~ サインイン
~ 投稿
@ 茶畑みどり
@ @midori-cha.bsky.social
お茶屋さんのチャットボットに「渋いお茶が好き」と言ったら、急に江戸っ子みたいな口調になった。
店の人に聞いたら、常連さんの話し方を真似するように設定してあるらしい。
~ 2026年12月4日 10:20
~ 4
~ 12
~ 58
@ 湯のみ職人
@ @yunomi.bsky.social
それは楽しい。うちの町の店のボットはずっと丁寧語のまま。
~ 2026年12月4日 10:31
~ 1
~ 0
~ 6
@ 茶畑みどり
@ @midori-cha.bsky.social
🍵
~ 2026年12月4日 10:33
~ 0
~ 0
~ 3
~ 湯のみ職人さんがリポスト
@ 急須の旅
@ @kyusu.bsky.social
口調を客に合わせるのは面白いけど、丁寧さの下限は決めておいた方がいいと思う。
~ 2026年12月4日 11:02
~ 2
~ 1
~ 9
~ さらに返信を表示
~ Blueskyに参加して会話に加わろう
~ サインアップ
