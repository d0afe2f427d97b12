site: Turkish collaborative dictionary (sözlük-style topic page)
kind: social-thread
archive_kind: social-thread
language: tr
title: yapay zekanın kişiliği olması
note: 'a Turkish sözlük topic: top bar, agenda tabs, login/register, the topic title, ordering tabs, pager "1 / 14", each entry with its date range and author line, share/complain/favourite buttons and the favourite count, the "bu başlığa bir entry girin" prompt, the footer with rules, contact and copyright. An entry that is a short list and an entry "katılıyorum." are content.'
---
~ ana sayfa
~ gündem
~ debe
~ sorunsallar
~ takip
~ giriş
~ kayıt ol
= yapay zekanın kişiliği olması
~ şükela: tümü | bugün
~ başlıkta ara
~ 1 / 14
~ »
bence kişilik değil, alışkanlık. aynı şekilde eğitilmiş bir model aynı şekilde konuşur, bunun adına kişilik demek biraz abartı.
~ 04.03.2025 21:10 ~ 21:12
@ kuzey_kalem
~ paylaş
~ şikayet
~ 12 favori
şunlar tutarlı olduğu sürece kişilik demekte sakınca görmüyorum:
nezaket
dikkat
dürüstlük
~ 04.03.2025 22:40
@ ayva_receli
~ paylaş
~ şikayet
~ 5 favori
katılıyorum.
~ 05.03.2025 08:01
@ gece_yarisi
~ paylaş
~ şikayet
~ bu başlığa bir entry girin
~ giriş yapın
~ kurallar
~ iletişim
~ gizlilik
~ reklam
~ © 2025 sözlük
