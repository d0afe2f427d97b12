"""Unit tests of the reading room's data (issue 5): listings, browse pages, related documents,
the document furniture and the paragraph search entries. Fast: no site build."""

from __future__ import annotations

import html
import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

from persona_archive.cleaning import provenance
from persona_archive.site import browse, listings, reading, related, search_entries

HOSTILE = '<script>alert(1)</script> [x](javascript:alert(1)) {{ config }} *a* & "q"'


def _doc(i: int, **extra) -> dict:
    doc = {
        "slug": f"doc-{i:03d}",
        "title": f"Document {i}",
        "kind": "blog-post",
        "authors": [f"Author {i % 3}"],
        "site": f"Site {i % 2}",
        "url": f"https://example.org/{i}",
        "published": None,
        "archived": f"2026-01-{1 + i % 28:02d}",
        "tags": ["rlhf"] + (["memes"] if i % 2 else []),
        "source_file": f"{i:03d}.txt",
        "source_sha256": "0" * 64,
        "words": 100 + i,
        "cleaning": {"duplicates_removed": 1},
        "blocks": [{"id": "p-aaaaaa", "kind": "paragraph", "text": f"Body of document {i}."}],
        "excerpt": f"Body of document {i}.",
    }
    doc.update(extra)
    return doc


def _links(markdown: str) -> list[str]:
    return re.findall(r"\]\(([^)]+)\)", markdown)


def test_parse_blocks_reads_generated_markdown_back():
    body = (
        "# Title\n\n## A heading {#p-head01}\n\nFirst &#42;para&#42; &lt;b&gt;\n{: #p-para01 }"
        "\n\n> Quoted\n> {: #p-quot01 }\n"
    )
    blocks = listings.parse_blocks(body)
    assert blocks == [
        {"id": "p-head01", "kind": "heading", "text": "A heading"},
        {"id": "p-para01", "kind": "paragraph", "text": "First *para* <b>"},
        {"id": "p-quot01", "kind": "quote", "text": "Quoted"},
    ]
    assert listings.excerpt(blocks) == "First *para* <b>"


def test_collection_keeps_excerpts_not_bodies_and_reads_the_text_when_asked(tmp_path):
    """The collection is held for the whole build: it carries each document's excerpt, never
    its body; ``body_text`` reads the body for ``related``, which then gives what it gives on
    documents that carry their blocks. Short paragraphs' ``{: #id data-para }`` lines are
    attribute syntax, never text."""
    pages = {
        "a": "Shoggoth masks, smiley and tentacled.",
        "b": "A shoggoth under a smiley mask, tentacled.",
        "c": "Tea and biscuits.",
    }
    for slug, text in pages.items():
        (tmp_path / f"{slug}.md").write_text(
            f"---\ntitle: T {slug}\nslug: {slug}\ntags: [x]\n---\n\n# T {slug}\n\n"
            f'{text}\n{{: #p-{slug}aaaaa data-para="1" }}\n\n> Quoted.\n'
            f'> {{: #p-{slug}bbbbb data-para="2" }}\n',
            encoding="utf-8",
        )
    docs = listings.read_collection(tmp_path)
    docs = [listings.read_document(tmp_path / f"{d['slug']}.md") for d in docs]
    assert [d["excerpt"] for d in docs] == list(pages.values())
    assert all("blocks" not in d for d in docs)
    assert listings.body_text(tmp_path / "c.md") == "Tea and biscuits. Quoted."
    with_blocks = [
        {**d, "blocks": [{"text": listings.body_text(tmp_path / f"{d['slug']}.md")}]} for d in docs
    ]
    by_reading = related.related(
        docs, text_of=lambda d: f"{d['title']} {listings.body_text(tmp_path / (d['slug'] + '.md'))}"
    )
    assert by_reading == related.related(with_blocks)
    assert by_reading["a"][0]["slug"] == "b" and "data-para" not in by_reading["a"][0]["terms"]


def _page(path, slug: str, tags: str, published: str = "'2025-01-01'") -> None:
    path.write_text(
        f"---\ntitle: T {slug}\nslug: {slug}\ntags: {tags}\npublished: {published}\n---\n\n"
        f"# T {slug}\n\nFirst words of {slug}.\n",
        encoding="utf-8",
    )


