"""One registry of document kinds (``persona_archive.kinds``): the catalog's schema, the
listings and the citation types all read it, so a kind added there is known everywhere."""

from __future__ import annotations

import pytest

from persona_archive import kinds
from persona_archive.cleaning.catalog import load_catalog
from persona_archive.errors import ConfigError


def _catalog(folder, kind: str) -> None:
    (folder / "a.txt").write_text("A source.\n")
    (folder / "catalog.yml").write_text(f"sources:\n  a.txt:\n    kind: {kind}\n")


def test_every_kind_has_every_label_and_type():
    for kind in kinds.KINDS.values():
        assert all(getattr(kind, f) for f in kind.__dataclass_fields__), kind
    assert kinds.SLUGS[-1] == "other" and kinds.kind(None) is kinds.OTHER


@pytest.mark.parametrize("slug", kinds.SLUGS)
def test_the_catalog_accepts_every_registered_kind(tmp_path, slug):
    _catalog(tmp_path, slug)
    assert load_catalog(tmp_path / "catalog.yml", tmp_path)["a.txt"].kind == slug


def test_the_catalog_names_the_registered_kinds_for_an_unknown_one(tmp_path):
    _catalog(tmp_path, "poem")
    with pytest.raises(ConfigError) as error:
        load_catalog(tmp_path / "catalog.yml", tmp_path)
    assert "catalog.yml:3" in str(error.value) and all(s in str(error.value) for s in kinds.SLUGS)


def test_a_kind_added_to_the_registry_is_accepted_by_the_catalog(tmp_path, monkeypatch):
    from persona_archive.cleaning import config

    poem = kinds.Kind("poem", "Poem", "Poems", "Poem", "song", "book", "Poem", "GEN")
    monkeypatch.setattr(kinds, "SLUGS", (*kinds.SLUGS, "poem"))
    monkeypatch.setitem(kinds.KINDS, "poem", poem)
    config._schema.cache_clear()
    try:
        _catalog(tmp_path, "poem")
        assert load_catalog(tmp_path / "catalog.yml", tmp_path)["a.txt"].kind == "poem"
    finally:
        config._schema.cache_clear()
