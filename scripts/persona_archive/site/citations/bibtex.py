"""BibTeX: a record as one ``@misc`` entry, its scraped text made safe inside braced fields.

Read by BibTeX, biblatex and Zotero (``url``/``urldate``/``version`` for biblatex); TeX specials
and braces in the data are escaped so no title can unbalance an entry. ``version`` is the
revision code alone, as in CSL-JSON: biblatex styles and pandoc's citeproc print it after the
label "Version", which a date in the value would make "Versions" (a range of numbers); the
revision's date is in the note.
"""

from __future__ import annotations

from urllib.parse import quote

from persona_archive.site.citations.csl import split_name
from persona_archive.site.citations.record import ARCHIVE_NAME, Record, default_note

_BIB_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "%": r"\%",
    "&": r"\&",
    "#": r"\#",
    "$": r"\$",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def bib_escape(text: str) -> str:
    r"""Text made safe inside a braced BibTeX field (balanced braces, TeX specials escaped).

    >>> bib_escape("50% of {x} & y_1 \\ z")
    '50\\% of \\{x\\} \\& y\\_1 \\textbackslash{} z'
    """
    return "".join(_BIB_SPECIAL.get(c, c) for c in " ".join(text.split()))


def bib_url(url: str) -> str:
    """A URL safe in a BibTeX field: characters that could unbalance it percent-encoded."""
    return quote(url, safe="/:?#[]@!$&'()*+,;=-._~%")


def _bib_name(name: str) -> str:
    parts = split_name(name)
    if "literal" in parts:
        return "{" + bib_escape(parts["literal"]) + "}"
    return f"{bib_escape(parts['family'])}, {bib_escape(parts['given'])}"


def bibtex(rec: Record, url: str | None = None, note: str | None = None) -> str:
    """One ``@misc`` entry (read by BibTeX, biblatex, Zotero; url/urldate/version for biblatex)."""
    fields = []
    if rec.authors:
        fields.append(("author", " and ".join(_bib_name(a) for a in rec.authors)))
    fields.append(("title", "{" + bib_escape(rec.cited_title) + "}"))
    if rec.site:
        fields.append(("howpublished", bib_escape(rec.site)))
    if rec.published:
        fields.append(("year", rec.published[:4]))
        fields.append(("date", rec.published))
    fields.append(("url", bib_url(url or rec.url)))
    fields.append(("urldate", rec.archived))
    fields.append(("version", bib_escape(rec.revision or rec.revision_date)))
    fields.append(("type", bib_escape(rec.kind_info.genre)))
    fields.append(("organization", ARCHIVE_NAME))
    fields.append(("language", bib_escape(rec.language)))
    fields.append(("note", bib_escape(note or default_note(rec))))
    body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields)
    return f"@misc{{{rec.key},\n{body}\n}}\n"
