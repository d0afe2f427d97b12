"""Classes of mojibake damage, each built from sentences written for this test: repaired
exactly, or honestly marked (U+FFFD), never a plausible-looking wrong text (issue 18, point 2).

Every case is UTF-8 text decoded with a wrong codec, as a whole page, as one line of a page
whose other lines are correct text of the same script, or as short comment lines. The
assertions, whatever the class:

- a correct character is never changed (the page's correct lines come back as written);
- the damaged text comes back exactly, or each of its characters is either right or U+FFFD;
  where the decoder dropped bytes silently (``errors="ignore"``) a character can vanish
  with all its bytes (Korean "대" read as cp949, a line-final "。"), so the marks may be
  fewer than the characters, but what is shown is the text's own characters, in order.
"""

from __future__ import annotations

import re

import pytest

from persona_archive.cleaning.mojibake import fix_mojibake
from persona_archive.page import LOST

_C1 = re.compile("[\x80-\x9f]")


def damage(text: str, codec: str, errors: str) -> str:
    """``text`` as UTF-8 read with ``codec`` (C1 controls stripped, as scrapers do)."""
    return _C1.sub("", text.encode("utf-8").decode(codec, errors=errors))


def honest(got: str, want: str, *, exact_count: bool) -> bool:
    """Whether ``got`` shows ``want`` with lost characters as U+FFFD: one each
    (``exact_count``), or at most one each, characters lost without a trace allowed."""
    if exact_count:
        return len(got) == len(want) and all(g in (w, LOST) for g, w in zip(got, want, strict=True))
    pattern = "".join(
        "[^\x00-\x7f]+?" if ch == LOST else "[^\x00-\x7f]*?" + re.escape(ch) for ch in got
    )
    return re.fullmatch(pattern + "[^\x00-\x7f]*", want) is not None


# Sentences of each class, written for this test
KOREAN = [
    "오늘은 빵을 굽기 좋은 날씨네요.",
    "비서가 솔직하게 모른다고 해서 오히려 믿음이 갔어요.",
    "저도 그렇게 생각합니다!",
    "벌들이 꽃 사이를 바쁘게 날아다닌다.",
]
JAPANESE = [
    "自転車で通勤するのは気持ちがいいです。",
    "このアシスタントは丁寧ですが、少し堅いと思います。",
    "お茶を飲みながら本を読みました。",
]
CHINESE = [
    "今天的面包烤得特别香。",
    "这个助手回答问题很直接，我很喜欢。",
    "蜜蜂在花园里忙个不停。",
]
TRADITIONAL = [
    "今天的麵包烤得特別香。",
    "這個助手回答問題很直接，我很喜歡。",
]
# a correct line of the same script on the page around the damage
HOST = {
    "ko": "이 글은 자전거와 차에 관한 이야기입니다.",
    "ja": "今日は自転車とお茶の話をします。",
    "zh": "今天我们聊聊自行车和茶。",
    "zht": "今天我們聊聊自行車和茶。",
}

# (language, sentence, codec): the classes mojibake_cjk reads
KOREAN_CODEC_CASES = [
    *[("ko", s, c) for s in KOREAN for c in ("cp949", "euc_kr")],
    *[("ja", s, c) for s in JAPANESE for c in ("cp949", "euc_kr")],
    *[("zh", s, c) for s in CHINESE for c in ("cp949", "euc_kr")],
    *[("zht", s, c) for s in TRADITIONAL for c in ("cp949", "euc_kr")],
]


def _id(case: tuple[str, str, str]) -> str:
    return f"{case[0]}-{case[2]}-{case[1][:6]}"


def _check(page: str, damaged_line: int, want: str, errors: str, host: str | None) -> None:
    got = fix_mojibake(page).split("\n")
    assert len(got) == len(page.split("\n"))
    if host is not None:
        assert all(line == host for k, line in enumerate(got) if k != damaged_line), got
    line = got[damaged_line]
    assert honest(line, want, exact_count=errors == "replace"), (page, line)


