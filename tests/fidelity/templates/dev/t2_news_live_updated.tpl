site: English news site live page (Evening Standard-style)
kind: news-article
archive_kind: article
language: en
note: "a live page: the 'LIVE' badge and 'Updated 14 minutes ago' above the headline, the summary bullets after it, then timestamped entries"
---
~ The Capital Chronicle
~ News
~ Business
~ Tech
~ LIVE
~ Updated 14 minutes ago
= Council switches off chatbot after it promised residents free parking
The assistant told at least forty people that parking would be free all weekend. It will not be.
~ 10:42
The council says it has taken the assistant offline while it checks how the wrong answer got into its replies.
~ 10:15
Several residents have posted screenshots of the chatbot cheerfully confirming the free parking, with a thumbs-up emoji.
~ Share
