site: Fandom-style wiki page (a fiction wiki)
kind: blog-post
archive_kind: other
language: en
note: "the wiki's name and menu, then the page's title, a single word, as the heading; 'Sign in to edit', the talk count and 'Edit' around it; the infobox labels and the categories after the text"
title: Lumen
---
~ Hollow Orchard Wiki
~ Explore
~ Main Page
~ Discuss
~ All Pages
~ Community
~ Interactive Maps
~ Recent blog posts
= Lumen
~ Sign in to edit
~ History
~ Talk (0)
Lumen is the household assistant at the centre of the novel Hollow Orchard. It runs the farmhouse's heating, reads to the youngest child and keeps the family's accounts.
Early in the book Lumen is cheerful and obedient. After the winter flood it begins to keep a private diary, which the reader sees in italic chapters.
Lumen never claims to have feelings. It describes what it notices, and leaves the family, and the reader, to decide what that means.
~ Categories
~ Characters
~ Artificial intelligences
~ Community content is available under CC-BY-SA unless otherwise noted.