def test_collection_is_parsed_again_only_where_a_page_changed(tmp_path, monkeypatch):
    archive, cache = tmp_path / "archive", tmp_path / "cache"
    archive.mkdir()
    _page(archive / "a.md", "a", "[x]")
    _page(archive / "b.md", "b", "[y]")
    _page(archive / "d.md", "d", "[z]", published="2025-03-04")  # a YAML date, by hand

    def load():
        listings.forget_collection()
        return {d["slug"]: d for d in listings.load_collection(archive, cache)}

    first = load()
    assert first["a"]["tags"] == ["x"] and first["a"]["excerpt"] == "First words of a."
    assert [p.suffix for p in cache.iterdir()] == [".json"]
    parsed: list[str] = []
    original = listings.document

    def counted(text: str) -> dict:
        doc = original(text)
        parsed.append(doc.get("slug"))
        return doc

    monkeypatch.setattr(listings, "document", counted)
    assert load() == first
    assert parsed == ["d"]  # only the page whose data JSON would change: its date stays a date
    assert str(first["d"]["published"]) == "2025-03-04" and not isinstance(
        first["d"]["published"], str
    )
    parsed.clear()
    text = (archive / "a.md").read_text(encoding="utf-8")
    (archive / "a.md").unlink()
    (archive / "a.md").write_text(text, encoding="utf-8")  # as in a fresh checkout: same text
    _page(archive / "b.md", "b", "[y, w]")  # new text
    assert load()["a"] == first["a"] and sorted(parsed) == ["b", "d"]
    parsed.clear()
    (archive / "a.md").unlink()
    second = load()
    assert parsed == ["d"]
    assert sorted(second) == ["b", "d"] and second["b"]["tags"] == ["y", "w"]
    next(cache.iterdir()).write_text("{not json", encoding="utf-8")
    parsed.clear()
    assert load() == second and sorted(parsed) == ["b", "d"]  # a broken cache is remade
    next(cache.iterdir()).write_text('{"b.md": "wrong shape"}', encoding="utf-8")
    assert load() == second


def test_related_documents_are_kept_while_the_collection_is_unchanged(tmp_path, monkeypatch):
    archive, cache = tmp_path / "archive", tmp_path / "cache"
    archive.mkdir()
    for slug, tags in (("a", "[x, y]"), ("b", "[x, y]"), ("c", "[z]")):
        _page(archive / f"{slug}.md", slug, tags)

    def collection():
        listings.forget_collection()
        return listings.load_collection(archive, None)

    made = []
    score = related.related
    monkeypatch.setattr(related, "related", lambda *a, **k: made.append(1) or score(*a, **k))
    first = reading.related_documents(collection(), archive, cache)
    assert [r["slug"] for r in first["a"]] == ["b"] and len(made) == 1
    assert reading.related_documents(collection(), archive, cache) == first and len(made) == 1
    _page(archive / "c.md", "c", "[x, y]")  # a page changed: scored again
    again = reading.related_documents(collection(), archive, cache)
    assert len(made) == 2 and {r["slug"] for r in again["a"]} == {"b", "c"}
    assert len(list(cache.iterdir())) == 1  # the entry of the old collection is gone
    next(cache.iterdir()).write_text("[]", encoding="utf-8")  # not what was written: remade
    assert reading.related_documents(collection(), archive, cache) == again and len(made) == 3


def test_home_escapes_scraped_values_and_links_every_latest_document():
    docs = [_doc(1, title=HOSTILE, authors=[HOSTILE])]
    home = listings.render_home(docs, {"rlhf": {"label": "RLHF", "group": "Topics"}})
    assert "<script>" not in home and "](javascript" not in home and "{{" not in home
    assert "](archive/doc-001.md)" in home
    assert "**1** document ·" in home
    assert 'class="pa-home-search"' in home  # the search box, front and centre
    assert "tags/rlhf/index.md" in home  # the tag cloud


def test_tag_cloud_sizes_follow_use():
    docs = [_doc(i) for i in range(10)]  # rlhf on 10, memes on 5
    cloud = listings.render_tag_cloud(docs, {})
    sizes = dict(re.findall(r"\[(\w+)\]\(tags/\w+/index\.md\)\{ \.pa-cloud-(\d)", cloud))
    assert int(sizes["rlhf"]) > int(sizes["memes"])


