"""Forum and blog furniture in the page's own language (vBulletin, phpBB 2 and 3, SMF, XenForo,
WordPress, Blogger, livedoor, Tistory, Naver, read.cgi boards): each piece goes on evidence (a
whole line of the interface list, or post furniture next to other furniture), and the lines an
author writes that look like it stay — a sentence with "Antworten" in it, a short "Danke!", a
line with a number, a quoted line, an ingredient list. Every sentence here is written for
these tests."""

from __future__ import annotations

import pytest

from persona_archive.cleaning.boilerplate import (
    interface_key,
    match_interface,
    strip_boilerplate,
)
from persona_archive.cleaning.model import split_lines


def page(*texts: str):
    return split_lines("".join(t + "\n" for t in texts))


def kept(*texts: str) -> list[str]:
    return [line.text for line in strip_boilerplate(page(*texts)).lines]


def removed(*texts: str) -> list[str]:
    left = kept(*texts)
    return [t for t in texts if t not in left]


# --------------------------------------------------------------------------- the list


# whole lines the software prints, in the page's language: removed alone, with their kind
ALONE = [
    # Czech blog and phpBB
    ("Přeskočit na obsah", "skip-link"),
    ("Komentáře (3)", "counter"),
    ("3 komentáře", "counter"),
    ("Publikováno 12. 3. 2025 v 21:14", "timestamp"),
    ("12. 3. 2025 v 22:03", "timestamp"),
    ("Vaše e-mailová adresa nebude zveřejněna. Vyžadované informace jsou označeny *", "comments"),
    (
        "Tento web používá soubory cookie. Používáním webu souhlasíte s jejich používáním.",
        "consent",
    ),
    ("Hrdě poháněno WordPressem", "legal"),
    ("Obsah fóra ‹ Počítače ‹ Umělá inteligence", "navigation"),
    ("3 příspěvky • Stránka 1 z 1", "navigation"),
    ("Registrován: stř 11. říj 2017 8:12", "post-meta"),
    ("Zpět na „Umělá inteligence“", "navigation"),
    # Hungarian SMF
    ("Naplózva", "post-actions"),
    ("« Válasz #1 Dátum: 2025. március 4., 20:05:44 »", "timestamp"),
    ("Oldalak: [1]", "navigation"),
    ("Idézet: kovasz_kati - 2025. március 4., 19:22:10", "post-meta"),
    ("SMF 2.1.4 © 2023, Simple Machines", "legal"),
    # Persian blog
    ("نوشته شده در پنجشنبه ۱۴ اسفند ۱۴۰۳ ساعت ۲۱:۱۵ توسط مریم", "timestamp"),
    ("نظرات (۲)", "counter"),
    ("قدرت گرفته از بلاگفا", "legal"),
    # German phpBB and vBulletin
    ("Registriert: Sa 14. Mär 2020, 09:05", "post-meta"),
    ("Alle Zeiten sind UTC+01:00", "navigation"),
    ("Mitglieder in diesem Forum: 0 Mitglieder und 2 Gäste", "navigation"),
    ("Erfahrener Benutzer Avatar von Nebelkrähe", "post-meta"),
    ("Seite 1 von 2 12 LetzteLetzte", "navigation"),
    ("Anhänge hochladen: Nein", "account"),
    # Polish phpBB 2
    ("Dołączył: 05 Lut 2019", "timestamp"),
    ("Wysłany: Pon Mar 10, 2025 8:14 pm    Temat postu:", "post-meta"),
    ("Nie możesz odpowiadać w tematach", "navigation"),
    ("Forum Kuchnia Domowa Strona Główna -> Pieczywo", "navigation"),
    # Arabic vBulletin and WordPress
    ("الرد مع اقتباس", "post-actions"),
    ("قديم 03-14-2025, 09:12 PM", "post-meta"),
    ("سارة_ن غير متواجد حالياً", "post-meta"),
    ("الصورة الرمزية سارة_ن", "post-meta"),
    ("تاريخ التسجيل: Jan 2022", "post-meta"),
    ("العودة   منتديات الحاسوب > قسم الذكاء الاصطناعي > النقاش العام", "navigation"),
    ("جميع الأوقات بتوقيت GMT +3", "navigation"),
    ("لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", "comments"),
    # Turkish XenForo, Ukrainian board
    ("Konuyu başlatan deniz_k", "navigation"),
    ("Başlangıç tarihi 4 Mart 2025", "navigation"),
    ("Topluluk platformu XenForo® © 2010-2025 XenForo Ltd.", "legal"),
    ("Зареєстрований: 14.02.2018", "post-meta"),
    ("Надіслано: 3 березня 2025, 19:40", "post-meta"),
    # boards and blogs in Japanese, Korean, Hindi
    ("■掲示板に戻る■ 全部 1- 最新50", "navigation"),
    ("read.cgi ver 07.7.21 2024/08/01", "legal"),
    ("このエントリーをはてなブックマークに追加", "navigation"),
    ("'IT 이야기' 카테고리의 다른 글", "navigation"),
    ("본문 기타 기능", "navigation"),
    ("소소한IT 2025. 3. 4. 21:10", "navigation"),
    ("4 मार्च 2025 को 9:12 pm बजे", "navigation"),
    ("2 टिप्\u200dपणियां:", "navigation"),
    ("Blogger द्वारा संचालित.", "navigation"),
    # the credit line of any forum software
    ("Powered by vBulletin® Version 4.2.5 Copyright ©2025 vBulletin Solutions Inc.", "legal"),
    ("Provozováno na phpBB® Forum Software © phpBB Limited", "legal"),
]


@pytest.mark.parametrize(("line", "kind"), ALONE)
def test_furniture_in_the_pages_language_goes_alone_with_its_kind(line, kind):
    found = match_interface(line)
    assert found is not None and found.context == "line"
    assert found.kind == kind
    assert kept("Ein Satz des Textes.", line, "Noch ein Satz.") == [
        "Ein Satz des Textes.",
        "Noch ein Satz.",
    ]


