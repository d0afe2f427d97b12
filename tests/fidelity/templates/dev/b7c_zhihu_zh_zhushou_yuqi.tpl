site: "知乎 (zhihu.com)"
kind: q-and-a
archive_kind: forum-thread
language: zh
note: "a Zhihu question in the newer layout: the question's buttons and figures one a line, each answer's author headline and follow button over the vote count, the answer's date and IP region, its buttons one a line (zero-width spaces before them), the comment section with its sort tabs, each comment's date and region and buttons, and the footer's links"
---
~ 首页
~ 知乎知学堂
~ 发现
~ 等你来答
~ 登录/注册
~ 人工智能
~ 聊天机器人
= 为什么聊天助手说话总是那么客气？
有时候我只想要一个直接的答案，它却先说一大段客套话。这是故意设计的吗？
~ 关注问题
~ 写回答
~ 邀请回答
~ 好问题 8
~ 添加评论
~ 分享
~ 关注者
~ 214
~ 被浏览
~ 58,903
~ 查看全部 23 个回答
@ 陈木木
~ 做对话系统的产品经理
~ 关注
~ 156 人赞同了该回答
客气是默认设置，不是性格。训练时，礼貌的回答很少被评为差评，所以模型慢慢学会了多说几句好听的。
如果你希望它直接一点，可以在对话开头说明：请直接给结论，不需要客套。大多数助手会照做。
~ 发布于 2026-12-02 20:41
~ ・IP 属地浙江
~ ​赞同 156
~ ​12 条评论
~ ​分享
~ ​收藏
~ ​喜欢
~ 收起
~ 12 条评论
~ 默认
~ 最新
@ 小鹿乱撞
我试了，确实有用，不过过几轮又变回去了。
~ 12-03 · 广东
~ 回复
~ 赞 9
@ 陈木木
那就在设置里的自定义指令写上，比每次提醒更稳定。
~ 12-03 · 浙江
~ 回复
~ 赞 4
~ 写下你的评论...
~ 下载知乎App
~ 知乎指南
~ 知乎协议
~ 知乎隐私保护指引
~ 侵权举报
~ 网上有害信息举报专区
~ 京ICP证110745号
