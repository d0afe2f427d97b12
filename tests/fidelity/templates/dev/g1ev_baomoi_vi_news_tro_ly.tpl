site: "Vietnamese news site (tintuc.example.vn)"
kind: news-article
archive_kind: article
language: vi
title: "Trợ lý ảo của thư viện thành phố được dạy cách nói “tôi không biết”"
note: "header band with edition date, weather and section labels; a subheading between paragraphs; footer with office address and licence line."
---
~ Bỏ qua nội dung
~ Tin Tức
~ Thứ Hai, 9/3/2026
~ Hà Nội 22°C
~ Thời sự
~ Xã hội
~ Công nghệ
~ Đăng nhập
~ Công nghệ
= Trợ lý ảo của thư viện thành phố được dạy cách nói “tôi không biết”
Thư viện thành phố vừa cập nhật trợ lý ảo để nó thừa nhận khi không chắc chắn về câu trả lời.
~ 09/03/2026 07:30
@ Nguyễn Thu Hà
Trước đây, trợ lý ảo của thư viện thường đưa ra câu trả lời ngay cả khi không tìm thấy sách phù hợp. Nhiều bạn đọc phàn nàn vì bị giới thiệu những cuốn sách không tồn tại.
Thay đổi mới
Giờ đây, khi không chắc chắn, trợ lý sẽ nói rõ và gợi ý bạn đọc hỏi thủ thư. Nhân viên thư viện cho biết số lời phàn nàn đã giảm rõ rệt.
Một bạn đọc lớn tuổi nói rằng bà thích trợ lý mới hơn vì nó không còn “nói dối một cách lịch sự”.
~ Chia sẻ
~ Tin liên quan
~ Mở thêm làn đường cho xe đạp ở quận Ba Đình
~ Giới thiệu
~ Liên hệ quảng cáo
~ Tòa soạn: 15 Phố Huế, Hà Nội
~ Giấy phép số 123/GP-BTTTT
~ © 2026 Tin Tức
