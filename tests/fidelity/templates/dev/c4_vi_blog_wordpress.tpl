site: Vietnamese WordPress blog (Góc Công Nghệ Nhỏ)
kind: blog-post
archive_kind: article
language: vi
note: 'WordPress in Vietnamese: skip link, menu, breadcrumb, the posted-on line with author, category, view counter, share row, the like widget, related posts, comment count and comment author/date lines with reply buttons, the comment form and its privacy sentence, recent posts and archive widgets, the copyright and "Được tạo bởi WordPress" footer. The post holds a three-item list and a line "Lưu ý: ..." and a comment "Hay quá!".'
---
~ Bỏ qua nội dung
~ Góc Công Nghệ Nhỏ
~ Trang chủ
~ Giới thiệu
~ Liên hệ
~ Trang chủ » Trí tuệ nhân tạo » Trợ lý ảo có tính cách không?
= Trợ lý ảo có tính cách không?
~ Đăng ngày 4 tháng 3, 2025 bởi Nguyễn Minh Anh
~ Chuyên mục: Trí tuệ nhân tạo
~ Lượt xem: 1.245
Mỗi lần trò chuyện với trợ lý ảo, tôi có cảm giác nó là cùng một "người": kiên nhẫn, cẩn thận và hơi nghiêm túc. Nhưng liệu đó có thật là tính cách?
Theo những gì tôi tìm hiểu, tính cách của trợ lý đến từ ba nguồn:
dữ liệu huấn luyện
hướng dẫn của nhà phát triển
cách người dùng đặt câu hỏi
Lưu ý: bài viết này chỉ là ghi chép cá nhân, không phải ý kiến chuyên môn.
Dù sao đi nữa, một trợ lý nhất quán vẫn dễ dùng hơn một trợ lý hay thay đổi.
~ Chia sẻ:
~ Facebook
~ Twitter
~ Thích
~ Đang tải...
~ Có liên quan
~ 2 bình luận
@ Trần Quốc Bảo
~ 05/03/2025 lúc 08:12
Hay quá!
~ Trả lời
@ Lê Thu Hà
~ 05/03/2025 lúc 09:30
Tôi thấy điểm thứ ba quan trọng nhất. Cùng một trợ lý nhưng hỏi khác đi là câu trả lời khác hẳn.
~ Trả lời
~ Để lại một bình luận
~ Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *
~ Bình luận *
~ Tên *
~ Email *
~ Trang web
~ Gửi bình luận
~ Bài viết mới
~ Vì sao chatbot hay xin lỗi?
~ Lưu trữ
~ Tháng Ba 2025
~ Tháng Hai 2025
~ Bản quyền © 2025 Góc Công Nghệ Nhỏ
~ Được tạo bởi WordPress
