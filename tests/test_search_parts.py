"""The lunr index in parts of bounded size (``persona_archive.site.search_parts``): no part
passes the bound, every entry is in exactly one part and in its order, Material's config is
kept, and a build with a small bound gives the same index as one file (joined as the search
worker joins it). The browser side is in tests/test_browser_search_lunr.py."""

from __future__ import annotations

import gzip
import itertools
import json
import os
import subprocess
import sys

import pytest

import conftest
from persona_archive.site import search_entries, search_parts

CONFIG = {"lang": ["en", "ru"], "separator": r"[\s\-]+", "pipeline": ["stemmer"], "fields": {}}


def _entries(count: int, words: int = 40) -> list[str]:
    return [
        json.dumps({"location": f"archive/d{i}/", "title": f"D{i}", "text": f"w{i} " * words})
        for i in range(count)
    ]


def _sizes(paths) -> list[int]:
    """Each file's bytes as the search worker reads them: a part unpacked."""
    return [len(_text(p).encode("utf-8")) for p in paths]


def _text(path) -> str:
    if path.name.endswith(".gz"):
        return search_parts.read_part(path)
    return path.read_text(encoding="utf-8")


def test_a_small_index_stays_one_file_as_material_writes_it(tmp_path):
    entries = _entries(5)
    written = search_parts.write_index(tmp_path, {"config": CONFIG}, entries, limit=100_000)
    assert written == [tmp_path / "search_index.json"]
    data = json.loads(written[0].read_text(encoding="utf-8"))
    assert data == {"config": CONFIG, "docs": [json.loads(e) for e in entries]}
    assert not list(tmp_path.glob("search_index-*"))


def test_parts_are_bounded_ordered_and_hold_every_entry_once(tmp_path):
    entries = _entries(200)
    limit = 3_000
    written = search_parts.write_index(tmp_path, {"config": CONFIG}, entries, limit=limit)
    index, parts = written[0], written[1:]
    assert index == tmp_path / "search_index.json" and len(parts) >= 10
    assert max(_sizes(written)) <= limit
    head = json.loads(index.read_text(encoding="utf-8"))
    # Material's config as it was (languages, separator, pipeline), plus the parts' names
    assert head["docs"] == []
    assert head["config"] == {**CONFIG, "parts": [p.name for p in parts]}
    names = [f"search_index-{n}.json.gz" for n in range(1, len(parts) + 1)]
    assert [p.name for p in parts] == names
    # gzipped in the site (only the worker reads them): smaller on disk than unpacked
    assert all(p.read_bytes()[:2] == b"\x1f\x8b" for p in parts)
    assert sum(p.stat().st_size for p in parts) < sum(_sizes(parts)) / 2
    joined = [d for p in parts for d in json.loads(_text(p))["docs"]]
    assert joined == [json.loads(e) for e in entries]  # each once, in order
    # the parts are full: each but the last would pass the bound with the next part's first entry
    for part, following in itertools.pairwise(parts):
        first = json.dumps(json.loads(_text(following))["docs"][0])
        assert _sizes([part])[0] + 1 + len(first.encode("utf-8")) > limit
    assert search_parts.read_index(tmp_path) == {
        "config": CONFIG,
        "docs": [json.loads(e) for e in entries],
    }
    assert search_parts.index_files(tmp_path) == written


def test_an_entry_larger_than_the_bound_is_a_part_of_its_own(tmp_path):
    small = _entries(6, words=10)
    huge = json.dumps({"location": "archive/big/", "text": "ж" * 4_000})  # 8 kB in UTF-8
    entries = [*small[:3], huge, *small[3:]]
    written = search_parts.write_index(tmp_path, {"config": CONFIG}, entries, limit=1_000)
    parts = [json.loads(_text(p))["docs"] for p in written[1:]]
    alone = [docs for docs in parts if any(d["location"] == "archive/big/" for d in docs)]
    assert alone == [[json.loads(huge)]]
    oversized = [p for p in written if _sizes([p])[0] > 1_000]
    assert [json.loads(_text(p))["docs"] for p in oversized] == alone
    assert search_parts.read_index(tmp_path)["docs"] == [json.loads(e) for e in entries]


def test_a_rebuild_leaves_no_part_of_the_last_one(tmp_path):
    search_parts.write_index(tmp_path, {"config": CONFIG}, _entries(100), limit=2_000)
    assert len(list(tmp_path.glob("search_index-*.json.gz"))) > 3
    (tmp_path / "search_index-notes.json").write_text("{}")  # not a part: left alone
    (tmp_path / "search_index-9.json").write_text('{"docs":[]}')  # a plain part of an older build
    search_parts.write_index(tmp_path, {"config": CONFIG}, _entries(3), limit=2_000)
    assert sorted(p.name for p in tmp_path.glob("search_index*")) == [
        "search_index-notes.json",
        "search_index.json",
    ]


