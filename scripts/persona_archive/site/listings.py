"""The collection as data: every generated page's front matter and body, and the small listings
built from it (home page at a glance, tag index with counts).

Everything here reads only the generated pages (``docs/archive/*.md``), so listings are always
what ingest wrote. Results are plain Markdown, with every scraped value escaped; they stay small:
the home page shows counts and the latest additions, never every document.
"""

from __future__ import annotations

import html
import math
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import yaml

from persona_archive import kinds, paths
from persona_archive.anchors import EDITORIAL, EDITORIAL_CLASS
from persona_archive.cache import ContentCache
from persona_archive.cleaning.writing import escape
from persona_archive.files import text_digest
from persona_archive.page import front_matter_end, split_page

LATEST = 10
WORDS_PER_MINUTE = 230
EXCERPT_CHARS = 180
CLOUD_STEPS = 5
# Listing labels by kind slug, from the one registry (``persona_archive.kinds``).
KIND_LABELS = {k.slug: k.plural for k in kinds.KINDS.values()}
KIND_SINGULAR = {k.slug: k.singular for k in kinds.KINDS.values()}

# --- reading the generated pages -------------------------------------------------------------

_ATTRS = r'(?:\s+[\w-]+="[^"]*")*'  # data-para="3" and the like, after the id
_BLOCK_ID = re.compile(r"\s*\{:?\s*#(p-[a-z0-9-]+)" + _ATTRS + r"\s*\}\s*$")
_QUOTE_ID = re.compile(r"\n>\s*\{:\s*#(p-[a-z0-9-]+)" + _ATTRS + r"\s*\}\s*$")
_TAG = re.compile(r"<[^>]+>")


def read_front_matter(path: Path) -> dict:
    """The YAML front matter of a generated page (``{}`` when it has none)."""
    return split_page(path.read_text(encoding="utf-8"))[0]


def plain(markdown_text: str) -> str:
    """The text a line of generated (escaped) Markdown shows: references resolved, tags dropped.

    >>> plain("1&#46; a &lt;b&gt; <span class='x'>c</span>")
    '1. a <b> c'
    """
    return html.unescape(_TAG.sub("", markdown_text)).strip()


def parse_blocks(body: str) -> list[dict]:
    """The blocks of a generated body: ``{"id", "kind", "text"}`` (kind: heading, quote, paragraph,
    or editorial: a label the archive supplied), the title (the only h1) left out.

    >>> parse_blocks("# T\\n\\n## Part {#p-aaaaaa}\\n\\nSome &#42;text&#42;\\n{: #p-bbbbbb }\\n")
    [{'id': 'p-aaaaaa', 'kind': 'heading', 'text': 'Part'}, \
{'id': 'p-bbbbbb', 'kind': 'paragraph', 'text': 'Some *text*'}]
    >>> parse_blocks('A.\\n{: #p-cccccc data-para="1" }\\n\\n> Q\\n> {: #p-dddddd data-para="2" }')
    [{'id': 'p-cccccc', 'kind': 'paragraph', 'text': 'A.'}, \
{'id': 'p-dddddd', 'kind': 'quote', 'text': 'Q'}]
    """
    return list(iter_blocks(body))


def iter_blocks(body: str) -> Iterator[dict]:
    """``parse_blocks`` one block at a time (an excerpt needs only the first few)."""
    for chunk in body.strip().split("\n\n"):
        chunk = chunk.strip("\n")
        if not chunk or chunk.startswith("# "):
            continue
        if chunk.startswith("#"):
            match = _BLOCK_ID.search(chunk)
            text = chunk[: match.start()] if match else chunk
            editorial = match is not None and EDITORIAL_CLASS in chunk[match.start() :]
            kind, text = (EDITORIAL if editorial else "heading"), text.lstrip("#")
        elif chunk.startswith(">"):
            match = _QUOTE_ID.search(chunk)
            text = chunk[: match.start()] if match else chunk
            kind, text = "quote", re.sub(r"^>\s?", "", text, flags=re.M)
        else:
            match = _BLOCK_ID.search(chunk.rsplit("\n", 1)[-1]) if "\n" in chunk else None
            text = chunk.rsplit("\n", 1)[0] if match else chunk
            kind = "paragraph"
        yield {"id": match.group(1) if match else "", "kind": kind, "text": plain(text)}


