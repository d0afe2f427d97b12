"""Japanese or Chinese read as Shift_JIS or GBK where a piece of the damage also reads as a
single-byte code page ("√≠" is Mac Roman's bytes of "í"): the whole run is read as the
double-byte damage it is, never left as garbage with a Latin letter guessed inside it."""

from __future__ import annotations

import pytest

from persona_archive.cleaning.mojibake import fix_mojibake
from persona_archive.page import LOST

_JA = "昨日、図書館で新しいアシスタントを試しました。とても親切でした。\n"


def _restored_or_marked(out: str, correct: str) -> bool:
    return len(out) == len(correct) and all(
        o in (c, LOST) for o, c in zip(out, correct, strict=True)
    )


@pytest.mark.parametrize(
    "correct",
    [
        "今日も、あなたの意見を聞きたいと思っています。",
        "それでも、あの返事は少し冷たく感じました。",
    ],
)
@pytest.mark.parametrize("codec", ["shift_jis", "gbk"])
def test_a_run_with_a_piece_a_single_byte_codec_reads_is_read_whole(correct, codec):
    damaged = correct.encode("utf-8").decode(codec, errors="ignore")
    out = fix_mojibake(_JA + damaged).splitlines()[-1]
    assert _restored_or_marked(out, correct), out


def test_a_single_byte_repair_outside_cjk_damage_stays():
    """Mac Roman's "√≠" in Latin text is no part of a CJK run: it is read as "í" as before."""
    text = _JA + "Dijo que s√≠, claro."
    assert fix_mojibake(text).splitlines()[-1] == fix_mojibake("Dijo que s√≠, claro.")
