site: "Vietnamese Q&A site (hỏi đáp)"
kind: qa-site
archive_kind: forum-thread
language: vi
note: "a Vietnamese question-and-answer site: the menu, the asker line with its time, the views and answers counts, the vote figures, the 'Trả lời'/'Bình luận'/'Báo cáo' links, the best-answer badge, the related questions and the footer"
---
~ Trang chủ
~ Câu hỏi
~ Chủ đề
~ Thành viên
~ Đặt câu hỏi
~ Đăng nhập
~ Đăng ký
= Làm sao để trợ lý ảo nói chuyện bớt máy móc?
~ Đã hỏi 2 ngày trước
~ 318 lượt xem
~ 2 câu trả lời
~ 4
Tôi dùng trợ lý ảo để trả lời khách hàng của tiệm bánh, nhưng câu nào cũng bắt đầu bằng “Cảm ơn quý khách đã liên hệ”.
Có cách nào để nó nói tự nhiên hơn mà vẫn lịch sự không?
~ tro-ly-ao
~ chatbot
~ Theo dõi
~ Chia sẻ
~ Báo cáo
@ hoa_nguyen
~ Câu trả lời hay nhất
~ 11
Bạn thử viết cho nó một đoạn mô tả tính cách ngắn, ví dụ như một người bán bánh lâu năm, thân thiện và nói ngắn gọn.
Thêm vài câu mẫu mà bạn thấy tự nhiên, nó sẽ bắt chước giọng đó.
@ tuan.le
~ Đã trả lời 1 ngày trước
~ Thích
~ Bình luận
~ Báo cáo
~ 2
Cách này được đấy, nhưng nhớ bảo nó đừng hứa giao bánh khi chưa hỏi tiệm.
@ minh_an
~ Đã trả lời 20 giờ trước
~ Thích
~ Bình luận
~ Viết câu trả lời của bạn
~ Câu hỏi liên quan
~ Chatbot có nên xưng “em” với khách không?
~ Vì sao trợ lý ảo hay xin lỗi?
~ Giới thiệu
~ Điều khoản sử dụng
~ Chính sách bảo mật
~ Liên hệ
