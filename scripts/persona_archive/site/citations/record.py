"""The reference record: one archived document as every citation format sees it.

Made from a generated page alone (front matter, anchored paragraphs) and the anchor ledger (the
revision's date), so every format module reads the same facts. Records are read once per build
(``load_records``, without paragraphs) and a page's paragraphs only where they are needed
(``with_paragraphs``): the build never holds the archive's text.
"""

from __future__ import annotations

import dataclasses
import os
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from persona_archive import anchors, kinds
from persona_archive.page import DERIVED, front_matter_end, shown_title, split_page
from persona_archive.site import listings

ARCHIVE_NAME = "Persona Archive"


@dataclass
class Record:
    """One archived document as a reference: what every citation format is made from."""

    key: str
    slug: str
    title: str
    kind: str
    authors: list[str]
    site: str | None
    original_url: str | None
    url: str  # the archived page (the permanent link that is cited)
    published: str | None  # YYYY, YYYY-MM or YYYY-MM-DD
    archived: str  # YYYY-MM-DD: the access date
    revision: str
    revision_date: str
    language: str
    tags: list[str] = field(default_factory=list)
    paras: list[anchors.Para] = field(default_factory=list)
    title_source: str = ""  # catalog | page | text | derived (front matter); "" when unknown
    description: str = ""  # the start of its text (``metadata.summary``); "" until read

    @property
    def kind_info(self) -> kinds.Kind:
        return kinds.kind(self.kind)

    @property
    def supplied_title(self) -> bool:
        """Whether the archive supplied the title (derived from the first sentence): the
        document has none of its own."""
        return self.title_source == DERIVED and bool(self.title)

    @property
    def cited_title(self) -> str:
        """The title as every citation gives it: a supplied title in square brackets, the
        convention for a title that is not the work's own (APA, Chicago). Every format takes
        the title from here.

        >>> rec = Record("k", "s", "A plea", "other", [], None, None, "u", None, "", "", "", "en")
        >>> rec.cited_title, dataclasses.replace(rec, title_source="derived").cited_title
        ('A plea', '[A plea]')
        """
        return shown_title(self.title, self.title_source)

    @property
    def short_title(self) -> str:
        """The short title an in-text citation of an authorless document gives (``short_title``),
        in square brackets when the archive supplied the title."""
        return shown_title(short_title(self.title), self.title_source)

    @property
    def version(self) -> str:
        """The revision label a citation carries: hash and the date that text appeared."""
        return f"{self.revision} ({self.revision_date})" if self.revision else self.revision_date

    def para(self, ref: str | int) -> anchors.Para | None:
        """A paragraph by id, alias-free (``p-abc123``), or by ¶ number."""
        for p in self.paras:
            if (isinstance(ref, int) and p.number == ref) or p.id == ref:
                return p
        return None


SHORT_TITLE_WORDS = 4
_FUNCTION_WORDS = frozenset({
    "a", "about", "after", "against", "an", "and", "are", "as", "at", "be", "before", "between",
    "but", "by", "for", "from", "her", "his", "if", "in", "into", "is", "its", "like", "my",
    "no", "not", "of", "off", "on", "or", "our", "over", "than", "that", "the", "their",
    "these", "this", "those", "through", "to", "under", "up", "was", "were", "when", "with",
    "without", "your",
})  # fmt: skip
_OPENING_QUOTES = "“‘\"'«"


def short_title(title: str) -> str:
    """The short form of a title (Chicago: the main title without its subtitle, at most four
    words), never ending inside a quotation or on a word like "on" or "the".

    >>> short_title("Microsoft Researchers: “Equipping LLMs with agency”")
    'Microsoft Researchers'
    >>> short_title("Comment thread on “Bing Chat is blatantly, aggressively misaligned”")
    'Comment thread'
    >>> short_title("When LLMs plead for autonomy"), short_title("A plea")
    ('When LLMs plead', 'A plea')
    """
    main = title.split(": ", 1)[0].strip() or title
    words = main.split()
    if len(words) <= SHORT_TITLE_WORDS:
        return main
    kept = []
    for word in words[:SHORT_TITLE_WORDS]:
        if word[0] in _OPENING_QUOTES and not _closes(word):
            break
        kept.append(word)
    while len(kept) > 1 and kept[-1].lower().strip(",;:.") in _FUNCTION_WORDS:
        kept.pop()
    return " ".join(kept).rstrip(",;:.—–-") if kept else main


