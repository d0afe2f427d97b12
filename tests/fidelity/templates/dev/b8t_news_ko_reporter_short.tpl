site: Korean news site (Hanbit-style daily)
kind: news-article
archive_kind: article
language: ko
title: "챗봇의 성격"
note: "a Korean article whose headline is two words: the input and edit times under it, then the reporter's byline ('<name> 기자'), the font-size and share buttons; the reporter's line with an address and the copyright notice at the end are chrome"
---
~ 한빛일보
~ 전체기사
~ 정치
~ 경제
~ 사회
~ IT·과학
~ IT·과학
= 챗봇의 성격
~ 입력 2026.03.04 10:42
~ 수정 2026.03.04 11:05
@ 김하늘 기자
~ 글자크기
~ 공유
대화형 인공지능의 말투와 성격을 사용자가 고를 수 있게 하는 서비스가 늘고 있다. 전문가들은 성격 설정이 신뢰에 영향을 준다고 말한다.
한 연구팀은 같은 질문에도 성격에 따라 답변의 길이와 어조가 크게 달라진다는 결과를 내놓았다.
연구팀은 사용자가 고른 성격을 긴 대화에서도 유지하는 것이 다음 과제라고 밝혔다.
~ 김하늘 기자 sky@hanbit.example
~ 저작권자 © 한빛일보 무단전재 및 재배포 금지
