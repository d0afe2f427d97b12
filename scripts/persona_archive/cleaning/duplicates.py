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
  is lost. A cut-short line far from its whole line stays: a reply may quote a comment's opening;
* ``duplicate-rewrapped``: the same rules for a paragraph whose copy breaks its lines
  elsewhere (hard-wrapped at another width, or on one long line while the original is wrapped,
  or the reverse): lines are compared as the text they hold together, whitespace aside, so
  the copy of a paragraph of ``LONG_LINE_WORDS`` words goes anywhere, a full sentence right
  after itself, and a teaser cut short with "…" (``duplicate-truncated``) above or under the wrapped
  paragraph it opens, even with a byline or a date line between (``TEASER_GAP``). The copy
  goes only as whole lines that start and end its text (after a sentence's end, a short line
  or a gap; at a sentence's end or a gap), so no sentence around it loses a part;
* ``duplicate-rolling``: rolling captions (auto captions dumped cue by cue, each cue repeating
  the line of the one before): ``ROLLING_MIN_LINES`` or more consecutive lines each printed
  twice or three times in a row, their distinct lines ``RUN_MIN_WORDS`` words at least. A
  refrain of a few short lines sung twice is no such run.

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

MAX_REWRAPPED_LINES = 400
"""How many lines a copy with other line breaks is followed for (bounds work per candidate)."""

PREFIX_CHARS = 8
"""A re-wrapped copy's first line and its original's share their first characters: lines are
indexed by this many (a first line shorter than this is not looked up)."""

TEASER_GAP = 2
"""Short lines (a byline, a date) that may stand between a cut-short teaser and its paragraph."""

ROLLING_MIN_LINES = 3
"""Consecutive lines each printed two or three times in a row that make rolling captions."""


@dataclass
class DedupeResult:
    """The lines that remain (in document order) and one ``Change`` per removed line."""

    lines: list[Line]
    changes: list[Change]


# a token from its start only: tried from each of its characters, a long one is quadratic
_WORD = re.compile(r"(?<!\S)\S*[^\W_]\S*")
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
    # a whole line that is itself cut ("A…") is no whole of "A", the first line of its text
    whole_text = _ELLIPSIS.sub("", whole_key)
    return (
        len(stem) < len(whole_text) and short_words >= LONG_LINE_WORDS and not ends_sentence(stem)
    )


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
    nos: list[int]
    ends: list[bool]  # ends like a sentence, or a lead-in's colon
    lower: list[bool]  # starts in lower case: goes on with the line above

    def cut(self, short: int, whole: int) -> bool:
        """Whether line ``short`` is line ``whole`` cut short."""
        return _is_cut(self.keys[short], self.words[short], self.keys[whole])

    def goes_on(self, alive: list[int], p: int, whole: int) -> bool:
        """Whether the line at position ``p``, a prefix of line ``whole`` that ends in no
        ellipsis, is the first line of a wrapped text rather than a cut copy: the line under it
        (no gap between) goes on in lower case, or holds more of ``whole``'s text."""
        if p + 1 >= len(alive) or self.gap(alive[p], alive[p + 1]):
            return False
        short, below = self.keys[alive[p]], alive[p + 1]
        if short.endswith(("…", "...")) or below == whole:
            return False
        return self.lower[below] or self.keys[whole].startswith(short + self.keys[below][:1])

    def gap(self, above: int, below: int) -> bool:
        """Whether something (a blank line, a removed line) stands between two lines."""
        return self.nos[below] != self.nos[above] + 1

    def opens(self, alive: list[int], p: int) -> bool:
        """Whether the line at position ``p`` starts a text of its own: the first line, or one
        after a gap, a sentence's end, or a short line (a heading, a name) that it does not go
        on from in lower case."""
        if p == 0:
            return True
        above, line = alive[p - 1], alive[p]
        return (
            self.gap(above, line)
            or self.ends[above]
            or (self.words[above] < SENTENCE_MIN_WORDS and not self.lower[line])
        )

    def closes(self, alive: list[int], p: int) -> bool:
        """Whether the line at position ``p`` ends a text: the last line, a sentence's end or a
        lead-in's colon, or a gap under it."""
        return p == len(alive) - 1 or self.ends[alive[p]] or self.gap(alive[p], alive[p + 1])


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
        nos=[line.no for line in lines],
        ends=[ends_sentence(line.text.rstrip()) or line.text.endswith(":") for line in lines],
        lower=[line.text.lstrip()[:1].islower() for line in lines],
    )
    alive = list(range(len(lines)))  # indices into ``lines`` still in the document
    removed: dict[int, tuple[int, str]] = {}  # index -> (index of the line it copies, rule)
    spans: dict[int, int] = {}  # index -> last line of the lines it copies (other breaks)
    doubled = False  # has this document shown scrape doubling (a removed paragraph or run)?
    while True:
        copies = (
            _rewrapped_copies(facts, alive, spans)
            or _one_pass(facts, alive)
            or _rolling_copies(facts, alive)
        )
        if copies:
            doubled = True
        else:
            copies = (
                _adjacent_copies(facts, alive, doubled)
                or _rewrapped_copies(facts, alive, spans, adjacent=True, doubled=doubled)
                or _teaser_copies(facts, alive, spans)
            )
        if not copies:
            break
        for index, (original, rule) in copies.items():
            removed[index] = (original, rule)
        alive = [index for index in alive if index not in copies]
    changes: list[Change] = []
    for index, (original, rule) in sorted(removed.items()):
        last = spans.get(index)
        while original in removed:  # a later removal took the original: point at the kept copy
            original = removed[original][0]
        while last is not None and last in removed:
            last = removed[last][0]
        what = "copy"
        if rule == "duplicate-truncated" or (
            last is None and facts.keys[index] != facts.keys[original]
        ):
            rule, what = "duplicate-truncated", "cut-short copy"  # a cut copy, or a copy of one
        line = lines[index]
        if last is None or last == original:
            detail = f"{what} of line {lines[original].no}"
        else:
            detail = f"{what} of lines {lines[original].no}–{lines[last].no}, broken elsewhere"
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
    position = {index: p for p, index in enumerate(alive)}
    kept = alive[0]  # the last line left in place: each line is compared with it
    for line in alive[1:]:
        if facts.keys[line] == facts.keys[kept]:
            if facts.sentence[line]:
                copies[line] = (kept, "duplicate-sentence")
                continue
            if doubled and facts.words[line] >= ADJACENT_MIN_WORDS and not facts.label[line]:
                copies[line] = (kept, "duplicate-paragraph")
                continue
        elif facts.cut(line, kept) and not facts.goes_on(alive, position[line], kept):
            copies[line] = (kept, "duplicate-truncated")
            continue
        elif facts.cut(kept, line) and not facts.goes_on(alive, position[kept], line):
            copies[kept] = (line, "duplicate-truncated")  # the cut copy came first: keep the whole
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


