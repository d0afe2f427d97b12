site: "행사 플랫폼 (moimpan.example.kr)"
kind: event-page
archive_kind: article
language: ko
title: "저녁 세미나: AI 비서의 성격은 누가 정하나요?"
note: "a Korean event-listing page: site menu, category breadcrumb and status badge above the title; the date, place, price, seats, like and share/apply buttons and the tab row are chrome; the description, programme lines, speaker lines and practical notes are content; the host's name is metadata, its follower count and contact button chrome, then similar events and footer"
---
~ 모임판
~ 행사 찾기
~ 행사 만들기
~ 로그인
~ 회원가입
~ 홈 > IT·기술 > 세미나
~ 모집중
= 저녁 세미나: AI 비서의 성격은 누가 정하나요?
~ 2026년 12월 17일(목) 19:00 ~ 21:00
~ 서울 마포구 어울림센터 3층 다목적실
~ 무료 · 선착순 60명
~ 신청 42 / 60
~ ♡ 128
~ 공유하기
~ 신청하기
~ 행사 소개   참가자   문의   후기
매일 쓰는 AI 비서가 어떤 날은 다정하고 어떤 날은 딱딱하게 느껴진 적이 있나요? 이번 세미나에서는 대화형 AI의 '성격'이 어떻게 만들어지고, 누가 그것을 정하는지 함께 이야기합니다.
개발자가 쓰는 성격 문서, 서비스 운영사가 덧붙이는 지침, 그리고 사용자와의 긴 대화가 성격에 어떤 영향을 주는지 사례를 중심으로 살펴봅니다.
마지막 순서에서는 최근 논의가 시작된 '모델의 복지'라는 주제도 다룹니다. 아직 답이 정해지지 않은 질문인 만큼, 참가자 여러분의 생각도 듣고 싶습니다.
프로그램
19:00 입장 및 인사
19:10 발표 1: 성격 문서는 어떻게 쓰이나
19:40 발표 2: 긴 대화에서 말투가 바뀌는 이유
20:10 토론: 모델의 복지, 어디까지 생각해야 할까
20:50 질의응답
연사 소개
한지수 — 대화 설계자. 교육용 챗봇 '다온'의 성격 문서를 썼습니다.
오민재 — 언어모델 평가 연구자. 긴 대화에서 나타나는 말투 변화를 연구합니다.
참가 안내
행사장에 따뜻한 보리차와 간단한 떡이 준비되어 있습니다. 개인 컵을 가져오시면 좋습니다.
노트북은 필요 없습니다. 질문은 현장에서 받거나 신청할 때 미리 남겨 주세요.
자전거로 오시는 분은 건물 뒤편 거치대를 이용해 주세요.
~ 호스트
@ 서울 대화형AI 읽기모임
~ 팔로워 1,204
~ 호스트에게 문의하기
~ 이런 행사는 어때요?
~ 12/12 (토) 주말 베이킹 클래스: 통밀빵 굽기
~ 12/19 (토) 자전거 정비 기초 워크숍
~ 이용약관   개인정보처리방침   고객센터
~ © 2026 모임판
