"""Pages' HTML held compressed while MkDocs builds (``hooks/memory.py``).

A converted page's HTML waits in memory until MkDocs renders its template, and MkDocs converts
every page before rendering the first: the whole archive's HTML at once. Held as zlib-compressed
UTF-8 it takes a tenth to a quarter of a Python string's memory (a string with one emoji in it
spends four bytes on every character), at about 0.1 ms a page each way.
"""

from __future__ import annotations

import zlib

LEVEL = 1  # the fastest: the bytes live only until the page is rendered


class Held:
    """Compressed HTML by page, taken back once.

    >>> held = Held()
    >>> held.hold("a.md", "<p>Grüße 👋</p>")
    ''
    >>> held.take("a.md", ""), held.take("a.md", "<p>left as it was</p>")
    ('<p>Grüße 👋</p>', '<p>left as it was</p>')
    """

    def __init__(self) -> None:
        self._pages: dict[str, bytes] = {}

    def hold(self, key: str, html: str) -> str:
        """Keep ``html`` compressed under ``key``; what the page holds meanwhile (nothing)."""
        self._pages[key] = zlib.compress(html.encode("utf-8", "surrogatepass"), LEVEL)
        return ""

    def take(self, key: str, current: str | None) -> str | None:
        """The HTML held under ``key`` (and forget it), else ``current`` — a page some handler
        converted again after it was held keeps what it has."""
        data = self._pages.pop(key, None)
        if data is None or current:
            return current
        return zlib.decompress(data).decode("utf-8", "surrogatepass")

    def clear(self) -> None:
        self._pages.clear()

    def __len__(self) -> int:
        return len(self._pages)


HELD = Held()
