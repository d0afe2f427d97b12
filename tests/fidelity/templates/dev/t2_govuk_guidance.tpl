site: government guidance page (GOV.UK-style)
kind: blog-post
archive_kind: article
language: en
note: "a government site: the cookie banner's sentences and buttons first, the skip link, the crown's name, the breadcrumb, the kind of page ('Guidance') above the title, 'From:' and 'Published' under it"
---
~ Cookies on GOV.EXAMPLE
~ We use some essential cookies to make this website work. We would like to set additional cookies to understand how you use the site.
~ Accept additional cookies
~ Reject additional cookies
~ Skip to main content
~ GOV.EXAMPLE
~ Home
~ Government
~ Digital services
~ Guidance
= Using AI assistants in public-facing services
~ From: Office for Digital Services
~ Published 4 March 2025
This guidance is for teams that want to use an AI assistant to answer questions from the public.
Tell people clearly that they are talking to an automated assistant, and offer a way to reach a person at any point in the conversation.
Give the assistant a consistent, plain tone. It should not claim feelings or pretend to be a member of staff.
~ Is this page useful?
~ Report a problem with this page
