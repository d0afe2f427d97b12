"""The structure stage's entry points: :func:`build` runs the passes in order, :func:`render`
and :func:`structure_text` show the result in a fixed plain form (``tests/cases/structure``).

Order of work in :func:`build`:

1. kind (:func:`~.detection.detect_kind`), 2. byline and title lines at the top, 3. narration
headings ("Heading." + heading read aloud), 4. paragraphs: one-sentence-per-line text is
re-flowed, other text keeps one paragraph per line (hard-wrapped continuations are joined),
5. block quotes (explicit ``>`` / quotation marks, or a colon-introduced quoted letter),
6. thread posts, split only where the text marks one (a marker line, a reaction row, a quote
of an earlier post: see :mod:`.posts`); the label before each is the archive's (editorial).
"""

from __future__ import annotations

import re
from dataclasses import replace

from persona_archive.cleaning.boilerplate import (
    POST_LABELS,
    interface_key,
    is_block_shaped,
    is_quoted,
)
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
from persona_archive.cleaning.structure.bylines import byline_names
from persona_archive.cleaning.structure.detection import (
    _NARRATION,
    _NARRATION_LEVEL,
    _NO_HINTS,
    Hints,
    _is_transcript_shape,
    _shape,
    detect_kind,
)
from persona_archive.cleaning.structure.paragraphs import _Para, _paragraphs
from persona_archive.cleaning.structure.posts import _posts
from persona_archive.cleaning.structure.quotes import _quotes
from persona_archive.cleaning.structure.text import STAGE, _norm, _words
from persona_archive.cleaning.structure.titles import (
    _META,
    EVIDENCE_MIN,
    _byline_authors,
    _dateline,
    _is_body,
    body_share,
    chrome_reason,
    derive_title,
    headline,
    heads_posts,
    masthead_lines,
    prose_keys,
    shared,
    site_names,
    title_line,
    title_proper,
    title_source,
)
from persona_archive.cleaning.structure.titles.mastheads import _self_note
from persona_archive.cleaning.structure.titles.neighbours import _breadcrumb, _trail_to
from persona_archive.page import shown_title

BYLINE_UNDER_TITLE = 2
"""How far under the title a byline in any language is looked for (a date may stand first)."""


def _byline_under(
    body: list[Line], title_no: int, hints: Hints, authors: list[str], changes: list[Change]
) -> list[str]:
    """The names of a byline (``bylines.byline_names``) among the lines right under the title
    (line ``title_no`` of the source), moved out of ``body`` to the authors; [] if none."""
    under = [i for i, ln in enumerate(body) if ln.no > title_no][:BYLINE_UNDER_TITLE]
    for i in under:
        names = byline_names(body[i].text)
        if names:
            ln = body.pop(i)
            changes.append(Change(STAGE, "byline", ln.no, ln.text, "", "byline moved to authors"))
            return names
    # A dated byline the boilerplate stage removed as a date line ("Publié le 4 mars 2026 par
    # Anne Roux") still names the authors: read it where it stood, between the title and the
    # text (its removal is already in the change log).
    text_no = body[under[0]].no if under else float("inf")
    gone = [text for no, text in hints.removed if title_no < no < text_no][:BYLINE_UNDER_TITLE]
    return next(filter(None, map(byline_names, gone)), [])


