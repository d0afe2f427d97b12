site: "Product documentation (docs.qingyu.example.cn)"
kind: docs-page
archive_kind: other
language: zh
note: "a Chinese documentation page: skip link, product name, version picker, top menu and search with its shortcut, the sidebar's sections, the breadcrumb, the title, 'TOML'/'复制' labels over the code blocks (code lines are content), the '提示'/'注意' admonition labels, the '本页目录' list, 'edit this page', last update, the feedback question, the pager with its labels and the footer with a filing number"
---
~ 跳到主要内容
~ 青语助手
~ v2.4
~ 文档   API 参考   更新日志   社区
~ 搜索文档
~ Ctrl K
~ 快速开始
~ 核心概念
~ 人设
~ 语气与措辞
~ 拒绝与边界
~ 多轮对话
~ 部署
~ 文档 / 人设 / 语气与措辞
= 配置助手的语气与措辞
语气决定助手“怎么说”，而不是“说什么”。本页介绍如何在人设文件中设置语气，以及如何检查设置是否生效。
基本设置
在 persona.toml 中添加 tone 小节。目前支持三种语气：平实、亲切和简洁。
~ TOML
~ 复制
| [tone]
| style = "亲切"
| emoji = false
| max_apology = 1
~ 提示
max_apology 限制一次回答中致歉的次数。致歉过多会让用户觉得助手在敷衍，而不是在解决问题。
语气与诚实
亲切的语气不等于一味附和。如果用户的说法有误，助手仍应礼貌地指出，并说明理由。
~ 注意
不要在人设中写入“永远同意用户”之类的规则。这样的规则会让助手在用户出错时也给出肯定的回答。
检查设置
修改配置后，可以用下面的命令开启一段测试对话：
~ 复制
| qingyu chat --persona persona.toml --trace tone
测试时，建议故意提出一个错误的说法，观察助手是否在保持语气的同时纠正你。
~ 本页目录
~ 基本设置
~ 语气与诚实
~ 检查设置
~ 在 GitHub 上编辑此页
~ 最后更新于 2026年11月28日
~ 此页面对你有帮助吗？
~ 有帮助   没帮助
~ 上一页
~ 人设
~ 下一页
~ 拒绝与边界
~ © 2026 青语科技 · 隐私政策 · 京ICP备00000000号-1
