"""Formatted citations: APA 7 and Chicago author-date through citeproc-py, and their cache.

citeproc-py (patched by ``citeproc_patch``) renders each record with the official CSL styles in
``csl/``; its HTML is re-escaped so only its own formatting tags stay markup. A document's
formatted citations take ~8 ms, so they are kept in a ``ContentCache`` (``paths.CACHE / "cite"``)
keyed by everything they are made from (the CSL item, the style files, citeproc-py's version),
and a build formats the missing ones on every core first (``format_all``).
"""

from __future__ import annotations

import copy
import functools
import html
import json
import re
import warnings
from functools import cache
from pathlib import Path

from persona_archive import files, paths
from persona_archive.cache import ContentCache
from persona_archive.parallel import parallel_map
from persona_archive.site.citations import citeproc_patch
from persona_archive.site.citations.csl import csl_item
from persona_archive.site.citations.record import Record

CSL_DIR = Path(__file__).resolve().parent / "csl"
STYLES = {"apa": "APA 7th edition", "chicago": "Chicago (author-date)"}
STYLE_FILES = {"apa": CSL_DIR / "apa.csl", "chicago": CSL_DIR / "chicago-author-date.csl"}
# A locator no real paragraph number can be: replaced by the reader's ¶ number in the browser.
PARA_PLACEHOLDER = "987654321"


@cache
def _style(name: str):
    from citeproc import CitationStylesStyle

    citeproc_patch.apply()
    return CitationStylesStyle(str(STYLE_FILES[name]), locale="en-US", validate=False)


_FORMAT_TAGS = re.compile(
    r"&lt;(/?(?:i|b|u|sup|sub)|span style=&quot;font-variant:small-caps;&quot;|/span)&gt;"
)


def safe_html(citeproc_html: str) -> str:
    """citeproc-py's HTML with its text escaped: only its own formatting tags stay markup.

    >>> safe_html('<i>A</i> <script>x</script> & <span style="font-variant:small-caps;">b</span>')
    '<i>A</i> &lt;script&gt;x&lt;/script&gt; &amp; <span style="font-variant:small-caps;">b</span>'
    """
    escaped = html.escape(citeproc_html, quote=True)
    return _FORMAT_TAGS.sub(lambda m: "<" + html.unescape(m.group(1)) + ">", escaped)


def _processor(style: str, item: dict, fmt):
    """A citeproc-py bibliography of the one ``item`` (copied: citeproc-py changes its input)."""
    from citeproc import CitationStylesBibliography
    from citeproc.source.json import CiteProcJSON

    return CitationStylesBibliography(_style(style), CiteProcJSON([copy.deepcopy(item)]), fmt)


def _bibliography(style: str, item: dict, fmt) -> str:
    """The reference-list entry of ``item`` in ``style``, in citeproc-py's ``fmt``."""
    from citeproc import Citation, CitationItem

    bib = _processor(style, item, fmt)
    bib.register(Citation([CitationItem(item["id"])]))
    return str(bib.bibliography()[0])


def _intext(style: str, item: dict, locator: str | None) -> str:
    """The in-text citation as plain text, with a paragraph locator when asked for."""
    from citeproc import Citation, CitationItem, Locator, formatter

    bib = _processor(style, item, formatter.plain)
    where = {"locator": Locator("paragraph", locator)} if locator else {}
    citation = Citation([CitationItem(item["id"], **where)])
    bib.register(citation)
    return str(bib.cite(citation, lambda _item: None))


_LOCATOR = ", para. " + PARA_PLACEHOLDER  # how both styles print a paragraph locator


def without_locator(cited: str, render) -> str:
    """The in-text citation without its paragraph locator, from the one with it: both styles
    print the locator as ", para. N" before the closing parenthesis, and a rendering costs
    ~0.7 ms (a sixth of a document's citations). ``render()`` makes it when the locator is not
    there as expected.

    >>> without_locator("(Doe, 2024, para. 987654321)", lambda: "rendered")
    '(Doe, 2024)'
    >>> without_locator("(Doe 2024, ¶ 987654321)", lambda: "rendered")
    'rendered'
    """
    head, found, tail = cited.rpartition(_LOCATOR)
    return head + tail if found else render()


_TAG = re.compile(r"<[^>]*>")
_LT, _GT = "\ue000", "\ue001"  # stand-ins for "<" and ">" of the data while citeproc formats


