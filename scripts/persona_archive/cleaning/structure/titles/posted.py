"""Titles too short to be heading-like that a post's furniture confirms: a thread's or a
paste's title of one to four words ("Gerald update", "Persona evals", "Duplicate companions?")
with the post's header beside it (the poster's handle and the post's time), or with a site's
mark glued to it (an issue's number, the linked page's domain).

``headline`` refuses such short lines (they are a site's name, a menu's word, a section label
elsewhere); a post's header beside one, or a mark the site prints beside a thread's title
only, is the evidence that it is the post's title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise

from persona_archive.cleaning.boilerplate.interface import match_interface
from persona_archive.cleaning.boilerplate.shapes import social_handle
from persona_archive.cleaning.model import Line
from persona_archive.cleaning.structure.titles.chrome import chrome_reason
from persona_archive.cleaning.structure.titles.credits import _is_byline_line, _name_like
from persona_archive.cleaning.structure.titles.dates import _dateline, _holds_date, _is_date_line
from persona_archive.cleaning.structure.titles.evidence import _keys, body_share, prose_keys
from persona_archive.cleaning.structure.titles.labels import _SEARCH_PROMPT, _numbered
from persona_archive.cleaning.structure.titles.measure import (
    _INVISIBLE,
    _TOP_LINES,
    _is_body,
    _key,
    _no_space_script,
    _width,
)
from persona_archive.cleaning.structure.titles.neighbours import _under
from persona_archive.cleaning.structure.titles.proper import site_marked
from persona_archive.cleaning.structure.titles.unusual import _POST_FIELD, _prose, _uncased_name

_POSTED_WORDS = 4
"""The most words a post's short title has here (a longer one is heading-like)."""
_POSTED_WIDTH = (4, 20)
"""... in a script without spaces, its width: two to ten characters."""

# A poster's handle on a line of its own: Reddit's "u/name", "@name", or one word with a digit,
# "_", "." or "-" in it or in lower case ("bramble_and_yeast", "fennel-q", "larchwood").
_HANDLE = re.compile(r"^(?:u/|@)?[^\W\d][\w.\-]{1,38}$")
_TIMESTAMP = "interface:timestamp"
"""The chrome rule that removes a post's date or time ("• 4 hr. ago", "Mar 2, 2026")."""


def _handle(text: str) -> bool:
    """A poster's handle (``_HANDLE``): a prefix, a digit or a joiner in it, or lower case.

    >>> [_handle(t) for t in ("u/wren_mcallister", "fennel-q", "larchwood", "@ana")]
    [True, True, True, True]
    >>> [_handle(t) for t in ("Sycophancy", "Gerald update", "Home", "4 hr. ago")]
    [False, False, False, False]
    """
    text = text.strip()
    if not _HANDLE.match(text):
        return False
    return bool(text.startswith(("u/", "@")) or re.search(r"[\d_.\-]", text) or text.islower())


def _poster(text: str) -> bool:
    """The poster's name heading a post: a handle, a person's name, or two or three words in
    lower case with nothing else (Pastebin's "a guest").

    >>> [_poster(t) for t in ("fennel-q", "Ada Lindqvist", "a guest", "Read more here.")]
    [True, True, True, False]
    """
    text = " ".join(text.split())
    words = text.split()
    return (
        _handle(text)
        or _name_like(text)
        or (
            2 <= len(words) <= 3
            and len(text) <= 24
            and all(w.isalpha() and w.islower() for w in words)
        )
    )


# the end of a sentence or of a label: a display name ends in none ("Thomas R." may)
_NOT_A_NAME_END = re.compile(r"[!?！？。:：,，、;；…]$")
_SAID_END = re.compile(r"[.!?…。！？][\"”’)\]»]*$")


