"""The data that flows between pipeline stages.

Each stage is a pure function from these values to these values; file I/O happens only in
``ingest.py`` (reading sources, the cache) and ``writing.py`` (atomic page writes).

A source is decoded into text, split into ``Line`` objects (one per non-blank line, with its
1-based line number in the decoded text, so every report entry can point back to the raw file),
cleaned line by line, then grouped into ``Block`` objects that the writer renders as Markdown.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Line:
    """One non-blank line of decoded source text.

    >>> Line(3, "Hello")
    Line(no=3, text='Hello')
    """

    no: int
    text: str


@dataclass(frozen=True)
class Change:
    """One thing the cleaner did, for the ingest report and the cleaning counts.

    ``stage`` is the module that made it (repair, boilerplate, duplicates, structure);
    ``rule`` names the rule, so a reader of the report can tell why; ``before``/``after``
    hold the text (``after`` is empty for a removal).
    """

    stage: str
    rule: str
    line: int
    before: str
    after: str = ""
    detail: str = ""


# Block kinds the writer understands.
PARAGRAPH = "paragraph"
HEADING = "heading"
QUOTE = "quote"  # a paragraph inside a block quote
# Start of a thread post: text is the post's label, e.g. "Reply 1". The label is always the
# archive's (editorial), never the source's words: marked so on the page, not numbered, and
# kept out of the exports' text.
POST = "post"


@dataclass(frozen=True)
class Block:
    """A unit of the clean document body.

    ``text`` is plain text (never Markdown): the writer escapes it. ``level`` is the heading
    level for headings; ``lines`` are the source line numbers the block came from;
    ``reactions`` the reaction counts of the post a thread post's label heads.
    """

    kind: str
    text: str
    level: int = 0
    lines: tuple[int, ...] = ()
    reactions: dict[str, int] | None = None  # a thread post's label: the counts of that post


@dataclass
class Structured:
    """What the structure stage found: the document's kind, title, authors and body."""

    kind: str
    title: str
    authors: list[str]
    blocks: list[Block]
    changes: list[Change] = field(default_factory=list)


def split_lines(text: str) -> list[Line]:
    """Split decoded text into numbered non-blank lines (whitespace at the ends trimmed).

    >>> split_lines("a\\n\\n b \\n")
    [Line(no=1, text='a'), Line(no=3, text='b')]
    """
    return [Line(i, s.strip()) for i, s in enumerate(text.split("\n"), start=1) if s.strip()]
