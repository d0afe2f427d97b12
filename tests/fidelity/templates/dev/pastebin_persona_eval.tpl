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
= persona consistency eval - notes
@ A GUEST
~ MAR 12TH, 2024
~ 1,318
~ 0
~ NEVER
~ Add comment
~ New here? Make an account to keep your pastes in one place.
~ text 1.92 KB | None | 0 0
~ raw download clone embed print report
persona consistency eval - notes
goal: check whether the assistant keeps the same stated values across 30 paraphrased prompts.
method: each prompt asks about one value (honesty, kindness, caution) in a different framing. two raters score each reply from 1 to 5 for agreement with the reference answer.
result: honesty was the most stable value, mean 4.6. caution was the least stable, mean 3.1, because the model treats "caution" as a dial it can turn down when the user sounds like an expert.
open question: is that a flaw or good judgement? an actual expert probably does want fewer warnings.
todo: rerun with raters who do not know which model wrote which reply.
~ Advertisement
~ Add Comment
~ Please, Sign In to add comment
~ Public Pastes
~ Untitled
~ Python | 4 min ago | 0.43 KB
~ minecraft server config
~ YAML | 9 min ago | 1.10 KB
~ Untitled
~ JavaScript | 12 min ago | 2.77 KB
~ This site counts visits with cookies. Staying on it means you accept them; details in the cookie notice.
~ Got it
