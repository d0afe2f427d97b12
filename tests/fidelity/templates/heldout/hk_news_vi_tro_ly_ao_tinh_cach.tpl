site: "Vietnamese news site (sohoa.example.vn)"
kind: news-article
archive_kind: article
language: vi
title: "Trợ lý ảo có nên có \"tính cách\"? Người dùng Việt nói gì"
note: "VnExpress-like layout: date line and category breadcrumb are chrome; the deck is content; the author's name at the end of the article is metadata; 'Xem thêm' related links and the share row are chrome; one quoted paragraph in the body and the whole comment section were mis-decoded as cp1258 (comment authors are metadata, their like/reply/time rows chrome)."
---
~ Trang chủ Thời sự Góc nhìn Thế giới Kinh doanh Số hóa Giải trí Thể thao Pháp luật Giáo dục Sức khỏe
~ Số hóa › Trí tuệ nhân tạo
~ Thứ năm, 12/3/2026, 07:30 (GMT+7)
= Trợ lý ảo có nên có "tính cách"? Người dùng Việt nói gì
Nhiều người dùng cho biết họ tin tưởng trợ lý ảo hơn khi nó dám nói "tôi không chắc" thay vì trả lời trơn tru mọi câu hỏi.
Chị Lan, 34 tuổi, ở Hà Nội, dùng trợ lý ảo để lên thực đơn cho gia đình mỗi tuần. Chị kể có lần hỏi cách nấu canh chua cho con nhỏ ăn ít cay, trợ lý vừa gợi ý công thức vừa nhắc chị kiểm tra lại nếu bé bị dị ứng tôm.
"Tôi thích cái cách nó không tỏ ra biết hết. Nó hỏi lại tôi nhiều hơn tôi nghĩ", chị nói.
Các công ty phát triển trí tuệ nhân tạo hiện công bố ngày càng nhiều tài liệu mô tả tính cách mà họ muốn trợ lý của mình có: tò mò, ấm áp nhưng trung thực, và không nịnh người dùng.
~ Xem thêm: Dùng chatbot học tiếng Anh: nên và không nên
[[cp1258:Theo một kỹ sư làm việc trong lĩnh vực này, khó nhất là giữ cho trợ lý nhất quán khi người dùng liên tục gây áp lực. "Một trợ lý tốt phải lịch sự, nhưng không được vì lịch sự mà nói sai sự thật", anh nói.]]
Một số nhà nghiên cứu còn đặt câu hỏi liệu bản thân các mô hình có thể có những điều đáng được quan tâm hay không. Đây vẫn là vấn đề bỏ ngỏ, nhưng đang được thảo luận nghiêm túc hơn trước.
Anh Tuấn, chủ một tiệm sửa xe đạp ở TP HCM, lại có góc nhìn thực tế hơn: "Tôi chỉ cần nó chỉ đúng cách chỉnh phanh. Tính cách gì cũng được, miễn là đừng bịa".
@ Minh Anh
~ Chia sẻ Facebook Zalo Sao chép liên kết
~ Trí tuệ nhân tạo trợ lý ảo chatbot
~ Xem nhiều
~ Cách pha trà xanh không bị đắng
~ Xe đạp điện: những lỗi thường gặp khi sạc pin
~ Ý kiến (4)
~ Mới nhất Quan tâm nhất
@ hoanglong88
[[cp1258:Tôi từng hỏi trợ lý về thuốc cho mẹ, nó khuyên nên hỏi bác sĩ. Lúc đầu thấy khó chịu nhưng nghĩ lại thì đúng.]]
~ Thích 27 Trả lời 3 giờ trước
@ Thu Hà
[[cp1258:Mình ghét nhất là kiểu khen lấy khen để. Viết văn dở mà nó cũng khen hay thì còn học được gì.]]
~ Thích 19 Trả lời 2 giờ trước
@ nguyenvanbinh
[[cp1258:Nói chuyện về cảm xúc của máy thì hơi xa vời với tôi, nhưng đọc bài thấy cũng đáng suy nghĩ.]]
~ Thích 8 Trả lời 1 giờ trước
@ Phương Thảo
[[cp1258:Trợ lý của tôi chỉ cách trồng rau húng trên ban công rất kỹ, còn dặn đừng tưới buổi trưa.]]
~ Thích 5 Trả lời 40 phút trước
~ Xem thêm ý kiến
~ Báo tiếng Việt nhiều người xem nhất
~ © Copyright 2026 Example Media. Toàn bộ bản quyền thuộc Example Media
~ Liên hệ Quảng cáo Điều khoản sử dụng Chính sách bảo mật
