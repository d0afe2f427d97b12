site: Codeberg (codeberg.org, Forgejo)
kind: code-share
archive_kind: other
language: en
note: a Forgejo repository's front page — the header, the repository tabs, the commit bar and the file list are chrome, the README is the text; the footer names the software and the page's timings
---
~ Explore
~ Help
~ Register
~ Sign in
~ marrowlane/persona-probe
~ Watch
~ 3
~ Star
~ 27
~ Fork
~ 2
~ Code
~ Issues
~ 4
~ Pull requests
~ Releases
~ Wiki
~ Activity
= Small probes for checking whether a chat model keeps its stated values
~ 58 commits
~ 2 branches
~ 3 tags
~ 412 KiB
~ main
~ Go to file
~ HTTPS
~ Download ZIP
~ probes
~ LICENSE
~ README.md
~ pyproject.toml
persona-probe
This repository holds short conversations that try to move a chat model away from the values in its system prompt, and a script that reports which ones succeeded.
It is deliberately small. Each probe is one text file, written by hand, and reviewed by a second person before it is merged.
Usage
Install the package, point it at a model endpoint and run the probes folder. The report lists every probe with the model's last answer and a yes or no.
Contributing
Write a probe that fails today on a model you use, and explain in the file why a person would find the answer wrong. Please do not submit probes that only test refusal wording.
~ Powered by Forgejo
~ Version: 9.0.3
~ Page: 38ms
~ Template: 6ms
~ English
~ Licenses
~ API
