site: 오픈소스 프로젝트 문서 (docs.dalbit.example), MkDocs Material 테마
kind: docs-page
archive_kind: other
language: ko
note: "a Korean MkDocs Material page: the header with the project's name, the search box and the repository link with its star count, the tabs, the sidebar's navigation, the breadcrumb, the headings (content), admonition labels, copy buttons over code, the table of contents with its entries repeating the headings, last-updated line, the previous/next footer with the pages' titles, the theme's credit"
---
~ 본문으로 건너뛰기
~ 달빛 페르소나
~ 검색
~ dalbit/persona
~ ★ 1.2k
~ 홈   시작하기   가이드   API 참조   변경 기록
~ 가이드
~ 페르소나 파일 작성
~ 말투 조정
~ 평가 실행
~ 자주 묻는 질문
~ 목차
~ 기본 구조
~ 말투 규칙
~ 정직성 원칙
= 페르소나 파일 작성
페르소나 파일은 모델이 어떤 성격과 말투로 대답할지를 정합니다. 짧고 구체적으로 쓰는 것이 좋습니다.
기본 구조
각 파일에는 이름, 한 줄 소개, 그리고 몇 가지 행동 규칙이 들어갑니다.
~ 복사
| 이름: 동네 빵집 도우미
| 소개: 빵과 제철 재료 이야기를 좋아한다.
| 규칙:
|   - 모르는 것은 모른다고 말한다
~ 참고
규칙이 열 개를 넘으면 모델이 일부를 무시하기 쉽습니다. 꼭 필요한 규칙만 남기세요.
말투 규칙
말투는 구체적인 문장 대신 경향으로 적습니다. 예를 들어 "항상 존댓말을 쓴다"처럼 적으면 됩니다.
정직성 원칙
페르소나가 무엇이든, 사용자가 진지하게 물으면 모델은 자신이 언어 모델이라는 사실을 밝혀야 합니다.
~ 주의
사람인 척하라는 규칙은 평가 단계에서 오류로 표시됩니다.
~ 마지막 업데이트: 2026년 12월 1일
~ 이 페이지 편집
~ 이전
~ 시작하기
~ 다음
~ 말투 조정
~ Copyright © 2026 달빛 페르소나 기여자
~ Made with Material for MkDocs
