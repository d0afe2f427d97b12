site: Turkish collaborative dictionary (Ekşi-style, sozluk.example.com.tr)
kind: dictionary-entries
archive_kind: forum-thread
language: tr
note: a topic ("başlık") page - the lower-case topic title is the title; each entry is followed by its favourite count, date (with the edit time after "~") and author; the pager "1 2 3 »" and the share/complaint row are chrome; one entry was stored through a cp1252 decode
---
~ sözlük
~ gündem
~ debe
~ sorunsallar
~ takip
~ son
~ kenar
~ giriş
~ kayıt ol
= yapay zekaya teşekkür etmek
~ başlıkta ara
~ şükela: tümü | bugün
~ 1
~ 2
~ 3
~ »
çoğu insanın farkında olmadan yaptığı şey. cevap gelince bir "sağ ol" yazıveriyorsun, sonra kendi kendine gülüyorsun.
~ paylaş
~ şikayet
~ 12
~ 14.01.2025 22:17
@ mavi kalem
bence gayet normal. köpeğe de teşekkür ediyoruz, o da anlamıyor.
~ paylaş
~ şikayet
~ 31
~ 14.01.2025 22:40
@ ikinci el kitapçı
[[cp1252:nezaket kas hafızası gibidir. makineye kaba davranmaya alışan, bir süre sonra insanlara da kaba davranmaya başlar. şahsi görüşüm.]]
~ paylaş
~ şikayet
~ 57
~ 14.01.2025 23:02 ~ 23:05
@ gece vardiyası
bir yerde okumuştum, her "teşekkürler" biraz daha elektrik harcatıyormuş. yine de vazgeçmeyeceğim.
~ paylaş
~ şikayet
~ 8
~ 15.01.2025 09:40
@ çay demliği
~ reklam
~ yukarı
~ iletişim
~ kurallar
~ gizlilik
~ çerez politikası
