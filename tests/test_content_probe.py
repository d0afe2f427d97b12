"""The content-loss probe (issue 18, point 1: never delete content). A battery of content
lines written for this test (tests/data/content_probe.yml: recipes, poems and refrains,
scripts, short replies, emoji, code, table rows, dates, fields, quotes, list items,
headings, signatures, math, formulas, letters, hashtags, in many languages and scripts) is
placed in each chrome context of tests/data/content_probe_contexts.yml (between two
sentences, under a share row, over a log-in prompt, under a post's header, over a footer,
under a title, at the end of a thread's post) and run through the boilerplate stage: no line
of the item, and no line of the surrounding prose, may be removed.

Adding a case is adding a row to the data. A failure names the rule that took the line."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest
import yaml

from persona_archive.cleaning.boilerplate import strip_boilerplate
from persona_archive.cleaning.model import split_lines

DATA = Path(__file__).parent / "data"


def battery() -> list[tuple[str, str, list[str]]]:
    """The items as (genre, language, lines); a row "+| text" continues the item above."""
    raw = yaml.safe_load((DATA / "content_probe.yml").read_text(encoding="utf-8"))
    items: list[tuple[str, str, list[str]]] = []
    for genre, block in raw.items():
        if genre == "xfail":
            continue
        for row in block.splitlines():
            language, sep, text = row.partition("| ")
            assert sep and text.strip(), f"{genre}: a row without '<language>| ': {row!r}"
            if language == "+":
                items[-1][2].append(text)
            else:
                items.append((genre, language, [text]))
    return items


def known_losses() -> dict[str, dict]:
    """An item's lines joined by " / " -> {context or "all": reason} for losses left to other
    modules; a reason written {reason: ..., strict: false} is a rule not yet committed."""
    raw = yaml.safe_load((DATA / "content_probe.yml").read_text(encoding="utf-8"))
    return raw.get("xfail") or {}


def contexts() -> dict[str, list[str]]:
    return yaml.safe_load((DATA / "content_probe_contexts.yml").read_text(encoding="utf-8"))


ITEMS = battery()
CONTEXTS = contexts()
XFAIL = known_losses()


def page(variant: str, item: list[str]) -> tuple[str, set[int]]:
    """The page's text and the numbers (1-based) of the lines that must stay."""
    rows: list[str] = []
    keep: set[int] = set()
    for row in variant.strip("\n").split("\n"):
        if row == "X":
            for text in item:
                rows.append(text)
                keep.add(len(rows))
        else:
            mark, text = row[:2], row[2:]
            assert mark in ("t ", "c "), f"a context row without its mark: {row!r}"
            rows.append(text)
            if mark == "t ":
                keep.add(len(rows))
    return "".join(r + "\n" for r in rows), keep


def losses(variant: str, item: list[str]) -> list[tuple[str, str]]:
    """(rule, line) for each line of the text or the item the stage removed."""
    text, keep = page(variant, item)
    result = strip_boilerplate(split_lines(text))
    return [(c.rule, c.before) for c in result.changes if c.line in keep]


def cases():
    for number, (genre, language, item) in enumerate(ITEMS):
        for context, variants in CONTEXTS.items():
            variant = variants[zlib.crc32("\n".join(item).encode()) % len(variants)]
            marks = []
            known = XFAIL.get(" / ".join(item), {})
            reason = known.get(context) or known.get("all")
            if isinstance(reason, dict):  # a rule still being written elsewhere: not strict
                marks.append(pytest.mark.xfail(strict=False, reason=reason["reason"]))
            elif reason:
                marks.append(pytest.mark.xfail(strict=True, reason=reason))
            yield pytest.param(
                variant, item, id=f"{number:03d}-{genre}-{language}-{context}", marks=marks
            )


def test_the_battery_is_broad():
    genres = {genre for genre, _, _ in ITEMS}
    languages = {language for _, language, _ in ITEMS}
    assert len(ITEMS) >= 300 and len(genres) >= 12 and len(languages) >= 12
    assert set(XFAIL) <= {" / ".join(item) for _, _, item in ITEMS}, "an xfail names no item"


@pytest.mark.parametrize(("variant", "item"), list(cases()))
def test_no_content_line_is_removed(variant: str, item: list[str]) -> None:
    assert losses(variant, item) == []


# The guards this probe brought (a limit's field, a quantity, a hashtag) keep only those: the
# chrome beside which they sit, and the same rules' chrome of a similar shape, still goes.
CHROME_STILL_GOES = {
    "a post's edit date": ("Thanks, this worked.", "Reply", "Edited: 3 May 2026", "Quote"),
    "a post's edit date (de)": (
        "Danke, das hat geholfen.",
        "Zuletzt bearbeitet: 3. Mai 2026",
        "Antworten · Zitieren",
    ),
    "a counter row": ("It began here.", "412 views 19 videos", "Share"),
    "a duration": ("It began here.", "Share", "14 days"),
    "a player's button": ("Listen to the episode.", "Lecture", "Télécharger", "Partager"),
}


@pytest.mark.parametrize("lines", list(CHROME_STILL_GOES.values()), ids=list(CHROME_STILL_GOES))
def test_the_chrome_beside_them_still_goes(lines: tuple[str, ...]) -> None:
    result = strip_boilerplate(split_lines("".join(t + "\n" for t in lines)))
    left = [line.text for line in result.lines]
    assert left == [t for t in lines if t[0].isupper() and t.endswith(".")]
