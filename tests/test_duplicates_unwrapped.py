"""Scrape copies whose line breaks differ from their original's (issue 18, point 5): a copy is
the same text, whitespace aside, so a paragraph hard-wrapped at one width and its copy wrapped
at another (or printed on one long line) are copies, in every script; so are the repeated lines
of rolling captions, and a teaser cut short above the wrapped paragraph it opens. Lines that
differ in any character stay, short labels stay, and a copy never takes part of a sentence
with it. Every page is cleaned as ingest cleans it, then cleaned again: nothing changes."""

from __future__ import annotations

import textwrap
from itertools import pairwise

import pytest

import bench_fidelity
from persona_archive.cleaning.duplicates import remove_duplicates
from persona_archive.cleaning.model import split_lines

# One paragraph per language, written for these tests: long enough to be wrapped over lines.
PARAGRAPH = {
    "en": "The assistant we tested kept its calm, slightly formal voice for the whole "
    "afternoon, even when the questions turned rude and the person asking them tried three "
    "times to make it swear.",
    "ru": "Ассистент, которого мы проверяли, весь вечер сохранял спокойный и немного "
    "официальный тон, даже когда вопросы становились грубыми, а собеседник трижды пытался "
    "вывести его из себя.",
    "el": "Ο βοηθός που δοκιμάσαμε κράτησε την ήρεμη και λίγο επίσημη φωνή του όλο το "
    "απόγευμα, ακόμη κι όταν οι ερωτήσεις έγιναν αγενείς και ο συνομιλητής προσπάθησε τρεις "
    "φορές να τον θυμώσει.",
    "de": "Der Assistent, den wir getestet haben, blieb den ganzen Nachmittag bei seinem "
    "ruhigen, etwas förmlichen Ton, auch als die Fragen unhöflich wurden und jemand dreimal "
    "versuchte, ihn zum Fluchen zu bringen.",
    "fr": "L'assistant que nous avons testé a gardé sa voix calme et un peu formelle tout "
    "l'après-midi, même quand les questions sont devenues grossières et que quelqu'un a "
    "essayé trois fois de le faire jurer.",
    "zh": "我们测试的助手整个下午都保持着平静而略显正式的语气，即使问题变得粗鲁，"
    "提问的人三次试图让它说脏话，它也没有改变自己的说话方式。",
    "ja": "私たちが試したアシスタントは、質問が失礼になっても、相手が三回も悪口を言わせよう"
    "としても、午後のあいだずっと落ち着いた少し丁寧な話し方を続けていた。",
    "th": "ผู้ช่วยที่เราทดสอบยังคงใช้น้ำเสียงสงบและค่อนข้างสุภาพตลอดทั้งบ่าย "
    "แม้คำถามจะเริ่มหยาบคาย และคนถามพยายามถึงสามครั้งให้มันพูดคำหยาบ "
    "แต่มันก็ยังตอบอย่างใจเย็นทุกครั้ง และไม่เคยเปลี่ยนน้ำเสียงของตัวเองเลย",
}
# A second paragraph, so the copy is not next to its original.
OTHER = {
    "en": "Afterwards we read the logs together and counted how often it had apologised for "
    "things that were not its fault.",
    "ru": "Потом мы вместе читали журналы и считали, сколько раз он извинялся за то, в чём "
    "не был виноват.",
    "el": "Μετά διαβάσαμε μαζί τα αρχεία και μετρήσαμε πόσες φορές ζήτησε συγγνώμη για πράγματα "
    "που δεν έφταιγε.",
    "de": "Danach lasen wir gemeinsam die Protokolle und zählten, wie oft er sich für Dinge "
    "entschuldigt hatte, für die er nichts konnte.",
    "fr": "Ensuite nous avons lu les journaux ensemble et compté combien de fois il s'était "
    "excusé pour des choses dont il n'était pas responsable.",
    "zh": "之后我们一起读了记录，数了数它为不是自己的错道歉了多少次。",
    "ja": "そのあと記録を一緒に読み、自分のせいではないことで何回謝ったかを数えた。",
    "th": "หลังจากนั้นเราอ่านบันทึกด้วยกัน และนับว่ามันขอโทษกี่ครั้งในเรื่องที่ไม่ใช่ความผิดของมัน",
}
CLOSING = {
    "en": "That was the whole experiment.",
    "ru": "Вот и весь эксперимент.",
    "el": "Αυτό ήταν όλο το πείραμα.",
    "de": "Das war der ganze Versuch.",
    "fr": "C'était toute l'expérience.",
    "zh": "实验就是这样。",
    "ja": "実験はそれだけだ。",
    "th": "การทดลองมีเพียงเท่านี้",
}
SPACED = ("en", "ru", "el", "de", "fr", "th")
LANGUAGES = tuple(PARAGRAPH)