# the author's lines that use the same words: never removed
PROSE = [
    "Antworten auf diese Frage gibt es viele, aber keine einfache.",
    "Danke!",
    "Danke",
    "Ich habe es 3 Mal probiert.",
    "Beiträge wie dieser helfen mir sehr.",
    "Odpovědět mu stejným tónem je podle mě úplně přirozené.",
    "Odpowiedź na pytanie była zbyt pewna siebie.",
    "الرد كان مفيدًا، شكرًا!",
    "شكرًا!",
    "Komentáře pod článkem jsem četla až ráno.",
    "Nem elérhető a régi verzió, sajnos.",
    "Registriert habe ich mich erst gestern, nach 3 Jahren als Gast.",
    "Ich bin von phpBB auf Discourse umgezogen, 2019 war das.",
    "Die Zeiten sind UTC+01:00 im Winter, sagt meine Uhr.",
    "500g / 350g / 10g",
    "> Beiträge: 214",
    "> الرد مع اقتباس",
    "12",
    "Březen 2025",
    "Ort",
    "Autor",
    "پاسخ",
]


@pytest.mark.parametrize("line", PROSE)
def test_the_authors_lines_with_the_same_words_stay(line):
    assert kept("Ein Satz des Textes.", line, "Noch ein Satz.") == [
        "Ein Satz des Textes.",
        line,
        "Noch ein Satz.",
    ]


def test_zero_width_joiners_are_not_compared():
    assert interface_key("برچسب\u200cها: هوش") == interface_key("برچسبها: هوش")
    assert interface_key("टिप्\u200dपणियां") == interface_key("टिप्पणियां")


# --------------------------------------------------------------------------- whole posts


def test_a_german_phpbb_post_keeps_its_text_and_drops_its_profile():
    posts = page(
        "Beitrag von kaffeetasse » Mo 3. Feb 2025, 19:01",
        "Auf deine Frage gibt es keine einfache Antwort.",
        "Danke!",
        "Ich habe es nach 3 Sätzen geschafft.",
        "kaffeetasse",
        "Beiträge: 1873",
        "Registriert: Do 2. Jan 2014, 21:40",
        "Wohnort: Kassel",
        "Nach oben",
    )
    left = [line.text for line in strip_boilerplate(posts).lines]
    assert left == [
        "Auf deine Frage gibt es keine einfache Antwort.",
        "Danke!",
        "Ich habe es nach 3 Sätzen geschafft.",
        "kaffeetasse",
    ]


def test_a_vbulletin_profile_printed_label_over_value_goes_whole():
    posts = page(
        "#1",
        "Erfahrener Benutzer Avatar von Nebelkrähe",
        "Nebelkrähe",
        "Registriert seit",
        "17.10.2019",
        "Ort",
        "Bremen",
        "Beiträge",
        "2.761",
        "Wir spielen seit ein paar Wochen eine Kampagne.",
    )
    left = [line.text for line in strip_boilerplate(posts).lines]
    assert left == ["Nebelkrähe", "Wir spielen seit ein paar Wochen eine Kampagne."]


def test_an_arabic_vbulletin_post_keeps_its_text():
    posts = page(
        "#2",
        "قديم 03-14-2025, 10:40 PM",
        "مازن77",
        "مازن77 غير متواجد حالياً",
        "عضو جديد",
        "تاريخ التسجيل: Feb 2025",
        "الدولة: الأردن",
        "المشاركات: 18",
        "افتراضي",
        "نعم، هذا طبيعي إلى حد ما.",
        "كانت النتيجة 8 من 10.",
        "الرد مع اقتباس",
    )
    left = [line.text for line in strip_boilerplate(posts).lines]
    assert left == ["مازن77", "نعم، هذا طبيعي إلى حد ما.", "كانت النتيجة 8 من 10."]


def test_a_polish_phpbb2_header_goes_and_the_first_line_of_the_post_stays():
    posts = page(
        "Autor",
        "Wiadomość",
        "malgoska_k",
        "Dołączył: 05 Lut 2019",
        "Posty: 312",
        "Skąd: Poznań",
        "Wysłany: Pon Mar 10, 2025 8:14 pm    Temat postu: Zakwas",
        "Wynik: 42",
        "Od tygodnia dokarmiam zakwas i nic się nie dzieje.",
        "Powrót do góry",
    )
    left = [line.text for line in strip_boilerplate(posts).lines]
    assert "Wynik: 42" in left
    assert "Od tygodnia dokarmiam zakwas i nic się nie dzieje." in left
    assert "Posty: 312" not in left and "Skąd: Poznań" not in left


# --------------------------------------------------------------------------- context rules


def test_a_signature_under_each_post_goes_with_its_separator():
    posts = page(
        "Erster Beitrag.",
        "__________________",
        "Würfel lügen nicht.",
        "Zitieren",
        "Antworten",
        "Zweiter Beitrag.",
        "__________________",
        "Würfel lügen nicht.",
        "Zitieren",
        "Antworten",
    )
    left = [line.text for line in strip_boilerplate(posts).lines]
    assert left == ["Erster Beitrag.", "Antworten", "Zweiter Beitrag.", "Antworten"]


def test_a_signature_printed_once_stays_and_a_rule_inside_a_post_stays():
    once = page(
        "Ein Beitrag.", "__________________", "Bis bald, euer Tom.", "Zitieren", "Antworten"
    )
    left = [line.text for line in strip_boilerplate(once).lines]
    assert "Bis bald, euer Tom." in left and "__________________" not in left
    rule = page("Oben der Plan.", "__________________", "Unten die Umsetzung.", "Und mehr Text.")
    assert [line.text for line in strip_boilerplate(rule).lines] == [
        "Oben der Plan.",
        "__________________",
        "Unten die Umsetzung.",
        "Und mehr Text.",
    ]


def test_a_profile_field_in_an_unknown_language_goes_only_between_furniture():
    fields = page(
        "Registriert: Sa 14. Mär 2020, 09:05",
        "Príspevky: 58",
        "Registriert: Do 2. Jan 2014, 21:40",
        "Ein Satz des Textes.",
    )
    assert [line.text for line in strip_boilerplate(fields).lines] == ["Ein Satz des Textes."]


def test_an_ingredient_list_next_to_a_date_stays_whole():
    recipe = page(
        "Registriert: Sa 14. Mär 2020, 09:05",
        "Mehl: 500",
        "Wasser: 350",
        "Salz: 10",
        "Alles verkneten und ruhen lassen.",
    )
    left = [line.text for line in strip_boilerplate(recipe).lines]
    assert left == ["Mehl: 500", "Wasser: 350", "Salz: 10", "Alles verkneten und ruhen lassen."]


