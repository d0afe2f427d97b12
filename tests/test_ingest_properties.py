"""Ingest as a whole on random and hostile input (issue 6): it never crashes, its output is
deterministic, every input sentence is accounted for; a run killed with SIGKILL leaves every
page whole (old or new) and the next run completes; a damaged cache is detected and rebuilt;
``--check`` catches any hand edit of a generated page."""

from __future__ import annotations

import html
import importlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from persona_archive.ingest import run
from persona_archive.paths import ROOT

conftest = sys.modules.get("conftest") or sys.modules.get("tests.conftest")
if conftest is None:
    conftest = importlib.import_module("conftest")
copy_project, run_ingest = conftest.copy_project, conftest.run_ingest

WORDS = [
    *[
        "model",
        "persona",
        "alignment",
        "character",
        "assistant",
        "training",
        "values",
        "human",
        "text",
        "reward",
    ],
    *[
        "claude",
        "autonomy",
        "welfare",
        "trust",
        "language",
        "research",
        "people",
        "think",
        "behaviour",
    ],
]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    """A project copy (for its taxonomy and profiles) and an empty catalog for random sources."""
    root = tmp_path_factory.mktemp("props")
    (root / "project").mkdir()
    project = copy_project(root / "project")
    return project


def _ingest(workspace: Path, sources: Path, out: Path, cache: Path, *extra: str) -> int:
    args = ["--sources", str(sources), "--out", str(out), "--cache", str(cache), *extra]
    args += ["--taxonomy", str(workspace / "taxonomy.yml")]
    args += ["--profiles", str(workspace / "profiles.yml")]
    return run.main(args)


def _body_text(page: str) -> str:
    """The visible text of a generated page's body, whitespace collapsed."""
    import markdown

    body = page.split("---\n", 2)[2]
    rendered = markdown.markdown(body, extensions=["attr_list", "md_in_html", "tables", "toc"])
    text = html.unescape(re.sub(r"<[^>]+>", " ", rendered))
    return " ".join(text.split())


_NOISE = st.one_of(
    st.sampled_from([*"<>&*_[]{}#`~^=|$+@!?:;-/\\\"'%", "--8<--", "{{", "{%", "[TOC]", "](x)"]),
    st.characters(
        exclude_categories=("Cs", "Co", "Cn", "Cc", "Zl", "Zp"), exclude_characters="\ufffd"
    ),
)
_sentence = st.builds(
    lambda words, noise, end: " ".join(words) + noise + end,
    st.lists(st.sampled_from(WORDS), min_size=4, max_size=14),
    st.lists(_NOISE, max_size=10).map("".join).map(lambda n: f" {n}" if n.strip() else ""),
    st.sampled_from([".", "!", "?", "…", ""]),
)
_document = st.lists(st.lists(_sentence, min_size=1, max_size=4), min_size=1, max_size=8)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
@given(doc=_document, newline=st.sampled_from(["\n", "\r\n", "\r"]))
def test_random_unicode_never_crashes_is_deterministic_and_loses_nothing(
    workspace, tmp_path_factory, doc, newline
):
    tmp = tmp_path_factory.mktemp("case")
    sources = tmp / "sources"
    sources.mkdir()
    text = (newline * 2).join(" ".join(paragraph) for paragraph in doc) + newline
    (sources / "random.txt").write_bytes(text.encode("utf-8"))
    first = _ingest(workspace, sources, tmp / "a", tmp / "cache-a", "--report", str(tmp / "r.json"))
    second = _ingest(workspace, sources, tmp / "b", tmp / "cache-b")
    assert first == second == 0
    pages_a = {p.name: p.read_bytes() for p in (tmp / "a").iterdir()}
    assert pages_a == {p.name: p.read_bytes() for p in (tmp / "b").iterdir()}, "not deterministic"
    page = next(v for k, v in pages_a.items() if k.endswith(".md")).decode("utf-8")
    meta = yaml.safe_load(page.split("---\n")[1])
    visible = _body_text(page)
    report = json.loads((tmp / "r.json").read_text(encoding="utf-8"))["sources"]["random.txt"]
    removed = " ".join(" ".join(c["before"].split()) for c in report["changes"])
    for paragraph in doc:
        for sentence in paragraph:
            sentence = " ".join(sentence.split())
            if not sentence:
                continue
            words = sentence.split(" <")[0].split(" ")  # the plain words before any noise
            words = " ".join(w for w in words if w in WORDS)
            repaired = any(r["before"] and r["before"] in sentence for r in report["repairs"])
            accounted = (
                sentence in visible
                or (repaired and words in visible)  # mojibake repair, reported with its text
                or sentence in removed
                or sentence in " ".join(str(meta["title"]).split())
                or sentence in " ".join(" ".join(map(str, meta["authors"])).split())
            )
            assert accounted, f"sentence lost: {sentence!r}\npage: {visible[:500]!r}"


