"""Browse pages: a page per tag, author, site and kind, and indexes of authors and sites.

Each listing shows, per document, its title (linked), authors, kind, date and a one-line excerpt;
it is split into pages of ``PAGE_SIZE`` documents (newest first), and the author and site
indexes into pages of ``INDEX_SIZE`` names, so no page grows with the archive. The pages are
returned as ``{path under docs/: Page}``, a short Markdown page and the listing as HTML (its links
assume directory URLs, like the rest of the site); a hook hands them to the site generator.
"""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from typing import NamedTuple

from persona_archive.cleaning.names import slugify, unique_names
from persona_archive.cleaning.writing import balance_bidi, escape
from persona_archive.site.listings import KIND_LABELS, KIND_SINGULAR, credit, plural, tag_label

PAGE_SIZE = 100  # ~70 kB of HTML a page; half as many pages to build as with 50
INDEX_SIZE = 200
# An author's own listing page exists from their second document: a page listing one document
# repeats that document's entry (~7 kB of page for nothing new, the long tail of any archive's
# authors). The authors index links a one-document author to the document itself, and the
# document's panel shows the name without a link.
AUTHOR_PAGE_DOCS = 2
# Listings repeat what the documents say: kept out of the search index, so a search lands on the
# document itself.
FRONT = "---\nsearch:\n  exclude: true\n---\n"
BODY = "<!-- archive:listing -->"
# Documents with no known author (or site) are listed under this entry of the author (or site)
# index, so every document is reached from both indexes.
UNKNOWN = "unknown"
UNKNOWN_LABEL = {"authors": "Unknown author", "sites": "Unknown site"}


class Page(NamedTuple):
    """A browse page: ``markdown`` for the site generator (front matter, title, introduction and
    the ``BODY`` marker) and ``body``, the listing as HTML, put in place of the marker once the
    page is converted. Listings are made as HTML directly: hundreds of entries per page through
    Markdown cost more than the rest of the page (16 ms a page, against 0.2 ms)."""

    markdown: str
    body: str


def page_uri(base: str, number: int) -> str:
    """The file of page ``number`` (1-based) of a listing whose first page is ``base/index.md``.

    >>> page_uri("tags/rlhf", 1), page_uri("tags/rlhf", 3)
    ('tags/rlhf/index.md', 'tags/rlhf/page-3.md')
    """
    return f"{base}/index.md" if number == 1 else f"{base}/page-{number}.md"