def heads_posts(texts: Sequence[str], i: int) -> bool:
    """``texts[i]`` is the display name heading a social post (Mastodon, Bluesky, Misskey,
    Threads, in any script), which is metadata and never the page's title: a short line with
    the poster's @handle under it, or, on a page whose posts show handles, one over the post's
    text that the page prints again as a line of its own further down, over another post of
    the same poster (its handle gone as the furniture printed with each of its posts).

    The handle itself heads the post too. A channel's name over its handle and its counts is
    the channel's header, and a title printed again further down stands over a post's header
    (the thread's subject over each post), not over its text: neither heads a post here.

    >>> post = "The assistant now says when it does not know the answer, and people like it."
    >>> note = "今日は案内botに少しだけ皮肉の効いた性格を付けた。"
    >>> heads_posts(["茶葉と機械", "@chaba_kikai", note], 0)
    True
    >>> heads_posts(["Apiário da Serra", "@apiariodaserra.bsky.social", post], 1)
    True
    >>> heads_posts(["Pão e bots", "@pao_e_bots", "12 400 inscritos", "318 fotos"], 0)
    False
    >>> heads_posts(["Ana Lima", post, "Bo", "@bo", post, "Ana Lima", post], 0)
    True
    >>> heads_posts(["Ana Lima", post, "Bo", post, "Ana Lima", post], 0)  # a channel's name
    False
    >>> heads_posts(["Persona files", post, "More about persona files", post], 0)
    False
    >>> heads_posts(["Tea bots", "wren_k", post, "Tea bots", "fennel-q", post], 0)
    False
    """
    text = " ".join(texts[i].split())
    words = text.split()
    if social_handle(text):  # the handle itself, over the post's text
        return i + 1 < len(texts) and _post_text(texts[i + 1].strip())
    wide = _width(text) > _POSTED_WIDTH[1] if _no_space_script(text) else len(words) > _POSTED_WORDS
    if not text or wide or _NOT_A_NAME_END.search(text):
        return False

    def said(line: str) -> bool:  # a post's text: prose, or a sentence that asks
        return (
            _prose(line, text)
            or _post_text(line)
            or bool(_SAID_END.search(line) and len(line.split()) > _POSTED_WORDS + 1)
        )

    def over_post(j: int) -> bool:  # the post's text under it, or under its handle
        under = [t.strip() for t in texts[j + 1 : j + 3]] + ["", ""]
        return said(under[0]) or bool(social_handle(under[0]) and said(under[1]))

    if i + 1 < len(texts) and social_handle(texts[i + 1]) and over_post(i):
        return True
    key = _key(text)
    return (
        over_post(i)
        and any(  # the page's posts show handles: one over a post's text
            social_handle(t) and said(u.strip()) for t, u in pairwise(texts)
        )
        and any(_key(t) == key and over_post(j) for j, t in enumerate(texts[i + 1 :], i + 1))
    )


_BUTTONS = frozenset({"interface:post-actions", "interface:voting"})
_BUTTON_WIDTH = 6
"""The longest button the chrome rules may have kept among the others ("回复", "Reply")."""
"""The chrome rules that remove a thread's or a post's buttons ("只看楼主 收藏 回复")."""


def _over_buttons(body: list[Line], i: int, gone: dict[int, str], rules: dict[int, str]) -> bool:
    """Whether the thread's buttons (kept or removed as chrome) stand right under ``body[i]``
    in the source and the first post's author under them, then the post's text: a board's
    thread page (Tieba: the title, "只看楼主 收藏 回复", the poster's name, the post).

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = "客服助手\\n只看楼主\\n回复\\n青柠汽水\\n我家网店用了一个AI客服助手，它太客气了。"
    >>> body = [ln for ln in split_lines(page) if ln.no != 2]
    >>> _over_buttons(body, 0, {2: "只看楼主"}, {2: "interface:post-actions"})
    True
    >>> _over_buttons(split_lines("客服助手\\n青柠汽水\\n我家网店用了一个AI客服助手。"), 0, {}, {})
    False
    """
    under = _source_lines(body, i, gone, rules, 1, 6)
    buttons = 0
    for k, (text, rule) in enumerate(under):
        found = None if rule else match_interface(text)
        if rule in _BUTTONS or (found and found.rule in _BUTTONS):
            buttons += 1
            continue
        rest = under[k + 1 :]
        poster = not rule and (_poster(text) or _cjk_name(text))
        if poster and rest and not rest[0][1] and _post_text(rest[0][0]):
            return buttons > 0  # the first post's author over its text
        if not buttons or rule or len(text.split()) > 1 or len(text) > _BUTTON_WIDTH:
            return False  # a button the chrome rules kept ("回复") may stand among them
    return False


