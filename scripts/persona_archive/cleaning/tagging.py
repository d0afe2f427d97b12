"""Tagging: assign tags from the controlled vocabulary (``taxonomy.yml``) by counted evidence.

A tag needs ``min_evidence`` matches of its terms or patterns, so a passing mention does not tag a
document; a match in the title counts double. The catalog can add or remove tags afterwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from persona_archive.cleaning.config import load_yaml
from persona_archive.errors import ConfigError

TITLE_WEIGHT = 2


_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class Tag:
    """A tag of the vocabulary: literal ``terms`` (as casefolded word sequences) and optional
    regular-expression ``pattern`` are its evidence."""

    slug: str
    label: str
    description: str
    group: str
    terms: tuple[tuple[str, ...], ...]
    pattern: re.Pattern | None
    min_evidence: int


def term_words(term: str) -> tuple[str, ...]:
    """A literal term as the words it must match, in order, whatever separates them.

    >>> term_words("Fine-tuning"), term_words("GPT-4")
    (('fine', 'tuning'), ('gpt', '4'))
    """
    return tuple(_TOKEN.findall(term.casefold()))


def load_taxonomy(path: Path) -> list[Tag]:
    """Load and validate ``taxonomy.yml``; bad regular expressions are reported with their line."""
    data, lines = load_yaml(path, "taxonomy")
    default_min = data.get("min_evidence", 2)
    groups = data.get("groups") or {}
    tags = []
    for slug, spec in data["tags"].items():
        group = spec.get("group", "topic")
        if groups and group not in groups:
            line = lines.get(("tags", slug, "group"))
            raise ConfigError(path, line, f"tags.{slug}.group: unknown group {group!r}")
        terms = tuple(sorted({term_words(t) for t in spec.get("terms", [])} - {()}))
        alternatives = []
        for i, pattern in enumerate(spec.get("patterns", [])):
            try:
                re.compile(pattern)
            except re.error as exc:
                line = lines.get(("tags", slug, "patterns", i))
                raise ConfigError(path, line, f"tags.{slug}.patterns[{i}]: {exc}") from None
            alternatives.append(f"(?:{pattern})")
        if not terms and not alternatives:
            line = lines.get(("tags", slug))
            raise ConfigError(path, line, f"tags.{slug}: needs terms or patterns")
        tags.append(
            Tag(
                slug=slug,
                label=spec["label"],
                description=spec["description"],
                group=group,
                terms=terms,
                pattern=re.compile("|".join(alternatives), re.IGNORECASE) if alternatives else None,
                min_evidence=spec.get("min_evidence", default_min),
            )
        )
    return tags


@cache
def _first_words(tags: tuple[Tag, ...]) -> dict[str, list[tuple[tuple[str, ...], int]]]:
    """First word -> (term words, tag index), longest terms first: one dictionary lookup per
    word of the text, instead of one regular-expression scan per tag."""
    index: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for t, tag in enumerate(tags):
        for words in tag.terms:
            index.setdefault(words[0], []).append((words, t))
    for entries in index.values():
        entries.sort(key=lambda e: (-len(e[0]), e[1]))
    return index


def count_evidence(tags: tuple[Tag, ...], text: str) -> list[int]:
    """Matches of each tag's terms (non-overlapping per tag) and patterns in ``text``.

    Linear in the text: the words are found once and looked up in an index of term starts.
    """
    tokens = _TOKEN.findall(text.casefold())
    index = _first_words(tags)
    counts = [0] * len(tags)
    free = [0] * len(tags)  # per tag, the first word a new match may start at
    for i, token in enumerate(tokens):
        for words, t in index.get(token, ()):
            n = len(words)
            if i >= free[t] and (n == 1 or tuple(tokens[i : i + n]) == words):
                counts[t] += 1
                free[t] = i + n
    for t, tag in enumerate(tags):
        if tag.pattern is not None:
            counts[t] += sum(1 for _ in tag.pattern.finditer(text))
    return counts


def assign_tags(
    tags: list[Tag],
    title: str,
    body: str,
    add: tuple[str, ...] = (),
    remove: tuple[str, ...] = (),
) -> list[str]:
    """Tags with enough evidence, plus the catalog's additions, minus its removals (sorted).

    >>> t = Tag("rlhf", "RLHF", "d", "topic", (("rlhf",),), None, 2)
    >>> assign_tags([t], "", "RLHF once")
    []
    >>> assign_tags([t], "", "RLHF twice: rlhf")
    ['rlhf']
    >>> assign_tags([t], "RLHF", "")
    ['rlhf']
    >>> assign_tags([t], "", "RLHF twice: rlhf", remove=("rlhf",))
    []
    """
    vocabulary = tuple(tags)
    in_title = count_evidence(vocabulary, title)
    in_body = count_evidence(vocabulary, body)
    found = {
        tag.slug
        for tag, a, b in zip(vocabulary, in_title, in_body, strict=True)
        if TITLE_WEIGHT * a + b >= tag.min_evidence
    }
    return sorted((found | set(add)) - set(remove))
