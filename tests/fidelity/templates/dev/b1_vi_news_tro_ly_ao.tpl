site: "Vietnamese news site (tintuc.example.vn)"
kind: news-article
archive_kind: article
language: vi
title: "Trợ lý ảo có nên có \"tính cách\" riêng?"
note: "title after \"Số hóa > AI\" breadcrumb; the sapo line is content; the comment section is cp1258 damaged."
---
~ Trang chủ Thời sự Thế giới Kinh doanh Số hóa Thể thao Giải trí
~ Đăng nhập
~ Số hóa > AI
~ Thứ tư, 11/3/2026, 07:30 (GMT+7)
= Trợ lý ảo có nên có "tính cách" riêng?
Nhiều công ty công nghệ đang thiết kế cho trợ lý ảo một giọng nói và cách cư xử riêng, nhưng giới nghiên cứu cảnh báo về những rủi ro đi kèm.
Một trợ lý có tính cách thân thiện giúp người dùng thoải mái hơn khi hỏi những câu đơn giản như cách nấu phở hay sửa xe đạp.
Tuy nhiên, theo các chuyên gia, tính cách đó không được phép làm sai lệch thông tin. Trợ lý cần biết nói "tôi không chắc" thay vì trả lời cho vừa lòng người hỏi.
~ Xem thêm: Cách chọn xe đạp gấp cho người đi làm
Một số nhóm nghiên cứu còn đặt câu hỏi liệu chính các mô hình có thể có lợi ích riêng cần được cân nhắc hay không. Đây vẫn là vấn đề còn bỏ ngỏ.
@ Minh Châu
~ Chia sẻ Facebook Zalo
~ Ý kiến (2)
~ Mới nhất Quan tâm nhất
@ Hoàng Long
[[cp1258:Tôi thích trợ lý nói thẳng, không cần khen tôi mãi.]]
~ Thích Trả lời 15
@ Lan Anh
[[cp1258:Con tôi hay nói chuyện với trợ lý như với bạn, tôi hơi lo.]]
~ Thích Trả lời 9
~ Tin liên quan
~ Điện thoại gập mới ra mắt tại Việt Nam
~ Gửi góp ý Báo lỗi
~ Viết bình luận của bạn...
~ Trở lên đầu trang
~ © Copyright 2026 Tin Tức Example. Toàn bộ bản quyền thuộc về chúng tôi.
