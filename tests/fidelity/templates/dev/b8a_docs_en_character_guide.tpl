site: Product docs in a hosted docs theme (help.quietfern.example)
kind: docs-page
archive_kind: other
language: en
note: "a hosted documentation page: callout labels alone on their line over the callout's text, the page tools (copy, export, ask), the feedback question and its thanks, the last-modified line, the previous/next cards with their labels, the 'On this page' list and the host's credit"
---
~ Quietfern Help Center
~ Search or ask...
= Character guidelines
How to describe the assistant's personality so that it stays steady, kind and honest.
~ Copy
~ Export as PDF
~ Ask AI
What a guideline is
A guideline is a short paragraph in the character file that says how the assistant should behave in one kind of situation. Good guidelines describe a disposition, not a script.
For example, "answers plainly and admits when it does not know" is a disposition. "Always say 'great question' first" is a script, and scripts age badly.
~ Tip
Write each guideline as if you were describing a colleague to a new team member.
Writing about feelings
Some users ask the assistant how it feels. The guidelines should let it answer with care and without claiming more certainty than anyone has.
~ Warning
Do not write guidelines that tell the assistant to deny having any inner states, or to insist that it has them. Both claims go beyond what we know.
~ Info
The default character file already contains a guideline on this topic. You can copy it into your own file and change the wording.
Testing your guidelines
Run the sample conversations in the test panel after every change. Read the answers aloud: a guideline that makes the assistant sound stiff usually needs a warmer verb.
~ Important
Changes to guidelines take effect for new conversations only.
~ Was this helpful?
~ 👍 👎
~ Thanks for your feedback!
~ Last modified 3 days ago
~ Previous
~ Tone and register
~ Next
~ Memory and forgetting
~ On this page
~ What a guideline is
~ Writing about feelings
~ Testing your guidelines
~ Powered by GitBook
