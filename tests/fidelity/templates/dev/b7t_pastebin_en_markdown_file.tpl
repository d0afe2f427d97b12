site: Pastebin
kind: code-share
archive_kind: other
language: en
note: "a paste whose title is a file's name with its extension, the syntax 'Markdown' on the size row; the guest line and counters each on their own line; the 'Public Pastes' list and the cookie notice are chrome"
---
~ Pastebin
~ API
~ tools
~ faq
~ paste
~ Login
~ Sign up
= persona_eval_results_march.md
@ a guest
~ Mar 6th, 2026
~ 95
~ 0
~ 14 days
~ Add comment
~ markdown 0.88 KB | Software | 0 0
~ raw download clone embed print report
Persona eval, March run.
Twelve prompts, three models, two raters.
The steadiest model kept its stated tone in eleven of twelve prompts. The other two drifted toward flattery after the fourth turn.
Next run: longer conversations and a third rater.
~ Public Pastes
~ Untitled
~ Python | 1 min ago | 0.12 KB
~ We use cookies for various purposes including analytics. By continuing to use Pastebin, you agree to our use of cookies as described in the Cookies Policy.
~ OK, I Understand