def test_a_field_label_then_a_short_reply_and_text_keeps_the_reply():
    posts = page("Registriert seit", "17.10.2019", "Ort", "Danke", "Ich war auch dort.")
    left = [line.text for line in strip_boilerplate(posts).lines]
    assert left[-2:] == ["Danke", "Ich war auch dort."]


def test_an_archive_widget_goes_and_a_diarys_month_heading_stays():
    widget = page("Ein Satz.", "Archivy", "Březen 2025", "Únor 2025", "► 2024 (11)")
    assert [line.text for line in strip_boilerplate(widget).lines] == ["Ein Satz."]
    diary = page("Archiv", "März 2025", "Heute habe ich Brot gebacken.")
    assert [line.text for line in strip_boilerplate(diary).lines][-2:] == [
        "März 2025",
        "Heute habe ich Brot gebacken.",
    ]


def test_a_comment_forms_starred_fields_go_and_one_starred_line_stays():
    form = page("Ein Satz.", "Jméno *", "E-mail *", "Webová stránka", "Odeslat komentář")
    assert [line.text for line in strip_boilerplate(form).lines] == ["Ein Satz."]
    note = page("Ein Satz.", "Wichtig *", "Noch ein Satz.")
    assert [line.text for line in strip_boilerplate(note).lines] == [
        "Ein Satz.",
        "Wichtig *",
        "Noch ein Satz.",
    ]


def test_a_reply_button_under_each_comment_goes():
    comments = page(
        "خالد",
        "الاعتذار المتكرر يبدو غير صادق.",
        "رد",
        "ليلى",
        "شكرًا لك!",
        "رد",
    )
    assert [line.text for line in strip_boilerplate(comments).lines] == [
        "خالد",
        "الاعتذار المتكرر يبدو غير صادق.",
        "ليلى",
        "شكرًا لك!",
    ]


def test_the_same_word_as_a_reply_stays():
    thread = page("Ana", "Should I answer him?", "Odpovědět", "Yes, and kindly.", "Bo", "Fine.")
    assert "Odpovědět" in [line.text for line in strip_boilerplate(thread).lines]


def test_similar_threads_under_their_heading_go():
    footer = page(
        "Gute Idee, probiere ich am Freitag aus.",
        "Ähnliche Themen",
        "Sprachmodell als Spielleiter: Erfahrungen?",
        "Berechtigungen",
        "Neue Themen erstellen: Nein",
    )
    assert [line.text for line in strip_boilerplate(footer).lines] == [
        "Gute Idee, probiere ich am Freitag aus."
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A\nReply\nLoad More\nA\nA\nReply",
        "Ort\nBremen\nBeiträge\n2.761\nText.\n__________________\nSig.\nZitieren",
        "Ein Satz.\nArchivy\nBřezen 2025\n2024\nJméno *\nE-mail *\nOdpovědět",
    ],
)
def test_cleaning_twice_changes_nothing(text):
    first = strip_boilerplate(split_lines(text))
    again = strip_boilerplate(first.lines)
    assert again.lines == first.lines


# --------------------------------------------------------------------------- more boards


MORE_ALONE = [
    ("Anda harus masuk atau mendaftar untuk membalas di sini.", "account"),
    ("Pembuka topik rina_s", "navigation"),
    ("Tanggal mulai 4 Mar 2025", "navigation"),
    ("rina_s menyukai ini.", "voting"),
    ("Perangkat lunak komunitas oleh XenForo® © 2010-2025 XenForo Ltd.", "legal"),
    ("התמונה של נועה_ב", "post-meta"),
    ("נועה_ב מנותק", "post-meta"),
    ("במקור נכתב על ידי נועה_ב", "post-meta"),
    ("כל הזמנים הם GMT +2. השעה כעת 22:40.", "navigation"),
    ("« Respuesta #1 en: 4 de marzo de 2025, 20:05:44 »", "timestamp"),
    ("Autor Tema: ¿Le hacéis caso al chatbot?  (Leído 288 veces)", "navigation"),
    ("Napisano 3 Marca", "navigation"),
    ("3 451 postów", "navigation"),
    ("Powered by Discuz! X3.4", "navigation"),
    ("전체 댓글 2개", "navigation"),
    ("2 „Gefällt mir“", "voting"),
]


@pytest.mark.parametrize(("line", "kind"), MORE_ALONE)
def test_furniture_of_more_boards_goes_with_its_kind(line, kind):
    test_furniture_in_the_pages_language_goes_alone_with_its_kind(line, kind)


MORE_PROSE = [
    "Balas saja dengan meminta dia tidak minta maaf.",
    "Saya bergabung dengan forum ini 3 tahun lalu.",
    "הוא תמיד מסביר למה בנימוס.",
    "Citar a un chatbot como autoridad es mala idea.",
    "Napisano już o tym 3 razy, ale nikt nie odpowiedział.",
    "主题很有意思，我也想试试。",
    "추천해 준 방법으로 해 보니 잘 됐어요.",
]


@pytest.mark.parametrize("line", MORE_PROSE)
def test_prose_of_more_boards_stays(line):
    assert kept("Ein Satz.", line, "Noch ein Satz.") == ["Ein Satz.", line, "Noch ein Satz."]


def test_a_profile_block_under_each_post_goes_in_a_language_the_list_lacks():
    posts = page(
        "ana_m",
        "Înscris",
        "12 ian. 2022",
        "Mesaje",
        "318",
        "4 Mar 2025",
        "Asistentul meu își cere scuze prea des.",
        "radu",
        "Înscris",
        "3 mai 2016",
        "Mesaje",
        "4.102",
        "4 Mar 2025",
        "Și al meu face la fel.",
    )
    assert [line.text for line in strip_boilerplate(posts).lines] == [
        "ana_m",
        "Asistentul meu își cere scuze prea des.",
        "radu",
        "Și al meu face la fel.",
    ]


def test_a_refrain_and_an_ingredient_table_written_twice_stay():
    song = page(
        "The first verse is about the sea.",
        "Oh my dear",
        "Come home",
        "The second verse is about the hills.",
        "Oh my dear",
        "Come home",
    )
    assert len(strip_boilerplate(song).lines) == 6
    recipe = page(
        "For the small loaf:",
        "Mehl",
        "500",
        "Wasser",
        "350",
        "For the large loaf:",
        "Mehl",
        "800",
        "Wasser",
        "560",
    )
    assert len(strip_boilerplate(recipe).lines) == 10


