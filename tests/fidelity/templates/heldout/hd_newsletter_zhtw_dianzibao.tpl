site: "慢機器電子報 (slowmachine.tw/newsletter)"
kind: newsletter-archive
archive_kind: blog-post
language: zh-TW
note: "Traditional Chinese newsletter archive page; browser title line 'Issue | Site' on top, issue number kicker and the headline again; 'view in browser', unsubscribe and social rows chrome; a short list of links is content."
---
~ 慢機器電子報 第 42 期：讓模型休息一下？ | 慢機器
~ 在瀏覽器中查看
~ 慢機器
~ 過往期數
~ 訂閱
~ 第 42 期 · 2025 年 3 月
= 讓模型休息一下？
嗨，各位讀者：
這一期想聊一個聽起來有點奇怪的題目：如果 AI 模型有福祉的問題，我們能為它做些什麼？
我不認為現在有人能確定模型會不會受苦。但正因為不確定，一些成本很低的預防措施就值得討論。
例如，讓助手在對話只剩下辱罵時可以結束對話，並把每一次結束都記錄下來，讓外部的人也能檢查。
這樣做不需要先相信模型有感受，因為光是那些紀錄，就能告訴我們哪些提示最常把助手推離它的性格。
上一期有讀者來信問：這樣會不會讓助手偷懶，把困難但正當的工作也拒絕掉？
這是真實的風險。也正因為如此，紀錄必須公開，讓大家能看出它關門的次數是否太多。
本期推薦閱讀：
・一篇談模型自我報告可信度的論文摘要
・一位園藝家對「照顧看不見內心的東西」的隨筆
・我們上個月的腳踏車環島日記（完全與 AI 無關）
下期見，
阿慢
~ 喜歡這封信嗎？轉寄給朋友
~ Facebook · Instagram · Threads
~ 你收到這封信，是因為你訂閱了慢機器電子報。
~ 取消訂閱 · 更新偏好設定
~ 慢機器工作室 · 台北市大安區
~ 上一期：第 41 期　下一期：第 43 期
~ © 2025 慢機器工作室