def test_pathological_lines_do_not_crash(workspace, tmp_path):
    sources = tmp_path / "sources"
    sources.mkdir()
    cases = {
        "markers.txt": "\n".join(["#", ">", "-", "*", "1.", "---", "===", ":::", "|", "```"] * 30),
        "one-char-lines.txt": "\n".join("abcdefghij" * 200),
        "long-word.txt": "x" * 300_000,
        "repeated.txt": ("The same sentence again about alignment.\n\n" * 2000),
        "controls.txt": "Text with \x1b[31mANSI\x1b[0m and \x07 bells about the model.\n"
        + "Ordinary prose about the assistant persona and its values, at some length. " * 20,
        "bidi.txt": "Title \u202e with override\n\nA \u2067 paragraph \u202d about the model.\n",
        "front-matter.txt": "---\ntitle: Injected\nslug: ../../x\n---\nBody about the model.\n",
        "all-unicode-ranges.txt": "".join(
            chr(c) for c in range(0x20, 0x3000) if chr(c).isprintable()
        ),
    }
    for name, text in cases.items():
        (sources / name).write_text(text, encoding="utf-8")
    code = _ingest(workspace, sources, tmp_path / "out", tmp_path / "cache")
    assert code == 0
    pages = list((tmp_path / "out").glob("*.md"))
    assert len(pages) == len(cases)
    for page in pages:
        meta = yaml.safe_load(page.read_text(encoding="utf-8").split("---\n")[1])
        assert meta["slug"] == page.stem and "/" not in meta["slug"]
    injected = next(
        p for p in pages if "front-matter.txt" in p.read_text(encoding="utf-8").split("---\n")[1]
    )
    assert injected.read_text(encoding="utf-8").startswith("---\ntitle:")
    assert injected.read_text(encoding="utf-8").count("\n---\n") == 1, "one front matter only"


# --- kill -9 ---------------------------------------------------------------------------------


def _corpus(directory: Path, version: str, count: int) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        body = "\n\n".join(
            f"Paragraph {j} of document {i}, {version}: the assistant persona and its values "
            f"are discussed at length here, with alignment and RLHF mentioned. " * 3
            for j in range(12)
        )
        (directory / f"doc-{i:04d}.txt").write_text(f"Document {i}\n\n{body}\n", encoding="utf-8")


def _pages(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in out.iterdir() if not p.name.startswith(".")}


@pytest.mark.slow
def test_kill_9_midway_leaves_every_page_whole_and_the_next_run_completes(workspace, tmp_path):
    count = 600
    sources, out, cache = tmp_path / "sources", tmp_path / "out", tmp_path / "cache"
    _corpus(sources, "old", count)
    assert _ingest(workspace, sources, out, cache) == 0
    old = _pages(out)
    _corpus(sources, "new", count)  # every page changes
    reference = tmp_path / "reference"
    assert _ingest(workspace, sources, reference, tmp_path / "cache-ref") == 0
    new = _pages(reference)
    assert set(old) != set(new) or any(old[k] != new[k] for k in old)

    command = [sys.executable, str(ROOT / "scripts" / "ingest.py"), "--sources", str(sources)]
    command += ["--out", str(out), "--cache", str(cache)]
    command += ["--taxonomy", str(workspace / "taxonomy.yml")]
    command += ["--profiles", str(workspace / "profiles.yml")]
    killed_while_writing = False
    for attempt in range(5):  # kill at the first rewritten page: the write phase, mid-way
        before = {p: p.stat().st_mtime_ns for p in out.glob("*.md")}
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 300
        while process.poll() is None and time.monotonic() < deadline:
            changed = [p for p, m in before.items() if p.exists() and p.stat().st_mtime_ns != m]
            if changed:
                break
            time.sleep(0.002)
        process.send_signal(signal.SIGKILL)
        process.wait()
        if process.returncode == -signal.SIGKILL:
            current = _pages(out)
            for name, data in current.items():
                assert data in (old.get(name), new.get(name)), f"{name} is neither old nor new"
            written = sum(1 for n, d in current.items() if d == new.get(n) and d != old.get(n))
            if 0 < written < len(new):
                killed_while_writing = True
                break
        shutil.rmtree(cache, ignore_errors=True)  # the cache made the write phase come sooner
        _corpus(sources, f"old{attempt}", count)
        assert _ingest(workspace, sources, out, cache) == 0
        old = _pages(out)
        _corpus(sources, "new", count)
    assert killed_while_writing, "could not kill the run in its write phase"
    result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert _pages(out) == new
    assert not list(out.glob(".*.tmp")), "temporary files left behind"


