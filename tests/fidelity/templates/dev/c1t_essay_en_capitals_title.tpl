site: "Small Rooms (an essay zine, smallrooms.example.org)"
kind: magazine-essay
archive_kind: article
language: en
note: "an online zine that sets each essay's title in capitals ('THE POLITE MACHINE'), under the zine's name in capitals and its issue line; the author's name under the title is metadata; the footer is chrome"
---
~ SMALL ROOMS
~ Issue 7 · Spring 2026
= THE POLITE MACHINE
@ Mara Ellison
My grandmother thanked the radio when the weather report was good. I thought of her when I caught myself thanking the assistant on my phone.
Politeness toward a machine is not for the machine, she would have said. It is a habit, and habits do not check who is listening.
I still say thank you. The assistant says you're welcome, and neither of us pretends it means more than that.
~ © Small Rooms 2026 · Back to the issue
