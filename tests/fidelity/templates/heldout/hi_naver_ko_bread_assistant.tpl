site: "Naver-like blog (blog.example.co.kr)"
kind: naver-blog
archive_kind: blog-post
language: ko
title: "AI 비서랑 같이 식빵 구워 본 날"
note: "Korean portal blog post: the blog's menu, the category line, the author nickname (metadata), the date, “본문 기타 기능”, the URL-copy and neighbour buttons, the like/comment counters, the tag list, the category post list and the footer are chrome; short one-line paragraphs are content."
---
~ 블로그 카테고리 이동
~ 빵 굽는 토요일
~ 검색 MY메뉴 열기
~ 홈베이킹
= AI 비서랑 같이 식빵 구워 본 날
@ 밀가루곰
~ 2026. 12. 5. 18:42
~ URL 복사 이웃추가
~ 본문 기타 기능
안녕하세요, 밀가루곰이에요.
오늘은 조금 특별한 식빵 이야기예요.
요즘 휴대폰에 있는 AI 비서한테 레시피를 물어보는 게 습관이 됐는데, 이번에는 반죽하는 내내 옆에 두고 같이 구워 봤어요.
처음에 발효 시간을 물었더니 바로 숫자를 말하지 않고, 부엌 온도가 몇 도인지 먼저 되묻더라고요.
우리 집 부엌은 겨울이라 18도 정도라서, 1차 발효를 평소보다 길게 잡으라고 했어요.
솔직히 조금 귀찮았는데, 결과적으로 그 말이 맞았어요.
재미있었던 건 제가 실수로 소금을 두 번 넣었을 때예요.
괜찮다고 위로만 할 줄 알았는데, 맛이 짤 수 있다고 솔직하게 말해 주고 물과 밀가루를 조금 더 넣는 방법을 알려 줬어요.
듣기 좋은 말만 하는 비서보다 이런 쪽이 훨씬 믿음이 가요.
다만 제 반죽 사진을 보여 줬을 때 "아주 잘하셨어요!" 하고 칭찬을 너무 많이 해서 웃음이 났어요.
완성된 식빵은 속이 촉촉하고 살짝 짭짤했어요.
다음에는 통밀 식빵에 도전해 볼게요.
~ #홈베이킹 #식빵 #AI비서 #주말빵
~ 공감 27
~ 댓글 4
~ 공유하기
~ 이 블로그 홈베이킹 카테고리 글
~ 겨울철 발효 온도 잡는 법 (12)
~ 처음 만든 바게트 실패기 (8)
~ 전체글 보기
~ 이웃추가
~ 맨 위로
