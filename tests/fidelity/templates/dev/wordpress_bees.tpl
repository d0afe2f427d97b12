site: WordPress blog (Hive Minded)
kind: blog-post
language: en
note: the comment section was stored through a cp1252 decode
---
~ Skip to content
~ Hive Minded
~ Home
~ About
~ Shop
= Why my bees ignored the lavender this year
~ July 22, 2024
@ by Ines Walcott
~ 5 Comments
Every summer I plant more lavender for the bees, and every summer I feel smug about it. This year they barely touched it. The lavender bloomed beautifully and sat there, humming with nothing.
The answer turned out to be the lime trees two streets over. When the limes flower, a colony can bring in more nectar in a week than from a whole garden of lavender. My bees were simply elsewhere, doing sensible things.
It is a useful lesson in humility. A garden that feels generous to us is a rounding error to a colony foraging over three kilometres.
I will keep planting lavender, because the solitary bees and the bumblebees do use it. But I have stopped taking the honeybees' absence personally.
~ Share this:
~ Facebook
~ Pinterest
~ Like this:
~ Like Loading...
~ 5 thoughts on “Why my bees ignored the lavender this year”
@ [[cp1252:Renée Castel]]
~ July 23, 2024 at 8:14 am
[[cp1252:Same here with borage — completely ignored until the limes finished, then mobbed. It’s almost comical.]]
~ Reply
@ Ines Walcott
~ July 23, 2024 at 9:40 am
[[cp1252:Ha, yes! The “after the limes” rush is real.]]
~ Reply
@ [[cp1252:Jürgen Hahn]]
~ July 24, 2024 at 6:02 pm
[[cp1252:In our area it’s the sweet chestnut. Nothing in the garden stands a chance in June.]]
~ Reply
~ Leave a Reply
~ Hosted on WordPress.com
