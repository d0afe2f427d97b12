site: Turkish news portal (Marmara Gündem)
kind: news-article
archive_kind: article
language: tr
note: "the portal's name in capitals, its menu and a date line with a Turkish month and weekday over the section and headline; the spot (deck) ends with a full stop; 'Güncelleme' and the reading time under the byline"
---
~ MARMARA GÜNDEM
~ 12 Mart 2025 Çarşamba
~ Ana Sayfa
~ Gündem
~ Ekonomi
~ Teknoloji
~ Spor
~ Giriş Yap
~ Teknoloji
= Belediyenin sohbet botu artık 'bilmiyorum' diyebiliyor
İstanbul'daki bir ilçe belediyesi, vatandaşların sorularını yanıtlayan yapay zekâ asistanının davranışını değiştirdi.
@ Elif Karaca
~ 12.03.2025 09:15
~ Güncelleme: 12.03.2025 11:02
~ Okuma süresi: 3 dk
Belediyenin çağrı merkezinin yükünü azaltmak için geçen yıl devreye alınan asistan, bugüne kadar her soruya mutlaka bir cevap vermeye çalışıyordu.
Ancak bazı yanıtların yanlış olduğu ortaya çıkınca yazılım ekibi, asistanın emin olmadığı durumlarda bunu açıkça söylemesini sağladı.
Belediye sözcüsü, "Yanlış bilgi vermektense bir memura yönlendirmesini tercih ederiz" dedi.
İlk haftada vatandaşlardan gelen geri bildirimlerin çoğunun olumlu olduğu belirtildi.
~ İlgili Haberler
~ Sahil yolunda bisiklet şeridi genişliyor
~ Paylaş
~ Tüm hakları saklıdır.
