site: Korean news portal (Naver-style news page)
kind: news-article
archive_kind: article
language: ko
note: "a skip link, the portal's name, its sections, the publisher's name, the headline, then the 'entered' and 'revised' timestamps and the reporter; the subscribe and reaction buttons after"
---
~ 본문 바로가기
~ NAVER 뉴스
~ 정치
~ 경제
~ 사회
~ IT/과학
~ 한빛일보
= 구청 민원 챗봇, "모르면 모른다고 말한다"로 바꾼 뒤 만족도 올라
~ 입력 2025.03.04. 오전 10:30
~ 수정 2025.03.04. 오전 11:02
@ 김서연 기자
한 구청이 민원 안내 챗봇의 답변 방식을 바꾼 뒤 주민 만족도가 크게 올랐다고 밝혔다.
이전에는 챗봇이 확실하지 않은 내용도 단정적으로 안내해 혼란이 있었다. 바뀐 챗봇은 모르는 내용이면 담당 부서 연락처를 알려 준다.
구청 관계자는 "정확하지 않은 친절보다 정직한 안내가 낫다는 의견이 많았다"고 말했다.
~ 구독
~ 좋아요
~ 기사 추천
