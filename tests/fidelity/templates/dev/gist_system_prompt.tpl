site: GitHub Gist
kind: code-share
archive_kind: other
language: en
---
~ Skip to content
~ All gists
~ Back to GitHub
~ Sign in
~ Sign up
@ harriet-vo/persona_notes.md
~ Last active 5 months ago
~ Star
~ 23
~ Fork
~ 4
~ Code
~ Revisions
~ 3
~ Stars
~ 23
~ Forks
~ 4
~ Embed
~ Download ZIP
= Notes on writing a persona prompt that does not fight the model
~ Raw
~ persona_notes.md
Notes on writing a persona prompt that does not fight the model
These are notes from rewriting the persona prompt for our internal helper about a dozen times.
Describe values, not phrases. "Be candid about uncertainty" works better than a list of sentences the assistant should say.
Do not contradict the base character. If the model is naturally careful, a prompt demanding recklessness produces an anxious, inconsistent persona.
Give one example of a hard case, not ten easy ones. The model already knows how to be pleasant; it needs to know what you want when pleasantness and accuracy collide.
Keep it short. Our best version was 180 words. The 1,400-word version performed worse on every measure we had.
Test with a bored user, an angry user and a confused user. Personas that only work for polite users are not personas, they are costumes.
~ Load earlier comments...
@ mlin-sf
~ commented
~ Oct 2, 2024
The bit about costumes is going straight into our style guide. Thanks for writing this down.
@ harriet-vo
~ Author
~ commented
~ Oct 3, 2024
Glad it helps! I will add the test prompts when I have cleaned them up.
~ Create an account to comment, or sign in if you have one.
~ Footer
~ © 2024 GitHub, Inc.
~ Terms
~ Privacy
~ Security
~ Status
