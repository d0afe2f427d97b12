"""A news article's furniture around its text: the reporter's role under the byline, the tags
printed one a line under a bare label, the blurb of a newsletter's sign-up box, and the box
about the author at the end of the page. Each goes on evidence (the chrome around it); a
section headed "Topics" that goes on with prose, a sentence between two paragraphs, and a
writer's words about themselves inside the text stay. Every sentence here is written for
these tests."""

from __future__ import annotations

import pytest

from conftest import kept
from persona_archive.cleaning.boilerplate import match_interface

TEXT = "Volunteers spent the autumn asking the library's chatbot awkward questions."


@pytest.mark.parametrize(
    "role",
    ["Community Reporter", "Local Democracy Reporter", "Senior Political Correspondent",
     "Redakteurin", "Periodista", "Кореспондентка", "כתבת", "নিজস্ব প্রতিবেদক"],
)  # fmt: skip
def test_a_reporters_role_goes_beside_the_date(role):
    found = match_interface(role)
    assert found is not None and found.context == "run"
    assert kept("By Carys Pennant", role, "3 December 2026", TEXT) == ["By Carys Pennant", TEXT]


def test_a_role_word_among_the_text_stays():
    page = [TEXT, "Editor", "The council will decide in January."]
    assert kept(*page) == page


def test_tags_under_a_bare_label_go_above_the_footer():
    page = [TEXT, "Topics", "Libraries", "Technology", "Dunmere", "More stories", "Contact us"]
    assert kept(*page) == [TEXT]
    page = [TEXT, "Etiquetas", "Bibliotecas", "Tecnología", "Contacto", "Aviso legal"]
    assert kept(*page) == [TEXT]


def test_a_section_headed_topics_with_prose_stays():
    page = ["Topics", "Libraries", "We write about them every week.", "Contact us"]
    assert kept(*page)[:3] == page[:3]


def test_the_blurb_of_a_sign_up_box_goes():
    blurb = "The day's local news, in your inbox every morning."
    page = [TEXT, "Get the Echo's daily newsletter", blurb, "Enter your email", "Sign up"]
    assert kept(*page) == [TEXT]


def test_a_sentence_between_paragraphs_stays():
    page = [TEXT, "The day's local news was quiet.", "The council will decide in January."]
    assert kept(*page) == page


def test_the_box_about_the_author_goes_above_the_footer():
    bio = "Carys Pennant covers community news for the Echo. She joined the paper in 2019."
    page = [TEXT, "About the author", bio, "Contact us", "Privacy notice"]
    assert kept(*page) == [TEXT]
    page = [TEXT, "Про автора", "Оксана пише про технології.", "Контакти", "Реклама"]
    assert kept(*page) == [TEXT]


def test_a_writers_words_about_themselves_inside_the_text_stay():
    page = ["About the author", "I have baked bread for ten years.", "Here is my method.", TEXT]
    assert kept(*page) == page


@pytest.mark.parametrize(
    "line",
    [
        "Lee también: El ayuntamiento ampliará el horario de la sala de estudio",
        "Read also: The council will debate the library budget",
        "আরও পড়ুন: শহরের পাঠাগারে নতুন বই এল",
        "Читайте також: Міська рада обговорить ремонт читальної зали",
    ],
)
def test_a_read_also_link_with_its_headline_goes(line):
    found = match_interface(line)
    assert found is not None and found.kind == "related"
    assert kept(TEXT, line, "The council will decide in January.") == [
        TEXT,
        "The council will decide in January.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Read also: the council met. Then it rained, and the meeting moved indoors.",
        "Search: the recipe",
    ],
)
def test_a_label_before_sentences_or_another_label_stays(line):
    assert match_interface(line) is None


def test_share_targets_in_other_scripts_go_beside_the_share_button():
    page = [TEXT, "শেয়ার করুন", "ফেসবুক", "হোয়াটসঅ্যাপ", "The council will decide."]
    assert kept(*page) == [TEXT, "The council will decide."]
    alone = [TEXT, "ফেসবুক", "The council will decide."]
    assert kept(*alone) == alone


def test_a_spanish_newsletter_box_goes():
    page = [
        TEXT,
        "Recibe las noticias del valle",
        "Cada mañana, lo más importante en tu correo.",
        "Tu correo electrónico",
        "Suscribirme",
    ]
    assert kept(*page) == [TEXT]


def test_a_citizen_journalism_pages_reactions_comment_box_and_links_go():
    page = [
        TEXT,
        "Bermanfaat 8",
        "Menarik 5",
        "6 Bermanfaat 2 Menarik 1 Inspiratif",
        "Lihat Humaniora Selengkapnya",
        "Beri Komentar",
        "Kirim",
        "Belum ada komentar. Jadilah yang pertama untuk memberikan komentar!",
        "Tulisan Lainnya",
    ]
    assert kept(*page) == [TEXT]


def test_an_indonesian_sentence_with_the_same_words_stays():
    line = "Tulisan lainnya menarik, tetapi yang ini paling bermanfaat bagi saya."
    assert kept(TEXT, line, "Kirim pesan kalau mau resepnya.") == [
        TEXT,
        line,
        "Kirim pesan kalau mau resepnya.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "若您無法正常閱讀此電子報，請點此線上閱讀",
        "如果您无法正常阅读此邮件，请点击这里",
        "第 128 期",
        "發行日期：2026/12/03",
        "如果您不想再收到本電子報，請按此取消訂閱。",
        "加入我們的 Facebook 粉絲專頁",
    ],
)
def test_a_chinese_e_newsletters_notices_go_alone(line):
    found = match_interface(line)
    assert found is not None and found.context == "line"


def test_a_newsletters_contact_lines_go_beside_its_footer_and_stay_in_a_review():
    page = [TEXT, "轉寄給朋友", "發行單位：書香社區協會", "客服信箱：service@example.org.tw"]
    assert kept(*page) == [TEXT]
    review = ["這家麵包店的可頌很好吃。", "地址：台中市西區民生路 100 號", "週一公休。"]
    assert kept(*review) == review