_CJK_PROSE_WIDTH = 20
"""A post's text in a script without spaces is this wide or wider, with a sentence's mark."""


def _post_text(text: str) -> bool:
    """A post's text: a sentence (``_is_body``), or in a script without spaces a line with a
    sentence's mark ("。", "！", "？") as wide as ``_CJK_PROSE_WIDTH`` or wider."""
    return _is_body(text) or bool(
        _no_space_script(text) and re.search(r"[。！？]", text) and _width(text) >= _CJK_PROSE_WIDTH
    )


def _spoken(text: str, below: list[Line]) -> bool:
    """Whether the prose under a short title speaks of it (``evidence.body_share``, half of its
    words), or in a script without spaces holds it whole in one of the next lines."""
    if body_share(text, prose_keys(below)) >= 0.5:
        return True
    return _no_space_script(text) and any(text in ln.text for ln in below[:_TOP_LINES])


def _cjk_name(text: str) -> bool:
    """A poster's name in a script without spaces: two to eight letters ("青柠汽水")."""
    text = text.strip()
    return _no_space_script(text) and 2 <= len(text) <= 8 and all(ch.isalnum() for ch in text)


def _stamp(text: str, rule: str = "") -> bool:
    """A post's date or time: a date line, or a line the chrome rules removed (``rule``) or
    would remove as a timestamp ("• 4 hr. ago", "hace 3 h", "3 Mart 2026").

    >>> [_stamp(t) for t in ("Mar 2, 2026", "• 4 hr. ago", "hace 3 h", "Gerald update")]
    [True, True, True, False]
    """
    if rule:
        return rule == _TIMESTAMP
    found = match_interface(text.strip())
    return bool(_is_date_line(text) or _holds_date(text) or (found and found.rule == _TIMESTAMP))


def _short_title(text: str, names: Iterable[str]) -> bool:
    """A title of the short shape a post may have: one to four words (in a script without
    spaces, two to ten characters) with a letter, ending in a word, a "?" or a "!", and no
    chrome, menu word, date, byline, handle or address.

    >>> [_short_title(t, ()) for t in ("Gerald update", "Duplicate companions?", "Persona evals")]
    [True, True, True]
    >>> [_short_title(t, ()) for t in ("Home", "Hi all,", "fennel-q", "Mar 2, 2026", "Notes:")]
    [False, False, False, False, False]
    """
    text = " ".join(text.split())
    if _no_space_script(text):
        low, high = _POSTED_WIDTH
        if not low <= _width(text) <= high:
            return False
    elif not 1 <= len(text.split()) <= _POSTED_WORDS:
        return False
    return not (
        not any(ch.isalpha() for ch in text)
        or re.search(r"[^\w\s)\]’'\"”»?!？！]$", text)
        or "@" in text
        or _handle(text)
        or chrome_reason(text, names)
        or match_interface(text)
        or _is_date_line(text)
        or _is_byline_line(text)
    )


def _source_lines(
    body: list[Line], i: int, gone: dict[int, str], rules: dict[int, str], step: int, count: int
) -> list[tuple[str, str]]:
    """The ``count`` nearest non-blank source lines above (``step`` -1) or under (+1)
    ``body[i]``: (text, the chrome rule that removed it, or "" when it was kept)."""
    kept = {ln.no: ln.text for ln in body}
    last = max([body[-1].no, *gone]) if body else 0
    found: list[tuple[str, str]] = []
    no = body[i].no + step
    while len(found) < count and 0 < no <= last:
        if no in kept and kept[no].strip():
            found.append((kept[no].strip(), ""))
        elif gone.get(no, "").strip():
            found.append((gone[no].strip(), rules.get(no, "") or "chrome"))
        no += step
    return found


