site: "App Store (Türkiye), an app's reviews"
kind: app-reviews
archive_kind: other
language: tr
title: "Sohbet Dostu: Yapay Zeka"
note: "an App Store listing's reviews page: the store's banner, the app's name with its age rating glued to it ('4+'), the subtitle, the maker, the rank and rating; review titles over each review, the stars and dates chrome, the reviews content"
---
~ App Store Önizlemesi
= Sohbet Dostu: Yapay Zeka 4+
~ Her gün sohbet edebileceğin sakin bir arkadaş
~ Limon Bilişim A.Ş.
~ Sosyal Ağ kategorisinde 38 numara
~ 4,4 • 6,8 B Puan
~ Ücretsiz
~ Değerlendirmeler ve Yorumlar
~ Tümünü Gör
@ Çok sabırlı
~ ★★★★★
~ 3 Mar 2026
@ deniz_k
Gece uyuyamadığımda konuşuyorum. Hiç acele etmiyor ve söylediklerimi yargılamıyor.
@ Fazla övüyor
~ ★★★☆☆
~ 27 Şub 2026
@ mert1990
Her mesajıma "harika bir soru" demesi samimi gelmiyor. Daha doğal konuşsa daha iyi olur.
~ Gizlilik
~ Geliştirici, uygulamanın gizlilik uygulamalarının aşağıda açıklandığı gibi verilerin işlenmesini içerebileceğini belirtti.
