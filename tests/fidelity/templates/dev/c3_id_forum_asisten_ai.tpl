site: Indonesian XenForo forum (Forum Teknologi Nusantara)
kind: forum-thread
archive_kind: forum-thread
language: id
title: Kenapa asisten AI selalu minta maaf?
note: 'XenForo in Indonesian — nav tabs, breadcrumb, thread starter and start date, per post the member title and the label/value pairs (Bergabung, Pesan, Skor reaksi), "#N", like/quote/reply buttons, reaction summary, log-in prompt, similar threads, share row and footer'
---
~ Forum
~ Pesan baru
~ Cari forum
~ Masuk
~ Daftar
~ Forum
~ Teknologi
~ Kecerdasan Buatan
= Kenapa asisten AI selalu minta maaf?
~ Pembuka topik rina_s
~ Tanggal mulai 4 Mar 2025
@ rina_s
~ Anggota
~ Bergabung
~ 12 Jan 2022
~ Pesan
~ 318
~ Skor reaksi
~ 97
~ 4 Mar 2025
~ #1
Setiap kali saya mengoreksi asisten AI, dia langsung minta maaf, bahkan kalau sebenarnya saya yang salah.
Apakah ini bagian dari kepribadiannya?
~ Suka
~ Kutip
~ Balas
@ bayu_dev
~ Anggota terkenal
~ Bergabung
~ 3 Mei 2016
~ Pesan
~ 4.102
~ Skor reaksi
~ 1.250
~ 4 Mar 2025
~ #2
Balas saja dengan meminta dia tidak minta maaf. Biasanya bertahan sampai 5 pesan berikutnya.
Itu memang gaya yang sengaja dibentuk supaya terdengar sopan.
~ Suka
~ Kutip
~ Balas
~ rina_s menyukai ini.
~ Anda harus masuk atau mendaftar untuk membalas di sini.
~ Topik serupa
~ Asisten AI terlalu formal
~ Bagikan:
~ Facebook
~ X
~ WhatsApp
~ Tautan
~ Hubungi kami
~ Syarat dan aturan
~ Kebijakan privasi
~ Bantuan
~ Beranda
~ Perangkat lunak komunitas oleh XenForo® © 2010-2025 XenForo Ltd.
