site: Persian news agency site
kind: news-article
archive_kind: article
language: fa
note: "the agency's name, a date line with the Persian weekday and solar month in Persian digits, the menu, the news code, the kicker (rotitr) over the headline; the lead under it is content; tags after the text"
---
~ خبرگزاری نگاه نو
~ سه‌شنبه ۱۴ اسفند ۱۴۰۳
~ صفحه اصلی
~ سیاسی
~ اقتصادی
~ فناوری
~ کد خبر: ۴۸۲۱۹
~ در گفت‌وگو با یک پژوهشگر
= دستیارهای هوشمند باید بگویند «نمی‌دانم»
پژوهشگران می‌گویند اعتماد کاربران به دستیاری که اشتباهش را می‌پذیرد بیشتر است.
~ ۱۴ اسفند ۱۴۰۳ - ۱۰:۳۰
به گفته این پژوهشگر، کاربران از دستیاری که همیشه با اطمینان پاسخ می‌دهد زود خسته می‌شوند، به‌ویژه وقتی پاسخ نادرست باشد.
او پیشنهاد می‌کند سازندگان دستیارها به آن‌ها یاد بدهند که در موارد مبهم سؤال بپرسند و حدود دانش خود را روشن بگویند.
~ برچسب‌ها
~ هوش مصنوعی
~ اخبار مرتبط
