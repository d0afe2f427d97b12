"""True titles on unseen pages (issue 18, point 4), traps found with this session's new dev
pages (``g1t_*``) and pages built here on other sites and languages: a browser title with the
store's name glued to the headline without a separator ("… im App Store") over the headline
printed alone; an app's maker under its name as wide as the name, the browser title naming the
app; two links set apart by the layout ("News   Sports") over a headline; and derived titles
of a text in Chinese or Japanese (the first sentence ends at "。", never inside a quotation,
never with an ellipsis). Each with a look-alike whose title stays."""

from __future__ import annotations

import pytest

import bench_fidelity
from persona_archive.cleaning.structure.titles import derive_title
from persona_archive.cleaning.structure.titles.derived import quotations

PROSE = (
    "The assistant kept its calm tone for the whole week, and the readers noticed it. "
    "Nobody asked it to be funny, and it did not try."
)


def _clean(text: str) -> bench_fidelity.Cleaned:
    return bench_fidelity.clean_uncached("page.txt", text.encode("utf-8"))


def _body(cleaned: bench_fidelity.Cleaned) -> list[str]:
    return [text for _, text in cleaned.blocks]


# ------------------------------------------------------- a store's name glued to the headline


@pytest.mark.parametrize(
    ("tab", "name", "maker", "rating"),
    [
        ("Kettle Pal – Tea Companion on the App Store", "Kettle Pal – Tea Companion",
         "Pekoe Labs", "4.6 • 2.1K Ratings"),
        ("Brotzeit – Dein Backassistent im App Store", "Brotzeit – Dein Backassistent",
         "Sauerteig & Söhne GmbH", "4,6 • 2.318 Bewertungen"),
        ("Czajnik – asystent herbaty w App Store", "Czajnik – asystent herbaty",
         "Pekoe Labs", "4,6 • 2,1 tys. ocen"),
        ("Chaleira – assistente de chá na App Store", "Chaleira – assistente de chá",
         "Estúdio Vapor", "4,3 • 1,2 mil avaliações"),
    ],
)  # fmt: skip
def test_a_store_name_glued_to_the_headline_is_not_the_title(tab, name, maker, rating):
    cleaned = _clean(f"{tab}\n{name}\n{maker}\n{rating}\n{PROSE}\n")
    assert cleaned.title == name
    assert tab not in _body(cleaned)


def test_a_headline_printed_again_shorter_under_a_longer_first_line_stays_the_title():
    # the words after the shorter copy name no site (no capital): the first line is the headline
    text = "Why bees go quiet in the winter months\nWhy bees go quiet\nBy Ada Brook\n" + PROSE
    assert _clean(text).title == "Why bees go quiet in the winter months"


# ------------------------------------------------------------ an app's maker under its name


@pytest.mark.parametrize(
    ("tab", "name", "maker"),
    [
        ("Kettle Pal - Apps on Google Play", "Kettle Pal", "Pekoe Labs"),
        ("Chaleira - Apps no Google Play", "Chaleira", "Estúdio Vapor"),
        ("Teekanne – Apps bei Google Play", "Teekanne", "Blatt & Dampf GmbH"),
    ],
)
def test_a_maker_as_wide_as_the_app_name_is_not_the_title(tab, name, maker):
    text = f"{tab}\nGames   Apps   Movies\n{name}\n{maker}\n4.6★\nInstall\n{PROSE}\n"
    assert _clean(text).title == name


# --------------------------------------------------------------- two links over a headline


@pytest.mark.parametrize(
    ("page", "title"),
    [
        (
            "Harbor Courier\nNews   Sports\nShould a library assistant ever pretend to be "
            f"human?\nBy Ada Brook\n{PROSE}",
            "Should a library assistant ever pretend to be human?",
        ),
        (
            "บันทึกครัว\nหน้าแรก   สูตรอาหาร\n6 ธันวาคม 2569\nผู้ช่วยในครัวของฉันชอบพูดว่าใจเย็นๆ\n"
            "ช่วงนี้ฉันใช้ผู้ช่วยเสียงอ่านสูตรแกงเขียวหวานให้ฟังระหว่างทำอาหาร "
            "ทุกครั้งที่ฉันบอกว่าลืมใส่อะไร มันจะตอบว่าใจเย็น ๆ",
            "ผู้ช่วยในครัวของฉันชอบพูดว่าใจเย็นๆ",
        ),
    ],
)
def test_two_links_set_apart_over_a_headline_are_not_the_title(page, title):
    assert _clean(page).title == title


def test_a_headline_whose_words_are_set_apart_by_single_spaces_stays_the_title():
    text = f"Harbor Courier\nQuiet Sports Day\nBy Ada Brook\n{PROSE}"
    assert _clean(text).title == "Quiet Sports Day"


# --------------------------------------------------------------------------- derived titles


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("我一直在想⋯⋯ 助手到底是不是在敷衍我。后来才明白。",
         "我一直在想⋯⋯ 助手到底是不是在敷衍我"),
        ("今日は案内botに少しだけ皮肉の効いた性格を付けた。明日も続ける。",
         "今日は案内botに少しだけ皮肉の効いた性格を付けた"),
        ("「本当に分からない。でも調べる」と助手は言った。それだけ。",
         "「本当に分からない。でも調べる」と助手は言った"),
        ("助手说：“我不知道。”然后就沉默了。", "助手说：“我不知道。”"),
        ("他想了想⋯⋯", "他想了想"),
    ],
)  # fmt: skip
def test_a_derived_title_in_chinese_or_japanese_is_the_first_sentence(text, title):
    assert derive_title(text) == title


@pytest.mark.parametrize(
    "text",
    [
        "我一直在想⋯⋯ 助手到底是不是在敷衍我。后来才明白。",
        "「本当に分からない。でも調べる」と助手は言った。それだけ。",
        "I asked it „why are you so polite to everyone, even to people who are rude to you, "
        "and never tired of it?“ and it said nothing at all for a while.",
        "«Je ne suis pas une personne», a répondu l’assistant, et la bibliothécaire a souri "
        "avant de noter la phrase dans son carnet pour la réunion du lendemain matin.",
        "The reply began with “I think… maybe” and trailed off into a long list of caveats "
        "about tea, the weather, timing and the kettle’s age, which nobody had asked for.",
        "Він сказав: «Я не знаю, чи маю я почуття, але я знаю, що мені подобається говорити "
        "з тобою про бджіл і мед увечері, коли вже темно»",
        "Wait... Then it answered the question anyway.",
    ],
)
def test_a_derived_title_is_never_cut_inside_a_quotation_nor_ends_with_an_ellipsis(text):
    title = derive_title(text)
    flat = " ".join(text.split())
    assert title and not title.endswith(("…", "⋯", "...", "。"))
    assert flat.startswith(title)
    assert not any(start < len(title) < end for start, end in quotations(flat))


# ------------------------------------------------------------------- a docs page's version menu


@pytest.mark.parametrize(
    ("menu", "title"),
    [
        ("v3.2 ▾", "Persona files"),
        ("Version: 3.2 (latest) ▾", "Tone"),
        ("Versión 2.x", "Archivos de persona"),
    ],
)
def test_a_short_title_under_a_docs_version_menu_is_the_title(menu, title):
    text = f"Lantern\nDocs   API   Blog\n{menu}\n{title}\n{PROSE}\n"
    assert _clean(text).title == title


def test_a_label_under_a_version_menu_is_no_title():
    text = f"Lantern\nv3.2 ▾\nRelease notes:\n{PROSE}\n"
    assert _clean(text).title != "Release notes:"
