"""Page furniture built from numbers and dates (issue 18, point 1): publication dates and times
in local formats, relative times, reading times, counters with local words and native digits,
"updated" lines and photo credits go in every language, by the shapes of
``boilerplate.shapes.furniture`` and the words of ``data/page_furniture.yml``; a sentence that
holds a date or a number, a quantity, a list item and a lone number stay. Every line here is
constructed for the test."""

from __future__ import annotations

import pytest

from conftest import kept, rule_of
from persona_archive.cleaning.boilerplate.shapes import (
    furniture,
    furniture_date,
    load_page_furniture,
)

# (language, chrome lines that go alone, look-alike content lines that stay)
CASES = [
    (
        "bn",
        [
            "প্রকাশ: ১২ মার্চ ২০২৫, ১০:৩০",
            "আপডেট: ১২ মার্চ ২০২৫",
            "৫ মিনিট আগে",
            "৩ মিনিটে পড়ুন",
            "পড়তে সময় লাগবে ৪ মিনিট",
            "১২৩ বার পড়া হয়েছে",
            "ছবি: সংগৃহীত",
            "১২ মার্চ ২০২৫, বেলা ১০:৩০",
        ],
        [
            "প্রকল্পের কাজ ১২ মার্চ ২০২৫ তারিখে শুরু হবে।",
            "প্রতিদিন প্রায় ২০ হাজার মানুষ নদী পার হন।",
            "৫টি ডিম",
            "১২",
        ],
    ),
    (
        "ta",
        [
            "வெளியிடப்பட்டது: 12 மார்ச் 2025, 10:30",
            "புதுப்பிக்கப்பட்டது: 12 மார்ச் 2025",
            "3 நிமிடங்களுக்கு முன்",
            "2 மணி நேரத்திற்கு முன்பு",
            "5 நிமிட வாசிப்பு",
            "படம்: கோப்புப் படம்",
            "120 பார்வைகள்",
        ],
        ["பாலம் 12 மார்ச் 2025 அன்று திறக்கப்படும்.", "3 கப் அரிசி", "2 மணி நேரம் கழித்து மழை பெய்தது."],
    ),
    (
        "hi",
        [
            "अपडेटेड: 4 मार्च 2025, 10:30 AM IST",
            "प्रकाशित: 4 मार्च 2025",
            "2 मार्च को अपडेट किया गया",
            "5 मिनट पहले",
            "3,418 बार देखा गया",
            "फोटो: सांकेतिक तस्वीर",
        ],
        ["बैठक 4 मार्च 2025 को सुबह 10 बजे होगी।", "2 कप चावल", "5 मिनट बाद बारिश रुक गई।"],
    ),
    (
        "ms",
        [
            "Diterbitkan: 12 Mac 2025 10:30 pagi",
            "Dikemas kini: 12 Mac 2025",
            "5 minit yang lalu",
            "4 minit bacaan",
            "1,204 tontonan",
            "Gambar: Bernama",
        ],
        [
            "Jambatan itu dibuka pada 12 Mac 2025 oleh menteri.",
            "3 cawan tepung",
            "12 Mac 2025 ialah hari yang cerah.",
        ],
    ),
    (
        "id",
        [
            "Diperbarui: 12 Maret 2025, 10:15 WIB",
            "Kamis, 12 Maret 2025 09:30 WIB",
            "3 jam yang lalu",
            "Foto: Antara/Budi Santoso",
            "245 kali dibaca",
        ],
        ["Acara itu digelar pada Kamis, 12 Maret 2025 di balai desa.", "2 sendok gula"],
    ),
    (
        "fi",
        [
            "ti 4.3.2025 klo 8.15",
            "Päivitetty ti 4.3.2025 klo 9.40",
            "Julkaistu 4.3.2025",
            "3 tuntia sitten",
            "Lukuaika 3 min",
            "Kuva: Matti Virtanen",
            "12 kommenttia",
        ],
        [
            "Kirjasto avautuu 4.3.2025 klo 9 kaikille.",
            "3 dl jauhoja",
            "Maaliskuussa satoi 12 päivää.",
        ],
    ),
    (
        "th",
        [
            "เผยแพร่: 12 มีนาคม 2568 10:30 น.",
            "อัปเดตล่าสุด 12 มี.ค. 2568",
            "3 ชั่วโมงที่แล้ว",
            "1,234 ครั้ง",
            "ภาพ: ผู้อ่านส่งมา",
        ],
        ["งานจะจัดขึ้นวันที่ 12 มีนาคม 2568 ที่ศาลากลาง", "แป้ง 2 ถ้วย"],
    ),
    (
        "ar",
        [
            "نشر في: 5 مارس 2025 - 08:15",
            "منذ 3 ساعات",
            "٢٬٤١٠ مشاهدة",
            "الصورة: أرشيفية",
            "آخر تحديث: ٥ مارس ٢٠٢٥",
        ],
        ["سيفتتح الجسر في 5 مارس 2025 بحضور الوزير.", "٣ أكواب من الدقيق"],
    ),
    (
        "fa",
        [
            "۱۴ اسفند ۱۴۰۳ - ۱۰:۳۰",
            "تاریخ انتشار: ۱۴ اسفند ۱۴۰۳",
            "۳ ساعت پیش",
            "۵ دقیقه مطالعه",
            "عکس: آرشیو",
            "۱۲۳ بازدید",
        ],
        ["جلسه در ۱۴ اسفند ۱۴۰۳ برگزار شد.", "۲ پیمانه آرد"],
    ),
    (
        "ru",
        [
            "Опубликовано: 4 марта 2025, 10:15",
            "4 марта 2025 в 10:15",
            "5 минут назад",
            "12 комментариев",
            "Фото: пресс-служба",
            "3 мин чтения",
        ],
        ["Мост откроют 4 марта 2025 года.", "2 стакана муки", "Через 5 минут всё закончилось."],
    ),
    (
        "el",
        [
            "Δημοσιεύθηκε: 4 Μαρτίου 2025, 10:15",
            "πριν από 3 ώρες",
            "4 λεπτά ανάγνωσης",
            "Φωτογραφία: Γιάννης Παππάς",
            "ΤΡΙΤΗ 4 ΜΑΡΤΙΟΥ 2025 10:15",
        ],
        ["Η γέφυρα θα ανοίξει στις 4 Μαρτίου 2025.", "2 φλιτζάνια αλεύρι"],
    ),
    (
        "zh",
        [
            "发布时间：2025年3月4日 10:30",
            "2025-03-04 21:10:00",
            "3小时前",
            "阅读 1.2万",
            "图片来源：网络",
        ],
        ["我们在2025年3月4日第一次见面。", "3个鸡蛋"],
    ),
    (
        "ja",
        [
            "公開日：2025年3月4日",
            "2025年3月4日 10時30分",
            "3時間前",
            "コメント 3",
            "写真：筆者撮影",
        ],
        ["2025年3月4日に初めて会いました。", "卵 3個"],
    ),
    (
        "ko",
        [
            "입력 2025.03.04 10:30",
            "2025. 3. 4. 21:10",
            "3시간 전",
            "조회 4,213 · 추천 57",
            "사진: 독자 제공",
        ],
        ["2025년 3월 4일에 처음 만났다.", "달걀 3개"],
    ),
    (
        "de",
        [
            "Veröffentlicht am 3. März 2025, 10:15 Uhr",
            "Aktualisiert: 03.03.2025",
            "vor 2 Stunden",
            "5 Min. Lesezeit",
            "Foto: dpa/Anna Berg",
            "214 Kommentare",
        ],
        [
            "Die Brücke wird am 3. März 2025 eröffnet.",
            "3 Eier",
            "Vor 2 Stunden hat es geregnet, sagt sie.",
        ],
    ),
    (
        "fr",
        [
            "Publié le 3 mars 2025 à 10h15",
            "Mis à jour le 3 mars 2025",
            "il y a 3 heures",
            "5 min de lecture",
            "Crédit photo : Marie Dupont",
            "12 commentaires",
        ],
        ["Le pont ouvrira le 3 mars 2025.", "3 œufs", "Il y a 3 heures que j'attends."],
    ),
    (
        "en",
        [
            "Published: 12 March 2025",
            "Updated March 12, 2025 at 10:30 AM",
            "5 minutes ago",
            "4 min read",
            "1.2K views · 34 likes",
            "Photo: Jane Roe/Reuters",
            "12 March 2025 · 4 min read · 31 comments",
        ],
        [
            "We met on 12 March 2025 at 10:30.",
            "3 eggs",
            "12",
            "Updated the bridge in 2025 after the flood.",
            "Photo: the old bridge at dawn, before the storm reached the valley.",
        ],
    ),
]


