site: "Sözlük (ekşi tarzı)"
kind: sozluk-entries
archive_kind: forum-thread
language: tr
note: "Turkish dictionary-forum: topic title on top after menu, each entry followed by date and author line (metadata); some entries cp1254-damaged"
---
~ gündem debe sorunsallar videolar takip
~ giriş kayıt ol
= yapay zekanın kişilik sahibi olması
~ başlıkta ara  şükela: tümü | bugün
~ takip et | mesaj at | 412 entry
~ 1 2 3 ... 7 »
bir dil modeline karakter tanımlandığında ortaya çıkan ama gerçek bir kişilik olup olmadığı tartışmalı olan durum.
bence kişilik değil, alışkanlık. ama alışkanlığın da bir karakteri vardır.
@ 14.02.2026 10:12 kuru_incir
[[cp1254:geçen hafta sohbet botuna bisiklet zinciri sordum. bana "önce temizle, sonra yağla, hemen yeni zincir alma" dedi. satıcıdan daha dürüst çıktı.]]
@ 14.02.2026 11:48 pedalci_mert
[[cp1254:kişiliği olsun ama yalakalık yapmasın. her söylediğime "harika bir soru" demesinden bıktım.]]
@ 14.02.2026 13:05 sabah_cayi
katılıyorum.
@ 14.02.2026 13:20 gece_kedisi
bir de şu var: model kendine ait bir görüş söylediğinde mi sinir oluyoruz, söylemediğinde mi? karar veremiyoruz.
(bkz: dalkavukluk)
@ 15.02.2026 09:02 kuru_incir
[[cp1254:kedim de kişilik sahibi, ama o konuda bir makale yazan görmedim.]]
@ 15.02.2026 22:41 gece_kedisi
yağmurlu pazar sabahı çay demlerken modelle felsefe konuşmak da ayrı bir keyif.
@ 16.02.2026 08:30 sabah_cayi
~ şikayet | paylaş | mesaj
~ 1 2 3 ... 7 »
~ reklam
~ hakkımızda | iletişim | kullanım koşulları | gizlilik | çerez politikası
