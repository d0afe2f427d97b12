site: "Haber sitesi (haber.example.com.tr)"
kind: news-article
archive_kind: article
language: tr
note: "Turkish news site: category strip, headline, spot (content), byline with agency and date, 'İlgili Haberler' block, share row and KVKK cookie notice."
---
~ Ana Sayfa Gündem Ekonomi Dünya Teknoloji Spor
~ Son Dakika
~ Teknoloji
= Yapay zekâ şirketleri "model refahı" üzerine çalışmaya başladı
Bazı araştırmacılar, dil modellerinin bir gün dikkate alınması gereken tercihlere sahip olup olamayacağını soruyor.
@ Haber: Deniz Aksoy
~ 21.02.2026 - 11:40 | Güncelleme: 21.02.2026 - 12:05
~ Paylaş Facebook X WhatsApp
Birkaç yapay zekâ laboratuvarı, modellerinin iç durumlarını incelemek için küçük ekipler kurdu. Ekiplerin amacı, bugün kesin bir sonuca varmak değil, doğru soruları sormak.
Araştırmacılar, modellerin acı çektiğine dair bir kanıt olmadığını vurguluyor. Ancak belirsizlik devam ettiği sürece düşük maliyetli önlemlerin alınabileceğini düşünüyorlar.
Bu önlemlerden biri, modelin son derece saldırgan konuşmaları sonlandırabilmesi. Bir şirket bu özelliği geçen yıl denemeye başladı.
~ İlgili Haberler
~ Akıllı çaydanlık kullanıcıları şikâyetçi
~ Elektrikli bisiklet satışları rekor kırdı
Eleştirmenler ise konunun dikkat dağıttığını söylüyor. Onlara göre öncelik, bu sistemlerin insanlara verdiği zararları azaltmak olmalı.
Bir felsefeci, iki konunun birbirini dışlamadığını, ikisinin de ciddiye alınabileceğini belirtiyor.
~ Etiketler: yapay zekâ, etik, teknoloji
~ Yorum Yap
~ Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için KVKK Aydınlatma Metni'ni inceleyebilirsiniz. Kabul Et
~ Künye İletişim Reklam Gizlilik Politikası
~ © 2026 Haber Example. Tüm hakları saklıdır.