def test_reply_words_filed_as_comments_words_close_comments_too():
    comments = page(
        "하늘바람",
        "말투 하나로 인상이 달라지더라고요.",
        "답글",
        "소소한IT",
        "감사합니다!",
        "답글",
    )
    assert [line.text for line in strip_boilerplate(comments).lines] == [
        "하늘바람",
        "말투 하나로 인상이 달라지더라고요.",
        "소소한IT",
        "감사합니다!",
    ]


def test_this_years_post_times_with_seconds_go_and_a_timetable_stays():
    board = page("ㅇㅇ", "03.04 21:20:14", "좋은 글이네요.", "ㄴㄴ", "03.04 21:42:51", "저도요.")
    assert [line.text for line in strip_boilerplate(board).lines] == [
        "ㅇㅇ",
        "좋은 글이네요.",
        "ㄴㄴ",
        "저도요.",
    ]
    timetable = page("Buses:", "07.15 08:30", "07.45 09:00", "Be early.")
    assert len(strip_boilerplate(timetable).lines) == 4


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Registered: 2023-06-02", "post-meta"),
        ("Join Date: Jan 2024", "post-meta"),
        ("Results 1 to 3 of 3", "post-meta"),
        ("Index » Applications » A local assistant forgets its persona", "post-meta"),
        ("Powered by FluxBB", "navigation"),
        ("Bạn phải đăng nhập hoặc đăng ký để trả lời ở đây.", "account"),
        ("Chia sẻ bài viết", "sharing"),
        ("12 bình luận", "counter"),
        ("Thứ ba, 4/3/2025, 21:10 (GMT+7)", "timestamp"),
        ("Email của bạn sẽ không được hiển thị công khai.", "comments"),
        ("3楼 2025-03-04 21:13", "post-meta"),
        ("来自Android客户端", "post-meta"),
        ("このブログの読者になる", "navigation"),
    ],
)
def test_english_vietnamese_chinese_and_japanese_board_furniture_goes(line, kind):
    found = match_interface(line)
    assert found is not None and found.context == "line"
    assert found.kind == kind


@pytest.mark.parametrize(
    "line",
    [
        "I registered: it took two minutes and one email.",
        "Index cards work better than the app for me.",
        "Chia sẻ của bạn rất hữu ích, cảm ơn nhé!",
        "Trả lời như vậy là đủ rồi.",
        "4/3/2025",
        "我在3楼说过了，这个助手很礼貌。",
    ],
)
def test_prose_with_those_words_stays(line):
    assert kept("Ein Satz.", line, "Noch ein Satz.") == ["Ein Satz.", line, "Noch ein Satz."]


@pytest.mark.parametrize(
    "line",
    [
        "Päivitetty ti 4.3.2025 klo 9.40",
        "Publisert 12.03.2025 08:15",
        "Les også",
        "Lue myös",
        "Citește și",
        "4 martie 2025, 09:20",
        "Още от рубриката",
        "14 март 2025, 11:20",
    ],
)
def test_nordic_finnish_romanian_and_bulgarian_news_furniture_goes(line):
    found = match_interface(line)
    assert found is not None and found.context == "line"


@pytest.mark.parametrize(
    "line",
    [
        "Les også hva forskerne sier om saken.",
        "Jaa",
        "Del",
        "12.03.2025",
        "Citește și tu articolul, merită.",
    ],
)
def test_the_same_words_written_by_the_author_stay(line):
    assert kept("Ein Satz.", line, "Noch ein Satz.") == ["Ein Satz.", line, "Noch ein Satz."]


# --------------------------------------------------------------------------- shapes (c4)
# Chrome told by its shape in any language (cleaning/boilerplate/rows.py), and what an author
# writes that has the same shape.


@pytest.mark.parametrize(
    "line",
    [
        "Dela: Facebook X LinkedIn E-post",
        "Κοινοποίηση: Facebook X LinkedIn",
        "Споделяне: Facebook X Reddit WhatsApp Имейл",
        "اشتراک‌گذاری: تلگرام لینکدین توییتر",
        "Chia sẻ Facebook Zalo",
        "#AI #デザイン #仕事",
        "#人工智能# #喝茶#",
        "iletişim kurallar gizlilik © 2026 örnek sözlük",
        "Hak Cipta © 2025 Kopi dan Kode. Semua hak dilindungi.",
        "1 2 3 »",
        "Sayfa: 1 2 Sonraki »",
        "Página 1 de 129 « Anterior 1 2 3 … Siguiente »",
        "4 הודעות • עמוד 1 מתוך 1",
    ],
)
def test_a_shape_of_chrome_goes_between_sentences(line):
    assert kept("Ein Satz.", line, "Noch ein Satz.") == ["Ein Satz.", "Noch ein Satz."]


@pytest.mark.parametrize(
    "line",
    [
        "Ich habe Facebook, X und LinkedIn gelöscht.",
        "Moje ulubione: Facebook i Instagram",
        "Facebook",
        "I tagged it #ai and #bread today.",
        "The © sign was added to the cover by the printer in the end.",
        "© 2024",
        "1 2 3",
        "2 3 4",
        "3 eggs 200 g flour 1 pinch salt",
        "Temperatura: 0,2",
        "▲ 27 ▼",
        "CafÃ© Ã©tÃ©",
    ],
)
def test_the_same_shapes_written_by_an_author_stay(line):
    assert kept("Ein Satz.", line, "Noch ein Satz.") == ["Ein Satz.", line, "Noch ein Satz."]


def test_counters_dates_and_votes_go_next_to_chrome():
    assert removed(
        "Ein Satz.",
        "Zaloguj się",
        "4 Antworten · 11 Likes · 320 Aufrufe",
        "Diperbarui: 2 Maret 2026 09:15",
        "▲ 27 ▼",
        "Diskusia (6)",
        "Noch ein Satz.",
    ) == [
        "Zaloguj się",
        "4 Antworten · 11 Likes · 320 Aufrufe",
        "Diperbarui: 2 Maret 2026 09:15",
        "▲ 27 ▼",
        "Diskusia (6)",
    ]


def test_a_key_and_value_opening_a_post_under_its_date_stays():
    # "Temperatura: 0,2" is the post's first line, the date above it is chrome
    assert kept("Ein Satz.", "3 marca 2025 o 19:30", "Temperatura: 0,2", "Tak mi działa.") == [
        "Ein Satz.",
        "Temperatura: 0,2",
        "Tak mi działa.",
    ]


