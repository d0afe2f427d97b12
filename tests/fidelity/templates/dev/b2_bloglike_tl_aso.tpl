site: "Buhay Aso (pet blog, Pilipinas)"
kind: "pet-blog"
archive_kind: "blog-post"
language: "tl"
note: "Tagalog pet blog; a 'Heto ang listahan' list and a one-word reply 'Sana all.' are content; reactions row and 'Mag-iwan ng komento' chrome."
---
~ Buhay Aso
~ Home   Tungkol sa Amin   Mga Lahi   Kalusugan   Contact
= Tinanong ko ang AI kung paano sanayin si Bantay — heto ang nangyari
@ Ni Carmela Reyes
~ Marso 2, 2026
~ 4 minutong pagbasa
Si Bantay ay isang aspin na tatlong taong gulang at napakakulit pagdating sa tali.
Tinanong ko ang isang chatbot kung paano siya turuang maglakad nang maayos.
Nagulat ako dahil napakapasensyoso ng mga sagot nito, kahit paulit-ulit ang tanong ko.
Heto ang listahan ng mga payo na sinunod ko:
1. Maikling lakad muna, mga sampung minuto lang.
2. Gantimpala agad kapag hindi siya humihila.
3. Huminto tuwing humihila siya.
Pagkalipas ng dalawang linggo, mas kalmado na si Bantay sa labas.
Paalala: hindi kapalit ng beterinaryo o propesyonal na trainer ang chatbot, at sinabi rin iyon mismo ng chatbot.
~ 👍 52  ❤️ 17  😂 4
~ Ibahagi: Facebook · Messenger
~ 2 Komento
@ Jun Dela Cruz
Sana all.
~ Sumagot
@ Liza M.
Ang cute ni Bantay! Susubukan ko rin ito sa aso namin.
~ Sumagot
~ Mag-iwan ng komento
~ © 2026 Buhay Aso. Lahat ng karapatan ay nakalaan.
