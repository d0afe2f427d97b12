"""Decoding stage on constructed byte strings."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from persona_archive.cleaning.decoding import decode, normalize_newlines
from persona_archive.errors import SourceError

TEXT = "Curly “quotes”, an em dash — and an emoji 🤖 in a sentence.\nSecond line."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM
        TEXT.encode("utf-16-le"),  # no BOM
        TEXT.encode("utf-16-be"),
        TEXT.encode("utf-32"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le-nobom", "utf16be-nobom", "utf32"],
)
def test_unicode_encodings_round_trip(data):
    assert decode(data).text == TEXT


@pytest.mark.parametrize(
    "text, codec",
    [
        ("Déjà vu: naïve café owners’ “crème brûlée” — à la carte.", "cp1252"),
        ("Привет, как дела? Это тест кодировки для архива статей.", "cp1251"),
        ("Καλημέρα κόσμε, αυτό είναι ένα δοκιμαστικό κείμενο.", "iso8859_7"),
    ],
)
def test_legacy_code_pages(text, codec):
    assert decode(text.encode(codec)).text == text


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_endings_become_lf(newline):
    assert decode(f"a{newline}b{newline}".encode()).text == "a\nb\n"


def test_invalid_utf8_bytes_are_replaced_and_reported():
    decoded = decode("good “text” here ".encode() * 20 + b"\xff\xfe bad" + b" end")
    assert "\ufffd" in decoded.text and decoded.encoding == "utf-8"
    assert any("invalid UTF-8" in n for n in decoded.notes)


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (b" \n\t\n  ", "empty"),
        (bytes(range(256)) * 4, "binary"),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "binary"),
        (b"\x01\x02\x03\x04\x05\x06" * 100, "binary"),
    ],
)
def test_non_text_is_rejected_with_a_reason(data, reason):
    with pytest.raises(SourceError, match=reason):
        decode(data)


# ----------------------------------------------------------------------------- damaged UTF-8

# Invalid units: stray continuation bytes, bytes that never occur in UTF-8, and the first bytes of
# a character cut short. Python (and the WHATWG decoder) replace each maximal ill-formed part with
# one U+FFFD: a cut-short character is one lost character, not three.
STRAY = [b"\x81", b"\x9d", b"\xbf", b"\xc0", b"\xc1", b"\xf5", b"\xff"]
CUT_SHORT = [b"\xc3", b"\xe2\x80", b"\xe2", b"\xf0\x9f\x98", b"\xf0\x9f", b"\xd0"]

SAMPLES = {
    "english": "A naïve reader’s “idea” — fine 🤖, and a café… ✨",
    "french": "L’été dernier, Zoé a goûté la crème brûlée à Noël.",
    "german": "Größere Übungen fördern Ärger über Öl und Straßen.",
    "russian": "Вчера Фёдор и Лёня долго гуляли по набережной.",
    "greek": "Χθες βράδυ η Άννα διάβασε ένα βιβλίο στην αυλή.",
    "japanese": "昨日は雨でしたが、今日は晴れています。",
    "arabic": "ذهبت إلى السوق صباحا واشتريت خبزا.",
    "thai": "วันนี้อากาศดีมาก เราไปเดินเล่นที่สวน",
    "emoji": "🎉👍🏽 ❤️ 👨‍👩‍👧 🇫🇷 ok",
}


def _with_units(text: str, units: list[tuple[int, bytes]]) -> tuple[bytes, str]:
    """``text`` as UTF-8 with each unit inserted before character ``i`` (distinct positions),
    and the text the decoder must give back: a U+FFFD where each unit was."""
    at = dict(units)
    data, want = b"", ""
    for i, ch in enumerate(text + "\0"):
        if i in at:
            data, want = data + at[i], want + "\ufffd"
        if i < len(text):
            data, want = data + ch.encode(), want + ch
    return data, want


@pytest.mark.parametrize("name", SAMPLES)
@pytest.mark.parametrize("unit", [b"\x81\x9d", b"\xe2\x80", b"\xf0\x9f\x98", b"\xff"])
def test_valid_characters_survive_invalid_bytes(name, unit):
    text = SAMPLES[name]
    step = max(1, len(text) // 4)
    units = [(i, unit) for i in range(3, len(text), step)]
    data, want = _with_units(text, units)
    if unit == b"\x81\x9d":  # two stray bytes: two lost characters
        want = want.replace("\ufffd", "\ufffd\ufffd")
    decoded = decode(data)
    assert decoded.encoding == "utf-8"
    assert decoded.text == want
    (note,) = decoded.notes
    assert note.startswith(f"{want.count(chr(0xFFFD))} invalid UTF-8 byte sequences")


def test_a_few_dozen_invalid_bytes_among_few_valid_characters_stay_utf8():
    """The case read as cp1125: mostly ASCII prose, a handful of “—” and emoji, and a few dozen
    invalid bytes (44 here, in 33 sequences: 9D, 81 and E2 80 cut short on every line)."""
    prose = "Plain prose about models and people, written for the archive. " * 4
    lines = [f"{prose}A naïve reader’s “idea” — fine 🤖.", *[prose] * 10]
    data = b"".join(line.encode() + b" \x9d\x81 \xe2\x80\n" for line in lines)
    decoded = decode(data)
    assert decoded.encoding == "utf-8"
    assert "A naïve reader’s “idea” — fine 🤖." in decoded.text
    assert decoded.text.count("\ufffd") == 3 * len(lines)


@pytest.mark.parametrize(
    "text, codec",
    [
        # capitals before "ё" make valid UTF-8 pairs by accident ("Фё" is D4 B8): still cp1251
        ("Фёдор, Лёня и Пётр пришли домой поздно; «Всё хорошо», — сказал Пётр.", "cp1251"),
        ("Ο Άρης και η Ίρις έφυγαν νωρίς για τη θάλασσα το πρωί.", "cp1253"),
        (
            "אתמול בערב הלכנו לים ושחינו עד שהשמש שקעה. אחר כך אכלנו ארוחת ערב קטנה וחזרנו"
            " הביתה ברגל, עייפים ומרוצים.",
            "cp1255",
        ),
        ("ذهبنا إلى البحر مساء أمس وسبحنا حتى غروب الشمس.", "cp1256"),
        ("เมื่อวานเราไปทะเลและว่ายน้ำจนพระอาทิตย์ตก เขตนี้สวยมาก", "cp874"),
        (
            "Včera večer jsme šli k moři a plavali jsme až do západu slunce. Pak jsme snědli"
            " malou večeři a vrátili se pěšky domů, unavení, ale šťastní.",
            "cp1250",
        ),
        ("昨天晚上我們去了海邊，一直游泳到太陽下山。", "big5"),
        ("Шутки выключаются в приложении, там можно выбрать строгий режим.", "koi8_r"),
        ("友人は、性格がない方が使いやすいと言う。私はそうは思わない。", "shift_jis"),
        ("我同意。性格应该稳定，不能今天热情明天冷淡。稳定比有趣更重要。", "gbk"),
    ],
)
def test_legacy_files_are_still_read_as_legacy(text, codec):
    decoded = decode(text.encode(codec))
    assert decoded.encoding != "utf-8"
    assert decoded.text == text
    assert decoded.notes == [f"not UTF-8: read as legacy code page {decoded.encoding}"]


_TEXT = st.text(
    st.characters(exclude_categories=("Cs", "Cc"), exclude_characters="\ufeff"), max_size=60
).map(lambda t: "x" + t)  # a visible first character, and no file signature ("%PDF-", "ID3")
_UNIT = st.sampled_from(STRAY + CUT_SHORT)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(_TEXT, st.data())
def test_invalid_bytes_never_cost_a_valid_character(text, data):
    """Any text as UTF-8, with invalid bytes inserted between its characters: every character
    survives and each invalid unit is one U+FFFD - as long as the invalid units are no more
    than the valid multi-byte characters (more, among no clean run, looks like a legacy page)."""
    wide = sum(1 for ch in text if not ch.isascii())
    n = data.draw(st.integers(0, min(8, wide)))
    where = data.draw(st.lists(st.integers(1, len(text)), min_size=n, max_size=n, unique=True))
    units = [(i, data.draw(_UNIT)) for i in where]
    raw, want = _with_units(text, units)
    assert decode(raw).text == normalize_newlines(want)


@pytest.mark.parametrize(
    "text",
    [
        "itâ€™s a cafÃ© â€” and double: itÃ¢â‚¬â„¢s",
        "蜿倶ｺｺ縺ｯ縲∵ｧ譬ｼ縺後↑縺 and 鎴戝悓鎰忋傛ф牸",
        "п÷я─п╦п╡п╣я┌ and caf√© ‚Äî",
    ],
)
def test_a_utf8_file_holding_mojibake_is_read_as_written(text):
    """Mojibake saved as UTF-8 is valid UTF-8: decoding reads it as it is, and leaves the
    repair to ``mojibake`` (which knows the damage model; a code-page guess here would
    damage it a second time)."""
    decoded = decode(text.encode("utf-8"))
    assert decoded.encoding == "utf-8"
    assert decoded.text == text
    assert decoded.notes == []
