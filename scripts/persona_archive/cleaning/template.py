"""Template evidence: the chrome a site prints around every page, learned from the collection.

A scraped page carries its site's template (the site's name, a tagline, section labels, a
footer) as ordinary lines. No profile or interface string has to know them: the same line at the
same place on most pages of one site is the site's, not the author's. This module learns those
lines from all the sources of each site (``learn``) and removes them from one source
(``strip``), each removal a ``Change`` with the rule ``template:<site>``.

The rule, exactly:

*Site.* A source's site is its catalog ``site`` (whitespace collapsed), else the host of its
catalog ``url`` (lower case, without ``www.``); a source with neither belongs to no site and
neither teaches nor loses anything (``site_key``).

*Zones.* A source's non-blank lines (whitespace collapsed, NFC) have a header zone, its first
``k`` lines, and a footer zone, its last ``k`` lines, where ``k = min(ZONE_LINES, n // 4)`` for
``n`` lines: at least half of every source is body, and a source of fewer than 4 lines has no
zones at all (it says nothing about where a line sits, and is left alone). Everything between
the zones is the body.

*Candidate lines.* Only a line that is not a sentence can be template (``is_candidate``): it
has a letter; it is not quoted with ``>`` (someone's words); it is not a byline ("By Jane Doe":
the structure stage takes the authors from it); it has at most ``MAX_WORDS`` words (a character
of an unspaced script, CJK or Thai, counts as one); and it has no sentence punctuation in any
script (``boilerplate.SENTENCE_MARKS``) unless it is short, at most ``SHORT_WORDS`` words
("Read more…", "Subscribe now!").

*Template.* A candidate line is template for its site when it appears in the header or footer
zone of at least ``MIN_SOURCES`` sources of the site, and of at least half of the site's
sources, and in the body of none of them (a line that also turns up in the middle of a page is
content that happens to recur: a speaker's name, a heading, a refrain). Its zones are the
zones it was seen in. A site with fewer than ``MIN_SOURCES`` sources learns nothing.

*Removal.* ``strip`` removes a line of a source only where the template puts it: a line learned
in the header zone only in the header zone of the lines it is given (computed the same way), a
footer line only in the footer zone. It never edits a line, and runs after the boilerplate stage
(so the positions are those of the page with its known chrome already gone: closer to the
edges, never further).

Evidence is learned from the decoded text (before mojibake repair, which needs the other
evidence first): a chrome line that arrives damaged in one source is not counted for that one,
and is removed there only if its repair restores exactly the template's text.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from persona_archive.cleaning.boilerplate import SENTENCE_MARKS
from persona_archive.cleaning.model import Change, Line

STAGE = "boilerplate"  # template lines are site chrome: counted with the boilerplate
RULE_PREFIX = "template:"
HEAD, FOOT = "head", "foot"
ZONE_LINES = 10
"""How many non-blank lines at either end of a source are its header and footer zones..."""
MIN_BODY_SHARE = 4
"""... at most a quarter of its lines each (``n // MIN_BODY_SHARE``)."""
MIN_SOURCES = 3
"""A line is template only in the zones of at least this many sources of its site..."""
MIN_SHARE = 0.5
"""... and of at least this share of them."""
MAX_WORDS = 20
SHORT_WORDS = 3

_UNSPACED = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff"
_WORD = re.compile(f"(?![^{_UNSPACED}])[^\\W\\d_]|[^\\W\\d_{_UNSPACED}]+")  # a CJK letter: a word
_BYLINE = re.compile(r"(?i)(?:by|written\s+by|posted\s+by|words\s+by)\s+\S")
_HOST = re.compile(r"[\w-]+(?:\.[\w-]+)*")
_MAX_CHARS = 300  # longer than MAX_WORDS words of any script: no candidate


def site_key(site: str | None, url: str | None) -> str | None:
    """The site a source belongs to: its catalog ``site``, else its URL's host, else None.

    >>> site_key("  Mark  Carrigan's blog ", "https://markcarrigan.net/?p=1")
    "Mark Carrigan's blog"
    >>> site_key(None, "https://WWW.Example.org/a/b"), site_key(None, "example.org/x")
    ('example.org', 'example.org')
    >>> site_key("", None) is None, site_key(None, "not a URL") is None
    (True, True)
    """
    name = " ".join((site or "").split())
    if name:
        return name
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    except ValueError:  # not a URL at all
        return None
    host = host.lower().rstrip(".").removeprefix("www.")
    return host if _HOST.fullmatch(host) else None


def line_key(text: str) -> str:
    """A line as the template compares it: NFC, whitespace collapsed (case is kept).

    >>> line_key("  Raiding  the\\tinarticulate ")
    'Raiding the inarticulate'
    """
    return " ".join(unicodedata.normalize("NFC", text).split())


def word_count(text: str) -> int:
    """Words, with each character of an unspaced script (CJK, Thai…) counted as one.

    >>> word_count("Read more…"), word_count("我们今天讨论人工智能。"), word_count("2024 — 12")
    (2, 10, 0)
    """
    return len(_WORD.findall(text))


def is_candidate(text: str) -> bool:
    """Whether a line could be template at all: not a sentence in any script (see the module's
    docstring for the rule).

    >>> [is_candidate(t) for t in ("Raiding the inarticulate since 2010", "Menu", "Read more…")]
    [True, True, True]
    >>> is_candidate("Models are trained on human text.")  # a sentence
    False
    >>> is_candidate("これはモデルの人格についての文章です。")  # a sentence in Japanese
    False
    >>> [is_candidate(t) for t in ("> Subscribe", "By Jane Doe", "2024", "* * *")]
    [False, False, False, False]
    """
    if len(text) > _MAX_CHARS or not any(ch.isalpha() for ch in text):
        return False
    if text.startswith((">", "＞")) or _BYLINE.match(text):
        return False
    words = word_count(text)
    if words > MAX_WORDS:
        return False
    return words <= SHORT_WORDS or not any(ch in SENTENCE_MARKS for ch in text)


def zone_size(lines: int) -> int:
    """How many lines at each end of a source of ``lines`` non-blank lines are its zones.

    >>> [zone_size(n) for n in (3, 4, 12, 40, 400)]
    [0, 1, 3, 10, 10]
    """
    return min(ZONE_LINES, lines // MIN_BODY_SHARE)


def _zone(index: int, lines: int, k: int) -> str | None:
    if index < k:
        return HEAD
    if index >= lines - k:
        return FOOT
    return None


# --- what one source tells -------------------------------------------------------------------


@dataclass(frozen=True)
class Summary:
    """What one source tells about its site's template: its candidate lines in the header
    zone, in the footer zone and in the body (each set sorted), and whether it has zones."""

    head: tuple[str, ...] = ()
    foot: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    zoned: bool = False

    def to_json(self) -> list:
        return [list(self.head), list(self.foot), list(self.body), self.zoned]

    @classmethod
    def from_json(cls, data) -> Summary:
        head, foot, body, zoned = data
        return cls(tuple(head), tuple(foot), tuple(body), bool(zoned))


def summarise(text: str) -> Summary:
    """One source's candidate lines by zone.

    >>> s = summarise("Site\\nTitle\\n" + "A sentence of the body.\\n" * 6 + "Menu\\nFooter")
    >>> s.head, s.foot, s.body
    (('Site', 'Title'), ('Footer', 'Menu'), ())
    """
    lines = [key for key in (line_key(s) for s in text.split("\n")) if key]
    k = zone_size(len(lines))
    if not k:
        return Summary()
    found: dict[str | None, set[str]] = {HEAD: set(), FOOT: set(), None: set()}
    for index, key in enumerate(lines):
        if is_candidate(key):
            found[_zone(index, len(lines), k)].add(key)
    return Summary(
        tuple(sorted(found[HEAD])), tuple(sorted(found[FOOT])), tuple(sorted(found[None])), True
    )


# --- what a site's sources tell together -----------------------------------------------------


@dataclass(frozen=True)
class SiteTemplate:
    """One site's template: each line with the zones it is removed in (``head``, ``foot``)."""

    site: str
    lines: tuple[tuple[str, tuple[str, ...]], ...] = ()
    _zones: dict[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_zones", dict(self.lines))

    def zones(self, text: str) -> tuple[str, ...]:
        """The zones a line (already a ``line_key``) is template in; () when it is not."""
        return self._zones.get(text, ())

    def __len__(self) -> int:
        return len(self.lines)

    def digest(self) -> str:
        """What a cached record cleaned with this template is keyed by."""
        data = json.dumps([self.site, [[t, list(z)] for t, z in self.lines]], ensure_ascii=False)
        return hashlib.sha256(data.encode("utf-8", "surrogatepass")).hexdigest()

    def __reduce__(self):  # pickled for the worker processes without the lookup table
        return (SiteTemplate, (self.site, self.lines))


@dataclass(frozen=True)
class TemplateEvidence:
    """Every site's template (sites that learned nothing are left out)."""

    sites: dict[str, SiteTemplate] = field(default_factory=dict)

    def for_site(self, key: str | None) -> SiteTemplate | None:
        return self.sites.get(key) if key is not None else None

    def to_json(self) -> dict:
        return {s: [[t, list(z)] for t, z in tpl.lines] for s, tpl in sorted(self.sites.items())}

    @classmethod
    def from_json(cls, data: dict) -> TemplateEvidence:
        return cls(
            {
                site: SiteTemplate(site, tuple((t, tuple(z)) for t, z in lines))
                for site, lines in data.items()
            }
        )


def learn(site_sources: dict[str, list[str]]) -> TemplateEvidence:
    """Each site's template, from the texts of its sources (``{site: [text, …]}``).

    >>> body = [f"Paragraph {i} says something else entirely, as prose does." for i in range(8)]
    >>> page = lambda i: "\\n".join(["Example Gazette", f"Title {i}", *body[i:], "Contact us"])
    >>> found = learn({"Example Gazette": [page(i) for i in range(4)], "tiny": [page(0)] * 2})
    >>> found.for_site("Example Gazette").lines
    (('Contact us', ('foot',)), ('Example Gazette', ('head',)))
    >>> found.for_site("tiny") is None  # two sources: too few to tell a template
    True
    """
    return learn_from({site: [summarise(t) for t in texts] for site, texts in site_sources.items()})


def learn_from(site_summaries: dict[str, list[Summary]]) -> TemplateEvidence:
    """``learn`` from the sources' summaries (what ingest keeps in its cache)."""
    sites = {}
    for site, summaries in sorted(site_summaries.items()):
        template = _site_template(site, summaries)
        if template is not None:
            sites[site] = template
    return TemplateEvidence(sites)


def _site_template(site: str, summaries: list[Summary]) -> SiteTemplate | None:
    if len(summaries) < MIN_SOURCES:
        return None
    needed = max(MIN_SOURCES, len(summaries) * MIN_SHARE)
    in_zone: dict[str, int] = {}
    zones: dict[str, set[str]] = {}
    in_body: set[str] = set()
    for summary in summaries:
        in_body.update(summary.body)
        for key in {*summary.head, *summary.foot}:
            in_zone[key] = in_zone.get(key, 0) + 1
        for zone, keys in ((HEAD, summary.head), (FOOT, summary.foot)):
            for key in keys:
                zones.setdefault(key, set()).add(zone)
    lines = tuple(
        (key, tuple(sorted(zones[key])))
        for key, n in sorted(in_zone.items())
        if n >= needed and key not in in_body
    )
    return SiteTemplate(site, lines) if lines else None


# --- one source ------------------------------------------------------------------------------


def strip(lines: list[Line], template: SiteTemplate | None) -> tuple[list[Line], list[Change]]:
    """``lines`` without the site's template lines found where the template puts them, and a
    ``Change`` (rule ``template:<site>``) for each removed line, in line order. Repeated until
    nothing more is removed (the zones are those of what is left), so that stripping twice
    changes nothing.

    >>> tpl = SiteTemplate("Example Gazette", (("Contact us", ("foot",)), ("Menu", ("head",))))
    >>> lines = [Line(i + 1, t) for i, t in enumerate(
    ...     ["Menu", "A title", "Body one.", "Menu", "Body two.", "Body three.", "Contact us"])]
    >>> kept, changes = strip(lines, tpl)
    >>> [line.text for line in kept]  # the "Menu" in the body is not where the template is
    ['A title', 'Body one.', 'Menu', 'Body two.', 'Body three.']
    >>> [(c.rule, c.line, c.before) for c in changes]
    [('template:Example Gazette', 1, 'Menu'), ('template:Example Gazette', 7, 'Contact us')]
    >>> strip(kept, tpl)[1]
    []
    """
    kept = list(lines)
    changes: list[Change] = []
    while template:
        k = zone_size(len(kept))
        left: list[Line] = []
        for index, line in enumerate(kept):
            zone = _zone(index, len(kept), k)
            if zone is not None and zone in template.zones(line_key(line.text)):
                where = "top" if zone == HEAD else "bottom"
                detail = f"site template: at the {where} of most of {template.site}'s pages"
                rule = RULE_PREFIX + template.site
                changes.append(Change(STAGE, rule, line.no, line.text, "", detail))
            else:
                left.append(line)
        if len(left) == len(kept):
            break
        kept = left
    changes.sort(key=lambda c: c.line)
    return kept, changes
