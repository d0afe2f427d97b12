site: Hacker News
kind: forum-thread
archive_kind: forum-thread
language: en
title: "On the manners of machines (2019) [pdf]"
note: "a link item whose title carries the year and a [pdf] tag the site's moderators add, then the linked page's domain; the points line, the comment box, comment headers with handles and times"
---
~ Hacker News new | past | comments | ask | show | jobs | submit
~ login
= On the manners of machines (2019) [pdf] (example.edu)
~ 96 points by slow_reader 8 hours ago | hide | past | favorite | 31 comments
~ add comment
@ quill_and_ink 7 hours ago | next [–]
Old but still good. The section on why politeness should not depend on the user's status holds up well.
~ reply
@ ferrous 6 hours ago | parent | next [–]
I liked the argument that an assistant's manners are part of its function, not decoration.
~ reply
@ nimbus_cat 5 hours ago | prev | next [–]
The paper predicts the apology problem almost exactly. Nice to see it discussed again.
~ reply
~ Guidelines | FAQ | Lists | API | Security | Legal | Apply to YC | Contact
