"""Search tests: the built site's lunr index (``search/search_index.json``) loaded into the
Python ``lunr`` package finds every document by a phrase from the middle of its body."""

from __future__ import annotations

import html
import json
import re

import pytest
from lunr import lunr

pytestmark = pytest.mark.slow

_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"[A-Za-z]{4,}")


def _plain(text: str) -> str:
    return html.unescape(_TAG.sub(" ", text))


@pytest.fixture(scope="module")
def index(site):
    data = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    docs = [
        {"location": d["location"], "title": _plain(d["title"]), "text": _plain(d["text"])}
        for d in data["docs"]
    ]
    return lunr(ref="location", fields=("title", "text"), documents=docs), docs


def _middle_phrase(project, slug: str, words: int = 5) -> list[str]:
    """Words of the longest paragraph from the middle of the generated page's body."""
    body = (project / "docs" / "archive" / f"{slug}.md").read_text(encoding="utf-8")
    body = body.split("\n---\n", 1)[1]
    paragraphs = [html.unescape(p) for p in body.split("\n\n") if not p.startswith("#")]
    middle = paragraphs[len(paragraphs) // 2 :]
    tokens = _WORD.findall(max(middle, key=len))
    start = max(0, len(tokens) // 2 - words // 2)
    return tokens[start : start + words]


def test_every_document_is_found_by_a_phrase_from_its_body(index, project, pages):
    idx, _ = index
    for slug in pages:
        phrase = _middle_phrase(project, slug)
        assert len(phrase) >= 3, slug
        query = " ".join(f"+{w.lower()}" for w in phrase)
        results = idx.search(query)
        assert results, f"{slug}: nothing found for {phrase}"
        assert results[0]["ref"].split("#")[0] == f"archive/{slug}/", (slug, phrase, results[:3])


def test_search_finds_the_shoggoth_thread(index, pages):
    idx, _ = index
    results = idx.search("shoggoth")
    shoggoth = [s for s, p in pages.items() if "shoggoth-meme" in p["tags"]]
    assert results and results[0]["ref"].split("#")[0] in {f"archive/{s}/" for s in shoggoth}