def _posted_title(
    body: list[Line],
    i: int,
    names: Iterable[str],
    gone: dict[int, str],
    rules: dict[int, str],
) -> str | None:
    """A post's short title (``_short_title``) beside the post's header, the poster's name and
    the post's date or time (kept or removed as chrome):

    - under the header (a thread's page: "u/wren_mcallister", "• 2d ago", then the title), the
      post's prose right under it, or after one label (its flair: "Discussion");
    - over it (a paste's or a discussion's page: the title, then "a guest" or "fennel-q" right
      under it, then the date), when the prose under it speaks of the title (a site's or a
      section's name over an author's header is not what the text is about).

    >>> from persona_archive.cleaning.model import split_lines
    >>> prose = "The bot still asks about the kitchen, but it has stopped making bread puns."
    >>> body = split_lines("u/bramble\\n3h ago\\nGerald update\\n" + prose)
    >>> _posted_title(body, 2, (), {}, {})
    'Gerald update'
    >>> body = split_lines("Gerald notes\\na guest\\nJan 9th, 2026\\nGerald asks about the "
    ...                    "kitchen before giving a time, and he is never pushy.")
    >>> _posted_title(body, 0, (), {}, {})
    'Gerald notes'
    >>> _posted_title(split_lines("Gerald update\\n" + prose), 0, (), {}, {})  # no header
    >>> paste = "Gerald notes\\na guest\\nGerald asks how warm the kitchen is before any time."
    >>> _posted_title(split_lines(paste), 0, (), {}, {})  # the clean text: no date left
    'Gerald notes'
    >>> body = split_lines("Home\\n" + paste)[1:]  # a page's line under its removed menu
    >>> _posted_title(body, 0, (), {1: "Home"}, {})
    """
    text = " ".join(_INVISIBLE.sub("", body[i].text).split())
    if not _short_title(text, names):
        return None
    above = _source_lines(body, i, gone, rules, -1, 2)
    if len(above) == 2:
        kinds = {
            "stamp" if _stamp(t, r) else "poster" if _poster(t) and not r else "" for t, r in above
        }
        if kinds == {"poster", "stamp"}:  # the poster's name kept, the time kept or removed
            under = _source_lines(body, i, gone, rules, 1, 2)
            if under and not under[0][1] and _is_body(under[0][0]):
                return text
            if (
                len(under) == 2
                and not under[0][1]
                and len(under[0][0].split()) <= 2
                and re.fullmatch(r"[\w\s-]+", under[0][0])
                and not under[1][1]
                and _is_body(under[1][0])
            ):
                return text  # the post's flair between its title and its text
    if _over_buttons(body, i, gone, rules) and _spoken(text, body[i + 1 :]):
        return text  # a thread's title over its buttons and the first post's author
    if i + 1 < len(body) and not any(no in gone for no in range(body[i].no + 1, body[i + 1].no)):
        under = _source_lines(body, i + 1, gone, rules, 1, 2)
        if len(under) == 2 and not under[0][1] and not _is_body(under[0][0]):
            under = under[1:]  # the poster's line about themselves between name and date
        first = i == 0 and not any(no in gone for no in range(1, body[0].no))
        if (
            (_poster(body[i + 1].text) or _cjk_name(body[i + 1].text))
            and ((under and _stamp(*under[0])) or first)  # a clean text's title: no date left
            and _spoken(text, body[i + 1 :])
        ):
            return text
    if _dated_prose(body, i, gone, rules) and (
        _spoken(text, body[i + 1 :]) or _part_dated(body, i, gone, rules)
    ):
        return text  # its date under it, then the prose, which speaks of it (not of a name),
        # or its episode's number beside the date ("Episode 12 · March 4, 2026 · 38 min")
    return None


_DATE_LINES = 7
"""How many source lines a short title's date and the counters beside it may take."""


# An address with its scheme or a host's path: a date inside it is the file's, not the post's.
_ADDRESS = re.compile(r"\b[a-z][a-z0-9+.-]*://\S|\S/\S*\d{4}-\d{2}-\d{2}", re.IGNORECASE)


def _part_dated(body: list[Line], i: int, gone: dict[int, str], rules: dict[int, str]) -> bool:
    """Whether the line under ``body[i]`` (kept or removed) is a dateline one of whose parts
    is a part's number ("Episode 12 · March 4, 2026 · 38 min", "Folge 12 | 4. März 2026").

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Slow circuits\\nEpisode 12 · March 4, 2026 · 38 min\\nText.")
    >>> _part_dated(body, 0, {}, {}), _part_dated(split_lines("A\\nMarch 4, 2026\\nT."), 0, {}, {})
    (True, False)
    """
    under = _source_lines(body, i, gone, rules, 1, 1)
    if not under or not _dateline(under[0][0]):
        return False
    return any(_numbered(part) for part in re.split(r"\s+[·•|–—-]\s+", under[0][0]))


