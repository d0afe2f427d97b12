site: "Hashnode (ky-thuat-ai.hashnode.dev)"
kind: "dev-post"
archive_kind: "blog-post"
language: "vi"
note: "Hashnode-like post in Vietnamese; the body's second half damaged cp1258; series and newsletter chrome."
---
~ Kỹ thuật AI
~ Trang chủ   Loạt bài   Bản tin   Giới thiệu
~ Theo dõi
= Xây dựng bộ đánh giá tính cách cho mô hình ngôn ngữ
@ Nguyễn Minh Khoa
~ 18 thg 2, 2026 · 6 phút đọc
~ Loạt bài: Đánh giá mô hình (phần 2)
Trong phần trước, tôi đã giới thiệu cách đo độ chính xác của câu trả lời.
Lần này chúng ta sẽ thử đo một thứ khó hơn: sự nhất quán trong tính cách của mô hình.
Ý tưởng rất đơn giản: đặt cùng một câu hỏi theo nhiều cách khác nhau và xem giọng điệu có thay đổi không.
Chuẩn bị dữ liệu
Lưu ý: tất cả câu hỏi đều do tôi tự viết, không lấy từ bộ dữ liệu công khai nào.
[[cp1258:Tôi chuẩn bị năm mươi câu hỏi về nấu ăn, du lịch và thú cưng.]]
[[cp1258:Mỗi câu hỏi được viết lại ba lần, một lần lịch sự, một lần cộc lốc và một lần rất dài dòng.]]
[[cp1258:Kết quả cho thấy mô hình giữ được sự thân thiện, nhưng độ dài câu trả lời thay đổi rất nhiều.]]
[[cp1258:Với câu hỏi cộc lốc, câu trả lời ngắn hơn gần một nửa.]]
[[cp1258:Điều thú vị là mô hình vẫn chào hỏi lịch sự, ngay cả khi người dùng không chào.]]
[[cp1258:Trong bài tiếp theo, tôi sẽ chia sẻ mã nguồn và cách chấm điểm tự động.]]
~ 12 lượt thích · 3 bình luận
~ #ai #llm #danh-gia #python
~ Đăng ký nhận bản tin
~ Đọc thêm bài viết trong loạt này
~ ← Phần 1: Đo độ chính xác
~ Phần 3: Chấm điểm tự động →
~ Bình luận (3)
~ Viết bình luận...
~ Được hỗ trợ bởi Hashnode - Nền tảng blog cho nhà phát triển
