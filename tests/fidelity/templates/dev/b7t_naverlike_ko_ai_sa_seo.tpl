site: "Korean news portal's copy of an article"
kind: news-article
archive_kind: article
language: ko
note: "a portal's copy of a paper's article: the portal's menu, the paper's name with a subscribe button, the headline, the input and edit times, the reporter line, reaction and comment counts, the text; the copyright line and the paper's other stories are chrome"
---
~ 뉴스홈   정치   경제   사회   생활/문화   IT/과학   세계
~ 한빛경제
~ 구독
= AI 상담원 "죄송합니다" 줄였더니… 고객 만족도 올랐다
~ 입력 2026.03.05. 오전 9:12   수정 2026.03.05. 오전 10:40
~ 박서연 기자
~ 추천 24   댓글 12
한 통신사가 인공지능 상담원의 사과 표현을 절반으로 줄인 뒤 고객 만족도가 오히려 올랐다고 밝혔다.
회사 측은 상담원이 문제를 해결하기도 전에 여러 번 사과하는 것이 고객에게 성의 없게 들린다는 의견이 많았다고 설명했다.
새 상담원은 필요한 경우에만 한 번 사과하고, 바로 해결 방법을 안내한다.
회사는 다음 달부터 같은 방식을 채팅 상담에도 적용할 계획이다.
~ Copyright ⓒ 한빛경제. All rights reserved. 무단 전재 및 재배포 금지.
~ 한빛경제 주요뉴스
~ 반도체 수출 석 달 연속 증가
