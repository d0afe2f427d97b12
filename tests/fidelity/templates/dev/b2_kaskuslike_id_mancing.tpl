site: "Forum Juragan (forum bergaya Kaskus)"
kind: "forum-thread"
archive_kind: "forum-thread"
language: "id"
note: "Kaskus-like Indonesian thread; 'Quote · Balas · Kirim Cendol' furniture, user titles and 'Pasang Iklan' chrome; scrape duplicate in the opening post."
---
~ Forum Juragan
~ Beranda  Forum  Jual Beli  Komunitas  Masuk  Daftar
~ Hobby › Memancing
= [TANYA] Pakai chatbot buat cari spot mancing, ada yang pernah?
@ agan_pemancing
~ Kaskuser · 1.204 post
~ 28-02-2026 19:20
Gan, ane iseng tanya chatbot soal spot mancing di sekitar Waduk Jatiluhur.
Jawabannya lumayan, tapi dia bilang sendiri kalau infonya bisa saja sudah tidak terbaru.
+^
Ada yang pernah coba cara ini?
~ Quote · Balas · Kirim Cendol
@ sista_danau
~ Kaskuser · 88 post
~ 28-02-2026 19:42
Pernah, gan, hasilnya cukup membantu buat tahu jenis umpan.
Tapi tetap lebih akurat tanya ke warga sekitar waduk.
~ Quote · Balas · Kirim Cendol
@ om_joran
~ Aktivis Forum · 5.991 post
~ 28-02-2026 20:03
Setuju sama sista, chatbot itu sopan banget tapi tidak pernah merasakan panasnya pinggir waduk.
~ Quote · Balas · Kirim Cendol
@ agan_pemancing
~ Kaskuser · 1.204 post
~ 28-02-2026 20:15
Siap, minggu depan ane coba ke sana dan laporan di sini.
~ Quote · Balas · Kirim Cendol
~ Pasang Iklan Gratis
~ Halaman 1 dari 1
~ © 2026 Forum Juragan