@pytest.mark.parametrize("errors", ["ignore", "replace"])
@pytest.mark.parametrize("case", KOREAN_CODEC_CASES, ids=_id)
def test_whole_page(case: tuple[str, str, str], errors: str) -> None:
    """A page that is nothing but the damaged text."""
    _, text, codec = case
    page = damage(text, codec, errors)
    if page.strip(LOST + " .!"):
        _check(page, 0, text, errors, None)


@pytest.mark.parametrize("errors", ["ignore", "replace"])
@pytest.mark.parametrize("case", KOREAN_CODEC_CASES, ids=_id)
def test_one_line_among_correct_lines(case: tuple[str, str, str], errors: str) -> None:
    """A damaged line (a quote, a comment) between correct lines of the same script: the
    correct lines stay as written."""
    lang, text, codec = case
    host = HOST[lang]
    page = "\n".join([host, host, damage(text, codec, errors), host])
    _check(page, 2, text, errors, host)


@pytest.mark.parametrize("codec", ["cp949", "euc_kr"])
def test_short_comments(codec: str) -> None:
    """Short comments damaged under a correct post: each shows only its own characters."""
    comments = ["좋아요!", "저도요.", "감사합니다", "同感。", "賛成です。"]
    post = HOST["ko"]
    page = "\n".join([post, post, *(damage(c, codec, "replace") for c in comments)])
    got = fix_mojibake(page).split("\n")
    assert got[:2] == [post, post]
    for line, want in zip(got[2:], comments, strict=True):
        assert honest(line, want, exact_count=True) or line == damage(want, codec, "replace")


# Chinese, Japanese and Korean read as the other double-byte code pages, each byte they reject
# written as U+FFFD: a third of the bytes per character, exactly counted
OTHER_DOUBLE_BYTE = [
    *[("ko", s, c) for s in KOREAN[:2] for c in ("big5", "euc_jp", "gb2312", "gbk")],
    *[("ja", s, c) for s in JAPANESE[:2] for c in ("big5", "gb2312", "gbk")],
    *[("zh", s, c) for s in CHINESE[:2] for c in ("big5", "euc_jp", "gb2312", "shift_jis")],
    *[("zht", s, c) for s in TRADITIONAL for c in ("big5", "euc_jp", "gb2312")],
]


@pytest.mark.parametrize("case", OTHER_DOUBLE_BYTE, ids=_id)
def test_other_double_byte_replaced(case: tuple[str, str, str]) -> None:
    lang, text, codec = case
    host = HOST[lang]
    page = "\n".join([host, host, damage(text, codec, "replace"), host])
    _check(page, 2, text, "replace", host)


def test_korean_read_whole_as_gbk() -> None:
    """A word that kept all its bytes reads whole ("비서에게" as GBK is "牍勳劀鞐愱矊")."""
    text = "오늘 비서에게 물어"
    assert fix_mojibake(damage(text, "gbk", "ignore")) == text


# Correct text that looks like those classes' damage: left exactly as written
KEPT = [
    "韓國語를 배우는 사람이 늘었다.",  # hanja glued to a Korean particle
    "大韓民國에서 열린 대회였다.",
    "무게는 3㎏이고 ⑴번 항목을 보세요.",  # KS X 1001 symbols beside Hangul
    "똠방각하라는 말을 들었다.",  # a syllable KS X 1001 lacks, written correctly
    "ｅメールで返事をください。",  # a full-width letter glued to kana
    "丁寧な返事をありがとうございました。",
    "我同意你的看法，谢谢。",
    "我同意你的看法，謝謝。",
    "ㄱㄴㄷ 순서로 정리했어요 ㅎㅎ",
]