def test_listings_are_paginated_and_complete():
    docs = [_doc(i) for i in range(2 * browse.PAGE_SIZE + 20)]  # three pages
    pages = browse.browse_pages(docs, {})
    rlhf = {uri: page for uri, page in pages.items() if uri.startswith("tags/rlhf/")}
    assert sorted(rlhf) == ["tags/rlhf/index.md", "tags/rlhf/page-2.md", "tags/rlhf/page-3.md"]
    listed = []
    for uri, page in rlhf.items():
        entries = [href for href in re.findall(r'href="([^"]+)"', page.body) if "archive/" in href]
        assert len(entries) <= browse.PAGE_SIZE, uri
        depth = "../../../" if "page-" in uri else "../../"  # from tags/rlhf/[page-n/]
        assert all(href.startswith(depth + "archive/") for href in entries), uri
        listed += [href.rstrip("/").rsplit("/", 1)[1] for href in entries]
    assert sorted(listed) == sorted(d["slug"] for d in docs)  # each exactly once
    assert 'href="../" rel="prev"' in rlhf["tags/rlhf/page-2.md"].body
    assert 'href="../page-3/" rel="next"' in rlhf["tags/rlhf/page-2.md"].body
    for page in pages.values():  # listings stay out of the search index
        assert page.markdown.startswith("---\nsearch:\n  exclude: true\n---\n")
        assert page.markdown.count(browse.BODY) == 1
    assert "authors/index.md" in pages and "sites/index.md" in pages
    assert "kinds/blog-post/index.md" in pages


def test_listing_entries_escape_titles_authors_and_excerpts():
    docs = [_doc(1, title=HOSTILE, authors=[HOSTILE], excerpt=HOSTILE)]
    pages = browse.browse_pages(docs, {})
    for page in pages.values():
        text = page.markdown
        assert "<script>" not in text and "{{" not in text and "](javascript" not in text
        assert "<script>" not in page.body and 'href="javascript' not in page.body
    tag_page = pages["tags/rlhf/index.md"].body  # title, author, excerpt: shown as the text
    assert tag_page.count(html.escape(HOSTILE)) == 3


def test_index_pages_split_long_name_lists():
    docs = [_doc(i, authors=[f"Writer {i // 2:04d}"]) for i in range(2 * browse.INDEX_SIZE + 10)]
    pages = browse.browse_pages(docs, {})
    assert "authors/page-2.md" in pages
    assert pages["authors/index.md"].body.count(">Writer ") == browse.INDEX_SIZE
    assert '<a href="writer-0000/">Writer 0000</a>' in pages["authors/index.md"].body


def test_counts_agree_with_their_nouns():
    docs = [_doc(1)]
    home = listings.render_home(docs, {})
    assert "**1** document · **101** words · [**1** author](" in home
    assert "[**1** site](" in home and 'title="1 document"' in home
    pages = browse.browse_pages(docs, {})
    assert "<p>1 document, newest first.</p>" in pages["tags/rlhf/index.md"].body
    many = browse.browse_pages([_doc(2), _doc(4)], {})
    assert "<p>2 documents, newest first.</p>" in many["tags/rlhf/index.md"].body


def test_documents_without_author_or_site_are_under_unknown_in_both_indexes():
    docs = [_doc(1), _doc(2, authors=[], site=None), _doc(3, authors=["Unknown"])]
    pages = browse.browse_pages(docs, {})
    authors, sites = pages["authors/index.md"].body, pages["sites/index.md"].body
    # the unknown entry is last, set apart from a real name that happens to be "Unknown"
    assert authors.rstrip().endswith(
        '<a href="unknown-2/"><em>Unknown author</em></a></td><td>1</td></tr>\n</tbody></table>'
    )
    assert '<a href="../archive/doc-003/">Unknown</a>' in authors  # one document: linked
    assert '<a href="unknown/"><em>Unknown site</em></a>' in sites
    assert "doc-002" in pages["authors/unknown-2/index.md"].body
    assert "doc-002" in pages["sites/unknown/index.md"].body
    # the document's panel links its unknown author and site to those entries
    panel = reading.panel(docs[1], {}, browse.name_paths(docs), "../../")
    assert '<a href="../../authors/unknown-2/"><em>unknown</em></a>' in panel
    assert '<a href="../../sites/unknown/"><em>unknown</em></a>' in panel