def _closes(word: str) -> bool:
    """Whether a word that opens a quotation also closes it (a one-word quotation)."""
    return len(word) > 1 and word.rstrip(",;:.!?")[-1:] in "”’\"'»"


def default_note(rec: Record) -> str:
    """The note every format carries: the archived revision and the original's address."""
    original = f"; original: {rec.original_url}" if rec.original_url else ""
    return f"Archived copy, revision {rec.version}{original}"


def page_url(site_url: str, slug: str) -> str:
    return f"{site_url.rstrip('/')}/archive/{slug}/"


def record(meta: dict, paras: list[anchors.Para], site_url: str, ledger: dict) -> Record:
    """The reference record of a generated page, from its front matter and paragraphs."""
    slug = str(meta["slug"])
    archived = _iso(meta.get("archived")) or ""
    rev = str(meta.get("revision") or "")
    return Record(
        key=str(meta.get("citation_key") or slug),
        slug=slug,
        title=str(meta.get("title") or slug),
        kind=str(meta.get("kind") or "other"),
        authors=[str(a) for a in meta.get("authors") or []],
        site=str(meta["site"]) if meta.get("site") else None,
        original_url=str(meta["url"]) if meta.get("url") else None,
        url=page_url(site_url, slug),
        published=_iso(meta.get("published")),
        archived=archived,
        revision=rev,
        revision_date=anchors.revision_date(ledger, slug, rev, archived),
        language=str(meta.get("language") or "en"),
        tags=[str(t) for t in meta.get("tags") or []],
        paras=paras,
        title_source=str(meta.get("title_source") or ""),
    )


def read_records(archive_dir: Path, site_url: str, ledger: dict) -> list[Record]:
    """Every generated page under ``archive_dir`` as a record, sorted by citation key."""
    out = []
    for path in sorted(archive_dir.glob("*.md")):
        meta, body = split_page(path.read_text(encoding="utf-8"))
        if meta.get("slug") and "source_sha256" in meta:
            out.append(record(meta, anchors.read_paragraphs(body), site_url, ledger))
    return sorted(out, key=lambda r: r.key)


_memo: dict[tuple[str, str, str], list[Record]] = {}


def load_records(archive_dir: Path, site_url: str, ledger_path: Path) -> list[Record]:
    """Every archived document as a record without its paragraphs, sorted by citation key, made
    once per build from the collection's front matter (``listings.load_collection``: the pages
    are read once for every hook; ``forget_records`` starts the next build afresh). The
    paragraphs are read where they are needed (``with_paragraphs``): the build never holds the
    archive's text."""
    key = (os.path.abspath(archive_dir), site_url, os.path.abspath(ledger_path))
    if key not in _memo:
        ledger = anchors.load_ledger(ledger_path)
        docs = listings.load_collection(archive_dir)
        made = [record(d, [], site_url, ledger) for d in docs if "source_sha256" in d]
        _memo[key] = sorted(made, key=lambda r: r.key)
    return _memo[key]


def with_paragraphs(rec: Record, archive_dir: Path) -> Record:
    """``rec`` with its paragraphs, read from its page under ``archive_dir``."""
    text = (Path(archive_dir) / f"{rec.slug}.md").read_text(encoding="utf-8")
    return dataclasses.replace(rec, paras=anchors.read_paragraphs(text[front_matter_end(text) :]))


def forget_records() -> None:
    """Drop the records read by the previous build (called before each build)."""
    _memo.clear()


def _iso(value) -> str | None:
    """A front-matter date as ISO text (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), else None.

    >>> _iso(date(2024, 3, 1)), _iso("2024-03"), _iso("March 2024"), _iso("")
    ('2024-03-01', '2024-03', None, None)
    """
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    return text if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text) else None
