site: GitHub (a release page, Korean release notes)
kind: changelog
archive_kind: other
language: ko
title: "차분이 1.9.0 — 대화 기록 내보내기"
note: "a code host's release page: the repository's chrome, the 'Releases' breadcrumb, the release's title, the tag and the 'Latest' badge under it, the releaser's line; the notes in Korean under labels; the assets list with sizes is chrome"
---
~ Skip to content
~ chabuni-team / chabuni
~ Public
~ Code
~ Issues 14
~ Pull requests 3
~ Releases
~ v1.9.0
= 차분이 1.9.0 — 대화 기록 내보내기
~ Latest
~ chabuni-bot released this Mar 4, 2026
~ v1.9.0
~ 3f2a91c
새 기능
- 대화 기록을 텍스트 파일로 내보낼 수 있습니다.
- 말투 설정을 다른 기기와 공유할 수 있습니다.
버그 수정
- 존댓말 설정이 새 대화에서 초기화되던 문제를 고쳤습니다.
~ Assets 3
~ chabuni-1.9.0.tar.gz
~ 2.1 MB
~ Source code (zip)
~ Source code (tar.gz)
