site: Vietnamese news portal (Tin Nhanh Số-style, tinnhanhso.vn)
kind: news-article
archive_kind: article
language: vi
note: Vietnamese news page - section menu, breadcrumb, weekday/date line above the headline, the headline saved through a cp1252 decode of its UTF-8 bytes, sapo (deck) as content, the author's name at the end of the article as metadata, share row, comment section with like/reply/time lines, one comment also damaged by cp1252, related news and the copyright footer; a body sentence contains the word 'Chia sẻ' (a menu word) and must stay
---
~ Tin Nhanh Số
~ Thời sự Góc nhìn Thế giới Kinh doanh Khoa học Số hóa Sức khỏe Đời sống
~ Số hóa > Công nghệ > Trí tuệ nhân tạo
~ Thứ hai, 30/11/2026, 14:05 (GMT+7)
= [[cp1252:Trợ lý ảo biết nói "không" được người dùng đánh giá cao hơn]]
Một khảo sát nhỏ tại Hà Nội cho thấy người dùng tin tưởng hơn vào trợ lý ảo dám thừa nhận giới hạn của mình.
Nhóm nghiên cứu đã cho 300 người dùng trò chuyện với hai phiên bản của cùng một trợ lý ảo trong hai tuần.
Phiên bản thứ nhất luôn cố gắng trả lời mọi câu hỏi, kể cả khi không chắc chắn. Phiên bản thứ hai được thiết kế để nói rõ khi nó không biết và gợi ý nơi có thể tìm thông tin đáng tin cậy.
Kết quả cho thấy 68% người tham gia chọn phiên bản thứ hai để tiếp tục sử dụng. Nhiều người cho biết họ thấy "dễ chịu hơn khi được nói thật".
Một người tham gia kể rằng anh đã bấm nút Chia sẻ để gửi câu trả lời "tôi không chắc" cho vợ, vì thấy nó thành thật hơn những lời khuyên chắc nịch trước đó.
Các nhà nghiên cứu lưu ý rằng mẫu khảo sát còn nhỏ và sẽ mở rộng sang các tỉnh phía Nam vào năm sau.
@ Minh Anh
~ Chia sẻ Facebook Zalo Sao chép liên kết
~ Ý kiến (12)
~ Mới nhất | Quan tâm nhất
@ hoanglong_sg
Tôi cũng thích trợ lý nói thẳng là không biết, đỡ mất thời gian kiểm tra lại.
~ Thích Trả lời · 2 giờ trước
@ Thu Trang
[[cp1252:Mẹ tôi ngoài 70 tuổi vẫn dùng được, miễn là nó nói chậm và rõ ràng.]]
~ Thích Trả lời · 1 giờ trước
~ Xem thêm ý kiến
~ Tin liên quan
~ Học sinh dùng chatbot ôn thi: nên và không nên
~ Cách tắt lịch sử trò chuyện trên điện thoại
~ © Copyright 2026 Tin Nhanh Số. Bản quyền thuộc về Tin Nhanh Số.