@pytest.mark.parametrize("text", KEPT)
def test_correct_text_kept(text: str) -> None:
    assert fix_mojibake(text) == text
    page = "\n".join([text, damage("비서가 솔직하게 답했어요.", "cp949", "replace"), text])
    assert fix_mojibake(page).split("\n")[::2] == [text, text]


# Single-byte code pages: the damage of a page's own script in part of a page
SINGLE_BYTE = [
    ("uk", "Бджоли працюють цілий день, а я п'ю чай.", "cp1251"),
    ("ru", "Хлеб получился мягким, спасибо за рецепт.", "cp1251"),
    ("ru", "Хлеб получился мягким, спасибо за рецепт.", "koi8_r"),
    ("el", "Το ποδήλατο είναι το καλύτερο μέσο για την πόλη.", "cp1253"),
    ("el", "Το ποδήλατο είναι το καλύτερο μέσο για την πόλη.", "iso8859_7"),
    ("he", "הבוט ענה בכנות שהוא לא יודע.", "cp1255"),
    ("ar", "المساعد أجاب بصدق أنه لا يعرف.", "cp1256"),
    ("th", "ผึ้งบินไปมาในสวนทั้งวัน", "cp874"),
]
SINGLE_HOST = {
    "uk": "Сьогодні ми говоримо про велосипеди.",
    "ru": "Сегодня мы говорим о велосипедах.",
    "el": "Σήμερα μιλάμε για ποδήλατα.",
    "he": "היום אנחנו מדברים על אופניים.",
    "ar": "اليوم نتحدث عن الدراجات.",
    "th": "วันนี้เราคุยเรื่องจักรยาน",
}


@pytest.mark.parametrize("errors", ["ignore", "replace"])
@pytest.mark.parametrize("case", SINGLE_BYTE, ids=lambda c: f"{c[0]}-{c[2]}")
def test_single_byte_line_among_correct_lines(case: tuple[str, str, str], errors: str) -> None:
    lang, text, codec = case
    host = SINGLE_HOST[lang]
    page = "\n".join([host, host, damage(text, codec, errors), host])
    got = fix_mojibake(page).split("\n")
    assert got[:2] == [host, host] and got[3] == host
    assert honest(got[2], text, exact_count=False), got[2]


@pytest.mark.parametrize(
    ("damaged", "want"),
    [
        ("Price: ï¼12", "Price: \ufffd12"),  # "ï¼" lost its third byte: ！＂＃＄％… alike
        ("Cost ï¼„5", "Cost ＄5"),  # nothing lost: the one reading
        ("ï¿¥1,200 only", "￥1,200 only"),
    ],
)
def test_full_width_sign_is_no_guess(damaged: str, want: str) -> None:
    """A lost byte that leaves the full-width forms open is marked, not read as the one
    currency sign among them that the plausible class admits."""
    assert fix_mojibake(damaged) == want


@pytest.mark.parametrize("text", ["Οι μέλισσες 蜜蜂 πετούν.", "Тут 茶 от бабушки."])
def test_greek_and_cyrillic_beside_an_ideograph_kept(text: str) -> None:
    """KS X 1001 has Greek and Cyrillic rows: their letters are no Korean code page's damage."""
    assert fix_mojibake(text) == text


@pytest.mark.parametrize("codec", ["big5", "euc_jp", "gb2312"])
def test_strict_code_page_dropped_silently_marked(codec: str) -> None:
    """Chinese read as Big5, EUC-JP or GB2312 with errors="ignore": every byte 80-A0 dropped,
    what is left is marked (at most one U+FFFD a character), never left as ideographs."""
    text = "这个助手回答问题很直接，我很喜欢。"
    page = "\n".join([HOST["zh"], damage(text, codec, "ignore"), HOST["zh"]])
    got = fix_mojibake(page).split("\n")
    assert got[0] == got[2] == HOST["zh"]
    assert honest(got[1], text, exact_count=False) and got[1].strip(LOST) == "", got[1]
