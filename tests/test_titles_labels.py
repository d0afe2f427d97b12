"""A headline followed by a label is no headline (a social post's meme format: "The method:"),
except when the label introduces the post's author: a short name under it and a date under the
name ("来自：", "From:", "Von:" over the poster), the byline of a forum's thread."""

from __future__ import annotations

import pytest

from persona_archive.cleaning.model import split_lines
from persona_archive.cleaning.structure import Hints, build
from persona_archive.cleaning.structure.titles import title_line


def _title(text: str) -> str:
    return build(split_lines(text), Hints()).title


@pytest.mark.parametrize(
    ("headline", "label", "name", "date", "prose"),
    [
        (
            "我的 AI 助手开始会说不同意见了，你们遇到过吗",
            "来自：",
            "山茶与猫",
            "2026-12-01 22:13:45 上海",
            "最近每天晚上都会和助手聊一会儿。以前不管我说什么，它都会说这个想法很棒。这周它开始提出不同意见了。",
        ),
        (
            "My assistant stopped agreeing with everything I say",
            "From:",
            "tea_and_cats",
            "2026-12-01 22:13",
            "Every evening I chat with my assistant for a while, and this week it started to "
            "disagree with me for the first time.",
        ),
        (
            "Mein Assistent widerspricht mir plötzlich",
            "Von:",
            "Teekanne",
            "01.12.2026, 22:13",
            "Jeden Abend rede ich eine Weile mit meinem Assistenten, und diese Woche hat er mir "
            "zum ersten Mal widersprochen.",
        ),
    ],
)
def test_a_label_over_the_posters_name_and_date_keeps_the_headline(
    headline, label, name, date, prose
):
    page = f"Group of tea drinkers\n{headline}\n{label}\n{name}\n{date}\n{prose}\n"
    assert _title(page) == headline


def test_a_label_over_content_is_no_headline():
    page = (
        "How I get my assistant to argue with me\nThe method:\nAsk it for the best case "
        "against your plan before you ask for help.\nIt works better than asking for "
        "feedback, and it never flatters.\n"
    )
    assert title_line(split_lines(page), Hints()) is None  # the title is derived instead
