"""Thread posts: where a forum or social-media thread's text itself marks that a post begins, and
the archive's label ("Comment", "Reply 1", "Post 2") before each such post.

It exists because a scraped thread is one run of paragraphs. A label is the archive's words, not
the source's (editorial: the page marks it so, it has no ¶ number, and the corpus keeps it out of
the text), and it tells the reader "someone else speaks from here". So a post is split off only
where the text marks one — the evidence, each with the rule name its ``Change`` carries:

1. ``post-marker``: a line that is only a post label ("Comment", "Reply", "Post #3",
   "Answer 2"); the archive's label takes its place (and a post starts after it, whether the
   line headed the post or was the previous post's "Reply" button);
2. ``post`` after a reaction row: the boilerplate stage removed a reaction-count row between two
   paragraphs (``Hints.post_ends``); a row closes the post it follows, so the next paragraph
   starts a post, and the run before the first row is the thread's first post;
3. ``post`` at a quote of the thread: a block quote that repeats words of an earlier paragraph
   of the thread is a reply quoting what it answers; its post starts at the quote, or at the
   attribution line just before it ("alice wrote:").

One kind of evidence splits a thread: its marker lines if it has any, else its reaction rows,
else its quotes (see ``_starts``).

Nothing else is evidence. A paragraph that only *reads* like a reply ("I disagree.", "For what
it's worth, I take the opposite position.") is not: the writer of the first post answering a
rebuttal opens the same way, and grouping by such guesses put a rebuttal and the post it rebuts
under one "Reply 1", one person arguing with themselves. Where the text marks no post, the
thread stays one unlabelled run of paragraphs; text before the first marked post start stays
unlabelled too (it may hold several posts), and in a forum the posts after it are all replies
("Reply 1"…; "Comment" is only a post that opens the thread). A run between two marked
boundaries is shown as one post; where the source marks only some of its posts, such a run can
still hold more than one.
"""

from __future__ import annotations

import re

from persona_archive.cleaning.model import PARAGRAPH, POST, QUOTE, Change
from persona_archive.cleaning.structure.detection import _POST_MARKER
from persona_archive.cleaning.structure.paragraphs import _Para
from persona_archive.cleaning.structure.text import STAGE, _words

# The line that introduces a quoted post in forum software ("alice wrote:", "Quote from bob:").
_ATTRIBUTION = re.compile(
    r"(?:\b(?:wrote|writes|said|says|posted|quote\s+from|quoting)"
    r"|\b(?:a\s+écrit|schrieb|escribió|scrisse|написал[аи]?|έγραψε))\s*:$",
    re.IGNORECASE,
)
_ELLIPSIS = re.compile(r"\s*(?:…|\.{3,}|\[…\]|\[\.\.\.\])\s*")
_MIN_QUOTED_WORDS = 4  # shorter overlaps ("I agree with this") prove nothing


def _posts(
    paras: list[_Para],
    kind: str,
    post_ends: tuple[int, ...] = (),
    post_reactions: tuple[tuple[int, tuple[tuple[str, int], ...]], ...] = (),
) -> tuple[list[_Para], list[Change]]:
    """Insert POST labels where the text marks a post (see the module docstring); explicit
    marker lines become labels. Paragraphs that merely read like a reply are never split off.

    >>> paras = [_Para(PARAGRAPH, "One.", (1,)), _Para(PARAGRAPH, "Two.", (3,))]
    >>> [p.text for p in _posts(paras, "social-thread", (2,))[0]]
    ['Post 1', 'One.', 'Post 2', 'Two.']
    >>> paras = [_Para(PARAGRAPH, "A claim.", (1,)), _Para(PARAGRAPH, "I disagree. No.", (2,))]
    >>> [p.text for p in _posts(paras, "forum-thread")[0]]
    ['A claim.', 'I disagree. No.']
    """
    if kind not in ("forum-thread", "social-thread"):
        return paras, []
    forum = kind == "forum-thread"

    def label(k: int) -> str:
        if forum:
            return "Comment" if k == 0 else f"Reply {k}"
        return f"Post {k + 1}"

    starts = _starts(paras, post_ends)
    if not starts:
        return paras, []
    out: list[_Para] = []
    changes: list[Change] = []
    # A forum's "Comment" is the post that opens the thread; after unlabelled text, posts reply.
    k = 1 if forum and min(starts) > 0 else 0
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
    _post_reactions(out, post_reactions)
    return out, changes


