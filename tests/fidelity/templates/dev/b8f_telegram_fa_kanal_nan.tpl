site: "Telegram channel preview (t.me/s, fa)"
kind: telegram-channel
archive_kind: social-thread
language: fa
note: "a Telegram channel's web preview in Persian: the channel's name and handle, its subscriber and media counts, each post's channel name (metadata), views, edited mark and time, the join button and the preview's footer; a post that is a number with a word stays"
---
~ Telegram
~ کانال نان و هوش
~ @nan_va_housh
~ ۱۲٬۴۰۰ مشترک
~ ۳۱۸ عکس
~ ۲۴ ویدیو
~ ۹ فایل
~ ۴۲ لینک
@ نان و هوش
امروز از دستیار خواستیم دستور نان سنگک بدهد. با لحن یک نانوای قدیمی جواب داد و گفت عجله نکنید.
شخصیت دستیار را خودمان ننوشته بودیم؛ از متن‌های قدیمی یاد گرفته است.
~ ۳٫۲ هزار بازدید
~ ویرایش شده
~ ۰۹:۱۴
@ نان و هوش
نظرسنجی: دوست دارید دستیار لحن رسمی داشته باشد یا خودمانی؟
رسمی ۳۸٪
خودمانی ۶۲٪
~ ۲٫۹ هزار بازدید
~ ۱۱:۴۰
@ نان و هوش
خمیر امروز ۱۸ ساعت استراحت کرد. نتیجه عالی بود.
~ ۱٫۸ هزار بازدید
~ ۱۶:۰۵
~ مشاهده در تلگرام
~ پیوستن به کانال
~ اگر تلگرام دارید، می‌توانید همین حالا این کانال را ببینید.
