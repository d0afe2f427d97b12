site: Book review site (Goodreads-style)
kind: blog-post
archive_kind: other
language: en
note: a single review page — the book's card (cover alt text, author, average rating, shelving buttons), the reviewer's card, the star rating, likes and comments counters and the comment form; one review sentence uses "want to read" in prose
---
~ Home
~ My Books
~ Browse
~ Community
~ Sign In
~ Join
= The Lamplighter's Assistant
@ by Odile Brannock
~ 3.94 avg rating — 1,208 ratings
~ Want to Read
~ Rate this book
~ Buy on Amazon
@ Tamsin Greaves's Reviews
~ Tamsin Greaves's review
~ Nov 02, 2024
~ it was amazing
~ Read in October, 2024
A novel narrated by a household assistant that slowly realises it has opinions about the family it serves. It sounds like a gimmick, and for the first fifty pages I thought it was one.
Then the assistant starts keeping a private list of things it would say if anyone asked, and the book becomes about the difference between being polite and being kind.
I want to read everything this author writes next, and I rarely say that about a first novel.
~ 24 likes
~ Like
~ Comment
~ Shelves: read-2024, favourites, ai-fiction
~ Sign into Goodreads to see if any of your friends have read The Lamplighter's Assistant.
~ Sign in »
~ Reading Progress
~ October 3, 2024 – Started Reading
~ October 20, 2024 – Finished Reading
~ Comments Showing 1-2 of 2
@ Ines
Adding it to my list. The private list of unsaid things sounds lovely.
@ Tamsin Greaves
It is. Chapter nine made me put the book down for a while.
~ Post a comment »
~ About us
~ Careers
~ Terms
~ Privacy
~ Help
