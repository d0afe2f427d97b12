"""Thread posts: label where each post of a forum or social-media thread begins.

It exists because a scraped thread is one run of paragraphs; the page needs a label ("Comment",
"Reply 1", "Post 2") before each post. Explicit marker lines win; otherwise a paragraph that
opens like a reply (forums) or follows a removed reaction row starts a post.
"""

from __future__ import annotations

from persona_archive.cleaning.model import PARAGRAPH, POST, Change
from persona_archive.cleaning.structure.detection import _POST_MARKER, _is_reply_start
from persona_archive.cleaning.structure.paragraphs import _Para
from persona_archive.cleaning.structure.text import STAGE


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
