"""Cross-references from hand-written pages: the ``[@key, ¶ n]`` syntax and what a link shows.

``site/xref.py`` finds the references with ``XREF`` and renders each as a link labelled
``short_label`` ("Carrigan (n.d.) ¶ 2") with the paragraph's ``preview`` as its title.
"""

from __future__ import annotations

import re

from persona_archive.site.citations.csl import split_name
from persona_archive.site.citations.record import Record

XREF = re.compile(r"\[@([A-Za-z0-9][\w:.+-]*?)(?:,\s*¶\s*(\d+)|#(p-[a-z0-9-]+))?\]")


def preview(text: str, limit: int = 280) -> str:
    """``text`` on one line, cut at a word to at most ``limit`` characters.

    >>> preview("A  long\\nsentence here", limit=12)
    'A long…'
    """
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def short_label(rec: Record) -> str:
    """ "Carrigan (n.d.)" or, for an authorless document, its short title (``Record.short_title``:
    in quotation marks, or in square brackets when the archive supplied it), as in-text
    citations give it.

    >>> from persona_archive.site.citations.record import Record
    >>> rec = Record("k", "s", "A plea", "other", [], None, None, "u", None, "", "", "", "en")
    >>> short_label(rec), short_label(Record(**{**vars(rec), "title_source": "derived"}))
    ('“A plea” (n.d.)', '[A plea] (n.d.)')
    """
    year = rec.published[:4] if rec.published else "n.d."
    if rec.authors:
        first = split_name(rec.authors[0])
        who = first.get("family") or first.get("literal")
        if len(rec.authors) == 2:
            second = split_name(rec.authors[1])
            who += " & " + (second.get("family") or second.get("literal"))
        elif len(rec.authors) > 2:
            who += " et al."
        return f"{who} ({year})"
    return f"{rec.short_title} ({year})" if rec.supplied_title else f"“{rec.short_title}” ({year})"
