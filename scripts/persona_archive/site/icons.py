"""The theme's icons drawn from one cached stylesheet instead of inline in every page.

Material writes each icon of its header, navigation and buttons as inline SVG, the same ~4.8 kB
on every page (at 1,000 documents, ~6 kB of site per document). ``replace`` leaves each such
icon an empty ``<svg>`` with a class naming its shape; ``stylesheet`` gives the shape's class
its ``viewBox``'s proportions (``aspect-ratio``: the theme's rules that size an icon by one side
still get the other) and draws every shape the build met as a CSS mask filled with
``currentcolor`` (the colour the theme gives the icon's text), from ``data:`` URLs
(``img-src 'self' data:`` in the Content-Security-Policy), so the site works from ``file://``
too. The shapes are the theme's own files, never page text (a document's text is escaped before
it becomes HTML), and a shape keeps its licence comment.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote

STYLESHEET = "assets/pa-icons.css"
# An icon as Material's templates write it: its viewBox and its shape, nothing else.
_ICON = re.compile(
    r'<svg xmlns="http://www\.w3\.org/2000/svg" viewBox="([0-9 .]+)">(.*?)</svg>', re.S
)


def _name(view_box: str, shape: str, shapes: dict[str, tuple[str, str]]) -> str:
    """The shape's class: six hex digits of its hash (a site has a dozen shapes), more when
    another shape the build met has those."""
    digest = hashlib.sha256(f"{view_box}\n{shape}".encode()).hexdigest()
    for size in range(6, len(digest) + 1, 2):
        name = "pa-i-" + digest[:size]
        if shapes.setdefault(name, (view_box, shape)) == (view_box, shape):
            return name
    raise ValueError("two icons with one hash")  # SHA-256: not in this universe


def replace(page_html: str, shapes: dict[str, tuple[str, str]]) -> str:
    """``page_html`` with each theme icon an empty ``<svg class="pa-i pa-i-…">``; the shapes
    met are added to ``shapes`` (class name → viewBox and shape) for ``stylesheet``.

    >>> shapes = {}
    >>> replace('<a><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">'
    ...         '<path d="M3 6h18"/></svg></a>', shapes)
    '<a><svg class="pa-i pa-i-238026" aria-hidden="true"></svg></a>'
    >>> shapes
    {'pa-i-238026': ('0 0 24 24', '<path d="M3 6h18"/>')}
    """

    def empty(match: re.Match) -> str:
        name = _name(match[1], match[2], shapes)
        return f'<svg class="pa-i {name}" aria-hidden="true"></svg>'

    return _ICON.sub(empty, page_html)


def _ratio(view_box: str) -> str:
    """The ``aspect-ratio`` of a ``viewBox`` (its width and height; ``auto`` when it has none).

    >>> _ratio("0 0 448 512"), _ratio("0 0 24 24"), _ratio("0 0 0 24")
    ('448/512', '24/24', 'auto')
    """
    numbers = view_box.split()
    try:
        sized = len(numbers) == 4 and all(float(n) > 0 for n in numbers[2:])
    except ValueError:
        sized = False
    return f"{numbers[2]}/{numbers[3]}" if sized else "auto"


def stylesheet(shapes: dict[str, tuple[str, str]]) -> str:
    """The rules that draw ``shapes``: one mask a shape, filled with the icon's text colour (in
    forced-colours mode, the system's text colour: backgrounds are otherwise overridden)."""
    rules = [
        "svg.pa-i{background-color:currentcolor;-webkit-mask:var(--pa-i) center/contain "
        "no-repeat;mask:var(--pa-i) center/contain no-repeat}",
        "@media (forced-colors:active){svg.pa-i{forced-color-adjust:none;"
        "background-color:CanvasText}}",
    ]
    for name, (view_box, shape) in sorted(shapes.items()):
        svg = f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{view_box}">{shape}</svg>'
        data = quote(svg, safe=" /=:")
        rules.append(
            f'.{name}{{--pa-i:url("data:image/svg+xml,{data}");aspect-ratio:{_ratio(view_box)}}}'
        )
    return "\n".join(rules) + "\n"
