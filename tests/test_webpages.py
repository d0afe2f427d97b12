"""Saved web pages as sources (issue 19): the main text without the site's chrome, the
metadata the page states (each value with where it came from), decoding as a browser does,
posts marked up with their authors and dates, and bad pages reported alone."""

from __future__ import annotations

import json

import pytest

from persona_archive import paths
from persona_archive.cleaning import pipeline, webpage
from persona_archive.cleaning.catalog import Entry
from persona_archive.errors import SourceError
from webpages import ARTICLE, CHROME, ingest, log, page, pages, write_catalog

GREEK = [
    "Ο φαροφύλακας κρατούσε ένα τετράδιο με κάθε πλοίο που περνούσε από το βόρειο ακρωτήριο "
    "τον χειμώνα.",
    "Οι περισσότερες σημειώσεις ήταν σύντομες, ένα όνομα και μια ώρα, αλλά μερικές μιλούσαν "
    "για την ομίχλη και το χρώμα της θάλασσας.",
    "Όταν βρέθηκε το τετράδιο σε ένα συρτάρι, κανείς δεν ήξερε ποιος είχε γράψει τις "
    "μεγαλύτερες σημειώσεις.",
]


@pytest.fixture(scope="module")
def settings():
    return pipeline.load_settings(paths.TAXONOMY, paths.PROFILES)


def process(html: str | bytes, settings, entry: Entry | None = None, name: str = "page.html"):
    data = html.encode("utf-8") if isinstance(html, str) else html
    decoded = webpage.as_decoded(webpage.read_page(data))
    return pipeline.process(name, decoded, "0" * 64, entry or Entry(), settings)


def paragraphs(record) -> list[str]:
    return [b.text for b in record.blocks if b.kind == "paragraph"]


# --- metadata, each value with its origin ----------------------------------------------------


def test_open_graph_and_meta_tags_give_the_metadata_with_their_origins(settings):
    record = process(page(), settings)
    assert record.title == "Notes from the northern cape" and record.title_source == "page"
    assert record.authors == ["Ada Quill"] and record.site == "Harbour Journal"
    assert record.published == "2025-02-14" and record.language == "en"
    assert record.url == "https://harbour.example/notes-northern-cape"
    assert record.description == "A notebook of ships and fog." and record.kind == "article"
    assert record.meta == {
        "title": "og:title",
        "kind": "og:type=article",
        "language": "html:lang",
        "authors": "meta:author",
        "site": "og:site_name",
        "url": "link:canonical",
        "canonical_url": "link:canonical",
        "published": "article:published_time",
        "description": "meta:description",
    }


def test_json_ld_gives_the_metadata_and_the_kind(settings):
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Not the headline"},
            {
                "@type": "BlogPosting",
                "headline": "Tides and the people who count them",
                "author": [{"@type": "Person", "name": "Ada Quill"}, {"name": "Ben Orr"}],
                "datePublished": "2024-11-03T09:00:00Z",
                "publisher": {"@type": "Organization", "name": "Harbour Journal"},
                "inLanguage": "en-GB",
                "description": "Counting tides.",
            },
        ],
    }
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    record = process(page("Tides and the people who count them", head=head, lang=None), settings)
    assert record.kind == "blog-post" and record.title == "Tides and the people who count them"
    assert record.authors == ["Ada Quill", "Ben Orr"] and record.published == "2024-11-03"
    assert record.site == "Harbour Journal" and record.language == "en-GB"
    assert record.meta["kind"] == "json-ld:@type=blogposting"
    assert record.meta["authors"] == "json-ld:author"
    assert record.meta["published"] == "json-ld:datePublished"
    assert record.meta["language"] == "json-ld:inLanguage"


def test_htmldate_reads_the_date_markup_but_not_a_date_in_the_prose():
    stamp = '<time class="entry-date published" datetime="2024-05-06T10:00:00">6 May</time>'
    found = webpage.read_page(page(head="", paragraphs=[stamp, *ARTICLE]).encode())
    assert found.meta["published"] == "2024-05-06" and found.sources["published"] == "htmldate"
    prose = "<p>The keeper wrote on 6 May 2024 that the fog had lifted.</p>"
    found = webpage.read_page(page(head="", paragraphs=[prose, *ARTICLE]).encode())
    assert "published" not in found.meta


def test_a_singlefile_page_gives_its_address_and_the_day_it_was_saved():
    saved = (
        "<!--\n Page saved with SingleFile \n url: https://harbour.example/saved-note \n"
        " saved date: Sat Mar 07 2026 10:12:30 GMT+0100 (Central European Standard Time)\n-->"
    )
    html = page(head="").replace("<head>", f"{saved}<head>", 1)
    found = webpage.read_page(html.encode())
    assert found.meta["url"] == "https://harbour.example/saved-note"
    assert found.meta["archived"] == "2026-03-07"
    assert found.sources["url"] == "singlefile:url"
    assert found.sources["archived"] == "singlefile:saved date"


