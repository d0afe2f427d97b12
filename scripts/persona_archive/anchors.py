"""Paragraph anchors: a short, URL-safe id per block, derived from the block's normalized text.

The id depends only on the text (not on the position), so inserting or removing other paragraphs
never changes it: a cited ``…/#p-3kq9zt`` keeps pointing at the same words.
"""

from __future__ import annotations

import base64
import hashlib
import html
import itertools
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from persona_archive.page import LOST, split_page

if TYPE_CHECKING:  # the cleaner's blocks; anchors are read by both halves, so no import
    from persona_archive.cleaning.model import Block

_SPACE = re.compile(r"\s+")
ID_LENGTH = 6


def normalize(text: str) -> str:
    """Case, width and spacing differences do not make a different paragraph.

    >>> normalize("  Hello\\u00a0 WORLD ")
    'hello world'
    """
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def text_id(text: str) -> str:
    """The anchor of a text: ``p-`` and 6 base32 characters of its BLAKE2 hash.

    >>> text_id("Hello world") == text_id("hello   WORLD")
    True
    >>> text_id("Hello world")
    'p-q6ddhk'
    """
    digest = hashlib.blake2b(normalize(text).encode("utf-8"), digest_size=8).digest()
    return "p-" + base64.b32encode(digest).decode("ascii").lower()[:ID_LENGTH]


def block_ids(blocks: list[Block]) -> list[str]:
    """Ids for a document's blocks; a repeated text gets ``-2``, ``-3``… in document order."""
    seen: dict[str, int] = {}
    ids = []
    for block in blocks:
        base = text_id(f"{block.kind}:{block.text}" if block.kind != "paragraph" else block.text)
        seen[base] = seen.get(base, 0) + 1
        ids.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return ids


# Blocks that get no ¶ number: headings, and a thread post's label ("Reply 1"), which is the
# archive's words (editorial), not the source's, so it must not shift the numbers of the text.
UNNUMBERED = frozenset({"heading", "post"})
# The class of a heading the archive supplied (a post label) on the page: it is shown as the
# archive's (see overrides/assets/pa-reading.css) and read back as a Para of kind "editorial".
EDITORIAL_CLASS = "pa-editorial"
EDITORIAL = "editorial"


def block_numbers(blocks: list[Block]) -> list[int | None]:
    """The visible paragraph numbers (¶ 1, ¶ 2…): every block but a heading or a post label is
    numbered (a label is editorial: the archive's, not the text's).

    >>> from persona_archive.cleaning.model import Block
    >>> blocks = [Block("heading", "A"), Block("post", "Reply 1"), Block("paragraph", "b"),
    ...           Block("post", "Reply 2"), Block("quote", "c")]
    >>> block_numbers(blocks)
    [None, None, 1, None, 2]
    """
    numbers: list[int | None] = []
    n = 0
    for block in blocks:
        if block.kind in UNNUMBERED:
            numbers.append(None)
        else:
            n += 1
            numbers.append(n)
    return numbers


# --- reading a generated page back ------------------------------------------------------------

_HEADING = re.compile(r"^#+ (.*) (\{#[^{}]*\})$")
_ATTRS = re.compile(r'\{:?\s*#(p-[a-z0-9-]+)((?:\s+[\w-]+="[^"]*")*)\s*\}$')
_ATTR = re.compile(r'([\w-]+)="([^"]*)"')


@dataclass(frozen=True)
class Para:
    """One anchored block of a generated page, read back from its Markdown."""

    id: str
    number: int | None  # the ¶ number; None for headings and editorial labels
    # heading | editorial (a label the archive supplied: a thread post's "Reply 1") | quote |
    # text (paragraph, list item; a post label of a page written before labels were editorial)
    kind: str
    text: str  # the plain text (escapes undone)
    reactions: dict[str, int] | None = None  # an editorial post label's: its post's counts


def _plain(markdown_text: str) -> str:
    text = markdown_text.replace(LOST_MARKUP_START, "").replace("</span>", "")
    return html.unescape(text)


LOST_MARKUP_START = '<span class="pa-lost"'


