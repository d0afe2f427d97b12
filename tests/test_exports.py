"""Whole-archive exports (issue 20): gzip parts of bounded size, listed by a manifest with sizes
and checksums, each record in exactly one part; a site built with a small part limit splits."""

from __future__ import annotations

import gzip
import hashlib
import json
import random
import subprocess
import sys

import pytest

import synth
from conftest import copy_project, run_ingest
from persona_archive import anchors
from persona_archive.site import citations
from persona_archive.site.citations.csl import csl_json
from persona_archive.site.citations.exports import EXPORTS, exports, part_bytes, part_name

WORDS = ["lantern", "quarry", "meadow", "velvet", "orbit", "harbour", "cinder", "maple"]


def _records(n: int, words: int = 300) -> list[citations.Record]:
    """``n`` records with varied, barely compressible text of about ``words`` words each."""
    rng = random.Random(5)

    def phrase(n: int) -> str:
        return " ".join(f"{rng.choice(WORDS)}{rng.randrange(10**6)}" for _ in range(n))

    out = []
    for i in range(n):
        text = phrase(words)
        out.append(
            citations.Record(
                key=f"doe-note-{i:03d}",
                slug=f"note-{i:03d}",
                title=f"Note {i}: {phrase(12)}",
                kind="blog-post",
                authors=["Jane Doe"],
                site="Jane's notes",
                original_url=f"https://example.org/notes/{i}",
                url=f"https://archive.example/archive/note-{i:03d}/",
                published=None,
                archived="2026-11-23",
                revision="abcdefgh",
                revision_date="2026-11-23",
                language="en",
                paras=[anchors.Para(f"p-{i}", 1, "text", text)],
            )
        )
    rng.shuffle(out)
    return out


def _parts(files: dict[str, bytes], manifest: str) -> list[tuple[dict, bytes]]:
    listing = json.loads(files[manifest])
    folder = manifest.rsplit("/", 1)[0]
    return [(p, files[f"{folder}/{p['file']}"]) for p in listing["parts"]]


def test_parts_are_bounded_gzip_and_cover_every_record_once():
    records = _records(60, words=100)
    limit = 4096
    files = dict(exports(records, limit=limit))
    keys = sorted(r.key for r in records)
    assert set(EXPORTS) <= set(files)
    for manifest in EXPORTS:
        listing = json.loads(files[manifest])
        parts = _parts(files, manifest)
        assert len(parts) > 1, manifest  # 60 records of ~0.2–1 kB compressed
        assert listing["documents"] == 60 and listing["compression"] == "gzip"
        seen = []
        for n, (entry, data) in enumerate(parts, 1):
            name = part_name(manifest.removesuffix(".parts.json"), n)
            assert entry["file"] == name.split("/")[-1]  # beside its manifest
            assert data[:2] == b"\x1f\x8b", entry  # gzip
            assert len(data) == entry["bytes"] <= limit
            assert hashlib.sha256(data).hexdigest() == entry["sha256"]
            text = gzip.decompress(data).decode("utf-8")
            assert len(text.encode()) == entry["uncompressed_bytes"]
            if manifest.startswith("corpus/"):
                got = [json.loads(line)["citation_key"] for line in text.splitlines()]
            elif ".json." in manifest:
                got = [item["id"] for item in json.loads(text)]  # each part a CSL-JSON array
            elif ".bib." in manifest:
                got = [line.split("{", 1)[1].rstrip(",") for line in text.splitlines()
                       if line.startswith("@")]  # fmt: skip
            else:
                got = [line[6:] for line in text.splitlines() if line.startswith("ID  - ")]
            assert len(got) == entry["documents"] and got[0] == entry["first"], manifest
            assert got[-1] == entry["last"]
            seen += got
        assert seen == keys, manifest  # every record exactly once, in key order


