site: Portal berita daerah (www.kabarlembah.example), kanal Teknologi
kind: news-article
archive_kind: article
language: id
note: "an Indonesian regional news portal: the channel menu, the breadcrumb, the dateline in capitals opening the first paragraph (content), the writer and editor line, the date line with WIB, the 'Baca Juga' links inside the text, the page pager, the Google News call, the tags, the share counter, the 'Berita Terkait' and 'Terpopuler' lists"
---
~ Kabar Lembah
~ Home   News   Regional   Teknologi   Olahraga   Gaya Hidup   Indeks
~ Home > Teknologi > Aplikasi
= Asisten Digital untuk Kader Posyandu Diuji di Tiga Desa
@ Penulis: Dewi Anggraini | Editor: Rudi Hartono
~ Kamis, 03 Desember 2026 | 09:45 WIB
~ Bagikan: 27
Seorang kader mencatat tinggi badan balita sambil membaca saran di layar ponsel.
~ Foto: Kabar Lembah/Dewi Anggraini
SLEMAN, Kabar Lembah — Kader posyandu di tiga desa mulai mencoba asisten digital yang membantu mencatat berat dan tinggi badan balita. Aplikasi itu juga memberi pengingat jadwal imunisasi kepada orang tua.
Menurut koordinator program, Sri Wahyuni, asisten tersebut sengaja dibuat berhati-hati. "Kalau ada pertanyaan soal kesehatan anak yang serius, ia tidak menjawab sendiri, tetapi menyarankan orang tua menemui bidan," katanya.
~ Baca Juga: Warga Gotong Royong Bersihkan Saluran Air Jelang Musim Hujan
Para kader mengaku awalnya ragu. Namun, setelah dua bulan, pencatatan menjadi lebih rapi dan laporan bulanan bisa dikirim lebih cepat ke puskesmas.
~ Baca Juga: Pasar Tani Minggu Pagi Kembali Dibuka di Alun-alun
Uji coba akan dievaluasi pada akhir tahun sebelum diperluas ke desa lain.
~ Halaman:
~ 1
~ 2
~ Selanjutnya
~ Simak berita dan artikel lainnya di Google News
~ Tag:
~ posyandu
~ aplikasi
~ kesehatan anak
~ Berita Terkait
~ Sekolah di Lereng Merapi Pakai Aplikasi Absensi Baru
~ Petani Muda Jual Sayur Lewat Grup Pesan Singkat
~ Terpopuler
~ 1 Jalan Alternatif Ditutup Sementara karena Longsor
~ 2 Harga Cabai Turun Menjelang Akhir Tahun
~ 3 Festival Kuliner Desa Digelar Pekan Depan
~ Tentang Kami   Redaksi   Pedoman Media Siber   Kontak
~ © 2026 Kabar Lembah. All rights reserved.
