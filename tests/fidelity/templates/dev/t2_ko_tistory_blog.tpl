site: Korean blog (Tistory-style)
kind: blog-post
archive_kind: blog-post
language: ko
note: "a skip link in Korean, the blog's name, the category over the headline, the date in the Korean dotted format and the author after it; share buttons, the 'like' counter and the category's other posts after the text"
---
~ 본문 바로가기
~ 느린 개발 일지
~ 카테고리 없음
~ IT 이야기
= 챗봇에게 말투를 정해 줬더니 생긴 일
~ 2025. 3. 4. 21:10
~ 느린개발자
요즘 회사에서 고객 상담용 챗봇을 만들고 있다. 처음에는 말투를 따로 정하지 않았는데, 답변이 너무 딱딱하다는 이야기를 들었다.
그래서 친절하지만 과하지 않은 말투를 정해 주었다. 인사를 짧게 하고, 모르는 것은 모른다고 말하게 했다.
재미있는 점은 말투를 바꾸자 사용자들이 질문을 더 자세하게 쓰기 시작했다는 것이다. 상대가 사람처럼 느껴지면 사람에게 하듯 설명하게 되는 것 같다.
~ 공유하기
~ 게시글 관리
~ 좋아요 5
~ 'IT 이야기' 카테고리의 다른 글
~ 사이드 프로젝트 회고
