"""The theme's script-only controls written once, in a cached script, instead of in every page.

Material writes its search dialog and button (~1.7 kB), its colour-palette switch (~0.9 kB), its
"back to top" button (~0.2 kB) and its clipboard notice into every page, byte for byte the same.
Each works only with JavaScript (the search is a script, the switch sets the palette from a
script, Material's bundle shows the button and fills the notice; Material hides the search
button from a reader without scripts), so a page can carry, in their place, a synchronous script
that writes the same markup where it stood (``insertAdjacentHTML`` beside itself, while the page
is parsed: before Material's bundle, at the end of the page, looks for them). At 1,000 documents
that is ~3 kB of site per document; a reader with scripts sees the same page, a reader without
them loses controls that did nothing for them.

Material's settings for its scripts (``__config``: features, translations, ~0.8 kB) are the
same on every page but for the paths, which are relative to the page: ``take_config`` leaves a
script that carries the page's base path and writes the settings back, rebased, as the element
Material reads (and the clipboard notice before it).

``take`` cuts a block out of a page only when it is the same as the block the build met first,
so a page whose block differs (another language's strings) keeps its own; ``scripts`` gives the
files to write after the build. The blocks are the theme's markup: no page text is inside them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from persona_archive.site import icons

# Each block: its file, and the opening tags of the elements it is made of, one after the other
# (Material 9's header and page partials; overrides/partials/header.html writes the header's
# script-only controls side by side: the palette switch, the search button and dialog, hidden
# without JavaScript by Material's own ``.no-js`` rules).
BLOCKS = {
    "assets/pa-md-header.js": (
        '<form class="md-header__option" data-md-component="palette">',
        '<label class="md-header__button md-icon" for="__search">',
        '<div class="md-search" data-md-component="search"',
    ),
    "assets/pa-md-top.js": (
        '<button type="button" class="md-top md-icon" data-md-component="top"',
    ),
}
_TAG = re.compile(r"<(/?)(div|form|label|button)\b[^>]*>")


def _block(page_html: str, opening: str, start: int | None = None) -> tuple[int, int] | None:
    """Where the element opened by ``opening`` starts and ends (its closing tag included): the
    first in the page, or the one at ``start``.

    >>> _block('<p><div class="a"><div>x</div></div></p>', '<div class="a"')
    (3, 36)
    """
    if start is None:
        start = page_html.find(opening)
    elif not page_html.startswith(opening, start):
        return None
    if start < 0:
        return None
    name = _TAG.match(page_html, start)[2]
    depth = 0
    for tag in _TAG.finditer(page_html, start):
        if tag[2] != name:
            continue
        depth += -1 if tag[1] else 1
        if depth == 0:
            return start, tag.end()
    return None


def _run(page_html: str, openings: tuple[str, ...]) -> tuple[int, int] | None:
    """Where the elements opened by ``openings``, each right after the one before (whitespace
    between them is taken too), start and end; None when one is missing or something else
    stands between them.

    >>> _run('<p><form class="f"></form><div class="d"></div></p>', ('<form', '<div'))
    (3, 47)
    >>> _run('<p><form class="f"></form>\\n<div class="d"></div></p>', ('<form', '<div'))
    (3, 48)
    >>> _run('<p><form class="f"></form>x<div class="d"></div></p>', ('<form', '<div')) is None
    True
    """
    where = _block(page_html, openings[0])
    if where is None:
        return None
    start, end = where
    for opening in openings[1:]:
        while end < len(page_html) and page_html[end].isspace():
            end += 1
        where = _block(page_html, opening, end)
        if where is None:
            return None
        end = where[1]
    return start, end


def take(page_html: str, blocks: dict[str, str], url_of) -> str:
    """``page_html`` with each shared block a ``<script>`` that writes it back; ``blocks`` holds
    each file's block as the build met it first (file → markup), ``url_of(path)`` the path of a
    site file relative to the page.

    >>> blocks = {}
    >>> page = '<main><button type="button" class="md-top md-icon" data-md-component="top" '
    >>> page += 'hidden>Back to top</button></main>'
    >>> take(page, blocks, lambda p: "../" + p)
    '<main><script src="../assets/pa-md-top.js"></script></main>'
    >>> blocks["assets/pa-md-top.js"][-20:]
    'Back to top</button>'
    """
    for path, openings in BLOCKS.items():
        where = _run(page_html, openings)
        if where is None:
            continue
        block = page_html[where[0] : where[1]]
        if blocks.setdefault(path, block) != block:
            continue  # not the build's block: this page keeps its own
        script = f'<script src="{url_of(path)}"></script>'
        page_html = page_html[: where[0]] + script + page_html[where[1] :]
    return page_html


CONFIG_FILE = "assets/pa-md-config.js"
_CONFIG = re.compile(r'<script id="__config" type="application/json">(.*?)</script>', re.S)
# Material's dialog (its "Copied to clipboard" notice, filled by its bundle), right before the
# settings on every page: the settings script writes it back before itself.
DIALOG = '<div class="md-dialog" data-md-component="dialog">'


def _rebased(config: dict) -> tuple[dict, list[str]] | None:
    """``config`` with its page-relative paths made relative to the site root, and their keys;
    None when its ``base`` is not a relative path (an absolute one is the same everywhere).

    >>> _rebased({"base": "../..", "search": "../../assets/w.js", "tags": None})
    ({'base': '', 'search': 'assets/w.js', 'tags': None}, ['base', 'search'])
    >>> _rebased({"base": ".", "search": "assets/w.js"})
    ({'base': '', 'search': 'assets/w.js'}, ['base', 'search'])
    """
    base = config.get("base")
    if not isinstance(base, str) or not re.fullmatch(r"\.|\.\.(?:/\.\.)*", base):
        return None
    prefix = "" if base == "." else base + "/"
    out, keys = dict(config), ["base"]
    out["base"] = ""
    for key, value in config.items():
        if key == "base" or not isinstance(value, str) or not value.startswith(prefix):
            continue
        if prefix or not value.startswith(("/", "http:", "https:", "data:")):
            out[key], keys = value[len(prefix) :], [*keys, key]
    return out, keys


def _dialog_before(page_html: str, end: int) -> int:
    """Where Material's dialog starts when it ends right at ``end``, else ``end``."""
    start = page_html.rfind(DIALOG, 0, end)
    where = _block(page_html, DIALOG, start) if start >= 0 else None
    return start if where is not None and where[1] == end else end


