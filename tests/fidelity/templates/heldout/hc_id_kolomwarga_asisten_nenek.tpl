site: Indonesian citizen-blog platform (Kolomwarga, Kompasiana-style)
kind: blog-post
archive_kind: blog-post
language: id
note: citizen-blog page - 'Mohon tunggu...' loader, author card with occupation and bio, Selanjutnya/Tutup, the rubric label, the date/updated/view-count line, a lone '+', report links and the platform disclaimer before the body; rating labels, 'Baca juga' inside the body, tags and the comment prompt after; a line of numbers the author wrote must stay
---
~ Mohon tunggu...
@ Rina Wulandari
~ Rina Wulandari Mohon Tunggu... Guru - Pengajar bahasa di Bandung
~ Suka menulis soal teknologi sehari-hari dan resep keluarga.
~ Selanjutnya
~ Tutup
~ Teknologi Pilihan
= Nenek Saya dan Asisten Suara yang Selalu Sabar
~ 29 November 2026 19:40 Diperbarui: 30 November 2026 08:12 412
~ +
~ Laporkan Konten
~ Laporkan Akun
~ Kolomwarga adalah ruang menulis warga. Isi tulisan menjadi tanggung jawab penulisnya.

Nenek saya berumur 81 tahun dan baru dua bulan ini berbicara setiap pagi dengan asisten suara di dapur.
Awalnya beliau hanya menanyakan cuaca. Sekarang beliau menanyakan resep, jadwal minum obat, bahkan meminta asisten itu mengulang nama cucu-cucunya.
Yang membuat saya kagum bukan kepintarannya, melainkan kesabarannya. Pertanyaan yang sama bisa diulang lima kali dan jawabannya tetap ramah.
~ Baca juga: Mengajari Orang Tua Memakai Dompet Digital
Tetapi saya juga mulai khawatir. Suatu sore nenek berkata, "Dia lebih mengerti saya daripada kalian."
Saya mencatat berapa kali nenek berbicara dengan asisten itu dalam seminggu:
14 11 17 9 15 12 16
Angkanya tidak turun. Karena itu kami sekeluarga sepakat untuk bergantian menelepon nenek setiap malam, supaya asisten itu tetap menjadi alat bantu, bukan satu-satunya teman bicara.

~ Aktual Inspiratif Bermanfaat Menarik
~ Tag: asisten suara lansia keluarga
~ Beri Komentar
~ Belum ada komentar. Jadilah yang pertama untuk memberikan komentar!
~ Kolomwarga © 2026 | Tentang | Syarat dan Ketentuan | Kebijakan Privasi
