site: Chinese tech forum (V2EX-style)
kind: forum-thread
language: zh
note: a V2EX-style topic with node breadcrumb, the author/click/time row, numbered replies headed by the author and time with heart counts, and the sidebar login box
---
~ V2EX
~ 首页
~ 注册
~ 登录
~ V2EX › 问与答
= 大家觉得 AI 助手应该有固定的性格吗？
@ xiaoyu_cat · 3 天前 · 1024 次点击
最近在给公司的客服机器人写提示词，老板希望它“有温度”，但又怕它说错话。
我的问题是：一个助手如果每次回答的语气都不一样，用户会不会觉得不可靠？还是说稍微有点变化反而更像人？
~ 18 条回复 • 2026-02-11 21:04:33 +08:00
@ 1 lanshan_dev 3 天前
我觉得语气可以变，但价值观不能变。用户能接受它今天活泼明天严肃，接受不了它今天说可以、明天说不行。
~ ❤️ 12
@ 2 moyu2026 3 天前
我们做过 A/B 测试。固定性格那一组的满意度略高，主要是因为回答更可预测。
不过差距不大，样本也不多，仅供参考。
@ 3 xiaoyu_cat 3 天前
@moyu2026 谢谢！请问你们的“固定性格”是写在系统提示里，还是做了微调？
@ 4 moyu2026 2 天前
只是系统提示，大概三百字。重点是写清楚它不知道答案时该怎么说。
~ ❤️ 5
~ 添加一条新回复
~ 请尽量让自己的回复能够对别人有帮助
~ 回复
~ 关于 · 帮助文档 · 博客 · API · FAQ
~ 创意工作者们的社区
