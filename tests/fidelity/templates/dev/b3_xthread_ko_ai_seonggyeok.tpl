site: "X (twitter.com)"
kind: x-thread
archive_kind: social-thread
language: ko
note: "no title: X thread; display name and handle lines are metadata; counters (replies, reposts, likes, views) under each post; a one-word reply is content"
---
~ 게시물
~ 대화
@ 한지우
@ @jiwoo_han
AI 챗봇한테 성격을 줘 봤는데 생각보다 재미있는 결과가 나왔다. 짧은 스레드로 정리해 봄 🧵
~ 오전 9:12 · 2026년 3월 2일 · 1.2만 조회수
~ 24 118 702
@ 한지우
@ @jiwoo_han
1/ 성격을 형용사 열 개로 설명했을 때보다 짧은 과거 이야기 한 줄을 줬을 때 훨씬 자연스러웠다.
예: "고양이 세 마리를 키우는 은퇴한 우체부"
~ 오전 9:14 · 2026년 3월 2일
~ 3 41 260
@ 한지우
@ @jiwoo_han
2/ 대화가 길어지면 성격이 흐려진다. 30분쯤 지나면 그냥 평범한 비서처럼 말한다.
3/ 그래도 거짓말은 안 했다. 모르는 건 모른다고 하는 성격이 제일 오래 유지됐다.
~ 오전 9:17 · 2026년 3월 2일
~ 5 33 198
@ 박서연
@ @seoyeon_bakes
@jiwoo_han 공감.
~ 오전 9:30 · 2026년 3월 2일
~ 1 12
@ 한지우
@ @jiwoo_han
@seoyeon_bakes 오늘 서울 날씨 좋던데 자전거 타러 가야겠다. 스레드 끝!
~ 오전 9:41 · 2026년 3월 2일
~ 2 4 51
~ 새 소식을 놓치지 마세요
~ X 사용자는 누구보다 먼저 소식을 접합니다.
~ 로그인 가입하기
~ 이용약관 개인정보 처리방침 쿠키 정책 접근성 광고 정보 더 보기 © 2026 X Corp.