def _dated_prose(body: list[Line], i: int, gone: dict[int, str], rules: dict[int, str]) -> bool:
    """Whether the post's date (kept or removed) stands right under ``body[i]`` in the source
    and its prose comes next, only lines the chrome rules removed (its counters) between:
    "Asisten Nenek", "4 Maret 2026 10:42", "312", then the post.

    >>> from persona_archive.cleaning.model import split_lines
    >>> prose = "Nenek saya baru belajar memakai asisten suara dan bertanya cuaca setiap pagi."
    >>> body = split_lines("Asisten Nenek\\n4 Maret 2026 10:42\\n" + prose)
    >>> bare = split_lines("Asisten Nenek\\n" + prose)
    >>> _dated_prose(body, 0, {}, {}), _dated_prose(bare, 0, {}, {})
    (True, False)
    """
    under = _source_lines(body, i, gone, rules, 1, _DATE_LINES)
    if not under or _ADDRESS.search(under[0][0]):
        return False  # a date, not an address that holds one ("gopher://…/2026-03-07-…")
    if not (_stamp(*under[0]) or _dateline(under[0][0])):
        return False  # the date, or a dateline ("Episode 12 · March 4, 2026 · 38 min")
    named = False
    for text, rule in under[1:]:
        if rule:
            continue
        if not named and (_name_like(text) or _poster(text)) and not _is_body(text):
            named = True  # the first speaker's or poster's name over the text
            continue
        return (_is_body(text) or _post_text(text)) and not chrome_reason(text)
    return False


def _dated_title(
    body: list[Line],
    i: int,
    names: Iterable[str],
    gone: dict[int, str],
    rules: dict[int, str],
) -> str | None:
    """A post's short title (``_short_title``) under its date (kept or removed as chrome) and
    right over its prose: a blog prints the date over each post's title (Blogger's date
    header: "วันพุธที่ 4 มีนาคม พ.ศ. 2569", then "ชากับแชตบอต", then the post). A person's name
    there heads a post; no title.

    >>> from persona_archive.cleaning.model import split_lines
    >>> prose = "The bot still asks about the kitchen, but it has stopped making bread puns."
    >>> _dated_title(split_lines("March 4, 2026\\nGerald update\\n" + prose), 1, (), {}, {})
    'Gerald update'
    >>> _dated_title(split_lines("March 4, 2026\\nAda Lindqvist\\n" + prose), 1, (), {}, {})
    >>> _dated_title(split_lines("March 4, 2026\\nGerald update\\nTags: bread\\n" + prose), 1,
    ...              (), {}, {})
    'Gerald update'
    >>> _dated_title(split_lines("Our menu\\nGerald update\\n" + prose), 1, (), {}, {})
    >>> _dated_title(split_lines("2025. 3. 4. 21:10\\n느린개발자\\n" + prose), 1, (), {}, {})
    >>> _dated_title(split_lines("juniper_reel\\nMarch 4, 2026\\nSecond viewing\\n" + prose), 2,
    ...              (), {}, {})
    """
    text = " ".join(_INVISIBLE.sub("", body[i].text).split())
    if not _short_title(text, names) or _name_like(text) or _poster(text):
        return None
    if (len(text.split()) < 2 and not _no_space_script(text)) or _uncased_name(text):
        return None  # one word ("느린개발자") or a name without capitals: the post's author
    above = _source_lines(body, i, gone, rules, -1, 2)
    if not above or not _stamp(*above[0]):
        return None
    if (
        len(above) > 1
        and not above[1][1]
        and (_poster(above[1][0]) or _is_byline_line(above[1][0]))
    ):
        return None  # the poster's name over the date: a post's header, its label under it
    k, no = i + 1, body[i].no + 1
    kept = k < len(body) and body[k].no == no
    if _POST_FIELD.fullmatch((body[k].text if kept else gone.get(no, "")).strip()):
        k, no = k + kept, no + 1  # the post's category or tags between, kept or removed
        # ("カテゴリー：日記", "Category: kitchen"): the post's furniture
    if k >= len(body) or body[k].no != no:
        return None  # the prose right under it, nothing else between
    return text if _prose(body[k].text, text) else None


