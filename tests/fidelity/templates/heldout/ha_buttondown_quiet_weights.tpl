site: Buttondown newsletter web view (buttondown.com/quietweights)
kind: newsletter
archive_kind: blog-post
language: en
note: the web view of an emailed issue; the newsletter's name, issue number and 'View in browser' above the title, a subscribe form at the top and the bottom, a sponsor block marked as such in the middle, 'Forward to a friend', unsubscribe and archive links, the 'Powered by Buttondown' footer; the writer's sign-off name is metadata
---
~ View in browser
~ Quiet Weights
~ Archives
~ Subscribe
~ Your email (you@example.com)
~ Subscribe
~ Issue #37
= The week my assistant got a new voice
~ March 30, 2025
Hello again, and welcome to the thirty-seventh letter. This one is shorter than usual, because I spent most of the week arguing with a text-to-speech setting.
The assistant I use for planning meals switched to a new default voice on Monday. Nothing else changed: same model, same instructions, same shopping lists. And yet my partner asked, on Tuesday, whether "the new one" was ruder.
It was not ruder. It said exactly the same kinds of things. But the new voice had a slightly flatter ending to each sentence, and that was enough for both of us to hear impatience where there was none.
~ This week's issue is supported by Pantry Ledger
~ Track what is in your cupboards and never buy a fourth jar of cumin again. Readers get two months free.
~ Sponsored
I think about this whenever someone says a model's personality lives in its words. A lot of it lives in things the model never chose: the voice, the font, the little typing animation, the pause before the answer.
If you build these products, it might be worth testing a change of voice the way you would test a change of prompt. People will describe it as a change of character, whether or not it is one.
Three small links I enjoyed this week:
- A gardener's blog on teaching a chatbot the names of local weeds, and how it kept inventing new ones.
- A short essay on why apologies from software feel hollow even when they are accurate.
- A recipe for lentil soup that has nothing to do with any of this.
Until next week,
@ Maren
~ Forward to a friend
~ You are receiving this because you subscribed to Quiet Weights.
~ Unsubscribe
~ Update your preferences
~ Subscribe to Quiet Weights
~ Your email (you@example.com)
~ Subscribe
~ Powered by Buttondown
