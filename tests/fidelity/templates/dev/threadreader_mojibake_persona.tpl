site: Thread Reader mirror (unrolled X/Twitter thread)
kind: social-thread
language: en
title: null
note: an unrolled thread whose body went through a cp1252 decode of its UTF-8 bytes (emoji, curly quotes, dashes and accented names damaged); the page chrome and the "Read on X" links were saved clean, the counters row damaged too
---
~ Thread Reader App
~ Help
~ Premium
~ Log in
~ Thread by @renee_builds
@ René Marchal @renee_builds
~ 27 tweets, 5 min read
~ Read on X
~ Bookmark
~ Save as PDF
~ My Authors
[[cp1252:A thread on something I learned shipping a “friendly” assistant persona to 40k users 🧵]]
[[cp1252:1/ Friendly is not a personality. It’s a coat of paint. Users saw through it in about three messages.]]
[[cp1252:2/ What they liked was when the assistant had a point of view — “I’d do it this way, but here’s the trade-off” — instead of agreeing with everything.]]
[[cp1252:3/ Our sycophancy metric dropped 30% when we told the persona it was allowed to disagree politely. Complaints dropped too 😅]]
[[cp1252:4/ Biggest surprise: people trusted it more when it said “I don’t know”. Honesty read as warmth.]]
[[cp1252:5/ Credit to Zoë and the eval team for catching this early. More soon ✌️]]
~ [[cp1252:• • •]]
~ Missing some Tweet in this thread? You can try to force a refresh
~ [[cp1252:💬 84 🔁 212 ❤️ 1.1K]]
~ Keep Current with René Marchal
~ Stay in touch and get notified when new unrolls are available from this author!
~ This Thread may be Removed Anytime!
~ Twitter may remove this content at anytime! Save it as PDF for later use!
~ Try unrolling a thread yourself!
~ More from @renee_builds
~ Did Thread Reader help you today?
~ Support us! We are indie developers!
~ © 2026 Thread Reader App
