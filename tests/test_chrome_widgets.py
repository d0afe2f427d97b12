"""Two widgets of page chrome the boilerplate stage removes on the page's own evidence (issue
18: chrome removed on evidence, never content), in several languages and scripts: a blog's
archive widget (its label, its tree of years and months with their counts and triangles, the
titles under the month it opened, the post's own among them), whatever language its label is
in; and a docs page's table of contents under its label ("On this page", "目次"), whose
entries are the page's headings printed again below in the same order. Beside each, the
content stays: the post's headline above its text (the title picker reads it), the
headings, lists and tables of the text's own that look like part of a widget. Every line
here is written for these tests."""

from __future__ import annotations

import pytest

import bench_fidelity
from conftest import kept, marked_page

# A page is one line per line: "c " before a line of chrome, "t " before a line of the text.
PAGES = {
    # ------------------------------------------------ a blog's archive widget, in any language
    "archive-da": """
c Blogarkiv
c ▼ 2025 (4)
c ▼ april (2)
c Syltetøj uden sukker, tredje forsøg
c Havens første rabarber
c ► marts (2)
c ► 2024 (17)
t Havens første rabarber
t Rabarberen kom op en uge tidligere end sidste år, og stilkene var tykke og røde helt ned.
t Jeg skar de første til en kompot og lod resten stå til næste weekend.
""",
    "archive-de-many-months": """
c Blog-Archiv
c ► 2025 (9)
c ▼ 2024 (12)
c ► Dezember (3)
c ▼ November (1)
c Laternen aus Einmachgläsern
c ► Oktober (8)
t Laternen aus Einmachgläsern
t Für die Laternen braucht man nur alte Gläser, etwas Draht und ein Teelicht pro Glas.
""",
    # a label no list knows: the tree is the evidence (Georgian, Thai, Swahili)
    "archive-ka": """
c ბლოგის არქივი
c ▼ 2025 (2)
c ▼ მარტი (1)
c მთის ჩაი ზამთარში
c ► თებერვალი (1)
t მთის ჩაი ზამთარში
t ზამთარში ბებია ჩაის ყოველ საღამოს ადუღებდა და ფანჯარასთან გვისხამდა.
""",
    "archive-th": """
c คลังบทความ
c ▼ 2568 (3)
c ▼ มีนาคม (1)
c ต้นมะนาวในกระถางเล็ก
c ► กุมภาพันธ์ (2)
t ต้นมะนาวในกระถางเล็ก
t ต้นมะนาวต้นนี้ปลูกไว้ที่ระเบียงมาสองปีแล้ว และปีนี้ออกลูกเป็นครั้งแรก
""",
    "archive-sw": """
t Mwaka huu tulipanda mahindi mapema kuliko kawaida, na mvua ilikuja kwa wakati.
t Mavuno yalikuwa mazuri kuliko tulivyotarajia.
c Kumbukumbu za Blogu
c ► 2025 (6)
c ► 2024 (14)
""",
    # months in digits, as CJK blogs print them
    "archive-ja": """
c ▼ 2025 (3)
c ▼ 3月 (2)
c 古い自転車を直した話
c 春の川沿いを歩く
c ► 2月 (1)
t 春の川沿いを歩く
t 朝早く家を出て、川沿いの道を橋まで歩いた。桜はまだ少しだけだった。
""",
    "archive-ko": """
c 블로그 보관함
c ▼ 2025 (2)
c ▼ 3월 (1)
c 베란다에서 키우는 상추
c ► 1월 (1)
t 베란다에서 키우는 상추
t 상추는 물만 잘 주면 한 달 안에 먹을 수 있을 만큼 자란다.
""",
    # Persian digits, no label, after the post
    "archive-fa": """
t پاییز امسال باران زودتر از همیشه آمد و باغ همسایه پر از انار شد.
t ما هم چند شاخه را برای خشک کردن به خانه آوردیم.
c ► ۱۴۰۳ (۱۲)
c ► ۱۴۰۲ (۸)
""",
    # a month the widget opened takes as many titles as its count says: the headline under the
    # widget stays, though it is short
    "archive-count-bounds-titles": """
c Blog Archive
c ▼ 2025 (2)
c ▼ March (1)
c Lemon trees on the balcony
t Lemon trees on the balcony
t The small tree fruited this year, two years after I potted it.
""",
    # the line above the widget that the page prints again is no label: the blog's name stays
    "archive-repeated-line-above": """
t Teskurets noter
c ▼ 2025 (2)
c ► marts (1)
c ► februar (1)
t Vi prøvede fem slags grøn te og skrev ned, hvad vi syntes om hver af dem.
t Teskurets noter
""",
    # ------------------------------------- a docs page's "On this page": its entries go too
    # each heading is followed by another short line (a code line, a sub-heading), so nothing
    # but the label tells the list from the text's own
    "contents-en": """
c On this page
c Install
c Usage
c Checking for drift
t Driftwatch guide
t Driftwatch compares two runs of an assistant and lists the answers whose tone changed.
t Install
t pip install driftwatch
t Usage
t Options
t Point it at two folders of transcripts, one per run, and it writes a report for each pair.
t Checking for drift
t driftwatch compare old/ new/
t Each flagged answer is shown with the turn before it, so a reviewer can judge it in context.
""",
    "contents-de": """
c Auf dieser Seite
c Installation
c Konfiguration
t Installation
t pip install teekessel
t Konfiguration
t Schlüssel und Werte
t Die Datei liegt im Projektordner und wird beim Start einmal gelesen.
""",
    "contents-ja": """
c 目次
c インストール
c 使い方
t インストール
t npm install kyusu
t 使い方
t 設定ファイル
t 設定ファイルはプロジェクトのフォルダーに置き、起動時に一度だけ読み込まれます。
""",
    "contents-ru": """
c Содержание
c Установка
c Настройка
c Проверка
t Установка
t pip install samovar
t Настройка
t Файл настроек
t Файл лежит в папке проекта и читается один раз при запуске.
t Проверка
t samovar check
""",
    "contents-ar": """
c في هذه الصفحة
c التثبيت
c الإعداد
t التثبيت
t pip install dalla
t الإعداد
t ملف الإعداد
t يوضع الملف في مجلد المشروع ويُقرأ مرة واحدة عند التشغيل.
""",
    "contents-ka": """
c სარჩევი
c ინსტალაცია
c გამოყენება
t ინსტალაცია
t pip install chaidani
t გამოყენება
t ბრძანებები
t ფაილი პროექტის საქაღალდეშია და გაშვებისას ერთხელ იკითხება.
""",
    # numbered entries over the headings without their numbers
    "contents-numbered-ta": """
c பொருளடக்கம்
c 1 நிறுவல்
c 2 பயன்பாடு
t நிறுவல்
t pip install thermos
t பயன்பாடு
t கட்டளைகள்
t கோப்பு திட்டக் கோப்புறையில் உள்ளது, தொடங்கும்போது ஒருமுறை படிக்கப்படுகிறது.
""",
    # ----------------------------------------------------- lists of the text's own that stay
    # a list a contents label introduces, its items printed nowhere below
    "contents-label-over-a-list": """
t Contents
t Kettle
t Lid
t Two filters
t Everything in the box is washable, but the lid should not go in the dishwasher.
""",
    "inhalt-over-a-list": """
t Inhalt
t Wasserkocher
t Deckel
t Alles in der Packung kann gespült werden, nur der Deckel nicht in der Maschine.
""",
    # an entry in the middle is no line below (the heading carries more words there): the
    # list is not read as the page's table of contents, and stays whole
    "contents-heading-missing-es": """
t Contenido
t 1 Historia
t 2 Críticas
t 3 Referencias
t Historia
t La tetera eléctrica llegó a las cocinas de la ciudad antes que la radio.
t Críticas y defensas
t Algunos la consideraron un lujo innecesario durante años.
t Referencias
t Archivo municipal, caja 12.
""",
    # the entries are printed again below, but not in their order: no table of contents
    "contents-out-of-order": """
t Contents
t Usage
t Install
t Start with the installer, then come back to the examples.
t Install
t pip install kettle
t Usage
t kettle boil
""",
    # names with counts, no triangle, no year: a table of the text
    "counts-list-en": """
t Points after the third round
t Falcons (7)
t Herons (5)
t Otters (2)
t The last round is played on Sunday.
""",
    # host cities and years with counts: no triangles, no archive label
    "years-list-de": """
t Austragungsorte
t Sydney 2000 (2)
t Athen 2004 (1)
t Peking 2008 (3)
t Die Zahlen in Klammern sind die Medaillen unseres Vereins.
""",
    # a diary's heading over one month and its text
    "diary-heading-da": """
t Arkiv
t Marts 2025
t Vi flyttede bistaderne ned til æbletræerne i den første varme uge.
""",
    # a tree of triangles and counts with no year: a forum's boards, not a blog's archive
    "boards-no-year": """
t ► Gardening (12)
t ► Recipes (4)
t Welcome to the boards: pick one to read what the others are growing.
""",
}


@pytest.mark.parametrize("name", list(PAGES))
def test_the_text_stays_and_the_chrome_goes(name: str) -> None:
    page, text = marked_page(PAGES[name])
    assert kept(*page) == text
    assert kept(*text) == text  # cleaned again, nothing more goes


@pytest.mark.parametrize(
    ("name", "headline"),
    [
        ("archive-da", "Havens første rabarber"),
        ("archive-ka", "მთის ჩაი ზამთარში"),
        ("archive-ja", "春の川沿いを歩く"),
    ],
)
def test_the_posts_headline_under_the_widget_is_its_title(name: str, headline: str) -> None:
    """The widget's copy of the post's title goes, the headline above the text is the title."""
    page, _ = marked_page(PAGES[name])
    text = "".join(f"{line}\n" for line in ["Blog", *page])
    cleaned = bench_fidelity.clean_uncached(f"{name}.txt", text.encode())
    assert cleaned.title == headline
    body = " ".join(t for _, t in cleaned.blocks)
    assert "▼" not in body and "►" not in body
