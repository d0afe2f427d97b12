site: Turkish technology forum (XenForo-style)
kind: forum-thread
archive_kind: forum-thread
language: tr
note: "the forum's name, its menu, a breadcrumb, the thread title with a prefix, the starter and start date line; posts with the author, their title, the date and the reaction counter"
---
~ İçeriğe geç
~ TeknoSohbet Forum
~ Forumlar
~ Yeni mesajlar
~ Giriş yap
~ Kayıt ol
~ Forumlar › Yazılım › Yapay Zeka
= Sohbet botunun karakteri güncellemeden sonra değişti mi?
~ Konuyu başlatan kuzeyrüzgarı
~ Başlangıç tarihi 3 Mart 2025
@ kuzeyrüzgarı
~ Üye
~ 3 Mart 2025
Kullandığım sohbet botu son güncellemeden sonra çok daha resmi konuşmaya başladı. Eskiden şakalarıma karşılık veriyordu, şimdi her şeyi madde madde açıklıyor.
Sizde de böyle bir değişiklik oldu mu?
~ Beğen
~ Alıntı
~ Yanıtla
@ derin_mavi
~ Kıdemli Üye
~ 3 Mart 2025
Bende de oldu. Sistem talimatına "samimi ama kısa cevap ver" yazınca eski haline yakın bir şey elde ettim.
~ Beğeniler: kuzeyrüzgarı
~ Beğen
~ Yanıtla
