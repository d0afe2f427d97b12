site: "اسأل المجتمع (isal.example.com)"
kind: qa-thread
archive_kind: forum-thread
language: ar
title: "لماذا يعتذر المساعد الذكي في كل إجابة تقريبًا؟"
note: "an Arabic Q&A page: the site's menu, a section label over the question title (ending with an Arabic question mark), the asker and date (metadata and chrome), the question, a tags line, the answers counter, an answer with its votes and author and the 'similar questions' block"
---
~ اسأل المجتمع
~ الرئيسية   الأسئلة   الأقسام   تسجيل الدخول
~ تقنية
= لماذا يعتذر المساعد الذكي في كل إجابة تقريبًا؟
@ سألته ليلى منصور
~ منذ يومين
ألاحظ أن المساعد يبدأ كثيرًا من إجاباته بالاعتذار حتى عندما لا يكون هناك خطأ.
هل هذا جزء من شخصيته أم أنه أسلوب يمكن تغييره من الإعدادات؟
~ الوسوم: المساعد الذكي، الشخصية، الإعدادات
~ 2 إجابتان
~ 5
يمكن تغييره غالبًا، فالاعتذار عادة أسلوب تعلّمه المساعد أثناء التدريب وليس قاعدة ثابتة.
جرّب أن تكتب في التعليمات أنك تفضّل الإجابات المباشرة بلا اعتذار إلا عند الخطأ.
@ أجاب عنه كريم
~ أسئلة مشابهة
~ كيف أجعل المساعد أقل رسمية؟
