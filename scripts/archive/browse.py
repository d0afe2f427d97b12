"""Browse pages: a page per tag, author, site and kind, and indexes of authors and sites.

Each listing shows, per document, its title (linked), authors, kind, date and a one-line excerpt;
it is split into pages of ``PAGE_SIZE`` documents (newest first), and the author and site
indexes into pages of ``INDEX_SIZE`` names, so no page grows with the archive. The pages are
Markdown, returned as ``{path under docs/: text}``; a hook hands them to the site generator.
"""

from __future__ import annotations

import posixpath
from collections import defaultdict

from .listings import KIND_LABELS, KIND_SINGULAR, byline, tag_label
from .pipeline import slugify, unique_names
from .writing import escape

PAGE_SIZE = 50
INDEX_SIZE = 200
# Listings repeat what the documents say: kept out of the search index, so a search lands on the
# document itself.
FRONT = "---\nsearch:\n  exclude: true\n---\n"


def page_uri(base: str, number: int) -> str:
    """The file of page ``number`` (1-based) of a listing whose first page is ``base/index.md``.

    >>> page_uri("tags/rlhf", 1), page_uri("tags/rlhf", 3)
    ('tags/rlhf/index.md', 'tags/rlhf/page-3.md')
    """
    return f"{base}/index.md" if number == 1 else f"{base}/page-{number}.md"


def link(from_uri: str, to_uri: str) -> str:
    """A relative Markdown link target from one docs file to another.

    >>> link("tags/rlhf/index.md", "archive/a.md")
    '../../archive/a.md'
    """
    return posixpath.relpath(to_uri, posixpath.dirname(from_uri) or ".")


def pagination(base: str, number: int, pages: int) -> str:
    """Links to the previous/next page and to every page of a listing (empty for one page)."""
    if pages <= 1:
        return ""
    here = page_uri(base, number)
    parts = []
    if number > 1:
        parts.append(f"[← Newer]({link(here, page_uri(base, number - 1))})")
    for n in range(1, pages + 1):
        parts.append(f"**{n}**" if n == number else f"[{n}]({link(here, page_uri(base, n))})")
    if number < pages:
        parts.append(f"[Older →]({link(here, page_uri(base, number + 1))})")
    nav = '<nav class="pa-pages" aria-label="Pages" markdown="1">\n'
    return nav + " · ".join(parts) + "\n</nav>"


def entry(doc: dict, here: str) -> str:
    """One document in a listing: title, then authors · kind · date, then the excerpt."""
    date = doc.get("published") or doc.get("archived")
    meta = [byline(doc), KIND_SINGULAR.get(doc.get("kind"), str(doc.get("kind")))]
    if date:
        meta.append(("published " if doc.get("published") else "archived ") + str(date))
    line = f"- [{escape(doc['title'])}]({link(here, 'archive/' + doc['slug'] + '.md')})  \n"
    line += f'  <span class="pa-listing__meta">{escape(" · ".join(meta))}</span>'
    if doc.get("excerpt"):
        line += f'  \n  <span class="pa-listing__excerpt">{escape(doc["excerpt"])}</span>'
    return line


def newest_first(docs: list[dict]) -> list[dict]:
    return sorted(docs, key=lambda d: (str(d.get("archived")), d["slug"]), reverse=True)


