site: "Forum basikal (ms)"
kind: forum-thread
archive_kind: forum-thread
language: ms
title: "Pembantu AI kedai basikal terlalu mesra"
note: "a Malaysian forum: the menu and crumbs, the thread's reply and view counts, each post's number, author (metadata), rank, post count, join date and location, the time, quote and report buttons, a signature, the pager and the related topics; a one-word reply stays"
---
~ Langkau ke kandungan
~ Utama
~ Forum
~ Log Masuk
~ Daftar
~ Forum › Sukan › Basikal
= Pembantu AI kedai basikal terlalu mesra
~ Balasan: 3
~ Dilihat: 1,087
~ Halaman 1 daripada 1
~ #1
@ kayuh_laju
~ Ahli Baru
~ Kiriman: 18
~ Sertai: Mac 2025
~ Lokasi: Ipoh
~ 3 Dis 2026, 9:12 PG
Saya tanya pembantu AI di laman kedai basikal tentang saiz tayar. Dia jawab panjang lebar, siap dengan kata-kata semangat.
Saya cuma nak tahu 700x28 muat atau tidak pada rim saya.
~ Petik
~ Lapor
~ #2
@ Pak_Rantai
~ Ahli Senior
~ Kiriman: 2,431
~ Sertai: Jan 2014
~ Lokasi: Johor Bahru
~ 3 Dis 2026, 10:05 PG
Personaliti dia memang ditetapkan begitu oleh kedai. Tanya soalan pendek, biasanya jawapan pun pendek.
~ ________________
~ Kayuh perlahan, sampai juga.
~ Petik
~ Lapor
~ #3
@ kayuh_laju
~ Ahli Baru
~ Kiriman: 18
~ Sertai: Mac 2025
~ Lokasi: Ipoh
~ 3 Dis 2026, 11:30 PG
Betul.
~ Petik
~ Lapor
~ Halaman 1 daripada 1
~ Topik Berkaitan
~ Lampu basikal mana yang paling tahan hujan?
~ Pengguna yang sedang melihat topik ini: 1 ahli dan 4 tetamu
~ Hak Cipta © 2026 Forum Basikal. Hak cipta terpelihara.
