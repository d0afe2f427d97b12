site: "App Store (Türkiye)"
kind: app-reviews
archive_kind: other
language: tr
note: "an app's store page with its reviews: the store's tabs and facts table, star lines, the 'Geliştirici Yanıtı' label, helpfulness buttons; the reviews and the developer's replies are content"
---
~ App Store Önizlemesi
= Pusula: Sohbet Asistanı
~ Derin Yazılım A.Ş.
~ Tasarım: Derin Yazılım A.Ş.
~ Verimlilik kategorisinde 12 numara
~ 4,6 • 3,2 B Puan
~ Ücretsiz
~ Uygulama İçi Satın Alma Sunar
~ Ekran Görüntüleri
~ iPhone
~ iPad
~ Açıklama
Pusula, günlük işlerinizi planlamanıza yardım eden bir sohbet asistanıdır. Size katılmadığında bunu nazikçe söyler ve nedenini açıklar.
~ daha fazla
~ Yenilikler
~ Sürüm Geçmişi
~ 2 Ara 2026
~ Sürüm 3.4.0
Asistanın kişiliğini anlatan yeni bir sayfa ekledik. Hata düzeltmeleri ve performans iyileştirmeleri.
~ Değerlendirmeler ve Yorumlar
~ Tümünü Gör
~ 4,6
~ 5 üzerinden
~ 3,2 B Puan
@ Sabırlı ama dürüst
~ 28 Kas 2026
@ kedi_sahibi_34
~ ★★★★★
Asistan bana her zaman hak vermiyor, bu başta sinirimi bozdu. Sonra fark ettim ki yanıldığımda söylemesi işime yarıyor.
Özellikle bütçe planlarken fazla iyimser olduğumu kibarca hatırlatıyor.
~ Geliştirici Yanıtı
~ 29 Kas 2026
Güzel yorumunuz için teşekkür ederiz. Asistanın dürüst olması bizim için de çok önemli.
~ Bu yorumu faydalı buldunuz mu?
~ Evet
~ Hayır
~ Uygunsuz içeriği bildir
@ Biraz fazla ciddi
~ 25 Kas 2026
@ mert.k
~ ★★★☆☆
Şaka yaptığımda bazen anlamıyor ve çok resmi cevap veriyor. Yine de bilmediği bir şeyi uydurmaması hoşuma gidiyor.
~ Bu yorumu faydalı buldunuz mu?
~ Evet
~ Hayır
~ Uygunsuz içeriği bildir
~ Uygulama Gizliliği
~ Ayrıntıları Gör
~ Bilgi
~ Satıcı
~ Derin Yazılım A.Ş.
~ Boyut
~ 84,2 MB
~ Kategori
~ Verimlilik
~ Uyumluluk
~ iPhone
~ iOS 16.0 veya sonraki sürümünü gerektirir.
~ Diller
~ Türkçe, İngilizce
~ Yaş Sınırı
~ 4+
~ Telif Hakkı
~ © 2026 Derin Yazılım A.Ş.
~ Fiyat
~ Ücretsiz
~ Geliştirici Web Sitesi
~ Uygulama Desteği
~ Gizlilik Politikası
~ Bu Geliştiriciden Daha Fazla
~ Şunlar da Hoşunuza Gidebilir
