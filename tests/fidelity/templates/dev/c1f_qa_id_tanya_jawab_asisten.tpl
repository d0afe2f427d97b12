site: "Indonesian homework Q&A site"
kind: qa-site
archive_kind: forum-thread
language: id
note: "an Indonesian question-and-answer site for students: the menu, the subject and grade line, the asker's points, the 'Tanyakan detil pertanyaan' and 'Ikuti' buttons, the answer's checked badge, its thanks and rating counts, 'Jawaban terverifikasi ahli', the 'Pertanyaan baru' list and the footer"
---
~ Beranda
~ Tanya
~ Masuk
~ Daftar
~ Bahasa Indonesia
~ SMA
~ 5 poin
@ rahmaputri
~ 2 hari yang lalu
Kenapa asisten AI bisa punya gaya bicara yang berbeda-beda padahal modelnya sama?
Guru saya bilang itu karena “kepribadian” yang ditulis oleh pembuatnya, tapi saya belum paham maksudnya.
~ Tanyakan detil pertanyaan
~ Ikuti
~ Tidak puas? Laporkan!
~ Jawaban terverifikasi ahli
@ bimo_ahli
~ Terverifikasi
Model yang sama bisa diberi petunjuk berbeda di awal percakapan, misalnya diminta bersikap ramah, tegas, atau lucu.
Petunjuk itu seperti naskah peran, jadi gaya bicaranya ikut berubah walaupun pengetahuannya tetap sama.
~ 24 orang terbantu
~ Terima kasih 18
~ 4.8
~ (12 suara)
~ Laporkan
Makasih kak, sekarang saya paham.
@ rahmaputri
~ Tambahkan komentar
~ Masih punya pertanyaan?
~ Pertanyaan baru di Bahasa Indonesia
~ Apa arti kata “sopan santun” dalam teks pidato?
~ Buatlah kalimat saran tentang kebersihan kelas
~ Tentang kami
~ Kebijakan privasi
~ Syarat penggunaan
~ Pusat bantuan
