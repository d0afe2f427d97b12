site: "Restoran yorumları (yorum.example.com.tr)"
kind: review-site
archive_kind: article
language: tr
title: "Mavi Sofra Lokantası yorumları"
note: "restaurant review page; each review prints 'Faydalı', its count, 'Teşekkürler', 'Şikayet et'; an ingredient list in a review is content."
---
~ Ana sayfa Restoranlar Yorum yaz
~ Giriş yap
~ İstanbul › Kadıköy › Lokantalar
= Mavi Sofra Lokantası yorumları
~ 4,5 / 5
~ 318 yorum
@ Elif K.
~ 2 gün önce
Sipariş için kullandıkları sesli asistan çok kibardı ve alerjimi sorduğunda gerçekten dinledi.
Mercimek çorbasının içindekileri tek tek saydı:
kırmızı mercimek
soğan
havuç
tereyağı
Çorba da çok lezzetliydi.
~ Faydalı
~ 12
~ Teşekkürler
~ Şikayet et
@ Murat Y.
~ 1 hafta önce
Yemekler güzel ama asistan siparişi iki kez onaylattı, biraz uzun sürdü.
~ Faydalı
~ 4
~ Teşekkürler
~ Şikayet et
@ Zeynep
~ 2 hafta önce
Garsonlar da asistan da güler yüzlü. Tatlı olarak sütlacı öneririm.
~ Faydalı
~ 9
~ Teşekkürler
~ Şikayet et
@ Can B.
~ 1 ay önce
Asistan menüde olmayan bir yemeği önermedi, bilmediğini açıkça söyledi. Bu hoşuma gitti.
~ Faydalı
~ 2
~ Teşekkürler
~ Şikayet et
~ Daha fazla yorum
~ Hakkımızda Gizlilik İletişim
