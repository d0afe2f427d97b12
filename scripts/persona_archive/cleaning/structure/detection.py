"""Kind detection: decide from the catalog hints, the URL, the site and the text's shape what
kind of document a source is (a slug of ``persona_archive.kinds``).

It exists apart because the kind is decided first and steers every later pass (reflow only for
transcripts, posts only for threads, no colon quotes in social threads). The line shapes it
reads — narration markers, post-marker lines, reply openings — are also what the title and
post passes must recognise, so they are defined here once. (A reply opening is evidence of the
kind only: the post pass never splits a post on it, see ``posts``.)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path
from statistics import median

from persona_archive.cleaning import config
from persona_archive.cleaning.language import detect_language
from persona_archive.cleaning.model import Line
from persona_archive.cleaning.structure.text import (
    _ENDS_SENTENCE,
    _is_single_sentence,
    _sentences,
    _words,
)
from persona_archive.kinds import SLUGS

FIRST_PERSON_PATH = Path(__file__).resolve().parents[1] / "data" / "first_person.yml"


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
    # The counts of each of those rows, by line: they stay with the post the row closes.
    post_reactions: tuple[tuple[int, tuple[tuple[str, int], ...]], ...] = ()
    # Other names the site goes by (its profile's title, names and hosts): a line at the top
    # that is only the site's name is chrome, not the document's title.
    site_names: tuple[str, ...] = ()
    # The lines an earlier stage removed as chrome, (line number, text): a date line under a
    # headline is the headline's, even once it is gone (the title rules read it).
    removed: tuple[tuple[int, str], ...] = ()
    # The rule that removed each of those lines, (line number, rule): what a thread prints once
    # per post (buttons, votes, the post's date) is evidence of the kind.
    removed_rules: tuple[tuple[int, str], ...] = ()


_NO_HINTS = Hints()

# Chrome a thread prints with every post: its buttons, votes and counters, its date and its
# author's details (rule names of the boilerplate stage).
POST_FURNITURE = frozenset(
    {
        "interface:post-actions",
        "interface:voting",
        "interface:post-meta",
        "interface:timestamp",
        "interface:counter",
        "reaction-row",
    }
)
# A thread is several posts: at least this many furniture rows between its texts …
THREAD_BREAKS = 2
# … and no one text holding this share of the letters (an article with a comment section is
# one long text and short replies under it).
THREAD_LONGEST = 0.6
# A time offset into a recording ("0:04", "01:12:31") alone among a line's numbers.
_OFFSET = re.compile(r"(?<![\d:.,])(?:(\d{1,2}):)?(\d{1,2}):([0-5]\d)(?![\d:.,])")
_NUMBER = re.compile(r"\d+(?:[:.,]\d+)*")
MEDIA_OFFSETS = 3


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
        words=words,
        narration=any(_NARRATION.match(t) for t in texts),
        replies=sum(_is_reply_start(t) for t in texts[1:]),
        markers=sum(bool(_POST_MARKER.match(t)) for t in texts),
    )


_NOT_LETTERS = re.compile(r"[\W\d_]+")


# Scripts where one character is a word or a syllable (Han, kana, Hangul): each weighs as much
# as this many letters of an alphabet, so that a paragraph is as long in any script.
_SYLLABIC = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
SYLLABIC_WEIGHT = 3


def _letters(text: str) -> int:
    """Letters, a character of a syllabic script counting ``SYLLABIC_WEIGHT``.

    >>> _letters("Ab, 12!"), _letters("我是AI")
    (2, 8)
    """
    return len(_NOT_LETTERS.sub("", text)) + (SYLLABIC_WEIGHT - 1) * len(_SYLLABIC.findall(text))


def thread_segments(lines: list[Line], hints: Hints = _NO_HINTS) -> list[int]:
    """The letters of each run of text between rows of post furniture that the boilerplate
    stage removed (``POST_FURNITURE``): in a thread, about one run a post. Rows above the first
    or below the last line of text are the page's, not a post's. Letters, not words, so that
    scripts written without spaces weigh the same.

    >>> from persona_archive.cleaning.model import split_lines
    >>> lines = split_lines("First post.\\n\\nA reply.\\n\\nAnother one.")
    >>> thread_segments(lines, Hints(removed_rules=((2, "interface:voting"), (4, "x"))))
    [9, 16]
    """
    if not lines:
        return []
    first, last = lines[0].no, lines[-1].no
    rows = sorted(
        {no for no, rule in hints.removed_rules if rule in POST_FURNITURE and first < no < last}
    )
    segments = [_letters(lines[0].text)]
    for prev, ln in pairwise(lines):
        i = bisect_right(rows, prev.no)
        if i < len(rows) and rows[i] < ln.no and segments[-1]:
            segments.append(0)
        segments[-1] += _letters(ln.text)
    return segments


def _is_thread(lines: list[Line], hints: Hints) -> bool:
    """Several texts, each closed by the furniture a thread prints with every post, none of
    them most of the page (an article with comments under it is one long text)."""
    segments = thread_segments(lines, hints)
    return len(segments) > THREAD_BREAKS and max(segments) < THREAD_LONGEST * sum(segments)


def _media_offsets(lines: list[Line], hints: Hints) -> bool:
    """Whether the page marks times into a recording: at least ``MEDIA_OFFSETS`` lines (kept or
    removed) whose one number is a time offset, rising, the first within the first minute
    ("0:00", "0:04", "1:12"). Times of day on a chat's posts do not start at zero.

    >>> from persona_archive.cleaning.model import split_lines
    >>> _media_offsets(split_lines("0:00\\nHello.\\n0:05\\nYes.\\n1:12\\nBye."), Hints())
    True
    >>> _media_offsets(split_lines("09:14\\nHello.\\n12:40\\nYes.\\n18:02\\nBye."), Hints())
    False
    """
    texts = sorted([*hints.removed, *((ln.no, ln.text) for ln in lines)])
    seconds = []
    for _, text in texts:
        numbers = _NUMBER.findall(text)
        m = _OFFSET.search(text)
        if m and numbers == [m.group(0)]:
            hours, minutes, secs = m.groups()
            seconds.append(int(hours or 0) * 3600 + int(minutes) * 60 + int(secs))
    return (
        len(seconds) >= MEDIA_OFFSETS
        and seconds[0] < 60
        and all(a < b for a, b in pairwise(seconds))
    )


# Prose: this many letters or more in lines long enough to be paragraphs (letters, so that
# scripts written without spaces count as they read).
PROSE_LETTERS = 300
PARAGRAPH_LETTERS = 80
# A text speaks as "I" when it says so once in this many letters or less (one in a hundred words
# of English).
LETTERS_PER_I = 500


def _is_prose(lines: list[Line], s: _Shape) -> bool:
    """Running text: long lines or blank-line paragraphs, or enough letters in lines long
    enough to be paragraphs."""
    if s.words >= 80 and (s.median_len >= 150 or s.gaps >= 0.5):
        return True
    letters = (_letters(ln.text) for ln in lines)
    return sum(n for n in letters if n >= PARAGRAPH_LETTERS) >= PROSE_LETTERS


@cache
def _first_person() -> dict[str, re.Pattern[str]]:
    """Each language's way of saying "I" (``data/first_person.yml``), as one regex."""
    data, _lines = config.load_yaml(FIRST_PERSON_PATH, "first_person")
    found = {}
    for language, forms in data["languages"].items():
        words = [rf"(?<!\w){re.escape(w)}(?!\w)" for w in forms.get("words", [])]
        found[language] = re.compile("|".join([*words, *forms.get("patterns", [])]), re.I)
    return found


