site: "Diễn đàn Tinh tế (vi)"
kind: forum-thread
archive_kind: forum-thread
language: vi
note: "Vietnamese forum: crumbs and title, per-post furniture (Thành viên, Thích, Trả lời) repeated; posts partly cp1258-damaged (one line with ? for undefined bytes); a '>' quote and short reply are content"
---
~ Diễn đàn Tinh tế
~ Trang chủ Diễn đàn Tin mới Tìm kiếm Đăng nhập Đăng ký
~ Diễn đàn › Công nghệ › Trí tuệ nhân tạo
= Trợ lý AI có "tính cách" không, hay chỉ là cách nói chuyện được lập trình?
@ minh_tuan_hn
~ 09/03/2026
~ #1
[[cp1258:Mình dùng trợ lý AI để học tiếng Anh, đặt cho nó vai một cô giáo người Hà Nội nghiêm khắc nhưng dễ thương.]]
[[cp1258/qmark:Điều lạ là khi mình nói sai, cô ấy sửa rất nhẹ nhàng, nhưng nếu mình nhờ làm bài tập hộ thì cô từ chối thẳng.]]
Các bác nghĩ sao, đây có được coi là tính cách không?
~ Thích Trả lời Báo cáo
@ lan_anh_dn
~ Thành viên
~ 09/03/2026
~ #2
> nếu mình nhờ làm bài tập hộ thì cô từ chối thẳng
[[cp1258:Cái này là do nhà phát triển đặt ra nguyên tắc thôi. Nhưng mình thấy tốt, học thì phải tự làm.]]
~ Thích Trả lời Báo cáo
@ quang_xe_dap
~ Thành viên
~ 10/03/2026
~ #3
Mình dùng để lên lịch đạp xe cuối tuần, nó toàn nhắc mang áo mưa. Tuần này Đà Lạt mưa thật.
~ Thích Trả lời Báo cáo
@ minh_tuan_hn
~ 10/03/2026
~ #4
Chuẩn luôn.
~ Thích Trả lời Báo cáo
~ Bạn phải đăng nhập hoặc đăng ký để trả lời.
~ Chia sẻ: Facebook Zalo Twitter Email
~ Liên hệ Điều khoản Chính sách bảo mật Trợ giúp
~ © 2026 Tinh tế. All rights reserved.
