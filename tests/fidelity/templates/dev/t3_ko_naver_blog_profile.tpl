site: Korean blog portal (Naver-style blog, mobile view)
kind: blog-post
archive_kind: blog-post
language: ko
note: "a skip link, the blog's name, the category label over the headline, then the profile link, the dotted date and the 'add neighbour' button under it; like and comment counters after the post"
---
~ 본문 바로가기
~ 블로그
~ 카테고리 이동
~ 주말 텃밭 일기
~ 검색
~ MY메뉴 열기
~ 일상·생각
= AI한테 텃밭 계획을 물어봤더니 생긴 일
~ 프로필
~ 2025. 4. 6. 9:41
~ 이웃추가
올봄에는 상추와 고추, 방울토마토를 심기로 하고 AI 챗봇에게 배치 계획을 물어봤다.
챗봇은 햇볕이 드는 방향과 물 빠짐을 먼저 물어보더니, 토마토를 북쪽에 심으라고 했다. 키가 큰 작물이 다른 작물의 그늘을 만들지 않게 하려는 것이라고 했다.
재미있었던 건 내가 "그냥 아무렇게나 심어도 되지?"라고 묻자, 된다고 하면서도 이유를 하나씩 다시 설명했다는 점이다. 고집이 센 친구 같았다.
결국 챗봇 말대로 심었다. 여름에 어떻게 됐는지 다시 적어 보겠다.
~ 공감 7
~ 댓글 2
~ 공유하기
~ 이 블로그 일상·생각 카테고리 글
