site: "Gündem Ekspres (AMP)"
kind: "amp-article"
archive_kind: "article"
language: "tr"
note: "AMP article in Turkish; AMP header and 'Haberin devamı' chrome; the headline and the first paragraph are damaged cp1254; related-news list chrome."
---
~ Gündem Ekspres
~ ☰
~ Ana Sayfa > Teknoloji
= [[cp1254:Kedisinin tüm sağlık kayıtlarını yapay zekâya emanet etti: “Artık veterinerle daha iyi konuşuyorum”]]
~ 02.03.2026 - 10:45 | Güncelleme: 02.03.2026 - 11:20
@ Elif Karaca
[[cp1254:İzmirli öğretmen Ayşe Demir, on iki yaşındaki kedisi Pamuk'un ilaç saatlerini ve mama değişikliklerini bir sohbet asistanıyla takip ediyor.]]
Demir, asistanın her sabah kibar bir dille ilaç saatini hatırlattığını anlattı.
"Bazen ben unutuyorum ama o hiç unutmuyor, üstelik hiç azarlamıyor," dedi.
~ REKLAM
~ Haberin devamı
Veteriner hekim Murat Yıldız ise bu tür araçların faydalı olabileceğini ama teşhis koyamayacağını hatırlatıyor.
Yıldız'a göre asistan, kayıtları düzenli tutarak muayeneyi kolaylaştırıyor.
Pamuk ise bu gelişmelerden habersiz, güneşli pencere kenarında uyumaya devam ediyor.
Uzmanlar, evcil hayvan sahiplerinin bu tür uygulamalara kişisel sağlık verisi girerken dikkatli olmasını öneriyor.
Demir ise kayıtları yalnızca kendi telefonunda tuttuğunu ve kimseyle paylaşmadığını söylüyor.
Asistanın en sevdiği özelliği ise sabırlı olması: aynı soruyu üç kez sorsa bile aynı nezaketle cevap alıyor.
~ Yorumlar (6)
~ Yorum yazmak için giriş yapın
~ Paylaş: WhatsApp · X · Facebook
~ İlgili Haberler
~ Sokak hayvanları için yeni mama noktaları kuruldu
~ Yapay zekâ destekli çeviri uygulaması tanıtıldı
~ Tam sürümü görüntüle
~ © 2026 Gündem Ekspres. Tüm hakları saklıdır.