def _stamped_title(
    body: list[Line],
    i: int,
    names: Iterable[str],
    gone: dict[int, str],
    rules: dict[int, str],
) -> str | None:
    """A post's short title (``_short_title``, a single word too: "Levain", "زنبورها") with its
    date right under it (kept or removed as chrome; "March 3, 2026 · 4 min read", "۱۲ اسفند
    ۱۴۰۴ · نوشته مریم") and the post's prose under the date, the prose naming every word of
    the title: a blog's post under the blog's name, description and menu. A blog's
    description is heading-like and a one-word title is not; the date and the prose that
    speaks of it say which is the post's. A person's name over a date heads a post and is
    seldom in its text; a line the prose does not name stays out.

    >>> from persona_archive.cleaning.model import split_lines
    >>> prose = "I asked the assistant how long my levain should rest, and it asked back."
    >>> body = split_lines("Levain\\nMarch 3, 2026 · 4 min read\\n" + prose)
    >>> _stamped_title(body, 0, (), {}, {})
    'Levain'
    >>> body = split_lines("Ada Brook\\nMarch 3, 2026 · 4 min read\\n" + prose)
    >>> _stamped_title(body, 0, (), {}, {})
    """
    text = " ".join(_INVISIBLE.sub("", body[i].text).split())
    if not _short_title(text, names) or _poster(text):
        return None
    under = _source_lines(body, i, gone, rules, 1, 1)
    if not under or not (
        _is_date_line(under[0][0]) or _dateline(under[0][0]) or under[0][1] == _TIMESTAMP
    ):
        return None  # a date, not a line that holds one (an address: ".../2026-03-07-kettle")
    rest = [ln for ln in body[i + 1 :] if ln.no > body[i].no + 1]
    if not rest or rest[0].no - body[i].no > _STAMP_GAP or not _prose(rest[0].text, text):
        return None  # the prose right under the date
    prose = [ln.text for ln in rest[:_STAMP_PROSE] if _prose(ln.text, text)]
    if any(text.casefold() in ln.casefold() for ln in prose):
        return text  # the prose says the title as it is ("Bánh mì": words too short for keys)
    said = set().union(*(_keys(ln) for ln in prose))  # (Thai prose has no full stop)
    share = _STAMP_SHARE if _no_space_script(text) else 1.0  # a compound's joints go unsaid
    return text if body_share(text, said) >= share else None


_STAMP_SHARE = 0.8
"""The share of a stamped title's pairs of characters the prose must have in a script without
spaces: "ขนมปังแป้งเปรี้ยว" is said as "ขนมปัง" and "แป้งเปรี้ยว", never with its joint."""
_STAMP_PROSE = 3
"""The lines of prose under a stamped title that must name it (``_stamped_title``)."""
_STAMP_GAP = 3
"""The farthest (in source lines, blank ones included) a stamped title's prose starts under
it: the date between, a blank line or two."""


_DATED_REACH = 3
"""How far under a line a post's title under its date is looked for (``_dated_below``)."""


def _dated_below(
    body: list[Line],
    i: int,
    names: Iterable[str],
    gone: dict[int, str],
    rules: dict[int, str],
) -> bool:
    """Whether a post's short title under its date (``_dated_title``) stands within
    ``_DATED_REACH`` lines under ``body[i]``: a blog's name and its description over the date
    header have the shape of a headline over its deck and date, but the post's title, not the
    prose, follows that date.

    >>> from persona_archive.cleaning.model import split_lines
    >>> prose = "The bot still asks about the kitchen, but it has stopped making bread puns."
    >>> body = split_lines("Crumb Notes\\nA blog about bread.\\nMarch 4, 2026\\nGerald "
    ...                    "update\\n" + prose)
    >>> _dated_below(body, 0, (), {}, {})
    True
    >>> body = split_lines("Quiet kettles\\nWe tried nine kettles.\\nMarch 4, 2026\\n" + prose)
    >>> _dated_below(body, 0, (), {}, {})
    False
    """
    return any(
        _dated_title(body, k, names, gone, rules)
        for k in range(i + 1, min(len(body), i + 1 + _DATED_REACH))
    )