def read_paragraphs(body: str) -> list[Para]:
    """The anchored blocks of a page body written by ``writing.render_body``, in order."""
    paras = []
    for chunk in body.split("\n\n"):
        chunk = chunk.strip("\n")
        heading = _HEADING.match(chunk)
        if heading:
            m = _ATTRS.match(heading.group(2))
            if m:
                attrs = dict(_ATTR.findall(m.group(2)))
                number = attrs.get("data-para")
                if EDITORIAL_CLASS in attrs.get("class", "").split():
                    kind = EDITORIAL
                else:
                    kind = "text" if number else "heading"
                text = _plain(_unlost(heading.group(1)))
                counts = _reactions(html.unescape(attrs.get("data-reactions", "")))
                paras.append(Para(m.group(1), _int(number), kind, text, counts))
            continue  # the title (h1) has no anchor
        lines = chunk.split("\n")
        m = _ATTRS.match(lines[-1].removeprefix("> ").strip())
        if not m:
            continue
        quote = lines[0].startswith("> ")
        text = "\n".join(line.removeprefix("> ") if quote else line for line in lines[:-1])
        kind = "quote" if quote else "text"
        number = _int(dict(_ATTR.findall(m.group(2))).get("data-para"))
        paras.append(Para(m.group(1), number, kind, _plain(_unlost(text))))
    return paras


def _reactions(value: str) -> dict[str, int] | None:
    """A label's ``data-reactions`` ("👍 3 · ❤ 1") as counts; None when it has none.

    >>> _reactions("👍 3 · ❤ 1"), _reactions("")
    ({'👍': 3, '❤': 1}, None)
    """
    counts: dict[str, int] = {}
    for item in value.split(" · ") if value else ():
        key, _, count = item.rpartition(" ")
        if key and count.isdigit():
            counts[key] = int(count)
    return counts or None


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _unlost(text: str) -> str:
    """The lost-character markup back to the replacement character it stands for."""
    return re.sub(rf'<span class="pa-lost"[^>]*>{LOST}</span>', LOST, text)


# --- revisions ---------------------------------------------------------------------------------


def revision(title: str, texts: list[str]) -> str:
    """A short hash of a document's clean text: it changes exactly when the text does.

    >>> revision("T", ["a", "b"]) == revision("T", ["a", "b"]), revision("T", ["a"]) != revision(
    ...     "T", ["a", "b"])
    (True, True)
    """
    h = hashlib.blake2b(digest_size=5)
    for part in [title, *texts]:
        h.update(part.encode("utf-8") + b"\0")
    return base64.b32encode(h.digest()).decode("ascii").lower()


# --- similarity sketches (best text match for aliases) -----------------------------------------