def test_a_page_with_no_metadata_at_all_has_nothing_guessed(settings):
    html = "<html><body>" + "".join(f"<p>{p}</p>" for p in ARTICLE) + "</body></html>"
    record = process(html, settings)
    assert record.meta == {} and record.authors == [] and record.published is None
    assert record.url is None and record.site is None and record.description is None
    assert record.title_source in ("text", "derived")
    assert paragraphs(record) == ARTICLE
    meta = pipeline.front_matter(record, slug="s", citation_key="k", archived="2026-01-01")
    assert "meta" not in meta and "description" not in meta and "canonical_url" not in meta


def test_the_catalog_overrides_every_field_the_page_states(settings):
    entry = Entry(title="The catalog's title", authors=("C. Atalog",), published="2020-01-01")
    record = process(page(), settings, entry)
    assert record.title == "The catalog's title" and record.title_source == "catalog"
    assert record.authors == ["C. Atalog"] and record.published == "2020-01-01"
    assert {"title", "authors", "published"}.isdisjoint(record.meta)
    assert record.meta["site"] == "og:site_name"  # what the catalog left out is the page's


def test_title_element_loses_the_site_name_only_when_the_page_names_the_site():
    head = '<meta property="og:site_name" content="Harbour Journal">'
    found = webpage.read_page(page("Fog", head=head).encode())
    assert found.meta["title"] == "Fog" and found.sources["title"] == "<title> (site name cut)"
    found = webpage.read_page(page("Fog", head="").encode())
    assert found.meta["title"] == "Fog | Harbour Journal" and found.sources["title"] == "<title>"


# --- chrome, scripts, paragraphs ---------------------------------------------------------------


def test_chrome_is_removed_and_every_article_paragraph_kept(settings):
    record = process(page(), settings)
    assert paragraphs(record) == ARTICLE
    text = "\n".join(b.text for b in record.blocks) + record.title
    for what, phrase in CHROME.items():
        assert phrase not in text, what


def test_scripts_styles_and_markup_in_the_text_never_become_markup(tmp_path):
    hostile = "A paragraph that shows the tag &lt;script&gt;alert(1)&lt;/script&gt; as text."
    sources, out = tmp_path / "sources", tmp_path / "out"
    sources.mkdir()
    (sources / "page.html").write_text(page(paragraphs=[*ARTICLE, hostile]), encoding="utf-8")
    result = ingest(sources, out)
    assert result.returncode == 0, result.stderr
    ((_, body),) = pages(out).values()
    assert "<script" not in body and "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    for phrase in CHROME.values():
        assert phrase not in body


def test_the_markup_headings_and_quotations_stay_structure(settings):
    quoted = "Fog again, and the engines sound like cattle in the dark."
    paras = [
        ARTICLE[0],
        f"</p><h2>What the keepers wrote</h2><p>{ARTICLE[1]}",
        f"</p><blockquote><p>{quoted}</p></blockquote><p>{ARTICLE[2]}",
        f"</p><h3>The last page</h3><p>{ARTICLE[3]}",
        ARTICLE[4],
    ]
    record = process(page(paragraphs=paras), settings)
    shape = [(b.kind, b.level, b.text) for b in record.blocks]
    assert shape == [
        ("paragraph", 0, ARTICLE[0]),
        ("heading", 2, "What the keepers wrote"),
        ("paragraph", 0, ARTICLE[1]),
        ("quote", 0, quoted),
        ("paragraph", 0, ARTICLE[2]),
        ("heading", 3, "The last page"),
        ("paragraph", 0, ARTICLE[3]),
        ("paragraph", 0, ARTICLE[4]),
    ]
    assert {c.rule for c in record.changes} >= {"html-heading", "html-quote"}


# --- decoding ----------------------------------------------------------------------------------

CURLY = "The keeper’s “personal enemy” was the fog — not the sea, nor the café owner."


def test_a_wrong_charset_declaration_is_repaired_by_the_mojibake_stage(settings):
    html = page(paragraphs=[*ARTICLE, CURLY], charset='<meta charset="windows-1252">')
    decoded = webpage.decode_page(html.encode("utf-8"))
    assert decoded.encoding == "cp1252" and "â€™" in decoded.text  # read as declared
    record = process(html.encode("utf-8"), settings)
    assert CURLY in paragraphs(record)
    assert record.cleaning["encoding_repairs"] > 0


def test_a_declared_utf8_that_is_not_is_detected():
    html = page(paragraphs=[*ARTICLE, CURLY]).encode("cp1252")
    decoded = webpage.decode_page(html)
    assert CURLY in decoded.text and "declared UTF-8" in decoded.notes[0]


