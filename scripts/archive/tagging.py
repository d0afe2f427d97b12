"""Tagging: assign tags from the controlled vocabulary (``taxonomy.yml``) by counted evidence.

A tag needs ``min_evidence`` matches of its terms or patterns, so a passing mention does not tag a
document; a match in the title counts double. The catalog can add or remove tags afterwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .config import load_yaml
from .errors import ConfigError

TITLE_WEIGHT = 2


@dataclass(frozen=True)
class Tag:
    slug: str
    label: str
    description: str
    group: str
    pattern: re.Pattern
    min_evidence: int


def _term_regex(term: str) -> str:
    """A literal term matched on word boundaries with any run of spaces/hyphens between words.

    >>> bool(re.search(_term_regex("fine tuning"), "fine-tuning", re.I))
    True
    >>> bool(re.search(_term_regex("RL"), "RLHF"))
    False
    """
    words = [re.escape(w) for w in re.split(r"[\s\-]+", term.strip()) if w]
    return r"(?<!\w)" + r"[\s\-]+".join(words) + r"(?!\w)"


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
        alternatives = [_term_regex(t) for t in spec.get("terms", [])]
        for i, pattern in enumerate(spec.get("patterns", [])):
            try:
                re.compile(pattern)
            except re.error as exc:
                line = lines.get(("tags", slug, "patterns", i))
                raise ConfigError(path, line, f"tags.{slug}.patterns[{i}]: {exc}") from None
            alternatives.append(f"(?:{pattern})")
        if not alternatives:
            line = lines.get(("tags", slug))
            raise ConfigError(path, line, f"tags.{slug}: needs terms or patterns")
        tags.append(
            Tag(
                slug=slug,
                label=spec["label"],
                description=spec["description"],
                group=group,
                pattern=re.compile("|".join(alternatives), re.IGNORECASE),
                min_evidence=spec.get("min_evidence", default_min),
            )
        )
    return tags


def evidence(tag: Tag, title: str, body: str) -> int:
    """How many times the document mentions the tag (title matches weighted)."""
    return TITLE_WEIGHT * len(tag.pattern.findall(title)) + len(tag.pattern.findall(body))


def assign_tags(
    tags: list[Tag],
    title: str,
    body: str,
    add: tuple[str, ...] = (),
    remove: tuple[str, ...] = (),
) -> list[str]:
    """Tags with enough evidence, plus the catalog's additions, minus its removals (sorted).

    >>> t = Tag("rlhf", "RLHF", "d", "topic", re.compile(_term_regex("RLHF"), re.I), 2)
    >>> assign_tags([t], "", "RLHF once")
    []
    >>> assign_tags([t], "", "RLHF twice: rlhf")
    ['rlhf']
    >>> assign_tags([t], "", "RLHF twice: rlhf", remove=("rlhf",))
    []
    """
    found = {t.slug for t in tags if evidence(t, title, body) >= t.min_evidence}
    return sorted((found | set(add)) - set(remove))