def test_a_missing_or_foreign_part_is_named(tmp_path):
    search_parts.write_index(tmp_path, {"config": CONFIG}, _entries(50), limit=2_000)
    part = tmp_path / "search_index-2.json.gz"
    part.write_bytes(gzip.compress(b'["not", "a", "part"]'))
    with pytest.raises(search_parts.PartsError, match=r"search_index-2\.json\.gz: not a part"):
        search_parts.read_index(tmp_path)
    part.write_text('{"docs": []}')  # not gzipped
    with pytest.raises(search_parts.PartsError, match=r"search_index-2\.json\.gz: not gzipped"):
        search_parts.read_index(tmp_path)
    part.unlink()
    missing = r"its part search_index-2\.json\.gz is missing"
    with pytest.raises(search_parts.PartsError, match=missing):
        search_parts.read_index(tmp_path)
    head = json.loads((tmp_path / "search_index.json").read_text("utf-8"))
    head["config"]["parts"] = ["../../etc/passwd"]
    (tmp_path / "search_index.json").write_text(json.dumps(head))
    with pytest.raises(search_parts.PartsError, match="not an index part"):
        search_parts.read_index(tmp_path)


def test_the_hook_s_figures_count_every_part(tmp_path):
    """``append_entries`` splits Material's index with the archive's entries and measures all
    of it: what a reader downloads."""
    path = tmp_path / "search_index.json"
    material = {"config": CONFIG, "docs": [{"location": "", "title": "Home", "text": ""}]}
    path.write_text(json.dumps(material), encoding="utf-8")
    documents = {
        f"archive/d{i}/": search_entries.encode(
            [{"location": f"archive/d{i}/", "title": f"D{i}", "text": f"w{i} " * 100}]
        )
        for i in range(60)
    }
    figures = search_entries.append_entries(path, documents, ["ru"], limit=5_000)
    files = search_parts.index_files(tmp_path)
    assert len(files) > 5 and max(_sizes(files)) <= 5_000
    assert figures.index_bytes == sum(_sizes(files))
    assert (figures.documents, figures.entries) == (61, 61)
    index = search_parts.read_index(tmp_path)
    assert [d["location"] for d in index["docs"]] == ["", *documents]
    assert index["config"]["fields"] == search_entries.FACTS_FIELD  # the hook's config kept


def test_a_bad_bound_in_the_environment_stops_the_build_with_its_name(tmp_path):
    project = conftest.copy_project(tmp_path / "p")
    run = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(tmp_path / "site")],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, search_parts.PART_BYTES_ENV: "lots"},
    )
    assert run.returncode != 0
    assert "PA_SEARCH_PART_BYTES='lots' is not a whole number of bytes" in run.stderr


@pytest.mark.slow
def test_a_build_in_small_parts_is_the_same_index(tmp_path, site):
    """The project built with a bound of 8 kB: at least three parts, none past the bound
    unless it is one entry, and joined they are the index built as one file."""
    project = conftest.copy_project(tmp_path / "p")
    bound = 8_000
    os.environ[search_parts.PART_BYTES_ENV] = str(bound)
    try:
        small = conftest.build_site(project)
    finally:
        del os.environ[search_parts.PART_BYTES_ENV]
    files = search_parts.index_files(small / "search")
    assert len(files) >= 4, files  # the index file and three parts or more
    for path in files:
        if _sizes([path])[0] > bound:
            assert len(json.loads(_text(path))["docs"]) == 1, path
    whole = search_parts.index_files(site / "search")
    assert len(whole) == 1  # the default bound: the seed archive is one file
    assert search_parts.read_index(small / "search") == json.loads(whole[0].read_text("utf-8"))


def test_the_benchmark_counts_the_index_in_all_its_parts(tmp_path):
    import bench

    entries = _entries(80)
    search_parts.write_index(tmp_path / "search", {"config": CONFIG}, entries, limit=2_000)
    files = search_parts.index_files(tmp_path / "search")
    stats = bench.site_stats(tmp_path)
    assert stats["lunr_index_files"] == len(files) > 3
    on_disk = sum(p.stat().st_size for p in files)
    assert stats["lunr_index_bytes"] == on_disk == stats["total_bytes"]
    assert stats["lunr_entries"] == 80
    assert stats["largest_file_bytes"] <= 2_000
