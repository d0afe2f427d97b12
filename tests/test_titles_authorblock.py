"""An author block over the headline (the author's name, their line about themselves, the
post's date, then the headline): the line about the author is no headline, though the body
speaks of the same things (cycling, gardening). A blog named after its author, its headline
under the name and the body under the headline's date, keeps its headline."""

from __future__ import annotations

import pytest

from persona_archive.cleaning.model import split_lines
from persona_archive.cleaning.structure import Hints, build


def _title(text: str) -> str:
    return build(split_lines(text), Hints()).title


@pytest.mark.parametrize(
    ("name", "bio", "date", "headline", "prose"),
    [
        (
            "Rina Wulandari",
            "Pegawai yang suka bersepeda dan berkebun",
            "Diperbarui: 2 Maret 2026 09:15",
            "Bersepeda ke Kantor Bersama Asisten AI",
            "Sudah tiga bulan saya bersepeda ke kantor, dan asisten AI membantu saya menyusun "
            "rencana latihan yang masuk akal sebelum saya berkebun di akhir pekan.",
        ),
        (
            "Ada Brook",
            "Civil servant who likes cycling and gardening",
            "Updated: 2 March 2026 09:15",
            "Cycling to the office with an assistant",
            "For three months I have been cycling to the office, and an assistant planned my "
            "training before I spent the weekend gardening.",
        ),
        (
            "Jana Vogel",
            "Beamtin, die gern Rad fährt und gärtnert",
            "Aktualisiert: 2. März 2026, 09:15",
            "Mit dem Rad ins Büro, geplant von einem Assistenten",
            "Seit drei Monaten fahre ich mit dem Rad ins Büro, und ein Assistent hat mein "
            "Training geplant, bevor ich am Wochenende gärtnere.",
        ),
    ],
)
def test_the_authors_line_about_themselves_is_no_headline(name, bio, date, headline, prose):
    page = f"Home Popular Topics Events\nHUMANIORA\n{name}\n{bio}\n{date}\n{headline}\n{prose}\n"
    assert _title(page) == headline


def test_a_blog_named_after_its_author_keeps_its_headline():
    page = (
        "Ada Brook\nWhy my kettle sings at night after the lights go out\nMarch 3, 2026\n"
        "My kettle sings at night because the water cools in its base, and I finally know "
        "why after a week of listening.\n"
    )
    assert _title(page) == "Why my kettle sings at night after the lights go out"


def test_an_author_block_in_a_script_without_capitals():
    page = (
        "ویرگول\nمریم رضایی\nبرنامه‌نویس و عاشق کوهنوردی\n۵ دقیقه مطالعه · ۱۲ اسفند ۱۴۰۴\n"
        "دستیار هوش مصنوعی من چرا این‌قدر مؤدب است؟\n"
        "چند ماه است که برای برنامه‌ریزی کوهنوردی‌های آخر هفته از یک دستیار هوش مصنوعی کمک "
        "می‌گیرم و لحن مؤدبش برایم جالب است.\n"
    )
    assert _title(page) == "دستیار هوش مصنوعی من چرا این‌قدر مؤدب است؟"


def test_a_kicker_over_a_decked_headline_dated_in_another_calendar():
    page = (
        "خبرگزاری نمونه\nدر گفت‌وگو با یک پژوهشگر\n"
        "دستیارهای هوشمند باید بگویند «نمی‌دانم»\n"
        "پژوهشگران می‌گویند اعتماد کاربران به دستیاری که اشتباهش را می‌پذیرد بیشتر است و "
        "این موضوع را در آزمایشی تازه نشان داده‌اند\n"
        "۱۴ اسفند ۱۴۰۳ - ۱۰:۳۰\n"
        "به گفته این پژوهشگر، کاربران از دستیاری که همیشه با اطمینان پاسخ می‌دهد کمتر راضی "
        "هستند تا از دستیاری که می‌گوید نمی‌داند.\n"
    )
    assert _title(page) == "دستیارهای هوشمند باید بگویند «نمی‌دانم»"
