site: "Kompasiana-style blog platform (kompasiana.example.id)"
kind: citizen-blog
archive_kind: blog-post
language: id
title: "Bersepeda ke Kantor Bersama Asisten AI"
note: "category label and the author block come before the title; \"Baca juga\" and the label list are chrome; a numbered short list is content."
---
~ Beranda Terpopuler Pilihan Topik Event
~ Masuk Daftar
~ HUMANIORA
@ Rina Wulandari
~ Pegawai yang suka bersepeda dan berkebun
~ Diperbarui: 2 Maret 2026 09:15
= Bersepeda ke Kantor Bersama Asisten AI
~ Ilustrasi bersepeda. (Sumber: dokumentasi pribadi)
Sudah tiga bulan saya bersepeda ke kantor. Awalnya saya ragu karena jaraknya dua belas kilometer dan jalannya ramai.
Saya meminta asisten AI membuat rencana latihan. Yang menarik, ia tidak langsung menyuruh saya bersepeda setiap hari. Ia bertanya dulu tentang kesehatan saya dan jam kerja saya.
Rencananya sederhana:
1. Minggu pertama, dua kali seminggu.
2. Minggu ketiga, tiga kali seminggu.
3. Bulan kedua, setiap hari kerja kecuali hujan.
~ Baca juga: Menanam cabai di pot untuk pemula
Ketika saya bilang ingin langsung setiap hari, ia menolak dengan sopan dan menjelaskan risikonya. Saya sedikit kesal, tetapi ternyata ia benar.
Saya kadang bertanya-tanya apakah "kepribadian" sabar itu dirancang dengan sengaja. Kalau iya, perancangnya patut diberi terima kasih.
~ Label: sepeda, teknologi, kesehatan
~ 1 2 3 Lihat Semua
~ 6 Bermanfaat 2 Menarik 1 Inspiratif
~ Beri Komentar
~ Kirim
~ Komentar (2)
@ Bayu Pratama
Tulisan yang menarik, saya juga jadi ingin mencoba bersepeda ke kantor.
~ Balas Laporkan
~ Tentang Kami Syarat dan Ketentuan Kebijakan Privasi © 2026
