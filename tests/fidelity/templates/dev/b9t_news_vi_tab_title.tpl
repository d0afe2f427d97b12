site: "Vietnamese news site (tintuc.example.vn)"
kind: news-article
archive_kind: article
language: vi
title: "Trợ lý ảo của bệnh viện học cách nói chậm hơn"
note: "a Vietnamese news article saved with the browser's tab title on the first line (the headline and the site's name after a dash); the menu, the section breadcrumb, the weekday date line with GMT+7, the sapo (content), the author's name at the end (metadata), the share tools and the related list"
---
~ Trợ lý ảo của bệnh viện học cách nói chậm hơn - Báo Tin Tức
~ Thời sự   Thế giới   Kinh doanh   Khoa học   Sức khỏe
~ Sức khỏe › Y tế
~ Thứ năm, 4/12/2026, 10:21 (GMT+7)
= Trợ lý ảo của bệnh viện học cách nói chậm hơn
Sau nhiều phản ánh của người bệnh lớn tuổi, bệnh viện đã điều chỉnh trợ lý ảo để trả lời ngắn gọn và chờ lâu hơn trước khi nói.
Trợ lý ảo được đưa vào sử dụng từ đầu năm để hướng dẫn người bệnh đặt lịch khám và tìm khoa phòng.
Nhiều người cao tuổi cho biết họ chưa kịp hỏi xong thì trợ lý đã trả lời, khiến họ bối rối.
Phiên bản mới chờ thêm hai giây sau khi người dùng ngừng nói và nhắc lại câu hỏi trước khi trả lời.
@ Minh Châu
~ Chia sẻ
~ Tin liên quan
~ Bệnh viện thử nghiệm đặt lịch khám qua tin nhắn