def test_an_author_has_a_page_from_their_second_document():
    """A page listing one document repeats its entry: the index links the document, the panel
    names the author without a link; the second document gives the author a page, at the slug
    the name always had."""
    docs = [_doc(1, authors=["Ann Lee", "Bo Ek"]), _doc(2, authors=["Ann Lee"])]
    pages = browse.browse_pages(docs, {})
    index = pages["authors/index.md"].body
    assert "authors/ann-lee/index.md" in pages and "authors/bo-ek/index.md" not in pages
    assert '<a href="ann-lee/">Ann Lee</a></td><td>2</td>' in index
    assert '<a href="../archive/doc-001/">Bo Ek</a></td><td>1</td>' in index
    panel = reading.panel(docs[0], {}, browse.name_paths(docs), "../../")
    assert '<a href="../../authors/ann-lee/">Ann Lee</a>' in panel
    assert "Bo Ek" in panel and "authors/bo-ek" not in panel
    more = browse.browse_pages([*docs, _doc(3, authors=["Bo Ek"])], {})
    assert "authors/bo-ek/index.md" in more
    # a site has its page from its first document
    assert "sites/blog/index.md" in browse.browse_pages([_doc(4, site="Blog")], {})


def test_latest_additions_name_the_author_not_the_site():
    docs = [_doc(1, authors=[], site="A Forum"), _doc(2, authors=["Ann Lee"], site="Blog")]
    home = listings.render_home(docs, {})
    assert "(archive/doc-001.md) — unknown author · A Forum · " in home
    assert "(archive/doc-002.md) — Ann Lee · Blog · " in home
    entry = browse.entry(docs[0], "tags/rlhf/index.md")
    assert "unknown author · A Forum · Blog post" in entry


def test_related_terms_are_distinctive_words_not_fillers_in_any_language():
    """Four documents: each filler is in two of them, as rare in the collection as a real
    subject; the language's word frequencies tell them apart (English and German)."""

    def doc(slug, text, language="en"):
        return {"slug": slug, "title": "", "tags": [], "language": language,
                "blocks": [{"text": text}]}  # fmt: skip

    docs = [
        doc("a", "Exactly, that feels fine, kind of: the sycophancy of chatbots."),
        doc("b", "I feel it is exactly the kind of fine sycophancy chatbots show."),
        doc("c", "Genau, diese Gefühle sind wirklich schwierig, aber niemals Schoggothen.", "de"),
        doc("d", "Wirklich genau, aber diese Schoggothen sind niemals schwierig.", "de"),
    ]
    found = related.related(docs)
    assert [(r["slug"], set(r["terms"])) for r in found["a"]] == [("b", {"chatbots", "sycophancy"})]
    assert [(r["slug"], r["terms"]) for r in found["c"]] == [("d", ["schoggothen"])]
    fillers = [doc("e", "exactly fine feel kind"), doc("f", "kind feel fine exactly")]
    assert related.related(fillers + docs[2:])["e"] == []  # nothing but fillers: not related


def test_related_list_says_why():
    docs = {"b": _doc(2, slug="b")}
    item = {"slug": "b", "tags": ["rlhf"], "terms": ["sycophancy", "shoggoth"]}
    out = reading.related_list([item], docs, {"rlhf": {"label": "RLHF"}}, "../../")
    assert "Why: both tagged RLHF; both use the uncommon words “sycophancy”, “shoggoth”" in out


def test_related_list_says_every_tag_in_fewer_words_when_all_are_shared():
    """Issue 20: five entries each naming the same long list of tags, the list the panel at the
    top of the page shows; when naming the shared tags is longer, the line says they are all of
    the document's own. A subset is still named, and one uncommon word is a word."""
    labels = {t: {"label": f"A long label for {t}"} for t in ("rlhf", "memes", "welfare")}
    docs = {"b": _doc(2, slug="b"), "c": _doc(3, slug="c")}
    items = [
        {"slug": "b", "tags": ["memes", "rlhf", "welfare"], "terms": ["shoggoth"]},
        {"slug": "c", "tags": ["rlhf", "memes"]},
    ]
    out = reading.related_list(items, docs, labels, "../../", ["rlhf", "welfare", "memes"])
    whys = re.findall(r'<span class="pa-related__why">([^<]*)</span>', out)
    assert whys == [
        "Why: tagged with every tag of this document; both use the uncommon word “shoggoth”",
        "Why: both tagged A long label for rlhf, A long label for memes",
    ]
    # the closing part of the page (pa-document-bottom.html) keeps it out of search, once
    assert "data-pagefind-ignore" not in out and "data-search-exclude" not in out


