site: "متجر التطبيقات، صفحة تطبيق مع المراجعات (ar)"
kind: app-reviews
archive_kind: other
language: ar
title: "مساعد المطبخ: وصفات بصوت هادئ"
note: "an app store's page in Arabic: the store's menu, the app's developer, figures and buttons, the 'Ratings and reviews' block with its figures, each review's author (metadata) with the date and stars, the review's own headline and text (content), the 'مفيد' buttons, the developer's reply header as metadata and the reply as content, the 'What's new' label with its text (content), the information table and the footer"
---
~ المتجر
~ التطبيقات
~ الألعاب
= مساعد المطبخ: وصفات بصوت هادئ
~ شركة طاهي الرقمية
~ مصمم لـ iPhone
~ مجاني
~ يتضمن عمليات شراء داخل التطبيق
~ 4.6 • 1.9 ألف تقييم
~ الحصول
~ لقطات الشاشة
يقرأ التطبيق الوصفات خطوة بخطوة بصوت هادئ، وينتظر حتى تقول «التالي» قبل أن يكمل.
~ المزيد
~ التقييمات والمراجعات
~ عرض الكل
~ 4.6 من 5
~ 1,942 تقييمًا
@ أم يوسف
~ ٢ ديسمبر ٢٠٢٦
~ ★★★★★
صبور جدًا
طلبت منه أن يعيد خطوة العجن ثلاث مرات ولم يتذمر. أحببت أنه لا يستعجلني.
~ مفيد
~ غير مفيد
@ رد المطوّر
~ ٤ ديسمبر ٢٠٢٦
شكرًا لك. صممنا المساعد لينتظرك دائمًا، ويسعدنا أن ذلك واضح.
@ سامر_ك
~ ٢٨ نوفمبر ٢٠٢٦
~ ★★★☆☆
يحتاج وضعًا صامتًا
الصوت جميل، لكنه يقرأ كل ملاحظة حتى عندما أريد المقادير فقط.
~ مفيد
~ غير مفيد
~ ما الجديد
~ سجل الإصدارات
~ الإصدار 3.2
تحسين قراءة المقادير وإضافة زر لتخطي الملاحظات.
~ المعلومات
~ الحجم
~ 84.2 ميغابايت
~ الفئة
~ طعام وشراب
~ حقوق النشر © 2026 شركة طاهي الرقمية
