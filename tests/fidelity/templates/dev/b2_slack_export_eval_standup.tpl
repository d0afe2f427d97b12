site: "Slack (channel export, #persona-evals)"
kind: "chat-export"
archive_kind: "social-thread"
language: "en"
note: "Slack export with thread replies; no title; 'N replies' and 'Last reply' chrome; a one-line 'Same here.' and a number table line are content."
---
~ #persona-evals
~ Channel details · 14 members
~ Today
@ Dana Whitcombe  9:14 AM
Morning all, quick update on the character consistency run from last night.
The new system prompt held the assistant's tone steady in 92 of 100 long conversations.
run | consistent | drifted | refused
v3 | 92 | 6 | 2
The two refusals were both about medical dosage questions, which is what we wanted.
~ :tada: 3  :eyes: 1
~ 4 replies
~ Last reply today at 9:40 AM
@ Ikenna Obi  9:20 AM
Nice, that's up from 81 last week.
Did the drifted ones share anything obvious?
@ Dana Whitcombe  9:26 AM
Mostly long cooking conversations where the user kept asking for jokes.
The assistant slowly became a stand-up comedian, which honestly was quite charming.
@ Marta Kowalczyk  9:33 AM
Same here.
I saw the comedian drift on my travel prompts too.
@ Ikenna Obi  9:40 AM
Let's add ten joke-heavy conversations to the suite so we catch it next time.
~ Also sent to the channel
@ Sam Ferreira  10:02 AM
Reminder that the bike shed meeting moved to Thursday because the room is booked.
~ :bike: 2
~ Message #persona-evals