def excerpt(blocks: Iterable[dict], limit: int = EXCERPT_CHARS) -> str:
    """A one-line excerpt: the first paragraph, cut at a word, with an ellipsis when cut.

    >>> excerpt([{"kind": "paragraph", "text": "one two three four"}], limit=10)
    'one two…'
    """
    for block in blocks:
        if block["kind"] not in ("heading", EDITORIAL) and block["text"]:
            text = " ".join(block["text"].split())
            if len(text) <= limit:
                return text
            return text[:limit].rsplit(" ", 1)[0].rstrip(",;:.") + "…"
    return ""


def read_document(path: Path) -> dict:
    """Front matter of a generated page plus the ``excerpt`` of its body (the body itself is not
    kept: the collection stays small however large the archive; ``body_text`` reads it)."""
    return document(path.read_text(encoding="utf-8"))


def document(text: str) -> dict:
    """``read_document`` of a page's text.

    >>> document("---\\nslug: a\\ntags: [x]\\n---\\n\\n# A\\n\\nFirst words.\\n")
    {'slug': 'a', 'tags': ['x'], 'excerpt': 'First words.'}
    """
    meta, body = split_page(text)
    if not meta.get("slug"):
        return {}
    return {**meta, "excerpt": excerpt(iter_blocks(body))}


def body_text(path: Path) -> str:
    """The plain text of a generated page's blocks (front matter and title left out)."""
    text = path.read_text(encoding="utf-8")
    blocks = parse_blocks(text[front_matter_end(text) :])
    return " ".join(b["text"] for b in blocks if b["kind"] != EDITORIAL)  # not the authors' words


def document_text(archive_dir: Path, doc: dict) -> str:
    """A document's words, title and body, read from its page when needed (not held)."""
    return f"{doc.get('title', '')} {body_text(archive_dir / (doc['slug'] + '.md'))}"


def read_collection(archive_dir: Path) -> list[dict]:
    """Front matter of every archived document, sorted by slug."""
    pages = [read_front_matter(p) for p in sorted(archive_dir.glob("*.md"))]
    return [p for p in pages if p.get("slug")]


_memo: dict[str, list[dict]] = {}
CACHE_DIR = paths.CACHE / "collection"


def load_collection(archive_dir: Path, cache_dir: Path | None = CACHE_DIR) -> list[dict]:
    """Every document (``read_document``), sorted by slug; read once per build, so the hooks of
    one build share one reading (``forget_collection`` starts the next build afresh). A page
    read by an earlier build is taken from ``cache_dir`` while its file is the same one
    (``stamp``) or its content is (``text_digest``: CI restores the cache into a fresh
    checkout): parsing every page's front matter was a tenth of a rebuild's own work."""
    key = os.path.abspath(archive_dir)  # not resolve(): asked on every page, it must be cheap
    if key not in _memo:
        _memo[key] = _read_collection(Path(archive_dir), cache_dir)
    return _memo[key]


def stamp(path: Path) -> list[int]:
    """What tells, without reading it, that a page's file is the one seen before: size,
    modification time, inode (ingest replaces a page by renaming a new file over it; an editor
    may save within the same clock tick)."""
    st = path.stat()
    return [st.st_size, st.st_mtime_ns, st.st_ino]


def _read_collection(archive_dir: Path, cache_dir: Path | None) -> list[dict]:
    cache = ContentCache(cache_dir)  # one entry per archive folder, by its path
    key = ContentCache.key(str(archive_dir.resolve()))
    cached = cache.get(key)
    cached = cached if isinstance(cached, dict) else {}
    kept: dict[str, list] = {}
    docs = []
    for path in sorted(archive_dir.glob("*.md")):
        now = stamp(path)
        entry = cached.get(path.name)
        known = isinstance(entry, list) and len(entry) == 3 and isinstance(entry[2], dict)
        if known and entry[0] == now:
            digest, doc = entry[1], entry[2]
        else:  # read, and parsed only if its content is new
            text = path.read_text(encoding="utf-8")
            digest = text_digest(text)
            doc = entry[2] if known and entry[1] == digest else document(text)
        if _json_safe(doc):  # a hand-written YAML date, say, is parsed again each build
            kept[path.name] = [now, digest, doc]
        if doc:
            docs.append(doc)
    if kept != cached:
        cache.put(key, kept)
    return docs


