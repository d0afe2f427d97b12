site: Korean IT news site (etnews-style)
kind: news-article
archive_kind: article
language: ko
note: "the article body was fetched with its charset taken as euc-kr and decoded as cp949 with errors='replace' (each byte the decoder gives up on is one U+FFFD); the headline, byline and footer are correct Korean"
---
~ 전체기사
~ IT·과학
~ 로그인
= 대화형 비서, 성격을 고르는 시대
~ 입력 2025.05.12 14:03
@ 한결 기자
[[cp949/replace:대화형 비서의 말투를 사용자가 직접 고르는 기능이 늘고 있다.]]
[[cp949/replace:차분한 말투와 명랑한 말투 가운데 하나를 고르면 답변의 길이와 어조가 바뀐다.]]
업계는 성격 설정이 신뢰와 직결된다고 본다.
[[cp949/replace:한 개발자는 모르는 것을 모른다고 말하는 성격이 가장 중요하다고 말했다.]]
~ 저작권자 © 무단 전재 및 재배포 금지
~ 관련기사
