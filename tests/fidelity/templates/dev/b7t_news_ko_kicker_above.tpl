site: "Korean IT news site (itnews.example.kr)"
kind: news-article
archive_kind: article
language: ko
note: "a Korean IT article with a short kicker above the headline, the headline with quotes and an ellipsis, the deck on two lines, the reporter with the e-mail and the time on one line; the font and share buttons, tags and the 'popular news' list are chrome"
---
~ IT뉴스랩
~ 뉴스   리뷰   칼럼   이벤트
~ AI 서비스
= "비서가 너무 공손해요"… 챗봇 말투 조절 기능 잇따라 등장
사용자가 존댓말 수준과 감탄사 빈도를 직접 고른다
업계 "한 가지 말투로는 모든 사용자를 만족시킬 수 없어"
~ 정다은 기자 daeun@itnews.example.kr   입력 2026.03.05 14:20
~ 가   가   공유
국내 대화형 인공지능 서비스들이 사용자가 비서의 말투를 직접 조절하는 기능을 잇따라 내놓고 있다.
한 서비스는 존댓말의 수준, 감탄사와 이모티콘의 빈도, 답변 길이를 각각 선택하게 했다.
업계 관계자는 "너무 공손하다는 불만과 너무 가볍다는 불만이 동시에 들어온다"며 "선택지를 주는 것이 현실적인 해법"이라고 말했다.
~ #챗봇 #인공지능 #말투
~ 많이 본 뉴스
