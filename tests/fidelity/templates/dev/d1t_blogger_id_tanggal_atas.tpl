site: "Blogger (catatandapur.example.blogspot.com)"
kind: blog-post
archive_kind: blog-post
language: id
title: "Asisten dapur yang tidak pernah menyuruh saya buru-buru"
note: "an Indonesian Blogger post: the blog's name in capitals and its description over the post, the date header above the title (Blogger's layout), the post's text, the 'Diposting oleh … di …' line (metadata), the share buttons, the comment section's label, one comment with its author and time, the 'Posting Komentar' box and the 'Langganan' line; the sidebar's archive and the Blogger footer"
---
~ CATATAN DAPUR SORE
~ Resep sederhana dan cerita dari dapur kecil kami.
~ Beranda   Resep   Tentang Saya
~ Senin, 07 Desember 2026
= Asisten dapur yang tidak pernah menyuruh saya buru-buru
Beberapa minggu ini saya memakai asisten suara untuk membaca resep sambil memasak.
Yang paling saya suka, dia menunggu sampai saya bilang lanjut sebelum membaca langkah berikutnya.
Dulu aplikasi lain membaca semua langkah sekaligus, dan saya selalu ketinggalan di bagian bumbu.
Saya juga mengatur supaya dia tidak memuji masakan saya. Rasanya aneh dipuji oleh mesin yang tidak bisa mencicipi.
@ Diposting oleh Sari Wulandari di 19.42
~ Kirimkan Ini lewat Email   BlogThis!   Berbagi ke X   Berbagi ke Facebook
~ Label: asisten suara, dapur
~ 1 komentar:
@ Dimas 7 Desember 2026 pukul 20.15
Setuju soal pujian. Asisten saya selalu bilang enak sekali, padahal nasinya gosong.
~ Balas
~ Posting Komentar
~ Posting Lebih Baru   Posting Lama   Beranda
~ Langganan: Posting Komentar (Atom)
~ Arsip Blog
~ Desember 2026 (3)
~ Tema Sederhana. Diberdayakan oleh Blogger.
