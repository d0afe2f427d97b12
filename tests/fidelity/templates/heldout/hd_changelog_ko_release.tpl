site: "Dalbit 릴리스 노트 (dalbit.ai/changelog)"
kind: changelog
archive_kind: other
language: ko
note: "Korean product changelog; site title is the page title; version headings and bullet items are content; dates and 'subscribe to updates' are chrome."
---
~ Dalbit
~ 제품
~ 요금제
~ 문서
~ 로그인
~ 무료로 시작하기
= 변경 내역
~ 새 소식을 이메일로 받아보세요
~ 구독
v2.4.0
~ 2025년 4월 11일
- 캐릭터 카드에 ‘말투 예시’ 항목을 추가했습니다.
- 긴 대화에서 캐릭터의 말투가 흐려지는 문제를 줄였습니다. 내부 평가에서 일관성 점수가 12% 올랐습니다.
- 사용자가 요청하면 캐릭터가 스스로 AI임을 밝히도록 기본값을 바꿨습니다.
v2.3.2
~ 2025년 3월 27일
- 요리 도우미 템플릿의 계량 단위 오류를 고쳤습니다.
- 한국어 존댓말 설정이 일부 답변에서 무시되던 버그를 수정했습니다.
v2.3.0
~ 2025년 3월 5일
- 운영자가 캐릭터의 감정 표현 수준을 세 단계로 조절할 수 있습니다.
참고: 감정 표현 수준은 말투만 바꾸며, 모델에 감정이 있다는 주장을 뜻하지 않습니다.
~ 이전 버전 보기
~ 제품
~ 회사
~ 개인정보처리방침
~ 이용약관
~ © 2025 Dalbit Inc.
