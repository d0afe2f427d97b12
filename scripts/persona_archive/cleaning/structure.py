"""Structure stage: turn cleaned lines into a document with a kind, a title and typed blocks.

Input is the list of :class:`~archive.model.Line` left after boilerplate and duplicate removal
(line numbers still point into the decoded source, so a gap between two numbers is a blank line
or a removed line). Output is a :class:`~archive.model.Structured` whose blocks hold plain text.

Everything here is a heuristic over *shapes*, never over particular strings of a particular
source, and every heuristic is conservative: when a signal is missing the text stays a plain
paragraph. Every structural edit is recorded as a ``Change(stage="structure", ...)`` and no text
is dropped without a change that holds it, so the ingest report can account for every line.

Order of work in :func:`build`:

1. kind (:func:`detect_kind`), 2. byline and title lines at the top, 3. narration headings
("Heading." + heading read aloud), 4. paragraphs: one-sentence-per-line text is re-flowed,
other text keeps one paragraph per line (hard-wrapped continuations are joined),
5. block quotes (explicit ``>`` / quotation marks, or a colon-introduced quoted letter),
6. thread posts (forum threads: conservative reply detection; explicit post-marker lines).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise
from statistics import median

from persona_archive.cleaning.model import (
    HEADING,
    PARAGRAPH,
    POST,
    QUOTE,
    Block,
    Change,
    Line,
    Structured,
    split_lines,
)

STAGE = "structure"

KINDS = ("blog-post", "podcast-transcript", "forum-thread", "social-thread", "article", "other")


@dataclass(frozen=True)
class Hints:
    """What the catalog knows about a source; any field ``None`` means unknown.

    Known values always win over detection (the catalog is curated by people).
    """

    kind: str | None = None
    title: str | None = None
    authors: tuple[str, ...] | None = None
    site: str | None = None
    url: str | None = None
    file_name: str = ""
    # Source line numbers where an earlier stage removed a post separator (a reaction row ends a
    # social-media post): a thread's next post starts after each.
    post_ends: tuple[int, ...] = ()


_NO_HINTS = Hints()

# --------------------------------------------------------------------------------------------
# Small text predicates
# --------------------------------------------------------------------------------------------

_ABBREVIATIONS = frozenset(
    {
        "e.g",
        "i.e",
        "etc",
        "vs",
        "cf",
        "al",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "jr",
        "sr",
        "no",
        "fig",
        "approx",
        "ca",
        "viz",
        "resp",
    }
)
# A candidate sentence end: terminal punctuation, closing quotes/brackets, space, and a
# capital/digit/opening quote starting the next sentence.
_BOUNDARY = re.compile(r"[.!?…]+[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_ENDS_SENTENCE = re.compile(r"[.!?…][\"”’)\]]*$")
_ENDS_CLOSED = re.compile(r"[.!?…:;,\"”’)\]]$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\bI\b|\b(?:me|my|mine|myself)\b")
_LIST_ITEM = re.compile(r"^(?:[-*•–—]\s|\(?\d{1,3}[.)]\s|\(?[a-z][.)]\s|\(\d{1,3}\)|\d{1,3}/\d*\s)")


def _sentences(text: str) -> list[str]:
    """Split prose into sentences (abbreviations and initials do not end a sentence).

    >>> _sentences("Dr. Who met J. Smith, e.g. here. Then left! OK?")
    ['Dr. Who met J. Smith, e.g. here.', 'Then left!', 'OK?']
    """
    out, start = [], 0
    for m in _BOUNDARY.finditer(text):
        before = text[start : m.start() + 1]
        token = before.rsplit(None, 1)[-1].rstrip(".!?…").lower() if before.split() else ""
        if text[m.start()] == "." and (token in _ABBREVIATIONS or re.fullmatch(r"[a-z]", token)):
            continue
        out.append(text[start : m.end()].strip())
        start = m.end()
    rest = text[start:].strip()
    if rest:
        out.append(rest)
    return out


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _is_single_sentence(text: str) -> bool:
    return bool(_ENDS_SENTENCE.search(text)) and len(_sentences(text)) == 1


def _norm(text: str) -> str:
    """Comparison key for titles: case, quotes, spacing and final punctuation ignored."""
    text = text.translate(str.maketrans("“”‘’", "\"\"''")).casefold()
    return re.sub(r"\s+", " ", text).strip(" .:;,!?-–—\"'")


# --------------------------------------------------------------------------------------------
# Kind detection
# --------------------------------------------------------------------------------------------

# (pattern over the lower-cased URL, kind); first match wins, so specific paths come first.
_URL_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), k)
    for p, k in (
        (r"//(?:[\w-]+\.)*(?:twitter\.com|x\.com|bsky\.app|threads\.net|nitter\.[\w.]+)/", "s"),
        (r"/status(?:es)?/\d|mastodon|/@[\w.]+/\d", "s"),
        (r"/comments?/|reddit\.com|news\.ycombinator\.com|/forum|forums?\.|discourse", "f"),
        (r"/t/[\w-]+/\d|/threads?/|stackexchange\.com|stackoverflow\.com", "f"),
        (r"podcast|audioscrape|transcript|/episodes?/|spotify\.com|youtube\.com|youtu\.be", "p"),
        (r"blog|substack\.com|medium\.com|wordpress|[?&]p=\d|/posts?/|/p/[\w-]+", "b"),
        (r"/news/|/articles?/|arxiv\.org|/papers?/|/story/", "a"),
    )
)
_SITE_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), k)
    for p, k in (
        (r"\b(?:twitter|bluesky|mastodon|tweets?)\b", "s"),
        (r"\b(?:forum|reddit|hacker news|discourse|stack exchange|comments?)\b", "f"),
        (r"\b(?:podcast|audioscrape|transcript|episode)s?\b", "p"),
        (r"\b(?:blog|substack|newsletter)\b", "b"),
        (r"\b(?:news|magazine|journal|times|post)\b", "a"),
    )
)
_KIND_CODES = {
    "s": "social-thread",
    "f": "forum-thread",
    "p": "podcast-transcript",
    "b": "blog-post",
    "a": "article",
}

_NARRATION = re.compile(r"^(heading|sub-?heading|section)\s*\.?$", re.IGNORECASE)
_NARRATION_LEVEL = {"heading": 2, "section": 2, "subheading": 3, "sub-heading": 3}

# A reply's first sentence: acknowledging, agreeing, disagreeing or addressing another commenter.
_REPLY_START = re.compile(
    r"""^(?:
        (?:ah+|oh+|hm+|huh)\b
      | i\s+see\b
      | agreed\b
      | (?:i\s+)?(?:fully\s+|completely\s+|strongly\s+|partly\s+)?(?:agree|disagree)
        (?=\s*[.,!;]|\s+with\s+(?:you|your|this|op|the\s+parent)\b)
      | (?:fair|good|great|interesting)\s+point\b
      | thanks\b(?!\s+to\b) | thank\s+you\b
      | for\s+what\s+it['’]?s\s+worth\b | fwiw\b
      | respectfully\b
      | @\w
      | re:
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_REPLY_ANYWHERE = re.compile(
    r"\byour\s+(?:comment|point|post|reply|argument|claim|question|take)\b"
    r"|\bmisunderstood\b|\bthe\s+opposite\s+(?:position|view)\b"
    r"|\byou['’]re\s+(?:right|wrong)\b|\byou\s+(?:said|wrote|mean|claim|argue)\b",
    re.IGNORECASE,
)
_POST_MARKER = re.compile(r"^(?:comment|reply|post|answer)(?:\s*#?\d+)?\s*[.:]?$", re.IGNORECASE)
_SOCIAL_CUE = re.compile(r"(?:^|\s)[@#]\w|^\d+/\d*\s|\s\d+/\d+$")


def _is_reply_start(text: str) -> bool:
    """Whether a paragraph opens like a reply to someone else (first sentence, ≤ 25 words)."""
    first = _sentences(text)[0] if text else ""
    if len(_words(first)) > 25:
        return False
    return bool(_REPLY_START.match(first) or _REPLY_ANYWHERE.search(first))


@dataclass
class _Shape:
    n: int
    single_sentence: float  # share of lines that are exactly one sentence ending in . ? !
    gaps: float  # share of neighbouring lines separated by a blank/removed line
    median_len: float
    fragments: float  # share of lines not ending in sentence punctuation (or ending in ":")
    labels: int  # short "Something:" lines (the "X: / Internet:" meme format)
    social_cues: int  # @mentions, #hashtags, "1/7" thread numbering
    first_person: float  # first-person-singular words per word
    words: int
    narration: bool
    replies: int  # non-first lines that open like a reply
    markers: int  # lines that are only a post label ("Reply", "Comment 3")


def _shape(lines: list[Line]) -> _Shape:
    texts = [ln.text for ln in lines]
    n = len(texts)
    words = sum(len(_words(t)) for t in texts)
    pairs = max(n - 1, 1)
    return _Shape(
        n=n,
        single_sentence=sum(map(_is_single_sentence, texts)) / max(n, 1),
        gaps=sum(b.no - a.no > 1 for a, b in pairwise(lines)) / pairs,
        median_len=median(len(t) for t in texts) if texts else 0,
        fragments=sum(not _ENDS_SENTENCE.search(t) for t in texts) / max(n, 1),
        labels=sum(t.endswith(":") and len(_words(t)) <= 6 for t in texts),
        social_cues=sum(bool(_SOCIAL_CUE.search(t)) for t in texts),
        first_person=sum(len(_FIRST_PERSON.findall(t)) for t in texts) / max(words, 1),
        words=words,
        narration=any(_NARRATION.match(t) for t in texts),
        replies=sum(_is_reply_start(t) for t in texts[1:]),
        markers=sum(bool(_POST_MARKER.match(t)) for t in texts),
    )


def _is_transcript_shape(s: _Shape) -> bool:
    return s.n >= 6 and s.single_sentence >= 0.75 and s.gaps <= 0.25 and s.median_len >= 25


def detect_kind(lines: list[Line], hints: Hints = _NO_HINTS) -> str:
    """Decide what kind of document the lines are, so the page is filed and shaped right.

    Signals, first decisive one wins:

    1. the catalog's ``hints.kind``;
    2. narration artefacts ("Heading." alone on a line) → podcast-transcript;
    3. the URL: x.com/twitter/bluesky/``/status/`` → social-thread; ``/comment(s)/``, reddit,
       Hacker News, forums → forum-thread; podcast/transcript hosts → podcast-transcript;
       blogs, substack, medium, ``?p=``, ``/posts/`` → blog-post; ``/news/``, arXiv → article;
    4. the site name, with the same vocabulary;
    5. the text's shape: mostly one sentence per line without blank-line paragraphs →
       podcast-transcript; two or more lines that are only a post label ("Reply", "Comment 2")
       → forum-thread; a later line opening like a reply ("Ah I see, misunderstood your
       comment.", "For what it's worth, I take the opposite position.") among long comment-like
       lines → forum-thread; short lines, many fragments, and "Internet:"-style labels,
       @/#-tags or "1/7" numbering → social-thread; prose (long lines or blank-line paragraphs,
       ≥ 80 words) → blog-post if first-person singular (≥ 1% of words), else article;
    6. otherwise other.

    >>> detect_kind(split_lines("Heading.\\nIntro.\\nText."))
    'podcast-transcript'
    >>> detect_kind([], Hints(url="https://x.com/someone/status/1"))
    'social-thread'
    >>> detect_kind([], Hints(kind="article", url="https://x.com/a/status/1"))
    'article'
    """
    if hints.kind is not None:
        if hints.kind not in KINDS:
            raise ValueError(f"unknown kind {hints.kind!r}; expected one of {', '.join(KINDS)}")
        return hints.kind
    shape = _shape(lines)
    if shape.narration:
        return "podcast-transcript"
    for value, rules in ((hints.url, _URL_RULES), (hints.site, _SITE_RULES)):
        for pattern, code in rules:
            if value and pattern.search(value.lower()):
                return _KIND_CODES[code]
    if not lines:
        return "other"
    if _is_transcript_shape(shape):
        return "podcast-transcript"
    if shape.markers >= 2 or (shape.replies and shape.median_len >= 80):
        return "forum-thread"
    if (
        shape.n >= 5
        and shape.median_len <= 100
        and shape.fragments >= 0.3
        and (shape.labels >= 2 or shape.social_cues >= 1)
    ):
        return "social-thread"
    if shape.words >= 80 and (shape.median_len >= 150 or shape.gaps >= 0.5):
        return "blog-post" if shape.first_person >= 0.01 else "article"
    return "other"


# --------------------------------------------------------------------------------------------
# Title and byline
# --------------------------------------------------------------------------------------------

_PARTICLE = r"(?:van|von|de|der|den|da|di|du|la|le|bin|al)\s+"
_NAME = rf"[A-Z][\w'’.-]*(?:\s+(?:{_PARTICLE})*[A-Z][\w'’.-]*){{0,3}}"
_BYLINE = re.compile(
    rf"^(?i:by|written\s+by|posted\s+by|words\s+by)\s+({_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)\s*$"
)
_SMALL_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "with",
        "from",
        "as",
        "vs",
        "via",
    }
)
_TITLE_MAX = 80


