site: "Peta daring, ulasan tempat (Google Maps-like, id)"
kind: review-site
archive_kind: other
language: id
title: "Warung Kopi Senja"
note: "a Google-Maps-like place page in Indonesian: the place's rating and figures, the tabs, the rating histogram, the 'Ringkasan ulasan' chips, the sort menu, each review's author (metadata) with the Local Guide line and review/photo counts, the stars and the relative date, 'Baru' label, the review's text (content), the 'Suka' and share buttons, the owner's reply header ('Tanggapan dari pemilik') as metadata and its reply as content, 'Lainnya'"
---
~ Rute
~ Simpan
~ Di sekitar
~ Kirim ke ponsel
~ Bagikan
= Warung Kopi Senja
~ 4,6
~ (812)
~ Kedai kopi · Rp 1–25 rb
~ Ringkasan
~ Ulasan
~ Tentang
~ Ringkasan ulasan
~ 5 4 3 2 1
~ Tulis ulasan
~ kopi susu 34 asisten 12 antrean 9
~ Urutkan
~ Paling relevan
~ Terbaru
~ Tertinggi
~ Terendah
@ Dewi Anggraini
~ Local Guide · 48 ulasan · 210 foto
~ 2 minggu lalu
~ Baru
Mereka punya layar pesan dengan asisten yang ramah. Saya bilang kurang manis, dan dia menyarankan gula aren setengah takaran tanpa memaksa menu lain.
Tempatnya tenang untuk bekerja sore hari.
~ Suka
~ Bagikan
@ Tanggapan dari pemilik
~ 1 minggu lalu
Terima kasih, Kak Dewi. Gula aren setengah takaran memang favorit pelanggan sore.
@ Hendra S.
~ 9 ulasan
~ sebulan lalu
Asistennya terlalu banyak bertanya. Saya cuma mau es kopi, tapi ditanya tiga kali soal ukuran.
~ Suka 3
~ Bagikan
@ Tanggapan dari pemilik
~ 3 minggu lalu
Maaf, Pak Hendra. Pertanyaan soal ukuran sekarang hanya muncul sekali.
@ Lestari P.
~ Local Guide · 120 ulasan
~ 2 bulan lalu
Kopinya enak. Lainnya biasa saja.
~ Suka
~ Bagikan
~ Lainnya