# --- the cache and --check -------------------------------------------------------------------


@pytest.mark.parametrize(
    "damage",
    ["truncate", "garbage", "edit-record", "wrong-key", "empty", "not-a-dict", "binary"],
)
def test_a_damaged_cache_is_detected_and_rebuilt(tmp_path, damage):
    (tmp_path / "p").mkdir()
    project = copy_project(tmp_path / "p")
    assert run_ingest(project).returncode == 0
    fresh = _pages(project / "docs" / "archive")
    entries = sorted((project / ".cache" / "ingest").rglob("*.json"))
    assert entries
    for path in entries:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text)
        if damage == "truncate":
            path.write_text(text[: len(text) // 2], encoding="utf-8")
        elif damage == "garbage":
            path.write_text("{not json", encoding="utf-8")
        elif damage == "edit-record":  # valid JSON, right key, a changed value: the checksum
            value = data.get("value") if isinstance(data, dict) else None
            if isinstance(value, dict) and "blocks" in value:  # a cleaned record
                value["title"] = "Tampered title"
                value["blocks"][0]["text"] = "<script>alert(1)</script>"
            elif isinstance(value, str):  # a rendered page
                data["value"] = value.replace("title:", "title: Tampered", 1)
            path.write_text(json.dumps(data), encoding="utf-8")
        elif damage == "wrong-key" and isinstance(data, dict):
            data["key"] = "0" * 64
            path.write_text(json.dumps(data), encoding="utf-8")
        elif damage == "empty":
            path.write_text("", encoding="utf-8")
        elif damage == "not-a-dict":
            path.write_text("[1, 2, 3]", encoding="utf-8")
        else:
            path.write_bytes(os.urandom(300))
    for page in (project / "docs" / "archive").glob("*.md"):
        page.unlink()
    result = run_ingest(project)
    assert result.returncode == 0, result.stderr
    assert "4 processed, 0 cached" in result.stderr
    assert _pages(project / "docs" / "archive") == fresh
    assert "Tampered" not in "".join(d.decode("utf-8", "replace") for d in fresh.values())


@pytest.mark.parametrize(
    "edit",
    [
        lambda t: t + "hand edit\n",
        lambda t: t.replace("title:", "title: x", 1),
        lambda t: t.replace("\n\n", "\n\n<script>alert(1)</script>\n\n", 1),
        lambda t: t.replace("source_sha256:", "source_sha25:", 1),
        lambda t: t[:-1],
        lambda t: t + " ",
    ],
    ids=["append", "title", "script", "marker", "truncate", "space"],
)
def test_check_catches_any_hand_edit(tmp_path, edit):
    (tmp_path / "p").mkdir()
    project = copy_project(tmp_path / "p")
    assert run_ingest(project).returncode == 0
    clean = run_ingest(project, "--check").stderr
    assert ".md: " not in clean, clean  # every page current right after a run
    page = sorted((project / "docs" / "archive").glob("*.md"))[0]
    edited = edit(page.read_text(encoding="utf-8"))
    page.write_text(edited, encoding="utf-8")
    result = run_ingest(project, "--check")
    assert result.returncode == 1 and page.stem in result.stderr, result.stderr
    assert page.read_text(encoding="utf-8") == edited, "--check must write nothing"
