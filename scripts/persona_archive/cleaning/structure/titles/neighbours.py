"""What stands around a line in the source: what comes under it past the page's
furniture (``_lead``: body, byline, date, deck…), a date right under it, the site's name or a
breadcrumb right above it, a line repeating it further down.

A title is recognised by its place as much as by its shape: it stands right above its byline,
date, deck or body, and lines removed as chrome still count where they stood (``gone``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from persona_archive.cleaning.model import Line
from persona_archive.cleaning.structure.text import _words
from persona_archive.cleaning.structure.titles.chrome import chrome_reason
from persona_archive.cleaning.structure.titles.credits import _AUTHOR_LABEL, _is_byline_line
from persona_archive.cleaning.structure.titles.dates import (
    _CLOCK,
    _dateline,
    _holds_date,
    _is_date_line,
    _issue_line,
)
from persona_archive.cleaning.structure.titles.headline import _META, headline
from persona_archive.cleaning.structure.titles.labels import (
    _CONSENT,
    _COOKIE_WORD,
    _is_event,
    _numbered,
)
from persona_archive.cleaning.structure.titles.measure import (
    _MIN_WIDTH,
    _SITE_NAME_WORDS,
    _furniture,
    _is_body,
    _key,
    _no_space_script,
    _site_keys,
    _unquoted,
    _width,
)


def _name_short(text: str, headline_text: str) -> bool:
    """Whether ``text`` is short enough for a site's or a show's name (``_SITE_NAME_WORDS``)
    and says less than the heading-like line after it; in a script without spaces, by width
    ("AIと暮らすラジオ" over "#48 AIにも人見知りはあるのか")."""
    if _no_space_script(text):
        return _width(text) <= 2 * _MIN_WIDTH and _width(headline_text) > _width(text)
    return len(_words(text)) <= _SITE_NAME_WORDS and len(_words(headline_text)) > len(_words(text))


def _recurs(text: str, later: list[Line]) -> bool:
    """Whether ``text`` stands inside a longer line further down (as whole words), or alone on
    a line in the last third of the page (the footer repeating the site's name).

    >>> from persona_archive.cleaning.model import split_lines
    >>> later = split_lines("Body one.\\nBody two.\\nBody three.\\nKettle Club")
    >>> _recurs("Kettle Club", later), _recurs("Kettle Club", later[:2])
    (True, False)
    """
    if _no_space_script(text):  # no word boundaries to match on: "AIと暮らすラジオです。"
        pattern = re.compile(re.escape(text), re.IGNORECASE)
    else:
        pattern = re.compile(rf"(?<!\w){re.escape(text)}(?!\w)", re.IGNORECASE)
    footer = len(later) - len(later) // 3
    return any(
        pattern.search(ln.text) and (len(ln.text) > len(text) or i >= footer)
        for i, ln in enumerate(later)
    )


def _banner_text(body: list[Line], i: int) -> bool:
    """Whether ``body[i]``, a sentence, is a consent banner's text: the line above it is the
    banner's heading (``_CONSENT``) and it speaks of cookies or privacy.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Cookies on Example\\nWe use cookies to make this site work well.")
    >>> _banner_text(body, 1), _banner_text(split_lines("Tea\\nCookies are best warm."), 1)
    (True, False)
    """
    return (
        i > 0
        and bool(_CONSENT.match(body[i - 1].text.strip()))
        and bool(_COOKIE_WORD.search(body[i].text))
    )


def _under_crumb(body: list[Line], i: int, gone: dict[int, str]) -> bool:
    """Whether the line right above ``body[i]`` in the source (kept or removed as chrome) is a
    breadcrumb of three or more steps ("Forum › AI › General", "Home > Blog > Notes"): the
    page's location, whose heading comes right under it, so ``body[i]`` is the page's title
    and no masthead.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Menu\\nForum › AI › General\\nDoes the bot have a character?")
    >>> _under_crumb(body, 2, {}), _under_crumb(body, 1, {})
    (True, False)
    """
    above = _source_above(body, i, gone)
    return (
        len(re.split(r"\s+[›»>‹]\s+", _unquoted(above).strip())) >= 3
        or bool(re.search(r"\S\s/\s\S.*\s/\s\S", above))
        or _numbered(above)  # an episode's or a lecture's number: its title under it
    )


def _source_above(body: list[Line], i: int, gone: dict[int, str]) -> str:
    """The source line right above ``body[i]``, kept or removed as chrome ("" if blank)."""
    no = body[i].no - 1
    return next((ln.text for ln in body[:i] if ln.no == no), gone.get(no, ""))


def _under_number(body: list[Line], i: int, gone: dict[int, str]) -> bool:
    """Whether the source line right above ``body[i]`` is a part's number ("5. előadás",
    "Episode 41"): ``body[i]`` is that part's title, and a heading over the number (the
    course's or the show's name, even under a breadcrumb) is the series', not the page's.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Ethics of AI\\n5. előadás\\nDo models have a character?")
    >>> _under_number(body, 2, {}), _under_number(body, 1, {})
    (True, False)
    """
    return _numbered(_source_above(body, i, gone))


def _dated(body: list[Line], i: int, gone: dict[int, str] | None = None) -> bool:
    """Whether a date line stands right under ``body[i]`` (a blog post's date under its
    headline); ``gone``: the lines an earlier stage removed as chrome, by line number, which
    count where they stood. A byline between them is a news page's (headline, deck, byline,
    date): no such evidence.

    >>> from persona_archive.cleaning.model import split_lines
    >>> _dated(split_lines("A headline here\\n2025-02-18\\nText."), 0)
    True
    >>> _dated(split_lines("A headline here\\nBy Ada Brook\\nMarch 3, 2025"), 0)
    False
    >>> _dated(split_lines("A headline here\\n\\nText of it."), 0, {2: "2025-02-18"})
    True
    """
    return any(
        _is_date_line(text) and not _CLOCK.fullmatch(text)
        for text in _under(body, i, gone or {}, 1)
    )


def _under(body: list[Line], i: int, gone: dict[int, str], count: int = 2) -> list[str]:
    """The next ``count`` lines under ``body[i]`` in the source, those removed as chrome
    (``gone``) in their place; blank lines are passed over."""
    texts: list[str] = []
    j, no = i + 1, body[i].no + 1
    last = max([body[-1].no, *gone]) if body else 0
    while len(texts) < count and no <= last:
        if j < len(body) and body[j].no == no:
            texts.append(body[j].text.strip())
            j += 1
        elif gone.get(no, "").strip():
            texts.append(gone[no].strip())
        no += 1
    return texts


def _under_name(body: list[Line], i: int, names: Iterable[str]) -> bool:
    """Whether the line right above ``body[i]`` in the source (nothing removed between them)
    is the site's name: the catalog's, the profile's or a name the page gives itself
    (``_page_names``)."""
    return (
        i > 0 and body[i - 1].no == body[i].no - 1 and _key(body[i - 1].text) in _site_keys(names)
    )


def _holds(text: str, later: str) -> bool:
    """Whether a heading-like line holds the next one whole, with a little around it: a
    browser title ("<headline> - YouTube", "python - <question> - Stack Overflow") or a
    breadcrumb glued to the headline ("HomeTechnology<headline>"); the next is the headline.

    >>> _holds("I let an AI plan my allotment - YouTube", "I let an AI plan my allotment")
    True
    >>> _holds("Why bees dance and what it means", "what it means")
    False
    """
    key, inner = _key(text), _key(later)
    return bool(inner) and inner in key and 2 * len(inner) >= len(key)


def _crumb_ends(between: list[Line], raw: str, text: str) -> bool:
    """Whether a breadcrumb above a heading-like line ends with it ("Index » Help » [SOLVED]
    Persona resets", then the thread's title): the page names that line as where the reader
    is, so it is the title and what stands above it the site's header."""
    keys = {_key(raw), _key(text)} - {""}
    for ln in between:
        parts = re.split(r"\s+[›»>‹/|]\s+", _unquoted(ln.text).strip())
        if len(parts) >= 2 and _key(parts[-1]) in keys:
            return True
    return False


_CRUMB_STEP_WORDS = 4
"""A breadcrumb's step has at most this many words ("Intelligence artificielle")."""


def _breadcrumb(text: str) -> bool:
    """Whether ``text`` is a breadcrumb of two steps or more ("Pixels › Intelligence
    artificielle", "Home / Blog / Notes"), each of a menu item's few words: the page's
    furniture, kept or removed as chrome alike.

    >>> _breadcrumb("Pixels › Intelligence artificielle"), _breadcrumb("Cats > dogs, says a study")
    (True, False)
    """
    steps = re.split(r"\s+[›»>‹＞/]\s+", _unquoted(text).strip())
    return len(steps) >= 2 and all(
        0 < len(step.split()) <= _CRUMB_STEP_WORDS and not re.search(r"[,.;:!?]", step)
        for step in steps
    )


def _trail_to(text: str) -> bool:
    """Whether ``text`` is a breadcrumb whose last step is the page's headline, cut short or
    whole ("Sức mạnh số › Trí tuệ nhân tạo › Sinh viên thử trợ lý ảo..."): two short steps or
    more, then one of any length. Its final ellipsis ends no sentence: it is no prose.

    >>> _trail_to("Tech › AI › Students try out the library's new assistant for a week...")
    True
    >>> _trail_to("Cats > dogs, says a study of pets. Owners > everyone, says another.")
    False
    """
    steps = re.split(r"\s+[›»>‹＞/]\s+", _unquoted(text).strip())
    return len(steps) >= 3 and _breadcrumb(" › ".join(steps[:-1])) and bool(steps[-1].strip())


_LEAD_SKIP = 12
"""Lines of furniture (chrome, a menu's items) passed over to find what stands under a line."""
_OWN_SKIP = 2
"""A line's own byline or date stands right under it, or past this many lines of furniture
(the author's name, a category); one further down belongs to a line nearer to it."""


def _lead(body: list[Line], i: int, gone: dict[int, str]) -> str:
    """What stands under ``body[i]`` in the source, past blank lines, scrape copies and the
    page's furniture (chrome removed or kept, a menu's items): "body" (the text's prose),
    "byline", "date" (a date or a post's metadata), "deck" (a heading-like line right under
    it: a deck, or the headline under a kicker), "apart" (a heading-like line past the page's
    furniture), "other" (some other content), or "" (nothing but furniture). A headline is
    followed by its byline, date, deck or body; a site's name, a menu's row or a kicker is
    followed by the page's furniture or by the headline.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Kettle Weekly\\nNews\\nWhy the kettle sings at night\\nBy Ada Brook")
    >>> _lead(body, 0, {}), _lead(body, 2, {}), _lead(body, 3, {})
    ('apart', 'byline', '')
    """
    j = i + 1
    skipped = 0
    last = max([body[-1].no, *gone]) if body else 0
    for no in range(body[i].no + 1, last + 1):
        kept = j < len(body) and body[j].no == no
        text = (body[j].text if kept else gone.get(no, "")).strip()
        j += kept
        if not text:
            continue  # a blank line, a scrape copy removed
        if _issue_line(text):
            skipped += 1  # a newsletter's issue line: its masthead's, not the line's date
            continue
        if _is_byline_line(text) or _AUTHOR_LABEL.match(text):
            kind = "byline"
        elif (
            _META.search(text)
            or _is_event(text)  # "ada-l opened this issue · 4 comments": the thread's record
            or _holds_date(text)
            or _dateline(text)
            or any(_is_date_line(p) for p in re.split(r"\s+[·•|]\s+", text))
        ):
            kind = "date"  # "March 9, 2025 · 38 min", "ana merged 3 commits … Mar 4, 2025"
        else:
            kind = ""
        if kind and skipped <= _OWN_SKIP:
            return kind
        if kind:  # a byline or date further down is the next line's: furniture here
            skipped += 1
            continue
        if kept and _is_body(text):
            return "body"
        if kept and headline(text):
            return "apart" if skipped else "deck"
        if kept and not (_furniture(text) or chrome_reason(text) or _breadcrumb(text)):
            return "other"
        skipped += 1
        if skipped > _LEAD_SKIP:
            break
    return ""


# A record's field: a label of one to three words, a colon and its value ("Fandom: Original
# Work", "Characters: The Lighthouse AI, Agnes Pell", "Lieu : Médiathèque").
_FIELD = re.compile(r"^[^\W\d_][\w'’-]*(?:\s[\w'’-]+){0,2}\s?[:：]\s+\S")


def _record_field(body: list[Line], i: int, gone: dict[int, str]) -> bool:
    """Whether ``body[i]`` is a field inside a record: it and the lines next to it in the
    source, above and below (kept or removed as chrome, blank lines passed over), are each a
    label and its value ("Fandom: …", "Characters: …", "Additional Tags: …"). A work's record
    names its fandom, characters and tags, never its title; a title over its fields ("Meetup:
    persona design", then "Place: …", "Price: …") has no field above it and stays one. Three
    fields in a row are a record too, the last of them included, and the first under a
    heading-like line ("Owner: …", "Status: …", "Last reviewed by: …" under a page's title),
    whatever the chrome rules removed around them.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Rating: General\\nFandom: Original Work\\nCharacters: The Keeper, "
    ...                    "Agnes\\nLanguage: English\\nThe Keeper's Voice")
    >>> [_record_field(body, k, {}) for k in range(5)]
    [False, True, True, True, False]
    >>> body = split_lines("Meetup: persona design\\nPlace: the library\\nPrice: free\\nText.")
    >>> _record_field(body, 0, {})
    False
    """
    if not _FIELD.match(body[i].text.strip()):
        return False
    above, under = _above_lines(body, i, gone, 2), _under(body, i, gone, 2)
    run = [*above, body[i].text, *under]  # the lines around it, in the source's order
    k = len(above)
    titled = i > 0 and bool(headline(body[i - 1].text))  # the record's title over it, kept
    return any(
        len(run[start : start + _FIELD_RUN]) == _FIELD_RUN
        and all(_FIELD.match(t.strip()) for t in run[start : start + _FIELD_RUN])
        and (start < k or titled)
        for start in range(max(0, k - _FIELD_RUN + 1), k + 1)
    )


_FIELD_RUN = 3
"""A field among this many fields in a row (itself included) is a record's."""


def _above_lines(body: list[Line], i: int, gone: dict[int, str], count: int) -> list[str]:
    """The ``count`` nearest lines above ``body[i]`` in the source, in order, removed ones in
    their place; blank lines passed over."""
    kept = {ln.no: ln.text for ln in body[:i]}
    out: list[str] = []
    for no in range(body[i].no - 1, 0, -1):
        text = (kept.get(no) or gone.get(no) or "").strip()
        if text:
            out.append(text)
            if len(out) == count:
                break
    return out[::-1]


def _above(body: list[Line], i: int, gone: dict[int, str]) -> str:
    """The nearest line above ``body[i]`` in the source, one removed as chrome (``gone``) in its
    place; blank lines are passed over; "" at the top."""
    kept = {ln.no: ln.text for ln in body[:i]}
    for no in range(body[i].no - 1, 0, -1):
        text = (kept.get(no) or gone.get(no) or "").strip()
        if text:
            return text
    return ""
