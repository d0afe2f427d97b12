site: "Sorsana (sorsana.example.com.tr)"
kind: q-and-a
archive_kind: forum-thread
language: tr
note: "a Turkish question-and-answer site: menu and category trail above the question's title, asked-time and views, hashtags, follow/share/report, the answer count and 'best answer' badge, each user's name (metadata) with their title and points, asker badge, like/reply/time rows (chrome), answer form notice, similar questions and footer"
---
~ Sorsana
~ Soru Sor
~ Kategoriler
~ Giriş Yap
~ Kayıt Ol
~ Sorsana › Teknoloji › Yapay Zekâ
= Bisiklet tamiri için kullandığım yapay zekâ asistanı neden hep "emin değilim" diyor?
~ 2 gün önce soruldu · 318 görüntülenme
@ pedal_kemal
Arka vitesim atlama yapıyor ve bir yapay zekâ asistanına ne yapmam gerektiğini sordum. Her cevabına "emin değilim ama" diye başlıyor, sonra da fotoğraf istiyor.
Başka bir uygulama doğrudan "vites telini gerin" dedi. Hangisi daha doğru bir yaklaşım?
~ #bisiklet #yapay-zeka #tamir
~ Takip Et
~ Paylaş
~ Şikayet Et
~ 3 Cevap
~ En iyi cevap
@ zincir_ustasi
~ Bisiklet tamircisi · 1.842 puan
Atlamanın birkaç sebebi olabilir: gevşek tel, eğri vites kulağı ya da aşınmış zincir. Fotoğraf görmeden hangisi olduğunu bilmek gerçekten zor.
Bence "emin değilim" diyen asistan daha dürüst davranıyor. Teli germek işe yaramazsa zaman kaybedersiniz, kulak eğriyse sorun büyür.
~ 24 Beğen
~ Yanıtla
~ 1 gün önce
@ pedal_kemal
~ Soru sahibi
Fotoğrafı gönderdim, vites kulağı hafifçe eğri çıktı. Haklıymışsınız, teşekkürler!
~ 6 Beğen
~ Yanıtla
~ 20 saat önce
@ ayse.d
Ben de aynısını yaşadım. Asistanın "bilmiyorum" demesi ilk başta sinir bozucu geliyor ama yanlış bir cevaptan iyidir.
Yalnız bazen her şeye çekince koyuyor; çayın ne kadar demlenmesi gerektiğini sorduğumda bile "damak tadınıza göre değişir" dedi. 🙂
~ 9 Beğen
~ Yanıtla
~ 18 saat önce
~ Cevabınızı yazın
~ Cevap vermek için giriş yapmalısınız.
~ Benzer sorular
~ Yapay zekâ asistanları neden sürekli özür diliyor?
~ Zincir ne zaman değiştirilmeli?
~ Hakkımızda · Kullanım Koşulları · Gizlilik · İletişim
~ © 2026 Sorsana
