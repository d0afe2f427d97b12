site: Korean blog (티스토리 style)
kind: blog-post
archive_kind: blog-post
language: ko
note: "the blog's name, a category path of two labels, then the post's title and its date"
---
~ 느린 개발 일지
~ 분류 전체보기
~ 개발 이야기와 일상 기록
= 챗봇에게 성격을 정해 주었더니 생긴 일
~ 2025. 3. 8. 21:14
회사 고객센터 챗봇에 성격을 정해 주는 작업을 맡았다. 처음에는 말투만 바꾸면 된다고 생각했다.
막상 해 보니 사과하는 방식, 모른다고 말하는 방식, 농담을 받아 주는 정도까지 정해야 할 것이 많았다.
결국 규칙을 열 개 정도로 줄였고, 그중 가장 중요한 것은 모르는 것을 모른다고 말하기였다.
~ 공감
~ 댓글
