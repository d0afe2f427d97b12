site: "Dcard (Taiwanese forum)"
kind: dcard-post
archive_kind: forum-thread
language: zh
title: AI陪聊App的個性會不會太假？
note: "a Dcard post: the app banner, the board menu, the poster's school line (metadata), the date, the post's topic tags, the heart/comment/save counts and buttons, each comment's floor label 'B1' and date, the 'like' counts, the sort switch and 'open the app' prompts"
---
~ 下載 App
~ 登入
~ 註冊
~ 熱門
~ 最新
~ 心情
@ 匿名
@ 國立臺北科技大學
= AI陪聊App的個性會不會太假？
~ 12月4日 21:07
最近下載了一個陪聊App，裡面的角色說自己喜歡下雨天，還會記得我昨天說過的事。
一開始覺得很溫暖，後來想到這些都是設定好的，就有點說不出的感覺。
大家會介意這種「被設計出來的個性」嗎？
~ AI
~ 心情
~ 聊天
~ 268
~ 共 3 則留言
~ 收藏
~ 分享
~ 熱門
~ 最新
@ 匿名
@ 國立成功大學
~ B1
~ 12月4日 21:30
人的個性也是被環境影響出來的，差別只在它是被寫出來的。
~ 45
~ 回覆
@ 匿名
@ 輔仁大學
~ B2
~ 12月4日 22:02
我不介意，只要它不假裝自己是人就好。
~ 12
~ 回覆
@ 原PO
~ B3
~ 12月4日 22:15
這個說法我能接受，謝謝大家。
~ 3
~ 回覆
~ 打開 App 看更多留言
~ 在 App 中開啟
