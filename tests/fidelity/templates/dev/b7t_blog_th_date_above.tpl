site: "Thai lifestyle blog (chaiyen.example.co.th)"
kind: blog-post
archive_kind: blog-post
language: th
note: "a Thai blog post with the date above the title and hashtags under it, the author's line with a follow button after the tags, the body's lines without sentence marks; the share row and related posts are chrome"
---
~ ชาเย็นไดอารี่
~ หน้าแรก   ไลฟ์สไตล์   ท่องเที่ยว   เทคโนโลยี
~ 2 มีนาคม 2569
= ลองให้แชตบอตช่วยวางแผนเที่ยวเชียงใหม่ แล้วมันขอให้ผมพักผ่อนบ้าง
~ #เที่ยวไทย #AI #เชียงใหม่
@ ชาเย็น
~ ติดตาม
ผมวางแผนเที่ยวเชียงใหม่สามวันและอยากไปให้ครบสิบห้าที่ จึงลองให้แชตบอตช่วยจัดตารางให้
มันจัดให้ครบตามที่ขอ แต่ต่อท้ายว่าตารางนี้แน่นมาก และแนะนำให้เว้นช่วงบ่ายวันที่สองไว้นั่งพักที่ร้านกาแฟ
ตอนแรกผมคิดว่ามันขี้เกียจ แต่พอไปจริงก็ดีใจที่เชื่อมัน เพราะขาผมแทบเดินไม่ไหว
~ แชร์บทความนี้
~ บทความที่เกี่ยวข้อง
~ รีวิวคาเฟ่ริมน้ำที่แม่ริม
