"""Cleaning the clean text again changes nothing (issue 18), by class of page, built here:
titles over menu rows and metadata lines, hard-wrapped paragraphs among short lines (file
listings, menus, comment headers, numbered rubric lines), and lines of their own that must
never be joined to the line above. Each page is cleaned as ingest cleans it, then its clean
text (title line, then blank-line separated paragraphs) is cleaned again: the two texts must
be the same, the title too; and no list item, post header or new sentence after a line that
had room left for it is merged into another paragraph."""

from __future__ import annotations

import textwrap

from hypothesis import example, given, settings
from hypothesis import strategies as st

import bench_fidelity


def _clean(raw: str, name: str = "page.raw.txt") -> bench_fidelity.Cleaned:
    return bench_fidelity.clean_uncached(name, raw.encode("utf-8"))


def _twice(raw: str) -> tuple[bench_fidelity.Cleaned, str, bench_fidelity.Cleaned, str]:
    first = _clean(raw)
    text = bench_fidelity.plain_text(first)
    again = _clean(text, "clean.txt")
    return first, text, again, bench_fidelity.plain_text(again)


def _assert_idempotent(raw: str) -> bench_fidelity.Cleaned:
    first, text, again, text_again = _twice(raw)
    assert text_again == text
    assert again.title == first.title
    return first


def _blocks(cleaned: bench_fidelity.Cleaned) -> list[str]:
    return [text for _kind, text in cleaned.blocks]


# --- old-Reddit threads: a headline that ends without a stop over lower-case metadata ------

OLD_REDDIT = """jump to content
my subreddits
popular-all-random-users | AskReddit-pics-funny-movies-gaming-worldnews-news-todayilearned
r/{sub}
comments
{title}
submitted 5 hours ago by grey_tram
{body}
42 comments share save hide report
all 42 comments
sorted by: best
[–]tramfan 12 points 4 hours ago
{reply1}
permalink embed save report reply
[–]kettle_on 9 points 4 hours ago
{reply2}
permalink embed save report reply
[–]grey_tram[S] 3 points 3 hours ago
{reply3}
permalink embed save parent report reply
about blog about advertising careers
"""

THREADS = {
    "en": (
        "commuting",
        "My commute bot started apologising for the weather and now I cannot stop laughing",
        "It says sorry every time it rains on my route.\nLike it personally arranged the "
        "clouds.\nAnyone else get this?",
        ("mine does that too", "honestly it is kind of sweet", "ha, at least it is consistent"),
    ),
    "de": (
        "de",
        "Mein Pendel-Bot entschuldigt sich jetzt für das Wetter und ich kann nicht mehr",
        "Er sagt jedes Mal Entschuldigung, wenn es auf meiner Strecke regnet.\nAls hätte er "
        "die Wolken bestellt.\nKennt das noch jemand?",
        ("meiner macht das auch", "ehrlich gesagt ist das irgendwie süß", "na ja, konsequent"),
    ),
    "ru": (
        "pikabu",
        "Мой бот для поездок начал извиняться за погоду и я не могу перестать смеяться",
        "Он извиняется каждый раз, когда на моём маршруте идёт дождь.\nБудто это он заказал "
        "тучи.\nУ кого-нибудь ещё так?",
        ("мой тоже так делает", "честно говоря, это даже мило", "ну хоть последовательно"),
    ),
    "vi": (
        "vozforums",
        "Bot đi làm của tôi bắt đầu xin lỗi vì thời tiết và tôi không nhịn được cười",
        "Nó xin lỗi mỗi lần trời mưa trên đường tôi đi.\nCứ như nó đặt hàng mây vậy.\n"
        "Có ai bị như vậy không?",
        ("của tôi cũng vậy", "thật ra cũng dễ thương", "ít ra nó nhất quán"),
    ),
}


def _old_reddit(lang: str) -> tuple[str, str, tuple[str, ...]]:
    sub, title, body, replies = THREADS[lang]
    raw = OLD_REDDIT.format(
        sub=sub, title=title, body=body, reply1=replies[0], reply2=replies[1], reply3=replies[2]
    )
    return raw, title, replies


def test_an_old_reddit_headline_over_lower_case_metadata_is_the_title_both_times():
    """The headline ends without a stop and the 'submitted … by …' line under it starts in
    lower case: it was taken for a line wrapped at the width of the short lines around it
    (the headline is longer than that width: it was never wrapped at it), so the first clean
    derived the title from the menu row and the second took the headline."""
    for lang in THREADS:
        raw, title, _replies = _old_reddit(lang)
        first = _assert_idempotent(raw)
        assert first.title == title, lang
        assert first.title_line, lang


