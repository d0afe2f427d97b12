site: "Sàn thương mại điện tử, tab đánh giá sản phẩm (vi)"
kind: product-reviews
archive_kind: other
language: vi
title: "Ấm đun nước thông minh có trợ lý giọng nói 1,7 lít"
note: "a marketplace product's review tab in Vietnamese: the shop's header, the price and buttons, the rating summary and the filter chips with counts, each review's author (metadata), the stars, date and variant line, the 'Đã mua hàng' badge, the review text (content), the 'Hữu ích' count and report link, the shop's reply header ('Phản hồi của Người bán') as metadata and its reply as content, the pager"
---
~ Kênh Người bán
~ Tải ứng dụng
~ Đăng nhập
~ Trang chủ > Điện gia dụng > Ấm đun nước
= Ấm đun nước thông minh có trợ lý giọng nói 1,7 lít
~ 4.7
~ 2,1k Đánh Giá
~ 5,8k Đã Bán
~ ₫489.000
~ Thêm vào giỏ hàng
~ Mua ngay
~ ĐÁNH GIÁ SẢN PHẨM
~ 4.7 trên 5
~ Tất Cả
~ 5 Sao (1,8k)
~ 4 Sao (190)
~ 3 Sao (41)
~ 2 Sao (12)
~ 1 Sao (30)
~ Có Bình Luận (904)
~ Có Hình Ảnh / Video (377)
@ thu_ha_88
~ ★★★★★
~ 2026-12-01 20:14 | Phân loại hàng: Trắng
~ Đã mua hàng
Trợ lý nói giọng nhẹ nhàng, báo nước sôi rồi hỏi tôi có muốn giữ ấm không. Không nói nhiều, tôi rất thích.
~ Hữu ích? 12
~ Báo cáo
@ Phản hồi của Người bán
Cảm ơn chị đã tin dùng. Chế độ giữ ấm có thể tắt trong ứng dụng nếu chị không cần.
@ quang_minh
~ ★★★☆☆
~ 2026-11-27 07:02 | Phân loại hàng: Đen
~ Đã mua hàng
Ấm đẹp, đun nhanh. Nhưng trợ lý cứ nhắc uống nước mỗi sáng, tôi phải tìm mãi mới tắt được.
Chất lượng sản phẩm: tốt
~ Hữu ích? 3
~ Báo cáo
@ Phản hồi của Người bán
Dạ, lời nhắc uống nước nằm trong mục Sức khỏe của ứng dụng ạ. Shop sẽ ghi rõ hơn trong hướng dẫn.
~ <
~ 1
~ 2
~ 3
~ ...
~ 87
~ >
