"""Structure stage: turn cleaned lines into a document with a kind, a title and typed blocks.

Input is the list of :class:`~persona_archive.cleaning.model.Line` left after boilerplate and
duplicate removal (line numbers still point into the decoded source, so a gap between two
numbers is a blank line or a removed line). Output is a
:class:`~persona_archive.cleaning.model.Structured` whose blocks hold plain text.

Everything here is a heuristic over *shapes*, never over particular strings of a particular
source, and every heuristic is conservative: when a signal is missing the text stays a plain
paragraph. Every structural edit is recorded as a ``Change(stage="structure", ...)`` and no text
is dropped without a change that holds it, so the ingest report can account for every line.

The modules, in the order :func:`build` uses them:

- ``text``: sentence splitting, word counts and title keys every pass shares;
- ``detection``: :class:`Hints` (what the catalog knows) and :func:`detect_kind`, plus the line
  shapes (narration markers, post markers, reply openings) later passes recognise too;
- ``titles``: byline and title lines at the top (past the site's chrome), a title derived from
  the first sentence, and where the title came from (``title_source``);
- ``paragraphs``: lines into paragraphs (transcripts re-flowed, hard wraps joined);
- ``quotes``: ``>`` lines, paragraphs in quotation marks and colon-introduced letters;
- ``posts``: post labels in forum and social-media threads;
- ``document``: :func:`build` (the order of work is in its docstring), :func:`render` and
  :func:`structure_text`.

This module is the stage's face: callers import from here. The underscore names shared between
the modules are the package's own and may change with it.
"""

from persona_archive.cleaning.structure.detection import Hints, detect_kind
from persona_archive.cleaning.structure.document import build, render, structure_text
from persona_archive.cleaning.structure.titles import DERIVED, title_source

__all__ = [
    "DERIVED",
    "Hints",
    "build",
    "detect_kind",
    "render",
    "structure_text",
    "title_source",
]
