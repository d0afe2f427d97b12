site: "Korean broadcaster's news page"
kind: news-article
archive_kind: article
language: ko
note: "a broadcast news item: the broadcaster's menu, the program's name, the headline, the reporter line with the time, the video line, then the anchor's and reporter's parts each under a bracketed label ('[앵커]', '[기자]', metadata); the 'related videos' list is chrome"
---
~ 한빛방송 뉴스
~ 정치   경제   사회   국제   문화   날씨
~ 뉴스8
= 'AI 상담원' 말투 바꾸자 민원 줄었다
~ 최민준 기자   2026-03-05 20:14
~ 동영상 재생   01:52
@ [앵커]
시청 민원 전화를 받는 인공지능 상담원의 말투를 바꿨더니 항의가 크게 줄었습니다. 최민준 기자가 전해드립니다.
@ [기자]
시청은 지난달 AI 상담원의 안내 문구에서 반복되는 사과 표현을 줄이고, 처리 일정을 먼저 알려 주도록 바꿨습니다.
그 결과 상담원에 대한 항의 전화는 한 달 만에 40퍼센트 가까이 줄었습니다.
시민들은 "사과를 여러 번 듣는 것보다 언제 해결되는지 듣는 게 낫다"는 반응입니다.
~ 관련 영상
~ 버스 노선 개편 첫날 혼선
