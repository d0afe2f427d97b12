site: Hashnode blog
kind: blog-post
language: en
note: a series badge and 'Follow' button above the post; one quoted reply in the middle was stored through a cp1252 decode; author card, newsletter box and 'More articles' after it
---
~ Hashnode
~ Dark mode
~ Follow
~ Kitchen Automation Log
= I taught a bot to nag me about my sourdough starter
~ Part 2 of 3 in Bread and Bots
@ Greta Holm
~ Published on Jan 19, 2024
~ 5 min read
~ Table of contents
My sourdough starter dies every winter because I forget to feed it. So I wrote a tiny bot that reads a temperature sensor next to the jar and sends me a message when it is time.
The first version sent a plain reminder: feed the starter. I ignored it for three days.
The second version got a personality. I gave it a short prompt describing a slightly dramatic baker who takes the starter's welfare very personally, and asked it to write each reminder fresh.
This is what it sent me on the first cold morning:
[[cp1252:“Your starter has been alone at 17 °C since Tuesday. It’s not angry — just disappointed.”]]
I fed it within the hour. The starter is still alive, which is more than I can say for any previous January.
The lesson, if there is one, is that a reminder with a voice is harder to ignore than a reminder without one. Whether that is good design or mild manipulation is something I am still thinking about.
~ Subscribe to my newsletter
~ Read articles from Kitchen Automation Log directly inside your inbox.
~ Subscribe
~ Written by
~ Greta Holm
~ Hobbyist baker, reluctant programmer.
~ More articles
~ Part 1: wiring a sensor to a jar
~ ©2024 Kitchen Automation Log
~ Archive
~ Privacy policy
~ Terms
~ Powered by Hashnode - Build your developer hub.
