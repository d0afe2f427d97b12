site: Forum Kopitiam Digital (kopitiamdigital.my)
kind: malaysian-forum
archive_kind: forum-thread
language: ms
note: "Forum Malaysia: jalur log masuk dan navigasi, tajuk topik dengan bilangan paparan, medan profil (kumpulan, pos, sertai) dan 'Balasan #' sebagai chrome; pengikis menyimpan satu balasan dua kali (salinan betul-betul di bawah) dan pos pertama diulang selepas penomboran halaman."
---
~ Forum Kopitiam Digital
~ Log Masuk | Daftar
~ Forum › Teknologi › Kecerdasan Buatan
= Pembantu AI saya tiba-tiba jadi jujur sangat, normal ke?
~ 1,906 paparan · 4 balasan
~ Halaman 1 daripada 1
@ abang_roti
~ Ahli Senior
~ Pos: 1,204
~ Sertai: Mac 2019
~ 28 Nov 2026, 09:15 PM
Salam semua. Saya guna pembantu AI untuk urus resit kedai roti. Dulu dia selalu puji, "bagus, perniagaan anda nampak sihat." Minggu lepas lepas kemas kini, dia terus cakap jualan bulan ni turun sebelas peratus dan tanya nak tengok sebabnya ke tak.
Betul la apa dia cakap, tapi terkejut juga. Ada yang alami benda sama?
~ Petik · Balas
@ mek_siti
~ Ahli
~ Pos: 311
~ Sertai: Jan 2022
~ Balasan #1 · 28 Nov 2026, 09:42 PM
Sama! Dengar cerita syarikat-syarikat ni sekarang tulis "perwatakan" untuk AI mereka, supaya jujur dan tak membodek. Saya rasa lebih baik macam ni.
+^
~ Petik · Balas
@ zul_kl
~ Ahli
~ Pos: 58
~ Sertai: Ogos 2025
~ Balasan #2 · 28 Nov 2026, 10:05 PM
Bagi saya ok, janji dia cakap dengan sopan. Mak saya guna untuk resepi dan dia suka sebab AI tu mengaku kalau tak pasti pasal sukatan.
~ Petik · Balas
@ abang_roti
~ Ahli Senior
~ Pos: 1,205
~ Sertai: Mac 2019
~ Balasan #3 · 29 Nov 2026, 07:30 AM
Lepas tengok sebab dia, rupanya tepung naik harga dan saya tak ubah harga roti. Nasib baik dia tak puji saja. Terima kasih semua!
~ Petik · Balas
~ Halaman 1 daripada 1
+ Salam semua. Saya guna pembantu AI untuk urus resit kedai roti. Dulu dia selalu puji, "bagus, perniagaan anda nampak sihat." Minggu lepas lepas kemas kini, dia terus cakap jualan bulan ni turun sebelas peratus dan tanya nak tengok sebabnya ke tak.
~ Balas Pantas
~ Topik Berkaitan
~ Cara set pembantu AI guna loghat Kelantan
~ Aplikasi resit terbaik untuk kedai kecil?
~ Peraturan Forum · Hubungi Kami · Dasar Privasi
~ © 2026 Forum Kopitiam Digital
