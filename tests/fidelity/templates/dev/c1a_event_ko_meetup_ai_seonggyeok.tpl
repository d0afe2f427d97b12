site: "Meetup and event listing (moim.example.kr)"
kind: event-page
archive_kind: article
language: ko
title: "AI 캐릭터 설계 밋업 #7: 성격은 어디에서 오는가"
note: "a Korean event-listing page: header menu, status badge, the event's fields (일시, 장소, 참가비, 모집 인원) with labels, the host's card with follower count, the apply button and deadline, the map links, the share row, attendee count and the other events; the description and programme are content."
---
~ 본문 바로가기
~ 모임찾기 이벤트 호스트센터 고객센터
~ 로그인 회원가입
~ 홈 > IT/프로그래밍 > 밋업
~ 모집중
= AI 캐릭터 설계 밋업 #7: 성격은 어디에서 오는가
~ 일시 : 2026.12.19 (토) 14:00 ~ 17:00
~ 장소 : 서울 마포구 와우산로 12, 3층 세미나실
~ 참가비 : 10,000원
~ 모집 인원 : 40명 (선착순)
~ 신청 마감 : 2026.12.17 (목) 23:59
~ 참가 신청하기
~ 관심 등록 128
~ 공유하기
~ 상세 정보
이번 밋업에서는 대화형 모델의 성격이 어떻게 만들어지고 유지되는지 이야기합니다. 시스템 프롬프트 한 줄이 바꾸는 것과 바꾸지 못하는 것을 함께 살펴봅니다.
발표자 두 명이 각자 만든 상담용 캐릭터와 요리 도우미 캐릭터를 예로 들어 설계 과정을 보여 줄 예정입니다.
진행 순서
14:00 입장 및 네트워킹
14:30 첫 번째 발표: 정직함과 친절함 사이에서
15:20 두 번째 발표: 요리 도우미가 모르는 것을 말하는 법
16:10 자유 토론
간단한 다과가 준비되어 있습니다. 노트북은 필요하지 않습니다.
~ 호스트 정보
~ AI 캐릭터 연구 모임
~ 팔로워 1,204
~ 호스트에게 문의하기
~ 오시는 길
~ 지도 보기 길찾기
~ 참가자 32명
~ 이런 모임은 어떠세요?
~ 주말 빵 굽기 원데이 클래스
~ 한강 자전거 라이딩 모임
~ 이용약관 개인정보처리방침 © 2026 Moim Example
