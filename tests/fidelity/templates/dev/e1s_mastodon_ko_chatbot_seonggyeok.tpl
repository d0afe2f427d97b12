site: "Mastodon (toot.yesi.kr, profile)"
kind: mastodon-profile
archive_kind: social-thread
language: ko
title: null
note: "a Mastodon profile page in Korean: the profile header (name, handle, bio, joined date, post/following/follower counts, the follow button), the pinned mark, each post's name and handle (metadata), its time, the visibility mark, the reply/boost/favourite counts, the boost notice, a content warning whose text is content and its 'show more' button, the translate link, a link card (title, description, domain) and the server footer; a one-word reply stays"
---
~ Mastodon
~ 로그인
~ 가입하기
~ 찻잎 연구소
~ @chaip_lab@toot.yesi.kr
~ 대화형 모델의 말투와 성격을 기록합니다. 차를 자주 마십니다.
~ 가입일 2024년 3월 2일
~ 게시물 412
~ 팔로잉 87
~ 팔로워 1.3천
~ 팔로우
~ 게시물
~ 게시물과 답글
~ 미디어
~ 고정된 게시물
@ 찻잎 연구소
@ @chaip_lab
~ 2026년 11월 28일
우리 연구실의 챗봇은 화를 내지 않도록 만든 것이 아니라, 화를 낼 이유를 천천히 묻도록 만들었습니다.
그 차이가 성격처럼 보인다는 이야기를 자주 듣습니다.
~ 공개
~ 3
~ 19
~ 52
~ 번역
~ 고정된 게시물
@ 찻잎 연구소
@ @chaip_lab
~ 2026년 10월 4일
모델의 복지에 대해 묻는 분들이 많아서 짧은 정리를 올립니다.
~ 모델 복지에 관한 다섯 가지 질문
~ 무엇을 알 수 있고 무엇을 모르는지 정리한 노트입니다.
~ notes.yesi.kr
~ 공개
~ 7
~ 24
~ 61
~ 번역
~ 보리차님이 부스트함
@ 보리차
@ @boricha@social.yesi.kr
~ 12월 2일
내용 경고: 실험 실패담
어제 모델에게 일부러 무례한 질문만 스무 개 했는데, 열아홉 번째에서 제가 먼저 사과하고 말았습니다.
~ 더 보기
~ 공개
~ 1
~ 8
~ 33
~ 번역
@ 찻잎 연구소
@ @chaip_lab
~ 12월 3일
인정.
~ 공개
~ 0
~ 2
~ 9
~ 번역
~ 더 불러오기
~ toot.yesi.kr 서버는 마스토돈으로 운영됩니다
~ 정보
~ 개인정보 처리방침
~ 소스 코드 보기
~ v4.3.1
