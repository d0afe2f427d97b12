site: Taiwanese news site (traditional Chinese)
kind: news-article
archive_kind: article
language: zh
note: "a breadcrumb with '>', the headline, then the reporter's byline with the place and the date and time; share buttons and related news after"
---
~ 首頁
~ 即時
~ 政治
~ 科技
~ 生活
~ 登入
~ 首頁 > 科技 > AI
= 圖書館AI客服學會說「不知道」 讀者滿意度提升
~ 記者林怡君／台中報導
~ 2025/03/04 08:15
台中市立圖書館去年啟用的AI客服，過去遇到不確定的問題時，常常仍會給出答案，導致部分讀者收到錯誤資訊。
館方近日調整設定，讓AI在沒有把握時直接說明，並轉由館員協助。館方表示，調整後的抱怨件數明顯減少。
~ 分享
~ 相關新聞
