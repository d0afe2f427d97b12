site: "電子報 (書香社區電子報)"
kind: email-newsletter
archive_kind: article
language: zh
title: "圖書館的聊天助理：不知道就說不知道"
note: "a zh-TW e-newsletter: the can't-read notice, the issue's number and date, the subscription links, the issue's contents list, the forward and unsubscribe notices, the publisher's contact lines and the copyright; the editor's letter and the article are content"
---
~ 若您無法正常閱讀此電子報，請點此線上閱讀
~ 書香社區電子報
~ 第 128 期
~ 發行日期：2026/12/03
~ 訂閱電子報 | 取消訂閱 | 看歷史報份
~ 本期目錄
~ 圖書館的聊天助理：不知道就說不知道
~ 冬季閱讀活動報名開始
= 圖書館的聊天助理：不知道就說不知道
社區圖書館上個月開始試用一個聊天助理，幫忙回答借書規則和開館時間的問題。
志工們故意問了許多刁鑽的問題，助理遇到不確定的事情時，會直接說不知道，並請讀者到櫃檯詢問館員。
館長說，比起說錯，她更希望助理誠實。試用期到年底為止，歡迎讀者到網站留下意見。
~ 轉寄給朋友
~ 加入我們的 Facebook 粉絲專頁
~ 如果您不想再收到本電子報，請按此取消訂閱。
~ 發行單位：書香社區協會
~ 客服信箱：service@example.org.tw
~ 地址：台中市西區民生路 100 號
~ Copyright © 2026 書香社區協會 版權所有
