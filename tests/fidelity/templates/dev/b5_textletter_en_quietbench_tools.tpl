site: Plain-text newsletter archive (quietbench.example.org/archive)
kind: newsletter-text
archive_kind: blog-post
language: en
---
~ The Quiet Bench -- archive
~ [Archive index] [Subscribe] [About]
~ [<< Issue 111] [Issue 113 >>]
~ ======================================================================
= THE QUIET BENCH -- Issue 112: Tools that tell you no
~ A weekly letter about workshops, tools and the odd machine
~ Saturday, 14 March 2026
~ ======================================================================
~ IN THIS ISSUE
~ 1. The chisel that would not sharpen
~ 2. Letters: the assistant and the bookshelf
~ 3. Odds and ends
~ ----------------------------------------------------------------------
1. THE CHISEL THAT WOULD NOT SHARPEN
~ ----------------------------------------------------------------------

A reader in Leeds sent a photograph of an old paring chisel with a
& back so pitted that no amount of flattening would save it. He had
& asked an AI assistant for a sharpening schedule and, to his surprise,
& it told him that the photo suggested the steel was too far gone and
& that he might be better off retiring the tool.

He wrote to ask whether the machine was right. Having looked at the
& photo: yes, sadly. But what interested me more was the manner of it.
& The assistant did not refuse to help. It gave the schedule he asked
& for, then said plainly that it did not expect the schedule to work,
& and why.

That is a good habit in a person at a tool counter, and a rarer one
& than it should be. I am told the companies that build these assistants
& now write down, at some length, what kind of character they want the
& thing to have. Candour appears near the top of most of those lists.

~ ----------------------------------------------------------------------
2. LETTERS: THE ASSISTANT AND THE BOOKSHELF
~ ----------------------------------------------------------------------

From a reader in Galway:

> I asked one of these chatbots to check my cut list for a bookshelf.
> It found that I had forgotten the thickness of the shelves in the
> total height. I was annoyed for about a minute and grateful for the
> rest of the week.

Thank you. I have made the same mistake, twice, without any chatbot to
& catch it.

~ ----------------------------------------------------------------------
3. ODDS AND ENDS
~ ----------------------------------------------------------------------

  * Glue-up temperatures: below 10 C, most PVA glues sulk.
  * Next issue: hand planes for people with small hands.
  * The spring meet is on 18 April, weather permitting.

Until next week, keep your edges keen and your fingers where they
& belong.

@ -- Marjorie Pell

~ ======================================================================
~ You are receiving this because you subscribed at quietbench.example.org.
~ To unsubscribe, reply with the word STOP. Back issues: /archive
~ ======================================================================
~ [<< Issue 111] [Archive index] [Issue 113 >>]
