"""Search tests: the built site's lunr index (``search/search_index.json`` and its parts, joined
as the search worker joins them) loaded into the Python ``lunr`` package finds every document
by a phrase from the middle of its body, and the entry found marks the page's paragraph that
holds the phrase (the page script links to it)."""

from __future__ import annotations

import html
import re

import pytest
from lunr import lunr
from lunr.stop_word_filter import WORDS as STOP_WORDS

pytestmark = pytest.mark.slow

_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"(?<![\w’'])[A-Za-z]{4,}(?![\w’'])")  # whole words, not "doesn" of "doesn’t"
_MARKED = re.compile(r"<p data-p=(p-[a-z0-9-]+)>(.*?)</p>")


def _index_data(site) -> dict:
    """The site's whole lunr index: the index file's config and the entries of all its parts,
    in order (``search_parts.read_index``, what the archive's search worker gives lunr)."""
    from persona_archive.site import search_parts

    return search_parts.read_index(site / "search")


def _plain(text: str) -> str:
    return html.unescape(_TAG.sub(" ", text))


@pytest.fixture(scope="module")
def index(site):
    data = _index_data(site)
    docs = [
        {"location": d["location"], "title": _plain(d["title"]), "text": _plain(d["text"])}
        for d in data["docs"]
    ]
    return lunr(ref="location", fields=("title", "text"), documents=docs), {
        d["location"]: d for d in data["docs"]
    }


