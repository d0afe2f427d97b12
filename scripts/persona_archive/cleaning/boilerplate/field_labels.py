"""The labels of fields a page prints around its text (``data/field_labels.yml``): a repository
record's field labels, a press contact's telephone label, a code host's release furniture, the
words of mail and news furniture (a quote's attribution, a list's footer).

The words are data users extend with a language; the rules that decide when they are evidence
stay in ``records``, ``contacts``, ``releases`` and ``mail``. A mistake in the file is a
``ConfigError`` naming its line, raised once, before any source is cleaned
(``pipeline.load_settings``).

>>> import re
>>> labels = field_labels()
>>> labels.record_field("Słowa kluczowe"), labels.record_field("Abstract")
('keywords', None)
>>> bool(re.fullmatch(labels.released, "hat das veröffentlicht", re.IGNORECASE))
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from persona_archive.cleaning.boilerplate.interface import interface_key
from persona_archive.cleaning.config import load_yaml
from persona_archive.errors import ConfigError

FIELD_LABELS_PATH = Path(__file__).resolve().parents[1] / "data" / "field_labels.yml"


@dataclass(frozen=True)
class MailWords:
    """Mail and news furniture's words (``mail.py``), as regex alternations or folded sets."""

    wrote: str  # the attribution's verb
    date_leads: str  # the word before an attribution's date
    pronouns: frozenset[str]
    name_particles: frozenset[str]
    leave: str  # how to leave a list, from a word's start (spaced scripts) or anywhere
    references: frozenset[str]


@dataclass(frozen=True)
class FieldLabels:
    records: dict[str, frozenset[str]]  # a record's field -> its labels' interface keys
    telephone: str  # the telephone labels as one alternation (regex source)
    released: str  # the words after a releaser's handle (regex source)
    source_code: str  # the names of a release's source archives (regex source)
    assets: str  # the heading of a release's files (regex source)
    badges: frozenset[str]  # a release's badges, as interface keys
    mail: MailWords

    def record_field(self, label: str) -> str | None:
        """The record field ``label`` names (compared as an interface string), or None."""
        key = interface_key(label)
        return next((name for name, keys in self.records.items() if key in keys), None)


def _alternation(words: list[str]) -> str:
    """One regex alternation of ``words`` taken literally, the longest first."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def load_field_labels(path: Path = FIELD_LABELS_PATH) -> FieldLabels:
    """Read and validate the file; a label of two record fields is refused (the field it
    names decides whether the record is one)."""
    data, lines = load_yaml(Path(path), "field_labels")
    records: dict[str, frozenset[str]] = {}
    named: dict[str, str] = {}
    for name, labels in data["record"].items():
        keys = set()
        for k, label in enumerate(labels):
            key = interface_key(label)
            if key in named:
                where = lines.get(("record", name, k))
                raise ConfigError(path, where, f"{label!r} is already a label of {named[key]}")
            named[key] = name
            keys.add(key)
        records[name] = frozenset(keys)
    release, mail = data["release"], data["mail"]
    return FieldLabels(
        records=records,
        telephone=_alternation(data["contact"]["telephone"]),
        released=_alternation(release["released"]),
        source_code=_alternation(release["source_code"]),
        assets=_alternation(release["assets"]),
        badges=frozenset(interface_key(w) for w in release["badges"]),
        mail=MailWords(
            wrote=_alternation(mail["wrote"]),
            date_leads=_alternation(mail["date_leads"]),
            pronouns=frozenset(w.casefold() for w in mail["pronouns"]),
            name_particles=frozenset(w.casefold() for w in mail["name_particles"]),
            leave=rf"\b{_alternation(mail['leave'])}|{_alternation(mail['leave_unspaced'])}",
            references=frozenset(w.casefold() for w in mail["references"]),
        ),
    )


@cache
def field_labels() -> FieldLabels:
    """The package's field labels, loaded once."""
    return load_field_labels()
