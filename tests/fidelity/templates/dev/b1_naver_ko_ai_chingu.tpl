site: "Naver Blog (blog.naver.com)"
kind: naver-blog
archive_kind: blog-post
language: ko
title: "AI 비서랑 김장 준비한 이야기"
note: "blog name, category and the \"이웃추가\" button precede the title; 공감/댓글 counters are chrome; one sentence duplicated by the scraper; a short list of items is content."
---
~ 네이버 블로그
~ 블로그 검색 이웃블로그 블로그 홈 내 소식 로그인
~ 봄날의 부엌
~ 일상 요리
~ 카테고리 이동
= AI 비서랑 김장 준비한 이야기
@ 봄날엄마
~ 2025. 11. 23. 20:14
~ 이웃추가
~ 본문 기타 기능
올해는 처음으로 혼자 김장을 하게 되어서 AI 비서에게 이것저것 물어봤어요.
배추 열 포기에 소금이 얼마나 필요한지 물었더니, 먼저 배추 크기와 절이는 시간을 되묻더라고요.
+ 배추 열 포기에 소금이 얼마나 필요한지 물었더니, 먼저 배추 크기와 절이는 시간을 되묻더라고요.
제가 준비한 재료는 이렇습니다.
배추 10포기
굵은소금 3kg
고춧가루 1kg
무 3개
실수로 소금을 너무 적게 넣었다고 했더니, 괜찮다고 위로만 하지 않고 절이는 시간을 늘리라고 알려줘서 좋았어요.
요즘 AI에게도 성격이 있다고들 하던데, 제가 만난 AI는 꼼꼼하고 솔직한 편이었네요.
~ #김장 #AI비서 #요리일기
~ 공감 34 댓글 6
~ 이 블로그 일상 요리 카테고리 글
~ 동치미 담그는 법
~ 이웃추가하고 새글을 받아보세요
~ NAVER Copyright © NAVER Corp. All Rights Reserved.
