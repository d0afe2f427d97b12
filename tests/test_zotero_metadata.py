"""What Zotero makes of a document page's head (issue 17), for every registered kind.

``zotero_item`` follows, for the tags the archive writes, the rules of Zotero's own translators
as read in their source (zotero/translators: "Embedded Metadata.js" hands every ``prefix.name``
tag to "RDF.js" and adds the Highwire ``citation_*`` tags) and the item types' fields
(zotero/zotero-schema, ``ZOTERO_FIELDS``). The same pages were checked with Zotero's
translation-server itself (README: reference managers).
"""

from __future__ import annotations

import dataclasses
import html
import json
import re

import pytest

from persona_archive import kinds
from persona_archive.site.citations import Record, citebox, metadata
from persona_archive.site.citations.record import ARCHIVE_NAME

# zotero-schema: the fields of the item types the kinds use that matter here; a container
# field is the type's field whose base field is publicationTitle (or that field itself).
ZOTERO_FIELDS = {
    "journalArticle": {"publicationTitle": None, "date": None, "abstractNote": None,
                       "shortTitle": None},
    "blogPost": {"blogTitle": "publicationTitle", "websiteType": "type", "date": None,
                 "abstractNote": None, "shortTitle": None},
    "forumPost": {"forumTitle": "publicationTitle", "postType": "type", "date": None,
                  "abstractNote": None, "shortTitle": None},
    "webpage": {"websiteTitle": "publicationTitle", "websiteType": "type", "date": None,
                "abstractNote": None, "shortTitle": None},
    "podcast": {"seriesTitle": None, "audioFileType": "medium", "date": None,
                "abstractNote": None, "shortTitle": None},
}  # fmt: skip
# Embedded Metadata.js: a tag that forces the item type, whatever the page says it is.
HIGHWIRE_TYPES = {
    "citation_journal_title": "journalArticle",
    "citation_technical_report_institution": "report",
    "citation_conference_title": "conferencePaper",
    "citation_conference": "conferencePaper",
    "citation_book_title": "bookSection",
    "citation_inbook_title": "bookSection",
    "citation_dissertation_institution": "thesis",
}
RDF_PREFIXES = {"bib", "bibo", "dc", "dcterms", "prism", "foaf", "z", "og", "article", "so"}
# RDF.js: dc:type is copied into every "type" field (websiteType, postType…).
TYPE_FIELDS = ("reportType", "letterType", "manuscriptType", "mapType", "thesisType",
               "websiteType", "presentationType", "postType", "audioFileType")  # fmt: skip


def _rdf_statements(meta: list[tuple[str, str, str]]) -> dict[str, list[str]]:
    """Embedded Metadata.js ``init``: ``prefix.prop``/``prefix:prop`` tags become RDF statements
    (``og:site_name`` → og + site_name; a prefix it does not know is not RDF)."""
    out: dict[str, list[str]] = {}
    for _, name, content in meta:
        parts = re.split(r"[.:_]", name)
        prefix, length = parts[0].lower(), len(parts[0])
        if len(parts) > 2 and parts[1].lower() in RDF_PREFIXES:
            prefix, length = parts[1].lower(), len(parts[0]) + len(parts[1]) + 1
        if prefix in RDF_PREFIXES and len(parts) > 1:
            prop = name[length + 1 :]
            out.setdefault(f"{prefix}:{prop[:1].lower()}{prop[1:]}", []).append(content)
    return out


def _first(statements: dict, *props: str) -> str | None:
    for prop in props:
        if statements.get(prop):
            return statements[prop][0]
    return None


def zotero_item(meta: list[tuple[str, str, str]]) -> dict:
    """The item Zotero's Embedded Metadata + RDF translators make of these meta tags."""
    rdf = _rdf_statements(meta)
    highwire = {name: content for _, name, content in reversed(meta) if name.startswith("cit")}
    forced = [HIGHWIRE_TYPES[n] for _, n, _ in meta if n in HIGHWIRE_TYPES]
    declared = _first(rdf, "z:itemType") or _first(rdf, "dc:type", "dcterms:type")
    item_type = forced[-1] if forced else (declared or "journalArticle")
    item: dict = {"itemType": item_type}
    # RDF.js importItem
    publication = _first(rdf, "prism:publicationName", "dc:source", "dcterms:source") or (
        _first(rdf, "og:site_name") if item_type in ("blogPost", "webpage") else None
    )
    item["publicationTitle"] = publication
    item["date"] = _first(rdf, "og:published_time", "article:published_time", "dc:date")
    item["abstractNote"] = _first(rdf, "og:description")
    for field in TYPE_FIELDS:
        item[field] = _first(rdf, "dc:type", "dcterms:type")
    for prop, values in rdf.items():
        if prop.startswith("z:") and prop != "z:itemType":
            item[prop[2:]] = values[0]
    # Embedded Metadata.js addHighwireMetadata (later tags of the map win) and fallbacks
    for tag, field in (
        ("citation_journal_title", "publicationTitle"),
        ("citation_publication_date", "date"),
        ("citation_date", "date"),
        ("citation_abstract", "abstractNote"),
    ):
        if highwire.get(tag):
            item[field] = highwire[tag]
    if not item["date"]:
        item["date"] = highwire.get("citation_online_date")
    if not item["abstractNote"]:
        item["abstractNote"] = next((c for _, n, c in meta if n.lower() == "description"), None)
    # Zotero keeps the fields its item type has; a base field lands in the type's own field
    fields = ZOTERO_FIELDS[item_type]
    saved = {"itemType": item_type}
    for field, value in item.items():
        own = [f for f, base in fields.items() if f == field or base == field]
        if value and own:
            saved[own[0]] = value.replace("/", "-") if field == "date" else value
    return saved


