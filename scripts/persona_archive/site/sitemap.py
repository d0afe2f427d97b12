"""The site map as an index and parts, so that ``sitemap.xml`` stays small at any archive size.

Material for MkDocs fetches ``sitemap.xml`` on every first page load (once per feed link in the
head, to find language alternates): a flat site map of 10,000 documents is 240 kB gzipped, three
times over, before a reader has done anything. Search engines read a sitemap index and its parts
(at most 50,000 URLs each, the protocol's limit) as they read one flat file; the parts are
gzipped, as the protocol allows (a part of 50,000 URLs is 8.3 MB of XML, 0.3 MB gzipped).
"""

from __future__ import annotations

from html import escape

PART_SIZE = 50_000  # the sitemap protocol's limit per file
_NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


def part_names(count: int, size: int = PART_SIZE) -> list[str]:
    """The part files for ``count`` URLs (always at least one).

    >>> part_names(3), part_names(5, size=2)
    (['sitemap-1.xml.gz'], ['sitemap-1.xml.gz', 'sitemap-2.xml.gz', 'sitemap-3.xml.gz'])
    """
    return [f"sitemap-{n + 1}.xml.gz" for n in range(max(1, -(-count // size)))]


def build(urls: list[tuple[str, str | None]], base: str, size: int = PART_SIZE) -> dict[str, str]:
    """``{file name: XML}``: ``sitemap.xml`` (the index, with URLs under ``base``) and its parts
    (to be written gzipped, as their names say), from ``(url, lastmod)`` pairs.

    >>> files = build([("https://e.org/a/", "2026-11-29"), ("https://e.org/b&c/", None)],
    ...               "https://e.org/")
    >>> sorted(files)
    ['sitemap-1.xml.gz', 'sitemap.xml']
    >>> "<loc>https://e.org/sitemap-1.xml.gz</loc>" in files["sitemap.xml"]
    True
    >>> "<loc>https://e.org/b&amp;c/</loc>" in files["sitemap-1.xml.gz"]
    True
    """
    names = part_names(len(urls), size)
    files = {}
    for i, name in enumerate(names):
        rows = []
        for url, lastmod in urls[i * size : (i + 1) * size]:
            mod = f"<lastmod>{escape(lastmod)}</lastmod>" if lastmod else ""
            rows.append(f"  <url><loc>{escape(url)}</loc>{mod}</url>")
        files[name] = _xml(f"<urlset {_NS}>", rows, "</urlset>")
    index = [f"  <sitemap><loc>{escape(base + name)}</loc></sitemap>" for name in names]
    files["sitemap.xml"] = _xml(f"<sitemapindex {_NS}>", index, "</sitemapindex>")
    return files


def dated(
    pages: list[tuple[str, str | None]], revised: dict[str, str]
) -> list[tuple[str, str | None]]:
    """``(url, lastmod)`` for ``(url, document slug or None)`` pairs: a document's ``lastmod`` is
    the date its current text first appeared (``revised``, by slug: the citation record's
    ``revision_date``, from the anchor ledger or the archived date), never the build's date,
    which would tell a crawler that every page changed on every build. A hand-written page
    (home, listings, how to cite) shows the collection, so it changed when the newest document
    did; a page with neither is given no date.

    >>> revised = {"a": "2026-11-22", "b": "2026-12-01"}
    >>> dated([("/a/", "a"), ("/", None), ("/c/", "gone")], revised)
    [('/a/', '2026-11-22'), ('/', '2026-12-01'), ('/c/', None)]
    >>> dated([("/", None)], {})
    [('/', None)]
    """
    newest = max(revised.values(), default=None)
    return [(url, revised.get(slug) if slug else newest) for url, slug in pages]


def _xml(open_tag: str, rows: list[str], close_tag: str) -> str:
    return "\n".join(['<?xml version="1.0" encoding="UTF-8"?>', open_tag, *rows, close_tag, ""])
