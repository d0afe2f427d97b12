site: Stack Exchange (AI)
kind: q-and-a
archive_kind: forum-thread
language: en
---
~ Stack Exchange Network
~ Log in
~ Sign up
~ Artificial Intelligence
= Why does the model's personality change when I switch languages?
~ Ask Question
~ Asked 1 year, 2 months ago
~ Modified 11 months ago
~ Viewed 2k times
~ 14
I use the same assistant in English and in German. In English it is chatty and uses lots of hedges. In German it is noticeably more direct and formal. Same model, same system prompt, translated.
Is this a known effect, and where does it come from?
~ large-language-models
~ personality
~ multilingual
~ Share
~ Improve this question
~ Follow
~ asked Feb 3, 2024 at 10:17
@ lukas_w
~ 1 Answer
~ Sorted by:
~ Highest score (default)
~ 11
It is a known effect. The model's "personality" is learned from its training data, and the data in each language comes from different sources with different conventions.
German web text has a larger share of formal registers, such as news, documentation and official writing, relative to casual chat. So the model's default German voice leans formal.
Your translated system prompt also carries the register of the translation. If it uses the formal "Sie", the model takes that as a strong cue.
You can usually narrow the gap by writing the German prompt natively rather than translating it, and by stating the tone you want explicitly.
~ Share
~ Improve this answer
~ Follow
~ answered Feb 4, 2024 at 8:52
@ marta.kv
~ 2
That explains why the formal "Sie" made it worse. Thanks! – lukas_w Feb 4, 2024 at 12:30
~ Add a comment
~ Your Answer
~ Post as a guest
~ Required, kept private
~ Posting an answer means accepting the site's terms and privacy policy.
~ Hot Network Questions