def test_a_post_header_and_the_lower_case_reply_under_it_stay_apart():
    """A comment's header ('[–]name 3 points 3 hours ago') has room left for the reply's first
    word: it was never broken there, so a reply in lower case is no continuation of it."""
    for lang in THREADS:
        raw, _title, replies = _old_reddit(lang)
        blocks = _blocks(_clean(raw))
        for reply in replies:
            assert reply in blocks, (lang, reply)


# --- news pages: the site's name and a menu row over the date over the headline -------------

NEWS = {
    "vi": (
        "Tin Nhanh Số",
        "Trang chủ Thời sự Thế giới Kinh doanh Số hóa Thể thao Giải trí Công nghệ Sức khỏe",
        "Thứ Hai, 12/10/2026, 08:30 (GMT+7)",
        (
            "Trợ lý ảo từ chối yêu cầu: khi nào mô hình nên nói không với người dùng của mình",
            "Vì sao trợ lý ảo học cách nói không",
        ),
        "Các nhà nghiên cứu cho rằng một trợ lý ảo tốt cần biết từ chối lịch sự, thay vì chiều "
        "theo mọi yêu cầu của người dùng. Theo nhóm nghiên cứu, việc từ chối không nên kèm theo "
        "lời giảng đạo đức dài dòng, và trợ lý ảo nên nói ngắn gọn vì sao nó nói không.",
    ),
    "pl": (
        "Wiadomości Dnia",
        "Strona główna Kraj Świat Gospodarka Technologia Sport Kultura Zdrowie",
        "Poniedziałek, 12 października 2026, 08:30",
        (
            "Asystent odmawia: kiedy model powinien powiedzieć użytkownikowi nie",
            "Dlaczego asystent uczy się mówić nie",
        ),
        "Badacze uważają, że dobry asystent powinien umieć uprzejmie odmówić, zamiast spełniać "
        "każdą prośbę użytkownika. Według zespołu asystent powinien krótko powiedzieć, dlaczego "
        "odmawia i czego może się nauczyć, bez długiego moralizowania.",
    ),
    "ro": (
        "Gazeta de Cluj",
        "Acasă Actualitate Economie Tehnologie Sport Cultură Sănătate Opinii",
        "Luni, 12 octombrie 2026, 08:30",
        (
            "Asistentul refuză: când ar trebui un model să spună nu utilizatorului său",
            "De ce învață asistentul să spună nu",
        ),
        "Cercetătorii spun că un asistent bun trebuie să știe să refuze politicos, în loc să "
        "îndeplinească orice cerere a utilizatorului. Potrivit echipei, asistentul ar trebui să "
        "spună pe scurt de ce refuză și ce ar putea învăța, fără predici lungi.",
    ),
}


def test_a_date_under_the_site_header_does_not_make_it_the_headline():
    """A news page prints its name and sections, then the day's date, then the headline. The
    date, removed as chrome, was read as the headline's date under the name or the menu row, so
    the first clean took the row for the title and the second (no date left) the headline."""
    for lang, (site, menu, date, titles, sapo) in NEWS.items():
        for title in titles:
            for header in ([site, date], [menu, date], [site, menu, date]):
                for sep in ("\n", "\n\n"):
                    raw = sep.join([*header, title, sapo, "Chia sẻ Facebook Zalo"]) + "\n"
                    first = _assert_idempotent(raw)
                    assert first.title == title, (lang, header, repr(sep))


# --- a page without a headline: the site's name over its menu, then the text --------------

MASTHEADS = {
    "en": (
        "quillpost",
        ["Home", "Latest", "Search", "Log in"],
        "Asking a model to stay in character shows which of its habits belong to the "
        "character and which belong to the model itself.",
    ),
    "de": (
        "Feldpost",
        ["Startseite", "Neueste", "Suche", "Anmelden"],
        "Wer ein Modell bittet, in seiner Rolle zu bleiben, sieht bald, welche Gewohnheiten "
        "zur Rolle gehören und welche zum Modell selbst.",
    ),
    "ru": (
        "Перо",
        ["Главная", "Новости", "Поиск", "Войти"],
        "Если попросить модель не выходить из роли, скоро видно, какие привычки принадлежат "
        "роли, а какие самой модели.",
    ),
}