def test_the_http_header_wins_over_the_meta_declaration_and_the_bom_over_both():
    html = page(paragraphs=GREEK, lang="el", charset='<meta charset="utf-8">')
    decoded = webpage.decode_page(html.encode("iso-8859-7"), "ISO-8859-7")
    assert GREEK[0] in decoded.text and decoded.encoding == "iso8859-7"
    decoded = webpage.decode_page(b"\xef\xbb\xbf" + html.encode("utf-8"), "windows-1251")
    assert GREEK[0] in decoded.text


def test_a_non_english_page_keeps_its_language_and_text(settings):
    head = '<meta property="og:title" content="Το τετράδιο του φάρου">'
    record = process(
        page("Το τετράδιο του φάρου", lang="el", head=head, paragraphs=GREEK), settings
    )
    assert record.language == "el" and record.meta["language"] == "html:lang"
    assert record.title == "Το τετράδιο του φάρου" and paragraphs(record) == GREEK


# --- posts -------------------------------------------------------------------------------------

COMMENTS = """
<section class="comments" itemscope itemtype="https://schema.org/BlogPosting">
 <div itemprop="comment" itemscope itemtype="https://schema.org/Comment">
  <span itemprop="author" itemscope itemtype="https://schema.org/Person">
   <span itemprop="name">Ben Orr</span></span>
  <time itemprop="dateCreated" datetime="2025-02-15T10:00:00Z">a day later</time>
  <div itemprop="text"><p>My grandfather kept a notebook just like this one on the island.</p></div>
 </div>
 <div itemprop="comment" itemscope itemtype="https://schema.org/Comment">
  <span itemprop="author">Cora Vell</span>
  <time itemprop="dateCreated" datetime="2025-02-16">two days later</time>
  <div itemprop="text"><p>Did anyone ever find out which keeper hated the weather?</p>
  <p>I would love to read the rest of the entries.</p></div>
 </div>
</section>"""


def test_marked_up_comments_keep_their_author_and_date_as_structure(settings):
    record = process(page(after_article=COMMENTS), settings)
    posts = [b.text for b in record.blocks if b.kind == "post"]
    assert posts == ["Post 1 · Ben Orr · 2025-02-15", "Post 2 · Cora Vell · 2025-02-16"]
    texts = paragraphs(record)
    assert texts[: len(ARTICLE)] == ARTICLE
    assert texts[len(ARTICLE) :] == [
        "My grandfather kept a notebook just like this one on the island.",
        "Did anyone ever find out which keeper hated the weather?",
        "I would love to read the rest of the entries.",
    ]
    assert not any("Ben Orr" in t or "a day later" in t for t in texts)  # structure, not text
    assert record.authors == ["Ada Quill"]  # a commenter is not an author of the article


def test_comments_in_json_ld_become_posts_and_unmarked_comments_stay_text_with_a_note(settings):
    data = {
        "@context": "https://schema.org",
        "@type": "DiscussionForumPosting",
        "headline": "Notes from the northern cape",
        "comment": [
            {
                "@type": "Comment",
                "author": {"@type": "Person", "name": "Dana Moss"},
                "dateCreated": "2025-03-01T12:00:00Z",
                "text": "The second keeper sounds like my kind of person.",
            }
        ],
    }
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    record = process(page(head=head), settings)
    assert record.kind == "forum-thread"
    assert [b.text for b in record.blocks if b.kind == "post"] == [
        "Post 1 · Dana Moss · 2025-03-01"
    ]
    assert paragraphs(record)[-1] == "The second keeper sounds like my kind of person."
    unmarked = (
        '<section id="comments" class="comments"><ol class="comment-list"><li class="comment">'
        '<div class="comment-author">Eli Stone</div>'
        "<p>I read this twice and still want to know who wrote the long entries.</p>"
        "</li></ol></section>"
    )
    record = process(page(after_article=unmarked), settings)
    assert not [b for b in record.blocks if b.kind == "post"]
    assert paragraphs(record)[-1].startswith("I read this twice")
    assert any("do" in n and "not mark up their authors" in n for n in record.notes)


# --- bad pages ---------------------------------------------------------------------------------


