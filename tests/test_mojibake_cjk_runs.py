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


@pytest.mark.parametrize(
    "page",
    [
        "猫スレ (6レス)\n今日は猫の話をしよう。みんなの猫はどうしてる？\n",
        "レス\n本文です。\n",
        "スレ一覧 (12レス)\nこのスレでは図書館の話をします。\n",
        "本日の一言：ですね\n以上です。\n",
        "AI相談スレ [レス数: 48]\n返事が丁寧すぎると思いませんか。\n",
    ],
)
def test_a_word_of_kana_on_an_undamaged_page_stays_as_written(page):
    """cp949 reads some of UTF-8's bytes as kana, but a word of kana is Japanese as written:
    without damage elsewhere on the page nothing is read as Korean read as cp949."""
    assert fix_mojibake(page) == page


def test_kana_beside_korean_cp949_damage_is_still_read():
    """On a page that shows Korean read as cp949 the damage is still repaired."""
    damaged = "비서의 말투가 바뀌었어요".encode().decode("cp949", errors="replace")
    out = fix_mojibake("レス\n" + damaged + "\n")
    assert out.startswith("レス\n") and "말투" in out, out