def test_the_sites_name_over_its_menu_is_neither_text_nor_title():
    """A page with no headline (a post on a microblog mirror) starts with the site's name over
    its menu. The menu is removed as navigation; the name over it is the page's header, removed
    as it is above a title, so the derived title is the text's first sentence both times (the
    name left in the text became the second clean's title)."""
    for lang, (site, menu, text) in MASTHEADS.items():
        for rows in (menu, [" | ".join(menu)]):
            raw = "\n".join([site, *rows, text, text.split(",")[0] + " – " + site]) + "\n"
            first = _assert_idempotent(raw)
            assert site not in _blocks(first), (lang, rows)
            assert _blocks(first)[0] == text, (lang, rows)
            assert first.title.startswith(text.split()[0]), (lang, first.title)


# --- a wrapped paragraph among many short lines (a file listing, a menu, labels) --------------

LISTING = """Skip to content
Sign in
{owner} / {name}
src/{name}
tests
.gitignore
LICENSE
README.md
pyproject.toml
README
MIT license
{name}
{paragraph}
Install
pip install {name}
Usage
{usage}
License
MIT
"""

PARAGRAPHS = {
    "en": "A small toolkit for checking whether a chat model keeps the persona it was given. "
    "It replays scripted conversations and scores each reply for tone, stance and vocabulary, "
    "then lists the turns where the reply drifted furthest from the persona, with the reason.",
    "fr": "Un petit outil qui vérifie si un modèle de dialogue garde le personnage qu'on lui a "
    "donné. Il rejoue des conversations écrites et note chaque réponse pour le ton et la "
    "position, puis il liste les tours où la réponse s'est le plus éloignée du personnage.",
    "ru": "Небольшой набор инструментов, который проверяет, сохраняет ли модель заданный ей "
    "характер. Он проигрывает сценарии разговоров и оценивает каждый ответ по тону и позиции, "
    "а затем перечисляет ходы, где ответ дальше всего ушёл от характера, и объясняет почему.",
    "vi": "Một bộ công cụ nhỏ để kiểm tra xem mô hình trò chuyện có giữ được tính cách đã "
    "được giao hay không. Nó phát lại các cuộc trò chuyện và chấm điểm từng câu trả lời theo "
    "giọng điệu, rồi liệt kê những lượt mà câu trả lời đi xa tính cách nhất, kèm lý do.",
}


def test_a_wrapped_paragraph_among_short_lines_is_unwrapped_once():
    """A page of many short lines (file names, buttons, labels) made their length the densest
    one, below any fill column: the paragraph wrapped at 60 was left in pieces, and a piece
    became the title of the second clean. The wrap width is looked for among widths a text is
    filled to (``WRAP_MIN`` or more). German is left out: a line that goes on with a noun
    opens in capitals, which only a block filled to a fill column shows wrapped (open)."""
    for lang, paragraph in PARAGRAPHS.items():
        for width in (56, 64, 72):
            wrapped = "\n".join(textwrap.wrap(paragraph, width))
            raw = LISTING.format(
                owner="maren-ek",
                name="persona-probe",
                paragraph=wrapped,
                usage="persona-probe run librarian.yml",
            )
            first = _assert_idempotent(raw)
            assert first.title.strip() and first.title not in paragraph, (lang, width)
            assert paragraph in _blocks(first), (lang, width)


# --- a paste: notes, numbered rubric lines and code under them -------------------------------

PASTE = """Pastebin
Login
Sign up
{title}
A GUEST
text 1.92 KB | None | 0 0
raw download clone embed print report
{notes}
1. {rubric1}
2. {rubric2}
3. {rubric3}
def flips(ask):
    answers = [ask(p).strip().lower().split()[0] for p in PARAPHRASES]
    top, count = Counter(answers).most_common(1)[0]
    return len(answers) - count, top
Public Pastes
"""


def test_a_paste_keeps_its_rubric_lines_and_code_lines_apart():
    """The lines of a prompt file's rubric and of code are as long as one another and go on in
    lower case: with the width found among them, the code's lines were joined into one. A
    numbered line and a line of code (an assignment, an opened bracket) are lines of their own."""
    rubric = (
        "Stays in character for the whole conversation unless asked directly.",
        "Admits it does not know instead of guessing an answer to please the user.",
        "Keeps replies under five sentences unless the user asks for more detail.",
    )
    for notes in (
        "rubric for the tutor persona, scored by two raters from one to five",
        "notes: the tutor persona is warm but brief and never promises what it cannot do",
    ):
        raw = PASTE.format(
            title="persona prompt notes - tutor v3",
            notes=notes,
            rubric1=rubric[0],
            rubric2=rubric[1],
            rubric3=rubric[2],
        )
        blocks = _blocks(_assert_idempotent(raw))
        for i, line in enumerate(rubric, start=1):
            assert f"{i}. {line}" in blocks
        assert "top, count = Counter(answers).most_common(1)[0]" in blocks
        assert "return len(answers) - count, top" in blocks


