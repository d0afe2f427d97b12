"""Examples on hand-written pages, taken from whatever documents the archive holds.

A page such as ``docs/how-to-cite.md`` shows how to cite with a real document, but the
collection is whatever ``sources/`` holds: a page that named one document's key would fail
the build of every other collection. It names ``EXAMPLE_KEY`` instead (``[@example]``,
``[@example, ¶{{ example.number }}]``) and ``{{ example.<field> }}`` placeholders (``FIELDS``);
``fill_examples`` puts in the example document's (``example_record``) before the
cross-references are rendered. Every value is escaped for Markdown: it is scraped text.
"""

from __future__ import annotations

import re
from pathlib import Path

from persona_archive.cleaning.writing import escape
from persona_archive.site.citations.formatting import formatted
from persona_archive.site.citations.record import Record, with_paragraphs

EXAMPLE_KEY = "example"
_PLACEHOLDER = re.compile(r"\{\{\s*example\.([a-z_]+)\s*\}\}")
_EXAMPLE_XREF = re.compile(r"\[@" + EXAMPLE_KEY + r"(?=[\],#])")
# What a page may ask for, and what it reads when the archive holds no document yet.
FIELDS = {
    "key": "citation-key",
    "slug": "document",
    "title": "Title of the document",
    "anchor": "p-3kq9zt",
    "number": "12",
    "apa_paragraph": "Author, A. (n.d.). Title of the document. Site. Persona Archive. ¶ 12.",
    "apa_paragraph_intext": "(Author, n.d., para. 12)",
}


def uses_examples(markdown: str) -> bool:
    """Whether a page names the example document (a placeholder or ``[@example…]``)."""
    return bool(_PLACEHOLDER.search(markdown) or _EXAMPLE_XREF.search(markdown))


def example_record(records: list[Record], archive_dir: Path) -> Record | None:
    """The document the examples cite, with its paragraphs: the first by key that has an author
    and at least two numbered paragraphs, else the first with most of that (None when the
    archive is empty). The same collection always gives the same example."""
    best, best_score = None, (-1, -1)
    for rec in records:
        full = with_paragraphs(rec, archive_dir)
        numbered = sum(1 for p in full.paras if p.number)
        score = (min(numbered, 2), 1 if rec.authors else 0)
        if score > best_score:
            best, best_score = full, score
        if score == (2, 1):
            break
    return best


def example_values(rec: Record | None) -> dict[str, str]:
    """``FIELDS`` of the example document, as Markdown-safe text."""
    if rec is None:
        return {name: escape(value) for name, value in FIELDS.items()}
    numbered = [p for p in rec.paras if p.number]
    para = numbered[1] if len(numbered) > 1 else (numbered or rec.paras)[0]
    number = str(para.number or 1)
    apa = formatted(rec)["apa"]
    entry = apa["para_text"].replace("{n}", number).replace("{id}", para.id)
    return {
        "key": escape(rec.key),
        "slug": escape(rec.slug),
        "title": escape(rec.cited_title),
        "anchor": escape(para.id),
        "number": number,
        "apa_paragraph": escape(entry),
        "apa_paragraph_intext": escape(apa["para_intext"].replace("{n}", number)),
    }


def fill_examples(markdown: str, rec: Record | None) -> str:
    """``markdown`` with its example placeholders and ``[@example…]`` references made the example
    document's; with no document, the references become code that shows the syntax.

    >>> fill_examples("[@example] is {{ example.key }}, ¶ {{ example.number }}", None)
    '`[@citation-key]` is citation-key, ¶ 12'
    """
    values = example_values(rec)

    def placeholder(match: re.Match) -> str:
        if match.group(1) not in values:
            raise ValueError(f"unknown example field '{match.group(1)}' (one of {list(FIELDS)})")
        return values[match.group(1)]

    markdown = _PLACEHOLDER.sub(placeholder, markdown)
    if rec is not None:
        return _EXAMPLE_XREF.sub("[@" + rec.key, markdown)
    return re.sub(r"(?<!`)\[@" + EXAMPLE_KEY + r"([^\]]*)\]", r"`[@citation-key\1]`", markdown)
