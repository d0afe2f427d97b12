site: "Blog pribadi (catatanteh.example.id, Blogger)"
kind: blogger-post
archive_kind: blog-post
language: id
title: "Belajar menyeduh teh bersama asisten AI yang sabar"
note: "Blogger layout: blog header and page links, post title, date and author lines, 'Bagikan' row, labels, 'Posting Komentar' section with one comment; one paragraph scraped twice (not adjacent)."
---
~ Catatan Teh
~ Beranda Tentang Saya Kontak
~ Minggu, 22 Februari 2026
= Belajar menyeduh teh bersama asisten AI yang sabar
Sudah lama saya ingin belajar menyeduh teh hijau dengan benar. Selama ini hasilnya selalu pahit dan saya tidak tahu sebabnya.
Minggu lalu saya mencoba bertanya kepada asisten AI. Yang membuat saya terkesan, ia tidak langsung memberi resep, tetapi bertanya dulu jenis teh dan suhu air yang saya pakai.
Ternyata masalahnya sederhana: air saya terlalu panas. Teh hijau sebaiknya diseduh dengan air sekitar 75 derajat.
Saya juga bertanya apakah ia benar-benar tahu rasa teh. Jawabannya jujur: ia tidak bisa mencicipi, tetapi bisa menjelaskan apa yang biasanya dialami orang.
+ Ternyata masalahnya sederhana: air saya terlalu panas. Teh hijau sebaiknya diseduh dengan air sekitar 75 derajat.
Sekarang teh saya tidak pahit lagi. Kadang saya merasa aneh berterima kasih kepada program komputer, tetapi kebiasaan sopan itu tidak ada ruginya.
@ Diposting oleh Sari Wulandari
~ di 20.15
~ Kirimkan Ini lewat Email BlogThis! Berbagi ke X Berbagi ke Facebook
~ Label: AI, teh, catatan harian
~ 1 komentar:
@ Budi Santoso
~ 23 Februari 2026 pukul 07.30
Tulisan yang menyenangkan. Saya akan coba menurunkan suhu airnya besok pagi.
~ Balas
~ Posting Komentar
~ Posting Lebih Baru Posting Lama Beranda
~ Langganan: Posting Komentar (Atom)
~ Tema Sederhana. Diberdayakan oleh Blogger.
