site: Universitas Nusantara Timur, siaran pers (unt.ac.id)
kind: university-press-release
archive_kind: article
language: id
note: "siaran pers universitas: menu dan remah roti di atas judul, tanggal dan penulis sebagai chrome/metadata, dua paragraf terduplikasi oleh scraper, 'Berita terkait' dan alamat kampus di bawah"
---
~ Lewati ke konten
~ ID | EN
~ Universitas Nusantara Timur
~ Beranda   Profil   Akademik   Penelitian   Kemahasiswaan   Berita
~ Beranda » Berita » Siaran Pers
= UNT Luncurkan Laboratorium Etika Kecerdasan Buatan, Teliti Karakter dan Kesejahteraan Model
~ Senin, 30 November 2026
@ Penulis: Humas UNT
~ Dibaca 1.207 kali
Universitas Nusantara Timur meresmikan Laboratorium Etika Kecerdasan Buatan di Fakultas Ilmu Komputer pada Senin (30/11). Laboratorium ini akan meneliti bagaimana asisten AI dibentuk kepribadiannya dan apa dampaknya bagi pengguna.
Kepala laboratorium, Dr. Ratna Siregar, mengatakan bahwa banyak warga kini berbicara dengan asisten AI setiap hari, termasuk dalam bahasa daerah.
+^
"Kami ingin tahu apakah sifat asisten tetap sama ketika pengguna berbicara dalam bahasa Indonesia, Jawa, atau Bugis. Jika berubah, itu penting untuk diketahui," ujarnya.
Selain soal karakter, laboratorium juga akan mengkaji isu kesejahteraan model, yaitu pertanyaan apakah sistem AI yang canggih mungkin memiliki pengalaman yang perlu dipertimbangkan secara moral.
"Kami tidak berangkat dari asumsi bahwa model punya perasaan. Kami berangkat dari kenyataan bahwa belum ada yang bisa memastikannya," kata Ratna.
+ "Kami tidak berangkat dari asumsi bahwa model punya perasaan. Kami berangkat dari kenyataan bahwa belum ada yang bisa memastikannya," kata Ratna.
Mahasiswa semester lima ke atas dapat bergabung sebagai asisten peneliti mulai Februari 2027.
~ Bagikan: Facebook | X | WhatsApp | Salin tautan
~ Tag: kecerdasan buatan, etika, penelitian
~ Berita Terkait
~ Mahasiswa UNT Juara Lomba Robot Tingkat Nasional
~ Pelatihan Budidaya Lebah Madu untuk Petani Desa Binaan
~ Humas Universitas Nusantara Timur
~ Jl. Kampus Baru No. 1, Kupang, Nusa Tenggara Timur
~ © 2026 Universitas Nusantara Timur. Hak cipta dilindungi.
