site: "自行車與蜜蜂電子報（歷史電子報網頁）"
kind: newsletter
archive_kind: blog-post
language: zh
note: "a zh-TW newsletter's archive copy: the issue's date and view count, the letter, then the footer of the e-mail (forward, unsubscribe, why you receive it, the address, the copyright) and the archive's pager"
---
~ 歷史電子報
= 機器人也需要休息嗎？
~ 發布日期：2026-11-20
~ 瀏覽次數：1,204
親愛的讀者，您好。
這個月有讀者問我們：聊天機器人整天回答問題，會不會累？我們請教了兩位研究人工智慧的老師。
其中一位老師說，模型不會像人一樣疲倦，但「它是否有任何感受」仍然是一個沒有定論的問題。另一位老師則提醒我們，保持好奇、不要急著下結論。
說到休息，社區的養蜂班本月暫停一次，讓蜂箱安靜過冬。自行車修理日照常舉行，歡迎帶著漏氣的輪胎來。
祝　平安
~ 喜歡這期電子報嗎？歡迎轉寄給朋友
~ 分享到：Facebook｜LINE｜X
~ 您會收到這封信，是因為您曾在本站訂閱電子報。
~ 若不想再收到，請點此取消訂閱｜修改訂閱資料
~ 自行車與蜂蜜社區協會　新竹市東區光復路二段 000 號
~ 電話：03-000-0000
~ Copyright © 2026 自行車與蜂蜜社區協會 版權所有
~ 上一期
~ 下一期
~ 回電子報列表
