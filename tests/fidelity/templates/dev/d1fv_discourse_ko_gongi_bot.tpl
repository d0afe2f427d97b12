site: "커뮤니티 포럼 (Discourse, ko)"
kind: discourse-thread
archive_kind: forum-thread
language: ko
title: "공기청정기 비서가 너무 자주 칭찬을 합니다"
note: "a Discourse topic in Korean: the header, category and tags, each post's author (metadata) with the date, the edited mark, like counts and reply buttons, the quote header as metadata, the topic map (생성됨, 마지막 답글, 답글, 조회수, 사용자, 좋아요), the suggested topics and the footer"
---
~ 본문으로 건너뛰기
~ 생활가전 커뮤니티
~ 회원가입
~ 로그인
= 공기청정기 비서가 너무 자주 칭찬을 합니다
~ 가전제품
~ 음성비서
@ 맑은공기
~ 12월 2일
새로 산 공기청정기에 음성 비서가 있는데, 필터를 갈 때마다 저를 칭찬합니다. 처음에는 웃겼지만 지금은 조금 부담스럽습니다.
칭찬을 끄는 방법이 있을까요?
~ 3 좋아요
~ 답글
@ 필터교체왕
~ 12월 2일
~ 수정됨
앱의 설정에서 "대화 스타일"을 "간결"로 바꾸면 칭찬이 사라집니다.
저도 같은 이유로 바꿨습니다.
~ 7 좋아요
~ 해결됨
~ 답글
@ 맑은공기
~ 12월 3일
@ 필터교체왕:
| > 앱의 설정에서 "대화 스타일"을 "간결"로 바꾸면 칭찬이 사라집니다.
바꿨습니다. 이제 "필터 교체 완료"라고만 말합니다.
~ 2 좋아요
~ 답글
~ 생성됨
~ 12월 2일
~ 마지막 답글
~ 12월 3일
~ 2 답글
~ 64 조회수
~ 2 사용자
~ 12 좋아요
~ 추천 주제
~ 주제
~ 답글
~ 조회수
~ 활동
~ 로봇청소기가 밤마다 인사를 합니다
~ 5
~ 98
~ 11월 '26
~ 읽지 않은 주제가 2개 있습니다. 가전제품의 다른 주제를 찾아보세요.
~ Discourse 제공
