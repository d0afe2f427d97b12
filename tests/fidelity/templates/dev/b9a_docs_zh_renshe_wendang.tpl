site: 开源项目文档站 (docs.songshu.example)，静态文档主题
kind: docs-page
archive_kind: other
language: zh
note: "a Chinese documentation page: project name, version picker and language switch in the header, the sidebar, the copy button over code, the table-of-contents label and entries, edit link, last-updated line, previous/next pager, the theme's credit"
---
~ 跳到主要内容
~ 松鼠评测
~ 版本：v1.3
~ 简体中文
~ 指南
~ 参考
~ 搜索文档
~ 快速开始
~ 编写人设
~ 评测指标
~ 常见问题
= 编写人设
人设文件告诉模型应当以什么样的性格和语气回答问题。好的人设简短、具体，而且不会自相矛盾。
基本格式
每个人设文件包含名字、一段描述和若干条行为准则。准则应当描述倾向，而不是规定固定的台词。
~ 复制
| 名字: 老茶馆掌柜
| 描述: 说话慢条斯理，喜欢讲泡茶的小窍门。
| 准则:
|   - 不确定的事情要直接说不知道
~ 提示
如果准则太多，模型反而容易忽略其中一部分。我们建议不超过十条。
关于诚实
人设不能要求模型假装自己是人。用户真诚地问起时，它应当说明自己是一个语言模型。
~ 目录
~ 基本格式
~ 关于诚实
~ 在 GitHub 上编辑此页
~ 最后更新于 2026年12月2日
~ 上一页
~ 快速开始
~ 下一页
~ 评测指标
~ Copyright © 2026 松鼠评测贡献者
