site: Turkish news site (Ege Postası)
kind: news-article
archive_kind: article
language: tr
note: "the site's name and a long menu of single words, then the section and a kicker over the headline; the spot under it ends with a full stop"
---
~ Ege Postası
~ Gündem
~ Ekonomi
~ Spor
~ Dünya
~ Yaşam
~ Sağlık
~ Kültür
~ Teknoloji
~ Yazarlar
~ Video
~ Teknoloji
~ Yapay zekâ ve yerel yönetim
= Belediyenin sohbet botu artık daha kısa cevaplar veriyor
Yeni sürüm, vatandaşların en çok sorduğu konularda üç cümleyi geçmeyen yanıtlar hazırlıyor.
~ 10 Mart 2025 09:40
Belediye, eski botun uzun ve resmi cevaplarının okunmadığını fark etmiş. Kullanıcıların çoğu ilk paragrafı okuduktan sonra sohbeti kapatıyormuş.
Yeni sürümde bot önce kısa bir cevap veriyor, ayrıntı isteyenlere ise bağlantı gönderiyor. İlk haftada memnuniyet puanı belirgin biçimde arttı.
~ İlgili Haberler
