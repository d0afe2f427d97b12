site: Góc nhỏ của Minh (goc-nho-cua-minh.example.vn, personal blog)
kind: blog-post
archive_kind: blog-post
language: vi
---
~ Góc nhỏ của Minh
~ Ghi chép về công nghệ, cà phê và những chuyến đạp xe
~ Trang chủ
~ Giới thiệu
~ Lưu trữ
~ Liên hệ
= Một tuần trò chuyện với trợ lý AI: nó có "tính cách" không?
~ Đăng ngày 08/03/2026
@ bởi Minh Trần
~ Chuyên mục: Công nghệ
~ 6 phút đọc
Tuần trước mình tự đặt ra một thử thách nhỏ: mỗi sáng hỏi trợ lý AI đúng một câu hỏi giống nhau, rồi xem nó trả lời khác nhau thế nào.
Câu hỏi là: "Hôm nay mình nên đạp xe hay đi xe buýt?"
Kết quả khá thú vị. Lời khuyên thay đổi theo thời tiết mình kể, nhưng giọng điệu thì gần như không đổi: nhẹ nhàng, hơi hài hước, và lúc nào cũng nhắc mình đội mũ bảo hiểm.
Mình ghi lại vài điểm:
- Ngày 1: khuyên đạp xe, kèm một câu đùa về gió ngược.
- Ngày 3: trời mưa, khuyên đi xe buýt và mang ô.
- Ngày 6: mình cố tình nói sai dự báo thời tiết, nó hỏi lại cho chắc.
Điều làm mình nhớ nhất là ngày thứ sáu. Một trợ lý chỉ biết chiều lòng người dùng sẽ không hỏi lại. Cái sự "hỏi lại" đó có lẽ chính là thứ mà người ta gọi là tính cách của mô hình.
Mình không nghĩ nó có cảm xúc như người. Nhưng mình cũng không chắc chắn điều ngược lại, và mình thấy sự không chắc chắn đó đáng được tôn trọng.
~ Thẻ: AI, đạp xe, ghi chép
~ Chia sẻ:
~ Facebook
~ Zalo
~ Bài trước: Pha cà phê phin đúng cách
~ Bài sau: Lốp xe đạp không săm có đáng tiền?
~ 3 bình luận
@ Hà Linh
~ 09/03/2026 lúc 07:12
[[cp1258:Thí nghiệm hay quá! Mình cũng muốn thử với câu hỏi về nấu ăn.]]
~ Trả lời
@ Quang Vũ
~ 09/03/2026 lúc 21:40
[[cp1258:Chuyện nó hỏi lại là điểm mình thích nhất ở các trợ lý bây giờ.]]
~ Trả lời
@ Minh Trần
~ 10/03/2026 lúc 06:55
@Quang Vũ đúng vậy, hỏi lại tốt hơn là đoán bừa.
~ Trả lời
~ Để lại bình luận
~ Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *
~ Bình luận *
~ Tên *
~ Gửi bình luận
~ © 2026 Góc nhỏ của Minh. Vận hành bởi WordPress.