def _with_byline(hints: Hints, moved: Change) -> Hints:
    """``hints`` with a byline moved to the authors among the lines removed before the title
    stage (rule ``structure:byline``): a short title over its byline ("Library bot" / "By
    Harriet Cole") is confirmed by where the byline stood, though it is no longer a line."""
    return replace(
        hints,
        removed=tuple(sorted((*hints.removed, (moved.line, moved.before)))),
        removed_rules=tuple(sorted((*hints.removed_rules, (moved.line, "structure:byline")))),
    )


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

    def byline() -> bool:
        nonlocal authors
        for idx, ln in enumerate(body[:3]):
            names = _byline_authors(ln.text) or ([ln.text] if _norm(ln.text) in known else None)
            if names:
                if hints.authors is None:
                    authors = names
                detail = "byline moved to authors"
                changes.append(Change(STAGE, "byline", ln.no, ln.text, "", detail))
                del body[idx]
                return True
        return False

    found_byline = byline()
    title_hints = _with_byline(hints, changes[-1]) if found_byline else hints
    body, more = _post_names_left(body, hints)
    changes += more

    # Title: the catalog's, with a matching line near the top removed; else a heading-like line
    # at the top that is not the site's chrome; else the first sentence of the text (derived).
    title = (hints.title or "").strip()
    title_idx: int | None = None
    if title:
        key = _norm(title)
        title_idx = next((i for i, ln in enumerate(body[:3]) if _norm(ln.text) == key), None)
    else:
        found = title_line(body, title_hints)
        if found is not None:
            title_idx, title = found
    if title_idx is not None:
        ln = body.pop(title_idx)
        changes.append(Change(STAGE, "title", ln.no, ln.text, "", "title line moved to the title"))
        body, more = _above_title(
            body, title_idx, site_names(hints), title, dict(hints.removed_rules)
        )
        changes += more
        if more and not found_byline:  # the page's header hid a byline under the title
            found_byline = byline()
        if not found_byline:  # a byline in another language, where bylines stand
            found_byline = _byline_under(body, ln.no, hints, authors, changes)
            if found_byline and hints.authors is None:
                authors = found_byline
        # The title line printed again at the top (a breadcrumb, the post's subject): once.
        # A line printed before every post (a channel's name) is not a repeat: it stays.
        key, head = _norm(title), _norm(ln.text)
        repeats = [i for i, b in enumerate(body) if _norm(b.text) in (key, head)]
        if len(repeats) == 1 and repeats[0] < TITLE_REPEAT_LINES:
            dup = body.pop(repeats[0])
            changes.append(Change(STAGE, "title", dup.no, dup.text, "", "title line repeated"))
        body, more = _subject_lines(body, {key, head})
        changes += more

    if not title:  # the header over the first post's display name, as over a title
        body, more = _above_first_post(body, hints)
        changes += more
    if not title:  # the site's name at the top, over its navigation: the header, as above a title
        body, more = _masthead(body, hints)
        changes += more

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
    # one sentence a line is re-flowed in a transcript (or a page of unknown kind), never in a
    # page its catalog, URL or site declares an article, a blog post or a thread: a news story
    # of one-sentence paragraphs keeps them
    reflow = kind in ("podcast-transcript", "other") and _is_transcript_shape(_shape(plain))
    paras, more = _paragraphs(units, reflow, unwrap=kind != "social-thread")
    changes += more
    changes += _quotes(paras, kind)
    paras, more = _posts(paras, kind, hints.post_ends, hints.post_reactions)
    changes += more
    paras, more = _post_buttons(paras)
    changes += more

    if not title:  # the first sentence of the body's prose (a heading if that is all there is)
        names = site_names(hints)
        prose = [p for p in paras if p.kind in (PARAGRAPH, QUOTE)]
        # not a menu's words: two or more short lines before the first sentence are a menu; one
        # short line above the text is its heading, and the title's source
        start = next((i for i, p in enumerate(prose) if not is_block_shaped(p.text)), len(prose))
        sentences = prose[start:] if start >= 2 else prose
        texts = [p.text for p in prose]
        offset = len(prose) - len(sentences) if sentences else 0
        first = next(
            (
                p
                for k, p in enumerate(sentences or prose, offset)
                if _has_words(p.text)
                and not chrome_reason(p.text, names)
                and not heads_posts(texts, k)  # a poster's display name: metadata
            ),
            None,
        )
        first = first or next(iter(prose), None)
        first = first or next((p for p in paras if p.kind == HEADING), None)
        title = derive_title(first.text) if first else ""

    blocks = [Block(p.kind, p.text, p.level, p.lines, p.reactions) for p in paras]
    return Structured(kind=kind, title=title, authors=authors, blocks=blocks, changes=changes)


TITLE_REPEAT_LINES = 12
"""How far down the body a repeat of the title line is removed (it is the page's furniture)."""


