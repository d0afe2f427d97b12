"""Furniture of forums, review pages, Q&A pages and comment sections told by repetition
within the page, in any language (issue 18).

``social`` reads the lines a social page prints with every post. Forum threads, review and
store pages print furniture that repeats in larger units: a table of one cell a line, row
after row, or the same slot between each poster's name and text. The evidence is the shape
of what repeats, never the words:

- ``label_tables``: a store's label-over-value table ("Vendedor" / "Casa Brasil" / "Preço" /
  "R$ 499,90", again for each seller): a run of short lines that repeats with a period of
  two lines or more, two rows or more, where columns print the same label in every row
  (two or more) and each of the others the value under a label; the other rules took most
  of its labels, two of them somewhere at least, and the rule takes what they left (the
  values, a label they missed in a row). A row is label, value, label, value: a poem's
  refrain or a list of ingredients has no label already removed, and a post's text stands
  under its poster's name, not under a label.
- ``listing_tables``: a listing of other threads at the page's end (Discourse's suggested
  topics: title / category / replies / views / activity, one cell a line): three rows or
  more of one period (two under a row of column labels), two columns or more of bare figures
  in every row, after the page's last line of prose, beside removed chrome, and not
  introduced by the text (no colon over it); its header row (the column labels, the
  listing's heading) goes with it.
- ``post_head_lines``: the line a forum prints between each poster's name and the text
  ("gen 2026", "10/01/2026"): a date, or a short line of a word and a figure printed
  identically, in the same slot in three posts or more, under names that differ. A numbered
  heading ("Day 3") stands under text, not under a name; a one-word reply is a text.

Each rule adds ``index -> (rule, detail)`` to ``removed``, like the rules of ``context``, and
reads what is left, so a second cleaning finds nothing more.
"""

from __future__ import annotations

from collections import Counter

from persona_archive.cleaning.boilerplate.edges import is_prose
from persona_archive.cleaning.boilerplate.interface import has_letter
from persona_archive.cleaning.boilerplate.social import _GLUED, _is_date, _is_text, _shape
from persona_archive.cleaning.model import Line

# a table's row has this many cells at most (one a line)
ROW_MAX_CELLS = 8

# a label table has this many labels a row or more, each over its value
LABEL_COLUMNS_MIN = 2

# a label table prints two rows or more; a listing three rows or more
LABEL_ROWS_MIN = 2
LISTING_ROWS_MIN = 3

# a listing has this many columns of bare figures (replies, views) or more
LISTING_FIGURE_COLUMNS_MIN = 2

# a post's head line is printed in this many posts or more
HEAD_POSTS_MIN = 3

# a cell is short: at most this many characters
CELL_MAX_CHARS = 80


def _lines(kept: list[Line]) -> list[int]:
    return [i for i in range(len(kept)) if kept[i].text.strip()]


def _cell(text: str) -> str:
    return " ".join(text.split()).casefold()


def _figure(text: str) -> bool:
    """A bare figure: digits without letters ("340", "1.204", "١٢")."""
    return any(ch.isdigit() for ch in text) and not has_letter(text)


def _label(text: str) -> bool:
    """A column's label: letters, no figure, no sentence, no list punctuation."""
    text = text.strip()
    return (
        has_letter(text)
        and not any(ch.isdigit() for ch in text)
        and not _is_text(text)
        and text[-1:] not in ",;:.!?…、，。！？："
    )


def _rows(seq: list[int], start: int, period: int, same) -> int:
    """How many rows of ``period`` cells from ``seq[start]`` keep ``same(a, b)`` true between
    each cell and the cell of the first row in its column."""
    rows = 1
    while start + (rows + 1) * period <= len(seq):
        first, here = start, start + rows * period
        if not all(same(seq[first + c], seq[here + c]) for c in range(period)):
            break
        rows += 1
    return rows


def _mark(
    removed: dict[int, tuple[str, str]],
    anchors: dict[int, str],
    indexes: list[int],
    rule: str,
    detail: str,
) -> None:
    for i in indexes:
        if i not in removed:
            removed[i] = (rule, detail[:160])
            anchors[i] = "post-meta"


