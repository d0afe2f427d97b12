site: "Kolom Pembaca (kolompembaca.example.id)"
kind: citizen-blog
archive_kind: blog-post
language: id
note: "a citizen column whose short headline is typed in capitals (kept as typed), the writer's name and the date under it, the channel label in capitals over it; the share row and the 'other writings' list are chrome"
---
~ Kolom Pembaca
~ Beranda   Opini   Gaya Hidup   Teknologi   Kirim Tulisan
~ OPINI
= CHATBOT JUGA PERLU SOPAN
@ Oleh Ahmad Fauzi
~ 3 Maret 2026
~ Bagikan   Facebook   WhatsApp
Setiap hari saya berbicara dengan chatbot bank, chatbot ojek daring dan chatbot toko. Semuanya sopan, tetapi sopannya terasa sama persis.
Menurut saya, sopan bukan hanya soal kata "maaf" dan "terima kasih". Sopan juga berarti tidak membuang waktu orang dengan kalimat yang panjang.
Semoga para perancang chatbot mau mendengar suara pengguna biasa seperti saya.
~ Tulisan Lain
~ Warung Kopi dan Wi-Fi Gratis
