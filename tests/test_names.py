"""Slugs in every script (issue 18): a title in any script gives a readable ASCII slug, never
"untitled" when it has letters, and the slugs of ASCII titles never change (published URLs)."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from persona_archive.cleaning.names import slugify


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Łódź and Øresund", "lodz-and-oresund"),
        ("Straße der Modelle", "strasse-der-modelle"),
        ("Η προσωπικότητα των μοντέλων", "e-prosopikoteta-ton-montelon"),
        ("Характер языковой модели", "kharakter-iazykovoi-modeli"),
        ("人工智能的性格", "ren-gong-zhi-neng-de-xing-ge"),
        ("Pensée — machine", "pensee-machine"),
    ],
)
def test_titles_in_every_script_are_transliterated(title, slug):
    assert slugify(title) == slug


def test_thai_and_arabic_titles_are_not_untitled():
    for title in ("บุคลิกภาพของแบบจำลอง", "شخصية النموذج"):
        assert slugify(title) != "untitled" and re.fullmatch(
            r"[a-z0-9]+(-[a-z0-9]+)*", slugify(title)
        )


def _old_ascii_slug(text: str, limit: int = 60) -> str:
    """The slug rule before transliteration, for titles that are ASCII already."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0] if "-" in slug[:limit] else slug[:limit]
    return slug or "untitled"


@given(st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=120))
def test_ascii_titles_keep_the_slugs_they_had(title):
    assert slugify(title) == _old_ascii_slug(title)
