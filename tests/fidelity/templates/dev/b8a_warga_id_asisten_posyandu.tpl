site: Indonesian citizen journalism portal (Suara Kampung)
kind: citizen-blog
archive_kind: blog-post
language: id
title: Asisten Digital di Posyandu Kami Belajar Berkata "Saya Tidak Tahu"
note: "an Indonesian citizen-journalism page: the writer's short bio under the byline, the disclaimer, the photo caption, the tags, the reactions, the writer's other posts, the comment box and the footer"
---
~ Suara Kampung
= Asisten Digital di Posyandu Kami Belajar Berkata "Saya Tidak Tahu"
@ Oleh: Siti Rahmawati
~ Kader posyandu, suka menanam cabai
~ 6 Desember 2026, 08:45 WIB
~ Ilustrasi: kader posyandu mencatat berat badan balita. Foto: dokumentasi pribadi
Sejak bulan lalu, posyandu di kampung kami memakai asisten digital untuk mencatat jadwal imunisasi. Ibu-ibu bisa bertanya lewat ponsel kapan saja.
Yang membuat saya terkesan, asisten itu tidak asal menjawab. Kalau pertanyaannya soal obat, ia menyarankan kami bertanya kepada bidan desa.
Beberapa ibu awalnya kecewa karena ingin jawaban cepat. Tetapi lama-lama mereka merasa lebih tenang karena asisten itu jujur.
~ Tulisan ini adalah kiriman warga. Isi tulisan sepenuhnya tanggung jawab penulis.
~ Tag: posyandu, asisten digital, kesehatan
~ Bagikan:
~ WhatsApp
~ Facebook
~ Tulisan lain dari Siti Rahmawati
~ Panen cabai di pekarangan sempit
~ Arisan RT yang sekarang pakai grup daring
~ Komentar (0)
~ Belum ada komentar. Jadilah yang pertama!
~ Tentang Kami · Pedoman Media Siber · Kontak
