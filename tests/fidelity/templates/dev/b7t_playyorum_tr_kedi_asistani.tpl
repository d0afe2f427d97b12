site: "Google Play (Türkiye), an app's reviews"
kind: app-reviews
archive_kind: other
language: tr
note: "a store's full reviews list: the store's menu, the app's name over its developer and rating, the reviews' sort and filter chips; each review's author, stars and date are furniture, its text and the developer's reply are content"
---
~ Google Play
~ Oyunlar   Uygulamalar   Filmler ve TV   Kitaplar   Çocuklar
~ arrow_back
= Miyav: Kedi Bakım Asistanı
~ Patiyazılım Ltd.
~ 4,3 star
~ 18 B yorum
~ Puanlar ve yorumlar
~ Puanlar ve yorumlar doğrulanmıştır
~ En alakalı
~ Telefon
~ Tablet
@ Elif Karaca
~ ★★★★★ 3 Mart 2026
Kedimin mamasını değiştirirken asistana danıştım. Veterinere sormam gerektiğini söyledi ama geçiş için kibar ve anlaşılır bir plan da verdi.
~ 42 kişi bu yorumu faydalı buldu
~ Bu yorum işinize yaradı mı?
~ Evet   Hayır
@ Murat Öz
~ ★★☆☆☆ 1 Mart 2026
Asistan çok fazla özür diliyor. Her cevaba "kusura bakmayın" diye başlaması beni yordu.
~ 17 kişi bu yorumu faydalı buldu
~ Bu yorum işinize yaradı mı?
~ Evet   Hayır
@ Patiyazılım Ltd.
~ 2 Mart 2026
Geri bildiriminiz için teşekkürler Murat Bey. Bir sonraki sürümde asistanın özür dileme sıklığını azaltıyoruz.
@ Zeynep Aydın
~ ★★★★☆ 26 Şubat 2026
Tüy dökümü hakkında sorduğum her şeye sabırla cevap verdi. Tek eksiği gece modunun olmaması.
~ 5 kişi bu yorumu faydalı buldu
~ Bu yorum işinize yaradı mı?
~ Evet   Hayır
~ Google Play   Gizlilik Politikası   Hizmet Şartları   Türkiye (Türkçe)
