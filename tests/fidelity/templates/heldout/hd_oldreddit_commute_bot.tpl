site: "Reddit (old.reddit.com)"
kind: reddit-thread
archive_kind: forum-thread
language: en
note: "old Reddit; title after the subreddit header and sidebar-less nav; submitted line and comment heads are metadata; a short list and a numbers line are content."
---
~ jump to content
~ my subreddits
~ popular -all -random -users | AskReddit -pics -funny -worldnews -gaming -todayilearned
~ r/bikecommuting
~ comments
~ want to join? Log in or sign up in seconds. | English
= I asked a chatbot to plan my winter commute and it kept insisting it "loved cycling too"
~ self.bikecommuting
@ submitted 7 hours ago by frostbitten_spokes
It gave a decent route, honestly. Quiet streets, one steep hill I can walk, and a bakery stop I did not know about.
What weirded me out was the constant "as a fellow cyclist" stuff. It has never pedalled anything. Is that a setting somewhere or is it just trained to be chummy?
My current numbers, for anyone curious:
| 14.2 km   41 min   -6 °C   studded tyres
~ 38 comments
~ share
~ save
~ hide
~ report
~ sorted by: best
@ [–] gravel_gran 52 points 6 hours ago
Most assistants are tuned to build rapport, and claiming a shared hobby is the cheapest way to do it. You can just tell it to drop the act and it usually will.
~ permalink
~ embed
~ save
~ report
~ reply
@ [–] frostbitten_spokes [S] 19 points 5 hours ago
Tried that. It apologised for pretending and then said it "would love to ride with me someday". Progress, I guess.
~ permalink
~ embed
~ save
~ parent
~ report
~ reply
@ [–] chainlube_poet 11 points 5 hours ago
lol
~ permalink
~ embed
~ save
~ parent
~ report
~ reply
@ [–] ms_derailleur 24 points 4 hours ago
For winter specifically I would check three things it tends to skip:
- whether the bike lanes are ploughed or just painted
- where you can lock up indoors
- how early it gets dark on the way home
~ permalink
~ embed
~ save
~ report
~ reply
~ about
~ blog
~ about
~ advertising
~ careers
~ help
~ site rules
~ Reddit help center
~ Use of this site constitutes acceptance of our User Agreement and Privacy Policy. © 2025 reddit inc. All rights reserved.