def label_tables(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """A label-over-value table whose labels the other rules took (see the module's
    docstring): the values left between them go.

    >>> from persona_archive.cleaning.model import split_lines
    >>> sellers = (("Casa", 5), ("Lar", 7), ("Sol", 6))
    >>> offers = "".join(f"Seller\\n{s}\\nPrice\\n$ {p}\\n" for s, p in sellers)
    >>> page = split_lines("A text about the kettle.\\n" + offers.strip())
    >>> r = {i: ("x", "") for i in (1, 3, 4, 5, 7, 8, 9, 11, 12)}
    >>> label_tables(page, r, {}); sorted(set(range(13)) - set(r))
    [0]
    >>> poem = "Petit pain\\nle matin\\nPetit pain\\nau jardin"
    >>> r = {}; label_tables(split_lines(poem), r, {}); r
    {}
    """
    seq = _lines(kept)
    texts = {i: _cell(kept[i].text) for i in seq}

    def cell(i: int) -> bool:
        return len(texts[i]) <= CELL_MAX_CHARS and not _is_text(kept[i].text)

    def table(n: int, period: int) -> list[int]:
        """The rows from ``seq[n]``: its even columns are its labels, printed alike in each
        row, and its odd columns their values."""
        if n + 2 * period > len(seq):
            return []
        first = seq[n : n + period]
        if period % 2 or any(
            texts[first[c]] != texts[seq[n + period + c]] or not _label(kept[first[c]].text)
            for c in range(0, period, 2)
        ):
            return []  # label, value, label, value: the labels the same in each row
        labels = list(range(0, period, 2))
        rows = 0
        while n + (rows + 1) * period <= len(seq):
            row = seq[n + rows * period : n + (rows + 1) * period]
            if not all(cell(i) for i in row) or any(
                texts[row[c]] != texts[first[c]] for c in labels
            ):
                break
            rows += 1
        cells = seq[n : n + rows * period]
        columns = [cells[c::period] for c in labels]
        # the labels are the evidence: the other rules took two somewhere, and most of them
        if sum(any(i in removed for i in col) for col in columns) < LABEL_COLUMNS_MIN:
            return []
        if 2 * sum(i in removed for col in columns for i in col) < sum(map(len, columns)):
            return []
        return seq[n : n + rows * period] if rows >= LABEL_ROWS_MIN else []

    n = 0
    while n < len(seq):
        best = max((table(n, k) for k in range(2, ROW_MAX_CELLS + 1)), key=len)
        if not best:
            n += 1
            continue
        left = [i for i in best if i not in removed]
        _mark(
            removed,
            anchors,
            left,
            "interface:post-meta",
            f"a label table's values, {len(best)} cells",
        )
        n += len(best)


def listing_tables(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """A listing of threads at the page's end, with its header row (see the module's
    docstring).

    >>> from persona_archive.cleaning.model import split_lines
    >>> post = "The bot asked how much light the seedlings get before it answered."
    >>> rows = "Topic\\nReplies\\nViews\\nBees and bots\\n12\\n340\\nTea at four\\n7\\n215"
    >>> rows += "\\nBikes\\n4\\n98"
    >>> page = split_lines(f"{post}\\n{rows}\\nPowered by a forum")
    >>> r = {13: ("x", "")}; listing_tables(page, r, {}); sorted(set(range(14)) - set(r))
    [0]
    >>> page = split_lines(f"My hives this year:\\n{rows}\\nPowered by a forum")
    >>> r = {13: ("x", "")}; listing_tables(page, r, {}); sorted(r)
    [13]
    """
    seq = _lines(kept)
    prose = [n for n, i in enumerate(seq) if i not in removed and is_prose(kept[i].text)]
    if not prose:
        return

    def kind(i: int) -> str:
        """A cell's kind: a bare figure (a count), letters and figures (a date), or words."""
        text = kept[i].text
        if _figure(text):
            return "figure"
        return "mixed" if any(ch.isdigit() for ch in text) else "words"

    def same(a: int, b: int) -> bool:
        return (
            kind(a) == kind(b)
            and len(kept[a].text) <= CELL_MAX_CHARS
            and len(kept[b].text) <= CELL_MAX_CHARS
        )

    printed = Counter(_cell(kept[i].text) for i in seq)

    def header(n: int, period: int) -> list[int]:
        """The header row over a listing's first row: its column labels and the listing's
        heading (positions in ``seq``)."""
        m, found = n - 1, []
        while m >= 0 and len(found) < period and _label(kept[seq[m]].text):
            if seq[m] not in removed and printed[_cell(kept[seq[m]].text)] > 1:
                break  # a line printed elsewhere too: a reply posted twice ("Same")
            found.insert(0, m)
            m -= 1
        return found

    for n in range(1, len(seq)):
        best = None
        for period in range(3, ROW_MAX_CELLS + 1):
            rows = _rows(seq, n, period, same)
            if rows < LISTING_ROWS_MIN and not (rows >= 2 and len(header(n, period)) >= period - 1):
                continue  # three rows, or two under their column labels
            cells = seq[n : n + rows * period]
            figures = [
                c
                for c in range(period)
                if kind(cells[c]) == "figure"
                and len({_cell(kept[i].text) for i in cells[c::period]}) > 1
            ]
            if len(figures) < LISTING_FIGURE_COLUMNS_MIN or len(figures) == period:
                continue
            texts = [
                c for c in range(period) if any(_is_text(kept[i].text) for i in cells[c::period])
            ]
            if texts not in ([], [0]) or any(seq.index(cells[-1]) < m for m in prose):
                continue  # rows of cells (a title first at most), under the page's last prose
            if best is None or len(cells) > len(best[0]):
                best = (cells, period)
        if best is None:
            continue
        cells, period = best
        top = header(n, period)
        m = n - 1 - len(top)
        top_lines = [seq[t] for t in top]
        above = seq[m] if m >= 0 else None
        if (
            above is not None
            and above not in removed
            and kept[above].text.rstrip().endswith((":", "："))
        ):
            return  # a table the text introduces
        last = seq.index(cells[-1])
        below = seq[last + 1] if last + 1 < len(seq) else None
        beside = (
            (above is not None and above in removed)
            or (below is not None and below in removed)
            or any(i in removed for i in cells)
        )
        if not beside:
            return
        left = [i for i in top_lines + cells if i not in removed]
        _mark(
            removed, anchors, left, "interface:related", f"a listing of {len(cells) // period} rows"
        )
        return


def _name_like(text: str) -> bool:
    """A poster's name: letters, no figure, three words at most ("Renata S.", "luca_r")."""
    return has_letter(text) and not any(ch.isdigit() for ch in text) and len(text.split()) <= 3


def post_head_lines(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """The line between each poster's name and the text (see the module's docstring).

    >>> from persona_archive.cleaning.model import split_lines
    >>> post = "The bot asked how much light the seedlings get before it answered."
    >>> page = split_lines("\\n".join(f"{n}\\ngen 2026\\n{post}" for n in ("ann", "bo", "cy")))
    >>> r = {}; post_head_lines(page, r, {}); sorted(r)
    [1, 4, 7]
    >>> page = split_lines("\\n".join(f"Week 1\\nDay {n}\\n{post}" for n in (1, 2, 3)))
    >>> r = {}; post_head_lines(page, r, {}); sorted(r)
    []
    """
    seq = [i for i in _lines(kept) if i not in removed]
    texts = {i for i in seq if _is_text(kept[i].text)}
    places: dict[str, list[tuple[int, int]]] = {}
    for n in range(1, len(seq) - 1):
        i, name, text = seq[n], seq[n - 1], seq[n + 1]
        if i in texts or text not in texts or is_prose(kept[name].text):
            continue
        line = kept[i].text
        if not any(ch.isdigit() for ch in line) or _GLUED.search(_shape(line)):
            continue
        if not (_is_date(line) or has_letter(line)):
            continue
        if not _name_like(kept[name].text):
            continue  # under a poster's name ("Renata S.")
        places.setdefault(_shape(line), []).append((i, name))
    for key, found in places.items():
        names = {_cell(kept[name].text) for _, name in found}
        texts_of = {_cell(kept[i].text) for i, _ in found}
        dated = all(_is_date(kept[i].text) for i, _ in found)
        same_text = len({_cell(kept[i].text) for i, _ in found}) == 1
        if len(found) < HEAD_POSTS_MIN or len(names) < 2:
            continue
        if not (dated or same_text):
            continue  # numbered lines that differ ("Day 1", "Day 2") are headings
        # the same line under a name over a short reply too ("bo" / "gen 2026" / "Same")
        also = [
            seq[n]
            for n in range(1, len(seq) - 1)
            if _cell(kept[seq[n]].text) in texts_of
            and seq[n] not in {i for i, _ in found}
            and _name_like(kept[seq[n - 1]].text)
            and not is_prose(kept[seq[n - 1]].text)
        ]
        _mark(
            removed,
            anchors,
            [i for i, _ in found] + also,
            "interface:timestamp",
            f"printed between the name and the text of {len(found)} posts: {key}",
        )


def repeated_furniture(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """The rules of this module, in order (``context`` runs them to a fixpoint with the
    others)."""
    label_tables(kept, removed, anchors)
    listing_tables(kept, removed, anchors)
    post_head_lines(kept, removed, anchors)
