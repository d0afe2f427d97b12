site: "Discourse forum (Japanese locale)"
kind: discourse-thread
archive_kind: forum-thread
language: ja
note: "a Discourse topic in the Japanese locale: the header buttons, the category and tags under the title, each post's author (metadata) and its date, the 'いいね'/'返信' buttons and like counts, the topic map (作成, 最終返信, 返信, 閲覧, ユーザー), the suggested topics table and the footer"
---
~ 登録
~ ログイン
= AIアシスタントの「口癖」はどこまで設定すべき？
~ キャラクター設計
~ プロンプト
~ 性格
@ haru_tanaka
~ 2026年12月2日
社内ヘルプデスク用のアシスタントに、少しだけ口癖を付けようと考えています。
「なるほどですね」のような言い回しを入れると親しみやすくなる一方で、何度も出ると鬱陶しいという意見もありました。
皆さんは口癖をどのくらいの頻度に抑えていますか？
~ 作成
~ 12月2日
~ 最終返信
~ 12月4日
~ 3
~ 返信
~ 184
~ 閲覧
~ 3
~ ユーザー
~ 7
~ いいね！
@ mizuki
~ 12月3日
うちでは一つの会話で一回までと決めています。長い会話では二回目以降を言い換えるように指示しました。
~ 4
~ 返信
@ k_ono
~ 12月3日
口癖よりも、返事の長さやテンポのほうが性格として伝わる気がします。
~ 2
~ 返信
@ haru_tanaka
~ 12月4日
確かにテンポは大事ですね。まずは一回までのルールで試してみます。
~ 1
~ 返信
~ 関連トピック
~ トピック
~ 返信
~ 閲覧
~ アクティビティ
~ 丁寧すぎるチャットボットの直し方
~ 5
~ 312
~ 11月
~ 社内botの名前を決めるときのコツ
~ 9
~ 540
~ 10月
~ Discourseで動作しています。JavaScriptを有効にすると最適に表示されます。
