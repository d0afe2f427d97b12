site: "Artificial Intelligence Stack Exchange"
kind: stackexchange-question
archive_kind: forum-thread
language: en
note: "Q&A page; browser title line first, question title after the site nav; vote counts and Share/Follow rows are chrome; a Note: line and a code-like line are content."
---
~ prompt design - Why does my assistant drop its persona after a tool call? - Artificial Intelligence Stack Exchange
~ Skip to main content
~ Stack Exchange Network
~ Log in
~ Sign up
~ Artificial Intelligence
= Why does my assistant drop its persona after a tool call?
~ Ask Question
~ Asked 1 year, 2 months ago
~ Modified 9 months ago
~ Viewed 2k times
~ 7
I built a tutoring assistant with a calm, Socratic persona. It asks questions instead of giving answers, and that works well until it calls the calculator tool.
After the tool result comes back, the next reply is blunt and hands over the full solution. The persona returns a turn or two later.
Is this expected behaviour, and is there a standard way to keep the character consistent across tool calls?
~ prompt-design
~ chatbots
~ tool-use
~ Share
~ Improve this question
~ Follow
@ asked Feb 14, 2024 at 10:02
@ lintel_learner
~ 1
~ 2 Answers
~ Sorted by:
~ Highest score (default)
~ 11
~ This answer is useful
The tool result is usually the most recent and most concrete text in the context, so the model treats answering it as the priority. Your persona instructions are far away by comparison.
Two things help. First, restate the persona briefly in the message that wraps the tool result. Second, describe the behaviour in terms of actions, for example:
| After any tool result: ask one guiding question before revealing numbers.
Note: if your framework strips system text from tool turns, the first fix will not work and you need the second.
~ Share
~ Improve this answer
~ Follow
@ answered Feb 14, 2024 at 13:40
@ quarry_owl
~ 2
Thank you, restating the persona in the tool wrapper fixed it in about nine cases out of ten.
@ – lintel_learner Feb 15, 2024 at 08:11
~ Add a comment
~ Your Answer
~ Post Your Answer
~ By clicking "Post Your Answer", you agree to our terms of service and acknowledge you have read our privacy policy.
~ Hot Network Questions