def test_a_row_printed_from_one_template_under_each_post_goes():
    lines = (
        "Перший допис про бота.",
        "1.9K views 18:30",
        "Другий допис про бота.",
        "2.1K views 10:14",
        "Третій допис про бота.",
        "1.5K views 16:02",
        "Privacy policy",
    )
    assert kept(*lines) == [lines[0], lines[2], lines[4]]


def test_a_training_log_keeps_its_lines():
    log = ("Mein Training diese Woche.", "Tag 1: 5 km", "Tag 2: 7 km", "Tag 3: 6 km", "Gut.")
    assert kept(*log) == list(log)


def test_posts_dates_with_a_time_printed_twice_go_in_any_script():
    lines = (
        "แชทบอทชมทุกขั้นตอนเลยค่ะ",
        "3 มีนาคม 2569 เวลา 19:02 น.",
        "เห็นด้วยค่ะ",
        "3 มีนาคม 2569 เวลา 19:30 น.",
        "ขอบคุณค่ะ",
    )
    assert kept(*lines) == [lines[0], lines[2], lines[4]]


def test_a_posts_only_line_under_its_dated_header_stays():
    # the reply "+1" is the whole post: between its date and number, and its buttons
    lines = ("Az első hozzászólás szövege.", "szabo", "2025. március 5., szerda - 08:02")
    lines += ("#2", "+1", "válasz", "idézet", "toth", "Még egy mondat.")
    assert "+1" in kept(*lines)


def test_the_footer_takes_its_unknown_short_lines_and_a_last_reply_stays():
    assert kept(
        "Eine Geschichte über Brot.",
        "Impressum",
        "Datenschutzerklärung",
        "Unsere Partner",
        "Privacy policy",
        "Terms of use",
    ) == ["Eine Geschichte über Brot."]
    # the last comment's reply "xD" sits under the post's furniture, not the footer's
    last = kept("Pierwszy wpis.", "ania", "40 min. temu", "+1", "xD", "Odpowiedz", "Regulamin")
    assert "xD" in last
    # a page with no prose has no footer: the lines after its menus stay
    menus = ("Ο Κήπος", "Πολιτική απορρήτου", "Όροι χρήσης", "Τίτλος άρθρου")
    assert "Τίτλος άρθρου" in kept(*menus)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Diberdayakan oleh WordPress | Tema: Astra", "legal"),
        ("Tema Sederhana. Diberdayakan oleh Blogger.", "legal"),
        ("Được tạo bởi WordPress", "legal"),
        ("Forum Yazılımı: MyBB, © 2002-2025 MyBB Group.", "legal"),
        ("Usuários navegando neste fórum: Nenhum usuário registrado e 3 visitantes", "post-meta"),
        ("Ultima oară modificat Lun Mar 03, 2025 7:48 pm de către ana.", "post-meta"),
        ("« Відповідь #1 : 03 Березня 2025, 20:05:51 »", "post-meta"),
        ("0 Користувачів і 2 Гостей дивляться цю тему.", "post-meta"),
        ("Сторінок: [1] 2", "post-meta"),
        (
            "[Submitted on 3 Mar 2025 (v1), last revised 11 Mar 2025 (this version, v2)]",
            "post-meta",
        ),
        ("Cite as: arXiv:2503.01872 [cs.HC]", "post-meta"),
        ("[v1] Mon, 3 Mar 2025 16:20:45 UTC (1,204 KB)", "post-meta"),
        ("Comments: 12 pages, 4 figures, 3 tables", "post-meta"),
        ("Como Citar", "post-meta"),
        ("Dilihat: 412 kali", "post-meta"),
        ("Platform & workflow by OJS / PKP", "legal"),
        ("You must be signed in to change notification settings", "hosting-banner"),
        ("粤ICP备12009483号", "legal"),
        ("Diese Seite wurde zuletzt am 5. März 2025 um 09:05 Uhr bearbeitet.", "tabs"),
        ("Latest comment: 2 days ago by Quillfeather in topic Apologies", "tabs"),
        ("شوهد 1٬245 مرة", "post-meta"),
        ("2 godz. temu", "timestamp"),
        ("Minden jog fenntartva © 2025 Gépház", "legal"),
        ("Toate drepturile rezervate.", "legal"),
        ("Etichete: inteligență artificială, tehnologie, etică", "post-meta"),
        ("Témata: umělá inteligence, chatboty, technologie", "post-meta"),
    ],
)
def test_engine_furniture_in_its_shipped_languages_goes_alone(line, kind):
    found = match_interface(line)
    assert found is not None and found.context == "line" and found.kind == kind, found


@pytest.mark.parametrize(
    "line",
    [
        "Diberdayakan oleh WordPress, blog ini lahir tahun 2010 dan masih hidup.",
        "Python 3.12 is 20% faster in my tests.",
        "Comments: 12 pages of notes about tone",
        "Ingredients: flour, water, salt",
        "Na cozinha, usamos cookies como recompensa, e as crianças gostam.",
        "MIT",
        "License",
        "Abstract",
        "Resumo",
        "Localização: Recife",
        "Meeting: tomorrow at 10:30 in the hall",
    ],
)
def test_prose_with_the_words_of_engine_furniture_is_no_line_of_it(line):
    found = match_interface(line)
    assert found is None or found.context != "line"


def test_a_cookie_or_licence_notice_goes_next_to_chrome_and_stays_in_the_body():
    notice = "Az oldal sütiket használ. Az oldal használatával elfogadod a sütik használatát."
    assert removed("Egy mondat a kenyérről.", "Impresszum", notice) == ["Impresszum", notice]
    assert kept("Egy mondat a kenyérről.", notice, "Még egy mondat.") == [
        "Egy mondat a kenyérről.",
        notice,
        "Még egy mondat.",
    ]
    licence = "Este trabalho está licenciado sob uma licença Creative Commons Attribution 4.0."
    assert licence not in kept("Uma frase.", "Licença", "Copyright (c) 2025 Ana", licence)
    about = "Publiquei as fotos sob Creative Commons porque gosto de partilhar."
    assert about in kept("Uma frase.", about, "Outra frase.")


