"""Decoding stage on constructed byte strings."""

from __future__ import annotations

import codecs

import pytest

from persona_archive.cleaning.decoding import decode
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
