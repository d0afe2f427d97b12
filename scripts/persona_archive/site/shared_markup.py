"""The theme's script-only controls written once, in a cached script, instead of in every page.

Material writes its search dialog (~1.6 kB) and its colour-palette switch (~0.9 kB) into every
page, byte for byte the same. Both work only with JavaScript (the search is a script, the switch
sets the palette from a script), so a page can carry, in their place, a synchronous script that
writes the same markup where it stood (``insertAdjacentHTML`` after itself, while the page is
parsed: before Material's bundle, at the end of the page, looks for them). At 1,000 documents
that is ~2.5 kB of site per document; a reader with scripts sees the same page, a reader without
them loses two controls that did nothing for them.

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


def scripts(blocks: dict[str, str]) -> dict[str, str]:
    """Each file's script: it writes its block right after its own ``<script>`` element. The
    markup is a JSON string (``</`` escaped), so nothing in it can end the script."""
    out = {}
    for path, block in sorted(blocks.items()):
        text = json.dumps(block, ensure_ascii=False).replace("</", "<\\/")
        out[path] = (
            "/* Material's markup, the same on every page: written where this script stands "
            "(persona_archive.site.shared_markup). */\n"
            f'document.currentScript.insertAdjacentHTML("afterend",{text});\n'
        )
    return out
