site: "Vietnamese news site (baomoi-lang.example.vn)"
kind: news-article
archive_kind: article
language: vi
note: "a Vietnamese article whose headline is a question, the category link above it, the date line with the weekday under it, the share buttons, a sapo in bold (content), the source line at the end as 'Theo …' (metadata); the tags and the comment prompt are chrome"
---
~ Báo Mới Làng
~ Mới nhất   Thời sự   Kinh tế   Khoa học   Số hóa   Đời sống
~ Số hóa
= Vì sao chatbot luôn khen câu hỏi của bạn "rất hay"?
~ Thứ sáu, 6/3/2026 - 14:30
~ Chia sẻ   Lưu
Nhiều người dùng để ý rằng trợ lý ảo thường mở đầu câu trả lời bằng một lời khen, kể cả khi câu hỏi rất bình thường.
Các nhà nghiên cứu cho biết thói quen này hình thành khi mô hình được huấn luyện theo đánh giá của con người: người chấm thường cho điểm cao hơn với những câu trả lời lịch sự và tích cực.
Một số công ty đã bắt đầu giảm bớt những lời khen không cần thiết, vì người dùng phản hồi rằng chúng làm câu trả lời dài hơn mà không có thêm thông tin.
@ Theo Lan Anh (Tạp chí Công nghệ)
~ Từ khóa: chatbot, trợ lý ảo, AI
~ Ý kiến của bạn
