site: "茶與機器電子報（網頁版）"
kind: newsletter
archive_kind: blog-post
language: zh
note: "a zh-TW newsletter's web copy: the 'read online' notice, the newsletter's name, its issue line with a date, the headline, a greeting, the letter; the share, unsubscribe and address lines under it are chrome"
---
~ 若無法正常顯示此郵件，請點此以網頁瀏覽
~ 茶與機器電子報
~ 第 42 期｜2026 年 3 月 5 日
= AI 助理該不該有脾氣？
@ 文／林曉薇
各位讀者好：
這一期想聊一個讀者來信問到的問題：如果 AI 助理會拒絕你、會跟你唱反調，這算是一種脾氣嗎？
上個月我請助理幫我安排一週的泡茶練習，它建議我每天只試一種茶，不要一次比較五種。我原本想反駁，後來發現它說得有道理。
我覺得這不是脾氣，而是有原則。真正的脾氣是情緒化、前後不一；有原則的助理則是每次都用同樣的理由說「不」。
下一期我們會訪問一位設計助理語氣的工程師，歡迎把你想問的問題寄給我們。
~ 分享這封電子報：Facebook｜LINE｜轉寄給朋友
~ 你收到這封信，是因為你訂閱了茶與機器電子報。
~ 取消訂閱｜更新訂閱偏好
~ 茶與機器工作室　台北市大安區和平東路一段 00 號
