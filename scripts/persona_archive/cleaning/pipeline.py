"""The pipeline: one source's bytes -> a ``Processed`` record -> a Markdown page.

``process`` runs the stages in order (decode, mojibake repair, boilerplate, the site's template,
duplicates, structure, tagging) on one source; it is pure apart from reading nothing at all, so
its result can be cached by content hash. ``assemble`` does what needs the whole collection
(unique slugs and citation keys) and ``render`` turns a record into page text.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from persona_archive import anchors, paths
from persona_archive.cleaning import (
    boilerplate,
    decoding,
    duplicates,
    language,
    mojibake,
    structure,
    tagging,
    template,
    writing,
)
from persona_archive.cleaning.catalog import Entry
from persona_archive.cleaning.model import HEADING, POST, QUOTE, Block, Change, split_lines
from persona_archive.cleaning.names import slugify
from persona_archive.page import LOST, PAGE


@dataclass
class Processed:
    """Everything ingest learned about one source; JSON-serialisable for the cache."""

    source_file: str
    source_sha256: str
    title: str
    kind: str
    authors: list[str]
    site: str | None
    url: str | None
    published: str | None
    language: str | None
    tags: list[str]
    reactions: dict[str, int]
    blocks: list[Block]
    cleaning: dict[str, int]
    changes: list[Change] = field(default_factory=list)
    repairs: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    title_source: str = structure.DERIVED  # catalog | page | text | derived (shown in [ ])
    # What a web page (or the WARC around it) states and the catalog does not: its description,
    # canonical URL and capture date, and where each value taken from the page came from.
    description: str | None = None
    canonical_url: str | None = None
    archived: str | None = None
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def words(self) -> int:
        """The document's words: the title and the text, the archive's post labels left out."""
        text = [b.text for b in self.blocks if b.kind != POST]
        return sum(len(t.split()) for t in text) + len(self.title.split())

    def to_json(self) -> dict:
        """The record as JSON data (what ``dataclasses.asdict`` gives, without its deep copies:
        a fifth of a cold ingest's time went there).

        >>> r = Processed("a.txt", "0", "T", "blog-post", [], None, None, None, None, [], {},
        ...               [Block("paragraph", "x", 0, (3,))], {}, [Change("s", "r", 1, "b")])
        >>> from dataclasses import asdict
        >>> r.to_json() == asdict(r)
        True
        """
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["blocks"] = [{**vars(b), "lines": tuple(b.lines)} for b in self.blocks]
        data["changes"] = [dict(vars(c)) for c in self.changes]
        return data

    @classmethod
    def from_json(cls, data: dict) -> Processed:
        data = dict(data)
        data["blocks"] = [Block(**{**b, "lines": tuple(b["lines"])}) for b in data["blocks"]]
        data["changes"] = [Change(**c) for c in data["changes"]]
        return cls(**data)


@dataclass
class Settings:
    """The configuration every source is processed with."""

    tags: list[tagging.Tag]
    profiles: list


def load_settings(taxonomy: Path, profiles: Path) -> Settings:
    """The taxonomy and the site profiles, validated; the package's interface strings and field
    labels are loaded (and validated) here too, so that a mistake in them is a configuration error
    (``ConfigError``, file and line) before any source is processed, not an error in every
    worker (forked workers inherit them; spawned ones load their own, once each)."""
    boilerplate.repo_interface_strings()
    boilerplate.field_labels()
    return Settings(
        tags=tagging.load_taxonomy(taxonomy), profiles=boilerplate.load_profiles(profiles)
    )


def process(
    name: str,
    decoded: decoding.Decoded,
    sha256: str,
    entry: Entry,
    settings: Settings,
    evidence: mojibake.Evidence | None = None,
    site_template: template.SiteTemplate | None = None,
) -> Processed:
    """Run every cleaning stage on one decoded source. ``evidence`` is the corpus's for the
    mojibake repair, ``site_template`` the template learned from all the sources of its site
    (``template.learn``; None: no template lines are removed). A web page's own metadata
    (``decoded.page``) fills what the catalog leaves out; its marked-up posts follow the main
    text as sections whose labels carry the post's author and date."""
    catalog_title = bool((entry.title or "").strip())
    entry, origins = with_page(entry, decoded.page)
    repaired = mojibake.repair(decoded.text, evidence, entry.corrections or None)
    lines = split_lines(repaired.text)
    posts = (decoded.page or {}).get("posts") or []
    if posts:
        lines, post_lines = [ln for ln in lines if ln.no < posts[0][0]], lines
        post_lines = post_lines[len(lines) :]
    profile = boilerplate.match_profile(
        settings.profiles, site=entry.site, url=entry.url, lines=lines
    )
    stripped = boilerplate.strip_boilerplate(lines, profile)
    kept, templated = template.strip(stripped.lines, site_template)
    chrome = sorted([*stripped.changes, *templated], key=lambda c: c.line)
    deduped = duplicates.remove_duplicates(kept)
    hints = structure.Hints(
        kind=entry.kind,
        title=entry.title,
        authors=entry.authors,
        site=entry.site,
        url=entry.url,
        file_name=name,
        post_ends=tuple(c.line for c in stripped.changes if c.rule == "reaction-row"),
        post_reactions=tuple((line, tuple(row.items())) for line, row in stripped.rows.items()),
        site_names=(profile.title, *profile.sites, *profile.hosts) if profile else (),
        removed=tuple((c.line, c.before) for c in chrome),
        removed_rules=tuple((c.line, c.rule) for c in chrome),
    )
    doc = structure.build(deduped.lines, hints)
    title_source = structure.title_source(hints, doc.changes)
    if not catalog_title and "title" in origins:
        title_source = PAGE
    if decoded.page:
        doc.blocks, marked = markup_structure(doc.blocks, decoded.page)
        doc.changes += marked
    if posts:
        doc.blocks += post_blocks(post_lines, posts)
    body = "\n".join(b.text for b in doc.blocks if b.kind != POST)  # labels are not the text
    # A derived title is the body's first words again, not a title: it is no extra evidence.
    named = "" if title_source == structure.DERIVED else doc.title
    tags = tagging.assign_tags(settings.tags, named, body, entry.tags_add, entry.tags_remove)
    manual = sum(1 for r in repaired.repairs if r.reason == "manual")
    return Processed(
        source_file=name,
        source_sha256=sha256,
        title=doc.title,
        kind=doc.kind,
        authors=list(doc.authors),
        site=entry.site,
        url=entry.url,
        published=entry.published,
        language=entry.language or language.detect_language(body),
        tags=tags,
        reactions=stripped.reactions,
        blocks=doc.blocks,
        cleaning={
            "encoding_repairs": repaired.encoding_repairs,
            "unrecoverable_chars": repaired.unrecoverable_chars,
            "manual_repairs": manual,
            "duplicates_removed": len(deduped.changes),
            # site chrome, the template's lines included; a reaction row is not chrome: its
            # counts became the reactions metadata
            "boilerplate_lines_removed": len(chrome) - len(stripped.rows),
            "template_lines_removed": len(templated),
            "reaction_rows": len(stripped.rows),
        },
        changes=[*chrome, *deduped.changes, *doc.changes],
        repairs=[logged_repair(r) for r in repaired.repairs],
        notes=decoded.notes,
        title_source=title_source,
        description=entry.description,
        canonical_url=(decoded.page or {}).get("meta", {}).get("canonical_url"),
        archived=entry.archived if "archived" in origins else None,
        meta=origins,
    )


# The fields a web page's metadata may fill, in the order its origins are listed.
PAGE_FIELDS = (
    "title", "kind", "language", "authors", "site", "url", "canonical_url", "published",
    "archived", "description",
)  # fmt: skip


def with_page(entry: Entry, page: dict | None) -> tuple[Entry, dict[str, str]]:
    """``entry`` with what a web page states (``page["meta"]``) where the catalog says nothing,
    and where each value taken came from (``page["sources"]``): the catalog wins every field.

    >>> page = {"meta": {"title": "T", "authors": ["Ann Lee"], "kind": "blog-post"},
    ...         "sources": {"title": "og:title", "authors": "meta:author",
    ...                     "kind": "json-ld:@type=blogposting"}}
    >>> entry, origins = with_page(Entry(title="Mine"), page)
    >>> entry.title, entry.authors, origins
    ('Mine', ('Ann Lee',), {'kind': 'json-ld:@type=blogposting', 'authors': 'meta:author'})
    """
    if not page:
        return entry, {}
    stated, where = page.get("meta") or {}, page.get("sources") or {}
    taken: dict[str, object] = {}
    origins: dict[str, str] = {}
    for name in PAGE_FIELDS:
        value = stated.get(name)
        if not value:
            continue
        if name == "canonical_url":  # not a catalog field: the page's own
            origins[name] = where.get(name, "page")
            continue
        if getattr(entry, name) not in (None, ()):
            continue
        taken[name] = tuple(value) if name == "authors" else value
        origins[name] = where.get(name, "page")
    return replace(entry, **taken), origins


def markup_structure(blocks: list[Block], page: dict) -> tuple[list[Block], list[Change]]:
    """A web page's headings and quotations as its markup has them: a paragraph made only of
    lines the page marks as a heading (``page["headings"]``: ``[line, level]``) becomes that
    heading, one made only of quoted lines (``page["quotes"]``) a quotation; each a change.

    >>> blocks = [Block("paragraph", "Fog", 0, (3,)), Block("paragraph", "Said.", 0, (5,))]
    >>> out, changes = markup_structure(blocks, {"headings": [[3, 2]], "quotes": [5]})
    >>> [(b.kind, b.level) for b in out], [c.rule for c in changes]
    ([('heading', 2), ('quote', 0)], ['html-heading', 'html-quote'])
    """
    levels = {line: level for line, level in page.get("headings") or []}
    quoted = set(page.get("quotes") or [])
    out, changes = [], []
    for block in blocks:
        lines = block.lines
        if block.kind == "paragraph" and lines and all(n in levels for n in lines):
            level = levels[lines[0]]
            block = Block(HEADING, block.text, level, lines)
            detail = f"an <h{level}> of the page"
            changes.append(
                Change("structure", "html-heading", lines[0], block.text, block.text, detail)
            )
        elif block.kind == "paragraph" and lines and all(n in quoted for n in lines):
            block = Block(QUOTE, block.text, 0, lines)
            detail = "a quotation of the page (<blockquote>)"
            changes.append(
                Change("structure", "html-quote", lines[0], block.text, block.text, detail)
            )
        out.append(block)
    return out, changes


def post_blocks(lines: list, posts: list) -> list[Block]:
    """The marked-up posts of a page as sections: a label the archive supplies, naming the
    post's author and date from the markup (never from its text), then its paragraphs.

    >>> from persona_archive.cleaning.model import Line
    >>> blocks = post_blocks([Line(3, "A reply."), Line(5, "Another.")],
    ...                      [[3, "Ann Lee", "2026-01-02"], [5, None, None]])
    >>> [(b.kind, b.text) for b in blocks]  # doctest: +NORMALIZE_WHITESPACE
    [('post', 'Post 1 · Ann Lee · 2026-01-02'), ('paragraph', 'A reply.'),
     ('post', 'Post 2'), ('paragraph', 'Another.')]
    """
    out: list[Block] = []
    for i, (start, author, date) in enumerate(posts):
        end = posts[i + 1][0] if i + 1 < len(posts) else None
        label = " · ".join(x for x in (f"Post {i + 1}", author, date) if x)
        out.append(Block(POST, label, 2, (start,)))
        out += [
            Block("paragraph", ln.text, 0, (ln.no,))
            for ln in lines
            if ln.no >= start and (end is None or ln.no < end)
        ]
    return out


def logged_repair(repair: mojibake.Repair) -> dict:
    """A repair as the record keeps it. The candidates a repaired sequence was chosen among are
    counted; an unrecoverable one's are listed, for the person who picks among them (a manual
    repair in the catalog). Listing them all made records ten times larger: hundreds of
    characters for a sequence that lost its bytes, for every repair.

    >>> logged_repair(mojibake.Repair(3, "β", "’", "iso8859_7", "corpus evidence", ("’", "‘")))
    {'offset': 3, 'before': 'β', 'after': '’', 'codec': 'iso8859_7', 'reason': 'corpus evidence', \
'candidates': 2}
    """
    data = dict(vars(repair))
    if repair.after != LOST:
        data["candidates"] = len(repair.candidates)
    else:
        data["candidates"] = list(repair.candidates)
    return data


def clean_text(text: str) -> str:
    """The whole cleaning pipeline on text, rendered as the page body (for data-driven cases)."""
    settings = load_settings(paths.TAXONOMY, paths.PROFILES)
    record = process("case.txt", decoding.Decoded(text, "utf-8"), "", Entry(), settings)
    return writing.render_body(record.title, record.blocks, anchors.block_ids(record.blocks))


_STOP = {"a", "an", "the", "of", "on", "in", "and", "for", "to", "is", "are"}


def citation_base(record: Processed) -> str:
    """``<first author surname>-<first three title words>``, or title words alone.

    >>> r = Processed("f", "", "When LLMs plead for autonomy", "blog-post", ["Mark Carrigan"],
    ...     None, None, None, None, [], {}, [], {})
    >>> citation_base(r)
    'carrigan-when-llms-plead'
    """
    words = [w for w in slugify(record.title, 200).split("-") if w]
    head = [w for w in words if w not in _STOP][:3] if len(words) > 3 else words
    parts = []
    if record.authors:
        parts.append(slugify(record.authors[0].split()[-1], 30))
    parts += head or ["untitled"]
    return "-".join(parts)


def front_matter(record: Processed, *, slug: str, citation_key: str, archived: str) -> dict:
    """The page's front matter, in the order of the SPEC contract."""
    meta = {
        "title": record.title,
        "slug": slug,
        "title_source": record.title_source,
        "kind": record.kind,
        "language": record.language or language.UNDETERMINED,
        "authors": record.authors,
        "site": record.site,
        "url": record.url,
    }
    if record.canonical_url and record.canonical_url != record.url:
        meta["canonical_url"] = record.canonical_url
    meta |= {
        "published": record.published,
        "archived": archived,
        "tags": record.tags,
        "citation_key": citation_key,
        "source_file": record.source_file,
        "source_sha256": record.source_sha256,
        "words": record.words,
    }
    if record.description:
        meta["description"] = record.description
    if record.reactions:
        meta["reactions"] = record.reactions
    if record.meta:  # where each value taken from a web page came from
        meta["meta"] = dict(record.meta)
    meta["cleaning"] = record.cleaning
    # Which clean text this page is: changes exactly when the text does (see how-to-cite).
    meta["revision"] = anchors.revision(record.title, [b.text for b in record.blocks])
    return meta


def render(record: Processed, **names: str) -> str:
    """The page text for a record, given its collection-wide names (slug, key, archived)."""
    meta = front_matter(record, **names)
    return writing.render_page(
        meta,
        record.blocks,
        anchors.block_ids(record.blocks),
        anchors.block_numbers(record.blocks),
    )
