"""Duplicates stage: remove repeated paragraphs and repeated runs of paragraphs.

Scrapers often capture a page twice (a whole comment thread, then one new reply, then the thread
again), capture every block twice, or print a sentence twice on consecutive lines. Those copies
are artefacts: the first copy is kept, later copies are removed and each removal is recorded as
a ``Change`` pointing at the line it copies.

What counts as a copy (``same_text`` and ``cut_short``): two lines are copies only when their
text is the same, whitespace aside (canonically equivalent characters, NFC, are the same text),
or one is the other *cut short by the scrape*: a prefix of it, ending in "…"/"..." (at least
``SENTENCE_MIN_WORDS`` words) or cut in mid-sentence (at least ``LONG_LINE_WORDS`` words). A
line that differs in any letter, digit, symbol or emoji is different content: "A reader pasted
🐵 🙈 into the thread." and "A reader pasted (╯°□°）╯︵ ┻━┻) into the thread." are two
lines, however alike their words.

What is removed (everything else is kept, because short lines legitimately repeat: "Reply",
"Internet:", "Yes.", a speaker label such as "Q:", a chorus line):

* ``duplicate-sentence``: a full sentence (``SENTENCE_MIN_WORDS`` words or more, ending in
  sentence punctuation in any script) repeated on the very next line, the commonest artefact;
* ``duplicate-paragraph``: one line of at least ``LONG_LINE_WORDS`` words that already appeared;
* ``duplicate-run``: a maximal run of consecutive lines that already appeared in the same order,
  when the run is substantial: it contains a long line, or its *distinct* lines total at least
  ``RUN_MIN_WORDS`` words (distinct, so a run of twenty "Reply" lines is not substantial). The
  short lines of such a run (labels, dates) go with it; a line of the run may be a cut-short copy;
* ``duplicate-paragraph`` also: once the document has shown it was captured twice (a paragraph or
  run above was removed), a line of at least ``ADJACENT_MIN_WORDS`` words that immediately
  repeats itself ("every block twice" includes one-line blocks). Labels ending in ":" never go
  this way, and without that evidence an adjacent repeat that is not a sentence (a chorus line)
  is kept;
* ``duplicate-truncated``: a line cut short by the scrape next to the whole line (before or
  after it), or inside a repeated run. The whole line is kept, whichever came first, so no word
  is lost. A cut-short line far from its whole line stays: a reply may quote a comment's opening.

Cost is linear in the number of lines in practice: lines are hashed (a dict from key to the
positions where it was kept), each position looks at a bounded number of earlier occurrences,
and the comparison of a substantial run is paid for once, because the run is then skipped.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from persona_archive.cleaning.model import Change, Line, split_lines

STAGE = "duplicates"

LONG_LINE_WORDS = 12
"""A line this long is a duplicate on its own when it repeats anywhere in the document."""

RUN_MIN_WORDS = 24
"""A run of repeated lines without a long line is a duplicate when its distinct lines total this."""

SENTENCE_MIN_WORDS = 6
"""A full sentence this long repeated on the next line goes in any document."""

ADJACENT_MIN_WORDS = 5
"""In a document already shown to be doubled, a line this long repeated right after itself goes."""

MAX_CANDIDATES = 4
"""How many earlier occurrences of a line are tried as the start of a copy (first + most recent)."""

MAX_WEAK_RUN = 16
"""A run not yet substantial after this many lines is given up (bounds work on short lines)."""


@dataclass
class DedupeResult:
    """The lines that remain (in document order) and one ``Change`` per removed line."""

    lines: list[Line]
    changes: list[Change]


_WORD = re.compile(r"\S*[^\W_]\S*")
_WIDE = re.compile(r"[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff66-\uffdc]")
# Invisible spacing a scrape adds or drops: zero-width space, word joiner, zero-width no-break
# space. (ZWJ and ZWNJ stay: they change how emoji and some scripts are written.)
_INVISIBLE = {0x200B: None, 0x2060: None, 0xFEFF: None}
_ELLIPSIS = re.compile(r"(?:…|\.{3,})+$")
# The end of a sentence in the scripts this archive meets: Latin/Greek/Cyrillic, CJK (full and
# half width), Devanagari, Arabic/Urdu, Ethiopic, Georgian, Armenian; closing quotes may follow.
_SENTENCE_END = re.compile(r"[.!?…‼⁇⁈⁉。．！？｡।॥۔؟።፧჻։។៕။།༎][\"'”’»«›‹」』）)\]]*$")
# Scripts written without spaces between words (Thai, Lao, Tibetan, Myanmar, Khmer): a
# whitespace token there is a phrase or a whole sentence. Thai and Lao have no full stop at all.
_UNSPACED = re.compile(r"[\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff]")
_NO_FULL_STOP = re.compile(r"[\u0e00-\u0eff]\W*$")
LETTERS_PER_WORD = 4
"""How many letters make a word in an unspaced script, for counting: Thai and Khmer words
average three to five letters, so a line counts about as many words as it has (short labels
stay short, sentences count as sentences)."""


def line_key(text: str) -> str:
    """The comparison key of a line: its text without whitespace, canonically composed (NFC).

    Every other character counts: case, punctuation, symbols, emoji and digits are content.

    >>> line_key(" A  reader\\u00a0pasted 🐵 ") == line_key("A reader pasted 🐵")
    True
    >>> line_key("A reader pasted 🐵") == line_key("A reader pasted 🙈")
    False
    >>> line_key("Cafe\\u0301") == line_key("Café")
    True
    """
    return "".join(unicodedata.normalize("NFC", text).translate(_INVISIBLE).split())


def same_text(a: str, b: str) -> bool:
    """Whether two lines are the same text, whitespace aside.

    >>> same_text("It's  a test.", "It's a test.")
    True
    >>> same_text("It's a test.", "it's a test.")
    False
    """
    return line_key(a) == line_key(b)


def cut_short(short: str, whole: str) -> bool:
    """Whether ``short`` is ``whole`` cut short by the scrape, so that it holds nothing new.

    A cut copy is a prefix of the whole line (whitespace aside) that either ends in "…"/"..."
    and has at least ``SENTENCE_MIN_WORDS`` words, or stops in mid-sentence after at least
    ``LONG_LINE_WORDS`` words. A prefix that is itself a whole sentence is not a cut: it may be
    a quotation of the line's opening sentence, or a lead.

    >>> whole = "The model kept apologising for things it had not done, which was funny."
    >>> cut_short("The model kept apologising for things…", whole)
    True
    >>> cut_short("The model kept apologising for things", whole)  # too short to tell
    False
    >>> cut_short("The model kept apologising for 🐵…", whole)
    False
    """
    return _is_cut(line_key(short), word_count(short), line_key(whole))


def _is_cut(short_key: str, short_words: int, whole_key: str) -> bool:
    stem = _ELLIPSIS.sub("", short_key)
    if not stem or not whole_key.startswith(stem):
        return False
    if stem != short_key:  # ended in an ellipsis: the scrape marked the cut
        return short_words >= SENTENCE_MIN_WORDS and short_key != whole_key
    return len(stem) < len(whole_key) and short_words >= LONG_LINE_WORDS and not ends_sentence(stem)


def is_full_sentence(text: str) -> bool:
    """A line that ends like a sentence and has at least ``SENTENCE_MIN_WORDS`` words.

    >>> is_full_sentence("Round and round the gradients go, round they go.")
    True
    >>> is_full_sentence("Round and round the gradients go")  # a lyric line, a heading
    False
    >>> is_full_sentence("这是一个完整的句子。")
    True
    """
    return word_count(text) >= SENTENCE_MIN_WORDS and ends_sentence(text.rstrip())


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends like a sentence: a full stop of its script, or — in Thai and Lao,
    which mark a sentence's end with a space or nothing — a letter of the script.

    >>> ends_sentence("It went well."), ends_sentence("Weapon of choice:")
    (True, False)
    >>> ends_sentence("โมเดลขอโทษก่อนที่ใครจะถาม")
    True
    """
    return bool(_SENTENCE_END.search(text) or _NO_FULL_STOP.search(text))


