site: "Vietnamese news site (tinnhanh-lang.example.vn)"
kind: news-article
archive_kind: article
language: vi
note: "a Vietnamese article with the date line above the headline (weekday, date, time, GMT+7), the headline, the sapo opening with the place and a dash (content), the photo caption, the author in bold at the end (metadata); the share row above the text and the related list are chrome"
---
~ Tin Nhanh Làng
~ Trang chủ   Thời sự   Góc nhìn   Thế giới   Khoa học công nghệ   Giáo dục
~ Thứ tư, 4/3/2026, 20:00 (GMT+7)
= Bệnh viện thử trợ lý ảo nhắc lịch khám bằng giọng nói nhẹ nhàng
~ Chia sẻ   Facebook   Zalo
Hà Nội - Một bệnh viện tuyến quận bắt đầu dùng trợ lý ảo để gọi điện nhắc bệnh nhân lớn tuổi về lịch tái khám.
~ Trợ lý ảo gọi điện nhắc lịch khám. Ảnh: Bệnh viện cung cấp
Theo bệnh viện, trợ lý ảo được cài đặt để nói chậm, xưng "cháu" với người cao tuổi và luôn hỏi lại xem người nghe đã rõ chưa.
Nếu bệnh nhân hỏi những điều ngoài lịch khám, trợ lý sẽ nói rằng mình không trả lời được và chuyển cuộc gọi cho điều dưỡng.
@ Thu Hà
~ Tin liên quan
~ Trường học dùng AI nhắc học sinh nộp bài
