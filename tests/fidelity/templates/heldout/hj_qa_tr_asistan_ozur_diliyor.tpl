site: "Yazılımcı Soruları (Q&A site, sorular.example.com.tr)"
kind: q-and-a
archive_kind: forum-thread
language: tr
note: "a Turkish Stack-Exchange-like Q&A page: skip link, the site's menu and sign-up buttons, the question's title, its asked/modified/viewed line, the vote count, the tags, the 'Paylaş/Düzenle/Takip et' row, the asker's card (time chrome, name metadata, reputation chrome), comments under the question and under the answer (text content, author metadata, time chrome), the answer count and sort, the accepted mark, the answer form, the related questions and the footer"
---
~ Ana içeriğe atla
~ Yazılımcı Soruları
~ Sorular   Etiketler   Kullanıcılar   Rozetler
~ Giriş yap
~ Kaydol
= Sohbet asistanım neden her cevapta özür diliyor?
~ Sorulma 2 gün önce
~ Değiştirilme dün
~ Görüntülenme 318 kez
~ 7
Kendi uygulamam için bir sohbet asistanı hazırlıyorum. Kullanıcı küçük bir düzeltme yaptığında bile asistan uzun uzun özür diliyor.
Örneğin kullanıcı “tarihi yanlış yazdın” dediğinde, asistan önce üç cümle özür diliyor, sonra tarihi düzeltiyor.
Sistem mesajında kişiliği “yardımsever ve kibar” diye tanımladım. Sorun bu tanımda olabilir mi?
~ yapay-zeka
~ sistem-mesajı
~ sohbet-botu
~ Paylaş
~ Düzenle
~ Takip et
~ sordu 5 Ara 2026, 09:48
@ emre_demir
~ 1.204
Hangi modeli kullandığını yazabilir misin? Bazı modellerde bu eğilim daha belirgin.
@ selin.kaya
~ 5 Ara 2026, 10:05
~ 2 Cevap
~ Sıralama ölçütü: En yüksek puan (varsayılan)
~ 12
~ ✓
Büyük ihtimalle evet. “Kibar” kelimesi tek başına kaldığında model bunu çoğu zaman bol bol özür dilemek olarak yorumluyor.
Kişiliği davranış üzerinden tarif etmek daha iyi sonuç veriyor. Örneğin: “Bir hatan gösterildiğinde kısaca kabul et, tek cümleyle özür dile ve düzeltmeye geç.”
Bir de asistanın neye değer verdiğini yazmak işe yarıyor. Kullanıcının zamanına saygı duyduğunu belirtirsen uzun özürler kendiliğinden azalıyor.
~ Paylaş
~ Geliştir
~ Takip et
~ cevapladı 5 Ara 2026, 11:20
@ zeynep.ak
~ 8.431
Davranış tarifi gerçekten işe yaradı, özürler tek cümleye indi. Teşekkürler!
@ emre_demir
~ 5 Ara 2026, 13:42
~ 3
Kısa bir ek: çok uzun sohbetlerde eski alışkanlık geri gelebiliyor. Tarifi sistem mesajının sonuna da kısaca tekrar yazmak yardımcı oluyor.
~ Paylaş
~ Geliştir
~ Takip et
~ cevapladı 6 Ara 2026, 08:15
@ burak_t
~ 512
~ Cevabınız
~ Cevabınızı gönderin
~ Kaydolarak veya giriş yaparak Hizmet Şartları ve Gizlilik Politikası'nı kabul etmiş olursunuz.
~ İlgili sorular
~ Asistanın ses tonunu kullanıcıya göre değiştirmek mümkün mü?
~ Sistem mesajı ne kadar uzun olmalı?
~ Hakkımızda   Yardım   Gizlilik   İletişim
~ © 2026 Yazılımcı Soruları