def take_config(page_html: str, blocks: dict[str, str], url_of) -> str:
    """``page_html`` with Material's ``__config`` element (and its dialog, right before it) a
    script that writes them back, when its settings, made relative to the site root, are those
    the build met first.

    >>> blocks = {}
    >>> page = '<script id="__config" type="application/json">{"base": "..", '
    >>> page += '"search": "../a/w.js"}</script><script src="../b.js"></script>'
    >>> take_config(page, blocks, lambda p: "../" + p)[:66]
    '<script src="../assets/pa-md-config.js" data-base=".."></script><s'
    >>> root = '<script id="__config" type="application/json">{"base": ".", '
    >>> take_config(root + '"search": "a/w.js"}</script>', blocks, lambda p: p)
    '<script src="assets/pa-md-config.js" data-base="."></script>'
    """
    found = _CONFIG.search(page_html)
    if not found:
        return page_html
    try:
        config = json.loads(found[1])
    except ValueError:
        return page_html
    rebased = _rebased(config) if isinstance(config, dict) else None
    if rebased is None:
        return page_html
    start = _dialog_before(page_html, found.start())
    shared = [*rebased, page_html[start : found.start()]]
    text = json.dumps(shared, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    if blocks.setdefault(CONFIG_FILE, text) != text:
        return page_html
    script = f'<script src="{url_of(CONFIG_FILE)}" data-base="{config["base"]}"></script>'
    return page_html[:start] + script + page_html[found.end() :]


def _config_script(text: str) -> str:
    """The script that writes ``__config`` back with the paths of the page it stands in, and
    the markup that stood before it."""
    data = text.replace("</", "<\\/")
    return (
        "/* Material's settings, the same on every page but for their paths: written back "
        "rebased on the page's, after the dialog that stood before them "
        "(persona_archive.site.shared_markup). */\n"
        f"(function(){{var s=document.currentScript,b=s.dataset.base,d={data},"
        'c=d[0],k=d[1],e=document.createElement("script");'
        'k.forEach(function(n){c[n]=n==="base"?b:b==="."?c[n]:b+"/"+c[n]});'
        'e.id="__config";e.type="application/json";e.textContent=JSON.stringify(c);'
        's.insertAdjacentHTML("beforebegin",d[2]);s.after(e)})();\n'
    )


def scripts(blocks: dict[str, str]) -> dict[str, str]:
    """Each file's script: it writes its block right after its own ``<script>`` element. The
    markup is a JSON string (``</`` escaped), so nothing in it can end the script."""
    out = {}
    for path, block in sorted(blocks.items()):
        if path == CONFIG_FILE:
            out[path] = _config_script(block)
            continue
        text = json.dumps(block, ensure_ascii=False).replace("</", "<\\/")
        out[path] = (
            "/* Material's markup, the same on every page: written where this script stands "
            "(persona_archive.site.shared_markup). */\n"
            f'document.currentScript.insertAdjacentHTML("afterend",{text});\n'
        )
    return out


# The archive's own stylesheets and scripts, each set one file a page loads (issue 20: a page
# names one stylesheet and one script instead of five; ~0.2 kB a page), in the order the pages
# loaded them, which the cascade keeps. Pagefind's stylesheet only under Pagefind; its script is
# a module and stays apart.
SITE_CSS = "assets/pa-site.css"
SITE_JS = "assets/pa-site.js"


def bundles(engine: str) -> dict[str, tuple[str, ...]]:
    """Each bundle's file and the site files it is made of, for the search ``engine``.

    >>> bundles("lunr")[SITE_CSS]
    ('assets/pa-cite.css', 'assets/pa-reading.css', 'assets/pa-icons.css')
    """
    css = ("assets/pa-cite.css", "assets/pa-reading.css", icons.STYLESHEET)
    if engine == "pagefind":
        css += ("assets/pa-pagefind.css",)
    js = ("assets/pa-gzip.js", "assets/pa-cite.js", "assets/pa-reading.js")
    return {SITE_CSS: css, SITE_JS: js}


def write_bundles(site_dir: Path, engine: str) -> None:
    """Write each bundle from its parts as the build left them (each ends with a line break;
    a script part with ``;`` too, so no statement runs into the next file's); the parts, which
    no page loads now, are not published."""
    for out, parts in bundles(engine).items():
        texts = []
        for part in parts:
            text = (Path(site_dir) / part).read_text(encoding="utf-8").rstrip()
            texts.append(text + (";" if out.endswith(".js") and not text.endswith(";") else ""))
        (Path(site_dir) / out).write_text("\n".join(texts) + "\n", encoding="utf-8")
        for part in parts:
            (Path(site_dir) / part).unlink()