def _middle_phrase(project, slug: str, words: int = 5) -> list[str]:
    """Words of the longest paragraph from the middle of the generated page's body."""
    body = (project / "docs" / "archive" / f"{slug}.md").read_text(encoding="utf-8")
    body = body.split("\n---\n", 1)[1]
    paragraphs = [html.unescape(p) for p in body.split("\n\n") if not p.startswith("#")]
    middle = paragraphs[len(paragraphs) // 2 :]
    # lunr drops stop words ("this", "other"), so a required stop word would match nothing
    tokens = [w for w in _WORD.findall(max(middle, key=len)) if w.lower() not in STOP_WORDS]
    start = max(0, len(tokens) // 2 - words // 2)
    return tokens[start : start + words]


_NEXT_PARAGRAPH = re.compile(r'<(?!span class="pa-alias")[a-z0-9]+\b[^>]*\bid="p-')


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(_plain(text))}


def test_every_document_is_found_by_a_phrase_from_its_body(index, project, site, pages):
    idx, entries = index
    for slug in pages:
        phrase = _middle_phrase(project, slug)
        assert len(phrase) >= 3, slug
        query = " ".join(f"+{w.lower()}" for w in phrase)
        results = idx.search(query)
        assert results, f"{slug}: nothing found for {phrase}"
        found = results[0]["ref"]
        assert found.split("#")[0] == f"archive/{slug}/", (slug, phrase, results[:3])
        # the entry marks the paragraph that holds the phrase with that paragraph's id on the page
        wanted = {w.lower() for w in phrase}
        holding = [
            pid for pid, text in _MARKED.findall(entries[found]["text"]) if wanted <= _words(text)
        ]
        assert holding, (slug, phrase, entries[found]["text"][:300])
        page = (site / "archive" / slug / "index.html").read_text(encoding="utf-8")
        start = page.index(f'id="{holding[0]}"')
        # up to the next paragraph (an old id kept as an alias anchor inside this one is not one)
        following = _NEXT_PARAGRAPH.search(page, start + 1)
        end = following.start() if following else len(page)
        assert wanted <= _words(page[page.index(">", start) : end]), slug


def test_search_finds_the_shoggoth_thread(index, pages):
    idx, _ = index
    results = idx.search("shoggoth")
    shoggoth = [s for s, p in pages.items() if "shoggoth-meme" in p["tags"]]
    assert results and results[0]["ref"].split("#")[0] in {f"archive/{s}/" for s in shoggoth}


# --- the reading room (issue 5): metadata ranks above body mentions --------------------------


@pytest.fixture(scope="module")
def boosted(site):
    """The index as Material's search worker builds it: the fields with the boosts its config
    gives (title x1000, tags x1e6, the archive's facts), entry boosts."""
    data = _index_data(site)
    docs = [
        (
            {
                "location": d["location"],
                "title": _plain(d["title"]),
                "text": _plain(d["text"]),
                "tags": " ".join(d.get("tags") or []),
                "facts": _plain(d.get("facts", "")),
            },
            {"boost": d.get("boost", 1)},
        )
        for d in data["docs"]
    ]
    fields = [
        {"field_name": name, "boost": spec.get("boost", 1)}
        for name, spec in data["config"]["fields"].items()
    ]
    assert {f["field_name"] for f in fields} == {"title", "text", "tags", "facts"}
    return _ArchiveFirst(lunr(ref="location", fields=fields, documents=docs), data["docs"])


class _ArchiveFirst:
    """The index's results in the order the archive's search worker shows them
    (overrides/assets/pa-search-worker.js): archive documents (entries with ``facts``) before
    the site's hand-written pages, each in lunr's order."""

    def __init__(self, index, entries):
        self.index = index
        self.archived = {e["location"] for e in entries if "facts" in e}

    def search(self, query):
        results = self.index.search(query)
        return sorted(results, key=lambda r: r["ref"].split("#")[0] not in self.archived)


def test_documents_are_found_by_title_author_site_and_tag(boosted, pages):
    for slug, meta in pages.items():
        loc = f"archive/{slug}/"
        title_words = [
            w.lower() for w in _WORD.findall(meta["title"]) if w.lower() not in STOP_WORDS
        ]
        title_words = title_words[:3]
        queries = [" ".join(f"+{w}" for w in title_words)]
        for name in [*meta["authors"], meta["site"] or ""]:
            words = [w.lower() for w in _WORD.findall(name)]
            if words:
                queries.append(" ".join(f"+{w}" for w in words))
        for query in queries:
            refs = [r["ref"] for r in boosted.search(query)]
            assert loc in refs, (slug, query)
            top = [r.split("#")[0] for r in refs[:3]]
            assert loc in top, (slug, query, refs[:3])
        for tag in meta["tags"]:
            refs = [r["ref"] for r in boosted.search(f"tags:{tag}")]
            assert loc in refs, (slug, tag)


def test_an_author_ranks_above_a_mention(boosted, pages):
    """Among archived documents, an author's document comes before any that merely mentions the
    name in its body."""
    for slug, meta in pages.items():
        for author in meta["authors"]:
            surname = _WORD.findall(author)[-1].lower()
            refs = [r["ref"] for r in boosted.search(surname) if r["ref"].startswith("archive/")]
            assert refs and refs[0] == f"archive/{slug}/", (author, refs[:3])


def test_result_chips_show_tag_labels_not_slugs():
    """Material shows an entry's ``tags`` as chips under the result: the labels a reader knows."""
    from persona_archive.site import search_entries

    labels = {"shoggoth-meme": {"label": "Shoggoth <meme>"}}
    entries = search_entries.document_entries(
        "archive/a/", "A", {"tags": ["shoggoth-meme", "unlabelled"]}, labels, "<p>x</p>"
    )
    # escaped: Material inserts an entry's strings as markup
    assert entries[0]["tag_labels"] == ["Shoggoth &lt;meme&gt;", "unlabelled"]
    assert entries[0]["tags"] == ["shoggoth-meme", "unlabelled"]  # what the tags field indexes


def test_the_site_uses_the_archives_search_worker(site, project):
    """Every page points Material at the archive's worker: its prelude, then Material's own
    worker unchanged (the prelude adds phrases, ranking and suggestions; see
    tests/test_browser_search_lunr.py)."""
    from persona_archive.site import search_engine

    workers = site / "assets" / "javascripts" / "workers"
    (material,) = workers.glob("search.*.min.js")
    ours = workers / ("pa-" + material.name)
    prelude = "".join(
        (project / "overrides" / name).read_text(encoding="utf-8").rstrip() + "\n;\n"
        for name in search_engine.ARCHIVE_WORKER_PRELUDE
    )
    assert "self.paUnpacked = " in prelude  # the worker unpacks the index's parts
    assert ours.read_text(encoding="utf-8") == prelude + material.read_text("utf-8")
    # Material's settings, the same on every page, come from one script (shared_markup)
    shared = (site / "assets" / "pa-md-config.js").read_text(encoding="utf-8")
    assert f'"search":"assets/javascripts/workers/pa-{material.name}"' in shared
    for page in (site / "index.html", next((site / "archive").glob("*/index.html"))):
        text = page.read_text(encoding="utf-8")
        assert "assets/pa-md-config.js" in text and 'id="__config"' not in text, page
        assert f"workers/{material.name}" not in text, page
