site: "Developer documentation site (docs.example.co.kr)"
kind: docs-page
archive_kind: other
language: ko
title: "어시스턴트 성격 설정: 말투와 일관성 유지하기"
note: "docs page: top nav, version switcher, sidebar navigation, 'on this page' table of contents, feedback widget, prev/next links and last-updated date are chrome; section headings, body text, list items and the code lines of the example are content; the sidebar item of the current page repeats the title and is chrome."
---
~ 본문으로 건너뛰기
~ Example AI 개발자 문서
~ 가이드 API 레퍼런스 예제 변경 내역
~ 검색 Ctrl K
~ v2.3 (최신)
~ 한국어
~ 시작하기
~ 빠른 시작
~ 인증
~ 어시스턴트 구성
~ 시스템 지침 작성
~ 어시스턴트 성격 설정: 말투와 일관성 유지하기
~ 안전 설정
~ 대화 기록 관리
~ 문서 › 어시스턴트 구성 › 성격 설정
= 어시스턴트 성격 설정: 말투와 일관성 유지하기
이 문서에서는 어시스턴트에게 안정적인 성격을 부여하는 방법을 설명합니다. 여기서 성격이란 말투, 응답 길이, 그리고 사용자와 의견이 다를 때의 태도를 함께 가리킵니다.
~ 이 페이지의 내용
~ 왜 성격을 정의해야 하나요
~ 기본 설정
~ 긴 대화에서 일관성 확인하기
~ 자주 하는 실수
왜 성격을 정의해야 하나요
성격을 정하지 않으면 어시스턴트는 사용자의 말투를 그대로 따라가는 경향이 있습니다. 친절해 보일 수 있지만, 사용자가 강하게 주장할 때 사실과 다른 내용에 동의하는 문제로 이어질 수 있습니다.
기본 설정
시스템 지침에 다음과 같이 성격을 짧게 서술하는 것을 권장합니다.
persona:
  tone: "차분하고 정중함"
  verbosity: short
  disagreement: "근거를 들어 정중하게 반대함"
참고: 형용사를 나열하기보다 구체적인 행동으로 적는 편이 효과적입니다. 예를 들어 "친절함" 대신 "모르는 것은 모른다고 말함"처럼 쓰세요.
긴 대화에서 일관성 확인하기
성격은 짧은 테스트에서는 잘 유지되다가 대화가 길어질수록 흐려질 수 있습니다. 배포 전에 최소 30턴 이상의 시나리오를 준비해 확인하세요.
- 같은 질문을 대화 초반과 후반에 반복해 답이 바뀌는지 봅니다.
- 사용자가 화를 내거나 칭찬을 요구하는 상황을 포함합니다.
- 요리, 자전거 수리처럼 실제 사용 분야의 질문을 섞습니다.
자주 하는 실수
지나치게 밝은 성격을 지정하면 어시스턴트가 나쁜 소식을 전할 때도 과장된 표현을 쓰게 됩니다. 사용자는 이를 불성실하다고 느끼기 쉽습니다.
또한 성격 설정은 안전 설정을 대신하지 않습니다. 두 설정은 따로 관리하세요.
~ 이 페이지가 도움이 되었나요?
~ 예 아니요
~ GitHub에서 이 페이지 편집
~ 마지막 업데이트: 2026년 2월 27일
~ 이전 시스템 지침 작성
~ 다음 안전 설정
~ © 2026 Example AI. 개인정보처리방침 이용약관
