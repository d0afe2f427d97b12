site: "Event page (moim.example.kr)"
kind: event-page
archive_kind: article
language: ko
title: "북토크: 인공지능에게 성격이 필요할까"
note: "event page: region picker and category labels in the header; programme under a colon; footer with app badges and a language picker."
---
~ 본문 바로가기
~ 모임
~ 서울
~ 지역 변경
~ 행사
~ 강연
~ 전시
~ 로그인
~ 북토크
= 북토크: 인공지능에게 성격이 필요할까
~ 2026년 4월 18일 (토) 오후 3시
~ 마포구 작은책방 2층
~ 참가비 무료
인공지능 대화 도우미의 성격에 관한 책을 쓴 작가와 함께 이야기를 나눕니다.
작가는 도우미가 친절하게 보이려고 할 때 어떤 문제가 생기는지 여러 사례로 설명할 예정입니다.
진행 순서:
15:00 인사와 소개
15:20 작가 강연
16:10 질의응답
행사가 끝난 뒤에는 책방에서 준비한 유자차를 함께 마실 수 있습니다.
~ 신청하기
~ 캘린더에 추가
~ 공유
~ 24명 참여 예정
~ 비슷한 행사
~ 주말 자전거 정비 교실
~ 앱 다운로드
~ Google Play
~ App Store
~ 이용약관
~ 개인정보처리방침
~ 한국어 · English
~ © 2026 Moim Inc.
