site: Yorumla (yorumla.com.tr)
kind: app-review
archive_kind: article
language: tr
note: "uygulama inceleme ve yorum sayfası: puan, yıldız ve 'faydalı' sayaçları chrome; kullanıcı yorumlarının ikisi cp1254 ile bozulmuş; inceleme metni içerik"
---
~ Yorumla
~ Kategoriler   En Çok Okunanlar   Yorum Yaz
~ Giriş Yap / Üye Ol
~ Ana Sayfa › Uygulamalar › Yapay Zeka Asistanları
= Pusula AI Asistan Yorumları ve İncelemesi
~ 4,1 / 5
~ ★★★★☆ (1.284 değerlendirme)
~ Editör incelemesi
@ Yazan: Elif Karaca
~ 27 Kasım 2026
Pusula, günlük işler için tasarlanmış Türkçe bir yapay zeka asistanı. Üç hafta boyunca alışveriş listesinden iş e-postalarına kadar birçok işte kullandık.
En dikkat çekici yanı kişiliği: nazik ama dalkavuk değil. Hatalı bir bilgi verdiğimizde bizi kibarca düzeltiyor ve emin olmadığı konularda bunu açıkça söylüyor.
Zayıf tarafı ise yerel bilgiler. İstanbul'daki vapur saatlerini sorduğumuzda eski bir tarifeyi gösterdi, sonra da hatasını kabul etti.
Artılar: dürüst, sabırlı, sade arayüz
Eksiler: yerel bilgiler güncel değil
~ Kullanıcı yorumları (3)
~ En yeni   En faydalı
@ mehmet_ankara
~ ★★★★★
~ 2 gün önce
Babam 74 yaşında ve ilk kez bir uygulamayla rahatça konuşabiliyor. Sabırla aynı şeyi üç kez anlatıyor, hiç bıkmıyor.
~ Faydalı (23)   Yanıtla
@ [[cp1254:Şule_Ç]]
~ ★★★☆☆
~ 1 hafta önce
[[cp1254:Bazen fazla resmi konuşuyor. Çay demlemenin püf noktasını sordum, bana sanki bir rapor yazıyormuş gibi cevap verdi.]]
~ Faydalı (9)   Yanıtla
@ [[cp1254:gökçe.ilhan]]
~ ★★★★☆
~ 2 hafta önce
[[cp1254:Bir gün ona kötü davranan birinin ekran görüntüsünü gördüm, asistan sakin kalıp konuşmayı bitirdi. Bence doğru yapmış.]]
~ Faydalı (15)   Yanıtla
~ Tüm yorumları gör
~ Benzer uygulamalar
~ Çırak: Ödev Asistanı
~ Hakkımızda | Gizlilik Politikası | Çerez Politikası | İletişim
~ © 2026 Yorumla. Tüm hakları saklıdır.
