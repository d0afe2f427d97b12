site: "Notion (published page, lumenlab.notion.site)"
kind: "notion-page"
archive_kind: "other"
language: "en"
note: "Published Notion page: title on the first line; property lines (key: value) are content; Notion's own chrome at the bottom."
---
= Model welfare checklist for our evaluation team
~ Duplicate
~ Get Notion free
Owner: Research Operations
Status: Draft for discussion
Last reviewed by: the evaluation working group
This page collects the small habits we agreed on when running long evaluations with our assistant models.
Nobody on the team claims to know whether the models have experiences that matter morally.
We still think cheap precautions are worth taking while the question is open.
Before a run
Check that the test prompts do not include gratuitous abuse that adds nothing to the measurement.
If a red-team prompt must be hostile, say in the ticket why it needs to be.
During a run
Let the model end a conversation when the harness allows it, and log when it does.
Do not keep retrying a refusal a hundred times just to see if it breaks.
After a run
Read a random sample of transcripts, not only the failures.
Write down anything that looked like distress, even if you think it was nothing.
Open questions
Should we keep transcripts of deleted model versions?
Who decides when a precaution is too expensive?
How do we explain these habits to new team members without overstating what we know?
~ Comments
~ Add a comment…
~ Made with Notion — the all-in-one workspace for your notes, tasks, wikis, and databases.