def _json_safe(value) -> bool:
    """Whether ``value`` comes back from JSON as it is.

    >>> from datetime import date
    >>> _json_safe({"a": [1, "x", None, {"b": 2.5}]}), _json_safe({"d": date(2025, 1, 1)})
    (True, False)
    """
    if isinstance(value, dict):
        return all(isinstance(k, str) and _json_safe(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_json_safe(v) for v in value)
    return value is None or isinstance(value, (str, int, float, bool))


def forget_collection() -> None:
    """Drop the collection read by the previous build (called before each build)."""
    _memo.clear()


def load_labels(taxonomy: Path) -> dict[str, dict]:
    """``{tag slug: {"label", "description", "group"}}`` from ``taxonomy.yml`` (``{}`` if none);
    read once per change of the file."""
    try:
        stamp = (str(taxonomy.resolve()), taxonomy.stat().st_mtime_ns)
    except OSError:
        return {}
    if stamp not in _labels_memo:
        _labels_memo.clear()
        _labels_memo[stamp] = _read_labels(taxonomy)
    return _labels_memo[stamp]


_labels_memo: dict[tuple, dict] = {}


def _read_labels(taxonomy: Path) -> dict[str, dict]:
    try:
        data = yaml.safe_load(taxonomy.read_text(encoding="utf-8")) or {}
    except OSError:
        return {}
    groups = data.get("groups") or {}
    return {
        slug: {
            "label": str(spec.get("label") or slug),
            "description": str(spec.get("description") or ""),
            "group": str(groups.get(spec.get("group"), spec.get("group") or "")),
        }
        for slug, spec in (data.get("tags") or {}).items()
    }


# --- small facts about a document ------------------------------------------------------------


def reading_minutes(words: int) -> int:
    """Minutes to read ``words`` at 230 words a minute, at least one.

    >>> reading_minutes(10), reading_minutes(461)
    (1, 3)
    """
    return max(1, math.ceil((words or 0) / WORDS_PER_MINUTE))


UNKNOWN_AUTHOR = "unknown author"


def byline(doc: dict) -> str:
    """Who wrote it, as plain text: the authors, else "unknown author" (a site is not an author:
    where it says "by", a listing never names the site instead).

    >>> byline({"authors": ["A", "B"], "site": "S"}), byline({"site": "S"})
    ('A, B', 'unknown author')
    """
    return ", ".join(doc.get("authors") or []) or UNKNOWN_AUTHOR


def credit(doc: dict) -> str:
    """Who wrote it and where, as plain text: the byline, then the site when known.

    >>> credit({"authors": ["A"], "site": "S"}), credit({"site": "S"}), credit({"authors": ["A"]})
    ('A · S', 'unknown author · S', 'A')
    """
    return " · ".join(p for p in (byline(doc), doc.get("site")) if p)


def plural(n: int, singular: str, many: str | None = None) -> str:
    """``n`` and the noun in the number it agrees with.

    >>> plural(1, "document"), plural(2, "document"), plural(0, "entry", "entries")
    ('1 document', '2 documents', '0 entries')
    """
    return f"{n:,} {singular if n == 1 else (many or singular + 's')}"


def tag_label(labels: dict[str, dict], tag: str) -> str:
    return labels.get(tag, {}).get("label", tag)


def latest(docs: list[dict], n: int = LATEST) -> list[dict]:
    """The ``n`` latest additions: by archived date, newest first (slug breaks ties)."""
    return sorted(docs, key=lambda d: (str(d.get("archived")), d["slug"]), reverse=True)[:n]


# --- Markdown listings -----------------------------------------------------------------------

SEARCH_FORM = """\
<form class="pa-home-search" role="search" action="." method="get">
<label for="pa-home-q">Search the full text of the archive</label>
<div class="pa-home-search__row">
<input id="pa-home-q" name="q" type="search" autocomplete="off" spellcheck="false" \
placeholder="A phrase, a title, an author, a site or a tag">
<button type="submit" class="md-button md-button--primary">Search</button>
</div>
</form>"""


def cloud_step(count: int, lowest: int, highest: int, steps: int = CLOUD_STEPS) -> int:
    """The size class (1..steps) of a tag used ``count`` times, on a logarithmic scale.

    >>> cloud_step(1, 1, 100), cloud_step(100, 1, 100), cloud_step(3, 3, 3)
    (1, 5, 3)
    """
    if highest <= lowest:
        return (steps + 1) // 2
    ratio = (math.log(count) - math.log(lowest)) / (math.log(highest) - math.log(lowest))
    return 1 + round(ratio * (steps - 1))


def tag_counts(docs: list[dict]) -> Counter:
    return Counter(t for d in docs for t in d.get("tags") or [])


def render_tag_cloud(docs: list[dict], labels: dict[str, dict], prefix: str = "") -> str:
    """The tags as one paragraph of links sized by use (CSS classes ``pa-cloud-1``..``5``)."""
    counts = tag_counts(docs)
    if not counts:
        return ""
    lo, hi = min(counts.values()), max(counts.values())
    links = []
    for tag in sorted(counts, key=lambda t: tag_label(labels, t).casefold()):
        n = counts[tag]
        links.append(
            f"[{escape(tag_label(labels, tag))}]({prefix}tags/{tag}/index.md)"
            f'{{ .pa-cloud-{cloud_step(n, lo, hi)} title="{plural(n, "document")}" }}'
        )
    return '<p class="pa-cloud" markdown="1">\n' + "\n".join(links) + "\n</p>"


def render_home(docs: list[dict], labels: dict[str, dict] | None = None, prefix: str = "") -> str:
    """The collection at a glance, as Markdown: the search box, totals, counts by kind (linked),
    the tag cloud and the latest additions.

    >>> out = render_home([{"slug": "a", "title": "A <b>", "kind": "blog-post",
    ...     "archived": "2026-01-02", "authors": ["X"], "site": "S", "words": 10, "tags": ["t"]}])
    >>> "**1** document · **10** words · [**1** author](authors/index.md)" in out
    True
    >>> "- [A &lt;b&gt;](archive/a.md) — X · S · 2026-01-02" in out
    True
    >>> "- [A &lt;b&gt;](archive/a.md)" in out
    True
    """
    labels = labels or {}
    kinds = Counter(d.get("kind", "other") for d in docs)
    authors = {a for d in docs for a in d.get("authors") or []}
    sites = {d["site"] for d in docs if d.get("site")}
    words = sum(d.get("words") or 0 for d in docs)
    out = [
        SEARCH_FORM,
        "",
        f'<p class="pa-totals" markdown="1">{_bold(len(docs), "document")} · '
        f"{_bold(words, 'word')} · "
        f"[{_bold(len(authors), 'author')}]({prefix}authors/index.md) · "
        f"[{_bold(len(sites), 'site')}]({prefix}sites/index.md)</p>",
        "",
        "## By kind",
        "",
        "| Kind | Documents |",
        "|---|---:|",
    ]
    out += [
        f"| [{KIND_LABELS.get(k, escape(k))}]({prefix}kinds/{k}/index.md) | {n} |"
        for k, n in sorted(kinds.items())
    ]
    out += ["", "## Tags", "", render_tag_cloud(docs, labels, prefix)]
    out += ["", f"[All tags with their descriptions]({prefix}tags.md)", ""]
    out += ["## Latest additions", ""]
    for d in latest(docs):
        out.append(
            f"- [{escape(d['title'])}]({prefix}archive/{d['slug']}.md) — {escape(credit(d))} · "
            f"{escape(str(d.get('archived')))}"
        )
    feed = f'<a href="{prefix}feed_rss_created.xml">RSS feed</a>'
    out += ["", f"Follow new additions with the {feed}."]
    return "\n".join(out)


def _bold(n: int, noun: str) -> str:
    """``**n** noun(s)`` in Markdown.

    >>> _bold(1, "site"), _bold(1234, "word")
    ('**1** site', '**1,234** words')
    """
    number, word = plural(n, noun).split(" ", 1)
    return f"**{number}** {word}"


def render_tag_index(docs: list[dict], labels: dict[str, dict]) -> str:
    """Every tag of the vocabulary that is in use: label (linked), slug, description, count;
    grouped like ``taxonomy.yml``. Bounded by the vocabulary, not by the archive."""
    counts = tag_counts(docs)
    groups: dict[str, list[str]] = {}
    for tag in counts:
        groups.setdefault(labels.get(tag, {}).get("group") or "Other", []).append(tag)
    out = []
    for group in sorted(groups, key=str.casefold):
        out += [f"## {escape(group)}", "", "| Tag | Description | Documents |", "|---|---|---:|"]
        for tag in sorted(groups[group], key=lambda t: tag_label(labels, t).casefold()):
            description = labels.get(tag, {}).get("description", "")
            out.append(
                f"| [{escape(tag_label(labels, tag))}](tags/{tag}/index.md) "
                f'<code class="pa-tag-slug">{escape(tag)}</code> '
                f"| {escape(description)} | {counts[tag]} |"
            )
        out.append("")
    return "\n".join(out)