@pytest.mark.parametrize(("lang", "chrome", "content"), CASES, ids=[c[0] for c in CASES])
def test_furniture_goes_and_look_alikes_stay(lang, chrome, content):
    for line in chrome:  # a credit the list knows as run context goes on its own by its shape
        assert rule_of(line) is not None or furniture(line) is not None, (lang, line)
    for line in content:
        assert rule_of(line) is None, (lang, line)
        assert furniture(line) is None, (lang, line)


@pytest.mark.parametrize(("lang", "chrome", "content"), CASES, ids=[c[0] for c in CASES])
def test_furniture_on_a_page(lang, chrome, content):
    """On a page, between a title and prose, the furniture goes and every content line stays,
    also a content line right next to a removed one."""
    prose = content[:1]  # each language's first look-alike is a sentence
    page = ["Title line", *chrome, *content, *prose]
    left = kept(*page)
    assert [t for t in left if t in chrome] == [], lang
    assert [t for t in left if t != "Title line"] == [*content, *prose], lang


def test_dates_alone():
    """A date with its month's name alone goes in every language (as the interface list has
    it for the languages it spells); a date in digits alone has no letters and goes only next
    to chrome or under posts' authors."""
    for line in ("১২ মার্চ ২০২৫", "4. maaliskuuta 2025", "12 Mac 2025", "12 மார்ச் 2025"):
        assert rule_of(line) == "interface:timestamp", line
    prose = "আজ সকালে বৃষ্টি হয়েছিল, তাই আমরা বাড়িতে ছিলাম।"
    assert kept("2025-03-12", prose) == ["2025-03-12", prose]
    assert furniture_date("2025-03-12") and furniture("2025-03-12") is None
    assert kept("শেয়ার করুন", "2025-03-12", prose) == [prose]


