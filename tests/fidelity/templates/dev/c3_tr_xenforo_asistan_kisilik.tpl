site: Turkish XenForo forum (Teknoloji Sohbet)
kind: forum-thread
archive_kind: forum-thread
language: tr
note: 'XenForo 2 in Turkish — nav tabs, breadcrumb, thread starter and start date lines, per post the member''s join date and message count (label and value on separate lines), "#N", like/quote/reply buttons, reaction summary, "Similar threads", the register prompt, share row and footer links'
---
~ Forumlar
~ Yeni mesajlar
~ Forumlarda ara
~ Neler yeni
~ Giriş yap
~ Kayıt ol
~ Forumlar
~ Yapay Zekâ
~ Sohbet Botları
= Asistanın kişiliği neden her gün farklı?
~ Konuyu başlatan deniz_k
~ Başlangıç tarihi 4 Mart 2025
@ deniz_k
~ Üye
~ Katılım
~ 12 Ocak 2021
~ Mesajlar
~ 1.204
~ 4 Mart 2025
~ #1
Merhaba arkadaşlar. Kullandığım sohbet asistanı bazı günler çok esprili, bazı günler ise tamamen resmî cevaplar veriyor.
Aynı soruyu sorsam bile üslubu değişiyor. Bunun bir mantığı var mı?
~ Beğen
~ Alıntı
~ Cevapla
@ ozan_tekin
~ Aktif Üye
~ Katılım
~ 3 Mayıs 2018
~ Mesajlar
~ 4.870
~ 4 Mart 2025
~ #2
Cevapların rastgele bir kısmı var, buna örnekleme deniyor. Aynı soru her seferinde kelimesi kelimesine aynı cevabı almaz.
Üslubu sabitlemek istiyorsan, sohbetin başında nasıl konuşmasını istediğini açıkça yaz.
~ Beğen
~ Alıntı
~ Cevapla
~ deniz_k ve ekrem beğendi
@ deniz_k
~ Üye
~ Katılım
~ 12 Ocak 2021
~ Mesajlar
~ 1.204
~ 5 Mart 2025
~ #3
Teşekkürler!
Dediğini denedim, 10 sohbetin 9'unda aynı üslupla cevap verdi.
~ Beğen
~ Alıntı
~ Cevapla
~ Cevap yazmak için giriş yapmalı veya kayıt olmalısınız.
~ Benzer konular
~ Sohbet botu yalan söyler mi?
~ Yapay zekâya isim vermek garip mi?
~ Paylaş:
~ Facebook
~ X
~ WhatsApp
~ Bağlantı
~ Forumlar
~ İletişim
~ Hüküm ve koşullar
~ Gizlilik politikası
~ Yardım
~ Ana sayfa
~ RSS
~ Topluluk platformu XenForo® © 2010-2025 XenForo Ltd.