def test_a_profile_block_of_one_line_fields_under_each_post_goes():
    # Romanian phpBB: rank, then "label: value" fields, under each of two posts
    lines = (
        "andrei",
        "Membru",
        "Mesaje: 96",
        "Membru din: Feb 2018",
        "Localitate: Cluj",
        "Îl întreb ce film să văd și îmi dă o listă lungă.",
        "Sus",
        "ioana",
        "Moderator",
        "Mesaje: 2314",
        "Membru din: Sep 2011",
        "Localitate: Iași",
        "Poți să-i ceri să aleagă unul singur.",
        "Sus",
    )
    assert kept(*lines) == [
        "andrei",
        "Îl întreb ce film să văd și îmi dă o listă lungă.",
        "ioana",
        "Poți să-i ceri să aleagă unul singur.",
    ]


def test_two_settings_both_authors_quote_stay():
    # the same two "key: value" lines in two posts are the posts' words, not furniture
    lines = (
        "Ana",
        "Sus",
        "Temperatur: 0,2",
        "Top-p: 0,9",
        "So antwortet er ruhiger.",
        "Ben",
        "Sus",
        "Temperatur: 0,2",
        "Top-p: 0,9",
        "Bei mir genauso.",
    )
    assert kept(*lines).count("Temperatur: 0,2") == 2


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Вие трябва да влезете или да се регистрирате, за да отговорите тук.", "account"),
        ("Burada cevap vermek için giriş yapmalı veya kayıt olmalısınız.", "account"),
        ("Możesz napisać teraz i zarejestrować się później.", "account"),
        ("Todos os horários são GMT -3. Agora são 11:02.", "status"),
        ("All times are GMT +1. The time now is 09:15 PM.", "status"),
        ("Responder com Citação", "post-actions"),
        ("« Tópico Anterior | Próximo Tópico »", "post-actions"),
    ],
)
def test_xenforo_and_vbulletin_strings_go_in_their_languages(line, kind):
    found = match_interface(line)
    assert found is not None and found.context == "line" and found.kind == kind


def test_a_join_date_goes_only_among_furniture():
    assert "Data de Ingresso: Mar 2014" not in kept(
        "Uma frase.", "Membro", "Data de Ingresso: Mar 2014", "Mensagens: 212", "Outra frase."
    )
    # the same words as a post's own line, between sentences
    line = "Data de ingresso: março de 2014, quando entrei na banda."
    assert line in kept("Uma frase.", line, "Outra frase.")


def test_a_row_of_a_posts_date_and_counters_goes_and_an_ingredient_row_stays():
    for row in ("58 min · Released 2 March 2026", "۵ دقیقه مطالعه · ۱۲ اسفند ۱۴۰۴"):
        assert kept("Ein Satz.", row, "Noch ein Satz.") == ["Ein Satz.", "Noch ein Satz."]
    ingredients = "3 eggs · 200 g flour · 1 pinch salt"
    assert ingredients in kept("For the batter:", ingredients, "Whisk it well.")
    # the same shape of counters goes next to chrome
    counters = "1 412 prečítaní · 6 diskusných príspevkov"
    assert counters not in kept("Jedna veta.", "Share this:", counters, "Druhá veta.")


def test_long_notices_go_next_to_chrome_and_stay_in_the_body():
    notices = (
        "Εγγραφείτε στο ενημερωτικό δελτίο για να μαθαίνετε τα νέα μας.",
        "Publicado originalmente en el boletín de la biblioteca.",
        "Edytowane 4 lutego przez kasia_w",
        "This post may contain affiliate links to the tools I use.",
    )
    for notice in notices:
        assert notice not in kept("Ein Satz.", "Share this:", notice, "Noch ein Satz."), notice
    for notice in notices[:3]:  # a notice of its kind in the body, between sentences, stays
        assert notice in kept("Ein Satz.", notice, "Noch ein Satz."), notice
    # a sentence that opens with the verb and names no newsletter stays next to chrome too
    line = "Abonează-te la ideea că modelele au stări și le vei vedea peste tot."
    assert line in kept("Ein Satz.", "Share this:", line, "Noch ein Satz.")


def test_a_vote_widget_under_each_answer_and_a_likes_row_under_each_comment_go():
    answers = ("Σύντομη ερώτηση.", "▲ 27 ▼", "Πρώτη απάντηση.", "▲ 9 ▼", "Δεύτερη απάντηση.")
    assert kept(*answers) == [answers[0], answers[2], answers[4]]
    comments = ("Bài viết.", "Bình luận một.", "Thích Trả lời 15", "Bình luận hai.")
    comments += ("Thích Trả lời 9", "Privacy policy")
    assert kept(*comments) == ["Bài viết.", "Bình luận một.", "Bình luận hai."]
    # a story's chapter headings are no row of counters
    story = ("Chapter 1", "It began at sea.", "Chapter 2", "It ended in the hills.", "Share this:")
    assert kept(*story) == list(story[:4])


def test_a_reply_that_is_a_row_of_figures_stays_next_to_chrome():
    """A bare row of counters next to chrome goes only when its words are the interface's; a
    reply giving the author's figures has the same shape (issue 18: never delete content)."""
    figures = "2 trains 14 minutes 3 stops 40 km"
    assert figures in kept("Ein Satz.", "Share this:", figures, "Noch ein Satz.")
    assert "412 views 19 likes" not in kept(
        "Ein Satz.", "Share this:", "412 views 19 likes", "Noch ein Satz."
    )


# --------------------------------------------------------------------------- recurring button rows


def test_a_button_row_printed_under_each_post_goes_though_one_button_is_unknown():
    posts = [
        "Umpannya pakai udang kecil saja.",
        "Quote · Balas · Kirim Bunga",
        "Saya lebih suka cacing tanah di sungai.",
        "Quote · Balas · Kirim Bunga",
        "Add message | Report | See all staff posts",
        "Wir haben das Gerät nach einer Woche zurückgegeben.",
        "Add message | Report | See all staff posts",
    ]
    assert kept(*posts) == [
        "Umpannya pakai udang kecil saja.",
        "Saya lebih suka cacing tanah di sungai.",
        "Wir haben das Gerät nach einer Woche zurückgegeben.",
    ]


