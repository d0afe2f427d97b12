"""Writing: clean blocks -> a Markdown page (front matter + escaped body), written atomically.

Scraped text is untrusted. Every character that Markdown, its extensions, HTML or a template engine
could interpret is written as a numeric character reference, so the page shows exactly the
source's characters and nothing in a source can become markup, a link, an include or a script.
Structure ingest recognised (headings, quotes, posts) is emitted as Markdown on purpose.
"""

from __future__ import annotations

import html
import re

import yaml

from persona_archive.anchors import EDITORIAL_CLASS
from persona_archive.cleaning.model import HEADING, POST, QUOTE, Block
from persona_archive.page import LOST, LOST_MARKUP, shown_title

# What a post label's tooltip says; the page's style adds a visible "archive's label" note.
EDITORIAL_NOTE = "Label supplied by the archive, not part of the source text"

# ASCII characters with a meaning anywhere in a line for Markdown, the pymdown-extensions the site
# may enable (emoji ":x:", keys "++", mark "==", caret "^^", tilde "~~", critic "{++", arithmatex
# "$", magiclink "@user" "#12" "!12" "?12"), attr_list "{: }", HTML and Jinja: written as character
# references they render as themselves and mean nothing. The C0 controls but newline too:
# Python-Markdown expands tabs, deletes STX/ETX (its placeholder markers), and pymdownx.critic
# uses \x01-\x04 as its own markers, so raw they would not survive.
_CONTROLS = "".join(chr(c) for c in (*range(1, 32), 127) if c != 10)
_ACTIVE = "&<>\\`*_[]{}~^=|$#+@!?:" + _CONTROLS
_ESCAPES = {ord(c): f"&#{ord(c)};" for c in _ACTIVE}
_ESCAPES[ord("&")] = "&amp;"
_ESCAPES[ord("<")] = "&lt;"
_ESCAPES[ord(">")] = "&gt;"
_ESCAPES[0] = "&#65533;"  # what a browser shows for NUL anyway
# Characters that mean something only at the start of a line: lists and rules "-", ordered lists
# "12." / "12)", pymdownx.blocks "///", a snippet-escape ";--8<--". (Leading blanks are dropped:
# indented text would be a code block; "#", ">", "+", "*", ":", "!", "?", "=" are escaped anyway.)
_LINE_START = re.compile(r"^([\-/;]|\d+[.)])", re.MULTILINE)
_EDGE_BLANKS = re.compile(r"^[ \t]+|[ \t]+$", re.MULTILINE)
_BLANK_LINES = re.compile(r"\n{2,}")
# Bare "www." links (magiclink) and 40-hex commit references (magiclink repo shorthand).
_WWW = re.compile(r"(?i)(?<![\w.])(w{3})\.")
_COMMIT = re.compile(r"(?<![0-9A-Za-z])([0-9a-fA-F])(?=[0-9a-fA-F]{39}(?![0-9A-Za-z]))")
# Bidirectional embeddings, overrides and isolates, and what closes each.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_PDF, _PDI = "\u202c", "\u2069"


