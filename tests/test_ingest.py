"""The ingest contract (SPEC.md): flags, defaults, exit codes, --check, determinism, cache."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import copy_project, run_ingest
from persona_archive.paths import ROOT

PROSE = (
    "Language models are trained on human text, and the characters they play are built from "
    "it. This paragraph is long enough to be a real paragraph of a real post about alignment.\n\n"
    "A second paragraph talks about RLHF and about how RLHF shapes the assistant persona.\n"
)


@pytest.fixture
def proj(tmp_path) -> Path:
    return copy_project(tmp_path)


def _tree(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.glob("*.md"))}


def _front(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


def test_defaults_write_one_page_per_source(proj):
    result = run_ingest(proj)
    assert result.returncode == 0, result.stderr
    pages = sorted((proj / "docs" / "archive").glob("*.md"))
    sources = [p for p in (proj / "sources").iterdir() if p.name != "catalog.yml"]
    assert len(pages) == len(sources)
    assert {_front(p)["source_file"] for p in pages} == {p.name for p in sources}
    assert "documents" in result.stderr and "failures 0" in result.stderr


def test_front_matter_contract(proj):
    run_ingest(proj)
    keys = [
        "title", "slug", "title_source", "kind", "language", "authors", "site", "url", "published",
        "archived", "tags", "citation_key", "source_file", "source_sha256", "words",
        "cleaning", "revision",
    ]  # fmt: skip
    for page in (proj / "docs" / "archive").glob("*.md"):
        meta = _front(page)
        assert [k for k in meta if k != "reactions"] == keys
        assert meta["slug"] == page.stem
        raw = (proj / "sources" / meta["source_file"]).read_bytes()
        assert meta["source_sha256"] == hashlib.sha256(raw).hexdigest()
        assert set(meta["cleaning"]) >= {
            "encoding_repairs", "unrecoverable_chars", "duplicates_removed",
            "boilerplate_lines_removed", "template_lines_removed",
        }  # fmt: skip
        # the template's lines are site chrome too: counted in the boilerplate total
        cleaning = meta["cleaning"]
        assert cleaning["template_lines_removed"] <= cleaning["boilerplate_lines_removed"]


def test_two_runs_are_byte_identical(proj, tmp_path):
    out_a, out_b = tmp_path / "a", tmp_path / "b"
    assert run_ingest(proj, "--out", str(out_a)).returncode == 0
    assert run_ingest(proj, "--out", str(out_b), "--cache", str(tmp_path / "c2")).returncode == 0
    assert _tree(out_a) == _tree(out_b)


def test_second_run_does_no_work(proj):
    first = run_ingest(proj)
    assert "4 processed" in first.stderr
    before = {p: p.stat().st_mtime_ns for p in (proj / "docs" / "archive").glob("*.md")}
    second = run_ingest(proj)
    assert second.returncode == 0
    assert "0 processed, 4 cached" in second.stderr and "0 pages written" in second.stderr
    assert before == {p: p.stat().st_mtime_ns for p in (proj / "docs" / "archive").glob("*.md")}


def test_changing_one_source_reprocesses_only_it(proj):
    run_ingest(proj)
    path = proj / "sources" / "002_ca538fe23b93772d.txt"
    path.write_bytes(path.read_bytes() + b"\nOne more sentence about alignment at the end.\n")
    result = run_ingest(proj)
    assert "1 processed, 3 cached" in result.stderr


def _drop_record_cache(proj: Path) -> None:
    """Delete every cached record: a run that still reports "cached" never looked at one."""
    cache = proj / ".cache" / "ingest" / "records"
    assert list(cache.glob("*.json"))
    for path in cache.glob("*.json"):
        path.unlink()


def test_unchanged_archive_is_not_processed_again(proj):
    assert run_ingest(proj).returncode == 0
    _drop_record_cache(proj)
    result = run_ingest(proj)
    assert result.returncode == 0, result.stderr
    assert "0 processed, 4 cached" in result.stderr  # the manifest, not the record cache
    assert "failures 0" in result.stderr


@pytest.mark.parametrize(
    "change",
    ["source content", "source added", "taxonomy", "page edited", "page deleted", "stray page"],
)
def test_any_changed_input_or_output_takes_the_full_run(proj, change):
    assert run_ingest(proj).returncode == 0
    _drop_record_cache(proj)
    archive = proj / "docs" / "archive"
    page = next(archive.glob("*.md"))
    if change == "source content":
        path = proj / "sources" / "002_ca538fe23b93772d.txt"
        data = path.read_bytes()
        path.write_bytes(data[:-5] + b"xxxxx")  # same size
    elif change == "source added":
        (proj / "sources" / "new.txt").write_text("A new source.\n\n" + PROSE, encoding="utf-8")
    elif change == "taxonomy":
        taxonomy = proj / "taxonomy.yml"
        taxonomy.write_text(taxonomy.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    elif change == "page edited":
        page.write_text(page.read_text(encoding="utf-8") + "hand edit\n", encoding="utf-8")
    elif change == "page deleted":
        page.unlink()
    else:
        (archive / "stray.md").write_text("A hand-written page.\n", encoding="utf-8")
    result = run_ingest(proj)
    assert result.returncode == 0, result.stderr
    assert "0 processed" not in result.stderr  # the records had to be rebuilt
    assert run_ingest(proj, "--check").returncode == 0
    if change.startswith("page"):
        assert "hand edit" not in page.read_text(encoding="utf-8")


def test_manifest_is_keyed_by_content_and_date(tmp_path):
    from persona_archive.ingest.manifest import Manifest
    from persona_archive.ingest.sources import Found

    source = tmp_path / "a.txt"
    source.write_text("text\n", encoding="utf-8")
    found = Found(sources=[("a.txt", source)])
    state = Manifest.state("inputs", found, tmp_path, tmp_path / "out")
    manifest = Manifest(tmp_path / "manifest.json")
    summary = {"documents": 1, "cached": 1, "failures": [], "warnings": [], "totals": {}}
    manifest.save(state, "2026-01-01", summary)
    assert manifest.unchanged(state, "2026-01-01") == summary
    assert manifest.unchanged(state, "2026-01-02") is None  # a page dated "today" is stale
    stat = source.stat()
    source.write_text("tex2\n", encoding="utf-8")
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same size, same mtime
    later = Manifest.state("inputs", found, tmp_path, tmp_path / "out")
    assert manifest.unchanged(later, "2026-01-01") is None
    manifest.path.write_text("{not json", encoding="utf-8")
    assert manifest.unchanged(state, "2026-01-01") is None


def test_check_passes_when_current_and_fails_when_stale(proj):
    run_ingest(proj)
    assert run_ingest(proj, "--check").returncode == 0
    page = next((proj / "docs" / "archive").glob("*.md"))
    page.write_text(page.read_text(encoding="utf-8") + "hand edit\n", encoding="utf-8")
    result = run_ingest(proj, "--check")
    assert result.returncode == 1 and f"{page.name}: differs" in result.stderr
    assert "hand edit" in page.read_text(encoding="utf-8"), "--check must write nothing"


def test_check_on_empty_out_dir_fails_and_writes_nothing(proj, tmp_path):
    out = tmp_path / "out"
    assert run_ingest(proj, "--out", str(out), "--check").returncode == 1
    assert not out.exists() or not list(out.iterdir())


def test_pages_whose_source_is_gone_are_removed(proj):
    run_ingest(proj)
    catalog = proj / "sources" / "catalog.yml"
    data = yaml.safe_load(catalog.read_text())
    del data["sources"]["003_e0179e4aee92b0da.txt"]
    catalog.write_text(yaml.safe_dump(data, allow_unicode=True))
    (proj / "sources" / "003_e0179e4aee92b0da.txt").unlink()
    hand_written = proj / "docs" / "archive" / "notes.md"
    hand_written.write_text("# My notes\n")
    result = run_ingest(proj)
    assert result.returncode == 0 and "1 removed" in result.stderr
    assert len(list((proj / "docs" / "archive").glob("*.md"))) == 4  # 3 pages + notes
    assert hand_written.exists(), "a page ingest did not write is never removed"


def test_bad_source_exits_1_and_others_still_written(proj):
    (proj / "sources" / "broken.bin").write_bytes(bytes(range(256)) * 10)
    (proj / "sources" / "empty.txt").write_bytes(b"  \n\n")
    (proj / "sources" / "good.txt").write_text("A new post\n\n" + PROSE, encoding="utf-8")
    result = run_ingest(proj)
    assert result.returncode == 1
    assert "broken.bin: binary file" in result.stderr
    assert "empty.txt: empty file" in result.stderr
    assert len(list((proj / "docs" / "archive").glob("*.md"))) == 5


@pytest.mark.parametrize(
    "catalog, message",
    [
        (
            "sources:\n  001_13f777afaee63b63.txt:\n    titel: x\n",
            ":3: sources.001_13f777afaee63b63.txt",
        ),
        ("sources:\n  001_13f777afaee63b63.txt:\n    authors: Mark\n", ":3: "),
        ("sources:\n  nope.txt:\n    title: x\n", ":2: sources.nope.txt: no such source file"),
        ("sources:\n  001_13f777afaee63b63.txt:\n    tags_add: [no-such-tag]\n", ":3: "),
        ("sources: [\n", "invalid YAML"),
    ],
)
def test_bad_catalog_exits_2_naming_file_line_and_key(proj, catalog, message):
    (proj / "sources" / "catalog.yml").write_text(catalog)
    result = run_ingest(proj)
    assert result.returncode == 2
    assert f"catalog.yml{message}" in result.stderr or message in result.stderr
    assert "catalog.yml" in result.stderr


def test_unknown_catalog_key_is_named(proj):
    (proj / "sources" / "catalog.yml").write_text(
        "sources:\n  001_13f777afaee63b63.txt:\n    titel: x\n"
    )
    result = run_ingest(proj)
    assert "catalog.yml:3:" in result.stderr and "'titel'" in result.stderr


def test_usage_error_exits_2(proj):
    assert run_ingest(proj, "--no-such-flag").returncode == 2
    assert run_ingest(proj, "--sources", "does-not-exist").returncode == 2


def test_raw_sources_are_never_modified(proj):
    before = {p.name: p.read_bytes() for p in (proj / "sources").iterdir()}
    run_ingest(proj)
    assert before == {p.name: p.read_bytes() for p in (proj / "sources").iterdir()}


def test_corrupt_cache_is_rebuilt(proj):
    run_ingest(proj)
    for path in (proj / ".cache" / "ingest").rglob("*.json"):
        path.write_text("{not json")
    result = run_ingest(proj)
    assert result.returncode == 0 and "4 processed" in result.stderr
    assert run_ingest(proj, "--check").returncode == 0


def test_same_title_gives_two_pages(proj):
    for name in ("a.txt", "b.txt"):
        (proj / "sources" / name).write_text("Same title\n\n" + PROSE, encoding="utf-8")
    result = run_ingest(proj)
    assert result.returncode == 0, result.stderr
    slugs = [_front(p)["slug"] for p in (proj / "docs" / "archive").glob("same-title*.md")]
    assert len(slugs) == 2 and "same-title" in slugs


def test_leftover_temp_files_from_a_killed_run_are_cleaned(proj):
    run_ingest(proj)
    tmp = proj / "docs" / "archive" / ".x.md.123.tmp"
    tmp.write_text("half")
    run_ingest(proj)
    assert not tmp.exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_special_files_and_escaping_symlinks_are_skipped(proj, tmp_path):
    os.mkfifo(proj / "sources" / "pipe.txt")
    outside = tmp_path / "secret.txt"
    outside.write_text("root:x:0:0 secret\n")
    (proj / "sources" / "link.txt").symlink_to(outside)
    result = run_ingest(proj)
    assert result.returncode == 1
    assert "pipe.txt: not a regular file" in result.stderr
    assert "link.txt: symlink leads outside" in result.stderr
    for page in (proj / "docs" / "archive").glob("*.md"):
        assert "root:x:0:0" not in page.read_text(encoding="utf-8")


def test_committed_pages_are_current(tmp_path):
    """``docs/archive/`` on main is exactly what ingest writes from ``sources/`` (``--check``)."""
    root = Path(__file__).resolve().parent.parent
    result = run_ingest(root, "--check", "--cache", str(tmp_path / "cache"))
    assert result.returncode == 0, result.stderr


def test_parallel_map_keeps_the_items_order():
    from persona_archive import parallel

    # a builtin: spawned workers (when a thread is alive, parallel.pool does not fork) import
    # what they run by name, and this test module is not importable by name
    items = list(range(-parallel.PARALLEL_MIN * 3, 0))
    assert list(parallel.parallel_map(abs, items)) == [-n for n in items]
    assert list(parallel.parallel_map(abs, [-3, 2])) == [3, 2]  # few items: no workers


def test_many_sources_in_parallel_give_the_pages_one_at_a_time_gives(proj, tmp_path, monkeypatch):
    from persona_archive import parallel
    from persona_archive.ingest import run

    for i in range(parallel.PARALLEL_MIN + 8):
        text = f"Note {i} on personas\n\nIt’s note {i}. “Quoted” — {PROSE}"
        (proj / "sources" / f"note-{i:02d}.txt").write_text(text, encoding="utf-8")
    assert run_ingest(proj).returncode == 0  # a subprocess: workers on every core
    monkeypatch.setattr(parallel, "PARALLEL_MIN", 10**9)  # in this process: one at a time
    out = tmp_path / "serial"
    args = ["--sources", str(proj / "sources"), "--out", str(out), "--cache", str(tmp_path / "c")]
    args += ["--taxonomy", str(proj / "taxonomy.yml"), "--profiles", str(proj / "profiles.yml")]
    assert run.main(args) == 0
    assert _tree(proj / "docs" / "archive") == _tree(out)


def test_pages_written_a_batch_at_a_time_are_those_of_one_batch(proj, tmp_path, monkeypatch):
    """Ingest renders and writes its pages in batches (memory bounded at any archive size):
    batches of one source give the same files, the same --check problems and the same removals
    as one batch of all."""
    from persona_archive.ingest import pages, run

    for i in range(7):
        text = f"Batch note {i}\n\nIt’s note {i}. “Quoted” — {PROSE}"
        (proj / "sources" / f"batch-{i}.txt").write_text(text, encoding="utf-8")
    common = ["--sources", str(proj / "sources")]
    common += ["--taxonomy", str(proj / "taxonomy.yml"), "--profiles", str(proj / "profiles.yml")]
    trees, checks = {}, {}
    for size in (1, 3, 10_000):
        monkeypatch.setattr(pages, "BATCH", size)
        out, cache = tmp_path / f"out-{size}", tmp_path / f"cache-{size}"
        args = [*common, "--out", str(out), "--cache", str(cache)]
        assert run.main(args) == 0
        trees[size] = {p.name: p.read_bytes() for p in sorted(out.iterdir())}
        made = sorted(n for n in trees[size] if n.startswith("batch-note") and n.endswith(".md"))
        (out / made[3]).unlink()  # a page gone missing, a page left over, a page changed
        (out / "zz-left-over.md").write_bytes(trees[size][made[4]])
        (out / made[5]).write_bytes(trees[size][made[5]] + b"\nAn edit by hand.\n")
        result = subprocess.run(
            [sys.executable, "scripts/ingest.py", *args, "--check"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        assert result.returncode == 1
        checks[size] = sorted(
            re.sub(r" in [\d.]+s;", ";", ln.replace(str(out), "OUT"))  # all but the time
            for ln in result.stderr.splitlines()
        )
    assert len(trees[1]) == 2 * 7 + 2 * 4  # each page and its cleaning log, the seeds' too
    assert trees[1] == trees[3] == trees[10_000]
    assert checks[1] == checks[3] == checks[10_000]
    assert any("zz-left-over.md: its source is gone" in ln for ln in checks[1]), checks[1]
    assert any(f"{made[3]}: missing" in ln for ln in checks[1]), checks[1]
    assert any(f"{made[5]}: differs" in ln for ln in checks[1]), checks[1]
