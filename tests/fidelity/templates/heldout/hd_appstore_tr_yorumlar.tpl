site: "App Store (apps.apple.com/tr)"
kind: app-reviews
archive_kind: other
language: tr
title: "Lale – Sohbet Asistanı"
note: "Turkish App Store page with reviews; app name as the page title after the store chrome; star rows, dates and 'Daha fazla' are chrome; reviewer names metadata; review titles and texts are content; two reviews decoded as cp1254."
---
~ Apple
~ Store
~ Mac
~ iPad
~ iPhone
~ Destek
~ App Store Önizleme
= Lale – Sohbet Asistanı 4+
~ Lale Yazılım A.Ş.
~ Verimlilik kategorisinde 38. sırada
~ 4,3 • 2,1 B Değerlendirme
~ Ücretsiz · Uygulama İçi Satın Alma Sunar
~ Ekran Görüntüleri
Lale, günlük işlerinizi planlayan ve sizinle kendi üslubuyla konuşan bir sohbet asistanıdır. Sıcak ama abartısız bir karakterle tasarlandı.
~ daha fazla
~ Değerlendirmeler ve Yorumlar
~ Tümünü Gör
~ 4,3
~ 5 üzerinden
~ 2,1 B Değerlendirme
Kibar ama yalaka değil
@ selin.bhc
~ 12.03.2025
~ ★★★★★
[[cp1254:Başka asistanlar her söylediğime hak veriyordu. Lale bir keresinde planımın gerçekçi olmadığını söyledi ve haklıydı.]]
Karakter ayarı kayboluyor
@ mert_kaya_35
~ 28.02.2025
~ ★★★☆☆
[[cp1254:Resmi konuşma ayarını seçiyorum ama uzun sohbetlerde tekrar samimi konuşmaya dönüyor. Güncelleme bekliyorum.]]
Yemek tarifi için harika
@ ayse.mutfakta
~ 19.02.2025
~ ★★★★★
Mercimek çorbası için adım adım tarif verdi ve tuz oranını sorduğumda bilmediğini açıkça söyledi.
~ Geliştirici Yanıtı
Teşekkürler Mert Bey, resmi konuşma ayarının kaybolması sorunu 3.2 sürümünde düzeltildi.
~ Uygulama Gizliliği
~ Bilgiler
~ Boyut 84,2 MB
~ Uyumluluk iPhone
~ Telif Hakkı © 2025 Lale Yazılım A.Ş.
~ Daha fazla alışveriş seçeneği: 0850 000 00 00 numaralı telefonu arayın.
