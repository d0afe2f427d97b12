site: "Ekşi Sözlük-style dictionary (sozluk.example.com.tr)"
kind: sozluk-topic
archive_kind: forum-thread
language: tr
title: "yapay zekanın kişiliği olması"
note: "the topic heading is the title and sits after the left-frame topic list; entries end with a date/author line (metadata); two entries are cp1254 damaged."
---
~ example sözlük
~ gündem debe sorunsallar takip
~ giriş kayıt ol
~ bugün
~ kedilerin klavyeye oturması 41
~ bisiklet yolu tartışması 17
~ ekmek mayası 9
= yapay zekanın kişiliği olması
~ başlıkta ara şükela: tümü | bugün
~ 1 2 3 »
bence asistanların kişiliği değil, üslubu var. üslup da tasarlanmış bir şey, kimse bundan kişilik çıkarmasın.
@ 14.02.2026 09:12 kara_kalem
[[cp1254:geçen hafta çay demlemeyi sordum, bana önce hangi çayı kullandığımı sordu. kişilik mi bilmem ama dikkatli olduğu kesin.]]
@ 14.02.2026 11:40 demlik_usta
kişilik varsa sorumluluk da olur mu diye düşünmek lazım. ya da en azından ona nasıl davrandığımızı.
@ 14.02.2026 13:05 sahaf_kedisi
[[cp1254:bazı araştırmacılar modellerin iyiliğini de konuşuyor artık. garip geliyor ama ciddiye alıyorlar.]]
@ 15.02.2026 08:21 yokus_bisikletcisi
katılıyorum.
@ 15.02.2026 10:02 kara_kalem
bisiklet tamiri sorduğumda da aynı sabırla anlattı. üslubu tasarlanmış olabilir ama işe yarıyor.
@ 16.02.2026 19:47 pedal_ve_zincir
~ 1 2 3 »
~ reklam
~ iletişim kurallar gizlilik © 2026 example sözlük