def test_panel_tags_are_links_in_one_classed_list():
    doc = _doc(1, tags=["rlhf", "model-welfare"])
    panel = reading.panel(doc, {"rlhf": {"label": "RLHF"}}, browse.name_paths([doc]), "../../")
    assert (
        '<dt>Tags<dd class="pa-tags"><a href="../../tags/rlhf/">RLHF</a> '
        '<a href="../../tags/model-welfare/">model-welfare</a></dl>'
    ) in panel
    assert "data-tag" not in panel


def test_related_prefers_shared_tags_and_rare_terms():
    def doc(slug, tags, text):
        return {"slug": slug, "title": "", "tags": tags, "blocks": [{"text": text}]}

    docs = [
        doc("a", ["shoggoth-meme"], "the shoggoth wears a smiley mask over tentacles"),
        doc("b", ["shoggoth-meme"], "a shoggoth with tentacles and a smiley mask"),
        doc("c", ["rlhf"], "reinforcement learning from human feedback"),
        doc("d", ["rlhf"], "human feedback and reinforcement learning again"),
    ]
    result = related.related(docs)
    assert result["a"][0]["slug"] == "b"
    assert "shoggoth-meme" in result["a"][0]["tags"]
    assert {"shoggoth", "tentacles"} <= set(result["a"][0]["terms"])
    assert result["c"][0]["slug"] == "d"


def test_related_finds_the_rare_match_in_a_crowd_scoring_a_bounded_number(monkeypatch):
    """1,500 documents each use 8 of 50 words (each word in ~16 % of them: distinctive enough
    to be in profiles); two also share three rare words. Each is among the other's related, and no
    document scores more than ``CANDIDATES`` others."""
    vocab = [f"term{chr(97 + j // 26)}{chr(97 + j % 26)}" for j in range(50)]
    docs = [
        {
            "slug": f"d{i:04d}",
            "title": "",
            "tags": ["rlhf"],
            "blocks": [{"text": " ".join(vocab[(3 * i + k) % 50] for k in range(8))}],
        }
        for i in range(1500)
    ]
    docs[7]["blocks"][0]["text"] += " quokka okapi tardigrade"
    docs[1203]["blocks"][0]["text"] += " quokka okapi tardigrade"
    scored = []
    original = set.discard

    class Counting(set):
        def discard(self, item):
            scored.append(len(self) - (item in self))
            original(self, item)

    monkeypatch.setattr(related, "set", Counting, raising=False)
    result = related.related(docs)
    rare = next(r for r in result["d0007"] if r["slug"] == "d1203")
    assert {"quokka", "okapi"} <= set(rare["terms"])
    assert "d0007" in [r["slug"] for r in result["d1203"]]
    assert scored and max(scored) <= related.CANDIDATES


RELATED_IN_A_CHILD = """
import functools, json, sys
from persona_archive.site import related
from persona_archive.parallel import parallel_map
docs = json.load(open(sys.argv[1]))
mapper = functools.partial(parallel_map, minimum=2) if sys.argv[2] == "every-core" else map
print(json.dumps(related.related(docs, mapper=mapper), sort_keys=True))
"""


def test_related_is_the_same_on_every_core_and_under_any_hash_seed(tmp_path):
    """The scoring runs in pieces (``mapper``: here on two worker processes) and sums over sets,
    whose order follows the interpreter's hash seed: neither may change a score or an order."""
    rng = random.Random(5)
    vocab = [f"word{chr(97 + j // 26)}{chr(97 + j % 26)}" for j in range(400)]
    docs = [
        {
            "slug": f"d{i:03d}",
            "title": "",
            "tags": rng.sample(["rlhf", "persona", "sycophancy", "shoggoth-meme", "waluigi"], 2),
            "blocks": [{"text": " ".join(rng.choices(vocab, k=120))}],
        }
        for i in range(240)
    ]
    path = tmp_path / "docs.json"
    path.write_text(json.dumps(docs), encoding="utf-8")
    scripts = Path(related.__file__).resolve().parents[1]
    outputs = set()
    for seed, how in (("1", "every-core"), ("2", "every-core"), ("3", "serial")):
        result = subprocess.run(
            [sys.executable, "-c", RELATED_IN_A_CHILD, str(path), how],
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(scripts)},
        )
        assert result.returncode == 0, result.stderr
        outputs.add(result.stdout)
    assert outputs == {json.dumps(related.related(docs), sort_keys=True) + "\n"}
    assert sum(len(v) for v in related.related(docs).values()) == related.RELATED * len(docs)


