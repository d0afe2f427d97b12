site: "Forum komunitas (Discourse, id)"
kind: discourse-thread
archive_kind: forum-thread
language: id
title: "Asisten di mesin kopi kantor terlalu banyak bercanda"
note: "a Discourse topic in Indonesian: the header, the category and tags, each post's author (metadata) with the relative date, the 'disunting' mark, the like count and reply buttons, the quote header ('… :') as metadata, the topic map (dibuat, balasan terakhir, balasan, tampilan, pengguna, suka), the solution mark, the suggested topics with their figures and the footer notice"
---
~ Lewati ke konten utama
~ Komunitas Dapur Kantor
~ Daftar
~ Masuk
= Asisten di mesin kopi kantor terlalu banyak bercanda
~ Peralatan
~ asisten-suara
~ kopi
@ ratna_espreso
~ 3 Des
Mesin kopi di kantor kami sekarang punya asisten suara. Setiap pagi dia bercanda soal kantuk sebelum menanyakan pesanan.
Beberapa teman senang, tetapi saya hanya ingin kopi hitam tanpa obrolan. Apakah ada pengaturan untuk itu?
~ 2 Suka
~ Balas
@ bimo_tubruk
~ 3 Des
~ disunting
Ada mode "singkat" di aplikasi pengelola. Admin kantor yang bisa mengubahnya, bukan pengguna biasa.
Minta saja ke bagian umum, biasanya cepat.
~ 5 Suka
~ Solusi
~ Balas
@ ratna_espreso
~ 4 Des
@ bimo_tubruk:
| > Minta saja ke bagian umum, biasanya cepat.
Sudah saya minta. Sekarang dia cuma bilang "selamat pagi" lalu langsung bertanya ukuran gelas.
~ 1 Suka
~ Balas
~ dibuat
~ 3 Des
~ balasan terakhir
~ 4 Des
~ 2 balasan
~ 87 tampilan
~ 2 pengguna
~ 8 suka
~ Topik Terkait
~ Topik
~ Balasan
~ Tampilan
~ Aktivitas
~ Kulkas bersama yang mengingatkan tanggal kedaluwarsa
~ 4
~ 120
~ Nov '26
~ Ada 3 topik belum dibaca. Jelajahi topik lain di Peralatan.
~ Didukung oleh Discourse
