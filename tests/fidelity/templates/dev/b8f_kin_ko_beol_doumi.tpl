site: "지식 Q&A (ko)"
kind: q-and-a
archive_kind: forum-thread
language: ko
title: "AI 비서가 양봉 질문에만 말투가 바뀌어요"
note: "a Korean Q&A site in the KiN style: the menu, the question's category, view count and date, the answer count, each answer's author card (grade, adoption rate, field), the adopted mark, the like and report buttons, the related questions and the footer; a short thank-you stays"
---
~ 본문 바로가기
~ 홈
~ Q&A
~ 지식백과
~ 로그인
~ 질문하기
~ 생활 > 취미 > 양봉
= AI 비서가 양봉 질문에만 말투가 바뀌어요
~ 비공개 질문
~ 조회수 1,318
~ 작성일 2026.12.03
AI 비서에게 벌통 관리 방법을 물으면 갑자기 할아버지 같은 말투로 대답해요.
다른 질문에는 평소처럼 대답하는데 왜 그럴까요?
~ 공감
~ 신고
~ 답변 2
~ 질문자 채택
@ 꿀벌아저씨
~ 고수
~ 채택답변수 412
~ 받은감사수 38
~ 양봉, 농업 분야
~ 2026.12.03
양봉 자료 대부분이 오래된 농민 수기나 강연 기록이라서 그 말투를 따라 하는 겁니다.
처음에 "표준어로 짧게 대답해 줘"라고 적으면 대부분 해결됩니다.
~ 공감 14
~ 댓글 2
~ 신고
@ 봄꽃벌
~ 초수
~ 채택답변수 3
~ 2026.12.04
저는 그 말투가 오히려 정겨워서 그대로 둡니다.
~ 공감 3
~ 신고
~ 질문자 꿀벌아저씨님 감사합니다!
~ 관련 질문
~ AI 비서 말투를 존댓말로 고정하는 방법
~ 이용약관
~ 개인정보처리방침
~ 고객센터