def container_field(zotero_type: str) -> str:
    """The field of a Zotero item type that names where the item was published."""
    fields = ZOTERO_FIELDS[zotero_type]
    return next(
        f for f, base in fields.items() if "publicationTitle" in (f, base) or f == "seriesTitle"
    )


def _record(kind: str, **kw) -> Record:
    base = dict(
        key="k",
        slug="a-title",
        title="A title of its own",
        kind=kind,
        authors=["Jane Doe"],
        site="The Original Site",
        original_url="https://original.example/post/1",
        url="https://archive.example/archive/a-title/",
        published=None,
        archived="2026-11-23",
        revision="abcdefgh",
        revision_date="2026-11-23",
        language="en",
        description="The start of the document's own text.",
    )
    base.update(kw)
    return Record(**base)


def test_every_kind_has_a_zotero_type_the_rules_know():
    for kind in kinds.KINDS.values():
        assert kind.zotero in ZOTERO_FIELDS, f"{kind.slug}: add {kind.zotero} to ZOTERO_FIELDS"
        assert container_field(kind.zotero)


@pytest.mark.parametrize("slug", sorted(kinds.KINDS))
def test_zotero_files_each_kind_as_its_type_with_its_site(slug):
    kind = kinds.KINDS[slug]
    meta = metadata.head_meta(_record(slug))
    names = [n for _, n, _ in meta]
    item = zotero_item(meta)
    assert item["itemType"] == kind.zotero
    assert item[container_field(kind.zotero)] == "The Original Site"
    assert ("citation_journal_title" in names) == (kind.zotero == "journalArticle")
    assert not set(HIGHWIRE_TYPES) - {"citation_journal_title"} & set(names)
    assert "DC.type" not in names and "DC.source" not in names
    assert not {f for f in TYPE_FIELDS if f in item}, "the item type's name leaked into a field"
    assert item["abstractNote"] == "The start of the document's own text."


@pytest.mark.parametrize("slug", sorted(kinds.KINDS))
def test_zotero_dates_are_the_originals_else_the_archives(slug):
    assert zotero_item(metadata.head_meta(_record(slug, published="2024-03-01")))["date"] == (
        "2024-03-01"
    )
    undated = metadata.head_meta(_record(slug))
    assert zotero_item(undated)["date"] == "2026-11-23"
    assert not {"DC.date", "citation_date", "citation_publication_date"} & {
        n for _, n, _ in undated
    }


def test_a_dated_head_gives_the_date_once_per_vocabulary():
    """Issue 20: ``citation_date`` (the Highwire tags' older name) and ``DC.date`` repeated
    ``citation_publication_date`` on every page; Zotero and Google Scholar take the latter."""
    meta = metadata.head_meta(_record("blog-post", published="2024-03-01"))
    dates = [(n, c) for _, n, c in meta if "date" in n or n.endswith("_time")]
    assert dates == [
        ("citation_publication_date", "2024/03/01"),
        ("article:published_time", "2024-03-01"),  # link previews
    ]
    assert zotero_item(meta)["date"] == "2024-03-01"


@pytest.mark.parametrize("slug", sorted(kinds.KINDS))
def test_each_fact_is_written_once_per_kind_of_reader(slug):
    """Issue 20: the title, address and description each once for reference managers
    (Highwire), link previews (Open Graph) and search engines (JSON-LD; the theme writes the
    description), not four to six times; no Dublin Core beside the Highwire tags."""
    rec = _record(slug, published="2024-03-01", tags=["ai", "model-welfare"])
    meta = metadata.head_meta(rec)
    head = metadata.head_html(rec)
    assert head.count(rec.title) == 3  # citation_title, og:title, headline
    assert head.count(rec.url) == 3  # citation_public_url, og:url, url
    assert head.count(html.escape(rec.description)) == 1  # og:description
    assert head.count("Jane Doe") == 2  # citation_author, JSON-LD author
    names = [n for _, n, _ in meta]
    assert not [n for n in names if n.startswith("DC.")]
    assert not {"citation_abstract", "article:author", "citation_date"} & set(names)
    ld = json.loads(re.search(r"ld\+json\">(.*)</script>", head).group(1))
    assert not {"@id", "name", "description"} & set(ld)
    item = zotero_item(meta)
    assert item["abstractNote"] == rec.description  # og:description, RDF.js's abstract
    assert item["date"] == "2024-03-01" and item["itemType"] == kinds.KINDS[slug].zotero