def _has_words(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def render(doc: Structured, source: str | None = None) -> str:
    """The fixed plain form used by :func:`structure_text` (see there); a ``derived`` title
    (``source``) is shown in square brackets, as the page cites it."""
    title = shown_title(doc.title, source)
    head = (f"kind: {doc.kind}", f"title: {title}", f"authors: {'; '.join(doc.authors)}")
    parts = ["\n".join(h.rstrip() for h in head)]
    for b in doc.blocks:
        if b.kind == HEADING:
            parts.append(f"{'#' * b.level} {b.text}")
        elif b.kind == QUOTE:
            parts.append(f"> {b.text}")
        elif b.kind == POST:  # the archive's label, not the source's text
            parts.append(f"== {b.text} (archive's label) ==")
        else:
            parts.append(b.text)
    return "\n\n".join(parts) + "\n"


def structure_text(text: str) -> str:
    """Structure raw text without hints and show the result, for ``tests/cases/structure``.

    The form: a header of three lines ``kind: …``, ``title: …`` (``[…]`` when derived from the
    first sentence), ``authors: a; b`` (empty after the colon when unknown), then one
    blank-line-separated chunk per block: a heading as ``#``×level + space + text, a quote
    paragraph as ``> `` + text, a thread post label (editorial: the archive's, not the
    source's) as ``== label (archive's label) ==``, a paragraph as its text; a final newline.

    >>> print(structure_text("Heading.\\nIntro.\\nHello there."), end="")
    kind: podcast-transcript
    title: [Hello there]
    authors:
    <BLANKLINE>
    ## Intro
    <BLANKLINE>
    Hello there.
    """
    doc = build(split_lines(text))
    return render(doc, title_source(_NO_HINTS, doc.changes))


_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)+/?")
_URL = re.compile(r"[a-z][a-z\d+.-]*://\S+", re.I)
# A menu's item that asks ("What's New?", "Need help?"): one to three words and a question mark.
_MENU_QUESTION = re.compile(r"[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2}\?")


def _masthead(body: list[Line], hints: Hints) -> tuple[list[Line], list[Change]]:
    """The site's name at the top of a page without a title line (``titles.masthead_lines``: a
    short line over the site's removed navigation, or named again in its removed footer),
    removed as the page's header, as it is above a title (``_above_title``); the lines it
    leaves are the text, and the source of its derived title. Only lines at the very top go: a
    short line below the text's first line is the text's.

    >>> prose = "The library began the trial in January with twelve tablets and a room."
    >>> body = [ln for ln in split_lines("Harbour Ledger\\nHome | News | Sport\\n" + prose)
    ...         if ln.no != 2]
    >>> hints = Hints(removed=((2, "Home | News | Sport"),),
    ...               removed_rules=((2, "interface:navigation"),))
    >>> kept, changes = _masthead(body, hints)
    >>> [ln.text for ln in kept] == [prose], [c.rule for c in changes]
    (True, ['header'])
    """
    found = masthead_lines(body, dict(hints.removed), dict(hints.removed_rules))
    top = 0
    while top < len(body) and body[top].no in found:
        top += 1
    changes = [
        Change(STAGE, "header", ln.no, ln.text, "", "the site's name at the top: the page's header")
        for ln in body[:top]
    ]
    return body[top:], changes


_POST_META = "interface:post-meta"


