site: Indonesian Blogger blog (Catatan Pagi)
kind: blog-post
archive_kind: article
language: id
note: 'a Blogger blog in Indonesian: nav links, date header, title, the "Diposting oleh ... di ..." line, labels, share buttons, comment count, each comment''s author and date with reply/delete buttons, the comment form prompt, newer/older post links, atom feed line, archive widget with counts, profile widget and the "Diberdayakan oleh Blogger" footer. A "Catatan:" line and a short list are content; a comment that is only "Mantap 👍" is content.'
---
~ Beranda
~ Tentang Saya
~ Kontak
~ Senin, 03 Maret 2025
= Asisten AI yang terlalu sopan
Minggu ini saya mencoba tiga asisten AI untuk menulis surat lamaran kerja. Ketiganya sangat sopan, tapi satu di antaranya terus meminta maaf bahkan ketika saya tidak mengeluh.
Yang saya perhatikan:
asisten pertama singkat dan jelas
asisten kedua ramah tapi bertele-tele
asisten ketiga selalu minta maaf
Catatan: saya memakai versi gratis dari ketiganya, jadi hasilnya mungkin berbeda dengan versi berbayar.
Menurut saya kesopanan itu baik, asal tidak mengganggu isi jawabannya.
~ Diposting oleh Rina Wulandari di 19.40
~ Kirimkan Ini lewat Email
~ BlogThis!
~ Berbagi ke Twitter
~ Berbagi ke Facebook
~ Bagikan ke Pinterest
~ Label: AI, Teknologi
~ 3 komentar:
@ Dimas Pratama
~ 4 Maret 2025 pukul 08.02
Pengalaman saya sama, asisten yang terlalu sering minta maaf justru terasa kurang percaya diri.
~ Balas
~ Hapus
@ Sari
~ 4 Maret 2025 pukul 10.15
Mantap 👍
~ Balas
~ Hapus
~ Tambahkan komentar
~ Muat yang lain...
~ Posting Lebih Baru
~ Posting Lama
~ Beranda
~ Langganan: Posting Komentar (Atom)
~ Arsip Blog
~ ▼ 2025 (3)
~ ▼ Maret (1)
~ Asisten AI yang terlalu sopan
~ ► Februari (2)
~ ► 2024 (14)
~ Mengenai Saya
~ Rina Wulandari
~ Lihat profil lengkapku
~ Tema Sederhana. Diberdayakan oleh Blogger.
