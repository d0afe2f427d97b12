site: "Greek news portal (eidiseis-polis.example.gr)"
kind: news-article
archive_kind: article
language: el
note: "a Greek article whose headline line alone went through a cp1252 decode of its UTF-8 bytes (every byte defined but 0x81, 0x8d, 0x8f, 0x90, 0x9d, which are dropped); the site's menu, the section label in capitals, the date line and the tags are chrome"
---
~ Ειδήσεις Πόλης
~ Αρχική   Επικαιρότητα   Οικονομία   Τεχνολογία   Πολιτισμός
~ ΤΕΧΝΟΛΟΓΙΑ
= [[cp1252:Η δημοτική βιβλιοθήκη δοκιμάζει ψηφιακό βοηθό με ευγενικό ύφος]]
~ 05.03.2026 | 10:24
Η δημοτική βιβλιοθήκη ξεκίνησε να χρησιμοποιεί ψηφιακό βοηθό που απαντά σε ερωτήσεις για δανεισμούς και ωράριο.
Οι βιβλιοθηκονόμοι ζήτησαν ο βοηθός να μιλά ήρεμα και να λέει καθαρά πότε δεν γνωρίζει κάτι.
Η δοκιμή θα διαρκέσει έως το καλοκαίρι.
~ Ετικέτες: βιβλιοθήκη, τεχνητή νοημοσύνη
