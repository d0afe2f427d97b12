site: Turkish news site
kind: news-article
archive_kind: article
language: tr
note: "the site's name, the menu, a 'breaking' label, the headline and its deck, then the published and updated lines and the reading time; the share row and related news after"
---
~ İçeriğe geç
~ Haber Ekspres
~ Ana Sayfa
~ Gündem
~ Ekonomi
~ Teknoloji
~ Son Dakika
= Belediyenin sohbet botu artık "bilmiyorum" diyebiliyor
Yeni sürümde bot, emin olmadığı sorularda vatandaşı ilgili birime yönlendiriyor
~ Yayınlanma: 04.03.2025 10:30
~ Güncelleme: 04.03.2025 11:02
~ Okuma süresi: 3 dk
Belediye, vatandaşların sorularını yanıtlayan sohbet botunu güncelledi.
Eski sürüm, bilmediği konularda bile kesin cevaplar veriyordu. Bu da yanlış başvurulara yol açıyordu.
Yeni sürüm emin olmadığında bunu açıkça söylüyor ve doğru birimin telefon numarasını veriyor.
~ Paylaş
~ İlgili Haberler
