site: Turkish encyclopedia wiki (MediaWiki)
kind: wiki-page
archive_kind: other
language: tr
note: "MediaWiki's skip links in Turkish, the article's name (two words), the 'from the free encyclopedia' line, the contents box; the article's first sentence opens with its name"
---
~ Gezinti kısmına atla
~ Arama kısmına atla
= Sohbet botu
~ Vikipedi, özgür ansiklopedi
~ İçindekiler
~ 1 Tarihçe
~ 2 Kişilik
Sohbet botu, insanlarla yazılı ya da sesli olarak konuşabilen bir bilgisayar programıdır.
~ Tarihçe
İlk sohbet botları, kullanıcının yazdığı cümledeki anahtar kelimelere göre hazır cevaplar veriyordu.
~ Kişilik
Günümüzde birçok sohbet botunun geliştiricileri tarafından tarif edilmiş bir kişiliği vardır: nasıl konuşacağı, neyi reddedeceği ve hangi değerleri önemseyeceği.
~ Kaynakça
