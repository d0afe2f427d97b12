site: "Telegram channel web preview (t.me/s/)"
kind: telegram-channel
archive_kind: social-thread
language: uk
note: "web preview of a Ukrainian channel about tea and AI helpers, no title: the channel header, subscriber and media counters, each post's channel name (metadata), forwarded-from lines, view counts with times, the reactions row, the pinned-message bar and the \"open in Telegram\" prompts are chrome; a one-emoji post and a short list are content."
---
~ Telegram
~ Чайна полиця
~ 4.7K subscribers
~ 128 photos 6 videos 54 links
~ Pinned message: Правила каналу та як надіслати питання
~ Download
@ Чайна полиця
Доброго ранку! Сьогодні розповімо, як ми перевіряли ШІ-помічника на знання чаю.
Ми ставили йому однакові питання про заварювання пуеру кількома різними способами. Температуру води він радив однакову, а от про час настоювання відповідав по-різному.
Коли ми вказали на розбіжність, він не став викручуватися, а визнав, що помилився в одній із відповідей.
~ 👍 63 🍵 21 ❤ 9
~ 1.9K views 08:12
@ Чайна полиця
~ Forwarded from Кухня без поспіху
Порада від читачки: якщо просите помічника скласти рецепт, одразу кажіть, які продукти у вас уже є. Так він менше вигадує.
~ 1.4K views 11:35
@ Чайна полиця
🍵
~ 1.1K views 13:00
@ Чайна полиця
Що ми цінуємо в помічнику для чайної справи:
— чесно каже, коли не знає сорту;
— не вихваляє дорогий чай лише тому, що він дорогий;
— пам'ятає, що ми п'ємо без цукру.
Останнє, щоправда, поки що вдається не завжди.
~ 👍 88 😁 14
~ 2.3K views edited 17:48
~ Please open Telegram to view this post
~ VIEW IN TELEGRAM
~ Load more
