"""Social-page furniture told by repetition within the page, in any language (issue 18).

A social page (Mastodon, Bluesky, Threads, a Telegram channel's preview, VK, Weibo, Tumblr)
prints the same furniture with every post: a visibility mark, a "translate" link, a row of
buttons, counts and times in the same shape. The interface list knows the words of the sites
it was written from; this module reads the evidence every such page gives on its own:

- ``post_template_lines``: a short line that is not a sentence, whose shape (its text with
  each number made "#") the page prints between the texts of two posts or more, beside
  removed chrome or among the same furniture under another post (the two lines under it or
  over it the same shapes): "Öffentlich", "번역", "❝ 2" / "❝ 0", "3 гру о 11:02".
  A line with a figure needs two different figures (a count or a time differs from post to
  post; "+1" twice is two replies), and over a post's text only a date or a relative time
  ("6h", "2時間") goes: a numbered heading ("v2.4.0", "Day 3") stays. A line without a
  figure must stand with most of the posts (a poster's name stands with theirs only), never
  over a post's text anywhere on the page (a display name), nor where a text stands (right
  under a handle, under a line that elsewhere heads a text, or under a removed date: a
  one-word reply such as "Same" or "なるほど", however often it is posted). Lines the
  interface list knows go by its contexts ("Reply" alone stays for the structure stage),
  and a list the text introduces with a colon stays.
- ``profile_stats``: a profile header's counts, one label and one figure a line ("Tweets
  1 208" / "Abonnés 4 562", "关注 212" / "粉丝 3.4万"), two lines or more in a row above the
  first post (the page's second run of prose, when it has two: the first may be the bio) and
  beside removed chrome; not under a line ending with a colon ("Mój przepis:" / "400 g wody"
  / "10 g soli" is a list the text introduces).

Each rule adds ``index -> (rule, detail)`` to ``removed``, like the rules of ``context``, and
reads only the lines not removed so far, so a second cleaning finds nothing more.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from persona_archive.cleaning.boilerplate.edges import is_prose
from persona_archive.cleaning.boilerplate.interface import (
    POST_LABELS,
    has_letter,
    interface_key,
    match_interface,
    repo_interface_strings,
)
from persona_archive.cleaning.boilerplate.shapes import (
    SENTENCE_MARKS,
    furniture_shape,
    is_quoted,
    social_handle,
)
from persona_archive.cleaning.model import Line

# a line of post furniture is short: at most this many words and characters
FURNITURE_MAX_WORDS = 5
FURNITURE_MAX_CHARS = 40

# the furniture is printed between the texts of this many posts or more
FURNITURE_REPEATS_MIN = 2

# a number as sites print it inside a line: "1,204", "3.4", "1 208", "١٢٬٤٠٠"
_NUMBER = re.compile(r"\d(?:[\d.,٬٫  ]*\d)?")

# a number glued to a word: a version or a chapter ("v2.4.0", "第3章"), no count
_GLUED = re.compile(r"[^\W\d_]#")

# a relative time as apps print it over a post: a figure and a unit of a letter or two
# ("6h", "2 d", "5g", "2時間", "3일")
_AGO = re.compile(r"# ?[^\W\d_]{1,2}\.?")


# a profile's count: a label of one or two words and a figure, either way round
_COUNT = r"\d[\d.,  ]*(?: ?(?:k|m|b|mil|mi|tys\.?|тыс\.?|млн|тис\.?|万|萬|千|천|만|b))?"
_LABEL = r"[^\W\d_]+(?:['’][^\W\d_]+)?(?: [^\W\d_]+)?"
_STAT = re.compile(rf"(?:{_LABEL} {_COUNT}|{_COUNT} ?{_LABEL})", re.IGNORECASE)


def _shape(text: str) -> str:
    """A line as the template prints it: case folded, its signs kept ("❝", "♥": which count
    it is), each number made "#".

    >>> _shape("❝ 12"), _shape("3 гру о 11:02"), _shape("Öffentlich")
    ('❝ #', '# гру о #:#', 'öffentlich')
    """
    return _NUMBER.sub("#", " ".join(unicodedata.normalize("NFC", text).casefold().split()))


def _is_text(text: str) -> bool:
    """A line of a post's text: prose, a longer line, or a short sentence with no figure (a
    one-word reply, "Exato.", "인정."). A date with a full stop ("4. Dez.") is not one.

    >>> [_is_text(t) for t in ("Exato.", "4. Dez.", "Afficher le fil", "Tweets 1 208")]
    [True, False, False, False]
    """
    text = " ".join(text.split())
    if is_prose(text) or is_quoted(text):
        return True
    if len(text.split()) > FURNITURE_MAX_WORDS or len(text) > FURNITURE_MAX_CHARS:
        return True
    return text[-1:] in SENTENCE_MARKS and not any(ch.isdigit() for ch in text)


def _is_date(text: str) -> bool:
    found = furniture_shape(text)
    return found is not None and found.kind == "timestamp"


def _listed(text: str) -> bool:
    """Whether the interface list knows the line, in any context (a post label, "Reply",
    stays alone: the structure stage reads it)."""
    key = interface_key(text)
    return (
        key in POST_LABELS
        or repo_interface_strings().lookup(key) is not None
        or match_interface(text) is not None
    )


def _left_over(kept: list[Line], removed: dict[int, tuple[str, str]], i: int) -> bool:
    """Whether line ``i`` stands right under a text and right over removed furniture that
    is not a time: what is left of a post's footer, not a name over the next post.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("A text.\\nPublic\\n3\\nShare\\nAnother text.")
    >>> _left_over(page, {2: ("", ""), 3: ("", "")}, 1), _left_over(page, {}, 1)
    (True, False)
    >>> named = split_lines("A text.\\nann\\n2 d\\nAnother text.")
    >>> _left_over(named, {2: ("", "")}, 1)  # a name over a removed time
    False
    """
    prev = next(
        (j for j in range(i - 1, -1, -1) if j not in removed and kept[j].text.strip()), None
    )
    if prev is None or not _is_text(kept[prev].text):
        return False
    below = next((j for j in range(i + 1, len(kept)) if kept[j].text.strip()), None)
    while below is not None and below in removed and not has_letter(kept[below].text):
        below = next((j for j in range(below + 1, len(kept)) if kept[j].text.strip()), None)
    return below is not None and below in removed and "#" not in _shape(kept[below].text)


def _figure_shape(key: str) -> bool:
    """A shape with a figure and something that says what it counts: a letter or a sign
    ("# likes", "❝ #", "#時間"); a line of figures and punctuation ("40.", "3/5") is someone's
    answer as often as a count, and the other rules read those."""
    return "#" in key and any(not ch.isascii() or ch.isalpha() for ch in key.replace("#", ""))


def post_template_lines(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """The short lines a social page's template prints with every post (see the module's
    docstring).

    >>> from persona_archive.cleaning.model import split_lines
    >>> post = "The bot asked how much light the seedlings get before it answered."
    >>> one = f"{post}\\nPubliek\\nReply"
    >>> page = split_lines(f"ann\\n@ann\\n{one}\\nbo\\n@bo\\n{one}")
    >>> r = {4: ("interface:post-actions", ""), 9: ("interface:post-actions", "")}
    >>> post_template_lines(page, r, {}); sorted(r)
    [3, 4, 8, 9]
    """
    seen = [i for i in range(len(kept)) if i not in removed and kept[i].text.strip()]
    texts = {i for i in seen if _is_text(kept[i].text)}
    gap_of: dict[int, int] = {}
    introduced: dict[int, bool] = {}  # gaps under a line of text that ends with a colon
    gap = 0
    for i in seen:
        if i in texts:
            gap += 1
            introduced[gap] = kept[i].text.rstrip().endswith((":", "："))
        else:
            gap_of[i] = gap
    after = dict(itertools.pairwise(seen))
    before = {b: a for a, b in itertools.pairwise(seen)}
    shapes = {i: _shape(kept[i].text) for i in gap_of}
    # shapes that head a post's text somewhere on the page: a name, a time over the text; not
    # a line between two texts whose furniture under it went (a mark left under a post)
    heads = {
        shapes[i] for i in gap_of if after.get(i) in texts and not _left_over(kept, removed, i)
    }

    def opens_post(i: int) -> bool:
        nxt = after.get(i)
        if nxt is not None and nxt not in texts and "#" in shapes.get(nxt, ""):
            nxt = after.get(nxt)  # a time between a name and the text
        return nxt is not None and (nxt in texts or social_handle(kept[nxt].text))

    def in_text_slot(i: int) -> bool:
        prev = before.get(i)
        if prev is None or prev in texts:
            return False
        if social_handle(kept[prev].text) or shapes.get(prev) in heads:
            return True
        # or right under a date that went, itself under that line: "bo" / "12 sty" / "Same"
        over = _neighbour(kept, i, -1)
        return over is not None and over in removed and over > prev and _is_date(kept[over].text)

    blocks = sum(
        1 for n, i in enumerate(seen) if i in texts and (n == 0 or seen[n - 1] not in texts)
    )
    places: dict[str, list[int]] = {}
    for i in gap_of:
        text = kept[i].text
        if not has_letter(text) and not _figure_shape(shapes[i]):
            continue
        if social_handle(text) or _listed(text):
            continue  # the list's own strings go by its contexts (a post label stays alone)
        if introduced.get(gap_of[i]):
            continue  # a list the text introduces ("My settings:")
        places.setdefault(shapes[i], []).append(i)
    found: dict[int, str] = {}
    for key, indexes in places.items():
        if "#" in key:
            if not _figure_shape(key) or len({interface_key(kept[i].text) for i in indexes}) < 2:
                continue
            if _GLUED.search(key) or any(
                after.get(i) in texts and not _is_date(kept[i].text) and not _AGO.fullmatch(key)
                for i in indexes
            ):
                continue  # a section's number ("v2.4.0", "第3章", "Day 3" over its text)
            chosen = indexes
        else:
            if key in heads:
                continue  # a name that heads a post somewhere heads them all
            chosen = [
                i
                for i in indexes
                if not (opens_post(i) and not _left_over(kept, removed, i)) and not in_text_slot(i)
            ]
            if 2 * len({gap_of[i] for i in chosen}) <= blocks:
                continue  # a template prints it with most posts; a poster's name, with theirs
        if len({gap_of[i] for i in chosen}) < FURNITURE_REPEATS_MIN:
            continue
        for i in chosen:
            found[i] = key

    position = {i: n for n, i in enumerate(seen)}

    def signatures(i: int) -> set[tuple[str, ...]]:
        """The shapes of the two lines under it and of the two over it, in its gap."""
        n, found_here = position[i], set()
        for step in (1, -1):
            near = [seen[m] for m in (n + step, n + 2 * step) if 0 <= m < len(seen)]
            if len(near) == 2 and all(gap_of.get(j) == gap_of[i] for j in near):
                found_here.add((str(step), *(shapes[j] for j in near)))
        return found_here

    def beside_furniture(i: int, key: str) -> bool:
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(kept) and not kept[j].text.strip():
                j += step
            if 0 <= j < len(kept) and (j in removed or j in found):
                return True
        # or printed among the same furniture under another post (its next two lines or its
        # last two the same shapes)
        others = [j for j in found if j != i and found[j] == key and gap_of[j] != gap_of[i]]
        mine = signatures(i)
        return any(mine & signatures(j) for j in others)

    by_key: dict[str, list[int]] = {}
    for i, key in found.items():
        by_key.setdefault(key, []).append(i)
    for key, indexes in by_key.items():
        # a figure's shape is furniture by itself: evidence beside one post is enough
        needed = 1 if "#" in key else FURNITURE_REPEATS_MIN
        if sum(1 for i in indexes if beside_furniture(i, key)) < needed:
            continue
        kind = "counter" if "#" in key else "post-meta"
        for i in indexes:
            removed[i] = (f"interface:{kind}", f"printed with {len(indexes)} posts: {key}"[:160])
            anchors[i] = kind


def profile_stats(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """A profile header's counts (see the module's docstring): a run of two or more lines of
    one label and one figure, labels all different, above the first post (the second run of
    prose: a bio may stand over the counts) and beside removed chrome.

    >>> from persona_archive.cleaning.model import split_lines
    >>> post = "The bot asked how much light the seedlings get before it answered."
    >>> head = "Follow\\nPosts 412\\nFollowing 87"
    >>> page = split_lines(f"{post}\\n{head}\\n{post}\\n2 eggs\\n3 apples")
    >>> r = {1: ("interface:post-actions", "")}
    >>> profile_stats(page, r, {}); sorted(r)
    [1, 2, 3]
    """
    seen = [i for i in range(len(kept)) if i not in removed and kept[i].text.strip()]
    prose = [i for i in seen if is_prose(kept[i].text)]
    if not prose:
        return
    # where each run of prose starts: the second is the first post's when a bio stands first
    place = {i: n for n, i in enumerate(seen)}
    starts = [i for n, i in enumerate(prose) if n == 0 or place[i] - place[prose[n - 1]] > 1]
    first = starts[1] if len(starts) > 1 else starts[0]
    runs: list[list[int]] = [[]]
    for i in seen:
        if i >= first:
            break
        text = " ".join(kept[i].text.split())
        if _STAT.fullmatch(text) and has_letter(text):
            runs[-1].append(i)
        elif runs[-1]:
            runs.append([])
    for run in runs:
        labels = {_NUMBER.sub("", interface_key(kept[i].text)).strip() for i in run}
        if len(run) < 2 or len(labels) < len(run):
            continue
        edges = (_neighbour(kept, run[0], -1), _neighbour(kept, run[-1], 1))
        if not any(j in removed for j in edges if j is not None):
            continue
        over = _neighbour_kept(kept, removed, run[0])
        if over is not None and kept[over].text.rstrip().endswith((":", "：")):
            continue  # a list the text introduces ("My recipe:" / "400 g water")
        for i in run:
            removed[i] = ("interface:counter", f"a profile's counts, a run of {len(run)}")
            anchors[i] = "counter"


def _neighbour_kept(kept: list[Line], removed: dict[int, tuple[str, str]], i: int) -> int | None:
    """The first line over line ``i`` that no rule removed and that has no figure (over a
    list's other items: "My recipe:" over "500 g rye flour" over "400 g water")."""
    j = i - 1
    while j >= 0 and (
        not kept[j].text.strip() or j in removed or any(ch.isdigit() for ch in kept[j].text)
    ):
        j -= 1
    return j if j >= 0 else None


def _neighbour(kept: list[Line], i: int, step: int) -> int | None:
    j = i + step
    while 0 <= j < len(kept) and not kept[j].text.strip():
        j += step
    return j if 0 <= j < len(kept) else None


def social_furniture(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """The rules of this module, in order (``context`` runs them to a fixpoint with the
    others)."""
    profile_stats(kept, removed, anchors)
    post_template_lines(kept, removed, anchors)