def _speaks_as_i(lines: list[Line]) -> bool:
    """Whether the text says "I" in its own language (``data/first_person.yml``) once in
    ``LETTERS_PER_I`` letters or less.

    >>> from persona_archive.cleaning.model import split_lines
    >>> _speaks_as_i(split_lines("Ich habe lange überlegt, ob ich darüber schreibe. " * 4))
    True
    >>> _speaks_as_i(split_lines("Die Stadt hat beschlossen, die Bibliothek zu erweitern. " * 4))
    False
    """
    text = "\n".join(ln.text for ln in lines)
    pattern = _first_person().get(detect_language(text))
    if pattern is None:
        return False
    return len(pattern.findall(text)) * LETTERS_PER_I >= _letters(text)


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
    5. the text's shape: mostly one sentence per line without blank-line paragraphs, or time
       offsets into a recording ("0:00", "0:04", "1:12") → podcast-transcript; two or more
       lines that are only a post label ("Reply", "Comment 2") → forum-thread; a later line
       opening like a reply ("Ah I see, misunderstood your comment.") among long comment-like
       lines → forum-thread; short lines, many fragments, and "Internet:"-style labels,
       @/#-tags or "1/7" numbering → social-thread; three or more texts parted by the
       furniture a thread prints with each post (its date, buttons, votes; ``removed_rules``),
       none of them most of the page → forum-thread; prose (long lines or blank-line
       paragraphs, ≥ 80 words; or ``PROSE_LETTERS`` in lines long enough to be paragraphs) →
       blog-post if it says "I" in its language (``data/first_person.yml``) once in
       ``LETTERS_PER_I`` letters, else article;
    6. otherwise other.

    >>> from persona_archive.cleaning.model import split_lines
    >>> detect_kind(split_lines("Heading.\\nIntro.\\nText."))
    'podcast-transcript'
    >>> detect_kind([], Hints(url="https://x.com/someone/status/1"))
    'social-thread'
    >>> detect_kind([], Hints(kind="article", url="https://x.com/a/status/1"))
    'article'
    """
    if hints.kind is not None:
        if hints.kind not in SLUGS:
            raise ValueError(f"unknown kind {hints.kind!r}; expected one of {', '.join(SLUGS)}")
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
    if _is_transcript_shape(shape) or _media_offsets(lines, hints):
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
    if _is_thread(lines, hints):
        return "forum-thread"
    if _is_prose(lines, shape):
        return "blog-post" if _speaks_as_i(lines) else "article"
    return "other"
