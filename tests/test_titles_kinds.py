"""True titles on page kinds the rules had not seen (issue 18, point 4), shown on constructed
pages (``titles_kinds_pages``): store listings and review sites, Blogger posts, changelogs and
releases, shared chats, READMEs, lecture notes, newsletters, docs pages, job posts, community
threads and national news (two shapes of most), in six languages and four scripts, cleaned as
ingest cleans a page without a catalog entry. The page's headline is the title; none of the
site's chrome is; the prose stays."""

from __future__ import annotations

import pytest

import bench_fidelity
from test_titles_constructed import _norm, chrome_or_lost
from titles_constructed_pages import Case
from titles_kinds_pages import KINDS_LANGUAGES, pages

CASES = pages()


def failures(case: Case) -> list[str]:
    """What is wrong with the title the pipeline gives ``case`` (empty: nothing)."""
    cleaned = bench_fidelity.clean_uncached(f"{case.shape}-{case.lang}.txt", case.text.encode())
    title, found = cleaned.title, []
    text = _norm(" ".join(t for _, t in cleaned.blocks))
    if title != case.title:
        found.append(f"title {title!r}, expected {case.title!r}")
    return found + chrome_or_lost(case, title, text)


# Kinds whose failure is known and not fixed in the titles package, with the reason.
KNOWN: dict[tuple[str, str], str] = {
    ("docs-pickers", "zh-Hant"): "a heading of seven CJK characters is too narrow for "
    "titles.headline, and nothing on the page names it again to confirm it",
}


def _marks(case: Case) -> list:
    reason = KNOWN.get((case.shape, case.lang))
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


@pytest.mark.parametrize(
    "case", [pytest.param(c, id=f"{c.shape}-{c.lang}", marks=_marks(c)) for c in CASES]
)
def test_the_headline_is_the_title_and_chrome_never_is(case):
    assert failures(case) == []


def test_the_cases_can_fail():
    """The check sees a chrome line given as the title, and a lost paragraph."""
    case = next(c for c in CASES if c.shape == "blogger" and c.lang == "da")
    wrong = Case(case.shape, case.lang, case.text, case.chrome[0], case.chrome, case.content)
    assert failures(wrong)
    lost = Case(case.shape, case.lang, case.text, case.title, case.chrome, ("Ingen sætning.",))
    assert failures(lost)


def test_every_kind_and_language_is_constructed():
    assert {"en", "da", "id", "ta", "zh-Hant"} <= set(KINDS_LANGUAGES)
    assert len({c.shape for c in CASES}) >= 24
    assert len(CASES) == len({(c.shape, c.lang) for c in CASES}) >= 144