def _byline_authors(text: str) -> list[str] | None:
    """Author names of a byline line ("By Jane Doe and John Roe"), else None.

    >>> _byline_authors("By Jane Doe and John Roe")
    ['Jane Doe', 'John Roe']
    >>> _byline_authors("By the way, this is prose.") is None
    True
    """
    m = _BYLINE.match(text)
    if not m:
        return None
    names = [p.strip() for p in re.split(r"\s*(?:,|\band\b|&)\s*", m.group(1)) if p.strip()]
    if not names or any(not n[0].isupper() or len(_words(n)) < 2 for n in names):
        return None  # "by the way" and the like: the name pattern is case-insensitive here
    return names


def _is_title_cased(text: str) -> bool:
    words = [w for w in _words(text) if w.lower() not in _SMALL_WORDS]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) >= 0.6


def _is_title_line(line: Line, following: Line | None) -> bool:
    """A short line without a final period, title-cased or followed by body prose."""
    text = line.text
    if (
        following is None
        or len(text) > 120
        or not 1 <= len(_words(text)) <= 16
        or re.search(r"[.,;:]$", text)
        or len(_sentences(text)) > 1
        or _NARRATION.match(text)
        or _POST_MARKER.match(text)
        or _LIST_ITEM.match(text)
        or text.startswith(">")
        or _is_reply_start(text)
    ):
        return False
    nxt = following.text
    body_prose = (
        len(nxt) >= max(80, 2 * len(text))
        or (bool(_ENDS_SENTENCE.search(nxt)) and len(_words(nxt)) >= 12)
        or (following.no - line.no > 1 and len(nxt) > len(text))  # a blank line, then longer
    )
    return _is_title_cased(text) or body_prose


