site: "모두의광장 커뮤니티 (moduigwangjang.example.kr)"
kind: forum-thread
archive_kind: forum-thread
language: ko
title: "자전거 수리점 챗봇 말투가 너무 사장님 같아요"
note: "a Korean community board in the Clien style: the board name and path, the author (metadata), the post's time and its views and likes row, the post's buttons, the comment count, each comment's author (metadata), its IP and time row, its reply and like buttons with counts, the list buttons and the footer; a comment that is a number stays"
---
~ 모두의광장
~ 로그인
~ 모두의광장 > 자유게시판
= 자전거 수리점 챗봇 말투가 너무 사장님 같아요
@ 페달밟는곰
~ 2026-12-03 09:41:27
~ 조회 1,284 추천 12
동네 자전거 수리점 홈페이지에 챗봇이 생겼는데, 말투가 딱 그 가게 사장님이에요.
체인 소리가 난다고 하니까 "그거 기름 안 쳐서 그래요, 오세요" 하고 끝이더라고요.
좀 무뚝뚝하긴 한데 틀린 말은 아니라서 웃었습니다.
~ 추천 12 스크랩 신고
~ 댓글 • [ 3 ]
@ 안장높이
~ IP 121.♡.84.12
~ 12-03 10:02
사장님 말투를 학습시킨 게 아니라 설정으로 정해 둔 거겠죠. 손님 입장에선 짧아서 좋네요.
~ 답글 추천 5
@ 림브레이크
~ IP 58.♡.201.7
~ 12-03 10:15
3
~ 답글 추천 1
@ 페달밟는곰
~ IP 175.♡.33.90
~ 12-03 10:17
위에 3은 오타인 것 같네요. 어쨌든 다음 주에 체인 고치러 갑니다.
~ 답글
~ 목록 이전글 다음글
~ 이용약관 개인정보처리방침
~ © 모두의광장
