"""Page furniture built from numbers and dates (issue 18, point 1): publication dates and times
in local formats, relative times, reading times, counters with local words and native digits,
"updated" lines and photo credits go in every language, by the shapes of
``boilerplate.shapes.furniture`` and the words of ``data/page_furniture.yml``; a sentence that
holds a date or a number, a quantity, a list item and a lone number stay. Every line here is
constructed for the test."""

from __future__ import annotations

import pytest

from conftest import kept, rule_of
from persona_archive.cleaning.boilerplate.rows import is_date_line
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
            "3 jam yang lalu",
            "Foto: Antara/Budi Santoso",
            "245 kali dibaca",
        ],
        ["Acara itu digelar pada Kamis, 12 Maret 2025 di balai desa.", "2 sendok gula"],
    ),
    (
        "fi",
        [
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
            "เข้าชม 1,234 ครั้ง",
            "ภาพ: ผู้อ่านส่งมา",
        ],
        ["งานจะจัดขึ้นวันที่ 12 มีนาคม 2568 ที่ศาลากลาง", "แป้ง 2 ถ้วย", "3 ครั้ง"],
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
        ],
        ["Η γέφυρα θα ανοίξει στις 4 Μαρτίου 2025.", "2 φλιτζάνια αλεύρι"],
    ),
    (
        "zh",
        [
            "发布时间：2025年3月4日 10:30",
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
            "3時間前",
            "コメント（3）",  # "Comments 3" without brackets is a heading as well (NEAR)
            "写真：筆者撮影",
        ],
        ["2025年3月4日に初めて会いました。", "卵 3個", "3件"],
    ),
    (
        "ko",
        [
            "입력 2025.03.04 10:30",
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
    also a content line right next to a removed one; a date next to the furniture goes with
    it."""
    prose = content[:1]  # each language's first look-alike is a sentence
    dates = DATES.get(lang, [])[:1]
    page = ["Title line", *chrome, *dates, *content, *prose]
    left = kept(*page)
    assert [t for t in left if t in chrome or t in dates] == [], lang
    assert [t for t in left if t != "Title line"] == [*content, *prose], lang


# Dates alone, unlabelled, that the interface list does not spell: in digits, with the month's
# name, with the time of day. Each is a post's date next to its furniture, and a letter's date
# or a line of the author's among prose: they go only next to removed chrome.
DATES = {
    "bn": ["১২ মার্চ ২০২৫, বেলা ১০:৩০", "১২ মার্চ ২০২৫", "১২ই মার্চ ২০২৫"],
    "ta": ["12 மார்ச் 2025", "12ஆம் மார்ச் 2025", "12 மார்ச் 2025, 10:30"],
    "id": ["Kamis, 12 Maret 2025 09:30 WIB"],
    "fi": ["4. maaliskuuta 2025"],
    "fa": ["۱۴ اسفند ۱۴۰۳ - ۱۰:۳۰"],
    "zh": ["2025-03-04 21:10:00"],
    "ja": ["2025年3月4日 10時30分"],
    "ko": ["2025. 3. 4. 21:10"],
    "en": ["2025-03-12", "12/03/2025, 10:30"],
}
DATE_CASES = [(lang, date) for lang, dates in DATES.items() for date in dates]

# a line of prose in each language, to put a date between
PROSE = {
    "bn": ("আজ সকালে বৃষ্টি হয়েছিল, তাই আমরা বাড়িতে ছিলাম।", "বিকেলে রোদ উঠল।"),
    "ta": ("இன்று காலை மழை பெய்தது, நாங்கள் வீட்டில் இருந்தோம்.", "மாலையில் வெயில் வந்தது."),
    "hi": ("आज सुबह बारिश हुई, इसलिए हम घर पर रहे।", "शाम को धूप निकली।"),
    "id": ("Pagi ini hujan, jadi kami tinggal di rumah.", "Sore harinya cerah."),
    "fi": ("Aamulla satoi, joten pysyimme kotona.", "Illalla paistoi aurinko."),
    "fa": ("صبح باران آمد و ما در خانه ماندیم.", "عصر هوا آفتابی شد."),
    "zh": ("今天早上下雨了，所以我们待在家里。", "下午出了太阳。"),
    "ja": ("今朝は雨だったので、家にいました。", "午後は晴れました。"),
    "ko": ("오늘 아침에 비가 와서 집에 있었다.", "오후에는 해가 났다."),
    "en": ("It rained this morning, so we stayed in.", "The sun came out later."),
    "de": ("Heute Morgen hat es geregnet, wir blieben zu Hause.", "Am Abend kam die Sonne."),
    "cs": ("Ráno pršelo, tak jsme zůstali doma.", "Večer vysvitlo slunce."),
    "ru": ("Утром шёл дождь, и мы остались дома.", "Вечером выглянуло солнце."),
    "th": ("เช้านี้ฝนตก เราจึงอยู่บ้าน", "ตอนเย็นแดดออก"),
    "es": ("Esta mañana llovió y nos quedamos en casa.", "Por la tarde salió el sol."),
}

# a line of labelled furniture in each language, removed on its own
LABELLED = {lang: chrome[0] for lang, chrome, _content in CASES}
LABELLED["cs"] = "Publikováno 12. 3. 2025 v 21:14"


@pytest.mark.parametrize(("lang", "date"), DATE_CASES, ids=[d for _, d in DATE_CASES])
def test_a_date_alone_stays_among_prose_and_goes_next_to_chrome(lang, date):
    """A date alone between two lines of prose is the author's (a diary's entry, a letter's
    date, a date inside a post's text); next to a removed line it is the post's."""
    assert furniture(date) is None and furniture_date(date), date
    first, second = PROSE[lang]
    assert kept(first, date, second) == [first, date, second]
    assert kept(LABELLED[lang], date, first) == [first]
    assert kept(first, date, LABELLED[lang]) == [first]


# a diary's or an archive's month headings, in the scripts the data spells
MONTH_HEADINGS = [
    ("de", "März 2025"),
    ("cs", "Březen 2025"),
    ("ru", "Март 2025"),
    ("bn", "মার্চ ২০২৫"),
    ("hi", "मार्च 2025"),
    ("ta", "மார்ச் 2025"),
    ("th", "มีนาคม 2568"),
    ("es", "marzo de 2025"),
    ("id", "Maret 2025"),
    ("fi", "maaliskuu 2025"),
]


@pytest.mark.parametrize(("lang", "heading"), MONTH_HEADINGS, ids=[h for _, h in MONTH_HEADINGS])
def test_a_month_heading_stays_even_under_chrome(lang, heading):
    """A month and its year alone is a section's heading above its text, wherever it is: under
    a removed line too (a diary's first month under its page's furniture). In a row of
    furniture it is a part of the row."""
    first, second = PROSE[lang]
    assert furniture(heading) is None and not furniture_date(heading), heading
    assert kept(first, heading, second) == [first, heading, second]
    labelled = LABELLED.get(lang, "Published: 12 March 2025")
    assert kept(labelled, heading, first, second) == [heading, first, second]
    assert furniture(f"{heading} · 12 comments") is not None


def test_an_english_month_heading_stays():
    """The interface list knows "March 2025" as a time; among prose it is an archive's heading
    (boilerplate ``_entry_dates``)."""
    first, second = PROSE["en"]
    assert kept(first, "March 2025", second) == [first, "March 2025", second]


@pytest.mark.parametrize(
    "letter",
    [
        ["Berlin, 3. März 2025", "Liebe Anna,", "heute kam dein Brief an, danke dafür."],
        ["১২ মার্চ ২০২৫", "প্রিয় মা,", "আজ তোমার চিঠি পেলাম, খুব খুশি হয়েছি।"],
        ["12 மார்ச் 2025", "அன்புள்ள அம்மா,", "உங்கள் கடிதம் இன்று கிடைத்தது."],
        ["2025-03-12", "Dear Ben,", "Your letter came today, thank you."],
        ["۱۴۰۳/۱۲/۱۴", "مادر عزیزم،", "نامه‌ات امروز رسید، ممنونم."],
    ],
)
def test_a_letters_date_stays(letter):
    assert kept(*letter) == letter


# keys and their counts: the author's text alone, a post's furniture between removed chrome
FIELDS = [
    "Votes: 3",
    "Kommentare: 12",
    "Ответов: 4",
    "点赞：3",
    "いいね：5",
    "좋아요: 5",
    "Yorum: 4",
    "टिप्पणियां: 4",
    "মন্তব্য: ৩",
    "கருத்துகள்: 5",
    "ความคิดเห็น: 7",
]


@pytest.mark.parametrize("field", FIELDS)
def test_a_key_and_its_count_goes_only_between_chrome(field):
    first, second = PROSE["en"]
    assert rule_of(field) is None and furniture(field) is None, field
    assert kept(first, field, second) == [first, field, second]
    # under a post's removed date it is the post's first line
    assert kept(first, "Published: 12 March 2025", field, second) == [first, field, second]
    between = [first, "Published: 12 March 2025", field, "4 min read", second]
    assert kept(*between) == [first, second]
    assert furniture(f"{field} · 12 views") is not None  # a row of furniture parts


def test_a_run_of_keys_between_chrome_goes_whole():
    """An author's panel: the keys one under the other between removed lines go together; the
    same keys among the author's lines stay."""
    first, second = PROSE["en"]
    panel = [first, "Published: 12 March 2025", "Posts: 1,204", "Likes: 33", "4 min read", second]
    assert kept(*panel) == [first, second]
    text = [first, "Posts: 1,204", "Likes: 33", second]
    assert kept(*text) == text


def test_dates_with_a_time_printed_under_each_post_go():
    """A date with its time of day under each of two posts is the template's; one under the
    other they are a timetable's rows."""
    thread = ["Mira", "2 dec. 18:02", "I liked the new tone.", "Tomasz", "2 dec. 18:40", "Me too."]
    assert kept(*thread) == ["Mira", "I liked the new tone.", "Tomasz", "Me too."]
    table = ["The ferry leaves at:", "2 dec. 18:02", "2 dec. 18:40", "Book ahead."]
    assert kept(*table) == table


def test_dates_under_authors():
    """Dates in digits under two posts' authors go; a diary's dates under its text stay, and so
    do dates with the month's name under a diary's headings."""
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
    headed = ["Garden", "১২ মার্চ ২০২৫", "Two pots show shoots.", "Kitchen", "১৩ মার্চ ২০২৫", "Rain."]
    assert kept(*headed) == headed


def test_indic_labels_and_days_with_their_marks():
    """Labels, months and a day's ending written with vowel signs and viramas (marks, not
    letters, to ``str.isalpha``) match as the whole words they are."""
    for line in (
        "प्रकाशित: 4 मार्च 2025",
        "வெளியிடப்பட்டது: 12ஆம் மார்ச் 2025",
        "প্রকাশিত: ১২ই মার্চ ২০২৫",
    ):
        assert furniture(line) == ("timestamp", "a labelled date"), line
    assert furniture_date("12ஆம் மார்ச் 2025") and furniture_date("১২ই মার্চ ২০২৫")


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


# a post's date line with a label or a weekday of words whose vowel signs and viramas are marks,
# in scripts page_furniture.yml has no words for (and a Bengali weekday, which is no label)
INDIC_DATE_LINES = [
    "ਪ੍ਰਕਾਸ਼ਿਤ: 4 ਮਾਰਚ 2025 10:30",
    "പ്രസിദ്ധീകരിച്ചത്: 4 മാർച്ച് 2025 10:30",
    "ప్రచురణ: 4 మార్చి 2025 10:30",
    "ಪ್ರಕಟಿತ: 4 ಮಾರ್ಚ್ 2025 10:30",
    "પ્રકાશિત: 4 માર્ચ 2025 10:30",
    "সোমবার ১২ মার্চ ২০২৫ ১০:৩০",
]


@pytest.mark.parametrize("line", INDIC_DATE_LINES)
def test_indic_date_lines_with_their_labels(line):
    """``rows.is_date_line`` reads a label's and a weekday's words as letters with their
    marks (Unicode L and M), so an Indic label is a label: the date line goes next to chrome
    and printed under each post, and stays alone among prose, as in every other script."""
    assert is_date_line(line), line
    first, second = PROSE["hi"]
    assert kept(first, line, second) == [first, line, second]
    assert kept("Published: 12 March 2025", line, first) == [first]
    thread = ["Mira", line, first, "Tomasz", line, second]
    assert kept(*thread) == ["Mira", first, "Tomasz", second]


def test_labelled_indic_date_lines_are_date_lines():
    for line in (
        "अपडेटेड: 4 मार्च 2025, 10:30",
        "প্রকাশিত: ১২ মার্চ ২০২৫ ১০:৩০",
        "வெளியிடப்பட்டது 12 மார்ச் 2025 10:30",
    ):
        assert is_date_line(line), line
