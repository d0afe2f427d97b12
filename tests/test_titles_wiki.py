"""A wiki prints its page's heading right above its "From <wiki>, the …" line: that line is the
wiki's tagline, never the title, and the line above it is the title however short. A headline
that opens with "From" and names no wiki stays a headline."""

from __future__ import annotations

import pytest

from persona_archive.cleaning.model import split_lines
from persona_archive.cleaning.structure import Hints, build
from persona_archive.cleaning.structure.titles import chrome_reason, headline


def _title(text: str) -> str:
    return build(split_lines(text), Hints()).title


PAGES = [
    (
        "Bees",
        "From Hivepedia, the free encyclopedia of beekeeping",
        "Bees are flying insects that keep colonies and make honey, and a hive may hold tens of "
        "thousands of them in summer.",
    ),
    (
        "Honigbiene",
        "Aus Imkerwiki, der freien Enzyklopädie",
        "Die Honigbiene lebt in einem Volk, das im Sommer viele tausend Bienen zählen kann und "
        "den Winter in einer Traube übersteht.",
    ),
    (
        "Abeille",
        "Un article de Ruchepédia, l'encyclopédie libre",
        "L'abeille vit en colonie et produit du miel, et une ruche peut compter des dizaines de "
        "milliers d'ouvrières en été.",
    ),
    (
        "Пчела",
        "Материал из Пасекопедии — свободной энциклопедии",
        "Пчела живёт большой семьёй, и летом в одном улье могут жить десятки тысяч рабочих пчёл.",
    ),
]


PAGES += [
    (
        "زنبور عسل",
        "از دانشنامه آزاد زنبورداری",
        "زنبور عسل در کلنی‌های بزرگ زندگی می‌کند و در تابستان یک کندو ممکن است ده‌ها هزار زنبور "
        "داشته باشد.",
    ),
    (
        "꿀벌의 겨울나기",
        "양봉위키, 우리 모두의 백과사전",
        "꿀벌은 겨울 동안 무리를 지어 서로의 체온으로 벌집을 따뜻하게 유지하며 봄을 기다린다.",
    ),
    (
        "Μέλισσα",
        "Από τη Μελισσοπαίδεια, την ελεύθερη εγκυκλοπαίδεια",
        "Η μέλισσα ζει σε μεγάλες αποικίες, και μια κυψέλη μπορεί να έχει δεκάδες χιλιάδες "
        "μέλισσες το καλοκαίρι.",
    ),
]


@pytest.mark.parametrize(("heading", "tagline", "prose"), PAGES)
def test_the_line_over_a_wikis_tagline_is_the_title(heading, tagline, prose):
    assert chrome_reason(tagline) == "a wiki's tagline"
    page = f"Main page\nRandom page\nRead   Edit   View history\n{heading}\n{tagline}\n{prose}\n"
    assert _title(page) == heading


@pytest.mark.parametrize(
    "line",
    [
        "From Paris, with love: letters to a chatbot",
        "From the archive: our first hive",
        "百科全书的未来，谁来写",
        "Wikipedia, twenty-five years on",
    ],
)
def test_a_headline_from_somewhere_stays_a_headline(line):
    assert chrome_reason(line) is None
    assert headline(line) == line


def test_a_tab_row_over_the_tagline_is_not_the_title():
    page = (
        "Read   Edit   View history\nFrom Hivepedia, the free encyclopedia\n"
        "Bees are flying insects that keep colonies and make honey, and a hive may hold tens "
        "of thousands of them in summer.\n"
    )
    assert "Edit" not in _title(page)
