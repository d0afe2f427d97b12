site: Arabic news site (regional daily online)
kind: news-article
archive_kind: article
language: ar
note: "the paper's name, a date line with the Arabic weekday and month, a menu, the section label, the headline, the author and an 'updated' line; tags and related news after the text"
---
~ صحيفة الوادي الجديد
~ الثلاثاء 4 مارس 2025
~ الرئيسية
~ محليات
~ اقتصاد
~ تكنولوجيا
~ رياضة
~ تكنولوجيا
= مساعد ذكي في مكتبة المدينة يتعلم أن يقول «لا أعرف»
@ كتب: سامي الحداد
~ آخر تحديث: 10:42 ص
بدأت مكتبة المدينة العامة تجربة مساعد رقمي يجيب عن أسئلة الزوار حول الكتب ومواعيد الإعارة.
وقالت مديرة المكتبة إن الفريق طلب من الشركة المطورة أن يعترف المساعد بعدم المعرفة بدلاً من اختراع إجابة.
وأضافت أن الزوار كانوا يفضلون إجابة قصيرة صادقة على إجابة طويلة غير دقيقة.
ومن المنتظر أن تستمر التجربة ثلاثة أشهر قبل تقييمها.
~ شارك
~ الوسوم
~ أخبار ذات صلة
