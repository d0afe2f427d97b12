"""Pages converted from Markdown to HTML on the spare core, while the site generator converts
the others: converting the archive's pages is the largest part of a build, and MkDocs does it
one page after another on one core.

The work is shared from both ends of the page list: the helper process takes batches from the
end, the build converts from the start, and a batch the build reaches before the helper has
started it is taken back (its future cancelled) and converted by the build. A converted page is
used only when the Markdown the build would convert is the one the helper converted (compared
by digest, after every hook has had its say), and only when nothing in it needs the site's other
files: a page with a relative link, which MkDocs resolves and checks against them, is left to
MkDocs. Everything else is MkDocs' own conversion (``Page.render``): the same Markdown
extensions, and MkDocs' own processors for the title, the anchors and raw HTML. The extensions
must make a page's HTML from its Markdown alone (those in mkdocs.yml do); one that looked at the
page being built or the time of day would need this module switched off (``hooks/build.py``
taken out of mkdocs.yml).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import Future
from typing import NamedTuple
from urllib.parse import urlsplit

import markdown
from markdown.treeprocessors import Treeprocessor
from markdown.util import AMP_SUBSTITUTE
from mkdocs.structure import pages as mkdocs_pages
from mkdocs.utils import meta

from persona_archive.files import text_digest

BATCH = 20  # pages per task: small enough that the build seldom waits for a running one


class Rendered(NamedTuple):
    """A page as ``Page.render`` leaves it: its HTML, the table of contents' tokens, the title
    of its first heading and the ids it holds (what links to it are checked against)."""

    digest: str
    html: str
    toc_tokens: list
    title: str | None
    anchors: frozenset[str]


class _LinkCheck(Treeprocessor):
    """Notes whether any link or image is one MkDocs would resolve against the site's files: a
    relative or root-relative path, or a link to an anchor of the page (checked at the end of the
    build). External links (a scheme or a host) and Markdown's obfuscated e-mail addresses are
    left as they are by MkDocs; a page with nothing else does not need the files."""

    local = False

    def run(self, root):
        for element in root.iter():
            if element.tag not in ("a", "img"):
                continue
            url = element.get("href" if element.tag == "a" else "src")
            if url is None or not _external(url):
                self.local = True
                break
        return root


def _external(url: str) -> bool:
    parts = urlsplit(url)
    return bool(parts.scheme or parts.netloc) or AMP_SUBSTITUTE in url


def convert(text: str, extensions: Sequence[str], configs: dict) -> Rendered | None:
    """MkDocs' conversion of a page's Markdown, or None when the page has links MkDocs must
    resolve against the site's other files (the build converts that page itself).

    >>> page = convert("# Title\\n\\nText with [a link](https://example.org).", ["toc"], {})
    >>> page.html, page.title, sorted(page.anchors)
    ('<h1 id="title">Title</h1>\\n<p>Text with <a href="https://example.org">a link</a>.</p>', \
'Title', ['title'])
    >>> convert("See [the tags](../tags.md).", [], {}) is None
    True
    """
    md = markdown.Markdown(extensions=list(extensions), extension_configs=configs)
    raw_html = mkdocs_pages._RawHTMLPreprocessor()
    raw_html._register(md)
    anchors = mkdocs_pages._ExtractAnchorsTreeprocessor(None, None, None)
    anchors._register(md)
    links = _LinkCheck(md)
    md.treeprocessors.register(links, "relpath", 0)  # where MkDocs resolves the links
    title = mkdocs_pages._ExtractTitleTreeprocessor()
    title._register(md)
    html = md.convert(text)
    if links.local:
        return None
    ids = frozenset(anchors.present_anchor_ids | raw_html.present_anchor_ids)
    return Rendered(text_digest(text), html, getattr(md, "toc_tokens", []), title.title, ids)


def convert_files(
    pages: Sequence[tuple[str, str]], extensions: Sequence[str], configs: dict
) -> dict[str, Rendered | None]:
    """``convert`` of each ``(page key, source file)``, the file read and its front matter taken
    off as MkDocs does. A page that cannot be read or converted is None: the build converts it
    and reports the problem in MkDocs' words."""
    done: dict[str, Rendered | None] = {}
    for key, path in pages:
        try:
            with open(path, encoding="utf-8-sig", errors="strict") as f:
                text, _ = meta.get_data(f.read())
            done[key] = convert(text, extensions, configs)
        except Exception:  # left to the build, which reports it in MkDocs' words
            done[key] = None
    return done


class Shared:
    """Pages shared between the build and the helper process (``submit``, e.g.
    ``parallel.background``): batches handed to the helper from the end of ``pages``; ``take``
    gives a page's conversion when the helper has it (or is making it), or None for the build
    to convert the page itself.

    >>> from concurrent.futures import Future
    >>> def now(function, *args):
    ...     future = Future()
    ...     future.set_result(function(*args))
    ...     return future
    >>> pages = Shared([("a.md", "/nonexistent/a.md")], [], {}, now)
    >>> pages.take("a.md", "# A") is None  # unreadable there: the build converts it
    True
    """

    def __init__(
        self,
        pages: Sequence[tuple[str, str]],
        extensions: Sequence[str],
        configs: dict,
        submit: Callable[..., Future],
        batch: int = BATCH,
    ):
        self._batches: dict[str, Future] = {}
        starts = range(0, len(pages), batch)
        for start in reversed(starts):
            chunk = list(pages[start : start + batch])
            future = submit(convert_files, chunk, list(extensions), dict(configs))
            self._batches.update((key, future) for key, _ in chunk)

    def take(self, key: str, text: str) -> Rendered | None:
        """The conversion of page ``key`` if its Markdown is ``text``, else None."""
        future = self._batches.pop(key, None)
        if future is None or future.cancel():  # not started yet: the build converts its pages
            return None
        try:
            rendered = future.result().pop(key, None)
        except Exception:  # the helper failed: the build converts the page
            return None
        if rendered is None or rendered.digest != text_digest(text):
            return None
        return rendered

    def cancel(self) -> None:
        """Take back every batch not started (the build ends or failed)."""
        for future in self._batches.values():
            future.cancel()
        self._batches.clear()
