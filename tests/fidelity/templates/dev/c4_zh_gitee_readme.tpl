site: Gitee repository page (Chinese code host, README with repo chrome)
kind: code-share
archive_kind: other
language: zh
title: 人设评测工具
note: 'a Gitee-like repository page: top nav, login/register, owner/name, watch/star/fork with counts, tabs with counts, branch/tag counts, clone button, file list with commit lines, the README, then the sidebar (intro, licence, languages with percentages, releases, contributors) and the footer with ICP number and copyright. The README holds a one-line "注意：" sentence and a numbered list, and "暂无" is not in it.'
---
~ 开源
~ 企业版
~ 高校版
~ 搜索
~ 登录
~ 注册
~ 林晓 / 人设评测工具
~ Watch 12
~ Star 88
~ Fork 9
~ 代码
~ Issues 3
~ Pull Requests 0
~ Wiki
~ 统计
~ 流水线
~ 服务
~ master
~ 分支 2
~ 标签 1
~ 克隆/下载
~ 提交 56
~ src
~ docs
~ README.md
~ LICENSE
~ 3个月前
= 人设评测工具
这个工具用来检查对话模型在长对话中是否保持设定的人设。它会按照脚本进行多轮对话，并给每一轮回复打分。
使用方法
1. 编写人设文件
2. 准备测试脚本
3. 运行评测并查看报告
注意：分数只在同一个模型的不同版本之间有可比性。
欢迎提交问题和改进建议。
~ 简介
~ 长对话人设稳定性评测
~ 软件许可证
~ Apache-2.0
~ 使用 Apache-2.0 开源许可协议
~ 发行版 (2)
~ 全部
~ 贡献者 (4)
~ 全部
~ 近期动态
~ 语言
~ Python 91.2%
~ Shell 8.8%
~ 评论 (0)
~ 关于我们
~ 加入我们
~ 使用条款
~ 意见建议
~ 合作伙伴
~ ©开源中国 All rights reserved
~ 粤ICP备12009483号
