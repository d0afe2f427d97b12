"""``RegexSet`` gives the same answer as one alternation of its regexes, only faster."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from persona_archive.cleaning.boilerplate.interface import interface_key, repo_interface_strings
from persona_archive.cleaning.regexset import RegexSet

FIDELITY = Path(__file__).parent / "fidelity"


def alternation_first(patterns: list[str], flags: int, text: str) -> int | None:
    """What the one alternation of every regex says: the index of the first that fullmatches."""
    body = "|".join(f"(?P<r{i}>{p})" for i, p in enumerate(patterns))
    match = re.compile(body, flags).fullmatch(text)
    return int(match.lastgroup[1:]) if match else None


def test_only_regexes_that_can_start_with_the_character_are_tried():
    patterns = ["abc", "(?:x|y)z|[q-s]", "a?b*c", r"\bword", "(?=x)xy", r"\d+ views", "ABC"]
    rs = RegexSet(patterns, 0)
    assert rs.candidates("a") == (0, 2)
    assert rs.candidates("r") == (1,) and rs.candidates("c") == (2,)
    assert rs.candidates("w") == (3,) and rs.candidates("x") == (1, 4)
    assert rs.candidates("7") == rs.candidates("\u0667") == (5,)  # any digit, Arabic-Indic too
    assert rs.candidates("A") == (6,) and RegexSet(["ABC"], re.I).candidates("a") == (0,)
    anything = [".x", "[^a]", "a*", "(a)?\\1b", "(?i:q)r"]
    assert RegexSet(anything, 0).candidates("z") == (0, 1, 2, 3, 4)


def test_case_insensitive_pairs_beyond_ascii_fold_alike():
    rs = RegexSet(["Kelvin", "ſtraße", "ΣΟΦΙΑ"], re.I)
    assert rs.first("\u212aelvin") == 0  # the Kelvin sign is a K to re.IGNORECASE
    assert rs.first("straße") == 1 and rs.first("STRASSE") is None  # as re says
    assert rs.first("σοφια") == 2 and rs.first("ςοφια") == 2


def test_the_first_regex_in_order_wins_as_in_the_alternation():
    patterns = [r"\d+ \w+", r"12 comments", r"re.*", "reply"]
    rs = RegexSet(patterns, re.I)
    for text in ("12 comments", "reply", "read more", "x", "", "12"):
        assert rs.first(text) == alternation_first(patterns, re.I, text), text


_PIECES = st.sampled_from(
    ["a", "b", "é", "É", "k", "K", "ß", "σ", "Σ", "ς", "1", " ", r"\d", r"\w", ".", "[a-c]", "[^b]",
     "x?", "(?:a|b)", "(?:c|)", "y*", "z+", r"\b", "(?=a)", "^"]
)  # fmt: skip
_REGEX = st.lists(_PIECES, min_size=1, max_size=5).map("".join)
_TEXT = st.text(alphabet="abcéÉkKßσΣς1 xyzSs\u212a", max_size=6)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_REGEX, min_size=1, max_size=6), st.lists(_TEXT, min_size=1, max_size=8), st.booleans()
)
def test_same_answer_as_one_alternation(patterns, texts, ignore_case):
    flags = re.I if ignore_case else 0
    rs = RegexSet(patterns, flags)
    for text in texts:
        assert rs.first(text) == alternation_first(patterns, flags, text), (patterns, text)


def test_the_interface_list_answers_every_corpus_line_as_before():
    """Every line of the fidelity corpus and the cleaning cases, folded as the cleaner folds it,
    gets the same regex from the interface list as the one alternation of them all gave."""
    strings = repo_interface_strings()
    patterns = [regex.pattern for regex, _ in strings.regexes]
    body = "|".join(f"(?P<r{i}>{p})" for i, p in enumerate(patterns))
    alternation = re.compile(body, re.I)
    files = [*FIDELITY.glob("dev/*.raw.txt"), *(Path(__file__).parent / "cases").rglob("*.txt")]
    keys = {interface_key(line) for f in files for line in f.read_text("utf-8").splitlines()}
    matched = 0
    for key in sorted(keys):
        match = alternation.fullmatch(key)
        expected = int(match.lastgroup[1:]) if match else None
        assert strings.combined.first(key) == expected, key
        matched += expected is not None
    assert len(keys) > 5_000 and matched > 100  # the corpus holds both kinds of line