def _post_reactions(
    out: list[_Para], rows: tuple[tuple[int, tuple[tuple[str, int], ...]], ...]
) -> None:
    """Give each post's label the counts of the reaction rows inside its post: from its first
    paragraph to the next post's (a row closes the post it follows). Rows before the first
    label stay with the document's total only.

    >>> out = [_Para(POST, "Post 1", ()), _Para(PARAGRAPH, "Hi.", (1,)),
    ...        _Para(POST, "Post 2", ()), _Para(PARAGRAPH, "Hey.", (3,))]
    >>> _post_reactions(out, ((2, (("👍", 3),)), (4, (("❤", 1), ("👍", 1)))))
    >>> out[0].reactions, out[2].reactions
    ({'👍': 3}, {'❤': 1, '👍': 1})
    """
    if not rows:
        return
    labels = [i for i, p in enumerate(out) if p.kind == POST]
    for n, i in enumerate(labels):
        end = labels[n + 1] if n + 1 < len(labels) else len(out)
        lines = [line for p in out[i + 1 : end] for line in p.lines]
        if not lines:
            continue
        after = [line for p in out[end:] for line in p.lines]
        first, stop = min(lines), min(after, default=float("inf"))
        counts: dict[str, int] = {}
        for line, pairs in rows:
            if first < line < stop:
                for key, count in pairs:
                    counts[key] = counts.get(key, 0) + count
        out[i].reactions = counts or None


def _starts(paras: list[_Para], post_ends: tuple[int, ...]) -> dict[int, tuple[str, str]]:
    """Paragraph index -> (evidence, detail) for every post start the text marks, by one kind of
    evidence: the thread's marker lines if it has any, else its reaction rows, else its quotes
    of earlier posts. Kinds are not mixed: a site that ends each post with a reaction row *and*
    a "Reply" button would otherwise get two boundaries around the furniture between them (a
    "Like" line), a post of its own.

    >>> ps = [_Para(PARAGRAPH, t, (n,)) for n, t in enumerate(["Reply", "Hi.", "Hey."], 1)]
    >>> _starts(ps, ())
    {0: ('marker', 'explicit post marker line')}
    >>> ps = [_Para(PARAGRAPH, "Hi.", (1,)), _Para(PARAGRAPH, "Hey.", (3,))]
    >>> _starts(ps, (2,))  # a reaction row removed at line 2 closed the first post
    {0: ('first', 'first post of the thread: a reaction row closes it'), \
1: ('separator', 'follows a reaction row that closed the previous post')}
    """
    markers = {  # a marker with nothing after it labels no post: it stays the source's line
        i: ("marker", "explicit post marker line")
        for i, p in enumerate(paras[:-1])
        if p.kind == PARAGRAPH and _POST_MARKER.match(p.text)
    }
    if markers:
        return markers
    rows = {
        i: ("separator", "follows a reaction row that closed the previous post")
        for i in range(1, len(paras))
        if _separated(paras[i - 1], paras[i], post_ends)
    }
    if rows:
        # A reaction row closes the post it follows: the text before the first row is one.
        return {0: ("first", "first post of the thread: a reaction row closes it"), **rows}
    quotes: dict[int, tuple[str, str]] = {}
    for i in range(1, len(paras)):
        source = _quoted_from(paras, i) if paras[i].kind == QUOTE else None
        if source is not None:
            at = i - 1 if _is_attribution(paras[i - 1]) else i
            detail = f"quotes line {paras[source].lines[0]}, an earlier post of the thread"
            quotes.setdefault(at, ("quote", detail))
    return quotes


def _separated(before: _Para, after: _Para, post_ends: tuple[int, ...]) -> bool:
    """Whether a removed separator line sits between two paragraphs."""
    if not (post_ends and before.lines and after.lines):
        return False
    last, first = max(before.lines), min(after.lines)
    return any(last < end < first for end in post_ends)


def _is_attribution(p: _Para) -> bool:
    """A short line that introduces a quote: "alice wrote:", "Quoting bob:".

    >>> _is_attribution(_Para(PARAGRAPH, "alice_b wrote:", (1,)))
    True
    >>> _is_attribution(_Para(PARAGRAPH, "Here is what the model wrote in its reply:", (1,)))
    False
    """
    return p.kind == PARAGRAPH and len(_words(p.text)) <= 6 and bool(_ATTRIBUTION.search(p.text))


def _quoted_from(paras: list[_Para], i: int) -> int | None:
    """The index of an earlier paragraph whose words the quote ``paras[i]`` repeats (at least
    ``_MIN_QUOTED_WORDS`` of them in a row; an elided quote's every part), else None.

    >>> ps = [_Para(PARAGRAPH, "Models imitate people, so they have moods.", (1,)),
    ...       _Para(QUOTE, "…they have moods", (2,))]
    >>> _quoted_from(ps, 1) is None
    True
    >>> ps[1].text = "“Models imitate people, so they have moods.”"
    >>> _quoted_from(ps, 1)
    0
    """
    parts = [_norm(part) for part in _ELLIPSIS.split(paras[i].text)]
    parts = [part for part in parts if part]
    if not parts or max(len(part.split()) for part in parts) < _MIN_QUOTED_WORDS:
        return None
    for j in range(i - 1, -1, -1):
        if paras[j].kind == PARAGRAPH:
            earlier = f" {_norm(paras[j].text)} "
            if all(f" {part} " in earlier for part in parts):  # whole words only
                return j
    return None


def _norm(text: str) -> str:
    """Case, quotation marks and spacing do not make a quote different from its source."""
    text = re.sub(r"[\"“”‘’'«»„]", "", text.casefold())
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())