def word_count(text: str) -> int:
    """Words in a line: whitespace tokens with a letter or digit; each CJK character is a word,
    and in an unspaced script every ``LETTERS_PER_WORD`` letters.

    >>> word_count("Hello, world — again")
    3
    >>> word_count("日本語の文")
    5
    >>> word_count("ตอบกลับ"), word_count("นักวิจัยกล่าวว่าโมเดลภาษามีบุคลิกที่เปลี่ยนไป")
    (2, 9)
    """
    text = unicodedata.normalize("NFKC", text)
    if not _WIDE.search(text) and not _UNSPACED.search(text):
        return len(_WORD.findall(text))
    count = 0
    for token in _WORD.findall(text):
        wide = sum(1 for ch in token if _WIDE.match(ch) and ch.isalnum())
        unspaced = sum(1 for ch in token if _UNSPACED.match(ch) and ch.isalpha())
        count += wide + -(-unspaced // LETTERS_PER_WORD) if wide or unspaced else 1
    return count


@dataclass(frozen=True)
class _Facts:
    """What the rules ask of each line, computed once."""

    keys: list[str]
    words: list[int]
    sentence: list[bool]
    label: list[bool]

    def cut(self, short: int, whole: int) -> bool:
        """Whether line ``short`` is line ``whole`` cut short."""
        return _is_cut(self.keys[short], self.words[short], self.keys[whole])


def remove_duplicates(lines: list[Line]) -> DedupeResult:
    """Remove later copies of repeated paragraphs and runs, keeping the first copy and the order.

    Repeated until nothing more is removed, so the result is a fixed point (running the stage
    again changes nothing) even when a removal makes two earlier-separated copies adjacent.

    >>> doc = split_lines("Intro line.\\nA reply.\\nIntro line.\\nYes.\\nYes.")
    >>> [line.text for line in remove_duplicates(doc).lines]
    ['Intro line.', 'A reply.', 'Intro line.', 'Yes.', 'Yes.']
    >>> long = "This paragraph is long enough to count as a copy when it shows up again later."
    >>> result = remove_duplicates(split_lines(f"{long}\\nBetween.\\n{long}"))
    >>> len(result.lines), result.changes[0].rule, result.changes[0].detail
    (2, 'duplicate-paragraph', 'copy of line 1')
    >>> again = "The scrape printed this sentence twice in a row."
    >>> [c.rule for c in remove_duplicates(split_lines(f"{again}\\n{again}")).changes]
    ['duplicate-sentence']
    """
    facts = _Facts(
        keys=[line_key(line.text) for line in lines],
        words=[word_count(line.text) for line in lines],
        sentence=[is_full_sentence(line.text) for line in lines],
        label=[line.text.endswith(":") for line in lines],
    )
    alive = list(range(len(lines)))  # indices into ``lines`` still in the document
    removed: dict[int, tuple[int, str]] = {}  # index -> (index of the line it copies, rule)
    doubled = False  # has this document shown scrape doubling (a removed paragraph or run)?
    while True:
        copies = _one_pass(facts, alive)
        if copies:
            doubled = True
        else:
            copies = _adjacent_copies(facts, alive, doubled)
        if not copies:
            break
        for index, (original, rule) in copies.items():
            removed[index] = (original, rule)
        alive = [index for index in alive if index not in copies]
    changes: list[Change] = []
    for index, (original, rule) in sorted(removed.items()):
        while original in removed:  # a later removal took the original: point at the kept copy
            original = removed[original][0]
        what = "copy"
        if facts.keys[index] != facts.keys[original]:  # a cut copy, or a copy of one
            rule, what = "duplicate-truncated", "cut-short copy"
        line = lines[index]
        detail = f"{what} of line {lines[original].no}"
        changes.append(Change(STAGE, rule, line.no, line.text, detail=detail))
    return DedupeResult([lines[i] for i in alive], changes)


def dedupe_text(text: str) -> str:
    """Text in, text out (for ``tests/cases/duplicates``): remaining lines joined by newlines.

    >>> dedupe_text("Q:\\nA:\\nQ:\\nA:\\n")
    'Q:\\nA:\\nQ:\\nA:\\n'
    """
    remaining = remove_duplicates(split_lines(text)).lines
    return "".join(line.text + "\n" for line in remaining)


def _one_pass(facts: _Facts, alive: list[int]) -> dict[int, tuple[int, str]]:
    """Later copies in one left-to-right scan: line index -> (index of the kept original, rule)."""
    seen: dict[str, list[int]] = {}  # key -> positions (in ``alive``) of kept lines with that key
    copies: dict[int, tuple[int, str]] = {}
    n = len(alive)
    i = 0
    while i < n:
        length, start = _longest_copy(facts, alive, seen, i)
        if length:
            for k in range(length):
                original = alive[start + k]
                while original in copies:  # the run copied a copy: point at the kept line
                    original = copies[original][0]
                line = alive[i + k]
                if facts.keys[line] != facts.keys[alive[start + k]]:
                    rule = "duplicate-truncated"
                else:
                    rule = "duplicate-paragraph" if length == 1 else "duplicate-run"
                copies[line] = (original, rule)
            i += length
        else:
            seen.setdefault(facts.keys[alive[i]], []).append(i)
            i += 1
    return copies


def _adjacent_copies(facts: _Facts, alive: list[int], doubled: bool) -> dict[int, tuple[int, str]]:
    """Copies on the next line: a repeated full sentence, a cut-short copy beside its whole
    line, and (in a doubled document) a line of ``ADJACENT_MIN_WORDS`` or more repeated."""
    copies: dict[int, tuple[int, str]] = {}
    if not alive:
        return copies
    kept = alive[0]  # the last line left in place: each line is compared with it
    for line in alive[1:]:
        if facts.keys[line] == facts.keys[kept]:
            if facts.sentence[line]:
                copies[line] = (kept, "duplicate-sentence")
                continue
            if doubled and facts.words[line] >= ADJACENT_MIN_WORDS and not facts.label[line]:
                copies[line] = (kept, "duplicate-paragraph")
                continue
        elif facts.cut(line, kept):
            copies[line] = (kept, "duplicate-truncated")
            continue
        elif facts.cut(kept, line):  # the cut copy came first: keep the whole line
            copies[kept] = (line, "duplicate-truncated")
        kept = line
    return copies


def _longest_copy(
    facts: _Facts, alive: list[int], seen: dict[str, list[int]], i: int
) -> tuple[int, int]:
    """Length and source of the longest substantial copy starting at position ``i`` (0 when
    none); a line of the copy may be a cut-short copy of its counterpart."""
    keys, words = facts.keys, facts.words
    occurrences = seen.get(keys[alive[i]])
    if not occurrences:
        return 0, -1
    candidates = occurrences[-MAX_CANDIDATES:]
    if candidates[0] != occurrences[0]:
        candidates = [occurrences[0], *candidates]
    best_length, best_start = 0, -1
    n = len(alive)
    for j in candidates:  # increasing order: on equal length the earliest copy wins
        length, distinct_words, has_long = 0, 0, False
        distinct: set[str] = set()
        substantial_at = 0
        # the copy may not overlap its original: j + length stays before i
        while i + length < n and j + length < i:
            later, earlier = alive[i + length], alive[j + length]
            if keys[later] != keys[earlier] and not facts.cut(later, earlier):
                break
            key = keys[later]
            if words[later] >= LONG_LINE_WORDS:
                has_long = True
            if key not in distinct:
                distinct.add(key)
                distinct_words += words[later]
            length += 1
            if has_long or distinct_words >= RUN_MIN_WORDS:
                substantial_at = length
            elif length >= MAX_WEAK_RUN:
                break
        if substantial_at and length > best_length:
            best_length, best_start = length, j
    return best_length, best_start
