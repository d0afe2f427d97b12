"""Duplicates stage: repeated paragraphs and runs go, legitimate short repeats stay."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from persona_archive.cleaning.duplicates import (
    LONG_LINE_WORDS,
    SENTENCE_MIN_WORDS,
    cut_short,
    dedupe_text,
    line_key,
    remove_duplicates,
    same_text,
    word_count,
)
from persona_archive.cleaning.model import Line, split_lines

LONG_A = (
    "LLM characters are human imitations and accordingly have personalities, emotions, and "
    "unresolved psychological issues."
)
LONG_B = "This is a dimension of alignment that seems clear, and it is worth saying plainly here."
LONG_C = "For what it’s worth, I take the opposite position on this, for reasons I explain below."
MEDIUM = "That is the lesson I would take away."  # 8 words: repeats on its own are kept


def lines_of(*texts: str) -> list[Line]:
    return [Line(i, t) for i, t in enumerate(texts, start=1)]


def texts(result) -> list[str]:
    return [line.text for line in result.lines]


# --------------------------------------------------------------------------- keys


def test_key_ignores_only_whitespace():
    variants = [
        "It’s about the “training” dataset — external behavior.",
        "It’s  about the “training”\u00a0dataset —\texternal behavior. ",
        "It’s about the “training” dataset —\u200bexternal behavior.",  # zero-width space
        "It’s about the “training” dataset — external behavior.".replace("’", "’"),
    ]
    assert len({line_key(v) for v in variants}) == 1
    assert line_key("Cafe\u0301 au lait") == line_key("Café au lait")  # NFC: the same text


@pytest.mark.parametrize(
    "other",
    [
        "it’s about the “training” dataset — external behavior.",  # case
        'It\'s about the "training" dataset - external behavior.',  # quote and dash style
        "It’s about the “training” dataset — external behavior!",  # punctuation
        "Ｉｔ’ｓ about the “training” dataset — external behavior.",  # fullwidth letters
    ],
)
def test_key_keeps_every_other_difference(other):
    assert line_key("It’s about the “training” dataset — external behavior.") != line_key(other)


def test_key_keeps_different_words_apart():
    assert line_key("The model is aligned.") != line_key("The model is misaligned.")


def test_symbol_only_lines_key_on_their_text():
    assert line_key("***") != line_key("---")
    assert line_key("* * *") == line_key("***")


def test_word_count():
    assert word_count(LONG_A) == 14
    assert word_count("— * —") == 0


# --------------------------------------------------------------------------- rules


def test_whole_thread_twice_with_a_reply_between():
    doc = lines_of(LONG_A, LONG_B, LONG_C, "Ah I see.", LONG_A, LONG_B, LONG_C)
    result = remove_duplicates(doc)
    assert texts(result) == [LONG_A, LONG_B, LONG_C, "Ah I see."]
    assert [(c.rule, c.line, c.detail) for c in result.changes] == [
        ("duplicate-run", 5, "copy of line 1"),
        ("duplicate-run", 6, "copy of line 2"),
        ("duplicate-run", 7, "copy of line 3"),
    ]
    assert all(c.stage == "duplicates" and c.after == "" for c in result.changes)


def test_every_block_twice():
    a, b, c, d, e = LONG_A, "Short.", LONG_B, "Another short line.", LONG_C
    result = remove_duplicates(lines_of(a, b, a, b, c, d, c, d, e, e))
    assert texts(result) == [a, b, c, d, e]


def test_single_long_paragraph_anywhere():
    result = remove_duplicates(lines_of(LONG_A, "x", "y", "z", LONG_A))
    assert texts(result) == [LONG_A, "x", "y", "z"]
    assert result.changes[0].rule == "duplicate-paragraph"
    assert result.changes[0].detail == "copy of line 1"


def test_medium_line_repeated_apart_is_kept():
    doc = lines_of(MEDIUM, "Something else.", MEDIUM, "More.", MEDIUM)
    assert texts(remove_duplicates(doc)) == texts_of(doc)


def texts_of(doc):
    return [line.text for line in doc]


def test_run_of_medium_lines_with_enough_words_is_removed():
    run = [
        "That is the lesson I would take away from this.",
        "It also reinforces the motives behind those outputs.",
        "Active circuits are more prone to reinforcement, I think.",
    ]
    doc = lines_of(*run, "Thanks for listening.", *run)
    result = remove_duplicates(doc)
    assert texts(result) == [*run, "Thanks for listening."]
    assert {c.rule for c in result.changes} == {"duplicate-run"}


def test_short_lines_that_legitimately_repeat_are_kept():
    doc = lines_of(
        "Internet:",
        "Internet:",
        "Q:",
        "What made you start?",
        "A:",
        "Curiosity.",
        "Q:",
        "And now?",
        "A:",
        "Yes.",
        "Yes.",
        "Reply",
        "Reply",
        "Heading.",
        "Part one.",
        "Heading.",
        "Part two.",
    )
    assert remove_duplicates(doc).changes == []


def test_many_repeats_of_a_short_line_are_not_a_substantial_run():
    doc = lines_of(*(["Reply", "Share"] * 50))
    assert remove_duplicates(doc).changes == []


def test_short_labels_go_with_their_long_run():
    block = ["Weapon of choice:", "The mask.", "Central claim:", LONG_A]
    result = remove_duplicates(lines_of("Intro.", *block, *block, "Weapon of choice:", "New."))
    assert texts(result) == ["Intro.", *block, "Weapon of choice:", "New."]


def test_copy_details_point_at_a_kept_line():
    doc = lines_of(LONG_A, LONG_B, LONG_A, LONG_B, LONG_A, LONG_B)
    result = remove_duplicates(doc)
    assert texts(result) == [LONG_A, LONG_B]
    assert [c.detail for c in result.changes] == ["copy of line 1", "copy of line 2"] * 2


def test_copy_differing_in_whitespace_is_a_copy():
    variant = LONG_A.replace(" ", "  ").replace("and ", "and\u00a0")
    assert texts(remove_duplicates(lines_of(LONG_A, "x", variant))) == [LONG_A, "x"]


def test_case_or_punctuation_variant_is_different_content():
    variant = LONG_A.upper().replace(",", "")
    assert texts(remove_duplicates(lines_of(LONG_A, "x", variant))) == [LONG_A, "x", variant]


# ------------------------------------------------------------------- the next-line sentence

SENTENCES = [
    "The scrape printed this sentence twice in a row.",
    "Le modèle a répété la même phrase deux fois de suite.",
    "Das Modell hat denselben Satz zweimal hintereinander gedruckt!",
    "Модель дважды подряд напечатала одно и то же предложение.",
    "¿Por qué el modelo repite la misma frase dos veces?",
    "同じ文を二回書いた。",  # each CJK character is a word
    "模型写了两遍。",
    "قام النموذج بتكرار الجملة نفسها مرتين متتاليتين.",
    "मॉडल ने एक ही वाक्य दो बार लगातार लिखा।",
    "Then the assistant said “we will see.”",  # a closing mark after the stop
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_full_sentence_repeated_on_the_next_line_goes(sentence):
    assert SENTENCE_MIN_WORDS <= word_count(sentence) < LONG_LINE_WORDS
    doc = lines_of("Before.", sentence, sentence, "After.")
    result = remove_duplicates(doc)
    assert texts(result) == ["Before.", sentence, "After."]
    assert [(c.rule, c.line, c.detail) for c in result.changes] == [
        ("duplicate-sentence", 3, "copy of line 2")
    ]


def test_sentence_repeated_three_times_keeps_one():
    line = SENTENCES[0]
    result = remove_duplicates(lines_of(line, line, line))
    assert texts(result) == [line]
    assert [c.detail for c in result.changes] == ["copy of line 1", "copy of line 1"]


@pytest.mark.parametrize(
    "label",
    [
        "Yes.",
        "Thank you so much!",  # a sentence, but four words
        "Reply",
        "Q:",
        "Internet:",
        "Dec 30, 2022",
        "Speaker two, later in the episode:",  # six words, a label
        "Round and round the gradients go",  # six words, a lyric line: no sentence end
        "🐵🙈🙉🙊",
    ],
)
def test_short_labels_and_non_sentences_repeated_on_the_next_line_stay(label):
    doc = lines_of("Before.", label, label, "After.")
    assert remove_duplicates(doc).changes == []


def test_lines_that_differ_only_in_symbols_emoji_or_numbers_are_different():
    emoji = "A reader pasted 🐵 🙈 into the discussion to show how the model replied to it."
    kaomoji = (
        "A reader pasted (╯°□°）╯︵ ┻━┻) into the discussion to show how the model replied to it."
    )
    numbers = [
        "In the second run the model refused 12 of the 40 prompts it was given.",
        "In the second run the model refused 21 of the 40 prompts it was given.",
    ]
    doc = lines_of(emoji, kaomoji, "Between.", emoji.replace("🙈", "🙉"), *numbers)
    assert remove_duplicates(doc).changes == []
    doc = lines_of(*numbers, "Between.", *numbers)  # the exact run still goes
    assert texts(remove_duplicates(doc)) == [*numbers, "Between."]


# ---------------------------------------------------------------------------- cut short

WHOLE = (
    "We have no reason to believe that these systems behave like people in any way, and "
    "anyone who describes them in human terms is projecting."
)


def test_cut_short_copy_on_the_next_line_goes():
    cut = "We have no reason to believe that these systems behave…"
    result = remove_duplicates(lines_of(WHOLE, cut, "After."))
    assert texts(result) == [WHOLE, "After."]
    assert [(c.rule, c.line, c.detail) for c in result.changes] == [
        ("duplicate-truncated", 2, "cut-short copy of line 1")
    ]


def test_cut_short_copy_before_the_whole_line_goes_and_the_whole_line_stays():
    cut = "We have no reason to believe that these systems behave like people in any way, and"
    result = remove_duplicates(lines_of("Before.", cut, WHOLE))
    assert texts(result) == ["Before.", WHOLE]
    assert [(c.rule, c.line, c.detail) for c in result.changes] == [
        ("duplicate-truncated", 2, "cut-short copy of line 3")
    ]


def test_cut_short_copy_at_the_end_of_a_repeated_run_goes():
    run = [LONG_B, "Short label:", LONG_C]
    cut = LONG_C[:40] + "..."
    result = remove_duplicates(lines_of(*run, "A reply.", *run[:2], cut))
    assert texts(result) == [*run, "A reply."]
    assert [c.rule for c in result.changes] == [
        "duplicate-run",
        "duplicate-run",
        "duplicate-truncated",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "We have no reason to…",  # five words: too little to tell
        "We have no reason to believe that these systems behave",  # mid-sentence, 10 words
        "We have no reason to believe that these systems behave like 🤖…",  # differs
        "We have no reason to believe that.",  # a whole sentence of its own
    ],
)
def test_what_is_not_a_cut_short_copy_stays(line):
    assert remove_duplicates(lines_of(WHOLE, line)).changes == []


def test_a_partial_quotation_far_from_its_source_stays():
    quote = "We have no reason to believe that these systems behave…"
    doc = lines_of(WHOLE, "A reply follows.", "Another remark here.", quote, "I disagree.")
    assert remove_duplicates(doc).changes == []


def test_cut_short_and_same_text():
    assert cut_short("We have no reason to believe that these…", WHOLE)
    assert not cut_short(WHOLE, WHOLE) and not cut_short(WHOLE + " More.", WHOLE)
    assert same_text(WHOLE, WHOLE.replace(" ", "\u00a0")) and not same_text(WHOLE, WHOLE.lower())


def test_removal_that_joins_a_run_is_followed_up():
    # after the X Y copy goes, "A B C" becomes a repeat of the first three lines
    a, b, c = (
        "The first medium sentence of the run is here.",
        "The second medium sentence of the run is here.",
        "The third medium sentence of the run is here.",
    )
    x, y = LONG_A, LONG_B
    result = remove_duplicates(lines_of(a, b, c, x, y, a, b, x, y, c))
    assert texts(result) == [a, b, c, x, y]


def test_dedupe_text():
    assert dedupe_text(f"{LONG_A}\n\n{LONG_A}\n") == f"{LONG_A}\n"
    assert dedupe_text("") == ""


def test_large_input_is_not_quadratic():
    paragraphs = [
        f"Paragraph number {i} says something that is long enough to count." for i in range(25_000)
    ]
    short = ["Reply", "Share", "Yes."] * 10_000
    doc = lines_of(*paragraphs, "A new reply between the copies.", *paragraphs, *short)
    start = time.perf_counter()
    result = remove_duplicates(doc)
    elapsed = time.perf_counter() - start
    assert len(result.lines) == 25_000 + 1 + len(short)
    assert elapsed < 10, f"took {elapsed:.1f}s"


# --------------------------------------------------------------------------- properties

POOL = [
    LONG_A,
    LONG_B,
    LONG_C,
    MEDIUM,
    "Reply",
    "Internet:",
    "Q:",
    "Yes.",
    "***",
    "🤣12",
    LONG_A[:50] + "…",
    LONG_A[:90],
    LONG_B.replace("clear", "clear 🐵"),
    "The scrape printed this sentence twice in a row.",
]
documents = st.lists(
    st.one_of(
        st.sampled_from(POOL),
        st.sampled_from(POOL).map(str.upper),
        st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30),
    ),
    max_size=40,
).map(lambda parts: "\n".join(parts))


@settings(max_examples=300, deadline=None)
@given(documents)
def test_properties_idempotent_deterministic_accounted(text):
    doc = split_lines(text)
    result = remove_duplicates(doc)
    by_no = {line.no: line.text for line in doc}
    kept = [line.no for line in result.lines]
    removed = [c.line for c in result.changes]
    assert kept == sorted(kept)
    assert set(kept).isdisjoint(removed) and len(removed) == len(set(removed))
    assert sorted(kept + removed) == sorted(by_no)
    for change in result.changes:
        assert change.before == by_no[change.line]
        original = int(change.detail.rsplit(" ", 1)[1])
        assert original in kept
        if change.rule == "duplicate-truncated":
            assert cut_short(change.before, by_no[original])
        else:
            assert original < change.line and same_text(by_no[original], change.before)
            assert change.detail.startswith("copy of line ")
    # no long paragraph survives twice
    long_keys = [line_key(t) for t in texts(result) if word_count(t) >= LONG_LINE_WORDS]
    assert len(long_keys) == len(set(long_keys))
    assert remove_duplicates(doc) == result
    again = remove_duplicates(result.lines)
    assert again.lines == result.lines and again.changes == []


def test_adjacent_medium_repeat_goes_only_in_a_doubled_document():
    line = "The model's version does look weirdly strange"  # 7 words, not a sentence
    plain = lines_of("Verse.", line, line, "Label:", "Label:")
    assert remove_duplicates(plain).changes == []  # a chorus line, say
    doubled = lines_of(
        LONG_A, LONG_A, line, line, "Label with words here now:", "Label with words here now:"
    )
    result = remove_duplicates(doubled)
    assert texts(result) == [LONG_A, line, *texts_of(doubled[4:])]
    assert [(c.line, c.rule, c.detail) for c in result.changes] == [
        (2, "duplicate-paragraph", "copy of line 1"),
        (4, "duplicate-paragraph", "copy of line 3"),
    ]