def test_one_part_under_the_limit_and_the_same_bytes_every_time():
    records = _records(5, words=40)
    files = dict(exports(records))
    assert files == dict(exports(list(reversed(records))))  # no time, no name, key order
    for manifest in EXPORTS:
        assert len(_parts(files, manifest)) == 1
    (_, data), = _parts(files, "cite/archive.json.parts.json")  # fmt: skip
    assert gzip.decompress(data).decode() == csl_json(sorted(records, key=lambda r: r.key))


def test_a_record_larger_than_the_limit_is_a_part_of_its_own():
    records = _records(3, words=2000)
    files = dict(exports(records, limit=2048))
    parts = _parts(files, "corpus/corpus.jsonl.parts.json")
    assert [p["documents"] for p, _ in parts] == [1, 1, 1]


def test_a_bad_part_limit_names_the_setting():
    with pytest.raises(ValueError, match=r"extra\.export_part_bytes"):
        part_bytes({"export_part_bytes": "5 MB"})
    with pytest.raises(ValueError, match="at least 1024"):
        part_bytes({"export_part_bytes": 10})


def test_read_parts_refuses_a_part_that_does_not_match(tmp_path):
    for uri, data in exports(_records(4, words=40)):
        (tmp_path / uri).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / uri).write_bytes(data)
    (text,) = citations.read_parts(tmp_path, "corpus/corpus.jsonl.parts.json")
    assert len(text.splitlines()) == 4
    part = tmp_path / "corpus" / "corpus-0001.jsonl.gz"
    part.write_bytes(gzip.compress(b"{}\n", mtime=0))
    with pytest.raises(ValueError, match=r"corpus-0001\.jsonl\.gz does not match"):
        citations.read_parts(tmp_path, "corpus/corpus.jsonl.parts.json")


@pytest.mark.slow
def test_a_site_with_a_small_part_limit_publishes_split_gzip_exports(tmp_path):
    sources = tmp_path / "sources"
    synth.generate(sources, 12, seed=3, words=300)
    project = copy_project(tmp_path / "project", sources=sources)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("\nextra:\n", "\nextra:\n  export_part_bytes: 1024\n", 1))
    assert run_ingest(project).returncode == 0
    site = project / "site"
    build = subprocess.run(
        # not --strict: how-to-cite cites a seed these generated sources lack
        [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(site)],
        cwd=project, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert build.returncode == 0, build.stderr[-3000:]
    slugs = sorted(p.stem for p in (project / "docs" / "archive").glob("*.md"))
    assert len(slugs) == 12
    assert not list(site.rglob("*.jsonl")) and not (site / "cite" / "archive.bib").exists()

    corpus = json.loads((site / "corpus" / "corpus.jsonl.parts.json").read_text())
    assert len(corpus["parts"]) > 1 and corpus["part_limit_bytes"] == 1024
    lines = []
    for entry in corpus["parts"]:
        data = (site / "corpus" / entry["file"]).read_bytes()
        assert data[:2] == b"\x1f\x8b" and len(data) == entry["bytes"]
        assert len(data) <= 1024 or entry["documents"] == 1
        lines += [json.loads(x) for x in gzip.decompress(data).decode().splitlines()]
    assert sorted(d["slug"] for d in lines) == slugs  # every document exactly once

    import bibtexparser

    bib = citations.read_parts(site, "cite/archive.bib.parts.json")
    assert len(bib) > 1
    library = bibtexparser.parse_string("".join(bib))
    assert library.failed_blocks == [] and len(library.entries) == 12
    assert len({e.key for e in library.entries}) == 12
    csl = citations.read_parts(site, "cite/archive.json.parts.json")
    assert sum(len(json.loads(t)) for t in csl) == 12
    ris = "".join(citations.read_parts(site, "cite/archive.ris.parts.json"))
    assert ris.count("ER  - ") == 12
    page = (site / "how-to-cite" / "index.html").read_text(encoding="utf-8")
    for manifest in citations.EXPORTS:
        assert f'href="../{manifest}"' in page
