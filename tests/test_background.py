"""The build's work beside the site generator (issue 7): the helper process
(``parallel.background``) and the archive's small files written by it (``site_files``)."""

from __future__ import annotations

import gzip
import subprocess
import sys

import pytest

from persona_archive import parallel
from persona_archive.paths import ROOT
from persona_archive.site import listings, site_files


@pytest.fixture(autouse=True)
def _stop_helper():
    yield
    parallel.stop_background()


def test_background_results_come_back_in_order_and_errors_reach_the_caller():
    futures = [parallel.background(sorted, [3, i, 1]) for i in range(5)]
    assert [f.result() for f in futures] == [sorted([3, i, 1]) for i in range(5)]
    with pytest.raises(ValueError, match="invalid literal"):
        parallel.background(int, "not a number").result()


def test_background_runs_here_when_there_is_no_spare_core(monkeypatch):
    monkeypatch.setattr(parallel, "spare_core", lambda: False)
    seen: list[int] = []
    future = parallel.background(seen.append, 7)  # a bound method: could not travel by pickle
    assert future.done() and seen == [7]
    assert parallel.background(int, "x").exception() is not None


def test_spawned_workers_find_the_installed_package(monkeypatch):
    """Beside other threads (``mkdocs serve``) workers are spawned, not forked: a fresh
    interpreter that must find ``persona_archive`` (installed) to run its functions."""
    monkeypatch.setattr(parallel.threading, "active_count", lambda: 2)
    assert parallel.background(listings.reading_minutes, 461).result(timeout=120) == 3


def test_site_writer_writes_copies_and_names_every_failure(tmp_path):
    site = tmp_path / "site"
    original = tmp_path / "raw.txt"
    original.write_bytes(b"caf\xc3\xa9\r\n\x00 bytes kept as they are")
    (site / "blocked").mkdir(parents=True)
    (site / "blocked" / "file").write_text("a file where a directory is needed")
    writer = site_files.Writer(site)
    for i in range(site_files.BATCH + 3):  # more than one batch
        writer.write(f"cite/k{i}.bib", f"@misc{{k{i}}}\n")
    writer.write("a/b.bin", b"\xff\xfe")
    writer.copy("raw/r.txt", original)
    writer.copy("raw/r.txt.gz", original, compress=True)
    writer.write("blocked/file/x.txt", "cannot be written")
    writer.write("after/ok.txt", "still written after a failure")
    assert not (site / "raw").exists()  # held until released: the pages' work goes first
    with pytest.raises(OSError, match=r"site file blocked/file/x\.txt: could not be written"):
        writer.wait()
    assert len(list((site / "cite").iterdir())) == site_files.BATCH + 3
    assert (site / "cite" / "k7.bib").read_text() == "@misc{k7}\n"
    assert (site / "a" / "b.bin").read_bytes() == b"\xff\xfe"
    assert (site / "raw" / "r.txt").read_bytes() == original.read_bytes()
    packed = (site / "raw" / "r.txt.gz").read_bytes()
    assert gzip.decompress(packed) == original.read_bytes()
    assert packed == site_files.gzipped(original.read_bytes())  # no time or name: reproducible
    assert (site / "after" / "ok.txt").is_file()
    writer.wait()  # nothing left: no error twice


def test_site_writer_refuses_paths_outside_the_site(tmp_path):
    writer = site_files.Writer(tmp_path / "site")
    for uri in ("../escape.txt", "/etc/passwd", "a/../../escape.txt"):
        with pytest.raises(ValueError, match="outside the site directory"):
            writer.write(uri, "x")
    assert not (tmp_path / "escape.txt").exists()


HOOK = """
from pathlib import Path
from persona_archive.site import site_files

def on_files(files, config):
    source = Path(config["docs_dir"]).parent / "big.txt"
    for i in range(600):
        site_files.add(files, config, f"made/{i}.txt", content=f"file {i}\\n")
    site_files.add(files, config, "made/copy.txt", src=source)
    name, pieces = ["made/pieces.jsonl"], ["0\\n", "1\\n", "2\\n"]
    site_files.add_made(files, config, name, dict.fromkeys, name, pieces)  # made in the helper
    return files
"""


def test_files_added_during_a_build_are_in_the_site_and_links_to_them_checked(tmp_path):
    """A real ``mkdocs build --strict``: files given to ``site_files`` are in the site with their
    content, a page's link to one passes MkDocs' link check, and the cleaning logs beside the
    pages (``docs/archive/*.changes.json``) reach the site through the same helper."""
    (tmp_path / "docs" / "archive").mkdir(parents=True)
    (tmp_path / "docs" / "index.md").write_text("# Home\n\n[A file](made/copy.txt)\n")
    (tmp_path / "docs" / "archive" / "a.changes.json").write_text('{"format": "x"}\n')
    (tmp_path / "big.txt").write_bytes(b"x" * 300_000)
    (tmp_path / "hooks").mkdir()
    (tmp_path / "hooks" / "make_files.py").write_text(HOOK)
    (tmp_path / "mkdocs.yml").write_text(
        f"site_name: T\nhooks:\n  - hooks/make_files.py\n  - {ROOT / 'hooks' / 'build.py'}\n"
    )
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", "site"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr
    made = tmp_path / "site" / "made"
    assert len(list(made.iterdir())) == 602
    assert (made / "599.txt").read_text() == "file 599\n"
    assert (made / "copy.txt").read_bytes() == b"x" * 300_000
    assert (made / "pieces.jsonl").read_text() == "0\n1\n2\n"
    log = tmp_path / "site" / "archive" / "a.changes.json"
    assert log.read_text() == '{"format": "x"}\n'
