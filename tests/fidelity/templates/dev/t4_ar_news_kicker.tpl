site: Arabic news site (صحيفة الساحل)
kind: news-article
archive_kind: article
language: ar
note: "the paper's name, the section and a kicker of five words right above the headline; the lead under it ends with a full stop; the date after the lead"
---
~ صحيفة الساحل
~ تقنية
~ الذكاء الاصطناعي في الخدمات العامة
= بلدية المدينة تعلّم مساعدها الرقمي أن يعترف بأخطائه
أصبح المساعد يعتذر عندما يقدّم معلومة خاطئة ويعرض تحويل المحادثة إلى موظف.
~ 12 مارس 2025
كان السكان يشتكون من أن المساعد يذكر مواعيد خاطئة بثقة كبيرة. قررت البلدية أن تبدأ بتغيير طريقة إجابته قبل أي شيء آخر.
يقول مسؤول في البلدية إن عدد الشكاوى انخفض خلال الشهر الأول بعد التحديث.
~ اقرأ أيضاً
