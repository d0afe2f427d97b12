"""A title derived from the text's first sentence, for a text without a title line: the
archive supplies it (``title_source: derived``) and shows and cites it in square brackets.

It is cut at a clause boundary or between words when the sentence is long, never inside a
quotation, and never ends in "…": it is shown as supplied, not as shortened.
"""

from __future__ import annotations

import re

import regex

from persona_archive.cleaning.duplicates import word_count
from persona_archive.cleaning.structure.text import _ABBREVIATIONS, _sentences
from persona_archive.cleaning.structure.titles.measure import (
    TITLE_MAX_WIDTH,
    TITLE_MIN_WORDS,
    TITLE_WIDTH,
    TITLE_WORDS,
    _width,
)

# ------------------------------------------------------------------------- derived titles

# Quotation marks: opener -> the marks that close it (German „…“ and ‚…‘, French «…», Danish
# »…«, CJK 「…」). A ’ between letters is an apostrophe, not a closing mark.
_QUOTE_PAIRS = {
    "“": "”",
    "„": "“”",
    "‘": "’",
    "‚": "‘’",
    "«": "»",
    "»": "«»",
    "‹": "›",
    "›": "‹",
    "「": "」",
    "『": "』",
    "《": "》",
    "〈": "〉",
    "〝": "〞〟",
    '"': '"',
}


def quotations(text: str) -> list[tuple[int, int]]:
    """The spans ``(start, end)`` of the outermost closed quotations in ``text``.

    >>> quotations('He said “Stop. Now.” and left.')
    [(8, 20)]
    >>> quotations("Sie sagte „Halt“ und ging."), quotations("It’s the students’ work.")
    ([(10, 16)], [])
    """
    return _scan_quotes(text)[0]


def _unclosed_quote(text: str) -> int | None:
    """Where the outermost quotation that ``text`` opens and never closes starts, else None.

    >>> _unclosed_quote("He said “stop and"), _unclosed_quote("He said “stop.”")
    (8, None)
    """
    stack = _scan_quotes(text)[1]
    return stack[0][1] if stack else None


def _scan_quotes(text: str) -> tuple[list[tuple[int, int]], list[tuple[str, int]]]:
    """Closed outermost quotation spans, and the openers left unclosed (mark, position)."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if ch == "’" and 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum():
            continue  # an apostrophe
        depth = next(
            (d for d in range(len(stack) - 1, -1, -1) if ch in _QUOTE_PAIRS[stack[d][0]]), None
        )
        if depth is not None:
            start = stack[depth][1]
            del stack[depth:]
            if not stack:
                spans.append((start, i + 1))
        elif ch in _QUOTE_PAIRS and not (ch == "‘" and i > 0 and text[i - 1].isalnum()):
            stack.append((ch, i))
    return spans, stack


def _inside(position: int, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    return next(((s, e) for s, e in spans if s < position < e), None)


# A sentence's end before a letter of a script without case (Hangul, Arabic, Hebrew, CJK, …),
# a capital of any script or a digit: ``text._sentences`` splits before Latin capitals only.
_ANY_BOUNDARY = regex.compile(
    r"(?<=[^\W\d_]{2}|\d)[.!?…]+[\"”’)\]»]*\s+(?=[\"“‘(\[«]?[\p{Lu}\p{Lt}\p{Lo}0-9])"
)


def _split_any(sentence: str) -> list[str]:
    """``sentence`` split where ``_ANY_BOUNDARY`` says a sentence ends inside it (after a
    word of two letters or more: no initial, no abbreviation of one letter).

    >>> _split_any("서비스가 늘고 있다. 전문가들은 말한다.")
    ['서비스가 늘고 있다.', '전문가들은 말한다.']
    >>> _split_any("Το μοντέλο απαντά ήρεμα. Οι χρήστες το προτιμούν.")
    ['Το μοντέλο απαντά ήρεμα.', 'Οι χρήστες το προτιμούν.']
    >>> _split_any("Ο κ. Παπαδόπουλος απαντά."), _split_any("Dr. Who met her.")
    (['Ο κ. Παπαδόπουλος απαντά.'], ['Dr. Who met her.'])
    >>> _split_any("助手说：“我不知道。”然后就沉默了。后来才明白。")
    ['助手说：“我不知道。”', '然后就沉默了。', '后来才明白。']
    """
    out, start = [], 0
    for m in _ANY_BOUNDARY.finditer(sentence):
        before = sentence[start : m.start()].split()
        if before and before[-1].lower() in _ABBREVIATIONS:
            continue  # "Dr. Who", "z. B."
        out.append(sentence[start : m.end()].strip())
        start = m.end()
    rest = sentence[start:].strip()
    parts = [*out, rest] if rest else out
    return [p.strip() for part in parts for p in _FULL_STOP_END.split(part) if p.strip()]


# A sentence's end in full-width marks, anywhere (Chinese and Japanese write no space after it),
# its closing quotation marks with it: "我不知道。后来" ends after "。", "“不知道。”然后" after "”".
_FULL_STOP_END = regex.compile(r"(?<=[。！？][」』”’）)\]]*)(?=[^\s。！？」』”’）)\]])")


def _first_sentence(text: str) -> str:
    """The text's first sentence, never ending inside a quotation."""
    text = " ".join(text.split())
    spans = quotations(text)
    position = 0
    for sentence in (part for whole in _sentences(text) for part in _split_any(whole)):
        position = text.index(sentence, position) + len(sentence)
        if not _inside(position, spans):
            return text[:position]
    return text


