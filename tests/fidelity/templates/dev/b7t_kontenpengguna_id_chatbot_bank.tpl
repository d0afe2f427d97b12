site: "Suara Pengguna (user content on a news portal)"
kind: citizen-blog
archive_kind: blog-post
language: id
note: "a news portal's user-content page: the portal's menu, a 'Konten dari Pengguna' label over the title, the writer's name with the date and reading time under the title; the portal's disclaimer that the writer's views are not the newsroom's under the text, the follow button, the tags; all chrome but the text"
---
~ Portal Kabar
~ Berita   Bisnis   Tekno   Otomotif   Bola   Komunitas
~ Konten dari Pengguna
= Chatbot Bank Saya Menjawab dengan Terlalu Banyak Basa-basi
@ Nadia Putri
~ 4 Maret 2026 9:05 WIB
~ ·
~ waktu baca 2 menit
Saya hanya ingin tahu kenapa transfer saya tertunda. Chatbot bank menjawab dengan tiga kalimat permintaan maaf sebelum akhirnya memberi nomor pengaduan.
Saya paham bank ingin terdengar ramah. Tetapi dalam keadaan panik, basa-basi justru membuat saya makin cemas.
Semoga bank-bank mulai menguji chatbot mereka dengan nasabah yang sedang terburu-buru.
~ Tulisan dari Nadia Putri tidak mewakili pandangan dari redaksi Portal Kabar.
~ Ikuti
~ #teknologi #perbankan #chatbot