def _post_names_left(body: list[Line], hints: Hints) -> tuple[list[Line], list[Change]]:
    """A poster's display name left over a post whose handle went as the post's furniture,
    when the same name went too, over another post of the page (the furniture the thread
    prints with each post, ``boilerplate``): the rest of that furniture. Left, it would head
    the clean text and be taken, cleaned again, for its title.

    >>> post = "I gave the help bot a dry sense of humour and the questions got longer."
    >>> lines = split_lines(f"Rowan\\n@rowan\\n{post}\\nRowan\\n@rowan\\n{post}")
    >>> hints = Hints(removed=((2, "@rowan"), (4, "Rowan"), (5, "@rowan")),
    ...               removed_rules=((2, _POST_META), (4, _POST_META), (5, _POST_META)))
    >>> kept = [ln for ln in lines if ln.no in (1, 3, 6)]
    >>> [ln.text for ln in _post_names_left(kept, hints)[0]] == [post, post]
    True
    """
    rules = dict(hints.removed_rules)
    gone = {_norm(t) for n, t in hints.removed if rules.get(n) == _POST_META and t.strip()}
    removed = dict(hints.removed)
    after = [ln.text for ln in body[1:]] + [""]
    left = [
        ln
        for ln, nxt in zip(body, after, strict=False)
        if _norm(ln.text) in gone
        and rules.get(ln.no + 1) == _POST_META
        and heads_posts([ln.text, removed.get(ln.no + 1, ""), nxt], 0)
    ]
    changes = [
        Change(STAGE, "post-meta", ln.no, ln.text, "", "a poster's name: its post's furniture")
        for ln in left
    ]
    return [ln for ln in body if ln not in left], changes


def _above_first_post(body: list[Line], hints: Hints) -> tuple[list[Line], list[Change]]:
    """The page's header over the display name heading its first social post
    (``titles.heads_posts``), before any prose: a social page starts at its first post as
    another starts at its title, and the lines above go on the same evidence
    (``_above_title``).

    >>> post = "Today the assistant told a newcomer that the timeline is a river, not a book."
    >>> nan = "Nan\\n@nan@bread.example"
    >>> body = split_lines(f"Bread and Wits\\n12,400 subscribers\\n{nan}\\n{post}\\n{nan}\\n{post}")
    >>> kept, changes = _above_first_post(body, _NO_HINTS)
    >>> [ln.text for ln in kept][0], [c.rule for c in changes]
    ('Nan', ['header', 'header'])
    """
    texts = [ln.text for ln in body]
    for k, ln in enumerate(body[:TITLE_REPEAT_LINES]):
        if heads_posts(texts, k):
            if not k:
                break
            return _above_title(body, k, site_names(hints), "", dict(hints.removed_rules))
        if _is_body(ln.text):
            break
    return body, []


def _above_title(
    body: list[Line],
    title_idx: int,
    names: tuple[str, ...] = (),
    title: str = "",
    removed_rules: dict[int, str] | None = None,
) -> tuple[list[Line], list[Change]]:
    """The lines above the title line, when each is a short line without sentence punctuation
    (``is_block_shaped``), a domain name, other chrome (``chrome_reason``), a heading-like line
    the title was chosen over (``headline``: the masthead's tagline), a post's metadata line
    ("r/Sourdough • 5 hr. ago") or a menu's item that asks ("What's New?"): the page's header —
    the site's name, its menu, a section label, a breadcrumb, a date. A document starts at its
    title; a line above it that holds a sentence stays (and keeps every line above the title,
    as the order of a page is not known then), and so does a heading-like line the body speaks
    of far more than of the ``title`` (``_rival_headline``): a headline the title was not chosen
    from is never removed. A dateline ("Issue 47 · 28 February 2026") is the header's too.
    A post's button removed between two of those lines (``_posts_above``: "Reply", "답변하기")
    shows posts above the title, not a header: they all stay. The site's note about itself
    right above the title, naming the site's name at the header's top ("Blog Warga is a
    blogging platform. …", ``mastheads._self_note``), is the header's too.

    >>> body = split_lines("Leaf and Kettle\\nAbout me\\nBody text here, a sentence.")
    >>> kept, changes = _above_title(body, 2)
    >>> [ln.text for ln in kept], [c.rule for c in changes]
    (['Body text here, a sentence.'], ['header', 'header'])
    >>> [ln.text for ln in _above_title(split_lines("Hi there. It rained.\\nBody."), 1)[0]]
    ['Hi there. It rained.', 'Body.']
    """
    head = body[:title_idx]
    if not head or not all(
        _header_line(ln.text, names, title)
        or (k == len(head) - 1 and k and _self_note(head[0].text, ln.text))
        for k, ln in enumerate(head)
    ):
        return body, []  # the site's note about itself right above the title is its header's
    if title and _rival_headline(head, body[title_idx:], title, names):
        return body, []
    if _posts_above(head, removed_rules or {}):
        return body, []
    changes = [
        Change(STAGE, "header", ln.no, ln.text, "", "short line above the title: the page's header")
        for ln in head
    ]
    return body[title_idx:], changes


