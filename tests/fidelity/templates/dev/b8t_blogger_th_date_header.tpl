site: Blogger (Thai personal blog)
kind: blog-post
archive_kind: blog-post
language: th
title: "ชากับแชตบอต"
note: "a Blogger post: the blog's name and its description, the date header over the post's title (a weekday and the Buddhist era: 'วันพุธที่ 4 มีนาคม พ.ศ. 2569'), the title short and without spaces; the 'posted by' line, the comment count and the older/newer links are chrome"
---
~ บันทึกของน้ำฝน
~ เรื่องเล็ก ๆ ในบ้านหลังเล็ก
~ วันพุธที่ 4 มีนาคม พ.ศ. 2569
= ชากับแชตบอต
เมื่อเช้าฉันถามแชตบอตว่าควรชงชาเขียวด้วยน้ำร้อนแค่ไหน มันตอบอย่างสุภาพและบอกว่าไม่ควรใช้น้ำเดือด
ฉันลองทำตามแล้วชารสชาติดีขึ้นมาก แต่ก็แปลกใจที่มันจำได้ว่าเมื่อวานฉันบ่นเรื่องชาขม
~ โพสต์โดย น้ำฝน ที่ 09:12
~ ไม่มีความคิดเห็น:
~ แสดงความคิดเห็น
~ บทความใหม่กว่า
~ บทความที่เก่ากว่า
~ หน้าแรก
