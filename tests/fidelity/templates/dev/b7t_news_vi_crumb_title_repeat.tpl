site: "Vietnamese news site (dantri-lang.example.vn)"
kind: news-article
archive_kind: article
language: vi
note: "a Vietnamese article whose breadcrumb ends with the headline shortened; the headline, the time line with the author under it, a 'listen' button, the sapo; the tags and the comment count are chrome"
---
~ Dân Trí Làng
~ Xã hội   Kinh doanh   Sức mạnh số   Giáo dục   Sức khỏe
~ Sức mạnh số › Trí tuệ nhân tạo › Sinh viên thử trợ lý ảo...
= Sinh viên thử trợ lý ảo tư vấn tuyển sinh: "Nói chuyện như anh chị khóa trên"
~ Thứ năm, 05/03/2026 - 15:45
@ Hoàng Minh
~ Nghe bài viết
Một trường đại học cho học sinh lớp 12 thử trợ lý ảo tư vấn tuyển sinh trước mùa đăng ký xét tuyển.
Nhiều em nhận xét trợ lý nói chuyện gần gũi như anh chị khóa trên nhưng vẫn lịch sự, và sẵn sàng nói "em nên hỏi thêm phòng đào tạo" khi không chắc chắn.
Nhà trường cho biết sẽ tiếp tục điều chỉnh cách trả lời dựa trên góp ý của học sinh.
~ Từ khóa: trợ lý ảo, tuyển sinh
~ Bình luận (4)