@pytest.mark.parametrize(
    "posts",
    [
        # a row with no interface word, in three recipes
        [
            "Pão de queijo",
            "Serve 4 · 20 minutos",
            "Misture o polvilho.",
            "Bolo",
            "Serve 4 · 20 minutos",
        ],
        # a row the list knows a word of, printed once
        ["Мы поехали на дачу.", "Цитировать · Мой любимый отрывок", "Потом пошёл дождь."],
        # the same row twice, one under the other: a copy the scrape made, for the duplicates stage
        ["Un jour de pluie.", "Répondre · Mon avis du jour", "Répondre · Mon avis du jour", "Fin."],
        # a sentence with separators in it
        ["Ich sage · Quote · und meine es so.", "Text.", "Ich sage · Quote · und meine es so."],
    ],
)
def test_rows_without_that_evidence_stay(posts):
    assert kept(*posts) == posts


def test_an_authors_rank_and_post_count_goes_when_three_posts_show_it():
    posts = [
        "Moderátor · 12 044 hozzászólás",
        "A kapus ma remekelt.",
        "Törzstag · 4 812 hozzászólás",
        "Szerintem a védelem is jó volt.",
        "Tag · 317 hozzászólás",
        "Jövő héten megyek a meccsre.",
        "Membru · 212 mesaje",
        "Am pus semințele la încolțit.",
        "Moderator · 3.408 mesaje",
        "Răsadurile au ieșit după o săptămână.",
        "Membru nou · 14 mesaje",
    ]
    assert kept(*posts) == [
        "A kapus ma remekelt.",
        "Szerintem a védelem is jó volt.",
        "Jövő héten megyek a meccsre.",
        "Am pus semințele la încolțit.",
        "Răsadurile au ieșit după o săptămână.",
    ]


@pytest.mark.parametrize(
    "posts",
    [
        # a results table: goals are no interface counter
        ["Ferencváros · 3 gól", "Szeged · 2 gól", "Debrecen · 1 gól", "Izgalmas forduló volt."],
        # two ranks only
        ["Stammgast · Beiträge: 6.071", "Schlauchlos fährt sich gut.", "Mitglied · Beiträge: 214"],
    ],
)
def test_lists_that_look_like_ranks_stay(posts):
    assert kept(*posts) == posts


# ------------------------------------- reply buttons, ranks, "top" links and reactions (c6)


@pytest.mark.parametrize("button", ["Svara", "Jibu", "Sumagot", "উত্তর দিন", "Vastaa"])
def test_a_reply_button_under_each_comment_goes_in_more_languages(button):
    texts = ["Anna", "Vilken fin bild, tack.", button, "Olle", "Dimman var tät den dagen.", button]
    assert kept(*texts) == ["Anna", "Vilken fin bild, tack.", "Olle", "Dimman var tät den dagen."]


def test_a_reply_word_written_once_as_an_answer_stays():
    texts = ["Anna", "Ska vi svara honom?", "Svara", "Jag tycker det."]
    assert kept(*texts) == texts


@pytest.mark.parametrize(
    ("rank", "date"),
    [
        ("Aktives Mitglied", "11.02.2026, 18:04"),
        ("Membre actif", "11/02/2026 18:04"),
        ("Член", "11.02.2026, 18:04"),
    ],
)
def test_an_authors_rank_next_to_the_posts_date_goes(rank, date):
    texts = ["Radlerin_77", rank, date, "Bei mir auch, jedes Wochenende."]
    texts += ["hubertgrau", rank, date, "Genau so sollte ein Trainer sein."]
    assert kept(*texts) == [texts[0], texts[3], texts[4], texts[7]]


def test_a_rank_word_among_prose_stays():
    texts = ["Sie ist seit Jahren im Verein.", "Mitglied", "So steht es auf ihrem Ausweis."]
    assert kept(*texts) == texts


@pytest.mark.parametrize("top", ["Góra", "Arriba", "Πάνω", "למעלה"])
def test_a_top_link_over_each_posts_header_goes(top):
    texts = ["autor: konewka » 2 mar 2026, 18:04", "Czy to normalne?", top]
    texts += ["autor: zbyszek » 2 mar 2026, 19:30", "Normalne.", top]
    texts += ["Powered by phpBB® Forum Software © phpBB Limited"]
    assert kept(*texts) == ["Czy to normalne?", "Normalne."]


def test_a_mountain_named_in_a_line_of_its_own_among_prose_stays():
    texts = ["We climbed it in May.", "Góra", "It was colder than we thought."]
    assert kept(*texts) == texts


@pytest.mark.parametrize(
    "line",
    ["Gefällt mir: Radlerin_77, hubertgrau und 3 weitere", "Харесвания: mila_s, dobri78"],
)
def test_a_posts_reactions_line_under_its_buttons_goes(line):
    texts = ["Jens", "Ich plane mit einem Chatbot.", "Melden", line]
    texts += ["hubertgrau", "Genau so sollte es sein.", "Melden", line]
    assert kept(*texts) == ["Jens", texts[1], "hubertgrau", texts[5]]


def test_a_character_sheets_likes_line_stays():
    texts = ["Her name is Wren.", "Gefällt mir: Regen, Tee und alte Karten", "She dislikes noise."]
    assert kept(*texts) == texts


def test_post_numbers_already_removed_as_counts_still_number_the_thread():
    texts = ["Jens", "Mitglied", "11.02.2026", "#1", "Ich plane mit einem Chatbot."]
    texts += ["Radlerin", "Aktives Mitglied", "12.02.2026", "#2", "Ja, bei mir auch."]
    texts += ["hubert", "Mitglied", "12.02.2026", "#3", "Genau so."]
    assert kept(*texts) == ["Jens", texts[4], "Radlerin", texts[9], "hubert", texts[14]]


def test_a_reply_button_over_a_commenters_initialled_name_goes():
    texts = ["Jun", "Sana all.", "Sumagot", "Liza M.", "Ang cute ni Bantay!", "Sumagot"]
    texts += ["Mag-iwan ng komento"]
    assert kept(*texts) == ["Jun", "Sana all.", "Liza M.", "Ang cute ni Bantay!"]


# An author block whose every line the list knows only beside other chrome: the rank, the
# status and the count vouch for each other (context._candidate_stacks), in any language.
AUTHOR_STACKS = [
    ("es", ["Hero Member", "Desconectado", "Mensajes: 2.318"]),
    ("pt", ["Membro", "Offline", "Mensagens: 212"]),
    ("uk", ["Учасник", "Оффлайн", "Повідомлень: 311"]),
]


