site: "Chabuni docs (docs.chabuni.example.kr, release notes)"
kind: changelog
archive_kind: other
language: ko
title: "릴리스 노트"
note: "a Korean software release-notes page: the docs' name, menu and search box, a breadcrumb, the page's short title, an intro, then releases, each a version heading with its date on the next line and change lists under labels; the page's table of contents and the feedback prompt are chrome"
---
~ 차분이 문서
~ 시작하기   가이드   API   릴리스 노트   커뮤니티
~ 문서 검색…
~ 홈 / 릴리스 노트
= 릴리스 노트
차분이의 주요 변경 사항을 버전별로 정리했습니다. 차분이는 대화형 비서의 말투와 성격을 설정하고 시험하는 도구입니다.
v1.8.0
~ 2026년 3월 4일
새 기능
- 말투 프리셋 기능을 추가했습니다. '차분함', '명랑함', '간결함' 중에서 고를 수 있습니다.
- 대화 기록에서 말투가 흔들린 부분을 표시합니다.
버그 수정
- 긴 대화에서 존댓말과 반말이 섞이던 문제를 고쳤습니다.
v1.7.2
~ 2026년 2월 12일
버그 수정
- 설정 파일에 빈 줄이 있으면 성격 설명이 잘리던 문제를 고쳤습니다.
~ 이 페이지의 내용
~ v1.8.0
~ v1.7.2
~ 이 문서가 도움이 되었나요?   예   아니요
~ © 2026 차분이 팀
