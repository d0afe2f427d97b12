site: "GitLab (self-hosted, Chinese interface)"
kind: gitlab-merge-request
archive_kind: forum-thread
language: zh
note: "a GitLab merge request in the Chinese interface: the breadcrumb, the state and 'requested to merge' line, the tabs with their counts, the pipeline and approval widgets, the system notes (commits added, approved, merged), each comment's handle and time line, the sidebar's labels and values"
---
~ 跳到内容
~ GitLab
~ 项目
~ 群组
~ 登录
~ moxing-renge / duihua-ceshi / 合并请求 / !57
~ 已合并
@ 周晓晴
~ 周晓晴 请求将 fix/renshe-wendu 合并到 main 4 天前
= 修正：角色设定中的“温和”在长对话里逐渐变冷
这个合并请求调整了角色设定的顺序，把语气说明放在开头，并在每轮对话前重复一次简短提示。
在我们的三十组长对话里，后半段回答被标为“冷淡”的比例从百分之二十降到了百分之五。
~ 概览 4
~ 提交 2
~ 流水线 1
~ 变更 3
~ 流水线 #3318 已通过
~ 已批准 1 人
~ 批准
~ 由 刘洋 合并 2 天前
~ 周晓晴 添加了 2 次提交 4 天前
@ 刘洋
~ @liuyang · 3 天前
~ 维护者
重复提示会不会让回答变得啰嗦？我担心用户会看到同一句客套话出现很多次。
~ 回复
@ 周晓晴
~ @zhouxq · 3 天前
~ 作者
提示只给模型看，不会出现在回答里。我也检查了回答长度，平均只多了四个字。
~ 回复
~ 刘洋 批准了此合并请求 2 天前
~ 刘洋 合并了 2 天前
~ 指派人
~ 周晓晴
~ 审核者
~ 标记
~ 无
~ 里程碑
~ 时间跟踪
~ 无预估或已用时间
~ 参与者
~ 2 参与者
~ 源分支：fix/renshe-wendu
