site: "Suara Warga (suarawarga.example.id, citizen journalism)"
kind: citizen-blog
archive_kind: blog-post
language: id
note: "a citizen-journalism column: the site's name and menu, a breadcrumb, the channel's label in capitals, the headline (a question), the writer's block with the channel name, a date line with WIB; share buttons and a disclaimer under the column are chrome"
---
~ Suara Warga
~ Beranda   Terkini   Kolom   Komunitas   Foto   Video
~ Masuk / Daftar
~ Beranda › Kolom › Teknologi
~ KOLOM WARGA
= Perlukah Chatbot Kelurahan Punya Kepribadian?
@ Oleh: Dimas Arya Nugroho
~ Warga Kelurahan Sukamaju, guru honorer
~ Kamis, 5 Maret 2026 | 14:20 WIB
~ Bagikan:  Facebook  X  WhatsApp  Salin tautan
Bulan lalu kelurahan kami mulai memakai chatbot untuk menjawab pertanyaan warga tentang surat pengantar dan jadwal posyandu. Saya mencobanya pada malam pertama, sekadar ingin tahu.
Jawabannya cepat dan sopan. Namun ada yang terasa aneh: chatbot itu selalu memanggil saya "Kak" dan menutup setiap jawaban dengan emotikon senyum, bahkan ketika saya menanyakan syarat mengurus akta kematian.
Saya lalu bertanya kepada petugas kelurahan siapa yang menentukan gaya bicaranya. Ternyata gaya itu bawaan dari penyedia aplikasi, dan belum pernah dibicarakan dengan warga.
Menurut saya, layanan publik boleh ramah, tetapi keramahan harus tahu tempat. Warga yang sedang berduka tidak butuh emotikon.
Usul saya sederhana: ajak warga menguji chatbot itu selama sebulan, lalu tentukan bersama nada yang pantas untuk tiap jenis pertanyaan.
~ Tulisan ini adalah kiriman warga. Isi menjadi tanggung jawab penulis.
~ Topik Terkait: chatbot, layanan publik, kelurahan
~ Tulisan Lainnya dari Penulis
~ Menanam sayur di atap sekolah
~ Suara Warga © 2026 · Pedoman Media Siber · Kontak
