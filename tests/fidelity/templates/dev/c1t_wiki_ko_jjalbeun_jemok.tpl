site: "나무 위키 풍 사전 (wiki.saejeon.example.kr)"
kind: wiki-page
archive_kind: other
language: ko
note: "a Korean wiki article with a two-word title ('조수 성격'), the tab line giving it with the wiki's name, the edit and history links, the last-modified line and the contents box; the article's text and section headings are content"
---
~ 조수 성격 - 새전 위키
~ 새전 위키
~ 최근 변경   최근 토론   특수 기능
~ 편집   토론   역사
~ 최근 수정 시각: 2026-03-03 10:12:45
= 조수 성격
조수 성격은 언어 모델이 대화에서 꾸준히 보여 주는 태도와 말투를 가리키는 말이다.
개요
사용자들은 같은 질문에도 조수가 보이는 태도가 다르다는 점을 자주 이야기한다.
정직함, 신중함, 유머 감각이 자주 언급되는 특성이다.
~ 분류: 언어 모델 | 인공지능 윤리
