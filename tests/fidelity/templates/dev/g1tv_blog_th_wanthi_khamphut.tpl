site: "บันทึกครัวบ้านสวน (blog, bansuan.example.in.th)"
kind: blog-post
archive_kind: blog-post
language: th
title: "ผู้ช่วยในครัวของฉันชอบพูดว่า “ใจเย็น ๆ นะ”"
note: "a Thai blog post: the blog's name and menu, a date line over the title, the title ending with a quotation in curly quotes, the category and comment count line, the text, the tags, the share buttons and a comment with its author and date"
---
~ บันทึกครัวบ้านสวน
~ หน้าแรก   สูตรอาหาร   เกี่ยวกับเรา   ติดต่อ
~ 6 ธันวาคม 2569
= ผู้ช่วยในครัวของฉันชอบพูดว่า “ใจเย็น ๆ นะ”
~ หมวดหมู่: เล่าเรื่องครัว · 2 ความคิดเห็น
ช่วงนี้ฉันใช้ผู้ช่วยเสียงอ่านสูตรแกงเขียวหวานให้ฟังระหว่างทำอาหาร
ทุกครั้งที่ฉันบอกว่าลืมใส่อะไร มันจะตอบว่าใจเย็น ๆ แล้วค่อยบอกว่าควรทำอย่างไรต่อ
ตอนแรกฉันรู้สึกว่ามันพูดเหมือนครู แต่ตอนนี้ฉันชอบนิสัยแบบนี้ของมันมาก
~ แท็ก: ผู้ช่วยเสียง, แกงเขียวหวาน
~ แชร์   Facebook   LINE
@ น้องฝน 6 ธันวาคม 2569 เวลา 20:14
ของฉันพูดเร็วมากจนฟังไม่ทัน ต้องลองตั้งค่าให้พูดช้าลงบ้างแล้ว
~ ตอบกลับ