def _title_from_prose(text: str) -> str:
    """The first sentence, without its final period, cut at a word boundary to ≤ 80 chars.

    >>> _title_from_prose("Short one. Then more.")
    'Short one'
    >>> len(_title_from_prose("word " * 40)) <= 80
    True
    """
    first = _sentences(text)[0] if text.strip() else ""
    if first.endswith(".") and not first.endswith(".."):
        first = first[:-1]
    if len(first) <= _TITLE_MAX:
        return first
    cut = first[: _TITLE_MAX - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:–—-") + "…"


# --------------------------------------------------------------------------------------------
# Paragraphs
# --------------------------------------------------------------------------------------------


@dataclass
class _Para:
    kind: str
    text: str
    lines: tuple[int, ...]
    level: int = 0
    notes: list[str] = field(default_factory=list)


# Sentence openings that usually start a new thought (a reflow break is preferred before them)
# and openings that lean on the previous sentence (a break is avoided before them).
_NEW_THOUGHT = re.compile(
    r"^(?:however|now|so|meanwhile|anyway|overall|ultimately|finally|first(?:ly)?"
    r"|second(?:ly)?|third(?:ly)?|next|in\s+(?:short|summary|this|the\s+end|other\s+words)"
    r"|to\s+(?:summari[sz]e|conclude)|on\s+the\s+other\s+hand|that\s+said|okay|ok|alright"
    r"|well|another|consider|let['’]s|let\s+me|here['’]s|why|what|how|when|if\s+true)\b",
    re.IGNORECASE,
)
_LEANS_BACK = re.compile(
    r"^(?:it|this|that|these|those|they|he|she|also|and|or|which|because|then|thus|hence"
    r"|for\s+(?:example|instance)|e\.g\.|i\.e\.|in\s+fact|indeed|but|yet)\b",
    re.IGNORECASE,
)
_REFLOW_MIN, _REFLOW_MAX, _REFLOW_TARGET = 3, 6, 4


def _break_score(units: list[Line], j: int, size: int) -> float:
    """How good a paragraph break is before ``units[j]`` for a paragraph of ``size`` units."""
    text = units[j].text
    score = -0.25 * abs(size - _REFLOW_TARGET)
    if _NEW_THOUGHT.match(text):
        score += 2
    elif _LEANS_BACK.match(text):
        score -= 1
    if text.endswith("?"):
        score += 0.5
    if units[j].no - units[j - 1].no > 1:
        score += 0.5  # something (a blank line or removed chrome) stood between them
    return score


def _reflow(units: list[Line]) -> list[list[Line]]:
    """Group one-sentence lines into paragraphs of 3–6 sentences at the best-scoring breaks.

    A line that does not end like a sentence (a name, a label, leftover chrome) is never merged:
    it stays a paragraph of its own and the runs on either side are grouped separately.

    Greedy and deterministic: from each paragraph start, every break that leaves a paragraph
    of 3–6 sentences and a tail of 0 or ≥ 2 sentences is scored by :func:`_break_score`
    (size near 4, next sentence opens a new thought, does not lean back on "It/This/But…",
    is a question, follows a gap); the best wins, the earliest on ties. A run of ≤ 6 left over
    stays whole.
    """
    groups: list[list[Line]] = []
    run: list[Line] = []
    for ln in units:
        if _ENDS_SENTENCE.search(ln.text):
            run.append(ln)
            continue
        groups += _group_sentences(run)
        groups.append([ln])
        run = []
    return groups + _group_sentences(run)


def _group_sentences(units: list[Line]) -> list[list[Line]]:
    groups, i, n = [], 0, len(units)
    while i < n:
        if n - i <= _REFLOW_MAX:
            groups.append(units[i:])
            break
        best: tuple[float, int] | None = None
        for size in range(_REFLOW_MIN, _REFLOW_MAX + 1):
            j = i + size
            if j >= n or 0 < n - j < 2:
                continue
            score = _break_score(units, j, size)
            if best is None or score > best[0]:
                best = (score, j)
        j = best[1] if best else n
        groups.append(units[i:j])
        i = j
    return groups


def _paragraphs(units: list[Line | _Para], reflow: bool, unwrap: bool) -> tuple[list[_Para], list]:
    """Turn lines (between ready-made headings) into paragraphs; return them and the changes."""
    paras: list[_Para] = []
    changes: list[Change] = []
    run: list[Line] = []

    def flush() -> None:
        if not run:
            return
        if reflow:
            for group in _reflow(run):
                text = " ".join(ln.text for ln in group)
                if len(group) > 1:
                    changes.append(
                        Change(
                            STAGE,
                            "reflow",
                            group[0].no,
                            "\n".join(ln.text for ln in group),
                            text,
                            f"{len(group)} one-sentence lines joined into a paragraph",
                        )
                    )
                paras.append(_Para(PARAGRAPH, text, tuple(ln.no for ln in group)))
        else:
            last_line = ""
            for ln in run:
                prev = paras[-1] if paras else None
                if (
                    unwrap
                    and prev is not None
                    and prev.kind == PARAGRAPH
                    and prev.lines[-1] == ln.no - 1
                    and not _ENDS_CLOSED.search(prev.text)
                    and 30 <= len(last_line) <= 100  # wrapped at a width, not a long line
                    and ln.text[:1].islower()
                    and not prev.text.startswith(">")
                ):
                    joined = f"{prev.text} {ln.text}"
                    changes.append(
                        Change(
                            STAGE,
                            "unwrap",
                            ln.no,
                            ln.text,
                            joined,
                            f"hard-wrapped continuation joined to line {prev.lines[0]}",
                        )
                    )
                    prev.text, prev.lines = joined, (*prev.lines, ln.no)
                else:
                    paras.append(_Para(PARAGRAPH, ln.text, (ln.no,)))
                last_line = ln.text
        run.clear()

    for unit in units:
        if isinstance(unit, _Para):
            flush()
            paras.append(unit)
        else:
            run.append(unit)
    flush()
    return paras, changes


# --------------------------------------------------------------------------------------------
# Quotes
# --------------------------------------------------------------------------------------------

_QUOTE_INTRO = re.compile(
    r"\b(?:writes?|wrote|written|writing|says?|said|put\s+it|puts\s+it|reads?|letter|message"
    r"|note|e-?mail|repl(?:y|ied|ies)|responded|response|told|tells|ask(?:s|ed)|explain(?:s|ed)"
    r"|argue[sd]?|declare[sd]?|state[sd]|following|quote[sd]?|passage|excerpt)\b",
    re.IGNORECASE,
)
_META_REFERENCE = re.compile(
    r"\b(?:this|that|the|these|those|such\s+a)\s+(?:letter|message|note|e-?mail|passage|poem"
    r"|reply|response|quote|excerpt|piece|statement|plea|monologue)s?\b",
    re.IGNORECASE,
)
_RETURN_OPENER = re.compile(
    r"^(?:clearly|obviously|evidently|admittedly|anyway|in\s+any\s+case|to\s+be\s+clear"
    r"|i\s+(?:think|find|suspect)\s+(?:this|that|it)\b)",
    re.IGNORECASE,
)
_NOT_NAMES = frozenset(
    {
        "I",
        "The",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "Its",
        "He",
        "She",
        "They",
        "We",
        "You",
        "Here",
        "There",
        "As",
        "And",
        "But",
        "So",
        "In",
        "On",
        "At",
        "For",
        "Of",
        "To",
        "A",
        "An",
        "My",
        "Our",
        "His",
        "Her",
        "Their",
        "If",
        "When",
        "What",
        "Which",
        "Who",
        "Then",
        "Now",
        "Also",
        "Even",
        "Still",
        "Yet",
        "Just",
        "Only",
        "Again",
        "Indeed",
    }
)
_QUOTE_MAX_PARAS = 40


def _names_in(sentence: str) -> set[str]:
    return {w for w in re.findall(r"\b[A-Z][\w'’-]+", sentence) if w not in _NOT_NAMES}


def _returns_to_author(para: _Para, names: set[str]) -> bool:
    """The author's voice is back: refers to the quoted text/author in the third person."""
    text = para.text
    if _SECOND_PERSON.search(text) or len(_words(text)) < 8:
        return False
    mentions = any(re.search(rf"\b{re.escape(n)}\b", text) for n in names)
    return bool(mentions or _META_REFERENCE.search(text) or _RETURN_OPENER.match(text))


def _colon_quote_end(paras: list[_Para], i: int) -> int | None:
    """If ``paras[i]`` introduces a quoted letter/message, the index where the author returns."""
    intro = paras[i]
    if intro.kind != PARAGRAPH or not intro.text.endswith(":") or len(_words(intro.text)) < 8:
        return None
    last_sentence = _sentences(intro.text)[-1]
    if not _QUOTE_INTRO.search(last_sentence):
        return None
    names = _names_in(last_sentence)
    stop = min(len(paras), i + 2 + _QUOTE_MAX_PARAS)
    for r in range(i + 2, stop):
        if paras[r].kind != PARAGRAPH:
            return None
        if _returns_to_author(paras[r], names):
            quoted = paras[i + 1 : r]
            if any(p.kind != PARAGRAPH or _LIST_ITEM.match(p.text) for p in quoted):
                return None
            voiced = sum(
                bool(_SECOND_PERSON.search(p.text) or _FIRST_PERSON.search(p.text)) for p in quoted
            )
            if 2 * voiced < len(quoted):
                return None  # not "another voice" addressing someone: could be anything
            return r
    return None


def _wrapped_in_quotes(text: str) -> bool:
    """A whole paragraph inside one pair of quotation marks.

    >>> _wrapped_in_quotes("“You are creating something.”")
    True
    >>> _wrapped_in_quotes("“Yes,” she said, “of course.”")
    False
    """
    if len(text) < 3:
        return False
    if text[0] == "“" and text[-1] == "”":
        return text.count("“") == 1 and text.count("”") == 1
    if text[0] == '"' and text[-1] == '"':
        return text.count('"') == 2
    return False


def _quotes(paras: list[_Para], kind: str) -> list[Change]:
    changes: list[Change] = []
    for p in paras:
        if p.kind != PARAGRAPH:
            continue
        if p.text.startswith(">"):
            stripped = p.text.lstrip(">").strip()
            if stripped:
                changes.append(
                    Change(STAGE, "quote-mark", p.lines[0], p.text, stripped, "'>' quote")
                )
                p.kind, p.text = QUOTE, stripped
        elif _wrapped_in_quotes(p.text):
            p.kind = QUOTE
            changes.append(
                Change(STAGE, "quote", p.lines[0], p.text, p.text, "paragraph in quotation marks")
            )
    if kind == "social-thread":
        return changes  # "Label:" lines are the genre there, not quote introductions
    i = 0
    while i < len(paras):
        end = _colon_quote_end(paras, i)
        if end is None:
            i += 1
            continue
        for p in paras[i + 1 : end]:
            p.kind = QUOTE
            changes.append(
                Change(
                    STAGE,
                    "quote",
                    p.lines[0],
                    p.text,
                    p.text,
                    f"quoted: introduced by line {paras[i].lines[-1]} ending in ':', "
                    f"author's voice returns at line {paras[end].lines[0]}",
                )
            )
        i = end
    return changes


# --------------------------------------------------------------------------------------------
# Thread posts
# --------------------------------------------------------------------------------------------


def _posts(
    paras: list[_Para], kind: str, post_ends: tuple[int, ...] = ()
) -> tuple[list[_Para], list[Change]]:
    """Insert POST labels before each post of a thread; explicit marker lines become labels,
    and a removed separator (``post_ends``) between two paragraphs starts a new post.

    >>> paras = [_Para(PARAGRAPH, "One.", (1,)), _Para(PARAGRAPH, "Two.", (3,))]
    >>> [p.text for p in _posts(paras, "social-thread", (2,))[0]]
    ['Post 1', 'One.', 'Post 2', 'Two.']
    """
    if kind not in ("forum-thread", "social-thread"):
        return paras, []
    forum = kind == "forum-thread"

    def label(k: int) -> str:
        if forum:
            return "Comment" if k == 0 else f"Reply {k}"
        return f"Post {k + 1}"

    starts: dict[int, tuple[str, str]] = {}  # paragraph index -> (how, detail)
    for i, p in enumerate(paras):
        if p.kind == PARAGRAPH and _POST_MARKER.match(p.text):
            starts[i] = ("marker", "explicit post marker line")
        elif forum and i > 0 and p.kind == PARAGRAPH and _is_reply_start(p.text):
            starts[i] = ("reply", "opens like a reply to another commenter")
        elif i > 0 and _separated(paras[i - 1], p, post_ends):
            starts[i] = ("separator", "follows a reaction row that closed the previous post")
    if not starts:
        return paras, []
    has_marker = any(how == "marker" for how, _ in starts.values())
    if has_marker:  # explicit boundaries are the text's own: guesses would only add noise
        starts = {i: v for i, v in starts.items() if v[0] == "marker"}
    elif 0 not in starts:
        starts[0] = ("first", "first post of the thread")
    out: list[_Para] = []
    changes: list[Change] = []
    k = 0
    for i, p in enumerate(paras):
        if i in starts:
            how, detail = starts[i]
            name = label(k)
            k += 1
            if how == "marker":
                out.append(_Para(POST, name, p.lines))
                changes.append(Change(STAGE, "post-marker", p.lines[0], p.text, name, detail))
                continue
            out.append(_Para(POST, name, ()))
            changes.append(Change(STAGE, "post", p.lines[0], "", name, detail))
        out.append(p)
    return out, changes


def _separated(before: _Para, after: _Para, post_ends: tuple[int, ...]) -> bool:
    """Whether a removed separator line sits between two paragraphs."""
    if not (post_ends and before.lines and after.lines):
        return False
    last, first = max(before.lines), min(after.lines)
    return any(last < end < first for end in post_ends)


# --------------------------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------------------------


def build(lines: list[Line], hints: Hints = _NO_HINTS) -> Structured:
    """Give the cleaned lines a document structure the writer can render as Markdown.

    Catalog hints win for kind, title and authors. Authors otherwise come only from a byline
    line at the top ("By Jane Doe", two or more words per name), never from prose; a byline
    (or a line that is just a catalog author's name) and a title line near the top are
    removed from the body (changes ``byline``/``title``). See the module docstring for the
    order of the other rules; every edit is a ``Change(stage="structure")``.

    >>> s = build(split_lines("By Jane Doe\\nA Plain Title\\nBody text here."))
    >>> s.title, s.authors, [b.text for b in s.blocks]
    ('A Plain Title', ['Jane Doe'], ['Body text here.'])
    >>> [c.rule for c in s.changes]
    ['byline', 'title']
    """
    kind = detect_kind(lines, hints)
    changes: list[Change] = []
    body = list(lines)

    # Byline: one of the first three lines, "By Jane Doe" or just a known author's name.
    authors: list[str] = list(hints.authors) if hints.authors is not None else []
    known = {_norm(a) for a in authors}
    for idx, ln in enumerate(body[:3]):
        names = _byline_authors(ln.text) or ([ln.text] if _norm(ln.text) in known else None)
        if names:
            if hints.authors is None:
                authors = names
            changes.append(Change(STAGE, "byline", ln.no, ln.text, "", "byline moved to authors"))
            del body[idx]
            break

    # Title: the catalog's, with a matching line near the top removed; else the first line if
    # it looks like a title; else the first sentence of the text.
    title = (hints.title or "").strip()
    title_idx: int | None = None
    if title:
        key = _norm(title)
        title_idx = next((i for i, ln in enumerate(body[:3]) if _norm(ln.text) == key), None)
    elif body and _is_title_line(
        body[0], next((ln for ln in body[1:] if not _POST_MARKER.match(ln.text)), None)
    ):
        title, title_idx = " ".join(body[0].text.split()), 0
    if title_idx is not None:
        ln = body.pop(title_idx)
        changes.append(Change(STAGE, "title", ln.no, ln.text, "", "title line moved to the title"))

    # Narration headings: "Heading." + the heading that was read aloud.
    units: list[Line | _Para] = []
    i = 0
    while i < len(body):
        ln = body[i]
        m = _NARRATION.match(ln.text)
        nxt = body[i + 1] if i + 1 < len(body) else None
        if m and nxt and len(nxt.text) <= 120 and len(_words(nxt.text)) <= 16:
            level = _NARRATION_LEVEL[m.group(1).lower()]
            text = nxt.text[:-1] if re.search(r"[^.]\.$", nxt.text) else nxt.text
            changes.append(
                Change(STAGE, "narration-heading", ln.no, ln.text, "", "narration marker removed")
            )
            changes.append(
                Change(
                    STAGE,
                    "narration-heading",
                    nxt.no,
                    nxt.text,
                    text,
                    f"heading read aloud, level {level}",
                )
            )
            units.append(_Para(HEADING, text, (nxt.no,), level))
            i += 2
            continue
        units.append(ln)
        i += 1

    plain = [u for u in units if isinstance(u, Line)]
    reflow = kind not in ("forum-thread", "social-thread") and _is_transcript_shape(_shape(plain))
    paras, more = _paragraphs(units, reflow, unwrap=kind != "social-thread")
    changes += more
    changes += _quotes(paras, kind)
    paras, more = _posts(paras, kind, hints.post_ends)
    changes += more

    if not title:  # the first sentence of the body's prose (a heading if that is all there is)
        first = next((p for p in paras if p.kind in (PARAGRAPH, QUOTE)), None)
        first = first or next((p for p in paras if p.kind == HEADING), None)
        title = _title_from_prose(first.text) if first else ""

    blocks = [Block(p.kind, p.text, p.level, p.lines) for p in paras]
    return Structured(kind=kind, title=title, authors=authors, blocks=blocks, changes=changes)


def render(doc: Structured) -> str:
    """The fixed plain form used by :func:`structure_text` (see there)."""
    head = (f"kind: {doc.kind}", f"title: {doc.title}", f"authors: {'; '.join(doc.authors)}")
    parts = ["\n".join(h.rstrip() for h in head)]
    for b in doc.blocks:
        if b.kind == HEADING:
            parts.append(f"{'#' * b.level} {b.text}")
        elif b.kind == QUOTE:
            parts.append(f"> {b.text}")
        elif b.kind == POST:
            parts.append(f"== {b.text} ==")
        else:
            parts.append(b.text)
    return "\n\n".join(parts) + "\n"


def structure_text(text: str) -> str:
    """Structure raw text without hints and show the result, for ``tests/cases/structure``.

    The form: a header of three lines ``kind: …``, ``title: …``, ``authors: a; b`` (empty
    after the colon when unknown), then one blank-line-separated chunk per block: a heading
    as ``#``×level + space + text, a quote paragraph as ``> `` + text, a thread post label as
    ``== label ==``, a paragraph as its text; a final newline.

    >>> print(structure_text("Heading.\\nIntro.\\nHello there."), end="")
    kind: podcast-transcript
    title: Hello there
    authors:
    <BLANKLINE>
    ## Intro
    <BLANKLINE>
    Hello there.
    """
    return render(build(split_lines(text)))
