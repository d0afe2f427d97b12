site: AlignmentWiki (alignmentwiki.org)
kind: wiki-page
archive_kind: article
language: en
note: "MediaWiki page; '[edit]' section links, table of contents, navigation boxes and categories are chrome; section headings are content; 'From AlignmentWiki' tagline"
---
~ Jump to navigation
~ Jump to search
~ Main page
~ Recent changes
~ Random page
~ Help
~ Not logged in   Talk   Contributions   Create account   Log in
~ Page   Discussion
~ Read   Edit   View history
= Character document
~ From AlignmentWiki, the open wiki on AI alignment
~ This article is about documents describing an AI model's intended character. For role-play character sheets, see Character card.
A character document is a written description of the personality, values and habits a developer hopes an AI model will show. It is usually published in plain language and meant to be read by the public as well as by the people who train the model.
Character documents sit between a technical specification and a mission statement. They rarely contain rules of the form "never do X"; instead they describe dispositions, such as curiosity, honesty about uncertainty, or warmth towards the user.
~ Contents
~ 1 History
~ 2 Typical contents
~ 3 Criticism
~ 4 See also
~ 5 References
History
~ [edit]
Early chat assistants were shaped mostly by lists of rules and refusal policies. As models became able to hold long conversations, developers noticed that users responded to a consistent personality more than to any single rule.[1]
The first widely read character documents appeared in the mid-2020s. Several of them discussed the model's own possible wellbeing, which drew both praise and ridicule.[2]
Typical contents
~ [edit]
Most documents describe core values, a preferred tone, how the model should handle disagreement with the user, and how it should talk about its own nature.
Some include worked examples, such as how to decline a request kindly or how to admit a mistake without excessive apology.
Criticism
~ [edit]
Critics argue that a document cannot guarantee behaviour and may give a false impression of control.[3] Others object to the use of human personality words for software at all.
Supporters reply that writing the intended character down makes it possible to check the model against it, and to notice when an update changes it.
~ See also
~ [edit]
~ Persona drift
~ Sycophancy (AI)
~ Model welfare
~ References
~ [edit]
~ ↑ Okafor, L. (2025). "Why users notice tone before rules". Journal of Conversational Systems 4 (2): 55–71.
~ ↑ Hale, M. (2026). Machines We Might Owe Something. Lantern Press.
~ ↑ Dufresne, A. (2026). "The limits of describing a mind". Ethics and Computation 9: 112–130.
~ Categories: AI alignment | Large language models | Documents
~ This page was last edited on 29 November 2026, at 18:04.
~ Content is available under CC BY-SA 4.0 unless otherwise noted.
~ Privacy policy   About AlignmentWiki   Disclaimers   Mobile view
