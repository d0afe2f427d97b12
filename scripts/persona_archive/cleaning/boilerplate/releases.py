"""A code host's release page: the furniture around the release notes (issue 18).

GitHub, Gitea, Forgejo and GitLab print a release the same way: who released it and when
("haneul-dev released this", "… hat das veröffentlicht"), the asset list's heading ("Assets 3")
and the source archives ("Source code (zip)", "Quellcode (ZIP)"). Those lines are evidence
alone. Beside them, one a line, stand the release's tag ("v2.3.0"), its commit ("8c1f2ab"), its
date, a badge ("Latest", "Pre-release") and each asset's file name and size: they go only in a
run that touches such a line, so a version, a hash or a file name among the notes stays.

>>> from persona_archive.cleaning.model import split_lines
>>> page = split_lines("Latest\\nhaneul-dev released this\\nv2.3.0\\n8c1f2ab\\nNotes here.\\n")
>>> removed = {}
>>> release_furniture(page, removed, {})
>>> sorted(removed)
[0, 1, 2, 3]
"""

from __future__ import annotations

import re
from functools import cache

from persona_archive.cleaning.boilerplate.field_labels import field_labels
from persona_archive.cleaning.boilerplate.interface import interface_key
from persona_archive.cleaning.boilerplate.shapes import furniture_date
from persona_archive.cleaning.model import Line

RULE = "interface:hosting-banner"


@cache
def _marks() -> tuple[re.Pattern[str], ...]:
    """The lines that are a release's furniture alone, from ``data/field_labels.yml``:
    "<handle> released this <date>", "Source code (zip)", "Assets 3"."""
    labels = field_labels()
    date = (
        r"(?: (?:on )?(?:\w{3,9}\.? \d{1,2}(?:, \d{4})?"
        r"|\d{1,2}\.? \w{3,9}\.?(?: \d{4})?(?: \d{1,2}:\d{2})?"
        r"|\d{4}-\d{2}-\d{2}(?: \d{1,2}:\d{2})?))?"
    )
    return tuple(
        re.compile(pattern, re.IGNORECASE)
        for pattern in (
            rf"@?[\w.-]{{1,39}} {labels.released}{date}",
            rf"{labels.source_code} ?\((?:zip|tar\.gz|tar\.bz2|tgz)\)",
            rf"{labels.assets} ?\d{{1,3}}",
        )
    )


_TAG = re.compile(r"v?\d{1,4}(?:\.\d{1,4}){1,3}(?:[-+][0-9A-Za-z.]{1,20})?")
_COMMIT = re.compile(r"(?=[0-9]*[a-f])[0-9a-f]{7,40}")
_ASSET = re.compile(
    r"[\w.+-]{1,80}\.(?:tar\.gz|tar\.bz2|tar\.xz|tgz|zip|whl|exe|dmg|deb|rpm|apk|msi"
    r"|appimage|jar|gem|nupkg|sha256|asc|sig)",
    re.IGNORECASE,
)
_SIZE = re.compile(r"\d+(?:[.,]\d+)? ?(?:bytes|[KMG]i?B|Ko|Mo|Go|КБ|МБ)", re.IGNORECASE)


def release_mark(text: str) -> bool:
    """A line that is a release's furniture on its own evidence.

    >>> release_mark("chabuni-bot released this Mar 4, 2026"), release_mark("Quellcode (ZIP)")
    (True, True)
    >>> release_mark("She released this recipe in 2024."), release_mark("Assets")
    (False, False)
    """
    text = text.strip()
    return any(p.fullmatch(text) for p in _marks())


def beside_a_release(text: str) -> bool:
    """A line that is a release's furniture when it touches a release's other furniture: its
    tag, commit, date, badge, an asset's file name or size.

    >>> [beside_a_release(t) for t in ("v2.3.0", "8c1f2ab", "Latest", "2.1 MB", "Fixed it.")]
    [True, True, True, True, False]
    """
    text = text.strip()
    if interface_key(text) in field_labels().badges or furniture_date(text):
        return True
    return any(p.fullmatch(text) for p in (_TAG, _COMMIT, _ASSET, _SIZE))


def release_furniture(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """Remove a release's furniture (see the module docstring) into ``removed``."""
    visible = [i for i in range(len(kept)) if i not in removed]
    marks = [k for k, i in enumerate(visible) if release_mark(kept[i].text)]
    taken: set[int] = set()
    for k in marks:
        taken.add(visible[k])
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(visible) and (
                release_mark(kept[visible[j]].text) or beside_a_release(kept[visible[j]].text)
            ):
                taken.add(visible[j])
                j += step
    for i in sorted(taken):
        removed[i] = (RULE, "a code host's release furniture")
        anchors[i] = "hosting-banner"
