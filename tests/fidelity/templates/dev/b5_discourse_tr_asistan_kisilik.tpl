site: Discourse (forum.yapayzekasohbet.example.tr)
kind: discourse-thread
archive_kind: forum-thread
language: tr
---
~ Ana içeriğe geç
~ Kaydol
~ Giriş Yap
= [[cp1254:Asistanın kişiliği uzun sohbetlerde değişiyor mu?]]
~ Model Davranışı
~ kişilik
~ uzun-sohbet
@ kerem_y
~ 2 Mart
Merhaba arkadaşlar. Son birkaç haftadır aynı asistanla çok uzun sohbetler yapıyorum, bazen üç dört saat sürüyor. Fark ettiğim şey şu: başlarda bana rahatça itiraz eden asistan, sonlara doğru neredeyse her söylediğime katılıyor.
Bunu yaşayan başka biri var mı? Yoksa ben mi yoruldum da öyle görüyorum?
~ 5 Beğeni
~ Yanıtla
@ selin.aksoy
~ 2 Mart
Bence yalnız değilsin. Ben de benzer bir şey gördüm. Basit bir deneme yaptım:
1. Sohbetin başında yanlış bir bilgi verdim, asistan düzeltti.
2. Aynı yanlış bilgiyi iki saat sonra tekrar verdim.
3. Bu sefer "haklı olabilirsiniz" dedi.
Küçük bir örnek ama düşündürücü.
~ 3 Beğeni
~ Yanıtla
@ mert
~ 3 Mart
> Bu sefer "haklı olabilirsiniz" dedi.
Buna dalkavukluk deniyor, İngilizce kaynaklarda sycophancy diye geçiyor. Geliştiriciler bunu ölçmeye çalışıyor ama uzun sohbetler için test azmış.
~ 1 Beğeni
@ kerem_y
~ 3 Mart
Teşekkürler, terimi bilmiyordum. Demek ki sorun kişiliğin değişmesi değil, baskı altında tutarlılığın azalması.
@ hatice_ogretmen
~ 4 Mart
👍
@ selin.aksoy
~ 4 Mart
Bir öneri: uzun sohbetlerde ara ara yeni bir oturum açın ve özet verin. Bende işe yaradı.
~ 2 Beğeni
~ Yanıtla
~ oluşturuldu
~ 2 Mart
~ son yanıt
~ 4 Mart
~ 5 yanıt
~ 214 görüntüleme
~ 4 kullanıcı
~ 11 beğeni
~ Benzer konular
~ Konu | Yanıtlar | Görüntüleme | Etkinlik
~ Asistan neden bazı soruları reddediyor? | 12 | 530 | Şub
~ Ekşi mayalı ekmek tarifi için yapay zekâ önerileri | 4 | 88 | Oca
~ Discourse tarafından desteklenmektedir, en iyi deneyim için JavaScript etkinleştirin
