"""The counts a thread prints under each post's text, one a line, above the next post's header
(boilerplate ``_post_counts``): removed where the template prints them under two or more posts;
a number that is a post, or that a page prints once, stays. Pages built here, in several
languages and layouts (a name over a relative time, a reply button between)."""

from __future__ import annotations

import pytest

from persona_archive.cleaning.boilerplate import strip_boilerplate
from persona_archive.cleaning.model import split_lines

# (names, the post's time as the site prints it, the reply button or None, three posts' texts)
THREADS = {
    "ja": (
        ["koharu.desk", "yamabato", "mitsuki_t"],
        "2日前",
        "返信",
        [
            "うちのアシスタントは、断るときだけ急に丁寧になる。",
            "それは設計された性格なのか、ただの癖なのか、まだよくわからない。",
            "どちらにしても、毎朝同じ調子で話しかけてくれるのは少し嬉しい。",
        ],
    ),
    "en": (
        ["wren_at_dusk", "Tomas Quill", "hollyoak"],
        "3h",
        "Reply",
        [
            "My assistant gets formal only when it says no, which I find oddly charming.",
            "Is that a designed trait or a habit it picked up from the training data?",
            "Either way, I like that it greets me in the same tone every single morning.",
        ],
    ),
    "de": (
        ["Fenja K.", "brotzeit_77", "Lio"],
        "vor 5 Stunden",
        None,
        [
            "Mein Assistent wird nur dann förmlich, wenn er etwas ablehnt.",
            "Ist das ein gewollter Charakterzug oder eine Angewohnheit aus dem Training?",
            "Mir gefällt jedenfalls, dass er jeden Morgen im gleichen Ton grüßt.",
        ],
    ),
    "pt": (
        ["ana.ribeiro", "caju_azul", "Duarte M"],
        "há 2 dias",
        None,
        [
            "O meu assistente só fica formal quando recusa alguma coisa.",
            "Será um traço pensado pelos criadores ou um hábito do treino?",
            "Seja como for, gosto que me cumprimente sempre no mesmo tom.",
        ],
    ),
}

COUNTS = [["128", "14", "9"], ["21"], ["1.2K", "3"]]


def _thread(lang: str, counts: list[list[str]], first_post: str | None = None) -> str:
    names, when, button, texts = THREADS[lang]
    lines: list[str] = []
    for n, (name, text) in enumerate(zip(names, texts, strict=True)):
        lines += [name, when, first_post if (n == 2 and first_post) else text]
        lines += counts[n]
        if button and counts[n]:
            lines.append(button)
    return "\n".join(lines) + "\n"


def _kept(raw: str) -> list[str]:
    return [line.text for line in strip_boilerplate(split_lines(raw)).lines]


def _rules(raw: str) -> dict[str, str]:
    return {c.before: c.rule for c in strip_boilerplate(split_lines(raw)).changes}


@pytest.mark.parametrize("lang", sorted(THREADS))
def test_counts_under_each_post_are_removed_and_every_post_stays(lang):
    raw = _thread(lang, COUNTS)
    kept = _kept(raw)
    for text in THREADS[lang][3]:
        assert text in kept, (lang, text)
    for run in COUNTS[:2]:  # the counts above the next post's header
        for count in run:
            assert count not in kept, (lang, count)
    assert _rules(raw)["21"] == "interface:counter"


@pytest.mark.parametrize("lang", sorted(THREADS))
def test_a_post_that_is_a_number_stays(lang):
    """A reply that is only a number sits right under its header's time: it is the post."""
    raw = _thread(lang, COUNTS, first_post="42")
    assert "42" in _kept(raw), lang


@pytest.mark.parametrize("lang", sorted(THREADS))
def test_a_number_the_page_prints_once_stays(lang):
    """One post ending in a number is a writer's line, not the template's counts."""
    names, when, _button, texts = THREADS[lang]
    raw = "\n".join([names[0], when, texts[0], "7", names[1], when, texts[1]]) + "\n"
    assert "7" in _kept(raw), lang


def test_a_number_ending_a_paragraph_of_prose_stays():
    """Numbers above anything but a post's header (a list's total, a score) stay."""
    raw = (
        "The tally after three weeks of asking the same question each morning:\n"
        "17\n"
        "Most answers kept the same careful tone, and only a few drifted.\n"
        "Total refusals:\n"
        "4\n"
        "That is fewer than I expected.\n"
    )
    assert _kept(raw) == raw.splitlines()
