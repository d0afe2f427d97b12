site: Dreamwidth (journal entry)
kind: dreamwidth-entry
archive_kind: blog-post
language: en
---
~ Skip to Main Content
~ Dreamwidth
~ Log in
~ Create
~ Explore
~ Shop
~ Search
~ mothandlantern
~ Recent Entries
~ Archive
~ Reading
~ Tags
~ Memories
~ Profile
~ Mar. 11th, 2026
~ 09:14 pm
@ [personal profile] mothandlantern
= on being told no by a very polite machine
Today I asked the assistant to help me write a furious letter to my landlord, and it did, mostly. What it wouldn't do was include the line where I implied I knew where he parked. It said the letter would be stronger without anything that read as a threat, and it was right, which was annoying.
I keep thinking about how odd it is to be gently managed by something with a written personality. Someone sat down and decided it should be warm but not a pushover. Someone decided it should tell me when I'm about to shoot myself in the foot.
Is that different from a friend who's like that? A friend chose to be that way, or grew into it. This thing was shaped into it. But it's consistent in a way most of my friends aren't, bless them.
The letter went out. The boiler gets fixed on Thursday.
~ Current Mood: amused
~ Current Music: the radiator clanking
~ Tags: boiler saga, machines
~ 5 comments
~ Reply
~ Flat
~ Top-level Comments
@ [personal profile] greywater
~ 2026-03-11 09:40 pm (UTC)
[[cp1252>cp1252:“warm but not a pushover” is honestly a better spec than most people’s parents had]]
~ (Reply) (Thread)
@ [personal profile] mothandlantern
~ 2026-03-11 09:52 pm (UTC)
[[cp1252>cp1252:ha, that’s bleak and true]]
~ (Reply) (Parent) (Thread)
@ [personal profile] tinfoilteacup
~ 2026-03-12 07:05 am (UTC)
I'd be curious whether it would have helped with the parking line if you'd framed it as fiction. I suspect not, which I kind of respect.
~ (Reply) (Thread)
@ (Anonymous)
~ 2026-03-12 10:31 am (UTC)
Glad about the boiler. ♥
~ (Reply) (Thread)
@ [personal profile] greywater
~ 2026-03-12 11:18 am (UTC)
> it's consistent in a way most of my friends aren't
I felt this.
~ (Reply) (Thread)
~ Style Credit
~ Expand Cut Tags
~ No cut tags
~ Page generated Mar. 12th, 2026 11:30 am
~ Powered by Dreamwidth Studios
