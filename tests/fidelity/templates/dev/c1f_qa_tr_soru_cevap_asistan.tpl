site: "Turkish Q&A portal (soru-cevap)"
kind: qa-site
archive_kind: forum-thread
language: tr
note: "a local Turkish question-and-answer portal: the menu, the breadcrumb, the question's asker line and views/answers counts, the vote arrows with their figures, 'En iyi cevap' badge, 'Cevapla'/'Yorum yap'/'Şikayet et' links, the related questions list and the footer"
---
~ Ana Sayfa
~ Sorular
~ Etiketler
~ Kullanıcılar
~ Soru Sor
~ Giriş Yap
~ Kayıt Ol
~ Ana Sayfa › Teknoloji › Yapay Zeka
= Sohbet asistanı neden her cevabın sonunda soru soruyor?
~ 3 gün önce soruldu
~ 412 görüntülenme
~ 2 cevap
~ 5
Kullandığım asistan her cevabın sonuna “Başka bir konuda yardımcı olabilir miyim?” gibi bir soru ekliyor.
Bunu kapatmanın bir yolu var mı, yoksa asistanın kişiliğinin bir parçası mı?
~ yapay-zeka
~ sohbet-botu
~ Takip Et
~ Paylaş
~ Şikayet Et
@ derya_k
~ 2 Cevap
~ En iyi cevap
~ 9
Bu daha çok eğitimden gelen bir alışkanlık, kişilikten çok nezaket kalıbı diyebiliriz.
Sistem mesajına “cevabı soru ile bitirme” yazarsan çoğu zaman yeter.
@ mert.yilmaz
~ 2 gün önce cevaplandı
~ Yorum Yap
~ Şikayet Et
~ 1
Bende işe yaradı, ama uzun sohbetlerde yine başlıyor.
@ selin_a
~ 1 gün önce cevaplandı
~ Yorum Yap
~ Cevabını Yaz
~ Benzer Sorular
~ Yapay zeka neden her şeye katılıyor?
~ Chatbot'un ses tonunu nasıl değiştiririm?
~ Asistan neden özür dilemeyi bırakmıyor?
~ Hakkımızda
~ Gizlilik Politikası
~ Kullanım Şartları
~ İletişim
~ © 2026 Tüm hakları saklıdır.