def test_panel_escapes_and_refuses_non_http_links():
    doc = _doc(1, title=HOSTILE, authors=[HOSTILE], site=HOSTILE, url="javascript:alert(1)")
    doc["reactions"] = {"<b>": 3}
    out = reading.panel(doc, {}, browse.name_paths([doc]), "../../")
    assert "<script>" not in out and "<b>" not in out
    assert 'href="javascript' not in out and "pa-original" not in out
    assert 'href="../../tags/rlhf/"' in out
    assert 'href="../../kinds/blog-post/"' in out


def test_provenance_shows_raw_sha_and_the_cleaning_log():
    doc = _doc(1)
    log = {
        "repairs": [{"before": "â€™", "after": "’", "reason": "ftfy", "offset": 4}],
        "changes": [
            {"stage": "boilerplate", "rule": "tagline", "line": 1, "before": HOSTILE},
            {"stage": "structure", "rule": "quote", "line": 3, "before": "x", "after": "y"},
        ],
    }
    out = reading.provenance(doc, log, "../../", raw_size=10)
    assert 'href="../../raw/doc-001.txt.gz"' in out and "0" * 64 in out
    assert "<script>" not in out
    assert "Removed (1)" in out and "Repairs (1)" in out and "Restructured (1)" in out
    # the entries are read from the log when a list is opened (test_browser_reading.py)
    assert HOSTILE not in out and html.escape(HOSTILE) not in out
    # the lists are read from the log the section links to, once (the script saves it unpacked)
    assert out.count('href="../../archive/doc-001.changes.json.gz"') == 1
    link = 'class="pa-log-link" href="../../archive/doc-001.changes.json.gz" download data-pa-name'
    assert link in out


def test_cleaning_log_round_trip(tmp_path):
    from types import SimpleNamespace

    from persona_archive.cleaning.model import Change

    record = SimpleNamespace(
        source_file="a.txt",
        source_sha256="f" * 64,
        cleaning={"boilerplate_lines_removed": 1},
        notes=[],
        repairs=[
            {"before": "x", "after": "y", "candidates": ["y", "z"]},
            {"before": "v", "after": "w", "candidates": 3},  # a record counts them (below)
        ],
        changes=[Change("boilerplate", "tagline", 1, "Share this")],
    )

    logs = provenance.log_pages({"a.md": record})
    assert list(logs) == ["a.changes.json"]
    (tmp_path / "a.changes.json").write_text(logs["a.changes.json"], encoding="utf-8")
    assert provenance.is_log(tmp_path / "a.changes.json")
    data = provenance.read_log(tmp_path, "a")
    assert [r["candidates"] for r in data["repairs"]] == [2, 3]
    assert data["changes"][0]["before"] == "Share this"
    assert json.loads(logs["a.changes.json"]) == data
    # for tools, one per document: compact, one line (issue 20)
    assert logs["a.changes.json"].count("\n") == 1 and '": ' not in logs["a.changes.json"]


