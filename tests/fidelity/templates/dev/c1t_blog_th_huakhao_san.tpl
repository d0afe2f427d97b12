site: "บันทึกครัวเล็ก (บล็อกส่วนตัว, kruaklek.example.com)"
kind: blog-post
archive_kind: blog-post
language: th
note: "a Thai personal blog: the blog's name and its description, the menu, then the post's short title ('ขนมปังแป้งเปรี้ยว', one word run), its date under it; the tags and the comment prompt are chrome"
---
~ บันทึกครัวเล็ก
~ เรื่องเล่าจากครัวเล็กๆ ทีละจาน
~ หน้าแรก   สูตรอาหาร   เกี่ยวกับ
= ขนมปังแป้งเปรี้ยว
~ 3 มีนาคม 2569
วันนี้ฉันถามผู้ช่วยว่าควรพักแป้งเปรี้ยวนานแค่ไหน มันถามกลับก่อนว่าในครัวร้อนแค่ไหน
พอบอกว่ายี่สิบห้าองศา มันก็แนะนำให้พักสี่ชั่วโมง ขนมปังออกมาดีกว่าทุกครั้งที่ผ่านมา
~ แท็ก: ขนมปัง, แป้งเปรี้ยว
~ แสดงความคิดเห็น