def _walk(facts: _Facts, alive: list[int], j: int, i: int) -> list[tuple[int, int, bool]]:
    """Read the text from position ``j`` against the text from position ``i`` (``j < i``),
    whitespace aside, while they agree: every place where a line of each ends together, as
    (position after the first's line, position after the second's, whether the lines so far
    were the same line for line). The first text stops before ``i``: a copy is not its own
    original."""
    keys, n = facts.keys, len(alive)
    a, b = j, i
    rest_a, rest_b = keys[alive[a]], keys[alive[b]]
    same = True
    ends: list[tuple[int, int, bool]] = []
    while True:
        m = min(len(rest_a), len(rest_b))
        if rest_a[:m] != rest_b[:m]:
            break
        same = same and len(rest_a) == len(rest_b)
        rest_a, rest_b = rest_a[m:], rest_b[m:]
        if not rest_a and not rest_b:
            ends.append((a + 1, b + 1, same))
        if not rest_a:
            a += 1
            if a >= i:
                break
            rest_a = keys[alive[a]]
        if not rest_b:
            b += 1
            if b >= n or b - i >= MAX_REWRAPPED_LINES:
                break
            rest_b = keys[alive[b]]
    return ends


def _rewrapped_copies(
    facts: _Facts,
    alive: list[int],
    spans: dict[int, int],
    adjacent: bool = False,
    doubled: bool = False,
) -> dict[int, tuple[int, str]]:
    """Copies whose lines break elsewhere than their original's: the lines from a position
    that opens a text (``_Facts.opens``) to one that closes it hold the same text, whitespace
    aside, as lines further up, and the two are not the same line for line (those are the
    line rules'). Anywhere when the copy holds ``LONG_LINE_WORDS`` words; with ``adjacent``,
    right under its original when it is a full sentence of ``SENTENCE_MIN_WORDS`` words (or,
    in a ``doubled`` document, ``ADJACENT_MIN_WORDS`` words and no label). ``spans`` gets the
    last line of each copy's original."""
    keys, words = facts.keys, facts.words
    index: dict[str, list[int]] = {}  # a line's first characters -> its positions
    tried: set[tuple[int, int]] = set()  # (copy, original) read already as the same lines
    copies: dict[int, tuple[int, str]] = {}
    n = len(alive)
    i = 0
    while i < n:
        key = keys[alive[i]]
        prefix = key[:PREFIX_CHARS]
        if len(prefix) < PREFIX_CHARS:
            i += 1
            continue
        found: tuple[int, int, int] | None = None
        occurrences = index.get(prefix, ())
        if occurrences and facts.opens(alive, i):
            candidates = list(occurrences[-MAX_CANDIDATES:])
            if candidates[0] != occurrences[0]:
                candidates.insert(0, occurrences[0])
            for j in candidates:
                if (i, j) in tried:
                    continue
                ends = _walk(facts, alive, j, i)
                if ends and all(same for _a, _b, same in ends):
                    tried.update((i + k, j + k) for k in range(len(ends) + 1))
                    continue
                for a_end, b_end, same in reversed(ends):
                    if same:
                        break
                    if not facts.closes(alive, b_end - 1):
                        continue
                    total = sum(words[alive[k]] for k in range(i, b_end))
                    if adjacent:
                        if a_end != i:
                            continue
                        last = alive[b_end - 1]
                        if not (
                            (total >= SENTENCE_MIN_WORDS and facts.sentence[last])
                            or (doubled and total >= ADJACENT_MIN_WORDS and not facts.label[last])
                        ):
                            continue
                    elif total < LONG_LINE_WORDS:
                        break
                    if found is None or b_end > found[2]:
                        found = (j, a_end, b_end)
                    break
        if found:
            j, a_end, b_end = found
            for k in range(i, b_end):
                copies[alive[k]] = (alive[j], "duplicate-rewrapped")
                spans[alive[k]] = alive[a_end - 1]
            i = b_end
            continue
        index.setdefault(prefix, []).append(i)
        i += 1
    return copies