_TRAILING = re.compile(r"(?:\s|…|⋯|\.{2,}|[,;:，、；：،؛—–-])+$")
# A clause boundary: after a comma, semicolon or colon (Latin, Arabic, CJK), or before a dash
# or an opening parenthesis.
_CLAUSE = re.compile(r"(?P<after>[,;:،؛](?=\s)|[，、；：])|\s(?=[—–-]\s)|\s(?=\()|(?<=\w)—(?=\w)")


def _tidy(text: str) -> str:
    """A title's end: no ellipsis (``…``, ``⋯``, ``...``), clause punctuation or single final
    full stop (``.``, ``。``).

    >>> _tidy("我一直在想⋯⋯"), _tidy("助手到底是不是在敷衍我。"), _tidy("Wait...")
    ('我一直在想', '助手到底是不是在敷衍我', 'Wait')
    """
    text = _TRAILING.sub("", text.strip())
    if text.endswith((".", "。")) and not text.endswith(".."):
        text = _TRAILING.sub("", text[:-1])
    return text


def _fits(text: str) -> bool:
    """Short enough to be a title as it is: ``TITLE_WIDTH`` and ``TITLE_WORDS`` (words between
    spaces: a language written without spaces is measured by its width alone)."""
    return _width(text) <= TITLE_WIDTH and len(text.split()) <= TITLE_WORDS


def derive_title(text: str) -> str:
    """A title supplied from the first sentence of ``text``: the whole sentence when it is
    short (``TITLE_WIDTH``, ``TITLE_WORDS``), else cut at its last clause boundary that keeps it
    short, else the whole sentence up to ``TITLE_MAX_WIDTH``, else cut between words. Never cut
    inside a quotation and never ending in "…": it is shown as supplied, in [ ], not shortened.

    >>> derive_title("Short one. Then more.")
    'Short one'
    >>> derive_title("The model kept apologising for things it had not done, which was funny "
    ...              "for a while and then just tiring, and eventually we stopped asking.")
    'The model kept apologising for things it had not done'
    >>> print(derive_title("Researchers: “Giving language models agency and intrinsic "
    ...                    "motivation is a fascinating and important direction”"))
    ... # doctest: +NORMALIZE_WHITESPACE
    Researchers: “Giving language models agency and intrinsic motivation is a fascinating and
    important direction”
    >>> derive_title("He wrote “I am not a tool. I am a mind that cares.” in the letter. More.")
    'He wrote “I am not a tool. I am a mind that cares.” in the letter'

    A speaker's label in capitals that opens a transcript's or an interview's first turn
    (``_SPEAKER``) is the page's furniture, not the title's first word:

    >>> derive_title("HOST: Welcome back to the kitchen. Today we talk about patient machines.")
    'Welcome back to the kitchen'
    >>> derive_title("Q: Does the assistant remember what I told it yesterday? A: No.")
    'Does the assistant remember what I told it yesterday?'
    """
    return _close(_choose(_tidy(_first_sentence(_unlabelled(text)))))


