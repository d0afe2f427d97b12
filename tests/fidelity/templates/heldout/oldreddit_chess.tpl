site: Reddit (old.reddit.com)
kind: reddit-thread
archive_kind: forum-thread
language: en
---
~ jump to content
~ my subreddits
~ r/chessbeginners
~ join the discussion? log in | sign up
= I keep losing on time in ten minute games even when I'm winning
~ Question (self.chessbeginners)
@ submitted 5 hours ago by rook_lift_rita
I get good positions and then have thirty seconds left while my opponent has four minutes. Then I blunder or flag. How do people manage the clock?
~ 31 comments
~ share
~ save
~ hide
~ report
~ sorted by: best
@ [–]endgame_eli 44 points 4 hours ago
Spend your time in the middlegame, not the opening. If you are thinking for a minute on move five, that minute is gone when you actually need it.
~ permalink
~ embed
~ save
~ report
~ reply
@ [–]rook_lift_rita[S] 9 points 4 hours ago
That is exactly what I do. I try to be perfect early and then panic later.
~ permalink
~ embed
~ save
~ parent
~ report
~ reply
@ [–]knightmare_k 17 points 3 hours ago
Also, when you are winning, simplify. Trade pieces and make the position easy to play quickly.
~ permalink
~ embed
~ save
~ report
~ reply
~ about
~ blog
~ By using the site you accept its user terms and privacy rules. © 2024 reddit inc.
