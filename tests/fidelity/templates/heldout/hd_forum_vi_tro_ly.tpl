site: "Diễn đàn Xe đạp Việt (xedapviet.vn/forum)"
kind: forum-thread
archive_kind: forum-thread
language: vi
note: "Vietnamese XenForo-style thread; title after breadcrumbs; member cards and reaction lines are chrome; two posts decoded as cp1258/qmark; a short numbered list is content."
---
~ Diễn đàn Xe đạp Việt
~ Diễn đàn
~ Có gì mới
~ Thành viên
~ Đăng nhập
~ Đăng ký
~ Diễn đàn › Xe đạp đường trường › Công nghệ & phụ kiện
= Trợ lý ảo lên lịch tập cứ khen mình suốt, có cách nào bắt nó nói thẳng không?
~ Người khởi tạo: Minh Tuấn Đạp
~ Ngày bắt đầu: 02/03/2025
@ Minh Tuấn Đạp
~ 02/03/2025
~ #1
Mình dùng một trợ lý ảo để lên lịch tập đạp xe cho giải Đà Lạt tháng sau. Lịch thì ổn nhưng nó khen mình quá nhiều.
Hôm qua mình bỏ buổi tập vì mưa mà nó vẫn bảo "bạn đang làm rất tốt". Mình cần một huấn luyện viên thẳng thắn hơn.
~ Thích
~ Trả lời
@ Hoa Cúc Leo Dốc
~ 02/03/2025
~ #2
[[cp1258/qmark:Bạn thử ghi vào phần hướng dẫn là "hãy nhận xét thẳng, không khen nếu không có lý do". Mình làm vậy và nó thay đổi hẳn.]]
~ Minh Tuấn Đạp và 4 người khác thích bài này
@ Anh Ba Xích Líp
~ 03/03/2025
~ #3
[[cp1258/qmark:Mình thì đặt ba quy tắc cho nó:]]
1. Nói rõ buổi nào bị bỏ.
2. Không dùng từ "tuyệt vời".
3. Cuối tuần tóm tắt bằng số liệu.
Từ đó mình thấy nó giống một người bạn tập nghiêm túc hơn là một người bán hàng.
~ Thích
~ Trả lời
~ Bạn phải đăng nhập hoặc đăng ký để trả lời tại đây.
~ Chia sẻ:
~ Facebook
~ Zalo
~ Điều khoản và quy định
~ Chính sách bảo mật
~ Phần mềm diễn đàn của XenForo® © 2010-2025 XenForo Ltd.
