"""Writing: clean blocks -> a Markdown page (front matter + escaped body), written atomically.

Scraped text is untrusted. Every character that Markdown, its extensions, HTML or a template engine
could interpret is written as a numeric character reference, so the page shows exactly the
source's characters and nothing in a source can become markup, a link, an include or a script.
Structure ingest recognised (headings, quotes, posts) is emitted as Markdown on purpose.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path

import yaml

from .model import HEADING, POST, QUOTE, Block

# ASCII characters with a meaning anywhere in a line (Markdown, pymdown-extensions, attr_list,
# HTML, Jinja): written as character references they render as themselves and mean nothing.
_ACTIVE = "&<>\\`*_[]{}~^=|$"
_ESCAPES = {ord(c): f"&#{ord(c)};" for c in _ACTIVE}
_ESCAPES[ord("&")] = "&amp;"
_ESCAPES[ord("<")] = "&lt;"
_ESCAPES[ord(">")] = "&gt;"
# Characters that mean something only at the start of a line (headings, lists, rules, definition
# lists, admonitions) or, for ":", as an emoji shortcode or URL scheme (":smile:", "javascript:").
_LINE_START = re.compile(r"^(\s*)([#+\-:!]|\d+[.)])", re.MULTILINE)
_COLON_WORD = re.compile(r":(?=\S)")

LOST = "\ufffd"
LOST_MARKUP = (
    '<span class="pa-lost" title="A character here was lost when the page was scraped '
    'and could not be restored; see the provenance section">\ufffd</span>'
)


def escape(text: str) -> str:
    """Make plain text safe to place in Markdown: it renders as exactly these characters.

    >>> escape("<b>1 * 2</b>")
    '&lt;b&gt;1 &#42; 2&lt;/b&gt;'
    >>> escape("1. not a list")
    '1&#46; not a list'
    >>> escape("{{ config }} [x](javascript:alert(1))")
    '&#123;&#123; config &#125;&#125; &#91;x&#93;(javascript&#58;alert(1))'
    """
    text = _COLON_WORD.sub("&#58;", text.translate(_ESCAPES))
    text = _LINE_START.sub(lambda m: m.group(1) + _char_refs(m.group(2)), text)
    return text.replace(LOST, LOST_MARKUP)


def _char_refs(marker: str) -> str:
    """Escape the last character of a line-start marker ("#", "-", "12." -> "12&#46;")."""
    return marker[:-1] + f"&#{ord(marker[-1])};"


def render_block(block: Block, anchor: str) -> str:
    """One block as Markdown with its paragraph anchor (an ``attr_list`` id)."""
    text = escape(block.text)
    if block.kind in (HEADING, POST):
        level = block.level or (3 if block.kind == POST else 2)
        return f"{'#' * level} {text} {{#{anchor}}}"
    if block.kind == QUOTE:
        return f"> {text}\n> {{: #{anchor} }}"
    return f"{text}\n{{: #{anchor} }}"


def render_body(title: str, blocks: list[Block], anchors: list[str]) -> str:
    """The page body: the title as its only h1, then the blocks separated by blank lines."""
    parts = [f"# {escape(title)}"]
    parts += [render_block(b, a) for b, a in zip(blocks, anchors, strict=True)]
    return "\n\n".join(parts) + "\n"


def render_front_matter(meta: dict) -> str:
    """YAML front matter; values are quoted by the YAML emitter, so any title is YAML-safe.

    >>> print(render_front_matter({"title": "a: b #c", "tags": ["x"]}), end="")
    ---
    title: 'a: b #c'
    tags:
    - x
    ---
    """
    dumped = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=10**9)
    return f"---\n{dumped}---\n"


def render_page(meta: dict, blocks: list[Block], anchors: list[str]) -> str:
    """The whole page: front matter, blank line, body."""
    return render_front_matter(meta) + "\n" + render_body(meta["title"], blocks, anchors)


def atomic_write(path: Path, text: str) -> None:
    """Write via a temporary file in the same directory and rename, so no reader (and no crash)
    ever sees a half-written page."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