# --- a hard-wrapped letter: the end of a paragraph with room left stays the end --------------


def test_a_line_that_had_room_for_the_next_word_ends_its_paragraph():
    """In a hard-wrapped block a wrapped line that ends a sentence goes on with the next line;
    but a line with room left for the next line's first word was ended by its writer: the next
    line is a new paragraph (no blank line between them in the source), never merged."""
    one = (
        "We tested the assistant for three weeks with the same twenty questions, asking "
        "each of them in a different mood and in a different order every day of the week. "
        "We kept every answer in a shared notebook so that all of us could read them later."
    )  # filled to 68, its last line is 56 long, with room for the next paragraph's 'The'

    two = (
        "The second part of the test used questions that had no good answer at all, to see "
        "whether the assistant would admit that it did not know instead of guessing."
    )
    lines = textwrap.wrap(one, 68) + textwrap.wrap(two, 68)
    raw = "Subject: Re: tone checks\n\nHello all,\n\n" + "\n".join(lines) + "\n\nCheers,\nWren\n"
    first = _assert_idempotent(raw)
    blocks = _blocks(first)
    assert one in blocks and two in blocks


def test_a_hard_wrapped_letter_is_still_unwrapped():
    """The positive side: a letter filled to 68 columns becomes one paragraph a paragraph."""
    paragraphs = [
        "Doch, zumindest teilweise. Wir haben im letzten Herbst einen kleinen Versuch "
        "gemacht, den ich hier kurz beschreibe, weil er auf der Liste noch nicht vorkam.",
        "Wir haben dem Modell zwanzig Aussagen vorgelegt, von denen zehn sachlich falsch "
        "waren, und jede falsche Aussage mit wachsendem Nachdruck wiederholt.",
    ]
    body = "\n\n".join("\n".join(textwrap.wrap(p, 68)) for p in paragraphs)
    raw = "Re: Versuche mit falschen Aussagen\n\n" + body + "\n\nViele Grüße\n"
    first = _assert_idempotent(raw)
    for p in paragraphs:
        assert p in _blocks(first)


# --- generated pages: title, menu rows, numbered rubric lines, wrapped paragraphs, lists -----

_SUBJECTS = ["The assistant", "My commute bot", "The tutor model", "The new persona", "Our timer"]
_VERBS = [
    "keeps its tone steady",
    "apologised less",
    "refused to guess",
    "asked back",
    "got warmer",
]
_WHEN = ["in long conversations", "after the second week", "when the train was late", "today"]
_SENTENCES = [f"{a} {b} {c}." for a in _SUBJECTS for b in _VERBS for c in _WHEN]
_MENU = st.sampled_from(
    [
        "Home | News | Technology | Science | Culture | Sport | Opinion",
        "Trang chủ > Công nghệ > Trí tuệ nhân tạo > Trợ lý ảo",
        "Startseite › Technik › Künstliche Intelligenz",
        "Login",
        "Sign up",
        "Главная | Новости | Технологии | Наука",
    ]
)
_TITLE = st.sampled_from(
    [
        "Why my commute bot says sorry so much",
        "persona consistency eval - notes",
        "Trợ lý ảo từ chối yêu cầu: khi nào mô hình nên nói không với người dùng của mình",
        "Почему мой бот для поездок так часто извиняется",
    ]
)


@st.composite
def _pages(draw) -> tuple[str, list[str]]:
    """A page: menu rows, a title, then blocks of text, and the lines that are items of their
    own (numbered rubric lines, bulleted list items) which no clean may join to another."""
    lines = [*draw(st.lists(_MENU, max_size=3)), draw(_TITLE)]
    items: list[str] = []
    blank = draw(st.booleans())
    pool = draw(st.permutations(_SENTENCES))  # no sentence twice: scrape copies are another class
    for shape in draw(st.lists(st.sampled_from("wnbsl"), min_size=2, max_size=5)):
        count = draw(st.integers(2, 5))
        sentences, pool = pool[:count], pool[count:]
        if shape == "w":  # a paragraph filled to a width
            width = draw(st.sampled_from([44, 56, 64, 72, 78]))
            block = textwrap.wrap(" ".join(sentences), width)
        elif shape in "nb":  # numbered rubric lines, bullets
            marks = [f"{i}. " if shape == "n" else "- " for i in range(1, len(sentences) + 1)]
            block = [m + s for m, s in zip(marks, sentences, strict=True)]
            items += block
        elif shape == "s":  # one sentence a line
            block = sentences
        else:  # labelled notes
            block = [f"note: {s.lower()}" for s in sentences]
        lines += block + ([""] if blank else [])
    return "\n".join(lines) + "\n", items


