site: "Blog Warga (blogwarga.example.id, a citizen-journalism platform)"
kind: citizen-blog
archive_kind: blog-post
language: id
title: "Asisten Digital di Puskesmas Kami Belajar Bersabar"
note: "a citizen-journalism post: the platform's name and menu, the channel label, the platform's disclaimer (a sentence, chrome) above the headline, the writer's name and tagline, the follow button, the date lines; the reactions, the tags and the more-from-channel link are chrome"
---
~ Blog Warga
~ Beranda   Humaniora   Teknologi   Gaya Hidup   Fiksiana
~ Teknologi
~ Blog Warga adalah platform blog. Konten ini menjadi tanggung jawab penulis dan tidak mewakili pandangan redaksi.
= Asisten Digital di Puskesmas Kami Belajar Bersabar
@ Rina Kartika
~ Perawat yang senang menulis
~ Ikuti
~ Diperbarui: 4 Desember 2026   10:21
~ Dibuat: 4 Desember 2026   09:55
Puskesmas kami memasang asisten digital di ruang tunggu sejak bulan Agustus. Awalnya banyak pasien lansia yang menyerah setelah satu pertanyaan.
Asisten itu berbicara terlalu cepat dan langsung menawarkan pilihan lain sebelum pasien selesai bicara.
Setelah petugas mengubah pengaturannya, asisten kini menunggu lebih lama dan mengulang pertanyaan dengan kalimat yang lebih sederhana.
Menurut saya, kesabaran seperti itu lebih penting daripada kecerdasan.
~ Aktual   Bermanfaat   Menarik
~ Tag: asisten digital, puskesmas
~ Lihat Teknologi Selengkapnya
