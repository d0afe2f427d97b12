site: "GitHub Issues"
kind: github-issue
archive_kind: forum-thread
language: en
title: "Persona temperature resets to default when the character file has a trailing comment"
note: "GitHub issue: title with issue number, timeline furniture; key: value lines and a code-like block are content"
---
~ Skip to content
~ Navigation Menu
~ Sign in Sign up
~ persona-kit / persona-kit Public
~ Notifications Fork 212 Star 3.4k
~ Code Issues 87 Pull requests 14 Actions Security Insights
= Persona temperature resets to default when the character file has a trailing comment #1043
~ Open
@ lindqvist-m opened this issue Feb 27, 2026 · 6 comments
@ lindqvist-m commented Feb 27, 2026
When a character file ends with a comment line, the loader ignores the temperature field and uses the default.
Steps to reproduce:
name: Captain Orla
temperature: 0.4
tone: dry, patient
# end of character
Expected: the captain answers with temperature 0.4. Actual: she answers at 1.0 and becomes strangely chatty about knots.
Version: 0.9.2
OS: Debian 12
~ 👍 5
@ sunday-compiler commented Feb 28, 2026
Confirmed on 0.9.3. The parser stops at the first comment and drops every field it has not yet committed.
~ 👍 2 ❤️ 1
@ lindqvist-m commented Feb 28, 2026
Thanks. For now I moved the comment to the top of the file and Orla is her dry self again.
~ sunday-compiler added the bug label Feb 28, 2026
~ sunday-compiler self-assigned this Mar 1, 2026
@ sunday-compiler commented Mar 2, 2026
Fixed in #1051. A character file may now end with a comment, and the loader warns when a field is ignored instead of failing silently.
~ sunday-compiler closed this as completed in #1051 Mar 2, 2026
~ Assignees sunday-compiler
~ Labels bug
~ Footer
~ © 2026 GitHub, Inc. Terms Privacy Security Status Docs Contact Manage cookies
