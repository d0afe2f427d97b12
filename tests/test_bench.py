"""The benchmark runs end to end on a small archive, and the synthetic archive is deterministic
and damaged the way the cleaner expects. (The numbers are benchmarks, not tests.)"""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

import synth
from persona_archive.paths import ROOT


def test_synth_is_deterministic_and_damaged(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    damage = synth.generate(a, 40, seed=3, words=300)
    synth.generate(b, 40, seed=3, words=300)
    files = sorted(p.name for p in a.iterdir())
    assert files == sorted(p.name for p in b.iterdir())
    assert len(files) == 41 and "catalog.yml" in files
    for name in files:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    # every kind of damage the cleaner handles is present
    for kind in ("mojibake-cp1252", "mojibake-iso8859_7", "duplicate", "reactions"):
        assert damage.get(kind), (kind, damage)
    texts = [(a / n).read_text(encoding="utf-8") for n in files if n.endswith(".txt")]
    assert any("â€™" in t for t in texts)  # UTF-8 read as cp1252
    assert any("Raiding the inarticulate since 2010" in t for t in texts)  # a site's tagline


def test_touch_one_changes_exactly_one_source(tmp_path):
    synth.generate(tmp_path, 5, seed=3, words=100)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    synth.touch_one(tmp_path, 2, seed=3)
    changed = [p.name for p in tmp_path.iterdir() if p.read_bytes() != before[p.name]]
    assert changed == [synth.source_name(2, 3)]


@pytest.mark.slow
def test_bench_runs_on_50_documents(tmp_path):
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench.py"), "--sizes", "50", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads((out / "latest.json").read_text(encoding="utf-8"))
    assert report["machine"]["cpus"] >= 1
    (r,) = report["results"]
    assert r["documents"] == 50
    ingest = r["ingest"]
    assert ingest["cold"]["processed"] == 50
    assert ingest["noop"]["processed"] == 0 and ingest["noop"]["cached"] == 50
    assert ingest["one_changed"]["processed"] >= 1
    # ingest prepares the build: every citation on a cold run, the changed one's after
    assert ingest["cold"]["citations_formatted"] == 50 and ingest["cold"]["prepare_s"] > 0
    assert ingest["one_changed"]["citations_formatted"] == 1
    assert "prepare_s" not in ingest["noop"]
    for label in ("vanilla", "lunr", "pagefind"):
        assert r["build"][label]["seconds"] > 0 and r["build"][label]["peak_mb"] > 0
        assert r["build"][label]["cpu_s"] > 0
        assert r["site"][label]["html_pages"] >= 50
    assert r["build"]["lunr"]["ratio"] > 0 and r["build"]["lunr_first"]["ratio"] > 0
    assert 0 < r["build"]["pagefind"]["site_seconds"] < r["build"]["pagefind"]["seconds"]
    # quick measurements are repeated and the median run reported
    assert len(r["build"]["vanilla"]["runs_s"]) == 3
    assert sorted(r["build"]["lunr"]["runs_s"])[1] == r["build"]["lunr"]["seconds"]
    assert r["site"]["pagefind"]["pagefind_bundle_bytes"] > 0
    assert r["build"]["pagefind"]["indexer"]["pages"] >= 50
    if "skipped" not in r.get("search", {"skipped": 1}):
        for label in ("vanilla", "lunr", "pagefind"):
            s = r["search"][label]
            assert "error" not in s, (label, s)
            assert s["first_result_s"] > 0 and s["bytes_first"] > 0
            assert sorted(s["first_result_s_runs"])[1] == s["first_result_s"]
        assert r["search"]["pagefind"]["deep_link"]
    # the size of the site per document and its largest file, beside vanilla's, with ratios
    for label in ("vanilla", "lunr", "pagefind"):
        site = r["site"][label]
        assert site["per_document_bytes"] == round(site["total_bytes"] / 50)
        assert site["largest_file_bytes"] >= site["largest_page_bytes"] > 0
        assert site["files"] > site["html_pages"]
        assert site["largest_file"] and not site["largest_file"].startswith("/")  # relative
    for label in ("lunr", "pagefind"):
        site, vanilla = r["site"][label], r["site"]["vanilla"]
        ratio = site["per_document_bytes"] / vanilla["per_document_bytes"]
        assert site["per_document_ratio"] == round(ratio, 2)
        assert site["largest_file_ratio"] > 0
    assert "| N documents | 50 |" in result.stdout
    per_doc = next(ln for ln in result.stdout.splitlines() if ln.startswith("| site per document"))
    assert per_doc.count("×") == 2  # lunr's and Pagefind's ratios to vanilla
    assert "| largest file (vanilla / lunr / Pagefind) |" in result.stdout
    assert "| files in the site (vanilla / lunr / Pagefind) |" in result.stdout
    assert "site per document" in (out / "latest.md").read_text(encoding="utf-8")


def test_the_curve_runs_on_30_documents_in_shards(tmp_path):
    """The curve to 100,000 (``--curve``) at a small size, Pagefind made to shard: a cold ingest
    and one build, their memory per process and for the whole process tree, the site, and the
    first search across the merged shards."""
    out = tmp_path / "out"
    cmd = [sys.executable, str(ROOT / "scripts" / "bench.py"), "--curve", "--sizes", "30"]
    cmd += ["--shard-pages", "12", "--out", str(out)]
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    assert not (out / "latest.json").exists()  # the main table's figures are left alone
    (r,) = json.loads((out / "curve.json").read_text(encoding="utf-8"))["results"]
    assert r["documents"] == 30 and r["ingest"]["cold"]["processed"] == 30
    for step in (r["ingest"]["cold"], r["build"]["pagefind"]):
        assert 0 < step["peak_mb"] <= step["tree_peak_mb"]
    indexer = r["build"]["pagefind"]["indexer"]
    assert indexer["pages"] >= 30 and indexer["shards"] >= 3
    assert r["site"]["pagefind"]["per_document_bytes"] > 0
    assert "| full build from scratch" in (out / "curve.md").read_text(encoding="utf-8")
    if "skipped" not in r.get("search", {"skipped": 1}):
        s = r["search"]["pagefind"]
        assert "error" not in s, s
        assert s["first_result_s"] > 0 and s["target_found"]


def test_shapes_bench_measures_each_shape_against_prose():
    """The shapes benchmark runs and reports each shape with its growth beside the baseline's
    (its figures are the benchmark's; only the table is checked here)."""
    cmd = [sys.executable, str(ROOT / "scripts" / "bench_shapes.py"), "--size", "2000"]
    run = subprocess.run(
        [*cmd, "--shape", "one long word", "--shape", "label over value"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode in (0, 1), run.stderr
    rows = {line.split("  ")[0]: line for line in run.stdout.splitlines()[1:]}
    assert set(rows) == {"prose (baseline)", "one long word", "label over value"}
    assert all(re.search(r"\d+\.\d+× +\d+\.\d+×", row) for row in rows.values()), run.stdout
