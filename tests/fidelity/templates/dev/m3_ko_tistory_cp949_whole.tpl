site: Tistory blog (Korean)
kind: blog-post
archive_kind: article
language: ko
note: "the whole post body was UTF-8 read as cp949 (bytes the codec rejects dropped, one at a time), the chrome around it is correct Korean"
---
~ 본문 바로가기
~ IT 이야기/인공지능
= 대화형 비서에게 성격이 필요한 이유
~ by 햇살노트 2025. 3. 14.
~ 728x90
~ 반응형
[[cp949:요즘 대화형 비서는 말투가 저마다 다릅니다.]]
[[cp949:어떤 비서는 친절하고 어떤 비서는 짧게 대답합니다.]]
[[cp949:저는 솔직하게 모른다고 말하는 비서가 가장 좋습니다.]]
[[cp949:성격은 꾸밈이 아니라 믿음을 쌓는 방법이라고 생각합니다.]]
~ 공감
~ 댓글 3
~ 구독하기
