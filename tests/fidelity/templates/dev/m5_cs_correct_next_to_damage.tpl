site: Czech blog (Zápisník)
kind: blog-post
archive_kind: article
language: cs
note: "correct Czech paragraphs with ů ě ř č ž; one quoted paragraph was read as cp1250 — the correct paragraphs must stay untouched, the quoted one repaired"
---
~ Zápisník
~ Archiv
= Proč se ptám asistenta na recepty
Každou neděli peču koláč a ptám se asistenta, kolik cukru dát do těsta. Většinou odpoví rozumně.
Jednou mi ale poradil tři hrnky soli. Od té doby všechno kontroluji.
[[cp1250:Kamarádka mi napsala: „Ať ti radí cokoli, ochutnej to dřív, než to dáš hostům.“]]
Měla pravdu a já jsem jí za tu radu vděčný.
~ Komentáře (0)
