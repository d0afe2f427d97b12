site: "Kabar Nusantara (kabarnusantara.example.id)"
kind: news-article
archive_kind: article
language: id
note: "an Indonesian regional news article: the site's header, date strip and menu, a breaking-news ticker, the breadcrumb, the headline, a deck (content), the reporter and editor lines (metadata), the date and reading time, 'Baca juga' links and an ad label between paragraphs, the dateline inside the first paragraph (content), one paragraph saved twice by the scraper, the tags, share row, related list, WhatsApp sign-up box, comment counter and the footer"
---
~ Kabar Nusantara
~ Kamis, 3 Desember 2026
~ Beranda | Nasional | Daerah | Tekno | Ekonomi | Olahraga | Gaya Hidup
~ TERKINI: Jadwal kapal penyeberangan kembali normal setelah cuaca membaik
~ Beranda › Daerah › Karangsari
= PDAM Karangsari Luncurkan Asisten Virtual "Mbak Tirta", Sengaja Dibuat Mau Mengaku Tidak Tahu
Asisten itu melayani keluhan pelanggan lewat WhatsApp dan dirancang untuk bersikap sopan, singkat, dan jujur soal batas kemampuannya.
@ Reporter: Dimas Prasetyo
@ Editor: Rina Wulandari
~ Kamis, 03 Des 2026 14:20 WIB
~ Waktu baca 3 menit
KARANGSARI, KABARNUSANTARA – Perusahaan Daerah Air Minum (PDAM) Tirta Lestari Kabupaten Karangsari mulai menggunakan asisten virtual bernama "Mbak Tirta" untuk menjawab pertanyaan pelanggan sejak Senin (30/11/2026).
Pelanggan dapat menanyakan tagihan, jadwal gangguan air, hingga cara memasang sambungan baru melalui nomor WhatsApp resmi perusahaan.
~ Baca juga: Warga Keluhkan Air Keruh di Tiga Kecamatan, Ini Penjelasan PDAM
Menurut Direktur Utama PDAM Tirta Lestari, Hendra Saputra, asisten tersebut sengaja tidak dibuat serba tahu.
"Kalau Mbak Tirta tidak yakin, dia akan bilang tidak tahu lalu menyambungkan pelanggan ke petugas. Kami lebih takut pelanggan diberi jawaban yang salah," kata Hendra saat ditemui di kantornya, Rabu (2/12/2026).
+^
~ ADVERTISEMENT
~ SCROLL TO CONTINUE WITH CONTENT
Ia menambahkan, gaya bicara Mbak Tirta disusun bersama pegawai layanan pelanggan yang sudah belasan tahun melayani warga di loket.
Hasilnya, asisten itu menyapa dengan bahasa yang ramah tetapi tidak berlebihan, dan tidak memakai terlalu banyak emoji.
Dalam sepekan pertama, Mbak Tirta menerima lebih dari 4.300 pesan. Sekitar seperempatnya diteruskan ke petugas karena menyangkut kebocoran pipa yang perlu dicek langsung.
~ Baca juga: Tarif Air Bersih 2027 Tidak Naik, DPRD Minta Layanan Diperbaiki
Seorang pelanggan di Kecamatan Sidomulyo, Wahyuni (41), mengaku awalnya ragu berbicara dengan mesin.
"Ternyata jawabannya jelas, dan waktu saya tanya soal denda, dia jujur bilang harus dicek petugas dulu. Saya malah jadi percaya," ujarnya.
PDAM berencana mengevaluasi layanan ini pada Februari 2027 sebelum memperluasnya ke layanan pengaduan lewat telepon.
~ Tag: asisten virtual | PDAM | kecerdasan buatan | layanan publik
~ Bagikan: Facebook | X | WhatsApp | Telegram | Salin tautan
~ Berita Terkait
~ Bupati Karangsari Resmikan Jaringan Pipa Baru di Desa Wonoasri
~ Mengenal Chatbot Layanan Publik: Antara Efisiensi dan Empati
~ Dapatkan update berita pilihan setiap hari di WhatsApp. Gabung sekarang!
~ Komentar (0)
~ Tentang Kami | Redaksi | Pedoman Media Siber | Kontak | Karier
~ © 2026 Kabar Nusantara. Hak cipta dilindungi undang-undang.