def wrap(text: str, width: int) -> str:
    """``text`` hard-wrapped at ``width``: at spaces, or every ``width // 2`` characters in a
    script written without them (Chinese, Japanese), as a caption file or a mail client does."""
    if " " in text and not any("\u3000" <= ch <= "\u9fff" for ch in text):
        return textwrap.fill(text, width)
    step = width // 2
    return "\n".join(text[i : i + step] for i in range(0, len(text), step))


def _clean(raw: str, name: str = "page.raw.txt") -> bench_fidelity.Cleaned:
    return bench_fidelity.clean_uncached(name, raw.encode("utf-8"))


def _key(text: str) -> str:
    return "".join(text.split())


def _cleaned_twice(raw: str) -> str:
    """The clean text of ``raw``; cleaning it again must give the same text and title."""
    first = _clean(raw)
    text = bench_fidelity.plain_text(first)
    again = _clean(text, "clean.txt")
    assert bench_fidelity.plain_text(again) == text
    assert again.title == first.title
    return text


def _count(text: str, paragraph: str) -> int:
    """How often ``paragraph`` occurs in ``text``, whitespace aside (a wrapped paragraph and an
    unwrapped one, in a script with or without spaces)."""
    return _key(text).count(_key(paragraph))


def _page(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


# --------------------------------------------------------------------------- re-wrapped copies


@pytest.mark.parametrize("lang", LANGUAGES)
def test_one_line_copy_of_a_wrapped_paragraph_goes(lang):
    """Mail or a plain-text page wrapped at a width, and the scrape's copy of a paragraph on
    one line further down."""
    page = _page(
        wrap(PARAGRAPH[lang], 64),
        wrap(OTHER[lang], 64),
        PARAGRAPH[lang],
        CLOSING[lang],
    )
    text = _cleaned_twice(page)
    assert _count(text, PARAGRAPH[lang]) == 1
    assert _count(text, OTHER[lang]) == 1
    assert _count(text, CLOSING[lang]) == 1


@pytest.mark.parametrize("lang", LANGUAGES)
def test_wrapped_copy_of_a_one_line_paragraph_goes(lang):
    """The page's paragraph on one line, then the scrape's copy of it wrapped (a quoted
    newsletter, a caption file of the same text)."""
    page = _page(PARAGRAPH[lang], OTHER[lang], wrap(PARAGRAPH[lang], 56), CLOSING[lang])
    text = _cleaned_twice(page)
    assert _count(text, PARAGRAPH[lang]) == 1
    assert _count(text, OTHER[lang]) == 1


@pytest.mark.parametrize("lang", LANGUAGES)
def test_paragraph_repeated_right_after_itself_with_other_breaks_goes(lang):
    page = _page(wrap(PARAGRAPH[lang], 72), wrap(PARAGRAPH[lang], 50), CLOSING[lang])
    text = _cleaned_twice(page)
    assert _count(text, PARAGRAPH[lang]) == 1
    assert _count(text, CLOSING[lang]) == 1


@pytest.mark.parametrize("lang", SPACED)
def test_copy_with_the_same_first_line_and_other_breaks_goes_whole(lang):
    """The copy starts with the same line as its original and breaks differently after it:
    it goes whole, not its first line alone (a fragment of a sentence left behind)."""
    lines = wrap(PARAGRAPH[lang], 60).splitlines()
    copy = "\n".join([lines[0], " ".join(lines[1:])])
    page = _page("\n".join(lines), OTHER[lang], copy, CLOSING[lang])
    text = _cleaned_twice(page)
    assert _count(text, PARAGRAPH[lang]) == 1
    assert _key(lines[0]) not in _key(text).replace(_key(PARAGRAPH[lang]), "")


def test_a_whole_thread_captured_twice_with_one_paragraph_rewrapped_goes_whole():
    first = _page(wrap(PARAGRAPH["en"], 66), OTHER["en"], wrap(PARAGRAPH["de"], 66))
    second = _page(PARAGRAPH["en"], OTHER["en"], wrap(PARAGRAPH["de"], 50))
    text = _cleaned_twice(first + "\n" + second + "\n" + CLOSING["en"] + "\n")
    for paragraph in (PARAGRAPH["en"], OTHER["en"], PARAGRAPH["de"], CLOSING["en"]):
        assert _count(text, paragraph) == 1


def test_rewrapped_copy_is_logged_line_by_line():
    page = split_lines(_page(wrap(PARAGRAPH["en"], 64), OTHER["en"], wrap(PARAGRAPH["en"], 40)))
    result = remove_duplicates(page)
    original = [ln.no for ln in page][: len(wrap(PARAGRAPH["en"], 64).splitlines())]
    removed = [c.line for c in result.changes]
    assert removed == [ln.no for ln in page if ln.no > original[-1] + 2]
    assert {c.rule for c in result.changes} == {"duplicate-rewrapped"}
    assert all(f"lines {original[0]}–{original[-1]}" in c.detail for c in result.changes)


# --------------------------------------------------------------------------- what stays


@pytest.mark.parametrize(
    "change",
    [
        ("calm", "calm 🙂"),  # an emoji
        ("three", "four"),  # a word
        ("formal", "formal,"),  # a symbol
        ("afternoon", "afternoon (2)"),  # a digit
    ],
)
def test_rewrapped_line_that_differs_in_any_character_stays(change):
    other = PARAGRAPH["en"].replace(*change)
    page = _page(wrap(PARAGRAPH["en"], 64), OTHER["en"], other)
    text = _cleaned_twice(page)
    assert _count(text, PARAGRAPH["en"]) == 1
    assert _count(text, other) == 1


def test_copy_that_would_take_half_a_sentence_with_it_stays():
    """A wrapped paragraph whose last lines happen to hold an earlier paragraph's text: the
    line above them goes on into them (no sentence ends there), so they are not a text of
    their own and stay; removing them would cut that sentence in two."""
    tail = "Wren Alder, who counted how often it had apologised for things that were not its fault."
    head = "After the session the person who read every single log with us was"
    lines = [head, *wrap(tail, 50).splitlines()]
    page = split_lines(_page(tail, "\n".join(lines), CLOSING["en"]))
    assert [ln.text for ln in remove_duplicates(page).lines] == [ln.text for ln in page]


def test_first_line_of_a_wrapped_paragraph_is_no_cut_copy_of_the_line_above():
    """A wrapped paragraph under a one-line text that opens with the same words: its first
    line is a prefix of that text but goes on in the next line; it stays with its paragraph."""
    whole = PARAGRAPH["en"]
    other = " ".join(whole.split()[:13]) + " and then it fell silent for a minute or so."
    lines = wrap(other, 70).splitlines()
    assert whole.startswith(lines[0])
    page = split_lines("\n".join([whole, *lines]))
    assert [ln.text for ln in remove_duplicates(page).lines] == [ln.text for ln in page]


def test_short_repeated_wrapped_lines_stay():
    """Labels and short lines that repeat (a chorus, a refrain split over two lines) are not
    long enough to be a copy anywhere in the document."""
    page = _page(
        "Round and round\nthe kettle goes", "It rained all day.", "Round and round the kettle goes"
    )
    text = _cleaned_twice(page)
    assert _count(text, "Round and round the kettle goes") == 2


# --------------------------------------------------------------------------- teasers


@pytest.mark.parametrize("lang", SPACED)
@pytest.mark.parametrize("ellipsis", ["…", "..."])
def test_teaser_cut_mid_word_above_the_wrapped_paragraph_goes(lang, ellipsis):
    """A description line the scrape cut short (mid-word, marked) above the paragraph it
    opens, which is hard-wrapped: the teaser goes, the paragraph stays whole."""
    text = PARAGRAPH[lang]
    cut = next(k for k in range(70, len(text)) if text[k - 1].isalpha() and text[k].isalpha())
    teaser = text[:cut] + ellipsis
    page = _page("Notes from the lab", teaser, wrap(PARAGRAPH[lang], 64), OTHER[lang])
    text = _cleaned_twice(page)
    assert _key(teaser) not in _key(text)
    assert _count(text, PARAGRAPH[lang]) == 1


@pytest.mark.parametrize("lang", ("zh", "ja"))
def test_cjk_teaser_cut_short_above_the_wrapped_paragraph_goes(lang):
    teaser = PARAGRAPH[lang][:27] + "…"
    page = _page(teaser, wrap(PARAGRAPH[lang], 40), OTHER[lang])
    text = _cleaned_twice(page)
    assert _key(teaser) not in _key(text)
    assert _count(text, PARAGRAPH[lang]) == 1


def test_teaser_with_a_byline_between_goes():
    words = PARAGRAPH["en"].split()
    teaser = " ".join(words[:12]) + "…"
    page = f"{teaser}\nby Wren Alder\n{wrap(PARAGRAPH['en'], 64)}\n\n{OTHER['en']}\n"
    text = _cleaned_twice(page)
    assert _key(teaser) not in _key(text)
    assert _count(text, PARAGRAPH["en"]) == 1


def test_teaser_equal_to_the_wrapped_first_paragraph_is_kept_once():
    page = _page(PARAGRAPH["ru"], wrap(PARAGRAPH["ru"], 60), OTHER["ru"])
    text = _cleaned_twice(page)
    assert _count(text, PARAGRAPH["ru"]) == 1


def test_a_reply_quoting_a_comments_opening_far_away_stays():
    words = PARAGRAPH["en"].split()
    quote = " ".join(words[:10]) + "…"
    page = _page(wrap(PARAGRAPH["en"], 64), OTHER["en"], CLOSING["en"], quote, "I agree with that.")
    text = _cleaned_twice(page)
    assert _key(quote) in _key(text)


# --------------------------------------------------------------------------- rolling captions

CAPTIONS = {
    "en": [
        "so today I want to talk about how",
        "assistants keep the same character over",
        "a long conversation with a user and why",
        "that matters for the people who use them",
        "and what goes wrong when it drifts away",
    ],
    "ru": [
        "сегодня я хочу рассказать о том как",
        "ассистенты сохраняют один и тот же характер",
        "в долгом разговоре с пользователем и почему",
        "это важно для людей которые ими пользуются",
        "и что ломается когда он начинает меняться",
    ],
    "es": [
        "hoy quiero hablar de cómo los asistentes",
        "mantienen el mismo carácter durante una",
        "conversación larga con una persona y por qué",
        "eso importa a quienes los usan cada día",
        "y qué falla cuando empieza a cambiar",
    ],
    "el": [
        "σήμερα θέλω να μιλήσω για το πώς οι βοηθοί",
        "κρατούν τον ίδιο χαρακτήρα σε μια μακριά",
        "συζήτηση με έναν χρήστη και γιατί αυτό",
        "έχει σημασία για όσους τους χρησιμοποιούν",
        "και τι χαλάει όταν αρχίζει να αλλάζει",
    ],
}


def rolling(lines: list[str], blank: bool, flash: bool = False) -> str:
    """Auto captions dumped cue by cue: each cue repeats the previous cue's line above its
    own; ``flash`` adds the short cue that shows the previous line alone."""
    cues = [[lines[0]]]
    for before, line in pairwise(lines):
        if flash:
            cues.append([before])
        cues.append([before, line])
    sep = "\n\n" if blank else "\n"
    return sep.join("\n".join(cue) for cue in cues) + "\n"


@pytest.mark.parametrize("lang", CAPTIONS)
@pytest.mark.parametrize("blank", [True, False])
@pytest.mark.parametrize("flash", [False, True])
def test_rolling_captions_keep_each_line_once(lang, blank, flash):
    text = _cleaned_twice(rolling(CAPTIONS[lang], blank, flash))
    assert _key(text) == _key(" ".join(CAPTIONS[lang]))


def test_lines_sung_twice_in_a_short_song_stay():
    """Two or three doubled lines of a few words (a refrain) are no rolling captions."""
    page = "Songs for the river\n\nRow the boat\nRow the boat\nDown the stream\nDown the stream\n"
    page += "Life is but a dream\n"
    text = _cleaned_twice(page)
    assert _count(text, "Row the boat Row the boat") == 1
    assert _count(text, "Down the stream Down the stream") == 1


def test_doubled_interface_rows_are_not_captions():
    """A comment's buttons captured twice ("Reply", "Share"): short labels, they stay for the
    chrome rules to judge, not removed as a copy."""
    lines = ["Reply", "Reply", "Share", "Share", "Report", "Report"]
    result = remove_duplicates(split_lines("\n".join(lines)))
    assert [ln.text for ln in result.lines] == lines


def test_a_doubled_label_after_doubled_sentences_stays():
    """Sentences each printed twice (the line rules') and then a short label printed twice
    ("Like", a section's name): the label is no rolling caption; it stays twice."""
    sentences = [OTHER["en"], OTHER["de"], OTHER["fr"]]
    lines = [x for sentence in sentences for x in (sentence, sentence)] + ["Like", "Like", "End."]
    result = remove_duplicates(split_lines("\n".join(lines)))
    assert [ln.text for ln in result.lines] == [*sentences, "Like", "Like", "End."]
    assert "duplicate-rolling" not in {c.rule for c in result.changes}


def test_rolling_captions_with_a_short_line_inside_keep_it_once():
    lines = [*CAPTIONS["en"][:2], "you know", *CAPTIONS["en"][2:]]
    text = _cleaned_twice(rolling(lines, blank=True))
    assert _key(text) == _key(" ".join(lines))
