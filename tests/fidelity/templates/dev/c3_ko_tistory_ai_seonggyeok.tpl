site: Korean Tistory blog (소소한 IT 이야기)
kind: blog-post
archive_kind: blog-post
language: ko
title: AI 비서의 성격은 누가 정할까
note: 'a Tistory skin — skip link, menu and category tree with counts, the category and date lines, share and manage buttons, subscribe button, the licence line, "other posts in this category" list, related posts, comments with dates and reply buttons, the comment form, the Tistory toolbar and footer'
---
~ 본문 바로가기
~ 소소한 IT 이야기
~ 검색하기
~ 블로그 내 검색
~ 분류 전체보기 (128)
~ IT 이야기 (54)
~ 일상 (41)
~ IT 이야기
= AI 비서의 성격은 누가 정할까
~ 소소한IT 2025. 3. 4. 21:10
요즘 쓰는 AI 비서는 말투가 꽤 다정하다. 처음에는 그게 그냥 우연이라고 생각했다.
그런데 여러 서비스를 써 보니 회사마다 말투와 태도가 분명히 다르다. 어떤 비서는 농담을 자주 하고, 어떤 비서는 늘 조심스럽다.
결국 성격은 만드는 사람들이 정한 방향과 학습한 글에서 나온다. 사람의 성격이 환경에서 자라는 것과 비슷하다는 생각이 들었다.
~ 공유하기
~ 게시글 관리
~ 구독하기소소한 IT 이야기
~ 저작자표시 비영리 변경금지
~ 'IT 이야기' 카테고리의 다른 글
~ 노트북 배터리 오래 쓰는 법 (2)
~ 키보드 청소 후기 (0)
~ 관련글
~ 댓글 2
@ 하늘바람
~ 2025.03.05 09:12
공감합니다. 말투 하나로 서비스 인상이 완전히 달라지더라고요.
~ 답글
@ 소소한IT
~ 2025.03.05 12:30
감사합니다!
~ 답글
~ 이름
~ 비밀번호
~ 비밀글
~ 등록
~ 티스토리툴바
~ Designed by 티스토리
~ © Kakao Corp.
