site: Vietnamese tech news (Tin Công Nghệ)
kind: news-article
archive_kind: article
language: vi
note: "the headline and one reader comment were UTF-8 read as cp1252; the body is correct Vietnamese whose only plain 'â' between letters is in 'tâm' and 'Tâm' (before an 'm', like English 'I’m') — after the first clean no cp1252 is left, and a second clean must not read 'tâm' as latin-1 damage of 't’m'; 'học' lost its 8D (marked)"
---
~ Trang chủ
~ Công nghệ
= [[cp1252:Trợ lý ảo học cách nói “không biết”]]
Các nhà nghiên cứu cho biết người dùng tin tâm hơn vào trợ lý ảo biết thừa nhận giới hạn của mình.
Nhiều người vẫn hỏi trợ lý về sức khỏe hay tài chính, nhưng kiểm tra lại câu trả lời.
~ Bình luận (1)
@ [[cp1252:Minh Tâm]]
[[cp1252:Tôi thích trợ lý nói thật, kể cả khi câu trả lời là “tôi không chắc”.]]
~ Trả lời