def sketch(text: str) -> int:
    """A 64-bit SimHash of a text's words and word pairs: similar texts, few differing bits.

    >>> a = sketch("the quick brown fox jumps over the lazy dog near the river bank today")
    >>> b = sketch("the quick brown fox jumped over the lazy dog near the river bank today")
    >>> c = sketch("completely unrelated words about language models and their characters")
    >>> distance(a, b) < distance(a, c)
    True
    """
    words = normalize(text).split()
    features = words + [f"{x} {y}" for x, y in itertools.pairwise(words)]
    weights = [0] * 64
    for feature in features or [""]:
        value = int.from_bytes(hashlib.blake2b(feature.encode(), digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if value >> bit & 1 else -1
    return sum(1 << bit for bit in range(64) if weights[bit] > 0)


def distance(a: int, b: int) -> int:
    return (a ^ b).bit_count()


# A paragraph "replaced" another when their sketches differ in at most this many of 64 bits.
SIMILAR = 18


# --- the anchor ledger -------------------------------------------------------------------------

LEDGER_VERSION = 1
LEDGER_FILE = "anchors.lock"  # beside mkdocs.yml, kept by `make anchors`


@dataclass
class Page:
    """What the ledger needs of one published document."""

    slug: str
    source_file: str
    source_sha256: str
    archived: str
    revision: str
    paras: list[Para]


def read_pages(archive_dir: Path) -> list[Page]:
    """Every generated page under ``archive_dir`` (pages without ``source_sha256`` skipped)."""
    pages = []
    for path in sorted(archive_dir.glob("*.md")):
        meta, body = split_page(path.read_text(encoding="utf-8"))
        if not meta.get("slug") or "source_sha256" not in meta:
            continue
        pages.append(
            Page(
                slug=meta["slug"],
                source_file=str(meta.get("source_file", "")),
                source_sha256=str(meta.get("source_sha256", "")),
                archived=str(meta.get("archived", "")),
                revision=str(meta.get("revision", "")),
                paras=read_paragraphs(body),
            )
        )
    return pages


def empty_ledger() -> dict:
    return {"version": LEDGER_VERSION, "documents": {}, "redirects": {}}


def load_ledger(path: Path) -> dict:
    """The ledger at ``path`` (an empty one when the file does not exist yet)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return empty_ledger()
    if data.get("version") != LEDGER_VERSION:
        raise ValueError(f"{path}: unknown ledger version {data.get('version')!r}")
    data.setdefault("documents", {})
    data.setdefault("redirects", {})
    return data


def dump_ledger(ledger: dict) -> str:
    """Stable, diff-friendly JSON: one paragraph per line, keys sorted."""
    return json.dumps(ledger, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def ledger_ids(entry: dict) -> list[str]:
    """The ids a ledger entry promises: its paragraphs' and its aliases'."""
    return [p.split()[0] for p in entry.get("paragraphs", [])] + list(entry.get("aliases", {}))


def _old_paragraphs(entry: dict) -> list[tuple[str, int]]:
    out = []
    for item in entry.get("paragraphs", []):
        pid, _, sk = item.partition(" ")
        out.append((pid, int(sk, 16) if sk else 0))
    return out


def _resolve_aliases(old: dict, page: Page) -> dict[str, str]:
    """Old ids of a document that its new text no longer has -> the id each now stands for.

    A vanished paragraph maps to the new paragraph whose text is most like it (a paragraph that
    is itself new is preferred), else to its nearest surviving neighbour (before, then after).
    """
    current = [p.id for p in page.paras]
    present = set(current)
    new_sketches = [(p.id, sketch(p.text)) for p in page.paras]
    old_paras = _old_paragraphs(old)
    old_ids = {pid for pid, _ in old_paras}
    mapped: dict[str, str] = {}
    for i, (pid, sk) in enumerate(old_paras):
        if pid in present:
            continue
        candidates = sorted(
            (distance(sk, nsk), nid in old_ids, n, nid) for n, (nid, nsk) in enumerate(new_sketches)
        )
        if candidates and candidates[0][0] <= SIMILAR:
            mapped[pid] = candidates[0][3]
            continue
        neighbours = [old_paras[j][0] for j in range(i - 1, -1, -1)]
        neighbours += [old_paras[j][0] for j in range(i + 1, len(old_paras))]
        # a neighbour that survived, or that was itself replaced (already mapped, before it)
        survivors = (n if n in present else mapped.get(n) for n in neighbours)
        target = next((t for t in survivors if t), current[0] if current else None)
        if target:
            mapped[pid] = target
    aliases: dict[str, str] = {}
    for alias, target in old.get("aliases", {}).items():
        if alias in present:
            continue  # the text came back: the id is a real paragraph again
        target = target if target in present else mapped.get(target, target)
        if target in present:
            aliases[alias] = target
        elif current:
            aliases[alias] = current[0]
    aliases.update(mapped)
    return dict(sorted(aliases.items()))


def update_ledger(ledger: dict, pages: list[Page], today: str) -> tuple[dict, list[str]]:
    """The ledger after this set of published pages, and a line per change made.

    Every id and URL the old ledger had stays valid: ids become aliases, a changed slug leaves a
    redirect, a withdrawn document's URL redirects to the home page. ``today`` dates the first
    sighting of a new revision of an existing text (a new document's first revision is dated by
    its archived date).
    """
    old_docs: dict = ledger.get("documents", {})
    redirects: dict[str, str] = dict(ledger.get("redirects", {}))
    by_source = {e.get("source_file"): s for s, e in old_docs.items()}
    by_sha = {e.get("source_sha256"): s for s, e in old_docs.items()}
    docs: dict[str, dict] = {}
    notes: list[str] = []
    claimed: set[str] = set()
    for page in pages:
        old_slug = next(
            (
                s
                for s in (
                    page.slug if page.slug in old_docs else None,
                    by_source.get(page.source_file),
                    by_sha.get(page.source_sha256),
                )
                if s and s not in claimed
            ),
            None,
        )
        old = old_docs.get(old_slug, {}) if old_slug else {}
        if old_slug:
            claimed.add(old_slug)
        if old_slug and old_slug != page.slug:
            redirects[old_slug] = page.slug
            notes.append(f"{old_slug}: slug changed to {page.slug}; redirect kept")
        revisions = dict(old.get("revisions", {}))
        if page.revision and page.revision not in revisions:
            revisions[page.revision] = today if revisions else page.archived
            if old:
                notes.append(f"{page.slug}: new revision {page.revision}")
        aliases = _resolve_aliases(old, page)
        for alias in sorted(set(aliases) - set(old.get("aliases", {}))):
            notes.append(f"{page.slug}: #{alias} is now an alias of #{aliases[alias]}")
        docs[page.slug] = {
            "source_file": page.source_file,
            "source_sha256": page.source_sha256,
            "revisions": revisions,
            "paragraphs": [f"{p.id} {sketch(p.text):016x}" for p in page.paras],
            "aliases": aliases,
        }
    for slug in sorted(set(old_docs) - claimed):
        if slug not in docs:
            redirects[slug] = ""
            notes.append(f"{slug}: document withdrawn; its URL now leads to the home page")
    for slug in list(redirects):
        redirects.pop(slug) if slug in docs else None
        seen = {slug}
        target = redirects.get(slug)
        while target in redirects and target not in seen:  # follow chains to the live page
            seen.add(target)
            target = redirects[target]
        if slug in redirects:
            redirects[slug] = target if target in docs else ""
    return {
        "version": LEDGER_VERSION,
        "documents": dict(sorted(docs.items())),
        "redirects": dict(sorted(redirects.items())),
    }, notes


def revision_date(ledger: dict, slug: str, rev: str, archived: str) -> str:
    """When this text of the document first appeared: the ledger's date, else the archived date."""
    return ledger.get("documents", {}).get(slug, {}).get("revisions", {}).get(rev) or archived


_ID_ATTR = re.compile(r'\bid="([^"]+)"')
_REDIRECT = re.compile(r'<meta name="pa-redirect" content="([a-z0-9-]*)">')


def _site_ids(site: Path, slug: str) -> set[str] | None:
    """The ids of a document's built page, following redirect pages; None when it is gone."""
    for _ in range(10):
        try:
            text = (site / "archive" / slug / "index.html").read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        moved = _REDIRECT.search(text)
        if not moved:
            return set(_ID_ATTR.findall(text))
        if not moved.group(1):
            return None  # withdrawn: the URL leads home, its ids cannot resolve
        slug = moved.group(1)
    return None


def site_problems(ledger: dict, site: Path) -> list[str]:
    """Every id or URL the ledger promises that the built ``site`` does not have (a redirect page
    counts as the page it leads to)."""
    problems = []
    withdrawn = {s for s, target in ledger.get("redirects", {}).items() if not target}
    for slug, entry in ledger.get("documents", {}).items():
        ids = _site_ids(site, slug)
        if ids is None:
            problems.append(f"archive/{slug}/: the page is gone (the ledger has it)")
            continue
        missing = [i for i in ledger_ids(entry) if i not in ids]
        if missing:
            problems.append(f"archive/{slug}/: ids gone: {', '.join('#' + m for m in missing)}")
    for slug in ledger.get("redirects", {}):
        exists = (site / "archive" / slug / "index.html").exists()
        if not exists or (slug not in withdrawn and _site_ids(site, slug) is None):
            problems.append(f"archive/{slug}/: the redirect is gone (the ledger has it)")
    return problems


# --- the ledger's promises, placed on the site -------------------------------------------------


def redirects(ledger: dict) -> dict[str, str]:
    """Each old slug's redirect page (``archive/<old>/index.html``) and its HTML; a slug that is
    not a plain slug is never made a path."""
    pages = {}
    for old, new in ledger["redirects"].items():
        if re.fullmatch(r"[a-z0-9-]+", old):
            target = f"../{new}/" if new else "../../"
            pages[f"archive/{old}/index.html"] = redirect_page(target, new)
    return pages


def redirect_page(target: str, slug: str) -> str:
    """A page that sends the reader (and the paragraph fragment) to ``target``; the ``pa-redirect``
    meta names the new slug for the ledger check (``site_problems``)."""
    href = html.escape(target)
    script = json.dumps(target).replace("<", "\\u003c")
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<title>Moved</title><link rel="canonical" href="{href}">'
        f'<meta http-equiv="refresh" content="0; url={href}">'
        f'<meta name="robots" content="noindex">'
        f'<meta name="pa-redirect" content="{html.escape(slug)}"></head><body>'
        f'<p>This document moved to <a href="{href}">its new address</a>.</p>'
        f"<script>location.replace({script} + location.hash)</script></body></html>\n"
    )


def place_aliases(html_text: str, entry: dict) -> str:
    """A document page's HTML with each of its ledger entry's aliases (old paragraph ids) as an
    empty anchor inside the paragraph it now stands for.

    >>> place_aliases('<p id="p-new">x</p>', {"aliases": {"p-old": "p-new"}})
    '<p id="p-new"><span class="pa-alias" id="p-old" data-alias-of="p-new"></span>x</p>'
    """
    for alias, target in entry.get("aliases", {}).items():
        if not re.fullmatch(r"p-[a-z0-9-]+", alias + target):
            continue
        opening = re.search(rf'<[a-z0-9]+\b[^>]*\bid="{re.escape(target)}"[^>]*>', html_text)
        if opening:
            span = f'<span class="pa-alias" id="{alias}" data-alias-of="{target}"></span>'
            html_text = html_text[: opening.end()] + span + html_text[opening.end() :]
    return html_text
