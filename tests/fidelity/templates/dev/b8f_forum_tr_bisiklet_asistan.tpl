site: "Bisiklet forumu (tr)"
kind: forum-thread
archive_kind: forum-thread
language: tr
title: "Bisiklet dükkanının yapay zekâ asistanı fazla samimi"
note: "a Turkish forum thread: the menu and crumbs, the thread's starter line, each post's author (metadata) with rank, join date, message count and location, the time and the post number, the quote and report buttons, the liked-by line, the pager, the guest notice and the footer; a short reply stays"
---
~ İçeriğe git
~ Forumlar
~ Yeni mesajlar
~ Giriş yap
~ Kayıt ol
~ Forumlar › Bisiklet › Bakım ve onarım
= Bisiklet dükkanının yapay zekâ asistanı fazla samimi
~ Konuyu başlatan pedal_ustasi
~ Başlangıç tarihi 4 Aralık 2026
~ Sayfa 1 / 1
@ pedal_ustasi
~ Yeni Üye
~ Katılım: 12 Mart 2025
~ Mesajlar: 27
~ Konum: Eskişehir
~ 4 Aralık 2026
~ #1
Dükkânın sitesindeki asistana zincir yağı sordum, "Hadi şampiyon, yaparsın!" diye cevap verdi.
Sadece bir ürün adı istiyordum. Bu kişiliği kapatmanın bir yolu var mı?
~ Alıntı
~ Şikayet et
@ Vites_Hocasi
~ Kıdemli Üye
~ Katılım: 3 Ocak 2013
~ Mesajlar: 4.812
~ Konum: İzmir
~ 4 Aralık 2026
~ #2
Mesajın başına "kısa cevap ver, motivasyon cümlesi kurma" yaz. Dükkân o tonu bilerek seçmiş.
~ Alıntı
~ Şikayet et
~ pedal_ustasi ve Zincir_Kiri beğendi
@ pedal_ustasi
~ Yeni Üye
~ Katılım: 12 Mart 2025
~ Mesajlar: 27
~ Konum: Eskişehir
~ 4 Aralık 2026
~ #3
Oldu, teşekkürler.
~ Alıntı
~ Şikayet et
~ Sayfa 1 / 1
~ Cevap yazmak için giriş yapmalı veya kayıt olmalısınız.
~ Bu konuyu görüntüleyen kullanıcılar: 1 (0 üye ve 1 misafir)
~ Benzer konular
~ Zincir ne sıklıkla yağlanmalı?
~ Kullanım şartları · Gizlilik politikası · Yardım