def _render(style: str, item: dict) -> tuple[str, str]:
    """(bibliography entry as HTML, as plain text), from one citeproc-py rendering.

    citeproc-py's HTML formatter leaves a "<" of the data as it is, so the data's angle brackets
    go through as private-use stand-ins: then every tag in the output is citeproc's own, and the
    plain text is the HTML without them (what its plain formatter would give).

    >>> _render("apa", {"id": "x", "type": "webpage", "title": "A & <b>"})
    ('<i>A &amp; &lt;b&gt;</i>. (n.d.).', 'A & <b>. (n.d.).')
    """
    from citeproc import formatter

    data = json.dumps(item, ensure_ascii=False)
    if _LT in data or _GT in data:  # the stand-ins are taken: render twice
        entry = _bibliography(style, item, formatter.html)
        return safe_html(entry), _bibliography(style, item, formatter.plain)
    masked = json.loads(data.replace("<", _LT).replace(">", _GT))
    entry = _bibliography(style, masked, formatter.html)
    text = html.unescape(_TAG.sub("", entry)).replace(_LT, "<").replace(_GT, ">")
    return safe_html(entry).replace(_LT, "&lt;").replace(_GT, "&gt;"), text


_QUOTE_PAIRS = {"“": "”", "‘": "’"}
_FLIP = {"“": "‘", "”": "’", "‘": "“", "’": "”"}


def us_quotes(entry: str) -> str:
    """American quotation marks in a formatted entry (text or HTML), which citeproc-py does not
    apply: a quotation inside a quotation alternates double and single marks, and a period or
    comma after a closing mark goes inside it. Only marks that pair up are touched (a lone ’ is
    an apostrophe); tags are passed over.

    >>> us_quotes("“Comment thread on “Bing Chat””. n.d.")
    '“Comment thread on ‘Bing Chat.’” n.d.'
    >>> us_quotes("(“Short”, n.d.) <i>the users’</i>, “x”.")
    '(“Short,” n.d.) <i>the users’</i>, “x.”'
    """
    chars = list(entry)
    visible = [i for i in _outside_tags(entry)]
    stack: list[int] = []  # positions (in ``visible``) of the open marks
    pairs: list[tuple[int, int]] = []
    for n, i in enumerate(visible):
        c = chars[i]
        if c == "“" or (c == "‘" and _opens(entry, i)):
            stack.append(n)
        elif c in "”’" and stack and _QUOTE_PAIRS[chars[visible[stack[-1]]]] == c:
            pairs.append((stack.pop(), n))
    if stack and any(chars[visible[n]] == "“" for n in stack):
        return entry  # unbalanced: leave the marks as they are
    for open_n, close_n in pairs:
        depth = sum(1 for o, c in pairs if o < open_n and c > close_n)
        want = "“" if depth % 2 == 0 else "‘"
        if chars[visible[open_n]] != want:
            chars[visible[open_n]] = _FLIP[chars[visible[open_n]]]
            chars[visible[close_n]] = _FLIP[chars[visible[close_n]]]
    for _, close_n in sorted(pairs, key=lambda p: -p[1]):
        if close_n + 1 < len(visible) and chars[visible[close_n + 1]] in ".,":
            at, mark = visible[close_n], visible[close_n + 1]
            chars[at], chars[mark] = chars[mark], chars[at]
            if mark != at + 1:  # a tag between them: the mark moves, the tag stays
                chars[at + 1 : mark + 1] = [chars[mark], *chars[at + 1 : mark]]
    return _settle("".join(chars))


def _settle(entry: str) -> str:
    """Marks moved in by ``us_quotes`` that now follow a sentence's own stop (“Why?.”) dropped."""
    return re.sub(r"([.?!])([.,])([”’])", r"\1\3", entry)


def _outside_tags(entry: str):
    """Positions of the characters of ``entry`` that are not inside an HTML tag."""
    inside = False
    for i, c in enumerate(entry):
        if c == "<":
            inside = True
        elif c == ">" and inside:
            inside = False
        elif not inside:
            yield i


def _opens(entry: str, i: int) -> bool:
    """Whether a ‘ at ``i`` opens a quotation (not a mark inside a word)."""
    return i == 0 or not entry[i - 1].isalnum()


_QUOTED_SUPPLIED = re.compile(r"“(\[[^\]]*\])”")