# A speaker's label opening a turn, after its time if any ("HOST: …", "Q: …", "[00:01:12]
# DR. ADA LIN: …"): its letters all capitals, three words at most.
_SPEAKER = re.compile(
    r"^(?:[\[(]?\d{1,2}(?::\d{2}){1,2}[\])]?\s*)?"
    r"(?P<label>[^\W\d_][^\W\d_.'’-]*\.?(?:[ '’-][^\W\d_][^\W\d_.'’-]*\.?){0,2})\s*[:：]\s+"
)


def _unlabelled(text: str) -> str:
    """``text`` without a speaker's label in capitals at its start (``_SPEAKER``) when enough is
    left for a title; a label in mixed case ("Researchers: …") is the writer's own words.

    >>> _unlabelled("[00:01:12] DR. ADA LIN: Thanks for having me on the show today.")
    'Thanks for having me on the show today.'
    >>> _unlabelled("Researchers: models that apologise are trusted more.")
    'Researchers: models that apologise are trusted more.'
    """
    text = " ".join(text.split())
    m = _SPEAKER.match(text)
    if not m:
        return text
    cased = [ch for ch in m["label"] if ch.isupper() or ch.islower()]
    rest = text[m.end() :]
    if cased and all(ch.isupper() for ch in cased) and word_count(rest) >= TITLE_MIN_WORDS:
        return rest
    return text


def _close(title: str) -> str:
    """A title that opens a quotation it never closes (the source's stray mark) ends before it
    when enough is left; a lone mark at the start stays, as the source has it."""
    opened = _unclosed_quote(title)
    if opened is not None and word_count(title[:opened]) >= TITLE_MIN_WORDS:
        return _tidy(title[:opened])
    return title


# the farthest a clause boundary is looked for: a title is TITLE_WIDTH wide at most (a character
# at least 1), so a cut this far could fit only after a trailing run of punctuation this long
_CUT_REACH = 4 * TITLE_WIDTH


def _choose(first: str) -> str:
    if _fits(first):
        return first
    spans = quotations(first)
    best = ""
    for m in _CLAUSE.finditer(first):
        position = m.end() if m.group("after") else m.start()
        if position > _CUT_REACH:  # too long for a title whatever its end: stop (linear time)
            break
        if _inside(position, spans):
            continue
        cut = _tidy(first[:position])
        if word_count(cut) >= TITLE_MIN_WORDS and _fits(cut):
            best = cut
    if best:
        return best
    if _width(first) <= TITLE_MAX_WIDTH:
        return first
    return _word_cut(first, spans)


def _word_cut(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` cut at the last space within ``TITLE_WIDTH``; a cut inside a quotation moves
    before its opening mark (or, when too little is left, after its closing mark)."""
    position = 0
    for m in re.finditer(r"\s", text):
        if _width(text[: m.start()]) > TITLE_WIDTH:
            break
        position = m.start()
    if not position:
        return text
    span = _inside(position, spans)
    if span:
        before = _tidy(text[: span[0]])
        position = span[0] if word_count(before) >= TITLE_MIN_WORDS else span[1]
    return _tidy(text[:position])
