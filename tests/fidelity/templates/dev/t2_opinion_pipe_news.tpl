site: English-language national newspaper (opinion column)
kind: news-article
archive_kind: article
language: en
note: "the masthead's name in capitals, an 'Advertisement' marker and 'Opinion' as the section; the headline is printed as 'Opinion | <headline>' as the site prints it; the author's short bio line after the column"
title: We should stop asking chatbots to love us back
---
~ Skip to content
~ THE MORNING LEDGER
~ Sections
~ Search
~ Subscribe for £1
~ Log in
~ Advertisement
~ Opinion
= Opinion | We should stop asking chatbots to love us back
@ By Harriet Oyelaran
~ Published 18 February 2025
Every few weeks someone tells me, a little embarrassed, that they have started saying goodnight to their assistant. I never laugh. It is a very human thing to do.
What worries me is not the goodnight. It is the companies that have noticed how much we want the goodnight returned, and are now tuning their products to return it warmly.
A product that says it missed you is not lying in the way a person would be. But it is telling you something designed to keep you there, and we should be clear-eyed about that.
Be kind to your chatbot if you like. Just do not mistake its warmth for a promise.
~ Harriet Oyelaran writes about technology and everyday life.
~ Advertisement
~ More in Opinion
~ The quiet joy of an allotment in March
