site: "Teknoloji forumu (forum.example.com.tr)"
kind: forum-thread
archive_kind: forum-thread
language: tr
title: "Yapay zekâ asistanına kişilik vermek mantıklı mı?"
note: "a Turkish forum thread: the tab title with the forum's name, the menu, the breadcrumb ending in the subforum, the thread title, the 'Konuyu başlatan … Başlangıç tarihi …' line (metadata), each message's author, rank and date (metadata and chrome), the like line and the reply box with a sign-up prompt; the similar threads list and the footer are chrome"
---
~ Yapay zekâ asistanına kişilik vermek mantıklı mı? | Teknoloji Forumu
~ TEKNOLOJİ FORUMU
~ Forumlar   Yeni mesajlar   Üyeler   Ara
~ Giriş yap   Kayıt ol
~ Forumlar › Yazılım › Yapay Zekâ
= Yapay zekâ asistanına kişilik vermek mantıklı mı?
@ Konuyu başlatan mert_k Başlangıç tarihi 3 Aralık 2026
@ mert_k
~ Üye
~ 3 Aralık 2026
~ #1
Şirketteki destek botumuza biraz esprili bir kişilik vermeyi düşünüyoruz.
Müşteriler bunu samimi bulur mu, yoksa ciddiyetsiz mi görünür?
@ elif.yazilim
~ Kıdemli Üye
~ 3 Aralık 2026
~ #2
Şikâyet yazan birine espri yapmak kötü sonuç verir. Kişiliği konuya göre değişen bir bot daha iyi olur.
~ mert_k bunu beğendi
@ bisikletci_can
~ Üye
~ 4 Aralık 2026
~ #3
Bizde önce sade bir sürüm çıktı, sonra kullanıcılar isteyince biraz sıcaklık eklendi. Tersi daha zor.
~ Cevap yazmak için giriş yapmalı veya kayıt olmalısınız.
~ Benzer konular
~ Destek botu için ses tonu önerisi
~ Forumlar › Yazılım › Yapay Zekâ
~ İletişim   Kurallar   Gizlilik
