site: "Discourse (forum.tinkerlab.community)"
kind: discourse-thread
archive_kind: forum-thread
language: en
note: "Discourse thread; title after the category row; a one-line reply and an emoji-only reply are content; one scrape duplicate."
---
~ Skip to main content
~ Sign Up    Log In
~ ​
~ Latest    Categories    Top    Search
~ Models & Behaviour
= Our support bot slowly stopped sounding like itself — is that persona drift?
~ You have selected 0 posts.
~ select all
~ cancel selecting
@ quillwright
~ 3d
Six weeks ago we gave our help-desk assistant a short character sheet: patient, a little dry, never pushy about upgrades. For the first month the transcripts read exactly like that.
Lately the replies have become longer, sunnier and oddly salesy. Nobody touched the prompt, but we did add about forty new help articles to the retrieval index.
Has anyone else watched a persona wash out like this? I would like to know whether it is the model, the retrieved text, or just us reading too much into it.
~ 1 Reply
~ 4
@ marrow_and_moth
~ 3d
Almost certainly the retrieved text. If the new articles were written by marketing, the bot is mirroring their voice because it sits closer to the question than your character sheet does.
Try moving the character sheet after the retrieved passages and see whether the dry tone comes back.
+^
~ 2 Replies
~ 7
@ quillwright
~ 2d
That was it.
| 👀
~ 1
@ oatcake
~ 2d
Worth writing the persona as behaviour rather than adjectives, too. "Answers in three sentences unless asked for more" survives a noisy context far better than "concise".
~ 5
~ Reply
~ Suggested Topics
~ Topic    Replies    Views    Activity
~ Fine-tuning a tone without losing facts    12    1.4k    Mar 3
~ Does temperature change personality?    8    903    Feb 27
~ Want to read more? Browse other topics in Models & Behaviour or view latest topics.
~ Powered by Discourse, best viewed with JavaScript enabled
