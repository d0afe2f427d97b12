site: Hacker News (news.ycombinator.com)
kind: hn-thread
archive_kind: forum-thread
language: en
note: HN item page - header bar, the Ask HN title, the points/by/time/comments line (metadata, mixes author with votes and times), the post text, each comment's 'user N hours ago | parent | next [–]' line as metadata, 'reply' links as chrome, a numbers line the commenter wrote, a quoted line starting with '>' and a bare 'ok' reply that must stay, footer links and search
---
~ Hacker News new | past | comments | ask | show | jobs | submit login
= Ask HN: Do you give your coding assistant a personality?
@ 141 points by tallowcandle 6 hours ago | hide | past | favorite | 87 comments
I've noticed I get better answers when I ask my assistant to act like a patient senior engineer instead of using the default tone.
Is that a real effect or am I just reading my own mood into it? Curious how others set this up.
~ reply
@ marrowbone 5 hours ago | next [–]
I ran a tiny test last month: same 20 bug reports, two system prompts, counted the fixes that passed tests on the first try.
default: 11/20, "patient senior engineer": 13/20
Two extra passes on twenty is noise until someone runs it at a bigger scale.
~ reply
@ quietfjord 5 hours ago | parent | next [–]
> Two extra passes on twenty is noise
Agreed, but the answers were also shorter, which for me is the actual win.
~ reply
@ tallowcandle 4 hours ago | root | parent | next [–]
ok
~ reply
@ ferrous_wheel 3 hours ago | prev | next [–]
I give it no personality at all and ask it to say when it's guessing. That single instruction changed more than any persona did.
~ reply
~ Guidelines | FAQ | Lists | API | Security | Legal | Apply to YC | Contact
~ Search:
