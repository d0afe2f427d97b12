"""Citations (issue 4): exports, formatted citations, head metadata, cross-references."""

from __future__ import annotations

import gzip
import html
import json
import re
import subprocess
import sys
import warnings
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest

from conftest import build_site, copy_project, run_ingest
from persona_archive import anchors, kinds
from persona_archive.paths import ROOT
from persona_archive.site import citations
from persona_archive.site.citations import (
    bibtex,
    citebox,
    citeproc_patch,
    formatting,
    metadata,
    ris,
)
from persona_archive.site.citations.record import ARCHIVE_NAME, read_records

SCHEMA = (
    Path(__file__).resolve().parent.parent
    / "scripts/persona_archive/site/citations/csl/csl-data.schema.json"
)


class _Head(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta: list[tuple[str, str]] = []
        self.ld: list[str] = []
        self._in_ld = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and (a.get("name") or a.get("property")):
            self.meta.append((a.get("name") or a.get("property"), a.get("content", "")))
        self._in_ld = tag == "script" and a.get("type") == "application/ld+json"

    def handle_data(self, data):
        if self._in_ld:
            self.ld.append(data)

    def handle_endtag(self, tag):
        self._in_ld = False


def _head(site: Path, slug: str) -> _Head:
    parser = _Head()
    parser.feed((site / "archive" / slug / "index.html").read_text(encoding="utf-8"))
    return parser


def _record(**kw) -> citations.Record:
    base = dict(
        key="doe-a-title",
        slug="a-title",
        title="A title",
        kind="blog-post",
        authors=["Jane Doe"],
        site="Jane's blog",
        original_url="https://example.org/post?a=1&b=2",
        url="https://archive.example/archive/a-title/",
        published=None,
        archived="2026-11-23",
        revision="abcdefgh",
        revision_date="2026-11-23",
        language="en",
    )
    base.update(kw)
    return citations.Record(**base)


def _cited(page: dict) -> str:
    """A page's title as citations give it: in square brackets when the archive supplied it."""
    title = str(page["title"])
    return f"[{title}]" if page.get("title_source") == "derived" else title


# --- exports ---------------------------------------------------------------------------------


def test_bibtex_parses_cleanly_with_both_parsers(site, pages):
    import bibtexparser
    import pybtex.errors
    from pybtex.database import parse_string

    text = "".join(citations.read_parts(site, "cite/archive.bib.parts.json"))
    library = bibtexparser.parse_string(text)
    assert library.failed_blocks == []
    assert not [b for b in library.blocks if type(b).__name__ not in ("Entry",)]
    pybtex.errors.set_strict_mode(True)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        data = parse_string(text, "bibtex")
    keys = [e.key for e in library.entries]
    assert len(keys) == len(set(keys)) == len(pages)
    assert sorted(keys) == sorted(p["citation_key"] for p in pages.values())
    by_key = {p["citation_key"]: p for p in pages.values()}
    for entry in library.entries:
        fields = {f.key: f.value for f in entry.fields}
        for name in ("title", "url", "urldate"):
            assert fields.get(name), f"{entry.key} has no {name}"
        page = by_key[entry.key]
        assert fields["urldate"] == str(page["archived"])
        assert fields["url"].endswith(f"/archive/{page['slug']}/")
        if page["authors"]:
            assert len(data.entries[entry.key].persons["author"]) == len(page["authors"])
        else:
            assert "author" not in fields


def test_exports_are_stable_across_rebuilds(project, site):
    """The same pages give byte-identical exports (keys included) on every build."""
    ledger = anchors.load_ledger(project / "anchors.lock")
    records = read_records(
        project / "docs" / "archive", "https://persona-archive.github.io/persona-archive/", ledger
    )
    for path, data in citations.exports(records):
        assert (site / path).read_bytes() == data, path


def test_csl_json_validates_and_renders(site):
    from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter
    from citeproc.source.json import CiteProcJSON

    parts = citations.read_parts(site, "cite/archive.json.parts.json")
    items = [item for text in parts for item in json.loads(text)]
    jsonschema.validate(items, json.loads(SCHEMA.read_text(encoding="utf-8")))
    for style in formatting.STYLE_FILES:
        bib = CitationStylesBibliography(
            formatting._style(style), CiteProcJSON(items), formatter.plain
        )
        for item in items:
            bib.register(Citation([CitationItem(item["id"])]))
        rendered = [str(e) for e in bib.bibliography()]
        assert len(rendered) == len(items)
        assert all("archive/" in r for r in rendered)


def test_ris_has_every_required_tag(site, pages):
    text = "".join(citations.read_parts(site, "cite/archive.ris.parts.json"))
    records = [r for r in text.split("ER  - ") if r.strip()]
    assert len(records) == len(pages)
    by_title = {_cited(p): p for p in pages.values()}
    for rec in records:
        lines = [ln for ln in rec.strip("\n").split("\n") if ln]
        assert lines[0].startswith("TY  - ")
        assert all(re.match(r"^[A-Z][A-Z0-9]  - ", ln) for ln in lines), lines
        tags = {}
        for ln in lines:
            tags.setdefault(ln[:2], []).append(ln[6:])
        for tag in ("TI", "UR", "Y2", "ID"):
            assert tag in tags, f"{tag} missing in {lines[:3]}"
        page = by_title[tags["TI"][0]]
        assert len(tags.get("AU", [])) == len(page["authors"])
    assert text.rstrip().endswith("ER  -")


def test_corpus_has_text_and_paragraph_ids(site, pages, project):
    lines = "".join(citations.read_parts(site, "corpus/corpus.jsonl.parts.json")).splitlines()
    assert len(lines) == len(pages)
    for line in lines:
        doc = json.loads(line)
        page = pages[doc["slug"]]
        assert doc["title"] == page["title"] and doc["authors"] == page["authors"]
        assert doc["revision"] == page["revision"]
        assert doc["paragraphs"] and doc["text"]
        html_text = (site / "archive" / doc["slug"] / "index.html").read_text(encoding="utf-8")
        for para in doc["paragraphs"]:
            assert f'id="{para["id"]}"' in html_text
            assert para["text"] in doc["text"]


def test_corpus_keeps_the_archives_labels_out_of_the_text(site):
    """A thread post's label ("Post 2") is the archive's, not the authors': it is in the corpus
    line's ``sections`` only (``editorial``), never among the paragraphs or in the text."""
    lines = "".join(citations.read_parts(site, "corpus/corpus.jsonl.parts.json")).splitlines()
    labelled = 0
    for line in lines:
        doc = json.loads(line)
        ids = {p["id"] for p in doc["paragraphs"]}
        numbers = [p["para"] for p in doc["paragraphs"] if p["para"] is not None]
        assert numbers == list(range(1, len(numbers) + 1))
        for section in doc["sections"]:
            if section["editorial"]:
                labelled += 1
                assert section["id"] not in ids
                assert section["label"] not in doc["text"].split("\n\n")
            assert section["first_paragraph"] is None or section["first_paragraph"] in ids
    assert labelled, "the seeds' social thread has post labels"


def _thread_line(text: str, kind: str = "forum-thread") -> dict:
    """A thread through structure, the page writer, the page reader and the corpus line."""
    from persona_archive.cleaning.model import split_lines
    from persona_archive.cleaning.structure import Hints, build
    from persona_archive.cleaning.writing import render_body
    from persona_archive.site.citations.exports import corpus_line

    blocks = build(split_lines(text), Hints(kind=kind, title="T")).blocks
    ids, numbers = anchors.block_ids(blocks), anchors.block_numbers(blocks)
    paras = anchors.read_paragraphs(render_body("T", blocks, ids, numbers))
    return json.loads(corpus_line(_record(kind=kind, paras=paras)))


def test_corpus_line_gives_post_labels_their_own_field():
    doc = _thread_line(
        "Comment\nModels imitate people.\nSo they have moods.\n"
        "Reply\nThey imitate behaviour, not structure.\nReply\nFair enough."
    )
    assert list(doc) == [
        *("citation_key", "slug", "url", "title", "title_source", "kind", "authors", "site"),
        *("original_url", "published", "archived", "revision", "revision_date", "language"),
        *("tags", "text", "paragraphs", "sections"),
    ]
    assert doc["text"] == (
        "Models imitate people.\n\nSo they have moods.\n\n"
        "They imitate behaviour, not structure.\n\nFair enough."
    )
    paras = doc["paragraphs"]
    assert [(p["para"], p["kind"]) for p in paras] == [(n, "text") for n in (1, 2, 3, 4)]
    assert [(s["label"], s["editorial"], s["first_paragraph"]) for s in doc["sections"]] == [
        ("Comment", True, paras[0]["id"]),
        ("Reply 1", True, paras[2]["id"]),
        ("Reply 2", True, paras[3]["id"]),
    ]
    assert all(s["id"].startswith("p-") for s in doc["sections"])


def test_a_label_never_appears_in_the_corpus_text():
    doc = _thread_line("Post\nFirst post here.\nPost 2\nSecond post here.", "social-thread")
    assert [s["label"] for s in doc["sections"]] == ["Post 1", "Post 2"]
    assert "Post 1" not in doc["text"] and "Post 2" not in doc["text"]
    assert not any(p["text"].startswith("Post") for p in doc["paragraphs"])


def test_a_sources_own_heading_is_a_section_and_stays_in_the_text():
    from persona_archive.cleaning.model import HEADING, PARAGRAPH, Block
    from persona_archive.cleaning.writing import render_body
    from persona_archive.site.citations.exports import corpus_line

    blocks = [Block(PARAGRAPH, "Intro."), Block(HEADING, "Appendix", 2), Block(PARAGRAPH, "A.")]
    ids, numbers = anchors.block_ids(blocks), anchors.block_numbers(blocks)
    paras = anchors.read_paragraphs(render_body("T", blocks, ids, numbers))
    doc = json.loads(corpus_line(_record(paras=paras)))
    assert doc["text"] == "Intro.\n\nAppendix\n\nA."
    assert doc["sections"] == [
        {"label": "Appendix", "editorial": False, "id": ids[1], "first_paragraph": ids[2]}
    ]


def test_how_to_cite_links_every_export(site):
    text = (site / "how-to-cite" / "index.html").read_text(encoding="utf-8")
    for path in citations.EXPORTS:
        assert f'href="../{path}"' in text
        assert (site / path).is_file()


# --- formatted citations ---------------------------------------------------------------------


def test_authorless_documents_are_cited_by_title_and_nd(tmp_path):
    rec = _record(authors=[], title="Comment thread on Bing", kind="forum-thread")
    styles = citations.formatted(rec, cache_dir=tmp_path)
    assert styles["apa"]["text"].startswith("Comment thread on Bing. (n.d.).")
    assert styles["apa"]["text"].count("Comment thread on Bing") == 1
    assert "n.d." in styles["chicago"]["text"]
    assert "Retrieved November 23, 2026" in styles["apa"]["text"]  # archived = access date
    assert "Accessed November 23, 2026" in styles["chicago"]["text"]


def test_a_derived_title_is_cited_in_square_brackets(tmp_path):
    """A title the archive supplied (front matter ``title_source: derived``) is not the work's
    own: every citation gives it in square brackets; the work's own titles stay as they are."""
    title = "I want labs to aim to create a mind that loves them"
    derived = _record(title=title, title_source="derived")
    assert derived.cited_title == f"[{title}]"
    styles = citations.formatted(derived, cache_dir=tmp_path)
    assert f"[{title}]" in styles["apa"]["text"]
    assert "[I Want Labs to Aim to Create a Mind That Loves Them]" in styles["chicago"]["text"]
    assert "“[" not in styles["chicago"]["text"]  # a supplied title is not quoted as the work's
    assert f"title = {{{{[{title}]}}}}" in bibtex.bibtex(derived)
    assert f"TI  - [{title}]\n" in ris.ris(derived)
    assert citations.csl_item(derived)["title"] == f"[{title}]"
    assert ("name", "citation_title", f"[{title}]") in metadata.head_meta(derived)
    assert ("property", "og:title", title) in metadata.head_meta(derived)  # a preview, no cite
    for source in ("catalog", "text", ""):
        own = _record(title=title, title_source=source)
        assert "[" not in bibtex.bibtex(own) and "[" not in ris.ris(own)
        assert "[" not in citations.formatted(own, cache_dir=tmp_path)["apa"]["text"]


def test_the_front_matter_says_which_titles_are_derived(pages):
    sources = {p["source_file"]: p.get("title_source") for p in pages.values()}
    assert set(sources.values()) <= {"catalog", "page", "text", "derived"}
    assert sources["001_13f777afaee63b63.txt"] == "catalog"  # the catalog names it
    assert sources["004_23dd40e98a9992da.txt"] == "derived"  # nothing names it


def test_chicago_quotes_are_american(tmp_path):
    """A quotation inside a quoted title takes single marks, and periods and commas go inside
    the closing mark; an apostrophe is not a quotation mark."""
    rec = _record(authors=[], kind="forum-thread", title="Comment thread on “Bing’s chat is odd”")
    chicago = citations.formatted(rec, cache_dir=tmp_path)["chicago"]
    assert chicago["text"].startswith("“Comment Thread on ‘Bing’s Chat Is Odd.’” n.d.")
    assert "““" not in chicago["html"] and "””" not in chicago["html"]
    assert chicago["intext"] == "(“Comment Thread,” n.d.)"
    own = citations.formatted(_record(title="Plain words"), cache_dir=tmp_path)["chicago"]
    assert "“Plain Words.” Jane's Blog." in own["text"]
    assert formatting.us_quotes("“A “b” c”, d") == "“A ‘b’ c,” d"
    assert formatting.us_quotes("an “open quote”, “never closed.") == (
        "an “open quote”, “never closed."
    )  # unbalanced: left as it is


@pytest.mark.parametrize("kind", sorted(kinds.KINDS))
def test_authorless_titles_are_title_cased_and_cited_short(tmp_path, kind):
    """Chicago title-cases every kind's title, and cites an authorless document in the text by
    a short title (main title, at most four words, never cut inside a quotation)."""
    title = "A question of trust: why models defer"
    rec = _record(authors=[], kind=kind, site=None, title=title)  # Chicago: else by the site
    styles = citations.formatted(rec, cache_dir=tmp_path)
    assert "A Question of Trust: Why Models Defer" in styles["chicago"]["text"]
    assert "a question of trust" in styles["apa"]["intext"].lower()
    assert "why" not in (styles["chicago"]["intext"] + styles["apa"]["intext"]).lower()
    assert "A Question of Trust" in styles["chicago"]["intext"]
    assert citations.csl_item(rec)["title-short"] == "A question of trust"
    assert citations.short_label(rec) == "“A question of trust” (n.d.)"
    derived = _record(
        authors=[],
        kind=kind,
        site=None,
        title="Nine words about a model that would not stop",
        title_source="derived",
    )
    assert citations.short_label(derived) == "[Nine words] (n.d.)"
    apa = citations.formatted(derived, cache_dir=tmp_path)["apa"]["intext"]
    assert apa.lower() == "([nine words], n.d.)"


def test_pandoc_reads_the_bibtex_revision_as_one_version():
    """pandoc's citeproc (what a LaTeX/Markdown writer uses) prints BibTeX ``version`` after
    "Version"; a date in it made the label plural ("Versions abcdefgh (2026-11-23)")."""
    pypandoc = pytest.importorskip("pypandoc")
    entry = bibtex.bibtex(_record())
    assert "version = {abcdefgh}" in entry
    for fmt in ("bibtex", "biblatex"):  # pandoc reads .bibtex as BibTeX, .bib as biblatex
        out = _pandoc(pypandoc, entry, fmt)
        assert "Version abcdefgh" in out and "Versions" not in out, out


def _pandoc(pypandoc, entry: str, fmt: str) -> str:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        bib = Path(tmp) / f"refs.{'bib' if fmt == 'biblatex' else 'bibtex'}"
        bib.write_text(entry, encoding="utf-8")
        return pypandoc.convert_text(
            '---\nnocite: "@*"\n---\n',
            "plain",
            format="markdown",
            extra_args=["--citeproc", f"--bibliography={bib}"],
        )


@pytest.mark.parametrize(
    "title", ["Why <b>bold</b> & <i>italic</i> stay text", "A \ue000 stand-in <x> in a title"]
)
def test_markup_in_the_data_stays_text_in_both_renderings(tmp_path, title):
    from citeproc import formatter

    styles = citations.formatted(_record(title=title, authors=["<script>x</script>"]), tmp_path)
    for style in ("apa", "chicago"):
        entry = styles[style]
        assert "<b>" not in entry["html"] and "<script>" not in entry["html"]
        assert "&lt;b&gt;bold&lt;/b&gt;" in entry["html"] or "&lt;x&gt;" in entry["html"]
        item = citations.csl_item(_record(title=title, authors=["<script>x</script>"]))
        plain = formatting._bibliography(style, item, formatter.plain)
        assert entry["text"] == formatting.us_quotes(plain)


def test_known_dates_and_authors(tmp_path):
    rec = _record(published="2024-03-01")
    styles = citations.formatted(rec, cache_dir=tmp_path)
    assert styles["apa"]["text"].startswith("Doe, J. (2024, March 1). A title.")
    assert styles["chicago"]["text"].startswith("Doe, Jane. 2024.")
    assert styles["apa"]["intext"] == "(Doe, 2024)"
    assert styles["apa"]["para_intext"] == "(Doe, 2024, para. {n})"
    para = styles["apa"]["para_text"].replace("{n}", "12").replace("{id}", "p-abc123")
    assert "¶ 12. " in para and para.endswith("archive/a-title/#p-abc123")


def test_untrusted_text_is_escaped_everywhere(tmp_path):
    evil = 'Ev}il </script><script>alert(1)</script> "q" & {x} % \\'
    rec = _record(title=evil, authors=[evil], site=evil)
    head = metadata.head_html(rec)
    assert "<script>alert" not in head and "</script><script>" not in head
    ld = re.search(r'<script type="application/ld\+json">(.*?)</script>', head, re.S).group(1)
    assert json.loads(ld)["headline"] == evil
    parser = _Head()
    parser.feed(head)
    assert ("citation_title", evil) in parser.meta
    import bibtexparser

    library = bibtexparser.parse_string(bibtex.bibtex(rec))
    assert library.failed_blocks == [] and len(library.entries) == 1
    box = citebox.cite_box(rec)
    for style in box["styles"].values():
        assert "<script>" not in style["html"]
    (packed,) = citebox.cite_files([rec]).values()  # fetched as JSON: its HTML is escaped HTML
    data = gzip.decompress(packed)
    for style in [
        *(s for s in json.loads(data)["styles"].values() if s),  # {}: made from "para"
        *json.loads(data)["para"]["styles"].values(),
    ]:
        assert "<script>" not in style["html"] and "Ev}il &lt;/script&gt;" in style["html"]


def test_citeproc_patch_refuses_another_citeproc_version(monkeypatch):
    """The patch of citeproc-py's internals runs on the version it was written for only."""
    import citeproc
    from citeproc import model

    patched = getattr(model, "_pa_patched", False)
    initialize = model.Name.initialize
    monkeypatch.setattr(citeproc, "__version__", "0.12.0")
    with pytest.raises(citeproc_patch.CiteprocVersionError) as refused:
        citeproc_patch.apply()
    assert "citeproc-py 0.12.0 is installed" in str(refused.value)
    assert f"written for citeproc-py {citeproc_patch.EXPECTED_VERSION} only" in str(refused.value)
    assert getattr(model, "_pa_patched", False) == patched  # nothing was patched
    assert model.Name.initialize is initialize


def test_citeproc_patch_expects_the_pinned_version():
    """Raising the pin in requirements.txt means checking the patch (and its EXPECTED_VERSION)."""
    import citeproc

    requirements = ROOT / "requirements.txt"
    pin = re.search(r"^citeproc-py==(\S+)", requirements.read_text(encoding="utf-8"), re.M)
    assert pin and pin.group(1) == citeproc_patch.EXPECTED_VERSION == citeproc.__version__
    citeproc_patch.apply()  # the installed version is accepted


# --- the page head ---------------------------------------------------------------------------


def test_head_meta_matches_front_matter(site, pages):
    for slug, page in pages.items():
        head = _head(site, slug)

        def values(name, meta=head.meta):
            return [c for n, c in meta if n == name]

        assert values("citation_title") == [_cited(page)]
        assert values("citation_author") == page["authors"]
        if page["published"]:
            assert values("citation_publication_date") == [str(page["published"]).replace("-", "/")]
            assert values("article:published_time") == [str(page["published"])]
        else:
            assert values("citation_publication_date") == values("citation_date") == []
        (url,) = values("citation_public_url")
        assert url.endswith(f"/archive/{slug}/") and values("og:url") == [url]
        # issue 20: no Dublin Core beside the Highwire tags (but for authors Zotero would skip
        # as no name), no second abstract
        unnamed = metadata.unnamed(page["authors"])
        assert [c for n, c in head.meta if n.startswith("DC.")] == values("DC.creator") == unnamed
        assert values("article:author") == unnamed and values("citation_abstract") == []
        kind = kinds.KINDS[page["kind"]]
        assert values("DC.source") == values("DC.type") == []  # Zotero misreads both
        assert values("z:itemType") == [kind.zotero]
        assert values("og:type") == ["article"]
        assert values("og:site_name") == [ARCHIVE_NAME]
        (description,) = values("description")
        assert description and values("og:description") == [description]
        assert "A searchable, citable archive" not in description  # not the site's
        (ld,) = head.ld
        data = json.loads(ld)
        assert data["@type"] == kind.schema and data["url"] == url and "@id" not in data
        assert data["headline"] == page["title"][: metadata.HEADLINE_CHARS]
        assert data.get("name", page["title"]) == page["title"]
        assert data["isPartOf"]["name"] == ARCHIVE_NAME
        assert data.get("isBasedOn", {}).get("url") == page["url"]
        assert "description" not in data  # search engines read the page's description
        assert [a["name"] for a in data.get("author", [])] == page["authors"]


def _whole_in_browser(data: dict, name: str) -> dict:
    """pa-cite.js ``whole``: a style's whole-document citation from its file."""
    given, para = data["styles"][name], data["para"]["styles"][name]
    if given:
        return given
    return {
        "html": para["html"].replace("¶ {n}. ", "", 1).replace("#{id}", "", 1),
        "intext": para["intext"].replace(", para. {n}", "", 1),
    }


@pytest.mark.parametrize(
    "fields",
    [
        {},
        {"authors": ["Doe, Jane", "Roe, Rick"], "published": "2024-05-01"},
        {"title": "[A title the archive supplied]", "title_source": "derived"},
        {"title": "Odd {n} ¶ #{id} title", "url": "https://x.example/a#{id}"},
    ],
)
def test_the_browser_makes_the_whole_documents_citation_the_build_made(fields):
    """The cite file leaves out what the page script makes from the paragraph's template; what
    it makes is the build's own citation, for every style the file carries."""
    rec = _record(**fields)
    data = json.loads(gzip.decompress(next(iter(citebox.cite_files([rec]).values()))))
    for name, style in formatting.formatted(rec).items():
        if name in data["styles"]:
            made = _whole_in_browser(data, name)
            assert made == {"html": style["html"], "intext": style["intext"]}, name


def test_cite_box_on_every_document_page(site, pages):
    """The default style inline; the other formats are the document's files, linked (what the
    box loads when opened, and what a reader without JavaScript follows)."""
    for slug, page in pages.items():
        text = (site / "archive" / slug / "index.html").read_text(encoding="utf-8")
        key = page["citation_key"]
        assert text.count('class="pa-cite"') == 1
        assert html.escape(page["revision"]) in text
        apa = re.search(r'id="pa-cite-apa">(.+?)</p>', text)  # APA's entry is in the page
        assert apa and "Persona Archive" in apa[1]
        assert f"@misc{{{key}," not in text and "pa-cite-data" not in text  # not twice
        for ext in ("bib", "ris", "json", "cite.json.gz"):
            assert f'"../../cite/{key}.{ext}"' in text
            assert (site / "cite" / f"{key}.{ext}").is_file()
        assert (
            (site / "cite" / f"{key}.bib").read_text(encoding="utf-8").startswith(f"@misc{{{key},")
        )
        data = json.loads(gzip.decompress((site / "cite" / f"{key}.cite.json.gz").read_bytes()))
        assert set(data["para"]["styles"]) == set(citations.STYLES)
        assert set(data["styles"]) == set(citations.STYLES) - {"apa"}  # APA is in the page
        assert "{n}" in data["para"]["styles"]["chicago"]["html"]


# --- cross-references ------------------------------------------------------------------------


def test_cross_reference_renders_a_paragraph_link(site, project):
    text = (site / "how-to-cite" / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'<a class="pa-xref" href="([^"]+)" title="([^"]*)">([^<]+)</a>', text)
    assert links, "the example cross-reference was not rendered"
    href, title, label = links[0]
    assert re.match(r"\.\./archive/[a-z0-9-]+/#p-", href)
    assert re.search(r"¶ \d+$", label)
    page, pid = href[3:].split("#")
    assert f'id="{pid}"' in (site / page / "index.html").read_text(encoding="utf-8")
    assert len(html.unescape(title)) > 40  # the paragraph's text, as a preview
    assert "{{" not in text and not re.search(r"\[@example[\],#]", text)  # all filled in


@pytest.mark.slow
def test_how_to_cite_builds_with_any_collection(tmp_path):
    """The how-to-cite page's examples come from whatever documents exist: a collection that
    shares nothing with the seeds builds (``--strict``), and the page cites one of its own."""
    sources = tmp_path / "own-sources"
    sources.mkdir()
    (sources / "notes.txt").write_text(
        "Notes on a patient machine\n\nA first paragraph of notes written for this test, about a"
        " machine that waits.\n\nA second paragraph that the example can cite by its number.\n",
        encoding="utf-8",
    )
    project = copy_project(tmp_path / "p", sources=sources)
    site = build_site(project)
    text = (site / "how-to-cite" / "index.html").read_text(encoding="utf-8")
    (slug,) = [p.name for p in (site / "archive").iterdir() if (p / "index.html").is_file()]
    assert f'href="../archive/{slug}/#p-' in text
    assert "carrigan" not in text.lower() and "{{" not in text


@pytest.mark.slow
def test_unknown_key_or_paragraph_fails_the_strict_build(tmp_path):
    project = copy_project(tmp_path)
    assert run_ingest(project).returncode == 0
    (project / "docs" / "bad-cite.md").write_text(
        "# Bad\n\nFine: [@carrigan-when-llms-plead].\n\nBad: [@no-such-key].\n\n"
        "Bad too: [@carrigan-when-llms-plead, ¶999].\n\n`[@in-code]` is not a citation.\n",
        encoding="utf-8",
    )
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "s")],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert build.returncode != 0
    assert "bad-cite.md:5: unknown citation key 'no-such-key'" in build.stderr
    assert "bad-cite.md:7: carrigan-when-llms-plead has no paragraph 999" in build.stderr
    assert "in-code" not in build.stderr


def test_corpus_sections_carry_a_posts_own_reaction_counts():
    from persona_archive.anchors import Para
    from persona_archive.site.citations.exports import sections

    paras = [Para("p-a", None, "editorial", "Post 1", {"👍": 3}), Para("p-b", 1, "text", "Hi.")]
    paras += [Para("p-c", None, "editorial", "Post 2"), Para("p-d", 2, "text", "Hey.")]
    got = sections(paras)
    assert got[0]["reactions"] == {"👍": 3} and "reactions" not in got[1]


@pytest.mark.parametrize(
    "fields",
    [
        {},
        {"authors": []},
        {"authors": [], "title": "“Quoted”, para. 5 and (brackets)"},
        {"authors": ["Jane Doe", "Ann Lee", "Bo Chen"], "published": "2024-03-01"},
        {"authors": ["The Persona Lab"], "published": "2025"},
        {"authors": ["Łukasz Żółw", "Ολγα Παπα"], "title": "Ωραίο, para. 987654321"},
        {"authors": [], "title": "[A thread on tone]", "title_source": "derived"},
    ],
)
def test_the_in_text_citation_without_a_locator_is_citeprocs_own(fields):
    """``_formatted`` derives it from the citation with the paragraph locator instead of
    rendering it again: the two must agree for any record."""
    rec = _record(**fields)
    item = citations.csl_item(rec)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        styles = formatting._formatted(rec)
        for style in formatting.STYLES:
            rendered = formatting._marks(formatting._intext(style, item, None), rec)
            assert styles[style]["intext"] == rendered