def test_search_entries_are_sections_of_marked_paragraphs_without_furniture():
    content = (
        '<h1 id="t">Title</h1><dl class="pa-meta" data-search-exclude><dt>Author</dt>'
        "<dd>Furniture Person</dd></dl>"
        '<p id="p-aaaaaa" data-para="1">First <em>para</em><a class="pa-copy" aria-hidden="true">'
        "¶</a></p>"
        '<ul><li id="p-dddddd">An <b>item</b><br>on two lines</li></ul>'
        '<h2 id="p-bbbbbb">Part <code>&lt;two&gt;</code><a class="headerlink" href="#p-bbbbbb">'
        '#</a></h2><blockquote><p id="p-cccccc" data-para="2">Quoted &amp; kept</p></blockquote>'
        '<p id="not-a-paragraph">Unanchored text</p><h3 id="p-eeeeee">Empty part</h3>'
    )
    meta = {"authors": ["Ann Lee"], "site": "Blog", "kind": "blog-post", "tags": ["rlhf"]}
    labels = {"rlhf": {"label": "RLHF & fine-tuning"}}
    entries = search_entries.document_entries("archive/a/", "Title <i>", meta, labels, content)
    assert entries == [
        {
            "location": "archive/a/",
            "title": "Title &lt;i&gt;",
            "text": "<p data-p=p-aaaaaa>First para</p><p data-p=p-dddddd>An item on two lines</p>",
            "facts": "Ann Lee · Blog · Blog post · RLHF &amp; fine-tuning",
            "tags": ["rlhf"],
            "tag_labels": ["RLHF &amp; fine-tuning"],  # Material inserts it as markup
        },
        {
            "location": "archive/a/#p-bbbbbb",
            "title": "Part &lt;two&gt;",
            "text": "<p data-p=p-cccccc>Quoted &amp; kept</p>",
        },
        {"location": "archive/a/#p-eeeeee", "title": "Empty part", "text": ""},
    ]

    index = {"config": {}, "docs": [{"location": "archive/a/", "text": "old"}, {"location": "x/"}]}
    pieces = list(
        search_entries.merged_index(index, {"archive/a/": search_entries.encode(entries)})
    )
    assert len(pieces) == 2 + 1 + 1  # written an entry (or a document's entries) at a time
    merged = json.loads("".join(pieces))
    assert merged["config"] == {"fields": search_entries.FACTS_FIELD}  # Material indexes facts
    mine = {"config": {"fields": {"facts": {"boost": 5}}}, "docs": []}  # mkdocs.yml's boost wins
    assert json.loads("".join(search_entries.merged_index(mine, {})))["config"] == mine["config"]
    assert [d["location"] for d in merged["docs"]] == ["x/", *(e["location"] for e in entries)]
    assert merged["docs"][1:] == entries
    empty = json.loads("".join(search_entries.merged_index({"docs": []}, {})))
    assert empty == {"docs": []}


def test_the_archives_post_labels_are_not_the_documents_text(tmp_path):
    """A label the archive supplied ("Reply 1") is read back as editorial, and left out of the
    text related documents are scored on and of the excerpt."""
    page = tmp_path / "p.md"
    page.write_text(
        "---\ntitle: T\n---\n# T\n\n"
        '## Reply 1 {#p-aaaaaa class="pa-editorial" title="Label supplied by the archive"}\n\n'
        'Only the author wrote this.\n{: #p-bbbbbb data-para="1" }\n',
        encoding="utf-8",
    )
    blocks = listings.parse_blocks(page.read_text(encoding="utf-8").split("---\n", 2)[2])
    assert [b["kind"] for b in blocks] == ["editorial", "paragraph"]
    assert listings.body_text(page) == "Only the author wrote this."
    assert listings.excerpt(blocks) == "Only the author wrote this."


def test_reactions_with_lost_emoji_are_last_and_explained():
    """Every emoji the scraped text lost reads as U+FFFD: their count is not a reaction of its
    own, let alone the page's most given one."""
    doc = _doc(1, reactions={"\ufffd": 45, "🤣": 26, "❤": 9})
    panel = reading.panel(doc, {}, browse.name_paths([doc]), "../../")
    shown = re.findall(r'<span class="pa-reaction[^"]*">([^<]*)</span>', panel)
    assert shown == ["🤣&nbsp;26", "❤&nbsp;9", "45 more whose emoji the scraped text lost"]
    assert "\ufffd" not in panel


def test_provenance_counts_changes_without_no_ops():
    log = {
        "changes": [
            {"stage": "boilerplate", "rule": "chrome", "line": 12, "before": "Share", "after": ""},
            {"stage": "structure", "rule": "reflow", "line": 3, "before": "same", "after": "same"},
            {"stage": "boilerplate", "rule": "chrome", "line": 2, "before": "Menu", "after": ""},
            {"stage": "structure", "rule": "heading", "line": 7, "before": "Part", "after": "## P"},
        ]
    }
    out = reading.provenance(_doc(1), log, "../../")
    assert "Removed (2)" in out and "Restructured (1)" in out  # the reflow changed nothing
    assert "Repairs" not in out  # an empty list is not shown
