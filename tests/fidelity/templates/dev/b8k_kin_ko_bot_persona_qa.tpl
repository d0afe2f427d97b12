site: "Naver KiN-like Q&A (kin.example.kr)"
kind: q-and-a
archive_kind: forum-thread
language: ko
title: "챗봇에게 성격을 정해 주면 답변이 달라지나요?"
note: "a Korean Q&A: one-sentence answers, an answer that is only \"네.\", an answer that is a numbered list without full stops, the asker's thanks, an answer with an emoji only; the service menu, the question's counts, the answerer's card, the buttons, related questions and footer are chrome"
---
~ 지식iN 홈
~ Q&A
~ 로그인
~ 컴퓨터통신 > 인공지능
= 챗봇에게 성격을 정해 주면 답변이 달라지나요?
@ 비공개
~ 조회수 812
~ 작성일 2026.12.04
챗봇 설정에 성격을 적는 칸이 있던데 실제로 답변이 달라지나요?
~ 답변하기
~ 공유하기
~ 3개 답변
@ 빵굽는곰
~ 채택답변수 214
~ 답변 작성일 2026.12.04
네.
말투뿐 아니라 어떤 내용을 먼저 말하는지도 달라집니다.
~ 추천 5
~ 의견 쓰기
@ 자전거여행자
~ 채택답변수 12
~ 답변 작성일 2026.12.04
1. 짧게 답하라고 적기
2. 모르면 모른다고 하라고 적기
3. 예시 대화 한두 개 넣기
이 세 가지가 가장 효과가 컸어요.
~ 추천 2
~ 의견 쓰기
@ 꿀벌지기
~ 답변 작성일 2026.12.05
성격보다 예시가 더 중요해요.
~ 추천 0
~ 의견 쓰기
~ 질문자 인사
감사합니다!
🙂
~ 관련 질문
~ 챗봇 말투 바꾸는 방법
~ AI 성격 설정 추천
~ 이용약관
~ 개인정보처리방침
~ © NAVER Corp.
