site: Personal blog (Japanese, mirrored)
kind: blog-post
archive_kind: article
language: ja
note: "a Japanese quote and a Chinese line were UTF-8 read as cp949 and EUC-KR; most bytes of each character were dropped, so no reading is certain (a marker or the text as it is, never a guessed word); the correct Japanese stays"
---
~ ホーム
~ カテゴリー
= アシスタントの口調について
~ 2025年2月8日
アシスタントの口調は、使う人の気分に合わせて変わるべきでしょうか。
友人から届いたメモは次のとおりでした。
[[cp949:丁寧すぎる返事は少し冷たく感じます。]]
中国語の感想も届きました。
[[euc_kr:我觉得它的语气很自然。]]
私は、落ち着いた口調がいちばん安心できると思います。
~ シェアする
~ 関連記事
