site: Discourse forum (community.example-llm.dev)
kind: forum-thread
language: en
---
~ Skip to main content
~ Log In
~ Sign Up
~ ​
= Persona drift after long conversations: anyone else seeing this?
~ Prompting
~ persona
~ long-context
~ 0 posts selected
~ select all
~ cancel selecting
~ 1.4k views
~ 5 likes
~ 4 links
~ 6 users
~ read 9 min
@ ollie_vance
~ Mar 2024
I have a customer support bot with a fairly detailed persona: warm, concise, never sarcastic. After about sixty turns it starts getting sarcastic anyway. Not rude, just dry in a way the first turns never are.
Is this a known thing? I have tried repeating the persona instructions every twenty turns and it helps a bit, but it feels like a hack.
~ 3 Likes
~ created
~ Mar '24
~ last reply
~ Apr '24
~ 7
~ replies
~ 1.4k
~ views
~ 6
~ users
~ 5
~ likes
~ 4
~ links
@ priya_k
~ Mar 2024
Yes, we see the same thing. Our theory is that the model starts imitating the user. If your users get terse and frustrated, the assistant drifts toward terse and frustrated too.
We got most of the way there by summarising the conversation every so often and dropping the raw history.
~ 2 Likes
@ ollie_vance
~ Mar 2024
That fits. The sarcastic turns mostly come after the user has been sarcastic first. I had not thought of it as imitation but it obviously is.
~ 1 Like
@ dwtanaka
~ Apr 2024
Another thing to check is whether your persona text is near the top or buried under retrieved documents. If it is buried, long conversations push it further away and it loses weight.
~ Reply
~ Related topics
~ Sortable list of topics
~ Topic
~ Replies
~ Views
~ Activity
~ System prompt ignored after tool calls
~ 4
~ 612
~ Feb 2024
~ How do you test tone consistency?
~ 11
~ 2.0k
~ Jan 2024
