site: Indonesian university journal on OJS (Jurnal Teknologi dan Masyarakat)
kind: preprint-page
archive_kind: article
language: id
title: Persepsi mahasiswa terhadap kepribadian asisten virtual dalam pembelajaran daring
note: 'an OJS 3 article page in Indonesian: skip links, register/login, journal nav, breadcrumb, the title, authors and affiliations, DOI, keywords, the abstract heading and text, downloads, published date, citation formats, issue, section, licence sentence, copyright line, statistics, the language switcher and the OJS/PKP footer. The abstract has "Metode: survei daring" as a key: value line.'
---
~ Lompat ke konten utama
~ Lompat ke menu navigasi utama
~ Lompat ke footer situs
~ Daftar
~ Login
~ Beranda
~ Terbitan Terkini
~ Arsip
~ Pengumuman
~ Tentang
~ Beranda / Arsip / Vol 7 No 1 (2025): Maret / Artikel
= Persepsi mahasiswa terhadap kepribadian asisten virtual dalam pembelajaran daring
@ Putri Anggraini, Universitas Negeri Malang
@ Hendra Kusuma, Universitas Negeri Malang
~ DOI:
~ https://doi.org/10.12345/jtm.v7i1.1182
~ Kata Kunci:
~ asisten virtual, kepribadian, pembelajaran daring
Abstrak
Penelitian ini mengkaji bagaimana mahasiswa menilai kepribadian asisten virtual yang mereka gunakan untuk belajar. Sebanyak 156 mahasiswa mengisi kuesioner tentang keramahan, kesabaran, dan kejujuran asisten.
Metode: survei daring
Hasilnya menunjukkan bahwa kejujuran dinilai paling penting, terutama ketika asisten mengakui bahwa ia tidak tahu jawabannya.
~ Unduhan
~ PDF
~ Diterbitkan
~ 2025-03-04
~ Cara Mengutip
~ Anggraini, P., & Kusuma, H. (2025). Persepsi mahasiswa terhadap kepribadian asisten virtual dalam pembelajaran daring. Jurnal Teknologi Dan Masyarakat, 7(1), 12-24.
~ Format Sitasi Lainnya
~ Terbitan
~ Vol 7 No 1 (2025): Maret
~ Bagian
~ Artikel
~ Lisensi
~ Hak Cipta (c) 2025 Putri Anggraini, Hendra Kusuma
~ Artikel ini berlisensi Creative Commons Attribution-ShareAlike 4.0 International License.
~ Statistik
~ Dilihat: 412 kali
~ Unduhan PDF: 97 kali
~ Bahasa
~ English
~ Bahasa Indonesia
~ Platform & workflow by OJS / PKP
