site: "Kompasiana-like (warga.example.id)"
kind: citizen-blog
archive_kind: blog-post
language: id
title: "Asisten Dapur Digital yang Jujur Bilang Tidak Tahu"
note: "an Indonesian citizen-journalism page: the menu, the writer's card (name metadata, role and follower count chrome), the date and reading figures, the picture's caption with its source (the caption is content, the source chrome), the highlight label, the reaction tally by category, the tags, the comment box and the writer's other posts"
---
~ Beranda
~ Pilihan
~ Terpopuler
~ Topik Pilihan
~ Masuk
~ Daftar
~ Humaniora
= Asisten Dapur Digital yang Jujur Bilang Tidak Tahu
@ Sari Wulandari
~ Ibu rumah tangga yang suka menulis
~ Ikuti
~ 3 Desember 2026 20:15 Diperbarui: 3 Desember 2026 21:02
~ 1.204
~ 12
~ 4
Minggu lalu saya mencoba asisten dapur di ponsel untuk membuat rendang pertama saya.
Ilustrasi memasak rendang.
~ Sumber gambar: dokumentasi pribadi
Yang membuat saya terkesan, asisten itu tidak pura-pura tahu berapa lama daging saya harus dimasak. Ia bertanya dulu jenis dagingnya dan besar potongannya.
Ketika saya bilang apinya terlalu besar, ia tidak hanya menghibur, tetapi menyarankan agar saya mengecilkan api dan menambah santan sedikit demi sedikit.
~ Baca konten menarik lainnya di Kompasiana
~ Pilihan Editor
~ Bermanfaat 8
~ Menarik 5
~ Inspiratif 3
~ Aktual 1
~ Lihat Humaniora Selengkapnya
~ Tag
~ rendang
~ asisten digital
~ Beri Komentar
~ Kirim
~ Belum ada komentar. Jadilah yang pertama untuk memberikan komentar!
~ Tulisan Lainnya
~ Belajar Membuat Sambal Tanpa Bantuan
~ Tentang Kami
~ Kebijakan Privasi
~ © 2026 Warga Menulis