def _rolling_copies(facts: _Facts, alive: list[int]) -> dict[int, tuple[int, str]]:
    """Rolling captions: ``ROLLING_MIN_LINES`` or more consecutive lines each printed two or
    three times in a row (each cue repeats the line of the cue before, a short cue may show it
    alone), their distinct lines ``RUN_MIN_WORDS`` words or more; the repeats go. Labels break
    the chain, and so does a line printed once or more than three times; a short line at
    either end of the chain is no caption of it ("Like", "Like" under doubled sentences) and
    a full sentence's repeat is left to ``_adjacent_copies``."""
    keys, words = facts.keys, facts.words
    groups: list[tuple[int, int]] = []  # (first position, size) of runs of one line
    for p, index in enumerate(alive):
        if groups and keys[alive[groups[-1][0]]] == keys[index]:
            groups[-1] = (groups[-1][0], groups[-1][1] + 1)
        else:
            groups.append((p, 1))
    copies: dict[int, tuple[int, str]] = {}
    chain: list[tuple[int, int]] = []

    def short(group: tuple[int, int]) -> bool:
        return words[alive[group[0]]] < SENTENCE_MIN_WORDS

    def settle() -> None:
        while chain and short(chain[-1]):  # a label at the chain's edge is a line of its own
            chain.pop()
        while chain and short(chain[0]):
            chain.pop(0)
        distinct = {keys[alive[p]]: words[alive[p]] for p, _size in chain}
        if len(chain) >= ROLLING_MIN_LINES and sum(distinct.values()) >= RUN_MIN_WORDS:
            for p, size in chain:
                if facts.sentence[alive[p]]:
                    continue  # a full sentence's repeat is the adjacent rule's
                for k in range(p + 1, p + size):
                    copies[alive[k]] = (alive[p], "duplicate-rolling")
        chain.clear()

    for p, size in groups:
        if 2 <= size <= 3 and not facts.label[alive[p]] and words[alive[p]]:
            chain.append((p, size))
        else:
            settle()
    settle()
    return copies


