site: vBulletin forum thread (Amateur Astronomy Board)
kind: forum-thread
archive_kind: forum-thread
language: en
title: Voice assistant on my telescope mount keeps narrating everything
note: "vBulletin prints the thread's title after a 'Thread:' label, with the forum's navigation and breadcrumb above it; each post headed by its number and date, the author, rank and join date"
---
~ Amateur Astronomy Board
~ Forum
~ What's New?
~ Calendar
~ Log in
~ Forum › Equipment › Mounts and Tripods
= Thread: Voice assistant on my telescope mount keeps narrating everything
~ Results 1 to 3 of 3
@ #1 04-03-2025, 09:12 PM
@ orion_belt_kim
~ Junior Member
~ Join Date: Jan 2024
The new firmware for my mount added a voice assistant. It now announces every slew with a little speech about the object, including "a truly magnificent galaxy" for things I can barely see.
Is there a way to keep the voice but lose the enthusiasm?
@ #2 04-03-2025, 10:05 PM
@ dob_dan
~ Senior Member
~ Join Date: Mar 2019
There is a verbosity setting in the hand controller menu. Level one gives you just the name and the altitude.
@ #3 04-03-2025, 10:30 PM
@ orion_belt_kim
~ Junior Member
~ Join Date: Jan 2024
Found it. Level one is perfect, thank you.
~ Quick Navigation
~ Posting Permissions
