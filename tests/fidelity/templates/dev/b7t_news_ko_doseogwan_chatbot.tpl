site: "Korean regional daily (sejong-ilbo.example.kr)"
kind: news-article
archive_kind: article
language: ko
note: "a Korean article: the paper's name and menu, a breadcrumb, the headline with a bracketed tag, two deck lines starting with '-', the reporter line and input/edit times, font buttons; the sign-off with the e-mail address is metadata, the copyright line chrome"
---
~ 세종일보
~ 전체기사   정치   경제   사회   문화   IT·과학   오피니언
~ 로그인   회원가입
~ 홈 > 사회 > 교육
= [현장] "반말은 안 돼요"… 시립도서관 AI 사서, 말투부터 정했다
- 시민 설문 거쳐 '차분하고 정중한' 성격으로 결정
- 모르는 질문엔 "확인 후 안내" 원칙
~ 한지민 기자
~ 입력 2026.03.05 09:12   수정 2026.03.05 11:40
~ 글자크기   공유   스크랩   인쇄
시립도서관이 이달부터 누리집에 인공지능 사서 서비스를 시작했다. 대출 연장, 휴관일, 희망 도서 신청 같은 질문에 답한다.
도서관은 서비스를 열기 전 시민 300명을 대상으로 AI 사서의 말투에 대한 설문을 했다. 응답자의 다수가 친근한 반말보다 차분하고 정중한 말투를 원했다.
도서관 관계자는 "모르는 내용을 아는 척하지 않는 것이 가장 중요하다고 봤다"며 "확실하지 않은 질문에는 담당자가 확인한 뒤 안내하도록 했다"고 말했다.
도서관은 석 달 동안 이용 기록을 분석해 말투와 답변 범위를 다시 조정할 계획이다.
@ 한지민 기자 jimin@sejong-ilbo.example.kr
~ 저작권자 © 세종일보 무단전재 및 재배포 금지
~ 많이 본 뉴스
~ 시내버스 노선 개편안 공개