def test_bad_pages_are_reported_alone_and_the_others_written(tmp_path, monkeypatch):
    sources, out = tmp_path / "sources", tmp_path / "out"
    sources.mkdir()
    (sources / "good.html").write_text(page(), encoding="utf-8")
    (sources / "markup-only.html").write_text(
        "<html><head><script>var a = 1;</script></head><body><div></div></body></html>"
    )
    (sources / "truncated.htm").write_text(page("A cut page")[:-600], encoding="utf-8")
    (sources / "gigantic.html").write_bytes(b"<p>" + b"fog " * (webpage.MAX_HTML_BYTES // 4))
    (sources / "binary.html").write_bytes(bytes(range(256)) * 64)
    (sources / "notes.txt").write_text("A plain text source\n\n" + " ".join(ARTICLE))
    result = ingest(sources, out)
    assert result.returncode == 1
    errors = result.stderr
    assert f"{sources / 'markup-only.html'}: no text found in the HTML" in errors
    assert f"{sources / 'gigantic.html'}: HTML too large" in errors
    assert f"{sources / 'binary.html'}: binary file" in errors
    assert f"{sources / 'truncated.htm'}: warning: the HTML ends before </html>" in errors
    written = pages(out)
    assert set(written) == {"good.html", "truncated.htm", "notes.txt"}
    assert written["truncated.htm"][0]["title"] == "A cut page"


def test_a_page_too_deep_or_too_large_for_the_parser_is_refused(monkeypatch):
    monkeypatch.setattr(webpage, "MAX_TREE_ELEMENTS", 50)
    with pytest.raises(SourceError, match="HTML too large"):
        webpage.read_page(("<div>" + "<span>x</span>" * 100 + "</div>").encode())


# --- ingest: front matter, catalog, determinism, incremental ------------------------------------


def test_ingest_writes_the_page_metadata_deterministically_and_incrementally(tmp_path):
    sources, out = tmp_path / "sources", tmp_path / "out"
    sources.mkdir()
    (sources / "saved.html").write_text(page(), encoding="utf-8")
    (sources / "other.html").write_text(page("Another harbour note"), encoding="utf-8")
    write_catalog(sources, {"other.html": {"authors": ["Dee Catalogue"]}})
    result = ingest(sources, out)
    assert result.returncode == 0, result.stderr
    written = pages(out)
    meta = written["saved.html"][0]
    assert meta["title_source"] == "page" and meta["published"] == "2025-02-14"
    assert meta["meta"]["published"] == "article:published_time"
    assert meta["description"] == "A notebook of ships and fog."
    other = written["other.html"][0]
    assert other["authors"] == ["Dee Catalogue"] and "authors" not in other["meta"]
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    (sources / "other.html").write_text(page("Another harbour note, revised"), encoding="utf-8")
    result = ingest(sources, out)
    assert "1 processed, 1 cached" in result.stderr, result.stderr
    after = {p.name: p.read_bytes() for p in out.iterdir()}
    slug = meta["slug"]
    assert after[f"{slug}.md"] == before[f"{slug}.md"]
    assert log(out, slug)["source_file"] == "saved.html"
    assert ingest(sources, out, "--check").returncode == 0


def test_a_page_saved_as_mhtml_is_read_by_its_html_part(tmp_path):
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    message = MIMEMultipart("related")
    message["Snapshot-Content-Location"] = "https://harbour.example/saved"
    message["Date"] = "Sat, 07 Mar 2026 10:12:30 +0100"
    html = MIMEText(page(paragraphs=[*ARTICLE, CURLY]), "html", "utf-8")
    html["Content-Location"] = "https://harbour.example/saved"
    message.attach(html)
    message.attach(MIMEText("body { color: red }", "css"))
    sources, out = tmp_path / "sources", tmp_path / "out"
    sources.mkdir()
    (sources / "saved.mhtml").write_bytes(message.as_bytes())
    result = ingest(sources, out)
    assert result.returncode == 0, result.stderr
    ((meta, body),) = pages(out).values()
    assert meta["title"] == "Notes from the northern cape" and meta["archived"] == "2026-03-07"
    assert meta["meta"]["archived"] == "mhtml:Date" and meta["authors"] == ["Ada Quill"]
    assert all(p in body for p in ARTICLE) and "color: red" not in body
    assert "“personal enemy”" in body


def test_hostile_metadata_is_text_and_unsafe_urls_are_dropped(tmp_path):
    head = (
        '<meta property="og:title" content="&lt;script&gt;alert(1)&lt;/script&gt; {{ config }}">'
        '<meta property="og:url" content="javascript:alert(2)">'
        '<meta name="author" content="[x](javascript:alert(3))">'
        '<meta property="og:description" content="&quot; onmouseover=&quot;alert(4)">'
        '<script type="application/ld+json">{"@type": "Article", "headline": [[[[[[</script>'
    )
    sources, out = tmp_path / "sources", tmp_path / "out"
    sources.mkdir()
    (sources / "hostile.html").write_text(page("ignored", head=head), encoding="utf-8")
    result = ingest(sources, out)
    assert result.returncode == 0, result.stderr
    ((meta, body),) = pages(out).values()
    assert meta["title"] == "<script>alert(1)</script> {{ config }}"  # as text, in YAML
    assert meta["url"] is None and "url" not in meta["meta"]
    assert meta["authors"] == ["[x](javascript:alert(3))"]
    assert "<script" not in body and "{{" not in body and "](javascript" not in body
