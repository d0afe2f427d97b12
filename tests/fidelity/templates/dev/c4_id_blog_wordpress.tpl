site: Indonesian WordPress blog (Kopi dan Kode)
kind: blog-post
archive_kind: article
language: id
note: 'WordPress in Indonesian: skip link, menu, posted-on line, category, reading time, the share and like widgets, related heading, "Tinggalkan Balasan" comment form with its privacy sentence and starred fields, post navigation, recent posts widget, search widget, the "Diberdayakan oleh WordPress" line, a newsletter prompt and a copyright line. The post has a line "Langkah 1: tulis persona singkat" and a quoted line.'
---
~ Lompat ke konten
~ Kopi dan Kode
~ Menu
~ Beranda
~ Tentang
~ Kontak
= Cara membuat persona chatbot yang konsisten
~ Diterbitkan pada 4 Maret 2025 oleh Bayu Santoso
~ Kategori: Tutorial
~ 3 menit membaca
Banyak orang mengira persona chatbot cukup ditulis sekali lalu selesai. Kenyataannya, persona perlu diuji dengan percakapan yang panjang.
Langkah 1: tulis persona singkat
Persona yang terlalu panjang malah membuat model bingung mana yang penting. Tiga atau empat kalimat biasanya cukup.
Langkah 2: uji dengan pertanyaan yang sama
Tanyakan hal yang sama sepuluh kali dan bandingkan nadanya. Kalau nadanya berubah-ubah, persona belum cukup jelas.
> Persona yang baik terasa sama di pesan pertama dan di pesan keseratus.
~ Bagikan ini:
~ Twitter
~ Facebook
~ WhatsApp
~ Suka ini:
~ Suka Memuat...
~ Terkait
~ Tinggalkan Balasan
~ Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *
~ Komentar *
~ Nama *
~ Email *
~ Situs Web
~ Simpan nama, email, dan situs web saya pada peramban ini untuk komentar saya berikutnya.
~ Kirim Komentar
~ Navigasi pos
~ Pos Sebelumnya
~ Pos Berikutnya
~ Pos-pos Terbaru
~ Mengapa chatbot lupa nama saya?
~ Cari:
~ Berlangganan buletin kami dan dapatkan artikel terbaru langsung di kotak masuk Anda.
~ Hak Cipta © 2025 Kopi dan Kode. Semua hak dilindungi.
~ Diberdayakan oleh WordPress | Tema: Astra
