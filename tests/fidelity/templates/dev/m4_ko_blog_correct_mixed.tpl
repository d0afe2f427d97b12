site: Korean personal blog (Tistory-style)
kind: blog-post
archive_kind: article
language: ko
note: "all correct text: Korean prose with hanja (人格, 性格), English words, a Japanese and a Chinese quote and rare syllables; only one sentence near the end was read as cp949 with errors='replace'"
---
~ 본문 바로가기
~ 생각 노트
= 인격(人格)과 성격(性格)은 어떻게 다를까
~ 2025. 6. 2. 21:15
언어 모델의 character를 이야기할 때 人格과 性格을 구분하면 편합니다.
人格은 무엇을 지키는지에 가깝고, 性格은 어떻게 말하는지에 가깝습니다.
일본어로는 「性格が穏やか」라고 하고, 중국어로는 “性格很温和”라고 씁니다.
똠방각하 같은 옛 말투를 흉내 내는 모델도 있지만 그건 말투일 뿐입니다.
AI alignment 연구자들은 둘 다 중요하다고 말합니다.
[[cp949/replace:결국 정직함이 가장 오래 남는 성격입니다.]]
~ 공감
~ 구독하기
