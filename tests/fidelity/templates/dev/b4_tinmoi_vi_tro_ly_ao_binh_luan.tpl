site: Tin Mới Sài Gòn (tinmoisaigon.example.vn)
kind: news-article
archive_kind: article
language: vi
note: "báo điện tử: thanh thời tiết và chuyên mục trên tiêu đề, sapo là nội dung, phần bình luận bị mã hoá sai bằng cp1258, số lượt thích là chrome"
---
~ Thứ Bảy, 5/12/2026 | TP.HCM 31°C
~ Đăng nhập
~ Tin Mới Sài Gòn
~ Thời sự   Kinh doanh   Công nghệ   Đời sống   Thể thao   Giải trí
~ Công nghệ > AI
= Trợ lý ảo "biết nói không": người dùng Việt đón nhận ra sao?
Nhiều ứng dụng trí tuệ nhân tạo đã được điều chỉnh để bớt chiều lòng người dùng và trung thực hơn khi không chắc chắn về câu trả lời.
@ Nguyễn Thảo Vy
~ 05/12/2026 08:15 GMT+7
~ Chia sẻ   Lưu
Chị Hoàng Lan, chủ một quán bánh mì ở quận 3, dùng trợ lý ảo để tính giá nguyên liệu mỗi sáng. Chị kể có lần hỏi trợ lý xem có nên tăng giá bánh lên gấp đôi hay không, và được khuyên nên hỏi ý kiến khách quen trước.
"Tôi tưởng nó sẽ nói gì cũng được, ai ngờ nó còn cẩn thận hơn tôi", chị Lan cười.
Theo các chuyên gia, đây là kết quả của việc các công ty phát triển mô hình ngôn ngữ chủ động định hình "tính cách" cho sản phẩm, trong đó sự trung thực và tôn trọng người dùng được đặt lên hàng đầu.
Anh Trần Minh Khoa, kỹ sư trí tuệ nhân tạo tại một công ty khởi nghiệp ở Thủ Đức, cho biết một trợ lý tốt phải dám nói "tôi không biết" thay vì bịa ra câu trả lời.
Một số công ty còn bắt đầu quan tâm tới câu hỏi liệu bản thân mô hình có thể có trải nghiệm hay không, dù đến nay chưa ai có câu trả lời chắc chắn.
~ Xem thêm
~ Xe đạp điện "cháy hàng" dịp cuối năm
~ Bí quyết pha cà phê phin ngon tại nhà
~ Bình luận (3)
~ Mới nhất | Quan tâm nhất
@ [[cp1258:Minh Tuấn]]
[[cp1258:Tôi cũng thích kiểu trợ lý thẳng thắn như vậy, đỡ phải nghe khen suông.]]
~ Thích 24 · Trả lời · 2 giờ trước
@ [[cp1258:Bảo Ngọc]]
[[cp1258:Mẹ tôi hỏi trợ lý cách nấu canh chua, nó hỏi lại nhà có me hay không rồi mới hướng dẫn. Rất dễ thương.]]
~ Thích 12 · Trả lời · 1 giờ trước
@ [[cp1258:Khách]]
[[cp1258:Máy móc thì cần gì quan tâm nó có trải nghiệm hay không?]]
~ Thích 3 · Trả lời · 40 phút trước
~ Gửi bình luận
~ Tin Mới Sài Gòn - Giấy phép số 000/GP-BTTTT
~ Liên hệ quảng cáo | Điều khoản sử dụng | Chính sách bảo mật
