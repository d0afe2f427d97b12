site: Korean daily news portal (Hanbit Ilbo-style, hanbitilbo.co.kr)
kind: news-article
archive_kind: article
language: ko
note: Korean newspaper page - login bar, section menu, breadcrumb with '>', the headline stored through a cp949 decode of its UTF-8 bytes (title only damaged), deck under it, reporter byline, 입력/수정 date line, font-size and share rows, related articles, copyright line, most-read list and footer; a body sentence names the app's 'share' and 'settings' menus and must stay
---
~ 한빛일보
~ 로그인 | 회원가입 | 구독신청
~ 전체메뉴 정치 경제 사회 국제 IT·과학 문화 오피니언 포토
~ 홈 > IT·과학 > 인공지능
= [[cp949:"친구 같은 챗봇" 원하는 이용자 늘어… 개발사는 성격 설계 고심]]
대화형 AI 이용자 설문에서 응답자 절반 이상이 말투와 성격을 직접 고르고 싶다고 답했다.
@ 김서연 기자
~ 입력 2026.11.28 09:14 수정 2026.11.28 11:02
~ 글자크기 가 가
~ 공유 페이스북 트위터 카카오톡 URL복사

국내 대화형 인공지능 서비스 이용자 1,200명을 대상으로 한 조사에서 54%가 "챗봇의 성격을 내가 정할 수 있으면 좋겠다"고 답한 것으로 나타났다.
특히 20대 응답자는 정확한 답변보다 편안한 말투를 더 중요하게 꼽았다. 한 응답자는 "밤늦게 과제를 하다 보면 딱딱한 안내문 같은 답이 오히려 지친다"고 말했다.
개발사들은 고민이 깊다. 친근한 성격을 강하게 넣을수록 이용자가 챗봇의 말을 사람의 약속처럼 받아들이는 경우가 생기기 때문이다.
한 스타트업의 제품 책임자는 "설정 메뉴에서 말투를 바꾸고 '공유' 버튼으로 대화를 친구에게 보내는 기능까지는 쉽게 만들 수 있지만, 성격이 바뀌어도 지켜야 할 원칙은 그대로 둬야 한다"고 설명했다.
전문가들은 성격 설계를 단순한 꾸밈이 아니라 안전 장치의 일부로 봐야 한다고 조언한다. 친절한 말투 뒤에서도 모르는 것은 모른다고 말하는 습관이 유지돼야 한다는 것이다.
조사를 진행한 연구팀은 내년 상반기에 고령층 이용자를 대상으로 같은 조사를 한 번 더 할 계획이다.

~ 김서연 기자 다른기사 보기
~ 저작권자 © 한빛일보 무단전재 및 재배포 금지
~ 관련기사
~ "상담 챗봇, 어디까지 믿어야 하나" 전문가 좌담
~ AI 비서 요금제 비교… 월 구독료 최대 두 배 차이
~ 많이 본 뉴스
~ 1 첫눈 온 서울, 출근길 곳곳 정체
~ 2 동네 빵집 '식빵 오픈런' 다시 시작됐다
~ 3 겨울철 난방비 아끼는 다섯 가지 방법
~ 회사소개 | 광고문의 | 개인정보처리방침 | 청소년보호정책 | 고충처리인
~ Copyright © 2026 Hanbit Ilbo. All rights reserved.
