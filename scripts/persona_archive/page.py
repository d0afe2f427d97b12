"""A generated page as both halves read it: its front matter, and the mark of a lost character.

Ingest writes pages (``cleaning.writing``); the site, the anchor ledger and ingest itself read
them back through here, so there is one reader of the front matter.
"""

from __future__ import annotations

from pathlib import Path

import yaml

LOST = "\ufffd"

# Where a page's title came from (front matter ``title_source``). A ``derived`` title is the
# archive's, not the work's own: it is shown and cited in square brackets, as cataloguers do.
CATALOG, PAGE, TEXT, DERIVED = TITLE_SOURCES = ("catalog", "page", "text", "derived")
LOST_MARKUP = (
    '<span class="pa-lost" title="A character here was lost when the page was scraped '
    'and could not be restored; see the provenance section">\ufffd</span>'
)


_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's when PyYAML has it


def split_page(text: str) -> tuple[dict, str]:
    """A generated page read back: ``(front matter, body)`` — the inverse of
    ``cleaning.writing.render_page``.

    >>> split_page("---\\ntitle: T\\n---\\nBody")
    ({'title': 'T'}, 'Body')
    """
    start = front_matter_end(text)
    if not start:
        return {}, text
    meta = yaml.load(text[4 : start - 5], Loader=_SAFE_LOADER) or {}
    return (meta if isinstance(meta, dict) else {}), text[start:]


def front_matter_end(text: str) -> int:
    """Where a page's body starts: after its ``---`` front matter, 0 when it has none (a later
    ``---`` is a rule in the body, not front matter).

    >>> front_matter_end("---\\ntitle: T\\n---\\nBody"), front_matter_end("Body\\n---\\nmore")
    (17, 0)
    """
    if not text.startswith("---\n"):
        return 0
    end = text.find("\n---\n", 4)
    return end + 5 if end >= 0 else 0


def is_generated(path: Path) -> bool:
    """Whether ``path`` is a page ingest wrote: its front matter carries ``source_sha256``.
    Hand-written pages in the same folder are left alone.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     page, own = Path(d, "a.md"), Path(d, "b.md")
    ...     _ = page.write_text("---\\ntitle: T\\nsource_sha256: x\\n---\\nBody")
    ...     _ = own.write_text("---\\ntitle: Mine\\n---\\nsource_sha256: in the body")
    ...     is_generated(page), is_generated(own)
    (True, False)
    """
    try:
        with path.open(encoding="utf-8") as handle:
            head = handle.read(1 << 20)  # a front matter with a long title is still found
    except (OSError, UnicodeDecodeError):
        return False
    end = front_matter_end(head)
    return end > 0 and "\nsource_sha256:" in head[: end - 4]


def shown_title(title: str, source: str | None) -> str:
    """``title`` as the archive shows and cites it: a supplied (derived) one in square brackets.

    >>> shown_title("A plea", DERIVED), shown_title("A plea", CATALOG), shown_title("", DERIVED)
    ('[A plea]', 'A plea', '')
    """
    return f"[{title}]" if source == DERIVED and title else title
