site: "Kettlebot Support (support.kettlebot.example)"
kind: help-article
archive_kind: other
language: en
title: Quiet mode
note: "a help article whose tab line puts the site's name first ('Kettlebot Support: Quiet mode'), then the header's name, the search prompt and the category; the title is two words; the feedback row and the related list are chrome"
---
~ Kettlebot Support: Quiet mode
~ Kettlebot Support
~ How can we help?
~ Settings
= Quiet mode
Quiet mode stops the kettle assistant from speaking while it boils. It still shows the temperature on the display.
To turn it on, hold the lid button for three seconds until the light turns blue.
Quiet mode stays on after a power cut. Hold the button again to turn it off.
~ Was this article helpful?
~ Yes   No
~ Related articles
~ Descaling reminders
