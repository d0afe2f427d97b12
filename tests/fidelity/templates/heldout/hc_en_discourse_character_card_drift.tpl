site: Discourse forum (a roleplay-bot builders' community)
kind: forum-thread
archive_kind: forum-thread
language: en
note: Discourse topic as scraped - skip link, site header, category and tags, the topic title, each post's username as metadata with date and like counters as chrome, a quote block with the quoted user's name line (metadata) and a quoted line starting with '>', a sentence containing 'Reply' and 'Share' (menu words) that must stay, a one-word 'Thanks!' reply, the reply controls, the related-topics table and the Discourse credit
---
~ Skip to main content
~ Bot Builders Commons
~ Log In Sign Up
= Character card slowly loses its voice over long chats
~ Help & Troubleshooting
~ character-cards long-context
@ wrenfield
~ Dec 1
My bot is a grumpy lighthouse keeper who speaks in short sentences and hates fog.
For the first forty messages it's perfect. Around message sixty it starts writing cheerful paragraphs with bullet points.
Is there a known fix, or do I just restart the chat?
~ 3 Likes
@ Ottoline_P
~ Dec 1
@ wrenfield:
> Around message sixty it starts writing cheerful paragraphs
That's the card being pushed out of the model's attention by the conversation itself. Add a short reminder of the voice every so often.
I usually hit Reply, paste a two-line note like "Keep speaking as the keeper: short, dry, tired of fog," and then Share the updated card with the group so others can test it.
~ 5 Likes
@ wrenfield
~ Dec 2
Thanks!
~ 1 Like
~ Reply
~ Related topics
~ Topic Replies Views Activity
~ Bot forgets its own name after a restart 4 212 Nov 2026
~ Best way to write example dialogue? 11 988 Oct 2026
~ Powered by Discourse, best viewed with JavaScript enabled
