site: Slashdot (slashdot.org)
kind: forum-thread
language: en
note: the story's 'Posted by ... from the ... dept.' line and each comment's subject-with-score and 'by user (id) on date' lines are metadata; the fortune at the foot of the page is chrome
---
~ Slashdot
~ Stories
~ Firehose
~ All
~ Popular
~ Polls
~ Submit
~ Login
~ or
~ Sign up
~ Topics:
~ Devices
~ Build
~ Entertainment
~ Technology
~ Open Source
~ Science
~ YRO
= Lab Lets Its Chatbot Hang Up On Abusive Users
@ Posted by kestrel_ed on Friday March 15, 2024 @07:30PM from the click-dept.
An anonymous reader writes: An AI lab has given its assistant the ability to end a conversation after repeated abuse, and describes the change partly as a precaution for the model's own sake. The lab says the feature will trigger rarely and that users can start a fresh chat straight away. Critics call the welfare framing a marketing move; supporters say it is a cheap hedge against a real uncertainty.
~ 214 comments
~ Share
~ twitter
~ facebook
~ Filter:
~ All
~ Insightful
~ Informative
~ Interesting
~ Funny
@ Who is protected here? (Score:5, Insightful)
@ by quiet_cartographer ( 1187342 ) on Friday March 15, 2024 @07:52PM (#64321001)
If the user can open a new chat one click later, the feature protects nobody from anything. It is a statement, which may be the point.
~ Reply to This
~ Share
@ Re:Who is protected here? (Score:4, Interesting)
@ by Anonymous Coward on Friday March 15, 2024 @08:10PM (#64321077)
A statement is not nothing. Norms start as statements. Nobody thought seat belt reminders would matter either.
~ Reply to This
~ Parent
~ Share
@ Cheap hedge (Score:3)
@ by tallow_and_wick ( 998812 ) on Friday March 15, 2024 @08:31PM (#64321140)
I am not convinced the model feels anything. I am also not convinced I would know. At that price, hedging seems fine to me.
~ Reply to This
~ Share
@ Re: (Score:2)
@ by ohm_sweet_ohm ( 4411202 ) on Friday March 15, 2024 @09:02PM (#64321233)
:-)
~ Reply to This
~ Parent
~ Share
~ Related Links
~ Top of the: day, week, month.
~ Slashdot Top Deals
~ A watched kettle boils just as fast; it only feels slower.
~ Working...
