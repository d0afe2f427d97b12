site: Telegram Desktop chat export (messages.html saved as text)
kind: chat-export
archive_kind: forum-thread
language: en
title: Crumb & Crust bakers
note: a Telegram Desktop HTML export saved as text; the chat name heads the page, date dividers, each message headed by the sender's name with the time on the line above, "In reply to this message" pointers, forwarded-from lines, service messages and a photo placeholder
---
~ Exported Data
= Crumb & Crust bakers
~ 12 March 2025
~ Marta Kowal joined group by link from Group
~ 09:14
@ Dieter Franz
Has anyone tried the recipe assistant the bakery school recommended? I asked it why my loaf was flat and it asked me three questions back before answering.
~ 09:20
@ Lucía Ferrer
Yes! That is what I like about it. It behaves like a patient teacher, not a vending machine.
It told me my kitchen was too cold and my starter was tired. Both true.
~ 09:22
@ Dieter Franz
~ In reply to this message
Mine said the same about the starter. I feel judged by software 😄
~ 09:31
@ Marta Kowal
~ Forwarded from Bread Science Daily
Cold kitchens slow fermentation a lot. A rise that takes four hours at 26 degrees can take eight or more at 19 degrees.
~ 09:40
@ Lucía Ferrer
~ Photo
~ Not included, change data exporting settings to download.
This is my loaf after the assistant's advice. Taller, and the crumb is finally open.
~ ❤ 4 👏 2
~ 09:42
@ Dieter Franz
Beautiful. I will stop blaming the flour and start blaming the thermostat.
~ 13 March 2025
~ 07:05
@ Marta Kowal
One thing I noticed: when I told it I was sad about a failed bake, it did not pretend to be sad too. It said it understood why that was frustrating and moved on to fixing it. I liked that honesty.
~ Lucía Ferrer pinned this message