def test_dates_under_authors():
    """Dates in digits under two posts' authors go; a diary's dates under its text stay."""
    thread = ["Mira", "2025-01-18", "I liked the new tone.", "Tomasz", "2025-01-19", "Me too."]
    assert kept(*thread) == ["Mira", "I liked the new tone.", "Tomasz", "Me too."]
    diary = [
        "The seeds went in today.",
        "2025-01-18",
        "Two pots show shoots.",
        "2025-01-19",
        "Rain.",
    ]
    assert kept(*diary) == diary
    labels = ["Planted:", "2025-01-18", "Seeds", "Watered:", "2025-01-19", "Every pot"]
    assert kept(*labels) == labels


def test_key_value_dates_stay():
    """A plain "Date:" is the key of a mail header, an HTTP sample or a form: it stays."""
    for line in (
        "Date: Tue, 10 Mar 2026 09:14:22 GMT",
        "Datum: 3. März 2025",
        "Tarikh: 12 Mac 2025",
    ):
        assert rule_of(line) is None, line


def test_quoted_and_replaced_lines_stay():
    for line in ("> Published: 12 March 2025", "> 5 minutes ago", "Published: 12 \ufffd 2025"):
        assert rule_of(line) is None, line


def test_data_file_is_validated(tmp_path):
    from persona_archive.errors import ConfigError

    bad = tmp_path / "page_furniture.yml"
    bad.write_text("version: 1\nlanguages:\n  en:\n    months: march\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_page_furniture(bad)
