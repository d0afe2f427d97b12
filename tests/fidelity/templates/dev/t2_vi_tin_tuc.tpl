site: Vietnamese news site (Tin Sáng)
kind: news-article
archive_kind: article
language: vi
note: "a Vietnamese news page: the site's name and menu, the section, a date line with the weekday 'Thứ Ba' and the time zone over the headline; the sapo (deck) ends with a full stop"
---
~ Tin Sáng
~ Trang chủ
~ Thời sự
~ Công nghệ
~ Đăng nhập
~ Công nghệ
~ Thứ Ba, 4/3/2025, 08:15 (GMT+7)
= Trợ lý ảo của thư viện học cách nói 'tôi không biết'
Thư viện thành phố vừa cập nhật trợ lý ảo để nó thừa nhận khi không chắc chắn về câu trả lời.
Trước đây, trợ lý luôn cố trả lời mọi câu hỏi, kể cả khi không có đủ thông tin. Nhiều bạn đọc phàn nàn vì nhận được chỉ dẫn sai.
Sau khi cập nhật, trợ lý sẽ nói rõ khi nó không biết và gợi ý người dùng hỏi thủ thư.
~ Chia sẻ
~ Tin liên quan
