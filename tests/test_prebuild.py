"""Ingest prepares what a build would make first (persona_archive/site/prebuild.py): the build that
follows finds every citation formatted and the related documents scored, under the keys it
computes itself from MkDocs' configuration."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from mkdocs.config import load_config

import synth
from conftest import copy_project, run_ingest
from persona_archive.site import citations, listings, prebuild, reading, related

DOCUMENTS = 12


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    """A project around synthetic sources, ingested once (ingest prepares the build)."""
    work = tmp_path_factory.mktemp("prebuild")
    synth.generate(work / "sources", DOCUMENTS, words=150)
    project = copy_project(work / "project", sources=work / "sources")
    result = run_ingest(project)
    assert result.returncode == 0, result.stderr
    return project, result.stderr


def _build_records(project: Path) -> list[citations.Record]:
    """The records as the citation hook makes them: site_url from MkDocs' own config loading."""
    config = load_config(str(project / "mkdocs.yml"))
    archive = Path(config["docs_dir"]) / "archive"
    citations.forget_records()
    listings.forget_collection()
    records = citations.load_records(archive, config["site_url"] or "", project / "anchors.lock")
    citations.forget_records()
    listings.forget_collection()
    return records


def test_ingest_leaves_the_build_no_citation_to_format(ingested):
    project, stderr = ingested
    assert f"build prepared: {DOCUMENTS} documents, {DOCUMENTS} citations formatted" in stderr
    records = _build_records(project)
    assert len(records) == DOCUMENTS
    cache = project / ".cache" / "cite"
    assert all(citations._cache_path(r, cache).is_file() for r in records)
    assert citations.format_all(records, cache) == 0


def test_ingest_leaves_the_build_the_related_documents(ingested, monkeypatch):
    project, _ = ingested
    archive = project / "docs" / "archive"
    listings.forget_collection()
    docs = listings.load_collection(archive, project / ".cache" / "collection")  # as the hook
    listings.forget_collection()
    monkeypatch.setattr(related, "related", lambda *a, **k: pytest.fail("scored again"))
    found = reading.related_documents(docs, archive, project / ".cache" / "related")
    assert set(found) == {d["slug"] for d in docs}


def test_a_no_op_ingest_prepares_nothing_and_other_out_dirs_are_not_prepared(ingested, tmp_path):
    project, _ = ingested
    again = run_ingest(project)
    assert again.returncode == 0 and "build prepared" not in again.stderr
    elsewhere = run_ingest(project, "--out", str(tmp_path / "pages"))
    assert elsewhere.returncode == 0, elsewhere.stderr
    assert "build prepared" not in elsewhere.stderr
    assert list((tmp_path / "pages").glob("*.md"))


def test_a_changed_source_formats_only_its_citation(tmp_path):
    synth.generate(tmp_path / "sources", 5, words=120)
    project = copy_project(tmp_path / "project", sources=tmp_path / "sources")
    first = run_ingest(project)
    assert "build prepared: 5 documents, 5 citations formatted" in first.stderr, first.stderr
    source = sorted((project / "sources").glob("*.txt"))[3]
    source.write_bytes(source.read_bytes() + b"\n\nA closing remark nobody had made before.\n")
    result = run_ingest(project)
    assert result.returncode == 0, result.stderr
    assert "build prepared: 5 documents, 1 citations formatted" in result.stderr


def test_an_unreadable_site_config_is_a_warning_not_a_failure(tmp_path):
    synth.generate(tmp_path / "sources", 2, words=80)
    project = copy_project(tmp_path / "project", sources=tmp_path / "sources")
    (project / "broken.yml").write_text("site_url: [unclosed\n", encoding="utf-8")
    result = run_ingest(project, "--site-config", str(project / "broken.yml"))
    assert result.returncode == 0, result.stderr
    assert f"warning: build caches not prepared ({project / 'broken.yml'}: " in result.stderr
    assert len(list((project / "docs" / "archive").glob("*.md"))) == 2
    # no site configuration at all: nothing to prepare, nothing to warn about
    source = sorted((project / "sources").glob("*.txt"))[0]
    source.write_bytes(source.read_bytes() + b"\n\nOne more line.\n")
    missing = run_ingest(project, "--site-config", str(project / "absent.yml"))
    assert missing.returncode == 0, missing.stderr
    assert "(1 processed, 1 cached)" in missing.stderr and "prepared" not in missing.stderr


def test_prepare_formats_each_citation_once(ingested, tmp_path, monkeypatch):
    project, _ = ingested
    for module, name, sub in (
        (citations, "CACHE_DIR", "cite"),
        (listings, "CACHE_DIR", "collection"),
        (reading, "RELATED_CACHE", "related"),
    ):
        monkeypatch.setattr(module, name, tmp_path / sub)
    archive, ledger = project / "docs" / "archive", project / "anchors.lock"
    first = prebuild.prepare(archive, "https://example.org/a/", ledger)
    assert first == prebuild.Prepared(DOCUMENTS, DOCUMENTS)
    assert prebuild.prepare(archive, "https://example.org/a/", ledger).citations_formatted == 0
    # a citation holds the page's URL: another site_url is another set of citations
    other = prebuild.prepare(archive, "https://example.org/b/", ledger)
    assert other.citations_formatted == DOCUMENTS
    assert len(list((tmp_path / "related").rglob("*.json"))) == 1  # one collection, one entry
    assert list((tmp_path / "collection").rglob("*.json"))


def test_site_settings_read_the_config_as_mkdocs_does(tmp_path, monkeypatch):
    (tmp_path / "base.yml").write_text(
        "site_name: Base\n"
        "docs_dir: content\n"
        "site_url: https://base.example/\n"
        "markdown_extensions:\n"
        "  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n",
        encoding="utf-8",
    )
    (tmp_path / "mkdocs.yml").write_text(
        "INHERIT: base.yml\nsite_url: !ENV [PA_TEST_SITE_URL, 'https://fallback.example/']\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("PA_TEST_SITE_URL", "https://env.example/archive/")
    got = prebuild.site_settings(tmp_path / "mkdocs.yml")
    assert got == prebuild.SiteSettings(
        "https://env.example/archive/", tmp_path / "content" / "archive", tmp_path / "anchors.lock"
    )
    monkeypatch.delenv("PA_TEST_SITE_URL")
    assert prebuild.site_settings(tmp_path / "mkdocs.yml").site_url == "https://fallback.example/"
    (tmp_path / "plain.yml").write_text("site_name: Plain\n", encoding="utf-8")
    plain = prebuild.site_settings(tmp_path / "plain.yml")
    assert (plain.site_url, plain.archive_dir) == ("", tmp_path / "docs" / "archive")


def test_the_cache_entries_are_json(ingested):
    project, _ = ingested
    for path in (project / ".cache" / "cite").rglob("*.json"):
        entry = json.loads(path.read_text(encoding="ascii"))  # a ContentCache entry
        assert set(entry) == {"key", "sha256", "value"} and path.stem == entry["key"]
        assert set(entry["value"]) == set(citations.STYLES)
