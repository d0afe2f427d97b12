"""Escape page titles (and the other front-matter text Material prints) for the HTML templates.

Stock MkDocs and Material print ``page.title`` / ``page.meta.title`` unescaped: in ``<title>``,
the header, the navigation, the tags listings, the footer links and the ``<h1>`` they add to a
page without one. A document's title comes from a scraped source (the front matter keeps it raw,
per the ingest contract), so this hook hands the templates an HTML-escaped copy instead, while
every Python hook still sees the raw text:

- ``on_env``: the pages in the navigation (hand-written pages, whose titles every page's nav
  prints) get escaped titles for the rest of the build.
- ``on_page_context`` (priority -100, after every other hook, just before the template renders):
  the page's own title (and its previous/next page's) is escaped; ``on_post_page`` (priority
  100, before every other hook) puts the raw text back, so exports see the source's text.
- Material's tags listing fragment is overridden (``overrides/fragments/tags/default/
  listing.html``) to escape the titles it lists.

The escaped value is a ``markupsafe.Markup``: ``{{ x }}``, ``{{ x | e }}`` and attributes all get
the text exactly once escaped, with bidi overrides closed (``writing.balance_bidi``). The raw
text is always in ``page.meta["title_raw"]`` too.
"""

from __future__ import annotations

import html

from markupsafe import Markup
from mkdocs.plugins import event_priority
from persona_archive.cleaning.writing import balance_bidi

# Front-matter keys that Material's templates print without escaping.
KEYS = ("title", "description", "author", "subtitle")

_raw: dict[int, dict[str, str]] = {}  # id(page) -> the raw values while they are escaped
_nav_pages: set[int] = set()


class SafeText(Markup):
    """Escaped text that stays escaped: Jinja's ``e``/``striptags`` keep it as it is."""

    def striptags(self) -> Markup:
        return self


def safe_text(value: str) -> SafeText:
    """``value`` as HTML text: ``& < > " '`` escaped, every bidi override it opens closed.

    >>> str(safe_text('<script>"x"</script> & \\u202eabc'))
    '&lt;script&gt;&quot;x&quot;&lt;/script&gt; &amp; \\u202eabc\\u202c'
    """
    return SafeText(html.escape(balance_bidi(value), quote=True))


def _escape(page) -> None:
    meta = getattr(page, "meta", None)
    if not isinstance(meta, dict) or id(page) in _raw:
        return
    raw = {k: meta[k] for k in KEYS if isinstance(meta.get(k), str)}
    if not raw:
        return
    _raw[id(page)] = raw
    meta.setdefault("title_raw", raw.get("title"))
    for key, value in raw.items():
        meta[key] = safe_text(value)


def _restore(page) -> None:
    raw = _raw.pop(id(page), None)
    if raw:
        page.meta.update(raw)


def on_nav(nav, config, files):
    _nav_pages.clear()
    _nav_pages.update(id(p) for p in nav.pages)
    return nav


def on_env(env, config, files):
    _raw.clear()
    for file in files.documentation_pages():
        if file.page is not None and id(file.page) in _nav_pages:
            _escape(file.page)
    return env


@event_priority(-100)
def on_page_context(context, page, config, nav):
    for each in (page, page.previous_page, page.next_page):
        if each is not None:
            _escape(each)
    return context


@event_priority(100)
def on_post_page(output, page, config):
    for each in (page, page.previous_page, page.next_page):
        if each is not None and id(each) not in _nav_pages:
            _restore(each)
    return output
