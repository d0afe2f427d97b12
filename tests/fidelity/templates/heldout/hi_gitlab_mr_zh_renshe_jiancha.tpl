site: "GitLab instance (git.moxing-shiyanshi.example.cn)"
kind: gitlab-merge-request
archive_kind: forum-thread
note: "GitLab merge request in Chinese: breadcrumb, status, tabs with counters, the pipeline and approval widgets, system notes (\"添加了 1 个提交\"), the sidebar and the footer are chrome; the description (with a heading and checklist items) and the review comments are content; each comment's author line is metadata."
language: zh
---
~ 跳到主要内容
~ 菜单 搜索 GitLab 登录
~ 模型实验室 / persona-toolkit / 合并请求 / !142
= 新增人设一致性检查：同一问题多种问法的回答对比
~ 已合并
~ 林晓 请求将 feature/persona-check 合并到 main
~ 概览 9 提交 4 流水线 3 变更 6
这个合并请求给评测脚本加了一个小检查：把同一个问题换三种问法问模型，比较回答里的语气和立场是否一致。
动机是上个月有用户反馈，助手在被追问时会突然改口，前后说法矛盾。我们想在发布前就发现这种情况。
改动内容
新增 checks/consistency.py，负责生成问法变体并收集回答。
在报告里加一栏“立场变化”，只标记明显的前后矛盾，不评价措辞。
默认关闭，需要在配置里写 consistency: true 才会运行。
测试
在二十个常见问题上跑过一遍，发现两处真正的矛盾，都和退款政策有关。
~ 流水线 #8812 已通过，用时 6 分 12 秒
~ 已获得 2 人批准
~ 由 王磊 于 2026-12-03 合并
~ 林晓 添加了 1 个提交 5 天前
@ 王磊
~ 5 天前
思路很好。问法变体是手写的还是让模型自己生成？如果是模型生成，可能会把问题本身改掉。
~ 回复
@ 林晓
~ 5 天前
目前是手写模板，三种：直接问、带情绪地问、假装已经知道答案地问。模型生成的版本我想放到下一个合并请求里。
@ 周敏
~ 4 天前
建议报告里也记下“拒绝”的次数。有时候助手不是改口，而是一种问法回答了，另一种问法拒绝了，这也算不一致。
@ 林晓
~ 4 天前
有道理，已经加上了。
~ 林晓 添加了 1 个提交 4 天前
~ 周敏 批准了此合并请求 3 天前
~ 王磊 批准了此合并请求 3 天前
~ 指派人 林晓
~ 审核者 王磊 周敏
~ 标签 评测 人设
~ 里程碑 v0.6
~ 参与者 3
~ 帮助 关于 GitLab
