site: "Turkish news portal (haber.example.com.tr)"
kind: news-article
archive_kind: article
language: tr
title: "Belediyenin sohbet botu artık \"bilmiyorum\" diyebiliyor"
note: "a Turkish news article: the breaking-news ticker label, the menu, the category label, the headline, the spot (a deck sentence, content), the entry and update times on one line, the follow buttons; the related-news list and the footer are chrome"
---
~ SON DAKİKA
~ Gündem   Ekonomi   Teknoloji   Spor   Yaşam
~ Teknoloji
= Belediyenin sohbet botu artık "bilmiyorum" diyebiliyor
Vatandaşların sorularını yanıtlayan bot, emin olmadığı konularda tahmin yürütmek yerine bunu açıkça söylüyor.
~ Giriş: 04.12.2026 10:21 | Güncelleme: 04.12.2026 11:05
~ Google Haberler'de Takip Et
@ Ayşe Demir
Belediye, geçen yıl hizmete aldığı sohbet botunun yanıtlarını incelediğinde, otobüs saatleri gibi konularda yanlış ama kendinden emin cevaplar verdiğini gördü.
Yeni sürümde bot, bilgisi olmadığında bunu söylüyor ve vatandaşı ilgili birimin telefonuna yönlendiriyor.
Bilgi işlem müdürü, şikâyetlerin azaldığını ve vatandaşların botun dürüstlüğünü takdir ettiğini belirtti.
~ İlgili Haberler
~ Kütüphanede yapay zekâ destekli katalog dönemi
~ © 2026 Haber Portalı. Tüm hakları saklıdır.
