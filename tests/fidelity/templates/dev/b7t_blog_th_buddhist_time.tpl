site: "Thai personal blog on a blogging platform"
kind: blog-post
archive_kind: blog-post
language: th
note: "a Thai post whose title has no spaces at all, the author's name and a short date in the Buddhist era with a clock time and 'น.' under it, a 'read time' line; the like and share row and the comment box are chrome"
---
~ บล็อกของฉัน   หน้าแรก   สำรวจ   เขียนบล็อก
= เมื่อแชตบอตของร้านกาแฟจำชื่อเมนูโปรดของผมได้
@ กาแฟดำไม่ใส่น้ำตาล
~ 5 มี.ค. 69 10:12 น.
~ อ่าน 3 นาที
ร้านกาแฟใกล้ออฟฟิศเพิ่งเปิดให้สั่งผ่านแชตบอต ผมสั่งอเมริกาโน่เย็นไม่หวานทุกเช้า
วันที่สามมันทักว่า "รับเหมือนเดิมไหมครับ" ผมรู้สึกทั้งดีใจและแปลกใจในเวลาเดียวกัน
พอถามพนักงาน เขาบอกว่าแชตบอตจำได้แค่ประวัติการสั่งซื้อ ไม่ได้รู้จักผมจริง ๆ
~ ถูกใจ 24   แชร์
~ แสดงความคิดเห็น
