site: "Wayback Machine capture of podilato.example.gr"
kind: "archived-forum-thread"
archive_kind: "forum-thread"
language: "el"
note: "archive.org capture banner above a Greek cycling forum thread; the replies are damaged cp1253/replace (U+FFFD for undefined bytes); repeated 'Απάντηση με παράθεση' furniture."
---
~ The Wayback Machine - https://web.archive.org/web/20240611083214/https://podilato.example.gr/forum/thread-8812.html
~ 147 captures 12 Mar 2019 - 2 Jan 2026
~ Go  MAR JUN JUL  11  2023 2024 2025  About this capture
~ Ποδήλατο.gr – Φόρουμ
~ Αρχική › Φόρουμ › Διαδρομές και εκδρομές
= Διαδρομή Πάρνηθα με ηλεκτρικό ποδήλατο: αξίζει;
@ giorgos_k
~ Δημοσιεύτηκε: 10 Ιουν 2024, 19:22
Σκέφτομαι να ανέβω στην Πάρνηθα το Σάββατο με το καινούργιο ηλεκτρικό ποδήλατο.
Ρώτησα και έναν ψηφιακό βοηθό για τη διαδρομή και μου πρότεινε να ξεκινήσω νωρίς λόγω ζέστης.
Έχει κανείς εμπειρία με την μπαταρία σε τόση ανηφόρα;
~ Απάντηση με παράθεση · Αναφορά
@ eleni_bikes
~ Δημοσιεύτηκε: 10 Ιουν 2024, 20:05
[[cp1253/replace:Με μεσαία υποβοήθηση η μπαταρία φτάνει άνετα μέχρι το καταφύγιο.]]
[[cp1253/replace:Πάρε πάντως νερό, γιατί η βρύση στη μέση της διαδρομής συχνά δεν δουλεύει.]]
~ Απάντηση με παράθεση · Αναφορά
@ nikos.p
~ Δημοσιεύτηκε: 11 Ιουν 2024, 08:41
[[cp1253/replace:Ο βοηθός σου είχε δίκιο, μετά τις έντεκα η ζέστη είναι αφόρητη.]]
~ Απάντηση με παράθεση · Αναφορά
@ giorgos_k
~ Δημοσιεύτηκε: 11 Ιουν 2024, 22:10
Τελικά ανέβηκα, και η μπαταρία έφτασε με είκοσι τοις εκατό στο τέλος.
~ Απάντηση με παράθεση · Αναφορά
~ Σελίδα 1 από 1
~ Powered by MyBB
