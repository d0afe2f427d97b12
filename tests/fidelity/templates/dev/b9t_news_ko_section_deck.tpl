site: "Korean daily's IT section (news.example.kr)"
kind: news-article
archive_kind: article
language: ko
title: "AI 상담원, 말투 바꾸자 민원 30% 줄었다"
note: "a Korean news article: the site's name and menu, the section's name, the headline, two deck lines starting with a dash, the input and edit times, the reporter line and the font and share tools; the reporter's e-mail line, the copyright notice and the most-read list are chrome"
---
~ 한빛일보
~ 정치   경제   사회   IT·과학   문화   오피니언
~ IT·과학
= AI 상담원, 말투 바꾸자 민원 30% 줄었다
- 구청 민원 챗봇, 존댓말 줄이고 짧게 답하도록 조정
- 주민들 "기계적인 사과가 줄어 오히려 친절하게 느껴져"
~ 입력 2026.12.04 10:21   수정 2026.12.04 11:02
@ 김하늘 기자
~ 글씨크기
~ 공유하기
서울의 한 구청이 민원 상담 챗봇의 말투를 바꾼 뒤 불만 접수가 석 달 만에 30% 가까이 줄었다.
구청은 챗봇이 모든 답변을 사과로 시작하던 설정을 없애고, 필요한 정보를 먼저 말하도록 바꿨다.
담당 주무관은 "친절함은 말의 길이가 아니라 정확함에서 나온다는 것을 주민 의견에서 배웠다"고 말했다.
~ 김하늘 기자 sky@example.kr
~ 저작권자 © 한빛일보 무단전재 및 재배포 금지
~ 많이 본 뉴스
~ 1 겨울철 난방비 아끼는 다섯 가지 방법
~ 2 지하철 새벽 운행 시범 시작