def _header_line(text: str, names: tuple[str, ...] = (), title: str = "") -> bool:
    """Whether ``text``, above the title, has a page header's shape (``_above_title``): a short
    line without sentence punctuation, a domain or an address, chrome, a heading-like line, a
    dateline, a post's metadata, a menu's question, a breadcrumb (its last step may be the
    headline, cut short), a row of short items (``_header_row``) or the title with the site's
    name beside it (``_titled``).

    >>> _header_line("Forum › Garden › Tools › Which watering bot do you trust?")
    True
    >>> _header_line("I asked it twice. It said no both times, which I liked.")
    False
    """
    text = text.strip()
    return bool(
        is_block_shaped(text)
        or _DOMAIN.fullmatch(text)
        or _URL.fullmatch(text)
        or chrome_reason(text, names)
        or headline(text, names)
        or _dateline(text)
        or _META.search(text)
        or _MENU_QUESTION.fullmatch(text)
        or _breadcrumb(text)
        or _trail_to(text)
        or _header_row(text)
        or _titled(text, title)
    )


_ROW_SEPARATOR = re.compile(r"\s+[|·•–—]\s+")
# an item's end that ends no sentence: an ordinal or a date's day ("5. előadás", "március 4.")
_ORDINAL_END = re.compile(r"\d\.$")
_ROW_PART_WORDS = 6
"""A header row's item (a place and the weather, a date, an issue's number) has at most this
many words."""


def _header_row(text: str) -> bool:
    """A row of the header's short items set apart by bars, dots or dashes, none a sentence: a
    date and the weather, an episode's or a lecture's number and its date (a number's or a
    day's full stop ends no sentence: "5. előadás – 2026. március 4.").

    >>> _header_row("Zaragoza 9 °C | Jueves, 3 de diciembre de 2026")
    True
    >>> _header_row("5. előadás – 2026. március 4."), _header_row("Done. – We left at 4.")
    (True, False)
    >>> _header_row("Episode 12 · Season 2"), _header_row("It rained. | We stayed in.")
    (True, False)
    """
    parts = _ROW_SEPARATOR.split(text)
    return len(parts) >= 2 and all(
        0 < len(p.split()) <= _ROW_PART_WORDS
        and not is_quoted(p)
        and (_ORDINAL_END.search(p.strip()) or not re.search(r"[.!?。！？؟]$", p.strip()))
        for p in parts
    )


def _titled(text: str, title: str) -> bool:
    """Whether ``text`` is the title with the site's name beside it, as a browser's title bar
    prints it: the title whole, and a few words set apart by a bar or a dash.

    >>> _titled("Why the bees hum - Kettle Gazette", "Why the bees hum")
    True
    >>> _titled("Why the bees hum in winter and stop in spring", "Why the bees hum")
    False
    """
    key, whole = _norm(title), _norm(text)
    if not key or key == whole or key not in whole:
        return False
    rest = whole.replace(key, " ", 1)
    return bool(re.search(r"\s[|–—-]\s|\|", rest)) and len(_words(rest)) <= _SITE_WORDS


_SITE_WORDS = 8
"""A site's name beside the title has at most this many words."""


def _posts_above(head: list[Line], removed_rules: dict[int, str]) -> bool:
    """Whether a post's button (a reply, comment or answer button: removed as ``post-actions``,
    or a post label "Reply", "Comment" left for the structure stage) stood between two lines
    of ``head``. The lines
    above a title chosen low on a page of one-line posts (a Q&A's question, its one-word
    answers, the asker's thanks) are then posts: a site's header has no reply button inside.

    >>> head = split_lines("Q&A\\nhow do I make it speak casually?\\nanswerer\\nYes")
    >>> _posts_above([head[0], head[1], head[3]], {3: "interface:post-actions"})
    True
    >>> _posts_above(head[:2], {3: "interface:post-actions"})
    False
    >>> _posts_above(split_lines("Q&A\\nWhy?\\nComment\\nYes"), {})
    True
    """
    if len(head) < 2:
        return False
    first, last = head[0].no, head[-1].no
    if any(first < no < last and r == "interface:post-actions" for no, r in removed_rules.items()):
        return True
    return any(interface_key(ln.text) in POST_LABELS for ln in head[1:-1])


