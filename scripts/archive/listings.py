"""Listings of the collection (home page at a glance), built from the pages' front matter.

The site hooks call these; they read only the generated pages, so the listings are always what
ingest wrote, and they stay small: the home page shows counts and the latest additions, never
every document.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml

from .writing import escape

LATEST = 10
KIND_LABELS = {
    "blog-post": "Blog posts",
    "podcast-transcript": "Podcast transcripts",
    "forum-thread": "Forum threads",
    "social-thread": "Social-media threads",
    "article": "Articles",
    "other": "Other",
}


def read_front_matter(path: Path) -> dict:
    """The YAML front matter of a generated page (``{}`` when it has none)."""
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        return {}
    end = text.find("\n---\n", 4)
    return yaml.safe_load(text[4:end]) or {} if end > 0 else {}


def read_collection(archive_dir: Path) -> list[dict]:
    """Front matter of every archived document, sorted by slug."""
    pages = [read_front_matter(p) for p in sorted(archive_dir.glob("*.md"))]
    return [p for p in pages if p.get("slug")]


def render_home(docs: list[dict], archive_prefix: str = "archive/") -> str:
    """The collection at a glance, as Markdown: totals, counts by kind, latest additions.

    >>> print(render_home([{"slug": "a", "title": "A <b>", "kind": "blog-post",
    ...     "archived": "2026-01-02", "authors": ["X"], "site": "S", "words": 10, "tags": []}]))
    **1** documents · **10** words · **1** authors · **1** sites
    <BLANKLINE>
    | Kind | Documents |
    |---|---:|
    | Blog posts | 1 |
    <BLANKLINE>
    ## Latest additions
    <BLANKLINE>
    - [A &lt;b&gt;](archive/a.md) — X · 2026&#45;01&#45;02
    """
    kinds = Counter(d.get("kind", "other") for d in docs)
    authors = {a for d in docs for a in d.get("authors") or []}
    sites = {d["site"] for d in docs if d.get("site")}
    words = sum(d.get("words", 0) for d in docs)
    out = [
        f"**{len(docs)}** documents · **{words:,}** words · **{len(authors)}** authors · "
        f"**{len(sites)}** sites",
        "",
        "| Kind | Documents |",
        "|---|---:|",
    ]
    out += [f"| {KIND_LABELS.get(k, k)} | {n} |" for k, n in sorted(kinds.items())]
    out += ["", "## Latest additions", ""]
    latest = sorted(docs, key=lambda d: (str(d.get("archived")), d["slug"]), reverse=True)
    for d in latest[:LATEST]:
        by = ", ".join(d.get("authors") or []) or d.get("site") or "unknown author"
        out.append(
            f"- [{escape(d['title'])}]({archive_prefix}{d['slug']}.md) — {escape(by)} · "
            f"{escape(str(d.get('archived')))}"
        )
    return "\n".join(out)
