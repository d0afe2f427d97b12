site: "晨光网 (chenguang.example.cn)"
kind: news-article
archive_kind: article
language: zh
title: "社区图书馆的智能助手学会了说“我不知道”"
note: "a Chinese news article: the site's navigation, the channel label and a date-and-source line above the headline (a headline ending with a closing quotation mark), the editor line, the text, the 'responsible editor' line, a share row and related links"
---
~ 晨光网
~ 首页   新闻   科技   文化   图片
~ 科技频道
~ 2026-12-05 09:31  来源：晨光网
= 社区图书馆的智能助手学会了说“我不知道”
~ 字号：大 中 小
本月起，城东社区图书馆的智能助手在回答不出问题时，会直接告诉读者自己不知道。
馆长说，以前的助手总是给出一个听起来很肯定的答案，结果让不少读者白跑一趟。
新的设定由馆员们一起讨论写成，他们希望助手的性格是耐心而诚实的。
一位常来借书的老人说：“它说不知道的时候，我反而更相信它了。”
~ 责任编辑：王雨
~ 分享到：微信   微博   QQ空间
~ 相关新闻
~ 市图书馆试行夜间自助借还
