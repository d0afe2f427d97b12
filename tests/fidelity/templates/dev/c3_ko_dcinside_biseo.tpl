site: Korean DC Inside gallery (AI 갤러리)
kind: forum-thread
archive_kind: forum-thread
language: ko
title: AI 비서한테 반말했더니 반응이 웃김
note: 'a DC Inside gallery post — gallery nav, the post header (author and IP are metadata), view/recommend/comment counters, recommend buttons, the comment list with dates and the reply/delete words, previous/next post, the "all posts" list head and footer'
---
~ 갤러리
~ 마이너갤
~ 미니갤
~ 로그인
~ AI 갤러리
~ 전체글
~ 개념글
~ 공지
= AI 비서한테 반말했더니 반응이 웃김
@ ㅇㅇ(118.235)
~ 2025.03.04 21:13:05
~ 조회 1523
~ 추천 12
~ 댓글 2
반말로 말을 걸어 봤는데 처음엔 존댓말을 유지하다가 세 번째 질문부터 자연스럽게 말투를 바꿨음.
근데 사과할 때만은 끝까지 존댓말이더라. 이게 성격인가 싶었음.
~ 추천
~ 비추천
~ 전체 댓글 2개
~ 등록순
@ 고닉지망생
~ 03.04 21:20:14
사과할 때 존댓말 쓰는 건 사람도 그럼 ㅋㅋ
~ 답글
@ ㅇㅇ(211.36)
~ 03.04 21:42:51
그거 설정에서 말투 고정할 수 있음. 나는 3번 바꿔봤다.
~ 답글
~ 이전글
~ 다음글
~ 전체글
~ 글쓰기
~ Copyright ⓒ 1999 - 2025 dcinside. All rights reserved.
