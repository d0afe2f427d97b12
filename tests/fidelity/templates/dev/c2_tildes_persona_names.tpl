site: Tildes (tildes.net)
kind: forum-thread
archive_kind: forum-thread
language: en
note: Tildes prints the group, the topic's tags and a vote button above the text, and "Reply", "Link", "Bookmark" and "Exemplary" under every comment; one comment mentions the same words in prose
---
~ Skip to main content
~ Tildes
~ ~tech
~ Log in
~ Sign up
= Should a chat assistant keep the same name across every product it ships in?
@ Posted by fernhollow
~ Tags:
~ ai
~ language models
~ design
~ 14 votes
~ 27 comments
I keep running into the same assistant under four different names, depending on which app I open. The underlying model is clearly the same, and so is the tone, but the branding changes.
Does a stable name help people understand what they are talking to, or does it just make one company's product feel like a person?
~ Bookmark
~ Link
~ Reply
@ quietbirch
A name is a handle, not a soul. I would rather each product told me plainly which model sits underneath and what it was told to do.
~ 9 votes
~ Link
~ Reply
~ Bookmark
~ Exemplary
@ fernhollow
Fair, but the handle shapes how people write to it. Users are gentler with something that has a first name.
~ 4 votes
~ Link
~ Reply
~ Bookmark
~ Exemplary
@ tallowmere
I run a support desk, and our assistant got a name last spring. The tickets changed overnight: people started thanking it, and a few started arguing with it as if it were a colleague who had made a mistake.
I would not call that bad. I would call it something we should measure before we decide.
~ 12 votes
~ Link
~ Reply
~ Bookmark
~ Exemplary
@ marrowfield
Bookmark this thread for the next time someone says branding is neutral. The reply button does not care what you call the bot, but the people pressing it do.
~ 3 votes
~ Link
~ Reply
~ Bookmark
~ Exemplary
~ Back to top
~ Tildes is a non-profit community site.
~ Donate
~ Docs
~ Code
~ Contact
~ Privacy policy
~ Terms of use
