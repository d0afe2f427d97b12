site: "Naver KiN (kin.naver.com)"
kind: q-and-a
archive_kind: forum-thread
language: ko
title: "AI 챗봇이 반말로 대답하게 하려면 어떻게 하나요?"
note: "a Korean Q&A board: the service's menu, the category trail, the question's figures (views, date, points), its buttons, the answer count, each answerer's card (rank, field, chosen answers, thanks), the answer's date and buttons, the chosen label, related questions and the footer's policy links; the asker's name and the answerer's name are metadata"
---
~ NAVER
~ 지식iN
~ 지식iN 홈
~ Q&A
~ 명예지식인
~ 지식기부
~ 로그인
~ 컴퓨터통신 > 인공지능
~ 질문
= AI 챗봇이 반말로 대답하게 하려면 어떻게 하나요?
@ 비공개
~ 조회수 2,418
~ 작성일 2026.12.03
~ 내공 50
친구처럼 편하게 대화하고 싶은데 챗봇이 자꾸 존댓말로만 대답해요.
처음에 반말로 해 달라고 하면 몇 번은 따라하다가 다시 존댓말로 돌아갑니다.
설정에서 바꿀 수 있는 건가요, 아니면 매번 말해야 하나요?
~ #챗봇
~ #반말
~ 나도 궁금해요
~ 답변하기
~ 공유하기
~ 신고
~ 2개 답변
~ 질문자 채택
~ 프로필 사진
@ 늦잠자는고양이
~ 수호신
~ 컴퓨터통신 분야 지식물주
~ 채택답변수 1,532
~ 받은감사수 87
~ 답변 작성일 2026.12.03
대부분의 챗봇은 대화가 길어지면 처음 지시를 점점 덜 반영해요.
그래서 개인 설정이나 맞춤 지시 항목이 있다면 거기에 반말로 대답해 달라고 적어 두는 게 제일 확실합니다.
그런 항목이 없다면 대화 중간에 한 번씩 다시 알려 주세요.
~ 2026.12.03.
~ 추천 12
~ 의견 쓰기
~ 신고
~ 질문자 인사
설정에 적어 두니까 이제 계속 반말로 해요. 감사합니다!
~ 프로필 사진
@ 새벽산책
~ 초수
~ 답변 작성일 2026.12.04
반말이 어색하게 느껴지는 건 챗봇이 상대를 존중하려고 기본값을 그렇게 정해 둔 거라서 그래요.
~ 2026.12.04.
~ 추천 2
~ 의견 쓰기
~ 신고
~ 관련 질문
~ 챗봇 말투 바꾸는 법 있나요
~ AI 스피커가 존댓말만 써요
~ 지식iN 이용안내
~ 이용약관
~ 개인정보처리방침
~ 책임의 한계와 법적고지
~ 지식iN 운영정책
~ 고객센터
~ © NAVER Corp.
