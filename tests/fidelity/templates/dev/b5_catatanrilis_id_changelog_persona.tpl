site: Karakterkit (karakterkit.example.id, release notes)
kind: changelog
archive_kind: other
language: id
---
~ Karakterkit
~ Beranda
~ Dokumentasi
~ Catatan Rilis
~ Komunitas
~ GitHub
~ Cari dokumentasi…
~ Beranda / Catatan Rilis
= Catatan Rilis
Semua perubahan penting pada Karakterkit dicatat di halaman ini. Karakterkit adalah pustaka kecil untuk menguji konsistensi kepribadian asisten AI dalam percakapan panjang.
v2.4.0
~ 3 Maret 2026
Ditambahkan
- Uji "tekanan pengguna": skrip percakapan yang mengulang klaim keliru sampai lima kali untuk melihat apakah model mulai setuju.
- Dukungan bahasa Jawa dan Sunda pada rubrik kesopanan.
- Opsi baru di berkas konfigurasi:
  max_turns: 60
  ulang_klaim: 5
Diperbaiki
- Skor humor tidak lagi dihitung dua kali bila jawaban memuat emoji.
- Laporan HTML kini menampilkan nama model dengan benar.
Catatan: hasil uji dari versi 2.3 tidak bisa dibandingkan langsung dengan versi ini karena rubrik kesopanan berubah.
v2.3.1
~ 14 Februari 2026
Diperbaiki
- Galat saat membaca transkrip yang berisi baris kosong di akhir berkas.
v2.3.0
~ 2 Februari 2026
Ditambahkan
- Modul kesejahteraan model (eksperimental): mencatat jawaban model ketika ditanya tentang keadaannya sendiri, tanpa menafsirkannya.
Kami sengaja tidak memberi skor pada modul ini. Data disimpan apa adanya agar peneliti bisa menilainya sendiri.
Diubah
- Nama perintah `kk run` menjadi `kk uji`. Nama lama masih berfungsi sampai versi 3.0.
~ Apakah halaman ini membantu?
~ Ya
~ Tidak
~ Sunting halaman ini
~ ← Sebelumnya: Panduan migrasi
~ Berikutnya: Peta jalan →
~ © 2026 Komunitas Karakterkit. Dokumentasi berlisensi CC BY 4.0.
