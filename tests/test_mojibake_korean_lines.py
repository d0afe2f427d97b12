"""Korean read as EUC-KR/cp949 with bytes dropped silently: once a line holds a run read as
such damage, its other runs made only of UTF-8 bytes of Hangul are what is left of words that
lost too many bytes, and are marked lost; correct Korean on other lines stays as written."""

from __future__ import annotations

import pytest

from persona_archive.cleaning.mojibake import fix_mojibake
from persona_archive.page import LOST

_CORRECT = [
    "대화형 비서의 말투를 사용자가 직접 고를 수 있어서 좋습니다.",
    "저도 비 오는 날 물어봤다가 똑같은 답을 들었어요.",
    "성격 문서까지 공개하는 건 좋은 것 같네요.",
    "오늘은 식빵을 굽고 녹차를 마셨어요.",
]


@pytest.mark.parametrize("line", _CORRECT)
@pytest.mark.parametrize("codec", ["euc_kr", "cp949"])
def test_a_korean_line_read_with_dropped_bytes_keeps_no_garbage(line, codec):
    damaged = line.encode("utf-8").decode(codec, errors="ignore")
    out = fix_mojibake("어제 도서관에서 새 비서를 써 봤습니다.\n" + damaged).splitlines()[-1]
    hangul = [ch for ch in out if "\uac00" <= ch <= "\ud7a3"]
    # what is left is a mark, or a syllable of the line itself: no stray hanja or jamo
    assert all(ch in line for ch in hangul), out
    assert not any("\u4e00" <= ch <= "\u9fff" or "\u3130" <= ch <= "\u318f" for ch in out), out


@pytest.mark.parametrize("codec", ["euc_kr", "cp949"])
@pytest.mark.parametrize("correct", _CORRECT)
def test_correct_korean_lines_beside_such_damage_stay(correct, codec):
    damaged = _CORRECT[1].encode("utf-8").decode(codec, errors="ignore")
    page = f"{correct}\n{damaged}\n{correct}"
    out = fix_mojibake(page).splitlines()
    assert out[0] == correct and out[2] == correct
    assert LOST in out[1] or out[1] == _CORRECT[1]


def test_a_correct_word_whose_bytes_no_hangul_utf8_has_stays_in_a_damaged_line():
    """ "좋아요" is C1 C1 BE C6 BF E4 in cp949: bytes no UTF-8 Hangul has, so it is no damage
    even in a line of damage."""
    damaged = _CORRECT[1].encode("utf-8").decode("euc_kr", errors="ignore")
    out = fix_mojibake(f"좋아요 {damaged}")
    assert out.startswith("좋아요 ")