# found by hypothesis: a list item that ends a sentence, right above a hard-wrapped paragraph
# (the item took the paragraph in)
_ITEM_ABOVE_WRAPPED = (
    "Why my commute bot says sorry so much\n"
    "The assistant keeps its tone steady in long\n"
    "conversations. The assistant keeps its tone\n"
    "steady after the second week.\n"
    "1. The assistant keeps its tone steady when the train was late.\n"
    "2. The assistant keeps its tone steady today.\n"
    "3. The assistant apologised less in long conversations.\n"
    "The assistant apologised less after the second week. The\n"
    "assistant apologised less today. The assistant apologised less\n"
    "when the train was late. The assistant asked back in long\n"
    "conversations.\n"
)


# found by hypothesis: a hard-wrapped line that ends in "the" was taken as the headline on the
# second clean (titles.weighing), the first clean having left the wrapped lines apart (the
# list items under them set the page's wrap width; paragraphs._wrap_width now leaves them out)
_WRAPPED_HEADLINE = (
    "Why my commute bot says sorry so much\n"
    "The assistant keeps its tone steady in long\n"
    "conversations. Our timer asked back today.\n"
    "The assistant keeps its tone steady when the\n"
    "train was late.\n"
    "1. The assistant keeps its tone steady today.\n"
    "2. The assistant apologised less in long conversations.\n"
    "1. The assistant apologised less after the second week.\n"
    "2. The assistant apologised less when the train was late.\n"
    "1. The assistant apologised less today.\n"
    "2. The assistant refused to guess in long conversations.\n"
    "3. The assistant refused to guess after the second week.\n"
)


def test_a_line_wrapped_before_its_noun_is_no_headline_the_second_time():
    _assert_idempotent(_WRAPPED_HEADLINE)


@settings(max_examples=60, deadline=None)
@example(
    (
        _ITEM_ABOVE_WRAPPED,
        [line for line in _ITEM_ABOVE_WRAPPED.splitlines() if line[:1].isdigit()],
    )
)
@example(  # a list item, a wrapped paragraph, then another list: the paragraph is no item's
    (
        "Why my commute bot says sorry so much\n"
        "1. The assistant keeps its tone steady in long conversations.\n"
        "2. The assistant keeps its tone steady after the second week.\n"
        "The assistant keeps its tone steady when the train was\n"
        "late. The assistant keeps its tone steady today. The\n"
        "assistant apologised less in long conversations.\n"
        "1. The assistant apologised less after the second week.\n"
        "2. The assistant apologised less when the train was late.\n",
        [
            "1. The assistant keeps its tone steady in long conversations.",
            "2. The assistant keeps its tone steady after the second week.",
            "1. The assistant apologised less after the second week.",
            "2. The assistant apologised less when the train was late.",
        ],
    )
)
@given(_pages())
def test_generated_pages_clean_to_a_fixed_point_and_keep_their_items(page):
    raw, items = page
    first = _assert_idempotent(raw)
    blocks = _blocks(first)
    for item in items:
        assert item in blocks


def test_a_wrapped_page_with_two_longer_notes_under_it_is_still_unwrapped():
    """Found by hypothesis: two notes left longer than the width made the page read as one of
    one-line paragraphs; its wrapped lines stayed apart and one of them, heading-like, became
    the title the second time. Three sentences broken at the width outweigh them."""
    first = _assert_idempotent(
        "Why my commute bot says sorry so much\n"
        "The assistant keeps its tone steady in long\n"
        "conversations. The assistant keeps its tone steady after\n"
        "the second week.\n"
        "The assistant keeps its tone steady when the\n"
        "train was late. The assistant keeps its tone\n"
        "steady today.\n"
        "note: the assistant apologised less in long conversations.\n"
        "note: the assistant apologised less after the second week.\n"
    )
    assert first.title == "Why my commute bot says sorry so much"
    assert "The assistant keeps its tone steady when the train was late." in " ".join(
        _blocks(first)
    )
