"""Tagging stage and taxonomy validation."""

from __future__ import annotations

import pytest

from persona_archive.cleaning.tagging import assign_tags, load_taxonomy
from persona_archive.errors import ConfigError
from persona_archive.paths import ROOT


@pytest.fixture(scope="module")
def tags():
    return load_taxonomy(ROOT / "taxonomy.yml")


def test_enough_evidence_assigns_a_tag(tags):
    body = "The Shoggoth meme. A shoggoth with a smiley face mask. Shoggoths everywhere."
    assert "shoggoth-meme" in assign_tags(tags, "", body)


def test_a_passing_mention_does_not(tags):
    assert "shoggoth-meme" not in assign_tags(tags, "", "He mentioned a shoggoth once.")


def test_title_counts_double(tags):
    assert "shoggoth-meme" in assign_tags(tags, "The Shoggoth", "No other mention.")


def test_catalog_adds_and_removes(tags):
    body = "RLHF and RLHF again."
    assert assign_tags(tags, "", body, add=("memes",), remove=("rlhf",)) == ["memes"]


def test_word_boundaries(tags):
    assert "rlhf" not in assign_tags(tags, "", "world RLer girl frl RLing")


def _write(tmp_path, text):
    path = tmp_path / "taxonomy.yml"
    path.write_text(text)
    return path


@pytest.mark.parametrize(
    "text, where",
    [
        (
            "tags:\n  x:\n    label: X\n    description: d\n    colour: red\n",
            ":5: tags.x: unknown key 'colour'",
        ),
        ("tags:\n  x:\n    label: X\n    description: d\n    patterns: ['(']\n", ":5:"),
        ("tags:\n  Bad Slug:\n    label: X\n    description: d\n    terms: [a]\n", "taxonomy.yml"),
        ("tags:\n  x:\n    label: X\n    description: d\n", ":2: tags.x: needs terms"),
    ],
)
def test_bad_taxonomy_names_file_and_line(tmp_path, text, where):
    with pytest.raises(ConfigError) as info:
        load_taxonomy(_write(tmp_path, text))
    assert where in str(info.value)
