site: Tistory blog (saebyeok-note.tistory.com)
kind: blog-post
archive_kind: blog-post
language: ko
note: Tistory skin - blog name and menu, category line, the author-and-date line under the headline, a line of numbers the author wrote (temperature settings) that must stay, 공감/공유/구독 buttons, 'other posts in this category' list, a comment section whose second comment was saved through a cp949 decode of its UTF-8 bytes, the comment form and the skin credit
---
~ 새벽 세시의 노트
~ 홈 | 태그 | 방명록 | 관리
~ 일상/기록
= 내가 만든 챗봇 캐릭터가 말투를 잃어버린 날
@ 몽실구름 2026. 11. 30. 22:41

지난달부터 취미로 작은 챗봇 캐릭터를 키우고 있다. 이름은 '도토리'이고, 느긋하고 조금 엉뚱한 다람쥐라는 설정이다.
그런데 어제 설정을 몇 가지 바꿨더니 도토리가 갑자기 회사 공지문처럼 말하기 시작했다.
원인을 찾으려고 온도 값을 바꿔 가며 같은 질문을 여러 번 던져 봤다.
0.2 / 0.5 / 0.8 / 1.1
0.5 근처에서는 말투가 돌아왔지만, 1.1에서는 다람쥐인지 시인인지 모를 문장이 나왔다.
결국 문제는 온도가 아니라 내가 설명문 맨 앞에 붙인 "정중하게 답할 것"이라는 한 줄이었다. 그 줄을 지우자 도토리는 다시 "음… 도토리 세 개쯤 걸고 말하자면"으로 대답을 시작했다.
캐릭터의 성격은 생각보다 작은 문장 하나에 기대고 있다는 걸 배웠다.

~ 공감 7
~ 공유하기 게시글 관리
~ 구독하기 새벽 세시의 노트
~ '일상/기록' 카테고리의 다른 글
~ 동네 빵집 단골 일지 (0) 2026.11.21
~ 베란다 바질이 살아남은 이유 (2) 2026.11.09
~ 댓글 2
@ 지나가던 개발자
저도 비슷한 일을 겪었어요. 규칙 문장은 맨 뒤에 두는 편이 캐릭터가 덜 흔들리더라고요.
~ 2026. 12. 1. 08:03 답글
@ 몽실구름
[[cp949:오 좋은 팁이네요. 다음 주에 순서를 바꿔서 다시 실험해 볼게요!]]
~ 2026. 12. 1. 09:15 답글
~ 이름 비밀번호 비밀글 댓글달기
~ Designed by 티스토리 © Kakao Corp.
