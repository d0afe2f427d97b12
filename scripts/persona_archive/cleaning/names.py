"""Names in URLs: slugs made from titles and names, kept unique. Apart from the pipeline, so
that the build, which names its browse pages the same way, does not load the cleaner."""

from __future__ import annotations

from slugify import slugify as _transliterated_slug

SLUG_LENGTH = 60


def slugify(text: str, limit: int = SLUG_LENGTH) -> str:
    """A short URL-safe slug in every script: letters transliterated to ASCII (python-slugify
    with text-unidecode), joined by hyphens, cut at a word. ASCII titles keep their old slugs.

    >>> slugify("When LLMs plead for autonomy")
    'when-llms-plead-for-autonomy'
    >>> slugify("Łódź and Øresund"), slugify("Straße")
    ('lodz-and-oresund', 'strasse')
    >>> slugify("Ψυχή και μηχανή"), slugify("Личность модели")
    ('psukhe-kai-mekhane', 'lichnost-modeli')
    >>> slugify("Ça va? ../../etc/passwd")
    'ca-va-etc-passwd'
    >>> slugify("“”")
    'untitled'
    """
    slug = _transliterated_slug(text)
    if len(slug) > limit:  # cut before the word the limit falls in (or on)
        slug = slug[:limit].rsplit("-", 1)[0] if "-" in slug[:limit] else slug[:limit]
    return slug or "untitled"


def unique_names(
    items: list[tuple[str, str]], taken: set[str] | None = None, suffix=None
) -> dict[str, str]:
    """Give each ``(key, base)`` a unique name; later keys in the given order get a suffix.

    >>> unique_names([("a.txt", "x"), ("b.txt", "x"), ("c.txt", "y")])
    {'a.txt': 'x', 'b.txt': 'x-2', 'c.txt': 'y'}
    """
    used = set(taken or ())
    names = {}
    for key, base in items:
        name, n = base, 1
        while name in used:
            n += 1
            name = suffix(base, key, n) if suffix else f"{base}-{n}"
        used.add(name)
        names[key] = name
    return names
