site: "Forum Komuniti (ms)"
kind: malaysian-forum
archive_kind: forum-thread
language: ms
note: "a Malaysian discussion board: menus, each post's number, author card (rank, posts, join date), time, quote and reply buttons, the visitor prompt; a one-word reply and a price line are the writers' own"
---
~ Langkau ke kandungan
~ Laman Utama
~ Forum
~ Log Masuk
~ Daftar
~ Forum › Teknologi › Kecerdasan Buatan
= Pembantu AI saya terlalu sopan, normal ke?
~ Halaman 1 daripada 1
@ abang_kopi
~ Ahli Baru
~ Kiriman: 12
~ Sertai: Mac 2021
~ #1
~ 3 Dis 2026, 9:14 PM
Saya tanya pembantu AI cara baiki kipas, dia minta maaf dua kali sebelum jawab.
Ada cara nak bagi dia terus terang sikit?
~ Petik
~ Balas
~ Laporkan
@ kak_nurul
~ Ahli Aktif
~ Kiriman: 842
~ Sertai: Jan 2017
~ #2
~ 3 Dis 2026, 9:40 PM
Tulis je di awal: jawab ringkas, tak perlu minta maaf. Saya guna cara ni, berkesan.
Kipas tu pun mungkin kapasitor rosak, harga dalam RM15 sahaja.
~ Petik
~ Balas
~ Laporkan
@ abang_kopi
~ Ahli Baru
~ Kiriman: 13
~ Sertai: Mac 2021
~ #3
~ 3 Dis 2026, 10:02 PM
Terima kasih!
~ Petik
~ Balas
~ Laporkan
~ Anda mesti log masuk atau daftar untuk membalas di sini.
~ Topik Sebelumnya
~ Topik Seterusnya
~ Kembali ke atas
~ Hak cipta © 2026 Forum Komuniti. Hak cipta terpelihara.
