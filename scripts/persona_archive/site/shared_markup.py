"""The theme's script-only controls written once, in a cached script, instead of in every page.

Material writes its search dialog (~1.6 kB) and its colour-palette switch (~0.9 kB) into every
page, byte for byte the same. Both work only with JavaScript (the search is a script, the switch
sets the palette from a script), so a page can carry, in their place, a synchronous script that
writes the same markup where it stood (``insertAdjacentHTML`` after itself, while the page is
parsed: before Material's bundle, at the end of the page, looks for them). At 1,000 documents
that is ~2.5 kB of site per document; a reader with scripts sees the same page, a reader without
them loses two controls that did nothing for them.

Material's settings for its scripts (``__config``: features, translations, ~0.8 kB) are the
same on every page but for the paths, which are relative to the page: ``take_config`` leaves a
script that carries the page's base path and writes the settings back, rebased, as the element
Material reads.

``take`` cuts a block out of a page only when it is the same as the block the build met first,
so a page whose block differs (another language's strings) keeps its own; ``scripts`` gives the
files to write after the build. The blocks are the theme's markup: no page text is inside them.
"""

from __future__ import annotations

import json
import re

# Each block: its file, and the opening tag it starts with (Material 9's header partials).
BLOCKS = {
    "assets/pa-md-search.js": '<div class="md-search" data-md-component="search"',
    "assets/pa-md-palette-form.js": '<form class="md-header__option" data-md-component="palette">',
}
_TAG = re.compile(r"<(/?)(div|form)\b[^>]*>")


def _block(page_html: str, opening: str) -> tuple[int, int] | None:
    """Where the element opened by ``opening`` starts and ends (its closing tag included).

    >>> _block('<p><div class="a"><div>x</div></div></p>', '<div class="a"')
    (3, 36)
    """
    start = page_html.find(opening)
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


def take(page_html: str, blocks: dict[str, str], url_of) -> str:
    """``page_html`` with each shared block a ``<script>`` that writes it back; ``blocks`` holds
    each file's block as the build met it first (file → markup), ``url_of(path)`` the path of a
    site file relative to the page.

    >>> blocks = {}
    >>> page = '<header><form class="md-header__option" data-md-component="palette">'
    >>> page += '<input id="a"></form></header>'
    >>> take(page, blocks, lambda p: "../" + p)
    '<header><script src="../assets/pa-md-palette-form.js"></script></header>'
    >>> blocks["assets/pa-md-palette-form.js"][-7:]
    '</form>'
    """
    for path, opening in BLOCKS.items():
        where = _block(page_html, opening)
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


def take_config(page_html: str, blocks: dict[str, str], url_of) -> str:
    """``page_html`` with Material's ``__config`` element a script that writes it back, when its
    settings, made relative to the site root, are those the build met first.

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
    text = json.dumps(rebased, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    if blocks.setdefault(CONFIG_FILE, text) != text:
        return page_html
    script = f'<script src="{url_of(CONFIG_FILE)}" data-base="{config["base"]}"></script>'
    return page_html[: found.start()] + script + page_html[found.end() :]


def _config_script(text: str) -> str:
    """The script that writes ``__config`` back with the paths of the page it stands in."""
    data = text.replace("</", "<\\/")
    return (
        "/* Material's settings, the same on every page but for their paths: written back "
        "rebased on the page's (persona_archive.site.shared_markup). */\n"
        f"(function(){{var s=document.currentScript,b=s.dataset.base,d={data},"
        'c=d[0],k=d[1],e=document.createElement("script");'
        'k.forEach(function(n){c[n]=n==="base"?b:b==="."?c[n]:b+"/"+c[n]});'
        'e.id="__config";e.type="application/json";e.textContent=JSON.stringify(c);'
        "s.after(e)})();\n"
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