def test_a_title_longer_than_a_headline_is_named_whole():
    long = "A title " + "that goes on " * 12
    ld = json.loads(metadata.json_ld(_record("blog-post", title=long)))
    assert ld["headline"] == long[: metadata.HEADLINE_CHARS] and ld["name"] == long
    ld = json.loads(metadata.json_ld(_record("blog-post", title=long[: metadata.HEADLINE_CHARS])))
    assert "name" not in ld


@pytest.mark.parametrize(
    ("authors", "unnamed"),
    [
        (["-"], ["-"]),
        (["Jane Doe", " . ;", "--"], [" . ;", "--"]),
        (["Jane Doe", "u/x_42", "—", "J."], []),  # a dash or an initial is a name to Zotero
        ([], []),
    ],
)
def test_authors_zotero_skips_as_no_name_keep_their_fallback_tags(authors, unnamed):
    """Embedded Metadata skips a ``citation_author`` made of nothing but spaces and ``, - . ;``;
    when it skips them all, Zotero took the authors from ``DC.creator`` (RDF.js) and, for a
    podcast (no author role), ``article:author``: those authors, and only those, keep both."""
    meta = metadata.head_meta(_record("podcast-transcript", authors=authors))
    assert [c for _, n, c in meta if n == "citation_author"] == authors
    assert [c for _, n, c in meta if n == "DC.creator"] == unnamed
    assert [c for _, n, c in meta if n == "article:author"] == unnamed


def test_keywords_are_one_tag_that_zotero_splits_at_semicolons():
    """Embedded Metadata splits each ``citation_keywords`` at ';' (and trims): one tag for all
    gives the same tags as one tag each; a keyword holding ';' keeps a tag of its own."""

    def zotero_tags(meta):
        return [t.strip() for _, n, c in meta if n == "citation_keywords" for t in c.split(";")]

    tags = ["ai-autonomy", "model welfare", "claude"]
    meta = metadata.head_meta(_record("blog-post", tags=tags))
    assert [c for _, n, c in meta if n == "citation_keywords"] == [
        "ai-autonomy; model welfare; claude"
    ]
    assert zotero_tags(meta) == tags
    odd = metadata.head_meta(_record("blog-post", tags=["a;b", "c"]))
    assert [c for _, n, c in odd if n == "citation_keywords"] == ["a;b", "c"]
    assert not [n for _, n, _ in metadata.head_meta(_record("blog-post")) if "keywords" in n]
    # said once, where reference managers read it: not again in the JSON-LD (issue 20)
    assert "keywords" not in json.loads(metadata.json_ld(_record("blog-post", tags=tags)))


def test_description_is_written_as_zotero_reads_it():
    """Zotero took ``citation_abstract`` with every run of JavaScript's ``\\s`` made one space and
    takes ``og:description`` as written: the description has its runs made one space already
    (U+FEFF too, which JavaScript counts as a space and Python does not)."""
    text = " Über\u00a0Äpfel\ufeff und\u2003Birnen.\n Ende "
    description = metadata.summary([{"kind": "paragraph", "text": text}])
    assert description == "Über Äpfel und Birnen. Ende"
    assert description == re.sub(r"[\s\ufeff]+", " ", description).strip()
    word = metadata.summary([{"kind": "paragraph", "text": "Zero\u200bwidth joins stay."}])
    assert word == "Zero\u200bwidth joins stay."  # not a space to JavaScript either


def test_json_ld_is_compact():
    head = metadata.head_html(_record("blog-post", published="2024-03-01"))
    ld = re.search(r"ld\+json\">(.*)</script>", head).group(1)
    assert (
        '", "' not in ld and '": ' not in ld and ld.startswith('{"@context":"https://schema.org"')
    )


@pytest.mark.parametrize("slug", sorted(kinds.KINDS))
def test_without_a_catalog_site_the_container_is_the_originals_host(slug):
    kind = kinds.KINDS[slug]
    item = zotero_item(metadata.head_meta(_record(slug, site=None)))
    assert item[container_field(kind.zotero)] == "original.example"
    nothing = zotero_item(metadata.head_meta(_record(slug, site=None, original_url=None)))
    # Nothing names the original: Zotero falls back to og:site_name (the archive) for a blog
    # post or a web page only.
    assert nothing.get(container_field(kind.zotero)) in (None, ARCHIVE_NAME)


