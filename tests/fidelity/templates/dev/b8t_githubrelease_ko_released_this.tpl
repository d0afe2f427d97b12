site: GitHub (release, Korean project)
kind: changelog
archive_kind: other
language: ko
title: "말투 고정 기능"
note: "a release page: the tag over the release's title, the 'Latest' badge, the event line '<handle> released this', the date, tag and commit; the notes in Korean whose lines are short; the assets list and a reaction are chrome"
---
~ Skip to content
~ Sign in
~ haneul-dev / chatbuddy
~ Releases
~ v2.3.0
= 말투 고정 기능
~ Latest
~ haneul-dev released this
~ 04 Mar 02:14
~ v2.3.0
~ 8c1f2ab
긴 대화에서도 캐릭터의 말투가 유지되도록 설정을 추가했습니다.
변경 사항
- tone_lock 옵션 추가
- 존댓말과 반말이 섞이던 버그 수정
~ Assets 2
~ Source code (zip)
~ Source code (tar.gz)
~ 👍 3