def _marks(entry: str, rec: Record) -> str:
    """``us_quotes`` of an entry; a title the archive supplied stands in its square brackets
    alone, without the quotation marks a style puts around a work's own title (a descriptive
    title is not quoted).

    >>> args = ("k", "s", "A “b” c", "other", [], None, None, "u", None, "", "", "", "en")
    >>> _marks("“[A “b” c]”. n.d.", Record(*args, title_source="derived"))
    '[A “b” c]. n.d.'
    >>> _marks("“A “b” c”. n.d.", Record(*args))
    '“A ‘b’ c.” n.d.'
    """
    if rec.supplied_title:
        entry = _QUOTED_SUPPLIED.sub(r"\1", entry)
    return us_quotes(entry)


def _formatted(rec: Record) -> dict[str, dict[str, str]]:
    """APA and Chicago for the document, and templates for a paragraph of it.

    Per style: ``html`` and ``text`` (the reference-list entry), ``intext`` ("(Carrigan, n.d.)"),
    ``para_text``/``para_html`` (the entry for one paragraph: "… ¶ {n}. <URL>#{id}…", with
    ``{n}``/``{id}`` placeholders filled in by the page) and ``para_intext`` ("…, para. {n})").
    """
    item = csl_item(rec)
    out = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # citeproc-py warns on CSL features it ignores
        for style in STYLES:
            entry_html, entry_text = (_marks(e, rec) for e in _render(style, item))
            cited = _intext(style, item, PARA_PLACEHOLDER)
            render = functools.partial(_intext, style, item, None)
            intext = _marks(without_locator(cited, render), rec)
            para_intext = _marks(cited, rec)
            out[style] = {
                "label": STYLES[style],
                "html": entry_html,
                "text": entry_text,
                "intext": intext,
                "para_html": _para_template(entry_html, html.escape(rec.url)),
                "para_text": _para_template(entry_text, rec.url),
                "para_intext": para_intext.replace(PARA_PLACEHOLDER, "{n}"),
            }
    return out


_ACCESS = re.compile(r"(Retrieved|Accessed) ")


def _para_template(entry: str, url: str) -> str:
    """The entry with ``url`` made the paragraph's and "¶ {n}." put before the access date (or
    before the URL when the style prints none).

    >>> _para_template("Doe. A. Retrieved May 1, 2026, from https://x/", "https://x/")
    'Doe. A. ¶ {n}. Retrieved May 1, 2026, from https://x/#{id}'
    """
    at = entry.rfind(url)
    if at < 0:
        return entry + " ¶ {n}. " + url + "#{id}"
    entry = entry[:at] + url + "#{id}" + entry[at + len(url) :]
    access = [m.start() for m in _ACCESS.finditer(entry, 0, at)]
    insert = access[-1] if access else at
    return entry[:insert] + "¶ {n}. " + entry[insert:]


# --- the cache ------------------------------------------------------------------------------------

CACHE_DIR = paths.CACHE / "cite"
CACHE_VERSION = "6"  # 6: American quotation marks, supplied titles unquoted (_marks)


@cache
def _file_digest(path: Path) -> str:
    return files.text_digest(path.read_text(encoding="utf-8"))


def _cache_key(rec: Record) -> str:
    """What the record's formatted citations are made from: the CSL item, the style files and
    citeproc-py's version."""
    import citeproc

    styles = [_file_digest(p) for p in STYLE_FILES.values()]
    item = json.dumps(csl_item(rec), sort_keys=True)
    return ContentCache.key(CACHE_VERSION, citeproc.__version__, *styles, item)


def _cache_path(rec: Record, cache_dir: Path) -> Path:
    """Where the record's cache entry is (it may not be there)."""
    return ContentCache(cache_dir).path(_cache_key(rec))


def formatted(rec: Record, cache_dir: Path | None = CACHE_DIR) -> dict[str, dict[str, str]]:
    """``_formatted`` through a content-hash cache (citeproc-py takes ~8 ms a document); no
    cache with ``cache_dir`` None."""
    store = ContentCache(cache_dir)
    key = "" if cache_dir is None else _cache_key(rec)
    out = store.get(key)
    if not isinstance(out, dict):
        out = _formatted(rec)
        store.put(key, out)
    return out


def format_all(records: list[Record], cache_dir: Path = CACHE_DIR) -> int:
    """Format the citations of every record not yet in the cache, on every core, so that the
    pages' cite boxes then read them (a first build of 10,000 documents: minutes saved).
    Returns how many were formatted."""
    todo = [r for r in records if not _cache_path(r, cache_dir).is_file()]
    for _ in parallel_map(functools.partial(formatted, cache_dir=cache_dir), todo, minimum=8):
        pass
    return len(todo)