def listing_pages(base: str, heading: str, intro: str, docs: list[dict]) -> dict[str, str]:
    """A listing of ``docs`` split into pages of ``PAGE_SIZE``: ``{docs path: Markdown}``."""
    docs = newest_first(docs)
    pages = max(1, -(-len(docs) // PAGE_SIZE))
    out = {}
    for number in range(1, pages + 1):
        here = page_uri(base, number)
        chunk = docs[(number - 1) * PAGE_SIZE : number * PAGE_SIZE]
        title = heading if number == 1 else f"{heading} (page {number} of {pages})"
        lines = [FRONT, f"# {title}", "", intro, ""]
        lines += [f"{len(docs)} documents, newest first.", ""]
        lines += ['<div class="pa-listing" markdown="1">', ""]
        lines += [entry(d, here) for d in chunk]
        lines += ["", "</div>", "", pagination(base, number, pages)]
        out[here] = "\n".join(lines).rstrip() + "\n"
    return out


def name_slugs(names: list[str]) -> dict[str, str]:
    """A unique URL-safe slug per name (sorted for determinism).

    >>> name_slugs(["Ann Lee", "ann lee", "Ça"])
    {'Ann Lee': 'ann-lee', 'ann lee': 'ann-lee-2', 'Ça': 'ca'}
    """
    return unique_names([(n, slugify(n)) for n in sorted(names)])


def name_paths(docs: list[dict]) -> dict[tuple[str, str], str]:
    """``{("authors"|"sites", name): "authors/<slug>/"}``: where each name's listing is.

    >>> name_paths([{"authors": ["Ann"], "site": "S"}])
    {('authors', 'Ann'): 'authors/ann/', ('sites', 'S'): 'sites/s/'}
    """
    out = {}
    for key, values in (
        ("authors", {a for d in docs for a in d.get("authors") or []}),
        ("sites", {d["site"] for d in docs if d.get("site")}),
    ):
        for name, slug in name_slugs(list(values)).items():
            out[(key, name)] = f"{key}/{slug}/"
    return out


def index_pages(base: str, heading: str, intro: str, rows: list[tuple[str, str, int]]) -> dict:
    """An index of names ``(name, target docs path, count)`` in pages of ``INDEX_SIZE``."""
    rows = sorted(rows, key=lambda r: (r[0].casefold(), r[0]))
    pages = max(1, -(-len(rows) // INDEX_SIZE))
    out = {}
    for number in range(1, pages + 1):
        here = page_uri(base, number)
        chunk = rows[(number - 1) * INDEX_SIZE : number * INDEX_SIZE]
        title = heading if number == 1 else f"{heading} (page {number} of {pages})"
        lines = [FRONT, f"# {title}", "", intro, "", "| Name | Documents |", "|---|---:|"]
        lines += [f"| [{escape(name)}]({link(here, target)}) | {n} |" for name, target, n in chunk]
        lines += ["", pagination(base, number, pages)]
        out[here] = "\n".join(lines).rstrip() + "\n"
    return out


def browse_pages(docs: list[dict], labels: dict[str, dict]) -> dict[str, str]:
    """Every browse page: per tag, per author (+ index), per site (+ index), per kind."""
    out: dict[str, str] = {}
    by_tag, by_author, by_site, by_kind = (defaultdict(list) for _ in range(4))
    for d in docs:
        for t in d.get("tags") or []:
            by_tag[t].append(d)
        for a in d.get("authors") or []:
            by_author[a].append(d)
        if d.get("site"):
            by_site[d["site"]].append(d)
        by_kind[d.get("kind") or "other"].append(d)

    for tag, items in by_tag.items():
        info = labels.get(tag, {})
        intro = escape(info.get("description", "")) + f" Tag `{tag}`."
        out |= listing_pages(f"tags/{tag}", f"Tag: {escape(tag_label(labels, tag))}", intro, items)

    for key, base, noun, groups in (
        ("authors", "authors", "Author", by_author),
        ("sites", "sites", "Site", by_site),
    ):
        slugs = name_slugs(list(groups))
        rows = []
        for name, items in groups.items():
            target = f"{base}/{slugs[name]}"
            intro = f"Documents by this {noun.lower()}."
            out |= listing_pages(target, f"{noun}: {escape(name)}", intro, items)
            rows.append((name, page_uri(target, 1), len(items)))
        intro = f"Every {noun.lower()} in the archive, with the number of documents."
        out |= index_pages(base, key.capitalize(), intro, rows)

    kind_rows = []
    for kind, items in by_kind.items():
        label = KIND_LABELS.get(kind, kind)
        intro = f"Every document of kind `{kind}`."
        out |= listing_pages(f"kinds/{kind}", escape(label), intro, items)
        kind_rows.append((label, page_uri(f"kinds/{kind}", 1), len(items)))
    out |= index_pages("kinds", "Kinds", "Documents by kind.", kind_rows)
    return out