@pytest.mark.parametrize(("lang", "block"), AUTHOR_STACKS)
def test_an_author_block_of_context_strings_goes_as_a_whole(lang, block):
    above, below = "Una pregunta sobre el pan, larga y sincera.", "Otra frase de la respuesta."
    assert kept(above, "harinera", *block, below) == [above, "harinera", below], lang


@pytest.mark.parametrize(("lang", "block"), AUTHOR_STACKS)
def test_two_of_those_lines_alone_stay(lang, block):
    above, below = "The tally after a year of posting:", "Not bad for a lurker, I think."
    assert kept(above, *block[1:], below) == [above, *block[1:], below], lang


def test_those_lines_under_a_line_that_introduces_them_stay():
    intro = "The forum shows three things under every name:"
    block = AUTHOR_STACKS[0][1]
    assert kept(intro, *block, "That is all it shows.") == [intro, *block, "That is all it shows."]


def test_reply_buttons_under_comments_go_when_a_comment_ends_in_an_emoji():
    page = [
        "sanne_v",
        "Dat is precies het karakter dat ze ervoor schrijven.",
        "antwoorden",
        "pjotr",
        "Ik denk dat iedereen die regel zou moeten volgen 😅",
        "antwoorden",
        "kaasschaaf",
        "Mijn zus vond de grap goed.",
        "antwoorden",
    ]
    assert "antwoorden" not in kept(*page)
    # the word as someone's reply, before more text, stays
    reply = ["Wat moet ik doen?", "antwoorden", "Dat hangt ervan af."]
    assert kept(*reply) == reply


def test_a_posts_buttons_one_a_line_go_beside_its_comment_count():
    page = ["Eerst was ik geïrriteerd, daarna vond ik het attent.", "14 reacties", "delen"]
    page += ["bewaren", "rapporteren", "Sorteren: Top"]
    assert kept(*page) == [page[0]]
    assert kept("Ik wil het eerlijk delen.", "delen", "Goed idee.") == [
        "Ik wil het eerlijk delen.",
        "delen",
        "Goed idee.",
    ]


def test_a_toots_counts_go_above_the_next_authors_name_and_handle():
    """Mastodon prints the replies, boosts and favourites of a post one a line, and the next
    post's author over their handle over its time."""
    page = [
        "Beatriz Lobo",
        "@bialobo@masto.pt.example",
        "12 de mar.",
        "Faz sentido falar em bem-estar de um modelo de linguagem?",
        "18",
        "42",
        "Rui Carvalho",
        "@ruic@social.example.org",
        "12 de mar.",
        "Eu diria que as duas coisas podem ser verdade ao mesmo tempo.",
        "3",
        "11",
        "Marta Seixas",
        "@mseixas",
        "13 de mar.",
        "Não resolve tudo, mas corta muito ruído.",
    ]
    left = kept(*page)
    assert not [t for t in left if t.isdigit()]
    assert page[3] in left and page[9] in left and page[15] in left
    # a reply that is a number, above text, stays
    reply = ["Rui Carvalho", "@ruic", "12 de mar.", "Quantos são?", "42", "Foi o que contei."]
    assert "42" in kept(*reply)


def test_a_malay_boards_author_block_goes_for_an_author_seen_once():
    page = [
        "kak_nurul",
        "Ahli Aktif",
        "Kiriman: 842",
        "Sertai: Jan 2017",
        "Tulis je di awal: jawab ringkas, tak perlu minta maaf.",
        "Petik",
        "Balas",
        "Anda mesti log masuk atau daftar untuk membalas di sini.",
        "Topik Seterusnya",
    ]
    assert kept(*page) == ["kak_nurul", page[4]]
    # a member's post count alone among prose is someone's sentence part
    prose = ["Saya sudah lama di forum ini.", "Kiriman: 842", "Itu banyak juga."]
    assert kept(*prose) == prose


def test_a_finnish_threads_counts_and_first_message_label_go():
    page = ["Ketjussa 4 viestiä", "Aloitusviesti", "kahvinkeittäjä", "3.12.2026 klo 19.04"]
    page += ["Kysyin avustajalta reseptiä ja se pyysi anteeksi."]
    assert kept(*page) == ["kahvinkeittäjä", page[4]]


def test_invisions_topic_furniture_in_russian_goes():
    text = "Спросил у ассистента рецепт борща, а он дважды извинился ещё до ответа."
    page = ["Автор: чайник_42, 3 декабря в Технологии", "Подписчики 2", "Рекомендуемые сообщения"]
    page += [text, "Присоединяйтесь к обсуждению"]
    page += [
        "Вы можете написать сейчас и зарегистрироваться позже. Если у вас есть аккаунт, "
        "авторизуйтесь, чтобы опубликовать от имени своего аккаунта."
    ]
    assert kept(*page) == [text]
    # a byline with a full name stays for the title and byline stages
    assert kept("By Jane Doe, March 3 in Politics", text) == [
        "By Jane Doe, March 3 in Politics",
        text,
    ]


def test_a_hebrew_boards_author_block_goes_for_an_author_seen_once():
    text = "תכתוב בהתחלה: תענה בקצרה ובלי התנצלויות. אצלי זה עובד."
    page = ["נורית_ל", "משתמשת ותיקה", "הודעות: 1,204", "הצטרפה: ינואר 2016"]
    page += ["3 בדצמבר 2026, 21:40", text, "ציטוט", "הגב", "לנושא הקודם", "לנושא הבא"]
    assert kept(*page) == ["נורית_ל", text]
    # a rank's words in a sentence stay
    prose = ["אני משתמשת ותיקה בעוזר הזה.", "זה עובד טוב."]
    assert kept(*prose) == prose


def test_mediums_furniture_in_spanish_goes_and_the_same_words_in_prose_stay():
    text = "Le pregunté al asistente por una planta que tengo en el balcón."
    page = ["Escuchar", "Compartir", text, "128", "4", "Escrito por Clara Estévez"]
    page += ["312 seguidores", "Recomendado de Medium", "Ver todas las recomendaciones"]
    page += ["Ayuda Estado Acerca de Empleos Prensa Blog Privacidad Términos Texto a voz Equipos"]
    assert kept(*page) == [text]
    prose = ["Más de cien personas", "vinieron a la charla.", "Escuchar", "fue lo más difícil."]
    assert kept(*prose) == prose
