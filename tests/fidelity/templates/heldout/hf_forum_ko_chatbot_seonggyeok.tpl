site: "Korean community board (community.example.kr)"
kind: korean-board-thread
archive_kind: forum-thread
language: ko
title: "AI 챗봇 말투 설정, 다들 어떻게 하세요?"
note: "Korean community board: menu, board name, title, author/views/recommend row, recommend buttons under the post, comments with author and time lines and a reply button; a comment form and footer."
---
~ 로그인 회원가입
~ 홈 커뮤니티 자유게시판 IT 게시판 사진
~ IT 게시판
= AI 챗봇 말투 설정, 다들 어떻게 하세요?
@ 달빛자전거
~ 2026.03.15 22:41 조회 1,284 추천 12
개인 공부용으로 AI 챗봇을 쓰고 있는데 말투가 너무 친절해서 오히려 집중이 안 됩니다.
설명은 짧게, 칭찬은 적게 해 달라고 했더니 이번에는 너무 딱딱해졌어요. 적당한 중간이 어디일까요?
~ 추천 12 비추천 0
~ 목록 스크랩 신고
~ 댓글 3
@ 녹차한잔
~ 03.15 22:58
저는 성격을 형용사로 나열하지 않고 "조용한 도서관 사서처럼"이라고 한 문장으로 설명했더니 잘 맞았어요.
~ 답글
@ 꿀벌아저씨
~ 03.16 07:12
모르는 건 모른다고 말하라는 조건을 꼭 넣으세요. 말투보다 그게 더 중요하더라고요.
~ 답글
@ 달빛자전거
~ 03.16 09:03
사서 비유 좋네요. 오늘 바로 바꿔 보겠습니다. 감사합니다!
~ 답글
~ 댓글을 작성하려면 로그인하세요.
~ 이전글 다음글 목록
~ 이용약관 개인정보처리방침 운영정책 고객센터
~ © Example Community Corp.