def escape(text: str) -> str:
    """Make plain text safe to place in Markdown: it renders as exactly these characters.

    The result is one paragraph's inline content: blank lines inside ``text`` are joined and the
    blanks at line edges dropped (neither is visible in HTML), every bidirectional override the
    text opens is closed at its end, so it cannot reorder what follows it on the page.

    >>> escape("<b>1 * 2</b>")
    '&lt;b&gt;1 &#42; 2&lt;/b&gt;'
    >>> escape("1. not a list")
    '1&#46; not a list'
    >>> escape("{{ config }} [x](javascript:alert(1))")
    '&#123;&#123; config &#125;&#125; &#91;x&#93;(javascript&#58;alert(1))'
    >>> escape("abc\\u202edef") == "abc\\u202edef\\u202c"
    True
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _BLANK_LINES.sub("\n", _EDGE_BLANKS.sub("", text)).strip("\n")
    text = balance_bidi(text).translate(_ESCAPES)
    text = _LINE_START.sub(lambda m: _char_refs(m.group(1)), text)
    text = _COMMIT.sub(lambda m: f"&#{ord(m.group(1))};", _WWW.sub(r"\1&#46;", text))
    return text.replace(LOST, LOST_MARKUP)


def balance_bidi(text: str) -> str:
    """Close every bidi embedding, override or isolate ``text`` leaves open, innermost first.

    >>> balance_bidi("\\u2067abc\\u202edef") == "\\u2067abc\\u202edef\\u202c\\u2069"
    True
    >>> balance_bidi("plain") == "plain"
    True
    """
    if not _BIDI.search(text):
        return text
    stack: list[str] = []
    for match in _BIDI.finditer(text):
        char = match.group()
        if char in "\u202a\u202b\u202d\u202e":
            stack.append(_PDF)
        elif char in "\u2066\u2067\u2068":
            stack.append(_PDI)
        elif char == _PDF and stack and stack[-1] == _PDF:
            stack.pop()
        elif char == _PDI and _PDI in stack:  # a PDI also closes the embeddings inside its isolate
            while stack.pop() != _PDI:
                pass
    return text + "".join(reversed(stack))


def _char_refs(marker: str) -> str:
    """Escape the last character of a line-start marker ("-", "12." -> "12&#46;")."""
    return marker[:-1] + f"&#{ord(marker[-1])};"


def render_block(block: Block, anchor: str, number: int | None = None) -> str:
    """One block as Markdown with its paragraph anchor (an ``attr_list`` id) and, when given, its
    visible paragraph number (``data-para``, shown as "¶ 12" by the theme and used by citations).

    A thread post's label is the archive's words, not the source's: its heading carries the
    ``pa-editorial`` class and a title saying so, and never a number.

    >>> print(render_block(Block("paragraph", "Hi *there*"), "p-abc", 3))
    Hi &#42;there&#42;
    {: #p-abc data-para="3" }
    >>> print(render_block(Block("post", "Reply 1"), "p-def", 4))
    ## Reply 1 {#p-def class="pa-editorial" title="Label supplied by the archive, not part of \
the source text"}
    """
    text = escape(block.text)
    if block.kind == POST:  # a section of the thread: h2 under the title
        level = block.level or 2
        note = f'class="{EDITORIAL_CLASS}" title="{EDITORIAL_NOTE}"'
        if block.reactions:  # the post's own counts, shown beside its label (not text)
            note += f' data-reactions="{html.escape(reactions_attribute(block.reactions))}"'
        return f"{'#' * level} {text} {{#{anchor} {note}}}"
    attrs = f"#{anchor}" + (f' data-para="{int(number)}"' if number is not None else "")
    if block.kind == HEADING:
        level = block.level or 2
        return f"{'#' * level} {text} {{{attrs}}}"
    if block.kind == QUOTE:
        return f"> {text}\n> {{: {attrs} }}"
    return f"{text}\n{{: {attrs} }}"


def reactions_attribute(reactions: dict[str, int]) -> str:
    """A post's reaction counts as its label carries them (``data-reactions``), read back by
    ``anchors.read_paragraphs``.

    >>> reactions_attribute({"👍": 3, "❤": 1})
    '👍 3 · ❤ 1'
    """
    return " · ".join(f"{key} {int(count)}" for key, count in reactions.items())


def render_body(
    title: str,
    blocks: list[Block],
    anchors: list[str],
    numbers: list[int | None] | None = None,
) -> str:
    """The page body: the title as its only h1, then the blocks separated by blank lines."""
    numbers = numbers if numbers is not None else [None] * len(blocks)
    parts = [f"# {escape(title)}"]
    parts += [render_block(b, a, n) for b, a, n in zip(blocks, anchors, numbers, strict=True)]
    return "\n\n".join(parts) + "\n"


def render_front_matter(meta: dict) -> str:
    """YAML front matter; values are quoted by the YAML emitter, so any title is YAML-safe.

    >>> print(render_front_matter({"title": "a: b #c", "tags": ["x"]}), end="")
    ---
    title: 'a: b #c'
    tags:
    - x
    ---
    >>> print(render_front_matter({"title": "Tea 🍵"}), end="")
    ---
    title: Tea 🍵
    ---
    """
    dumper = _FastDumper if _fast_dumper_writes_the_same(meta) else _FrontMatterDumper
    dumped = yaml.dump(meta, Dumper=dumper, sort_keys=False, allow_unicode=True, width=10**9)
    return f"---\n{dumped}---\n"


class _FrontMatterDumper(yaml.SafeDumper):
    """PyYAML's safe dumper, but a string with a control character or a YAML line break (NEL,
    LS, PS: PyYAML writes them raw in plain or single-quoted style, and reads them back as
    spaces) is written double-quoted, where every such character is an escape."""


_AWKWARD = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = '"' if _AWKWARD.search(value) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_FrontMatterDumper.add_representer(str, _represent_str)

# libyaml's emitter (PyYAML's C dumper) writes what PyYAML's own writes, five times faster,
# except that it escapes characters past U+FFFF (emoji: "\U0001F375"), cannot encode a lone
# surrogate (an undecodable file name), and judges a mapping key's length in bytes and an empty
# key simple: a page with any of these is written by PyYAML's.
_FastDumper = type("_FastDumper", (getattr(yaml, "CSafeDumper", _FrontMatterDumper),), {})
_FastDumper.add_representer(str, _represent_str)
_BEYOND_LIBYAML = re.compile("[\ud800-\udfff\U00010000-\U0010ffff]")


def _fast_dumper_writes_the_same(value) -> bool:
    """Whether no string in ``value`` (a page's meta: dicts, lists, scalars) holds a character
    libyaml's emitter writes differently from PyYAML's."""
    if isinstance(value, str):
        return not _BEYOND_LIBYAML.search(value)
    if isinstance(value, dict):
        simple = all(map(_simple_key, value))
        return simple and all(map(_fast_dumper_writes_the_same, value.values()))
    if isinstance(value, list | tuple):
        return all(map(_fast_dumper_writes_the_same, value))
    return True


def _simple_key(key) -> bool:
    """A key both emitters write the same: ASCII (its length the same in bytes and characters),
    neither empty nor near the 128 at which both stop writing it as a simple key."""
    return isinstance(key, str) and 0 < len(key) < 100 and key.isascii()


def render_page(
    meta: dict,
    blocks: list[Block],
    anchors: list[str],
    numbers: list[int | None] | None = None,
) -> str:
    """The whole page: front matter, blank line, body."""
    heading = shown_title(meta["title"], meta.get("title_source"))
    return render_front_matter(meta) + "\n" + render_body(heading, blocks, anchors, numbers)
