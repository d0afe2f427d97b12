site: "지식iN 스타일 Q&A (ko)"
kind: q-and-a
archive_kind: forum-thread
language: ko
title: "제빵 앱 AI가 자꾸 반말을 해요"
note: "a Korean Q&A page in the KiN style: the menu, the category path, the question's date and views, the answer count, each answerer's card (name as metadata, grade, adoption rate, field, date with a trailing dot), the adopted mark with a check, the questioner's thanks note printed by the site, like and report buttons, the related questions and the footer; an answer that is one short line with a check in a sentence stays"
---
~ 본문 바로가기
~ 질문하기
~ 로그인
~ Q&A
~ 생활 > 요리 > 제빵
= 제빵 앱 AI가 자꾸 반말을 해요
~ 조회수 842
~ 2026.12.04.
제빵 앱에 들어 있는 AI한테 반죽 발효 시간을 물어보면 반말로 대답해요.
처음 설정에서 존댓말을 고른 것 같은데 왜 그런지 모르겠어요.
~ 나도 궁금해요
~ 답변 2
~ ✓ 채택
@ 빵굽는여우
~ 지식인 고수
~ 답변채택률 91.2%
~ 제빵, 요리 분야
~ 2026.12.04.
앱 업데이트 뒤에 말투 설정이 초기화되는 경우가 있어요. 설정 화면에서 존댓말을 다시 골라 보세요.
그래도 안 되면 대화 첫 줄에 존댓말로 대답해 달라고 적으면 바로 바뀝니다.
~ 질문자 인사
덕분에 해결했어요, 감사합니다!
~ 좋아요 9
~ 신고
@ 밀가루반죽
~ 평민
~ 답변채택률 40%
~ 2026.12.05.
저는 반말이 더 친근해서 좋던데요. 체크리스트처럼 짧게 대답해 줘서 편해요 ✓
~ 좋아요 1
~ 신고
~ 관련 질문
~ 제빵 앱 알림 끄는 방법
~ 이용약관
~ 개인정보처리방침
