site: "긱뉴스 같은 링크 공유 사이트 (news.example.kr)"
kind: hn-thread
archive_kind: forum-thread
language: ko
title: "챗봇에게 '모른다'고 말하게 하는 설계"
note: "a Korean HN-like link-sharing thread: the tab title with the site's name, the site's menu, the item's title followed by the linked domain in parentheses on its own line, the points-author-time line (metadata), the submitter's summary (content), the comment count, each comment's header line (metadata) and the reply buttons; the footer repeats the site's name"
---
~ 챗봇에게 '모른다'고 말하게 하는 설계 | 긱뉴스
~ 긱뉴스   최신글   댓글   Ask   Show   글쓰기
~ 로그인
= 챗봇에게 '모른다'고 말하게 하는 설계
~ (blog.example.com)
@ 12 포인트 by 달빛코더 3시간전 | 댓글 4개
어시스턴트가 확신이 없을 때 추측하는 대신 모른다고 말하도록 만드는 방법을 정리한 글입니다.
프롬프트에 규칙을 쓰는 것보다 예시 대화를 두 개 넣는 편이 효과가 컸다고 합니다.
모른다고 말한 뒤 어디서 답을 찾을 수 있는지 알려주면 사용자 만족도가 떨어지지 않았다는 점이 흥미롭습니다.
@ 찻잔 2시간전
저희 팀도 비슷하게 했는데, 모른다는 말이 너무 잦아지면 오히려 답답하다는 반응이 나왔어요.
~ 답변달기
@ 달빛코더 1시간전
그래서 글쓴이는 모른다고 말하는 비율도 같이 측정하라고 권하더군요.
~ 답변달기
@ 자전거출근 40분전
성격 설정보다 이런 정직함 설정이 더 중요하다고 생각합니다.
~ 답변달기
~ 긱뉴스 | 소개 | 이용약관 | 개인정보처리방침
