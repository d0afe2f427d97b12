"""Titles the page itself marks: a level-one heading ("# The quiet hive"), a title field
("Title: …"), a wiki's page name with its namespace, a browser title one of whose parts stands
again alone at the top, a breadcrumb whose last step stands again under it.

When the page names its title so, the mark is stronger evidence than any line's shape, so these
are asked before the picker weighs the heading-like lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from persona_archive.cleaning.boilerplate.interface import match_interface
from persona_archive.cleaning.model import Line
from persona_archive.cleaning.structure.titles.chrome import chrome_reason
from persona_archive.cleaning.structure.titles.credits import _is_byline_line, _name_like
from persona_archive.cleaning.structure.titles.dates import _is_date_line
from persona_archive.cleaning.structure.titles.evidence import (
    EVIDENCE_MIN,
    _keys,
    body_share,
    prose_keys,
    shared,
)
from persona_archive.cleaning.structure.titles.headline import headline
from persona_archive.cleaning.structure.titles.labels import _wiki_from
from persona_archive.cleaning.structure.titles.mastheads import _label_over, _link_row
from persona_archive.cleaning.structure.titles.measure import (
    _INVISIBLE,
    _MASTHEAD_WORDS,
    _STOPS,
    _TOP_REACH,
    _is_body,
    _key,
    _long_enough,
    _no_space_script,
    _unquoted,
    _width,
)
from persona_archive.cleaning.structure.titles.neighbours import _lead
from persona_archive.cleaning.structure.titles.proper import title_proper
from persona_archive.cleaning.structure.titles.weighing import _SAID_KEYS, _right_under

# A level-one heading in Markdown or gemtext ("# The quiet hive"): marked as the page's heading.
_MARKED_HEADING = re.compile(r"^#[ \t]+(?P<text>[^#\s].*?)[ \t#]*$")
# A field that names the document's title ("Title: …", "Titre : …", "标题：…"): a catalogue's or
# a repository's record of the document, which names its title so.
_TITLE_FIELD = re.compile(
    r"^(?:title|titel|titre|título|titulo|titolo|tytuł|název|başlık|название|заголовок|标题|標題"
    r"|タイトル|제목)\s*[:：]\s*(?P<text>\S.*)$",
    re.IGNORECASE,
)
# A wiki's page name with its namespace ("Talk:Assistant persona", "Diskussion:Sprachmodell",
# "Обсуждение:Чат-бот", "User talk:Ada"): the name the wiki gives the page, printed as its
# heading. The namespace is one or two words glued to the colon, the name opens with a letter.
_WIKI_PAGE = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)?:[^\W\d_][^:/]*$")
_MARKED_PROSE = 1
"""Lines of prose a marked heading may stand under (a proxy's one-sentence notice) ..."""
_FIELD_PROSE = 3
"""... and a title's field (a repository's appeal for funds and its thanks above the record)."""


def _wiki_page(text: str) -> bool:
    """A wiki's page name with its namespace, the namespace capitalised ("Talk:Assistant
    persona"); a label and its value ("Note: this"), a time, an address and a title's field
    ("Title: …", which a space follows) are none.

    >>> [_wiki_page(t) for t in ("Talk:Assistant persona", "Note: soon", "mailto:a@b.c")]
    [True, False, False]
    """
    return (
        bool(_WIKI_PAGE.match(text))
        and text[0].isupper()
        and len(text.split()) <= _MASTHEAD_WORDS
        and not _TITLE_FIELD.match(text)
    )


# The code host's tab over a rendered README ("README", "README.md"), and the license's tab
# beside it ("MIT license", "Apache-2.0 license"), between it and the README's heading.
_README_TAB = re.compile(r"^readme(?:\.(?:md|markdown|rst|txt))?$", re.IGNORECASE)
_LICENSE_TAB = re.compile(r"^(?:[\w.+-]+\s+){1,3}licen[cs]e$", re.IGNORECASE)


def _readme_heading(
    body: list[Line], names: Iterable[str], gone: dict[int, str] | None = None
) -> tuple[int, str] | None:
    """The heading of a README a code host renders under its "README" tab (the license's tab
    between them, kept or removed): the repository's page is titled by it, however short, in
    any script ("kettle-pal", "茶壺夥伴"), when the README's text follows it. The file list's
    "README.md" and the tab itself are no heading.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("LICENSE\\nREADME.md\\nREADME\\nMIT license\\n茶壺夥伴\\n"
    ...                    "一個會記下泡茶筆記、用平靜語氣回答的小助理。")
    >>> _readme_heading(body, ())
    (4, '茶壺夥伴')
    >>> _readme_heading(split_lines("README\\nThe tests run nightly and report by mail."), ())
    >>> body = split_lines("README.md\\n使い方を更新\\nlast week\\nREADME\\nMIT license\\n"
    ...                    "茶壺夥伴\\n一個會記下泡茶筆記、用平靜語氣回答的小助理。")
    >>> _readme_heading(body, ())
    (5, '茶壺夥伴')
    """
    gone = gone or {}
    found: tuple[int, str] | None = None
    for i, line in enumerate(body[:_TOP_REACH]):
        if found and i > found[0] + 1 and _is_body(line.text):
            break  # the README's text has begun under the heading found
        if not _README_TAB.match(line.text.strip()):
            continue
        k = i + 1
        while k < len(body) and _LICENSE_TAB.match(body[k].text.strip()):
            k += 1
        if k + 1 >= len(body):
            break
        text = " ".join(_INVISIBLE.sub("", body[k].text).split())
        # a later tab is the README's: the file list's "README.md" entry, its last commit's
        # message under it, comes first
        if _readme_title_shape(text, names) and not _BADGE_ROW.search(body[k].text):
            found = k, title_proper(text)
        elif _BADGE_ROW.search(body[k].text) or _is_body(text):
            found = _heading_moved(body, k, names)  # the README's text under its tab
    return found


# A README's badge row saved as text ("PyPI version  tests  license: Apache-2.0"): the badges'
# labels set apart by runs of spaces, never a heading.
_BADGE_ROW = re.compile(r"\S {2,}\S.*\S {2,}\S")


def _readme_title_shape(text: str, names: Iterable[str]) -> bool:
    """Whether a line under a README's tab can be the README's heading: words, not prose,
    chrome, another tab or a label, and short."""
    return (
        any(ch.isalpha() for ch in text)
        and not _is_body(text)
        and not _README_TAB.match(text)
        and not chrome_reason(text, names)
        and _width(text) <= 2 * 5 * _MASTHEAD_WORDS
        and not text.endswith((":", "："))
    )


def _heading_moved(body: list[Line], k: int, names: Iterable[str]) -> tuple[int, str] | None:
    """The README's heading at the top of a text whose README tab has its text right under it
    (``body[k]`` on): a clean text, its title moved to its first line. The first line is the
    heading when it has a heading's shape and the README's text speaks of it.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("kettle-pal\\nREADME.md\\nbuild  tests  license: MIT\\n"
    ...                    "kettle-pal keeps notes on your tea and answers in a calm voice.")
    >>> _heading_moved(body, 2, ())
    (0, 'kettle-pal')
    >>> _heading_moved(split_lines("Add the bedtime example\\nREADME.md\\nText."), 2, ())
    """
    first = " ".join(_INVISIBLE.sub("", body[0].text).split())
    if not _readme_title_shape(first, names):
        return None
    if body_share(first, prose_keys(body[k:])) < _MOVED_SHARE:
        return None
    return 0, title_proper(first)


_MOVED_SHARE = 0.5
"""The share of the first line's words the README's text speaks of, for it to be its heading."""


def _marked_heading(
    body: list[Line], names: Iterable[str], gone: dict[int, str] | None = None
) -> tuple[int, str] | None:
    """The first title the text marks as such at its top: a level-one heading ("# The quiet
    hive", a gemtext page or Markdown saved as text) or a title's field ("Title: Do assistants
    keep their manners?", a repository's abstract page) or a wiki's page name with its
    namespace ("Talk:Assistant persona") or the line over a wiki's "From <wiki>, the …" line
    (``_wiki_heading``), before the body's prose: the writer or the record named it,
    whatever stands above it (a proxy's banner and its notice, a site's menu, an appeal for
    funds). A level-two heading ("## 2026-02-22"), a hashtag
    ("#bees"), chrome after the mark and a heading under more prose (a section's) are none, and
    so is a "# " line once the body began, inside a config or a listing it introduced
    ("Steps to reproduce:", "temperature: 0.4", "# end of character": a comment).

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Proxied by a gateway · status 20\\nNo attempt was made to check the "
    ...                    "certificate of the remote host.\\n# The quiet hive\\n## 2026-02-22\\n"
    ...                    "The bees have been quiet all winter, and I keep listening to them.")
    >>> _marked_heading(body, ())
    (2, 'The quiet hive')
    >>> _marked_heading(split_lines("#bees #winter\\nText of the post, which goes on."), ())
    """
    prose = 0
    listing = False  # a block the body introduced ("Steps to reproduce:", then a config)
    for i, line in enumerate(body[:_TOP_REACH]):
        text = line.text.strip()
        heading = prose <= _MARKED_PROSE and not (prose and (listing or _in_block(body, i)))
        m = _MARKED_HEADING.match(text) if heading else None
        m = m or _TITLE_FIELD.match(text)
        if m and headline(m["text"], names):
            return i, title_proper(m["text"])
        if heading and not prose and _underlined(body, i, gone or {}):
            return i, text
        if _wiki_page(text) and not chrome_reason(text, names):
            return i, text
        if _wiki_from(_next_line(body, i, gone or {})) and _wiki_heading(text, names):
            return i, title_proper(text)  # the wiki's tagline under it, kept or removed
        if _is_body(text):
            prose += 1
            if prose > _FIELD_PROSE:
                break
        listing = listing or bool(prose and text.endswith((":", "：")))
    return None


def _next_line(body: list[Line], i: int, gone: dict[int, str]) -> str:
    """The next non-blank line under ``body[i]`` in the source, kept or removed as chrome.

    >>> from persona_archive.cleaning.model import split_lines
    >>> _next_line(split_lines("Bees\\n\\n\\nText."), 0, {3: "From Wiki, the free wiki"})
    'From Wiki, the free wiki'
    """
    source = {**gone, **{ln.no: ln.text for ln in body[i + 1 : i + 2]}}
    for no in sorted(n for n in source if n > body[i].no):
        if source[no].strip():
            return source[no].strip()
    return ""


# A line of "=" under a heading (Markdown's setext heading, a plain-text essay's or an RST
# document's title), kept or removed as chrome.
_DOUBLE_RULE = re.compile(r"=+")
_RULE_SLACK = 0.5
"""The underline is as long as the heading, give or take this share of it."""
_UNDERLINED_WORDS = 16
"""An underlined heading has at most this many words; a longer line is a paragraph over a rule."""


def _underlined(body: list[Line], i: int, gone: dict[int, str]) -> bool:
    """Whether the line right under ``body[i]`` in the source (kept or removed as chrome) is a
    rule of "=" about as long as it (``_RULE_SLACK``): the writer's mark of a level-one heading
    in plain text ("ON WRITTEN CHARACTERS" over "=====================" — in capitals, as plain
    text sets a title). A rule across the page under a shorter line, a line of prose and a rule
    under a rule are none.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("index : essays.git\\nON WRITTEN CHARACTERS\\n\\nAda, March 2026"
    ...                    "\\nText.")
    >>> _underlined(body, 1, {3: "====================="}), _underlined(body, 0, {})
    (True, False)
    >>> _underlined(body, 1, {3: "=" * 70})
    False
    >>> rule = "=" * 27
    >>> box = split_lines(f"{rule}\\nGuild: Kettles\\nTopic: Why the kettle sings\\n{rule}\\nHi.")
    >>> rst = split_lines("=======\\nKettles\\n=======\\nText.")
    >>> _underlined(box, 2, {}), _underlined(rst, 1, {})
    (False, True)
    """
    text = body[i].text.strip()
    source = {**gone, **{ln.no: ln.text for ln in body}}
    under = source.get(body[i].no + 1, "").strip()
    return (
        bool(_DOUBLE_RULE.fullmatch(under))
        and any(ch.isalpha() for ch in text)
        and abs(len(under) - len(text)) <= _RULE_SLACK * len(text)
        and len(text.split()) <= _UNDERLINED_WORDS
        and not _is_body(text)
        and not _boxed(source, body[i].no)
    )


def _boxed(source: dict[int, str], no: int) -> bool:
    """Whether line ``no`` closes a block of two lines or more under a rule of "=" (a chat
    export's header framed by rules: "Guild: …", "Channel: …", "Topic: …"), by the lines of
    the source (``source``: line number to text) without a blank line between them. A rule
    right above it (an overline, as reStructuredText sets a title) frames it alone."""
    above = no - 1
    while source.get(above, "").strip() and not _DOUBLE_RULE.fullmatch(source[above].strip()):
        above -= 1
    return above < no - 1 and bool(_DOUBLE_RULE.fullmatch(source.get(above, "").strip()))


# A line of a config or of code: a key and its value ("temperature: 0.4", "tone = dry"), or an
# indented line.
_BLOCK_LINE = re.compile(r"^(?:[ \t]+\S|[\w.-]+[ \t]*[:=][ \t]*\S)")


def _wiki_heading(text: str, names: Iterable[str]) -> bool:
    """Whether ``text``, right above a wiki's "From <wiki>, the …" line, can be the page's
    heading, which a wiki prints there however short ("Bees", "Character document"): words,
    not chrome, not prose, not a row of tabs or links.

    >>> _wiki_heading("Character document", ()), _wiki_heading("Read   Edit   View history", ())
    (True, False)
    """
    text = text.strip()
    return (
        any(ch.isalpha() for ch in text)
        and not _is_body(text)
        and not chrome_reason(text, names)
        and not _MENU_GAP.search(text)
    )


_MENU_GAP = re.compile(r"\S\s{2,}\S|\s[|·•]\s")
"""Items of a row of tabs or links, spaced or separated ("Read   Edit", "Page | Talk")."""


def _in_block(body: list[Line], i: int) -> bool:
    """Whether ``body[i]`` stands inside a config or a listing: the line right above it in the
    source is one of its lines (a key and its value, an indented line). A "# " there is the
    block's comment ("# end of character"), not the page's heading.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("name: Orla\\ntemperature: 0.4\\n# end of character\\nText.")
    >>> _in_block(body, 2), _in_block(split_lines("Hello.\\n# The quiet hive"), 1)
    (True, False)
    """
    return i > 0 and body[i - 1].no == body[i].no - 1 and bool(_BLOCK_LINE.match(body[i - 1].text))


# What separates a page's title from the site's name in a browser's title line ("Headline |
# Site", "Headline - Site", "Site :: Headline", "Headline · Site"), and the underscore that
# joins them without spaces between words of a script without spaces ("标题_某某吧_百度贴吧":
# a Chinese forum's tab title; "snake_case" between Latin letters is a name, not two parts).
_TITLE_SEPARATOR = re.compile(
    r"\s+(?:[|·•:]{1,2}|[-–—])\s+|(?<=[^\x00-\u024f\s_])_(?=[^\x00-\u024f\s_])"
)


def _over_headline(body: list[Line], j: int, gone: dict[int, str]) -> bool:
    """Whether ``body[j]`` is a label over the heading-like line right under it (a site's
    name that its browser title names too: "Noa's blog – Article: A friend? | RSS reader")."""
    if j + 1 >= len(body):
        return False
    under = headline(body[j + 1].text)
    return bool(under) and _label_over(body, (j, body[j].text), (j + 1, under), gone)


def _named_above(parts: list[str], k: int, j: int, alone: dict[str, int]) -> bool:
    """Whether a part of a browser title other than ``parts[k]`` stands alone on a line above
    line ``j`` (where ``parts[k]`` stands alone): the page prints its site's name first, so the
    part further down is its headline ("Owed - by Ann - Studies", then "Studies", then "Owed").
    """
    return any(alone.get(_key(p), j) < j for n, p in enumerate(parts) if n != k)


_CRUMB_SEPARATOR = re.compile(r"\s*[•＞]\s*|\s+[›»>‹/]\s+")
_CRUMB_END = re.compile(r"\s[›»>＞]$")
# A breadcrumb's step saved on a line of its own: a few words of letters and the arrow ("Docs
# »", "Anleitungen ›"); a pager ("Page 1 / 3   Next ›") has numbers.
_CRUMB_STEP = re.compile(r"[^\W\d_][\w'’&-]*(?: [^\W\d][\w'’&-]*){0,3} [›»>＞]")


def _confirmed_title(
    body: list[Line], names: Iterable[str], gone: dict[int, str] | None = None
) -> tuple[int, str] | None:
    """The title line the page confirms: a line at its top in the shape of a browser title
    ("Headline - Site", "Site | Headline") one of whose parts stands again, alone, on another
    line at the top. The page names that line twice, once as the document's title: it is the
    title, whatever the lines around it (a menu row, a kicker, a site's name in words). So
    does a breadcrumb whose last step stands again alone under it, with the text under that
    ("Docs » Guides » Persona files", then "Persona files"; a repository's path "owner /
    tone-checker", then its README's "tone-checker"): the page's heading, however short.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Why my bees ignored the lavender - Hive Minded\\nHome Garden Bees "
    ...                    "Shop\\nWhy my bees ignored the lavender\\nThe bees went elsewhere, "
    ...                    "and I think I know why now.")
    >>> _confirmed_title(body, ())
    (2, 'Why my bees ignored the lavender')
    >>> _confirmed_title(split_lines("Home | Hive Minded\\nHome\\nText of the page here."), ())
    >>> body = split_lines("Docs » Guides » Persona files\\nPersona files\\nA persona file "
    ...                    "describes a character for the assistant to play.")
    >>> _confirmed_title(body, ())
    (1, 'Persona files')
    """
    gone = gone or {}
    top = _source_top(body, gone)
    kept = [(p, k) for p, (k, _) in enumerate(top) if k is not None]
    alone: dict[str, int] = {}  # where each line without a separator first stands alone,
    alone_kept: dict[str, int] = {}  # kept or removed; and kept
    for p, (k, text) in reversed(list(enumerate(top))):
        if text and not _TITLE_SEPARATOR.search(text):
            alone[_key(text)] = p
            if k is not None:
                alone_kept[_key(text)] = p
    first = top[kept[0][0]][1] if kept else ""
    opening = (
        bool(kept)
        and body[0].no == 1
        and not _TITLE_SEPARATOR.search(first)
        and not _site_colon(first, kept[0][0], alone)
    )
    if not (opening and headline(first, names)):  # a clean text's title, on its first line:
        found = _browser_confirmed(body, top, alone, alone_kept, names, gone)  # no browser
        if found is not None:  # title overrides it
            return found
    last = {_key(top[p][1]): p for p, _ in kept if top[p][1]}
    for i, (_, text) in enumerate(top):
        crumbs = _CRUMB_SEPARATOR.split(text)
        if len(crumbs) >= 2 and _CRUMB_SEPARATOR.search(_unquoted(text)):
            tail = crumbs[-1]  # "Docs » Configuration » Persona layers"
        elif i and _CRUMB_STEP.fullmatch(top[i - 1][1]) and not _CRUMB_END.search(text):
            tail = text  # a breadcrumb saved one step a line: "Guides »", then "Persona files"
        else:
            continue
        p = last.get(_key(tail))
        if p is None:
            continue
        j = top[p][0]
        # the text's first line (where a clean text gives its title), the step printed again
        # under the breadcrumb, or (one step a line) the last step itself with the text right
        # under it; a category over a post's headline is none of these
        leads = ("body", "byline", "date", "deck") if p > i else ("body", "byline", "date")
        if (
            any(ch.isalpha() for ch in tail)
            and not chrome_reason(tail, names)
            and (j == 0 or (p >= i and _lead(body, j, gone) in leads))
        ):
            return (
                _post_under(body, j, gone)
                or _headline_under_section(body, j, gone, names)
                or (j, title_proper(top[p][1]))
            )
    return _named_twice(body, top, names, gone)


def _headline_under_section(
    body: list[Line], j: int, gone: dict[int, str], names: Iterable[str]
) -> tuple[int, str] | None:
    """The headline right under ``body[j]``, the breadcrumb's last step printed again, when its
    own byline or date stands under it and it does not name the step ("Assistants", then "Why
    does my assistant call me by my full name?", then "Started by birchwood, Dec 2, 2026"): the
    step is the section's name over the page's own headline, as a forum prints its board's
    name over the thread's title. A step that is heading-like itself is the page's headline
    over its deck, and so is one the line under it names ("Persona files", then "How persona
    files describe a character").

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Tech\\nCouncil chatbot will now admit when it does not know\\n"
    ...                    "By Sam Porter\\nThe council's chatbot answers thousands of questions.")
    >>> _headline_under_section(body, 0, {}, ())
    (1, 'Council chatbot will now admit when it does not know')
    >>> body = split_lines("Persona files\\nA persona file describes a character for the "
    ...                    "assistant to play, and its tone.")
    >>> _headline_under_section(body, 0, {}, ())
    """
    k = j + 1
    if k >= len(body) or headline(body[j].text, names) or _lead(body, j, gone) != "deck":
        return None  # a headline the breadcrumb ends in is the page's: its deck stands under it
    text = headline(body[k].text, names)
    if (
        not text
        or _lead(body, k, gone) not in ("byline", "date")
        or _key(body[j].text) in _key(text)
    ):
        return None  # a deck names the heading it stands under; a headline, not its section
    return k, title_proper(text)


def _named_twice(
    body: list[Line], top: list[tuple[int | None, str]], names: Iterable[str], gone: dict[int, str]
) -> tuple[int, str] | None:
    """The page's heading that its header names too: the last line of ``top``, kept, right
    above the body's prose, short (``_MASTHEAD_WORDS``), and standing alone again higher up,
    kept or removed, apart from it ("Persona configuration" in a docs site's header bar, its
    menu, then "Persona configuration" over the page's text), the page's furniture alone kept
    above it (short lines, chrome). A person's name, a date, a menu's word and other chrome
    are none (an author's name in the header and over the post), and so is a section's heading
    named first in a table of contents under the headline or beside a heading-like line.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Kit\\nPersona configuration\\nGuides\\nOn this page\\nLayers\\n"
    ...                    "Persona configuration\\nA persona in the kit is built from three "
    ...                    "layers of text.")
    >>> _named_twice(body, _source_top(body, {}), (), {})
    (5, 'Persona configuration')
    >>> body = split_lines("Kit\\nAda Brook\\nNotes\\nAda Brook\\nA persona in the kit is built "
    ...                    "from three layers of text.")
    >>> _named_twice(body, _source_top(body, {}), (), {})
    >>> body = split_lines("Kit\\nA year of sharpening knives\\nContents\\nWhy bother\\nThe "
    ...                    "stones\\nWhy bother\\nMy knives were never sharp for more than a "
    ...                    "month.")
    >>> _named_twice(body, _source_top(body, {}), (), {})
    """
    if len(top) < 3 or top[-1][0] is None:
        return None
    j, text = top[-1]
    if (
        j + 1 >= len(body)
        or not _is_body(body[j + 1].text)
        or any(no in gone for no in range(body[j].no + 1, body[j + 1].no))
        or not any(ch.isalpha() for ch in text)
        or len(text.split()) > _MASTHEAD_WORDS
        or chrome_reason(text, names)
        or "@" in text  # a handle heading each post of a thread
        or _name_like(text)
        or _is_byline_line(text)
        or _is_date_line(text)
        or re.search(r"[.:：!,;]$", text)
    ):
        return None
    key = _key(text)
    named = [p for p, (_, t) in enumerate(top[:-2]) if _key(t) == key]
    if len(named) != 1:
        return None  # a scrape's copy right above it, a name printed over every post
    if any(k is not None and _not_furniture(t, names) for k, t in top[:-1]):
        return None  # a headline above, or a table of contents's entry: a section's heading
    return j, title_proper(text)


def _source_top(body: list[Line], gone: dict[int, str]) -> list[tuple[int | None, str]]:
    """The lines at the top of the source, before the body's prose, in their order: each with
    its index in ``body``, or None for a line an earlier stage removed as chrome (``gone``). A
    breadcrumb or a browser title confirms the heading whether the chrome rules kept it or not.

    >>> from persona_archive.cleaning.model import Line
    >>> prose = "A persona file describes a character for the assistant to play."
    >>> body = [Line(1, "Kit"), Line(3, "Persona files"), Line(4, prose)]
    >>> _source_top(body, {2: "Docs » Persona files", 9: "Next"})
    [(0, 'Kit'), (None, 'Docs » Persona files'), (1, 'Persona files')]
    """
    lines: list[tuple[int, int | None, str]] = []
    end = None
    for i, line in enumerate(body[:_TOP_REACH]):
        if _is_body(line.text):
            end = line.no
            break
        lines.append((line.no, i, line.text))
    if end is None:
        end = body[min(len(body), _TOP_REACH) - 1].no + 1 if body else 0
    lines += [(no, None, text) for no, text in gone.items() if no < end and text.strip()]
    return [(i, " ".join(_INVISIBLE.sub("", text).split())) for _, i, text in sorted(lines)]


def _not_furniture(text: str, names: Iterable[str]) -> bool:
    """Whether ``text``, above a heading the header names too, is more than the page's
    furniture: heading-like (a headline, a table of contents's entry) or a sentence.

    >>> [_not_furniture(t, ()) for t in ("v2.1", "GitHub", "Why bother with stones", "Hi.")]
    [False, False, True, True]
    """
    return bool(headline(text, names)) or bool(re.search(rf"[{_STOPS}!?！？]\W*$", text))


def _browser_confirmed(
    body: list[Line],
    top: list[tuple[int | None, str]],
    alone: dict[str, int],
    alone_kept: dict[str, int],
    names: Iterable[str],
    gone: dict[int, str],
) -> tuple[int, str] | None:
    """A kept line at the top that stands again as a part of a browser title in ``top``
    (``_confirmed_title``): its index in ``body`` and its title, or None. Positions are those
    in ``top``; ``alone`` holds every line without a separator, ``alone_kept`` the kept ones.
    A row of the site's links ("Categories | Write a review | For businesses", ``_link_row``)
    is no browser title: the link it shares with a button under the headline confirms none."""
    for i, (_, text) in enumerate(top):
        parts = _TITLE_SEPARATOR.split(text) if _TITLE_SEPARATOR.search(text) else []
        parts = parts or _site_colon(text, i, alone)
        if len(parts) < 2 or _link_row(text):
            continue
        joined = _joined_headline(top, i, names)
        if joined is not None:
            return joined
        for k, part in enumerate(parts):
            p = alone_kept.get(_key(part))
            if p is None or p == i:
                continue
            j = top[p][0]
            if (
                # the site's name stands above its pages' titles; the headline comes first
                (p > i or (k == 0 and len(part) == max(len(q) for q in parts)))
                and (
                    _long_enough(part)
                    or (_no_space_script(part) and _width(part) >= 8)
                    or _short_confirmed(body, parts, k, p, j, alone, gone)
                )
                and not chrome_reason(part, names)
                # the site's name, printed alone over the headline: unless another part stands
                # alone above it (the site's name), over the headline's deck
                and (_named_above(parts, k, p, alone) or not _over_headline(body, j, gone))
            ):
                return j, title_proper(top[p][1])
    return None


def _joined_headline(
    top: list[tuple[int | None, str]], i: int, names: Iterable[str]
) -> tuple[int, str] | None:
    """A browser title in ``top[i]`` whose headline holds a separator itself ("Ep. 12 — The
    patient machine | Slow Bytes"), its site's name at one end: the headline, all the parts
    but that end, printed whole on a kept line further down is the title (the parts one by one
    are no line's), when its longest part is heading-like: a row of the site's links is not.

    >>> top = [(0, "Ep. 12 — The patient machine | Slow Bytes"), (1, "Slow Bytes"),
    ...        (2, "Ep. 12 — The patient machine")]
    >>> _joined_headline(top, 0, ())
    (2, 'Ep. 12 — The patient machine')
    >>> _joined_headline([(0, "Home | Kettle Help | Guides"), (1, "Home | Kettle Help")], 0, ())
    """
    text = top[i][1]
    cuts = list(_TITLE_SEPARATOR.finditer(text))
    if len(cuts) < 2:
        return None
    ends = (text[: cuts[-1].start()], text[cuts[0].end() :])
    for p in range(i + 1, len(top)):
        j, line = top[p]
        if j is None or not _TITLE_SEPARATOR.search(line):
            continue
        longest = max(_TITLE_SEPARATOR.split(line), key=len)
        if any(_key(line) == _key(end) for end in ends) and headline(longest, names):
            return j, title_proper(line)
    return None


_SITE_COLON = re.compile(r"(?<=\w)[:：]\s+")


def _site_colon(text: str, i: int, alone: dict[str, int]) -> list[str]:
    """The two parts of a browser title that joins the site's name and the page's title with a
    colon ("Kettlebot Support: Quiet mode"), when each stands alone on another line at the top
    (positions in ``alone``, not ``i``): a label before a headline's colon ("Opinion: Why…")
    is not printed alone on the page twice over. Else no parts.

    >>> _site_colon("Kettle Help: Quiet mode", 0, {"kettlehelp": 1, "quietmode": 3})
    ['Kettle Help', 'Quiet mode']
    >>> _site_colon("Opinion: Why kettles sing", 0, {"opinion": 1})
    []
    """
    parts = _SITE_COLON.split(text, maxsplit=1)
    if len(parts) == 2 and all(alone.get(_key(p), i) != i for p in parts):
        return parts
    return []


def _short_confirmed(
    body: list[Line],
    parts: list[str],
    k: int,
    p: int,
    j: int,
    alone: dict[str, int],
    gone: dict[int, str],
) -> bool:
    """Whether ``parts[k]`` of a browser title, too short for a headline ("Quiet mode", "조수
    성격", "Tonfall zurücksetzen"), is the page's title all the same: another part (the site's
    name) stands alone above it, the part stands alone at position ``p`` (``body[j]``) right
    over the prose, and it is no menu's word ("Home | Kettle Help" over "Home"). The page
    names it twice, once beside its site's name.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Quiet mode | Kettle Help\\nKettle Help\\nQuiet mode\\nQuiet mode "
    ...                    "stops the kettle from speaking while it boils, and it stays on.")
    >>> parts = ["Quiet mode", "Kettle Help"]
    >>> alone = {"kettlehelp": 1, "quietmode": 2}
    >>> _short_confirmed(body, parts, 0, 2, 2, alone, {})
    True
    >>> _short_confirmed(body, ["Settings", "Kettle Help"], 0, 2, 2, alone, {})
    False
    """
    part = parts[k].strip()
    return (
        any(ch.isalpha() for ch in part)
        and 1 <= len(part.split()) <= _MASTHEAD_WORDS
        and not match_interface(part)
        and _named_above(parts, k, p, alone)
        and _lead(body, j, gone) == "body"
    )


def _post_under(body: list[Line], j: int, gone: dict[int, str]) -> tuple[int, str] | None:
    """The headline of a post right under a breadcrumb's last step ``body[j]`` (a forum's
    board, a blog's category), or None: a heading-like line with its own byline or date under
    it, of whose words the body speaks of more, and of as large a share, as of the step's
    (``_speaks_more``), and which does not restate the step (a docs page's deck, "How persona
    files describe a character", under its heading "Persona files"). The board's
    name is where the reader is; the post's headline is what the page is. A deck under the
    page's heading (the body speaks of it no more) and a page's label ("On this page") leave
    the step the title.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Forum > Reviews\\nReviews\\nThree months of cycling with an "
    ...                    "assistant\\nBy Ines Walcott\\nThree months of cycling to work with an "
    ...                    "assistant taught me that its manners matter more than its features.")
    >>> _post_under(body, 1, {})
    (2, 'Three months of cycling with an assistant')
    """
    d = j + 1
    if d >= len(body) or not _right_under(body, j, d, gone):
        return None
    text = headline(body[d].text)
    if (
        text
        and _lead(body, d, gone) in ("byline", "date")
        and not _restates(text, body[j].text)
        and _speaks_more(body[d + 1 :], text, body[j].text)
    ):
        return d, title_proper(text)
    return None


def _restates(text: str, step: str) -> bool:
    """Whether ``text`` holds every word of ``step`` (compared as ``evidence`` compares
    them): a deck that elaborates its heading, not a post in a board.

    >>> _restates("How persona files describe a character", "Persona files")
    True
    >>> _restates("Three months of commuting with an assistant", "Reviews")
    False
    """
    keys = _keys(step)
    return bool(keys) and keys <= _keys(text)


def _speaks_more(below: list[Line], text: str, other: str) -> bool:
    """Whether the prose in ``below`` speaks of ``text`` more than of ``other``: of
    ``EVIDENCE_MIN`` of its words and two at least, of more of them than of ``other``'s and of
    no smaller share. A one-word label the body happens to name ties on the share, not on the
    words."""
    prose = prose_keys(below)
    share, mine = body_share(text, prose), shared(text, prose)
    return (
        share >= EVIDENCE_MIN
        and mine >= _SAID_KEYS
        and mine > shared(other, prose)
        and share >= body_share(other, prose)
    )
