"""Thread furniture the other context rules leave (issue 18): what a forum prints beside each
post's author and under its text, in any language.

- ``label_value_blocks``: a profile block printed one label a line with its value on the next
  ("Messages" / "42" / "Reaction score" / "15" / "Location" / "Braga", XenForo's layout),
  the same labels in the same order beside two posts or more, with values that differ (two
  authors), a figure among them and removed chrome next to each block. Two posts that each
  list settings or ingredients in that shape, or a reply quoting such a list word for word,
  stay.
- ``RELATED_HEADINGS``: headings of a thread's list of similar threads or questions whose
  string the interface list files under another kind ("أسئلة ذات صلة" is post furniture
  there); ``context._related_lists`` reads the headlines under them.

Each rule adds ``index -> (rule, detail)`` to ``removed``, like the rules of ``context``.
"""

from __future__ import annotations

from persona_archive.cleaning.boilerplate.interface import has_letter, interface_key
from persona_archive.cleaning.boilerplate.shapes import is_bare_count, is_quoted, sentence_marks
from persona_archive.cleaning.model import Line

# a profile label printed alone on its line: a few words, no figure, no sentence punctuation
LABEL_MAX_WORDS = 3
LABEL_MAX_CHARS = 30

# its value on the next line: a figure, or a few words (a place, a rank)
VALUE_MAX_WORDS = 3
VALUE_MAX_CHARS = 30

# pairs of a block, and blocks on the page, at least
LABEL_VALUE_PAIRS_MIN = 2
LABEL_VALUE_BLOCKS_MIN = 2

_INTRODUCING = (":", "：")

# lines removed as these are read as the post's furniture they are ("" : not removed)
_FURNITURE_RULES = ("", "interface:post-meta", "interface:counter", "interface:timestamp")


def _label(text: str) -> bool:
    text = text.strip()
    return (
        0 < len(text) <= LABEL_MAX_CHARS
        and len(text.split()) <= LABEL_MAX_WORDS
        and has_letter(text)
        and not any(ch.isdigit() for ch in text)
        and not sentence_marks(text)
        and not text.endswith(_INTRODUCING)
        and not is_quoted(text)
    )


def _value(text: str) -> bool:
    text = text.strip()
    if not text or is_quoted(text):
        return False
    if is_bare_count(text):
        return True
    return (
        len(text) <= VALUE_MAX_CHARS
        and len(text.split()) <= VALUE_MAX_WORDS
        and has_letter(text)
        and not sentence_marks(text)
    )


def _near(kept: list[Line], index: int, step: int) -> int:
    """The nearest line that is not blank from ``index`` in direction ``step``, or -1."""
    near = index + step
    while 0 <= near < len(kept) and not kept[near].text.strip():
        near += step
    return near if 0 <= near < len(kept) else -1


def label_value_blocks(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """A post's profile printed as labels over their values, in any language (see the module
    docstring).

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines(
    ...     "ana\\nPosts\\n42\\nTown\\nBraga\\n12 May\\nHello there, all.\\n"
    ...     "rui\\nPosts\\n3,208\\nTown\\nPorto\\n12 May\\nHi, Ana.\\n"
    ... )
    >>> r = {5: ("interface:timestamp", ""), 12: ("interface:timestamp", "")}
    >>> label_value_blocks(page, r, {}); sorted(i for i in r if i not in (5, 12))
    [1, 2, 3, 4, 8, 9, 10, 11]
    """
    # the lines kept so far and those removed as a post's furniture (a block another rule took
    # beside one post is still one of the blocks the labels repeat in)
    seen = [
        i
        for i in range(len(kept))
        if kept[i].text.strip() and removed.get(i, ("", ""))[0] in _FURNITURE_RULES
    ]
    labels = [_label(kept[i].text) for i in seen]
    values = [_value(kept[i].text) for i in seen]
    # every chain of label-over-value pairs from each line, and its prefixes of two pairs or more
    found: dict[tuple[str, ...], list[list[int]]] = {}
    for start in range(len(seen) - 1):
        pairs: list[int] = []
        p = start
        while p + 1 < len(seen) and labels[p] and values[p + 1]:
            pairs.append(p)
            p += 2
        for end in range(LABEL_VALUE_PAIRS_MIN, len(pairs) + 1):
            chain = pairs[:end]
            key = tuple(interface_key(kept[seen[q]].text) for q in chain)
            found.setdefault(key, []).append(chain)
    taken: set[int] = set()
    # the labels printed beside the most posts first, the longest of those first
    for key, chains in sorted(found.items(), key=lambda kv: (-len(kv[1]), -len(kv[0]), kv[0])):
        blocks = []
        for chain in chains:
            lines = [seen[q + k] for q in chain for k in (0, 1)]
            if taken.intersection(lines):
                continue
            if not any(is_bare_count(kept[seen[q + 1]].text) for q in chain):
                continue  # no figure among the values
            above, below = _near(kept, lines[0], -1), _near(kept, lines[-1], 1)
            if above not in removed and below not in removed:
                continue  # no chrome beside it: a post's own list
            blocks.append(lines)
        texts = {tuple(kept[i].text.strip() for i in lines) for lines in blocks}
        if len(blocks) < LABEL_VALUE_BLOCKS_MIN or len(texts) < 2:
            continue
        shown = " / ".join(key)
        for lines in blocks:
            taken.update(lines)
            for index in lines:
                if index in removed:
                    continue
                detail = f"a profile's label and value printed beside {len(blocks)} posts: {shown}"
                removed[index] = ("interface:post-meta", detail[:160])
                anchors[index] = "post-meta"


# headings of a list of similar threads or questions the interface list files under another
# kind, folded as ``interface_key`` folds a line
RELATED_HEADINGS = frozenset(
    interface_key(label)
    for label in (
        "أسئلة ذات صلة", "مواضيع مشابهة", "مواضيع ذات صلة", "پرسش‌های مرتبط", "سوالات مرتبط",
        "Related questions", "Similar threads", "Related threads", "Similar questions",
        "相關文章", "相关问题", "相关帖子", "관련 질문", "関連する質問",
    )
)  # fmt: skip
