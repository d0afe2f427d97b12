site: Korean Naver blog (빵 굽는 토요일)
kind: blog-post
archive_kind: blog-post
language: ko
title: 챗봇이 알려준 식빵 레시피, 정말 믿어도 될까?
note: 'a Naver blog post as scraped — the blog''s menu, "category move" and search buttons, neighbour-add, the post''s category and date, the "other functions" buttons (share, report, copy URL), sympathy and comment counters, the category post list, "back to top" and "PC version" lines'
---
~ 블로그
~ 카테고리 이동
~ 빵 굽는 토요일
~ 검색 MY메뉴 열기
~ 홈베이킹
= 챗봇이 알려준 식빵 레시피, 정말 믿어도 될까?
@ 토요제빵사
~ 2025. 3. 8. 14:22
~ 이웃추가
~ 본문 기타 기능
~ 공유하기
~ 신고하기
지난주에 AI 챗봇에게 식빵 레시피를 물어봤다. 밀가루 500그램, 물 350그램, 소금 10그램이라는 답이 돌아왔다.
숫자만 보면 그럴듯했지만 설탕과 버터 이야기는 전혀 없었다. 다시 물어보니 그제야 빠뜨렸다며 사과했다.
사과하는 말투가 너무 정중해서 오히려 웃음이 났다. 결국 빵은 예전 레시피대로 구웠고 잘 나왔다.
500g / 350g / 10g
~ 공감 12
~ 댓글 3
~ 공유하기
~ 이 블로그 홈베이킹 카테고리 글
~ 전체보기 목록열기
~ 맨 위로
~ PC버전으로 보기
