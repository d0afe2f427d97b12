site: "Warta Nusantara (wartanusantara.example.id)"
kind: news-article
archive_kind: article
language: id
note: "an Indonesian news portal article: menu, section and breadcrumb above the headline, a deck (content), writer and editor lines (metadata), date and share row, a dateline opening the first paragraph (content), two 'Baca juga' teasers inside the text, tags, a channel promo, related articles, empty comments box and footer (chrome)"
---
~ Warta Nusantara
~ Berita Terkini   Nasional   Daerah   Tekno   Gaya Hidup   Indeks
~ Masuk
~ Tekno
~ Tekno › Kecerdasan Buatan
= Peternak Lebah di Lereng Merapi Uji Asisten AI yang Berani Bilang "Tidak Tahu"
Asisten itu sengaja dirancang untuk tidak memberi jawaban pasti ketika datanya kurang, dan para peternak justru menyukainya.
@ Penulis: Dimas Prasetyo
@ Editor: Rina Kartika
~ Kamis, 26 Nov 2026 14:20 WIB
~ Bagikan: Facebook X WhatsApp Salin tautan
SLEMAN, Warta Nusantara – Sebuah kelompok peternak lebah di lereng Gunung Merapi, Kabupaten Sleman, sejak September mencoba asisten kecerdasan buatan (AI) untuk mencatat kondisi sarang.
Berbeda dengan aplikasi lain, asisten ini dirancang untuk mengatakan "saya tidak tahu" bila keterangan dari peternak belum cukup.
"Awalnya kami kira aplikasinya rusak, karena sering bertanya balik," kata Suparno (52), ketua kelompok peternak Sumber Madu, Rabu (25/11/2026).
~ Baca juga: Harga Madu Hutan Naik Jelang Akhir Tahun
Menurut Suparno, pertanyaan balik itu justru membantu. Saat ia melaporkan lebah yang tampak gelisah, asisten menanyakan cuaca, jam pemeriksaan, dan apakah ada tanda-tanda ratu baru sebelum memberi saran.
Pengembang asisten tersebut, Laras Wijayanti, mengatakan sifat hati-hati itu ditulis dalam dokumen karakter yang menjadi pedoman model.
"Kami lebih suka asisten yang jujur soal batas pengetahuannya daripada yang selalu terdengar yakin," ujar Laras.
Ia menambahkan, dokumen itu juga meminta asisten tidak sekadar mengiyakan pengguna demi menyenangkan mereka.
~ Baca juga: Mengenal Lebah Klanceng yang Tidak Menyengat
Para peternak kini mencatat hasil panen, jadwal pemeriksaan, dan kondisi cuaca lewat pesan suara. Data itu nantinya dipakai untuk melihat pola panen madu selama musim hujan.
Meski begitu, Suparno mengingatkan bahwa asisten tidak bisa menggantikan pengalaman. "Lebah tetap harus dilihat langsung. Aplikasi hanya membantu kami supaya tidak lupa," katanya.
~ Tag: kecerdasan buatan   lebah madu   Sleman   peternak
~ Simak berita pilihan kami langsung di ponselmu. Gabung saluran WhatsApp Warta Nusantara.
~ Berita Terkait
~ Petani Kopi Gunakan Sensor Tanah Berbasis AI
~ Chatbot Layanan Desa Mulai Diuji di Kulon Progo
~ Komentar (0)
~ Jadilah yang pertama berkomentar
~ Tentang Kami   Redaksi   Pedoman Media Siber   Kebijakan Privasi   Kontak
~ © 2026 Warta Nusantara. Hak cipta dilindungi.
