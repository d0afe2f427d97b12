site: Chinese Q&A site (Zhihu-style, zhihu.example.cn)
kind: qa-answer
archive_kind: forum-thread
language: zh
note: a single answer page - question with topic tags and follower/view counters, the answerer's name and tagline, the vote count, the "编辑于 … IP 属地" line, the action row, and two comments; the second comment was stored through a gbk decode of UTF-8 (bytes gbk cannot pair are dropped)
---
~ 首页
~ 知乎直答
~ 会员
~ 发现
~ 等你来答
~ 登录/注册
~ 人工智能
~ 大语言模型
~ 心理学
= 为什么有些 AI 助手说话像客服，有些却像朋友？
~ 关注者
~ 1,204
~ 被浏览
~ 386,512
~ 关注问题
~ 写回答
~ 邀请回答
~ 好问题 37
~ 添加评论
~ 分享
~ 查看全部 89 个回答
@ 陈默
~ 认知科学研究生，关注人机交互
~ 1,563 人赞同了该回答
这个问题本质上是在问：助手的“性格”是从哪里来的。
第一，来自训练数据。模型读过大量的客服对话，也读过大量朋友之间的聊天，它会根据提问的方式，自动靠近其中一种风格。
第二，来自开发者的设定。很多公司会给模型写一段系统提示，规定它要礼貌、简洁、不开玩笑，于是听起来就像客服。
第三，来自你自己。你用什么语气提问，它往往就用什么语气回答。你试试用很随意的口吻问同一个问题，差别会很明显。
所以与其说它“有”性格，不如说它在每一次对话里临时拼出一个性格。
~ 编辑于 2025-01-03 21:14・IP 属地上海
~ 赞同 1563
~ 52 条评论
~ 分享
~ 收藏
~ 喜欢
~ 收起
~ 默认
~ 最新
@ 小林不加班
~ 01-04 · 浙江
“临时拼出一个性格”这个说法太准确了。
~ 回复
~ 208
@ 半杯凉茶
~ 01-05 · 北京
[[gbk:那它记住我之后，性格会不会就固定下来了？]]
~ 回复
~ 41
~ 点击查看全部评论
~ 写下你的评论...
~ 下一个回答
~ 帮助中心
~ 知乎隐私保护指引
~ 京 ICP 证 000000 号
