site: Chinese city news site (江城晚报网)
kind: news-article
archive_kind: article
language: zh
note: "the site's name, the channel and a kicker line of nine characters right above the headline; the source and date under the headline"
---
~ 江城晚报网
~ 科技频道
~ 人工智能与城市服务
= 市民热线机器人学会说“我不确定”，投诉量明显下降
~ 2025-03-12 09:30 来源：江城晚报
今年起，市民热线的智能客服在不确定答案时会直接说明，并转接人工座席。
工作人员介绍，过去机器人常常给出错误的办事时间，市民反复来电。调整之后，重复来电减少了将近三成。
~ 责任编辑：王敏
~ 分享到
