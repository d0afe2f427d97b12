site: Chinese Q&A forum (问答社区)
kind: forum-thread
language: zh
note: one reply was stored through a GBK decode of its UTF-8 bytes; bytes GBK cannot pair were dropped
---
~ 首页
~ 问答
~ 登录
~ 注册
= 聊天机器人应该有自己的性格吗？
@ 小林
~ 2025-01-18
我觉得有一点性格会让对话更自然，但不能太夸张。
@ 王老师
~ 2025-01-18
[[gbk:我同意。性格应该稳定，不能今天热情明天冷淡。]]
@ 路人甲
~ 2025-01-19
稳定比有趣更重要。
~ 回复
~ 举报
~ 返回顶部
