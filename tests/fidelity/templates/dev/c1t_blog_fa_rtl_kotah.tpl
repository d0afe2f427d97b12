site: "دفترچه باغ (وبلاگ شخصی، daftarcheh.example.ir)"
kind: blog-post
archive_kind: blog-post
language: fa
note: "a Persian personal blog: the blog's name and description, the menu, the post's short title ('زنبورها'), its date with the author under it; the tags, the share row and the comment form are chrome"
---
~ دفترچه باغ
~ یادداشت‌های کوتاه از یک باغچه کوچک
~ خانه   درباره من   تماس
= زنبورها
~ ۱۲ اسفند ۱۴۰۴ · نوشته مریم
امسال از دستیار پرسیدم چرا زنبورها سراغ اسطوخودوس نمی‌آیند. اول پرسید گل‌ها چه ساعتی آفتاب می‌گیرند.
جواب ساده بود: باغچه تا ظهر در سایه است و زنبورها صبح زود کار می‌کنند.
گلدان‌ها را جابه‌جا کردم و حالا هر صبح صدای وزوز می‌آید.
~ برچسب‌ها: باغچه، زنبور
~ دیدگاه خود را بنویسید
