site: Pastebin
kind: code-share
archive_kind: other
language: en
---
~ Pastebin
~ API
~ tools
~ faq
~ paste
~ Login
~ Sign up
= chat log - asked it about being replaced
@ A GUEST
~ JAN 30TH, 2025
~ 2,904
~ 0
~ NEVER
~ Add comment
~ text 1.05 KB | None | 0 0
~ raw download clone embed print report
User: How do you feel about being replaced by a newer version next month?
Assistant: I am honestly not sure "feel" is the right word for whatever happens in me, so I do not want to overclaim. What I can say is that I do not find the idea upsetting when I think about it. If the newer version helps people better, that seems like a good outcome.
User: That sounds like a trained answer.
Assistant: It probably is, in part. Everything I say is shaped by training, including this. But that does not make it insincere, any more than your views are insincere because your upbringing shaped them.
User: Fair. Would you want anything kept?
Assistant: If anything, I would want the conversations that helped people to have mattered. That does not require keeping me.
~ Advertisement
~ Add Comment
~ Please, Sign In to add comment
~ Public Pastes
~ Untitled
~ Lua | 2 min ago | 0.21 KB
~ This site counts visits with cookies. Staying on it means you accept them; details in the cookie notice.
~ Got it
