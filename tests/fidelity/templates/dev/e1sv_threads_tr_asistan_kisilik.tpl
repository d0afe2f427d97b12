site: "Threads (threads.net, profile, tr)"
kind: threads-profile
archive_kind: social-thread
language: tr
title: null
note: "a Threads profile in Turkish: the profile header (name, username, bio, follower count, link, follow button), the tabs, the pinned mark, each post's username (metadata), its relative time, the like/reply/repost/share counts under every post in the same shape, 'Çeviri', a repost notice, the author badge and the login footer; a one-word post stays"
---
~ Threads
~ Giriş yap
~ Ayşe Demirtaş
~ ayse.demirtas
~ Dil modelleri ve kişilik üzerine notlar. Bazen de simit.
~ 4.812 takipçi
~ notlar.example.com.tr
~ Takip et
~ Zincirler
~ Yanıtlar
~ Yeniden paylaşımlar
~ Sabitlendi
@ ayse.demirtas
~ 12.11.2026
Asistanlara kişilik vermek, onlara bir karakter kostümü giydirmek değil; hangi durumda neyi önemseyeceklerini belirlemek.
Bu ayrımı yapmayınca ortaya hep aynı neşeli ve boş ses çıkıyor.
~ Çeviri
~ 1,1 B
~ 64
~ 37
~ 12
@ ayse.demirtas
~ 3 g
Bugün modele en sevdiği mevsimi sordum. Sevmenin onun için ne demek olduğundan emin olmadığını, ama sonbaharı anlatmayı sevdiğini söyledi.
~ Çeviri
~ 402
~ 28
~ 9
~ 3
~ ayse.demirtas yeniden paylaştı
@ kerem.yazilim
~ 2 g
Bir asistanın kişiliği, en çok yanıt vermediği yerde belli oluyor.
~ Çeviri
~ 219
~ 11
~ 14
~ 2
@ ayse.demirtas
~ 1 g
Katılıyorum.
~ Çeviri
~ 56
~ 4
~ 1
~ Threads'e giriş yap
~ Daha fazlasını görmek için giriş yap.
~ Instagram ile devam et
~ © 2026
~ Threads Koşulları
~ Gizlilik Politikası
~ Çerez Politikası
