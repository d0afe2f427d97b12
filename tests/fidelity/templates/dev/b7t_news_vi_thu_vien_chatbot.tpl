site: "Vietnamese news site (tintuclang.example.vn)"
kind: news-article
archive_kind: article
language: vi
note: "a Vietnamese article: the site's menu, the breadcrumb, the weekday date with GMT+7 above the headline, the headline, the deck (content), a photo caption, the author's name at the end (metadata), the tags and the 'related news' list (chrome)"
---
~ Tin Tức Làng
~ Thời sự   Thế giới   Kinh doanh   Công nghệ   Giáo dục   Sức khỏe
~ Trang chủ / Công nghệ / AI
~ Thứ năm, 5/3/2026, 09:12 (GMT+7)
= Thư viện tỉnh thử trợ lý ảo trả lời bạn đọc bằng giọng "chú thủ thư"
Trợ lý ảo được dặn nói chậm, xưng "chú" với học sinh và thừa nhận khi không biết câu trả lời.
~ Trợ lý ảo trên trang web của thư viện. Ảnh: Thư viện tỉnh
Từ đầu tháng ba, bạn đọc có thể hỏi trợ lý ảo của thư viện về giờ mở cửa, thủ tục làm thẻ và sách mới về.
Bà Nguyễn Thị Hoa, phó giám đốc thư viện, cho biết nhóm phát triển đã thử ba giọng điệu khác nhau với học sinh trước khi chọn giọng "chú thủ thư" hiền và kiên nhẫn.
"Các em hỏi rất nhiều câu ngoài lề. Chúng tôi muốn trợ lý trả lời vui vẻ nhưng không bịa chuyện," bà Hoa nói.
Thư viện sẽ đánh giá lại sau ba tháng thử nghiệm.
@ Minh Khang
~ Tags: trợ lý ảo, thư viện, AI
~ Tin liên quan
~ Trường học thử dùng AI chấm bài tập tiếng Anh