def _site_marked(text: str, names: Iterable[str]) -> str | None:
    """A short title with a site's mark glued to it (``proper.site_marked``: "persona.yaml
    ignored #212", "Sycophancy (kettleworks.dev)"), the mark left out: a tracker or a link
    aggregator prints the mark beside a thread's title only.

    >>> _site_marked("Sycophancy (kettleworks.dev)", ()), _site_marked("Issue #58", ())
    ('Sycophancy', None)
    """
    proper = site_marked(" ".join(_INVISIBLE.sub("", text).split()))
    if proper is None or not _short_title(proper, names):
        return None
    return proper


def _searched_title(
    body: list[Line], i: int, names: Iterable[str], gone: dict[int, str]
) -> str | None:
    """A short title (``_short_title``) right under the site's search box, kept or removed as
    chrome, with the body's prose right under it: a help center's or a docs site's page
    ("Quietfern Help Center", "Search or ask...", "Character guidelines", then its lead). The
    site's header ends with its search box; the page's heading comes next, however short.

    >>> from persona_archive.cleaning.model import split_lines
    >>> lead = "How to describe the assistant's character so that it stays steady and kind."
    >>> body = [ln for ln in split_lines("Fern Help\\nSearch or ask...\\nCharacter notes\\n" + lead)
    ...         if ln.no != 2]
    >>> _searched_title(body, 1, (), {2: "Search or ask..."})
    'Character notes'
    >>> _searched_title(body, 1, (), {2: "Updated March 3"}) is None
    True
    """
    text = " ".join(body[i].text.split())
    if i + 1 >= len(body) or not _short_title(text, names) or not _is_body(body[i + 1].text):
        return None
    no = body[i].no - 1
    above = next((ln.text for ln in body[:i] if ln.no == no), gone.get(no, ""))
    return text if _SEARCH_PROMPT.match(above.strip()) else None


# An episode's code at the head of its row ("S2 E58", "S02E58", "#58"): a part's number.
_EPISODE_CODE = re.compile(r"(?:S\d{1,2}\s*[:·]?\s*E\d{1,4}|#\d{1,4})", re.IGNORECASE)
_NUMBER_REACH = 3
"""How far under its number's row the prose under a part's short title begins."""


def _over_number(body: list[Line], i: int, names: Iterable[str], gone: dict[int, str]) -> bool:
    """Whether ``body[i]``, a short title of two words or more (``_short_title``; in a script
    without spaces, by its width), has its part's number right under it, kept or removed: a
    row whose first item is a numbered part or an episode's code ("Episode 58 · 41 min", "S2
    E58 · 41 min", "#58"), with the body's prose within ``_NUMBER_REACH`` lines under that: an
    episode's title under the show's name. The number's row under the show's name is the
    show's: the show's name is one word, or has no prose under its row.

    >>> from persona_archive.cleaning.model import split_lines
    >>> lead = "A conversation about assistants that wait, and why waiting feels kind to us."
    >>> body = split_lines("The Slow Kettle\\nPatient machines\\nS2 E58 · 41 min\\n" + lead)
    >>> _over_number(body, 1, (), {}), _over_number(body, 0, (), {})
    (True, False)
    >>> _over_number(split_lines("Patient machines\\nDecember 4, 2026\\n" + lead), 0, (), {})
    False
    """
    text = " ".join(_INVISIBLE.sub("", body[i].text).split())
    if not _short_title(text, names) or _name_like(text) or _poster(text):
        return False
    if (len(text.split()) < 2 and not _no_space_script(text)) or _uncased_name(text):
        return False
    under = _under(body, i, gone, 1)
    if not under:
        return False
    first = re.split(r"\s+[·•|–—-]\s+", under[0])[0].strip()
    if not (_numbered(first) or _EPISODE_CODE.fullmatch(first)):
        return False
    below = [ln for ln in body[i + 1 :] if _key(ln.text) != _key(under[0])]
    return any(_is_body(ln.text) for ln in below[:_NUMBER_REACH])