def test_the_rules_catch_the_tags_that_misfiled_the_documents():
    """The head the archive wrote before issue 17: journalArticle, DC.source as the container,
    DC.type in the type field. The model of the translators must see each fault."""
    old = [
        ("name", "citation_title", "A title"),
        ("name", "citation_journal_title", "Blog"),
        ("name", "DC.type", "blogPost"),
        ("name", "z:itemType", "blogPost"),
        ("name", "DC.source", "https://original.example/post/1"),
    ]
    assert zotero_item(old)["itemType"] == "journalArticle"
    without_journal = zotero_item([t for t in old if t[1] != "citation_journal_title"])
    assert without_journal["blogTitle"] == "https://original.example/post/1"
    assert without_journal["websiteType"] == "blogPost"


def test_zotero_short_title_is_the_in_text_one():
    rec = _record("forum-thread", title="Researchers: a long subtitle", title_source="derived")
    assert zotero_item(metadata.head_meta(rec)).get("shortTitle") == "[Researchers]"
    assert zotero_item(metadata.head_meta(_record("blog-post")))["shortTitle"] == "A title"
    short = _record("forum-thread", title="Short enough")
    assert "shortTitle" not in zotero_item(metadata.head_meta(short))


def test_og_site_name_and_json_ld_name_the_archive_and_the_original():
    import json

    rec = _record("blog-post")
    meta = metadata.head_meta(rec)
    assert ("property", "og:site_name", ARCHIVE_NAME) in meta
    assert ("property", "og:description", rec.description) in meta
    ld = json.loads(re.search(r"ld\+json\">(.*)</script>", metadata.head_html(rec)).group(1))
    assert ld["isPartOf"] == {
        "@type": "WebSite",
        "name": ARCHIVE_NAME,
        "url": "https://archive.example/",
    }
    assert ld["isBasedOn"]["url"] == "https://original.example/post/1"
    assert ld["isBasedOn"]["isPartOf"]["name"] == "The Original Site"
    assert "description" not in ld  # search engines read the page's <meta name=description>


def test_description_is_the_start_of_the_text_escaped_and_bounded(tmp_path):
    page = tmp_path / "a-title.md"
    long_words = " ".join(f"word{i}" for i in range(80))
    page.write_text(
        "---\nslug: a-title\n---\n\n# A title\n\n## A heading of the source {#p-aaaaaa}\n\n"
        'It says &lt;b&gt; "quoted" &amp; more. Then it goes on for a while, with a second '
        "sentence long enough to be worth keeping whole.\n{: #p-bbbbbb }\n\n"
        f"{long_words}\n{{: #p-cccccc }}\n",
        encoding="utf-8",
    )
    text = metadata.page_summary(page)
    assert text == (
        'It says <b> "quoted" & more. Then it goes on for a while, with a second sentence long '
        "enough to be worth keeping whole."
    )  # cut after a whole sentence, the source's heading left out
    assert len(text) <= metadata.DESCRIPTION_CHARS
    boxes = citebox.cite_boxes([_record("blog-post", description="")], tmp_path)
    box = boxes["a-title"]
    assert box["description"] == text
    assert 'content="It says &lt;b&gt; &quot;quoted&quot; &amp; more.' in box["head"]
    page.write_text(f"---\nslug: a-title\n---\n\n# A title\n\n{long_words}\n", encoding="utf-8")
    cut = metadata.page_summary(page)
    assert cut.endswith("…") and len(cut) <= metadata.DESCRIPTION_CHARS
    assert long_words.startswith(cut[:-1] + " ")  # cut at a word


def test_a_record_without_description_gives_no_empty_abstract():
    meta = metadata.head_meta(dataclasses.replace(_record("article"), description=""))
    names = [n for _, n, _ in meta]
    assert "og:description" not in names and "citation_abstract" not in names


@pytest.mark.parametrize("heading_lines", [0, 600])
def test_description_of_a_long_page_is_read_from_its_start(tmp_path, heading_lines):
    """A long page's description comes from its first kilobytes, the same as from its whole
    text; when those hold no paragraph (here: hundreds of headings first), the page is read
    whole."""
    headings = "".join(f"## Part {i}\n\n" for i in range(heading_lines))
    paragraphs = "".join(f"Paragraph {i} says a few plain words here.\n\n" for i in range(2000))
    page = tmp_path / "long.md"
    page.write_text(f"---\nslug: long\n---\n\n# Long\n\n{headings}{paragraphs}", encoding="utf-8")
    from persona_archive.site import listings

    expected = metadata.summary(listings.iter_blocks(headings + paragraphs))
    assert expected.startswith("Paragraph 0 says") and len(expected) > 150
    assert metadata.page_summary(page) == expected
