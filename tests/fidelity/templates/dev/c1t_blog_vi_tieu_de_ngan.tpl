site: "Góc Bếp Nhỏ (blog cá nhân, gocbepnho.example.vn)"
kind: blog-post
archive_kind: blog-post
language: vi
title: Bánh mì
note: "a Vietnamese personal blog: the blog's name and its description (heading-like), the menu, then the post's two-word title with its date under it; the tags and the comment prompt are chrome"
---
~ Góc Bếp Nhỏ
~ Ghi chép từ một căn bếp nhỏ giữa thành phố
~ Trang chủ   Công thức   Giới thiệu
= Bánh mì
~ 3 tháng 3, 2026
Sáng nay tôi hỏi trợ lý nên ủ bột bánh mì bao lâu, và nó hỏi lại tôi trong bếp nóng cỡ nào.
Khi tôi nói hai mươi lăm độ, nó khuyên ủ bốn tiếng. Mẻ bánh mì này ngon hơn hẳn mọi lần trước.
Trợ lý không giả vờ biết hết: nó bảo mỗi loại bột sẽ khác một chút.
~ Thẻ: bánh mì, bột chua
~ Để lại bình luận
