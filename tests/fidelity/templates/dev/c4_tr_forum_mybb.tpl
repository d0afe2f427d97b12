site: Turkish MyBB forum (Yazılımcı Köyü)
kind: forum-thread
archive_kind: forum-thread
language: tr
note: 'MyBB 1.8 in Turkish: the welcome line for guests, login and register, breadcrumb, page list, "Konuyu Değerlendir" and thread tools, per post the date line, "#N", the user title, messages, threads, join date and reputation, find/reply/quote/report buttons, previous/next thread links, readers line, MyBB footer. A reply with a short list and "Aynen öyle." is content.'
---
~ Merhaba Ziyaretçi, Giriş Yap veya Kayıt Ol
~ Portal
~ Arama
~ Üye Listesi
~ Takvim
~ Yardım
~ Yazılımcı Köyü › Yapay Zekâ › Sohbet Botları
= Botun kişiliğini kalıcı yapmak mümkün mü?
~ Sayfa: 1 2 Sonraki »
~ Konuyu Değerlendir:
~ Konu Seçenekleri
~ Yazdırılabilir Versiyon
@ emre_dev
~ Üye
~ Mesajlar: 184
~ Konular: 12
~ Katılma Tarihi: Oca 2021
~ Rep Puanı: 7
~ 04-03-2025, 21:10
~ #1
Kendi asistanımı yazıyorum ve her oturumda biraz farklı konuşuyor. Kişiliği sabit tutmanın güvenilir bir yolu var mı?
~ Bul
~ Cevapla
~ Alıntı
~ Bildir
@ selin.k
~ Süper Moderatör
~ Mesajlar: 3.411
~ Konular: 96
~ Katılma Tarihi: May 2016
~ Rep Puanı: 214
~ 04-03-2025, 22:02
~ #2
Benim işime yarayanlar şunlar:
sistem mesajını kısa tut
örnek cevaplar ver
sıcaklığı düşür
Bunları yapınca ton neredeyse hiç kaymıyor.
~ Bul
~ Cevapla
~ Alıntı
~ Bildir
@ emre_dev
~ Üye
~ Mesajlar: 184
~ Konular: 12
~ Katılma Tarihi: Oca 2021
~ Rep Puanı: 7
~ 05-03-2025, 08:45
~ #3
Aynen öyle.
Örnek cevaplar özellikle çok işe yaradı, teşekkürler.
~ Bul
~ Cevapla
~ Alıntı
~ Bildir
~ « Önceki Konu | Sonraki Konu »
~ Konuyu Okuyanlar: 1 Ziyaretçi
~ Forum Yazılımı: MyBB, © 2002-2025 MyBB Group.
~ İletişim
~ Arşiv Modu
~ RSS
