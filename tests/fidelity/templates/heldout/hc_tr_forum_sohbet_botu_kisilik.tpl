site: Turkish tech forum (XenForo, Teknokafe-style)
kind: forum-thread
archive_kind: forum-thread
language: tr
note: XenForo in Turkish - top navigation, breadcrumb, 'Konuyu başlatan' and start-date lines, post numbers and dates, member titles, Beğen/Alıntı/Cevapla rows, a quoted reply (the '... dedi:' attribution as metadata, the quoted sentence as content), a sentence naming the 'Cevapla' button that must stay, the third post saved through a cp1254 decode of its UTF-8 bytes, login prompt and similar threads
---
~ Ana sayfa Forumlar Yenilikler Ara Giriş yap Kayıt ol
~ Forumlar > Yazılım > Yapay Zekâ
= Sohbet botunun "kişiliği" ayarlardan değiştirilebilir mi?
@ Konuyu başlatan kumsaati
~ Başlangıç tarihi 28 Kasım 2026
@ kumsaati
~ Kayıtlı Üye
~ 28 Kasım 2026 #1
Merhaba, kullandığım asistan çok resmi konuşuyor. Biraz daha samimi olmasını istiyorum ama hangi ayarı değiştireceğimi bulamadım.
Kişilik diye bir seçenek var mı, yoksa her seferinde baştan mı anlatmam gerekiyor?
~ Beğen Alıntı Cevapla
@ deniz_k
~ Onaylı Üye
~ 28 Kasım 2026 #2
Ayarlar menüsünde "Yanıt stili" diye bir sekme var. Oradan seçip kaydettikten sonra Cevapla butonuna basmadan önce sayfayı yenilemen gerekiyor, yoksa eski stil kalıyor.
~ Beğen Alıntı Cevapla
@ mavi_bisiklet
~ Kayıtlı Üye
~ 29 Kasım 2026 #3
@ deniz_k dedi:
Ayarlar menüsünde "Yanıt stili" diye bir sekme var.
[[cp1254:Bende o sekme görünmüyor, sanırım ücretsiz sürümde kapalı. Ben de konuşmanın başına kısa bir not yazıyorum: "Bana arkadaş gibi, kısa cümlelerle cevap ver." İşe yarıyor.]]
~ Beğen Alıntı Cevapla
@ kumsaati
~ 29 Kasım 2026 #4
İkisini de denedim, not yazma yöntemi daha iyi çalıştı. Teşekkürler!
~ Beğen Alıntı Cevapla
~ Cevap yazmak için giriş yapmalısınız veya kayıt olmalısınız.
~ Benzer konular
~ Asistan Türkçe karakterleri yanlış yazıyor
~ Sesli asistan için en iyi mikrofon hangisi?
~ Forum yazılımı XenForo® © 2010-2026 XenForo Ltd.
