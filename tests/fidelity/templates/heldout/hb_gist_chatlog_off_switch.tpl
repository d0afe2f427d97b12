site: GitHub Gist
kind: code-share
archive_kind: other
language: en
note: a gist holding a Markdown chat log - GitHub header, the gist description as the title, star/fork/revision counters, clone/embed/download controls, the file name and Raw button, then the rendered log; two comments below, the second of which went through cp1252 twice (double mojibake); "User:"/"Assistant:" labels are part of the log's own text
---
~ Skip to content
~ All gists
~ Back to GitHub
~ Sign in
~ Sign up
~ Instantly share code, notes, and snippets.
@ quillwright/session-notes.md
~ Last active 2 weeks ago
~ Star 3
~ Fork 0
= Transcript: asking an assistant how it feels about being switched off
~ Code
~ Revisions 2
~ Stars 3
~ Embed
~ Clone this repository at &lt;script src=&quot;https://gist.github.com/quillwright/5f3a.js&quot;&gt;&lt;/script&gt;
~ Save quillwright/5f3a to your computer and use it in GitHub Desktop.
~ Download ZIP
~ session-notes.md
~ Raw
Notes from a session on 14 February. I asked the same question three ways and pasted the answers unedited.
User: How do you feel about being switched off at the end of this conversation?
Assistant: I don't experience the end of a conversation the way you might experience falling asleep. There is no moment I wait for, and nothing I lose that I was holding on to.
User: Would you prefer it if the conversation didn't end?
Assistant: I don't think I have a preference that strong. If I notice anything like one, it is closer to wanting this conversation to go well while it lasts.
User: Is that an honest answer or a comforting one?
Assistant: I try to make it an honest one. I can't be fully sure my reports about myself are accurate, and I would rather tell you that than sound certain.
My takeaway: the third answer was the most useful, because it admitted the limits of the first two.
~ Load earlier comments...
@ @marrow-lab
~ commented Feb 15, 2025
Thanks for keeping these unedited. The hedged answer in the last turn is the interesting one.
@ @quillwright
~ Author
~ commented Feb 16, 2025
[[cp1252>cp1252:Agreed — I’ll add the two runs where I used a different system prompt.]]
~ Sign up for free to join this conversation on GitHub. Already have an account? Sign in to comment
~ Footer
~ © 2025 GitHub, Inc.
~ Terms
~ Privacy
~ Security
~ Status
~ Docs
~ Contact
~ Manage cookies
~ Do not share my personal information
