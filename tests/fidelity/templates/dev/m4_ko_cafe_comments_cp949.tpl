site: Korean portal cafe (Naver cafe-style)
kind: forum-thread
language: ko
note: "the post is correct Korean with English product words; the comment section was stored through a cp949 decode with errors='ignore' (a byte the decoder gives up on is dropped, so how many were lost is not known)"
---
~ 카페홈
~ 자유게시판
~ 이웃추가
= 빵 굽는 날 AI 비서에게 물어봤어요
@ 밀가루손
~ 2025.04.20. 08:41
주말에 식빵을 구우면서 ChatGPT 비서에게 반죽 시간을 물어봤어요.
온도가 낮으면 더 오래 두라고 해서 그대로 했더니 잘 부풀었어요.
~ 좋아요 12
~ 댓글 2
@ 보리차
[[cp949:저도 비서에게 물어보고 구웠어요.]]
@ 하늘빵집
[[cp949:온도 이야기는 정말 맞는 말이에요.]]
~ 답글쓰기
