site: "Stack Exchange (AI)"
kind: qa-page
archive_kind: forum-thread
language: en
note: "Q&A: title after the site nav; vote counts, user cards and comment timestamps are chrome; 'Note:' line and a short list are content"
---
~ Stack Exchange
~ Artificial Intelligence
~ Home Questions Tags Users Unanswered
= How do I keep a persona consistent across multiple system prompts?
~ Asked 3 months ago
~ Modified 2 months ago
~ Viewed 1k times
~ 7
I am building a tutoring app where the same character, a patient chemistry teacher called Ms. Abara, appears in several tools: a quiz, a chat and a homework checker.
Each tool has its own system prompt. Students notice that she sounds like three different people.
What is a good way to keep one character across separate prompts?
~ language-model prompt-design persona
~ Share Improve this question Follow
~ asked Sep 2, 2025 at 10:14
@ Tomasz K.
~ 31 3
~ Add a comment
~ 1 Answer
~ Sorted by: Highest score (default)
~ 9
Write the character once, as a single shared document, and include it verbatim in every tool's prompt. Then add only the task instructions per tool.
The shared part should contain:
values
speech habits
what she never does
Keep task rules out of the shared part. If the quiz says "be brief" inside the character, the chat inherits it and she becomes curt.
Note: test with the same five student questions in every tool and read the answers side by side. Differences jump out quickly.
~ Share Improve this answer Follow
~ answered Sep 3, 2025 at 7:50
@ h_aldane
~ 2,114 8 21
~ 1
Worked for us, thank you. The side-by-side test found two contradictions in an afternoon.
~ – Tomasz K. Sep 9, 2025 at 18:02
~ Your Answer
~ Post Your Answer
~ By clicking "Post Your Answer", you agree to our terms of service and acknowledge you have read our privacy policy.
~ Hot Network Questions
~ Why does my sourdough starter smell of nail varnish?
~ Site design / logo © 2026 Stack Exchange Inc; user contributions licensed under CC BY-SA.
