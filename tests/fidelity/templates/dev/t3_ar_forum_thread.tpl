site: Arabic technology forum (vBulletin-style)
kind: forum-thread
archive_kind: forum-thread
language: ar
note: "the forum's name, the menu, a breadcrumb with '>', the thread title, the 'started by' line and the date; each post has the member's name, rank and join date above it"
---
~ منتدى التقنية العربي
~ الرئيسية
~ المنتديات
~ التسجيل
~ المنتديات > الذكاء الاصطناعي > نقاش عام
= لماذا يعتذر المساعد الذكي كثيراً؟
~ بدء بواسطة سلمى
~ 04/03/2025
@ سلمى
~ عضو جديد
~ تاريخ التسجيل: 2024
ألاحظ أن المساعد الذي أستخدمه يبدأ كل إجابة تقريباً بالاعتذار، حتى عندما لا يكون هناك خطأ.
هل هذا شيء في تدريبه أم يمكن تغييره؟
@ خالد
~ عضو مميز
~ تاريخ التسجيل: 2019
يمكن تغييره بتعليمات واضحة في بداية المحادثة، مثل: اعتذر فقط عندما تخطئ فعلاً.
~ رد مع اقتباس
