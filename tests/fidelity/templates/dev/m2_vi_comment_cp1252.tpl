site: Vietnamese tech blog (Góc Công Nghệ)
kind: blog-post
archive_kind: article
language: vi
note: the body is correct Vietnamese with stacked diacritics; only the comment was stored through a cp1252 decode (bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D dropped)
---
~ Trang chủ
~ Công nghệ
= Trợ lý ảo có nên biết nói "không"?
~ 15/02/2025
Nhiều người dùng muốn trợ lý ảo luôn đồng ý với mình. Nhưng một trợ lý biết từ chối lịch sự đôi khi hữu ích hơn.
Khi được hỏi một điều nó không chắc, trợ lý nên nói rõ là nó không biết.
~ Bình luận
@ Minh
[[cp1252:Tôi thích trợ lý thẳng thắn hơn.]]
~ Trả lời