def _teaser_copies(
    facts: _Facts, alive: list[int], spans: dict[int, int]
) -> dict[int, tuple[int, str]]:
    """A teaser the scrape cut short and marked ("…", "...") above the paragraph it opens
    (up to ``TEASER_GAP`` short lines between: a byline, a date) or right under it, where that
    paragraph is wrapped over lines or stands past those short lines: the teaser goes, the
    whole text stays. (A cut copy right next to a one-line whole is ``_adjacent_copies``'.)"""
    keys, words = facts.keys, facts.words
    copies: dict[int, tuple[int, str]] = {}
    n = len(alive)
    for p in range(n):
        key = keys[alive[p]]
        stem = _ELLIPSIS.sub("", key)
        if not stem or stem == key or words[alive[p]] < SENTENCE_MIN_WORDS:
            continue  # only a cut the scrape marked: a title may open the text unmarked
        whole = _whole_under(facts, alive, p, stem) or _whole_over(facts, alive, p, stem)
        if whole:
            first, last = whole
            copies[alive[p]] = (alive[first], "duplicate-truncated")
            spans[alive[p]] = alive[last]
    return copies


def _text_from(facts: _Facts, alive: list[int], q: int, length: int, stop: int) -> tuple[str, int]:
    """The text of the lines from position ``q`` (before ``stop``), whitespace aside, until it
    is longer than ``length``; and the position of its last line."""
    text, k = "", q
    while k < stop:
        text += facts.keys[alive[k]]
        if len(text) > length:
            break
        k += 1
    return text, min(k, stop - 1)


def _whole_under(facts: _Facts, alive: list[int], p: int, stem: str) -> tuple[int, int] | None:
    """The lines under the teaser at ``p`` whose text it is cut from: past up to
    ``TEASER_GAP`` short lines that end no sentence, over more than one line or one of them."""
    key, n = facts.keys[alive[p]], len(alive)
    for q in range(p + 1, min(p + 2 + TEASER_GAP, n)):
        if q > p + 1:
            between = alive[q - 1]
            if facts.words[between] >= SENTENCE_MIN_WORDS or facts.ends[between]:
                return None
        if len(stem) <= len(facts.keys[alive[q]]) and q == p + 1:
            continue  # one line next to its cut copy: the adjacent rule's
        text, last = _text_from(facts, alive, q, len(stem), n)
        if _is_cut(key, facts.words[alive[p]], text) and facts.opens(alive, q):
            return q, last
    return None


def _whole_over(facts: _Facts, alive: list[int], p: int, stem: str) -> tuple[int, int] | None:
    """The wrapped lines right above the teaser at ``p`` (no gap between) whose text it is cut
    from, over more than one line."""
    key = facts.keys[alive[p]]
    start = p
    while start > 0 and not facts.gap(alive[start - 1], alive[start]) and p - start < MAX_WEAK_RUN:
        start -= 1
        if len(stem) <= len(facts.keys[alive[start]]):
            continue
        text, last = _text_from(facts, alive, start, len(stem), p)
        if _is_cut(key, facts.words[alive[p]], text):
            return start, last
    return None
