"""Paragraph anchors: a short, URL-safe id per block, derived from the block's normalized text.

The id depends only on the text (not on the position), so inserting or removing other paragraphs
never changes it: a cited ``…/#p-3kq9zt`` keeps pointing at the same words.
"""

from __future__ import annotations

import base64
import hashlib
import re
import unicodedata

from .model import Block

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