def _rival_headline(head: list[Line], rest: list[Line], title: str, names: tuple[str, ...]) -> bool:
    """Whether a heading-like line of ``head`` (above the title) is a headline in its own
    right: the body (``rest``) speaks of at least ``EVIDENCE_MIN`` of its words, ``RIVAL_KEYS``
    or more, and of ``RIVAL_RATIO`` times as many as of the title's (``evidence.body_share``).
    The title was chosen over it (a site's kicker over the headline is topical too: it goes);
    when the body is about it and not about the title, it stays in the text.

    >>> head = split_lines("The town hall launches a patient assistant\\nKettle Gazette")
    >>> rest = split_lines("The town hall launched an assistant that is patient.")
    >>> _rival_headline(head, rest, "Kettle Gazette", ())
    True
    >>> _rival_headline(head[1:], rest, "The town hall launches a patient assistant", ())
    False
    """
    prose = prose_keys(rest)
    bar = max(EVIDENCE_MIN, RIVAL_RATIO * body_share(title, prose))
    return any(
        headline(ln.text, names)
        and body_share(ln.text, prose) >= bar
        and shared(ln.text, prose) >= RIVAL_KEYS
        for ln in head
    )


RIVAL_RATIO = 2
"""How many times the title's share a heading-like line above it must reach to stay ..."""
RIVAL_KEYS = 2
"""... and how many of its words the body must speak of (one says little)."""


_SUBJECT_PREFIX = re.compile(r"^(?:re|aw|sv|odp|vs|ynt|ответ|απ)\s*(?:\[\d+\])?\s*:\s*", re.I)


def _subject_lines(body: list[Line], title_keys: set[str]) -> tuple[list[Line], list[Change]]:
    """A reply's subject line, "Re: <the title>" (forum software prints it over every reply):
    the title again, not the reply's words. ``title_keys``: the title's and its line's keys
    (the line may carry a status tag the title leaves out: "Re: [SOLVED] Sourdough help").

    >>> text = "Re: Starter smells odd\\nRe: [Solved] Starter smells odd\\nIt works."
    >>> kept, changes = _subject_lines(split_lines(text), {"starter smells odd"})
    >>> [ln.text for ln in kept], [c.rule for c in changes]
    (['It works.'], ['title', 'title'])
    """
    keys = title_keys - {""}
    kept: list[Line] = []
    changes: list[Change] = []
    for ln in body:
        rest = _SUBJECT_PREFIX.sub("", ln.text, count=1)
        if rest != ln.text and keys & {_norm(rest), _norm(title_proper(rest))}:
            changes.append(Change(STAGE, "title", ln.no, ln.text, "", "a reply's subject line"))
        else:
            kept.append(ln)
    return kept, changes


def _post_buttons(paras: list[_Para]) -> tuple[list[_Para], list[Change]]:
    """A post's "Reply"/"Comment" button left on a line of its own where no post was split on it
    (a blog's comment section): the page's furniture, not the text.

    >>> paras = [_Para(PARAGRAPH, "Nice post.", (1,)), _Para(PARAGRAPH, "Antworten", (2,))]
    >>> [p.text for p in _post_buttons(paras)[0]]
    ['Nice post.']
    """
    kept: list[_Para] = []
    changes: list[Change] = []
    for p in paras:
        if p.kind == PARAGRAPH and len(p.lines) == 1 and interface_key(p.text) in POST_LABELS:
            detail = "a post's button on a line of its own, no post split on it"
            changes.append(Change(STAGE, "post-button", p.lines[0], p.text, "", detail))
        else:
            kept.append(p)
    return kept, changes