def page_url(uri: str) -> str:
    """The URL of a docs file under directory URLs, relative to the site root.

    >>> page_url("tags/rlhf/index.md"), page_url("tags/rlhf/page-3.md"), page_url("index.md")
    ('tags/rlhf/', 'tags/rlhf/page-3/', '')
    """
    stem = uri[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        stem = stem[: -len("index")]
    return stem if not stem or stem.endswith("/") else stem + "/"


def link(from_uri: str, to_uri: str) -> str:
    """The relative URL from one docs file's page to another's.

    >>> link("tags/rlhf/index.md", "archive/a.md"), link("tags/x/page-2.md", "tags/x/index.md")
    ('../../archive/a/', '../')
    >>> link("authors/index.md", "authors/ann/index.md"), link("kinds/index.md", "kinds/index.md")
    ('ann/', './')
    """
    here, there = page_url(from_uri).split("/")[:-1], page_url(to_uri).split("/")[:-1]
    common = 0
    while common < min(len(here), len(there)) and here[common] == there[common]:
        common += 1
    return "../" * (len(here) - common) + "".join(p + "/" for p in there[common:]) or "./"


def _e(text) -> str:
    """Scraped text as HTML text: escaped, and any bidi override it opens closed at its end."""
    return html.escape(balance_bidi(str(text)), quote=True)


def pagination(base: str, number: int, pages: int) -> str:
    """Links to the previous/next page and to every page of a listing (empty for one page)."""
    if pages <= 1:
        return ""
    here = page_uri(base, number)

    def to(n: int, label: str, rel: str = "") -> str:
        return f'<a href="{_e(link(here, page_uri(base, n)))}"{rel}>{label}</a>'

    parts = [to(number - 1, "← Newer", ' rel="prev"')] if number > 1 else []
    for n in range(1, pages + 1):
        parts.append(f'<strong aria-current="page">{n}</strong>' if n == number else to(n, str(n)))
    if number < pages:
        parts.append(to(number + 1, "Older →", ' rel="next"'))
    return f'<nav class="pa-pages" aria-label="Pages"><p>{" · ".join(parts)}</p></nav>'


def entry(doc: dict, here: str) -> str:
    """One document in a listing: title, then authors · site · kind · date, then the excerpt.

    >>> entry({"slug": "a", "title": "A", "kind": "blog-post", "authors": ["X"], "excerpt": "E"},
    ...       "tags/t/index.md")
    '<li><a href="../../archive/a/">A</a> <span>X · Blog post</span> <span>E</span></li>'
    """
    date = doc.get("published") or doc.get("archived")
    meta = [credit(doc), KIND_SINGULAR.get(doc.get("kind"), str(doc.get("kind")))]
    if date:
        meta.append(("published " if doc.get("published") else "archived ") + str(date))
    target = link(here, "archive/" + doc["slug"] + ".md")
    # the lines are told apart by their place (pa-reading.css: each a line of its own), not by a
    # class or a <br> on each: a listing page holds a hundred entries, and every document is in
    # several (issue 20); a space keeps them apart without styles
    line = f'<li><a href="{_e(target)}">{_e(doc["title"])}</a> '
    line += f"<span>{_e(' · '.join(meta))}</span>"
    if doc.get("excerpt"):
        line += f" <span>{_e(doc['excerpt'])}</span>"
    return line + "</li>"


def newest_first(docs: list[dict]) -> list[dict]:
    return sorted(docs, key=lambda d: (str(d.get("archived")), d["slug"]), reverse=True)


def _page(title: str, intro: str, body: str) -> Page:
    return Page(f"{FRONT}# {title}\n\n{intro}\n\n{BODY}\n", body)


def listing_pages(base: str, heading: str, intro: str, docs: list[dict]) -> dict[str, Page]:
    """A listing of ``docs`` split into pages of ``PAGE_SIZE``: ``{docs path: Page}``."""
    docs = newest_first(docs)
    out = {}
    for here, title, chunk, nav in _paginated(base, heading, docs, PAGE_SIZE):
        count = plural(len(docs), "document")
        body = [f"<p>{count}, newest first.</p>", '<div class="pa-listing"><ul>']
        body += [entry(d, here) for d in chunk]
        body += ["</ul></div>", nav]
        out[here] = _page(title, intro, "\n".join(body).rstrip())
    return out


def _paginated(base: str, heading: str, items: list, size: int):
    """``(docs path, title, items, pagination HTML)`` for each page of ``items``, ``size`` a page.

    >>> [(h, t, c) for h, t, c, _ in _paginated("tags/x", "X", [1, 2, 3], 2)]
    [('tags/x/index.md', 'X', [1, 2]), ('tags/x/page-2.md', 'X (page 2 of 2)', [3])]
    """
    pages = max(1, -(-len(items) // size))
    for number in range(1, pages + 1):
        title = heading if number == 1 else f"{heading} (page {number} of {pages})"
        chunk = items[(number - 1) * size : number * size]
        yield page_uri(base, number), title, chunk, pagination(base, number, pages)


def name_slugs(names: list[str]) -> dict[str, str]:
    """A unique URL-safe slug per name (sorted for determinism).

    >>> name_slugs(["Ann Lee", "ann lee", "Ça"])
    {'Ann Lee': 'ann-lee', 'ann lee': 'ann-lee-2', 'Ça': 'ca'}
    """
    return unique_names([(n, slugify(n)) for n in sorted(names)])


def _names(key: str, doc: dict) -> list[str | None]:
    """The names a document is listed under in the ``key`` index ("authors" or "sites"):
    ``[None]`` when it has none (the index's unknown entry)."""
    if key == "authors":
        return list(doc.get("authors") or []) or [None]
    return [doc["site"]] if doc.get("site") else [None]


def group_slugs(names: list[str | None]) -> dict[str | None, str]:
    """``name_slugs`` of the names, and for ``None`` (no known name) ``UNKNOWN``, or a variant
    of it if a real name took that slug.

    >>> group_slugs(["Unknown", None, "Ann"])
    {'Ann': 'ann', 'Unknown': 'unknown', None: 'unknown-2'}
    """
    slugs: dict[str | None, str] = dict(name_slugs([n for n in names if n is not None]))
    if None in names:
        taken, slug, n = set(slugs.values()), UNKNOWN, 1
        while slug in taken:
            n += 1
            slug = f"{UNKNOWN}-{n}"
        slugs[None] = slug
    return slugs


def name_paths(docs: list[dict]) -> dict[tuple[str, str | None], str]:
    """``{("authors"|"sites", name): "authors/<slug>/"}``: where each name's listing is; the
    name ``None`` is the unknown entry's listing.

    An author with fewer than ``AUTHOR_PAGE_DOCS`` documents has no listing, so no path.

    >>> docs = [{"authors": ["Ann", "Bo"], "site": "S"}, {"authors": ["Ann"]}, {}]
    >>> paths = name_paths(docs)
    >>> paths[("authors", "Ann")], paths[("authors", None)], paths[("sites", None)]
    ('authors/ann/', 'authors/unknown/', 'sites/unknown/')
    >>> ("authors", "Bo") in paths
    False
    """
    out = {}
    for key in ("authors", "sites"):
        counts = Counter(n for d in docs for n in _names(key, d))
        ordered = sorted(counts, key=lambda n: (n is None, n or ""))
        for name, slug in group_slugs(ordered).items():
            if _has_page(key, name, counts[name]):
                out[(key, name)] = f"{key}/{slug}/"
    return out


def _has_page(key: str, name: str | None, count: int) -> bool:
    """Whether the ``key`` index's ``name`` with ``count`` documents has its own listing: every
    site and the unknown entries do; an author from their ``AUTHOR_PAGE_DOCS``-th document."""
    return key != "authors" or name is None or count >= AUTHOR_PAGE_DOCS


def index_pages(
    base: str, heading: str, intro: str, rows: list[tuple[str, str, int, bool]]
) -> dict[str, Page]:
    """An index of names ``(name, target docs path, count, unknown)`` in pages of
    ``INDEX_SIZE``; the unknown entry (``unknown`` true) comes last, in italics. The target is
    the name's listing, or its one document's page."""
    # the unknown entry (no name) last
    rows = sorted(rows, key=lambda r: (r[3], r[0].casefold(), r[0]))
    out = {}
    for here, title, chunk, nav in _paginated(base, heading, rows, INDEX_SIZE):
        body = ["<table>", "<thead><tr><th>Name</th><th>Documents</th></tr></thead>", "<tbody>"]
        body += [
            f'<tr><td><a href="{_e(link(here, target))}">'
            f"{f'<em>{_e(name)}</em>' if unknown else _e(name)}</a></td><td>{n}</td></tr>"
            for name, target, n, unknown in chunk
        ]
        body += ["</tbody></table>", nav]
        out[here] = _page(title, intro, "\n".join(body).rstrip())
    return out


def browse_pages(docs: list[dict], labels: dict[str, dict]) -> dict[str, Page]:
    """Every browse page: per tag, per author (+ index), per site (+ index), per kind."""
    out: dict[str, Page] = {}
    by_tag, by_author, by_site, by_kind = (defaultdict(list) for _ in range(4))
    for d in docs:
        for t in d.get("tags") or []:
            by_tag[t].append(d)
        for a in _names("authors", d):
            by_author[a].append(d)
        for site in _names("sites", d):
            by_site[site].append(d)
        by_kind[d.get("kind") or "other"].append(d)

    for tag, items in by_tag.items():
        info = labels.get(tag, {})
        intro = escape(info.get("description", "")) + f" Tag `{tag}`."
        out |= listing_pages(f"tags/{tag}", f"Tag: {escape(tag_label(labels, tag))}", intro, items)

    for key, base, noun, groups in (
        ("authors", "authors", "Author", by_author),
        ("sites", "sites", "Site", by_site),
    ):
        slugs = group_slugs(sorted(groups, key=lambda n: (n is None, n or "")))
        rows = []
        for name, items in groups.items():
            if not _has_page(key, name, len(items)):  # the index links the document itself
                rows.append((name, f"archive/{items[0]['slug']}.md", 1, False))
                continue
            target = f"{base}/{slugs[name]}"
            if name is None:
                label = UNKNOWN_LABEL[key]
                title = label
                intro = f"Documents whose {noun.lower()} is not known."
            else:
                label, title = name, f"{noun}: {escape(name)}"
                intro = f"Documents {'by this author' if key == 'authors' else 'from this site'}."
            out |= listing_pages(target, title, intro, items)
            rows.append((label, page_uri(target, 1), len(items), name is None))
        intro = f"Every {noun.lower()} in the archive, with the number of documents." + (
            " An author of one document links to it." if key == "authors" else ""
        )
        out |= index_pages(base, key.capitalize(), intro, rows)

    kind_rows = []
    for kind, items in by_kind.items():
        label = KIND_LABELS.get(kind, kind)
        intro = f"Every document of kind `{kind}`."
        out |= listing_pages(f"kinds/{kind}", escape(label), intro, items)
        kind_rows.append((label, page_uri(f"kinds/{kind}", 1), len(items), False))
    out |= index_pages("kinds", "Kinds", "Documents by kind.", kind_rows)
    return out
