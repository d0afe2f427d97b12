site: "Personal blog (defter.example.com.tr)"
kind: blog-post
archive_kind: blog-post
language: tr
title: "Bir sohbet botuna şiir yazdırmak"
note: "a poem's short lines in the middle of the post and a short last line; blog theme header and footer bands."
---
~ İçeriğe geç
~ Defter
~ Küçük notlar, büyük çaylar
~ Ana sayfa
~ Yazılar
~ Şiirler
~ Hakkımda
~ Ara
= Bir sohbet botuna şiir yazdırmak
~ 11 Ocak 2026
~ Denemeler
Dün akşam asistanımdan çay üzerine kısa bir şiir yazmasını istedim. Sonuç beklediğimden daha tatlıydı, ama biraz da tuhaftı.
İşte yazdığı şiir:
Demlik ısınır
pencere buğulanır
sabah yavaş gelir
Ona neden bu kadar kısa yazdığını sordum. Bana uzun şiirlerde kendini tekrar etmeye başladığını söyledi.
Bu cevabı dürüst buldum. Kendi sınırlarını bilen bir karakter, her şeyi yapabileceğini iddia edenden daha güvenilir.
Yarın ondan bisiklet üzerine bir şiir isteyeceğim.
Devam edecek.
~ Paylaş
~ Etiketler: şiir, yapay zeka, çay
~ Önceki yazı
~ Sonraki yazı
~ Yorum yap
~ Defter
~ WordPress ile güçlendirilmiştir
~ © 2026 Defter
