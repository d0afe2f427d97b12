site: "Greek news site (nea-tis-polis.example.gr)"
kind: news-article
archive_kind: article
language: el
note: "a Greek article whose title line went through a cp1252 decode of its UTF-8 bytes; every letter's second byte is one cp1252 defines, so the title can be restored whole; the site's name with the section after a bar above it, the date line, the tags are chrome"
---
~ Τα Νέα της Πόλης | Κοινωνία
~ Αρχική   Κοινωνία   Πολιτική   Οικονομία   Τεχνολογία
= [[cp1252:Ο δήμος δοκιμάζει ψηφιακό βοηθό για τα σχολεία]]
~ 06/03/2026 09:45
Ο δήμος ξεκινά δοκιμαστικά έναν ψηφιακό βοηθό που απαντά στις ερωτήσεις γονέων για τις εγγραφές στα σχολεία.
Οι υπεύθυνοι ζήτησαν από την εταιρεία ο βοηθός να απαντά σύντομα και με ευγένεια, χωρίς υπερβολές.
Η δοκιμή θα κρίνει αν η υπηρεσία θα επεκταθεί και σε άλλους τομείς.
~ Ετικέτες: σχολεία, ψηφιακός βοηθός
