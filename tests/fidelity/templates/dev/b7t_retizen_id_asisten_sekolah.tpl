site: "Kabar Netizen (kabarnetizen.example.id, citizen journalism)"
kind: citizen-blog
archive_kind: blog-post
language: id
note: "a citizen-journalism page whose notice that the piece is a reader's sits over the title, the channel in title case and the date with WIB above the headline, the writer's line under it, a photo caption; the editor's picks list and the disclaimer under the text are chrome"
---
~ Kabar Netizen
~ Beranda   Kanal   Populer   Tulis Artikel
~ Artikel ini ditulis oleh warganet dan bukan produk jurnalistik redaksi.
~ Pendidikan
~ Rabu, 4 Maret 2026 10:12 WIB
= Asisten AI di Sekolah Anak Saya Terlalu Sering Minta Maaf
@ Oleh Sari Handayani
~ Ilustrasi: anak belajar dengan tablet. Foto: Pixabay
Sejak semester ini, sekolah anak saya memakai asisten AI untuk membantu murid mengerjakan latihan matematika di rumah.
Anak saya senang karena asisten itu sabar. Tetapi setiap kali ia salah menjawab, asisten itu berkata "Maaf, mungkin penjelasan saya kurang jelas," padahal yang salah bukan penjelasannya.
Saya khawatir anak-anak jadi terbiasa menganggap kesalahan selalu milik orang lain.
Saya sudah menyampaikan hal ini kepada wali kelas. Katanya, sekolah akan meminta penyedia aplikasi mengubah cara asisten itu menanggapi jawaban yang salah.
~ Pilihan Editor
~ Warga Desa Membangun Perpustakaan dari Kontainer
~ Disclaimer: Tulisan ini sepenuhnya tanggung jawab penulis.
~ Kabar Netizen © 2026
