site: "Google Play (Türkiye), older layout"
kind: app-reviews
archive_kind: other
language: tr
note: "a store listing in the older layout: the app's name, the maker and the ads line, the rating with a star, the review and download counts, the content rating; the reviews under 'Puanlar ve yorumlar' with each author's name, date and helpfulness line (chrome), the review text content"
---
~ Google Play
~ Uygulamalar
= Nazik Asistan: Günlük Planlayıcı
~ Papatya Yazılım
~ Reklam içerir • Uygulama içi satın alma işlemleri
~ 4,5★
~ 9,2 B yorum
~ 500 B+
~ İndirme
~ PEGI 3
~ Yükle
~ Bu uygulama hakkında
Günlük işlerinizi planlamanıza yardım eden, sakin ve kısa cevaplar veren bir asistan.
~ Puanlar ve yorumlar
@ Selin Yıldız
~ 2 Mart 2026
Hatırlatmaları çok nazik. Unuttuğum bir işi bana suçlu hissettirmeden hatırlatıyor.
~ 88 kişi bu yorumu faydalı buldu
@ Burak Demir
~ 28 Şubat 2026
Fazla kibar. Acil bir şey sorduğumda da uzun uzun açıklama yapıyor.
~ 31 kişi bu yorumu faydalı buldu
~ Tüm yorumları göster
