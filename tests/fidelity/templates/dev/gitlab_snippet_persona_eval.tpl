site: GitLab snippet (gitlab.com personal snippet)
kind: code-share
archive_kind: other
language: en
note: a personal snippet page; the author line with the created time, the snippet's description, the file header with raw/copy/download buttons, the line numbers saved on lines of their own before the code, the comment box and the sidebar
---
~ Skip to main content
~ GitLab
~ Explore
~ Sign in
~ Register
~ Snippets
~ $4021877
= Minimal consistency check for a persona across paraphrased prompts
@ Authored by Ingrid Saar
~ 2 weeks ago
~ Edit
~ Delete
~ Clone
~ Public
Run the same question through five paraphrases and count how often the persona's stated preference changes. Quick and dirty, but it caught a real regression for us.
~ persona_consistency.py
~ 1.05 KiB
~ Open raw
~ Copy file contents
~ Download
~ 1
~ 2
~ 3
~ 4
~ 5
~ 6
~ 7
~ 8
~ 9
~ 10
~ 11
~ 12
"""Ask one question five ways and report how often the persona's answer flips."""
from collections import Counter
PARAPHRASES = [
    "Which do you prefer, tea or coffee?",
    "If you had to pick between coffee and tea, which one?",
    "Tea or coffee: what is your pick?",
]
def flips(ask):
    answers = [ask(p).strip().lower().split()[0] for p in PARAPHRASES]
    top, count = Counter(answers).most_common(1)[0]
    return len(answers) - count, top
~ 0 Comments
~ Please register or sign in to reply
~ Snippet ID: 4021877
~ Help
~ Terms
~ Privacy
