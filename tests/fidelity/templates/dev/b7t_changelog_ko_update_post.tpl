site: "Chabuni blog (blog.chabuni.example.kr, update announcements)"
kind: changelog
archive_kind: other
language: ko
note: "a Korean product's update post: the blog's name and menu, the category in square brackets above the title, the title with the version, the date and the author team under it; the changes as labelled lists; the 'previous post / next post' links and the subscribe box are chrome"
---
~ 차분이 블로그
~ 전체   업데이트   팁   공지
~ [업데이트]
= 차분이 2.0 업데이트: 대화 중 말투가 바뀌지 않도록 고쳤습니다
~ 2026.03.04
@ 차분이 팀
차분이 2.0이 나왔습니다. 이번 업데이트의 목표는 긴 대화에서도 비서의 말투가 처음과 같게 유지되도록 하는 것이었습니다.
바뀐 점
- 대화가 100턴을 넘어도 존댓말 설정이 풀리지 않습니다.
- 말투 설정 화면에서 예시 문장을 미리 들어 볼 수 있습니다.
고친 문제
- 농담을 요청한 뒤 말투가 계속 가벼워지던 문제를 고쳤습니다.
앞으로도 의견을 보내 주시면 다음 업데이트에 반영하겠습니다.
~ 이전 글   차분이 1.9 업데이트 안내
~ 다음 글   말투 프리셋 활용법
~ 새 글 알림 받기
