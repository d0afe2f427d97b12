site: Korean community board (Clien-style)
kind: forum-thread
language: ko
note: "the opening post is correct Korean; one reply was stored through a cp949 decode of its UTF-8 bytes; a correct reply with hanja and Latin stays as written"
---
~ 커뮤니티
~ 모두의공원
~ 로그인
= 챗봇이 농담을 너무 많이 해요
@ 초록우산
~ 25-04-02 09:12
회사에서 쓰는 챗봇이 회의 요약마다 농담을 붙입니다. 처음엔 재미있었는데 지금은 조금 피곤합니다.
설정에서 말투를 바꿀 수 있는지 아시는 분 계신가요?
@ 바다소금
[[cp949:관리자 설정에 말투 항목이 있어요. 간결하게 바꾸면 농담이 줄어듭니다.]]
@ 연필깎이
AI 비서도 사람처럼 時와 場을 가려야 한다고 봅니다. 회의록에는 농담이 필요 없죠.
~ 추천 4
~ 답글
