"""Bad source files (issue 6): each gets a page or a clear one-line reason naming it, and never
costs another file its page; ingest never follows a source out of ``sources/``.

One project with every kind of bad file is ingested once (``bad_run``); each test reads what it
needs from that run. The big-file timings are in ``test_big_files_are_bounded`` (slow)."""

from __future__ import annotations

import codecs
import hashlib
import importlib
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from persona_archive.paths import ROOT

conftest = sys.modules.get("conftest") or sys.modules.get("tests.conftest")
if conftest is None:  # run outside pytest's conftest loading
    conftest = importlib.import_module("conftest")
copy_project, run_ingest = conftest.copy_project, conftest.run_ingest

PROSE = (
    "Language models are trained on human text, and the characters they play are built from it. "
    "This paragraph is long enough to be a real paragraph of a real post about alignment.\n\n"
    "A second paragraph talks about RLHF and about how RLHF shapes the assistant persona.\n"
)
GOOD = "A perfectly ordinary post\n\n" + PROSE

# name -> (bytes, what the run must say about it: a substring of its stderr line, or None when
# it gets a page without a word).
PAGE = "page"


def _utf16(text: str, codec: str, bom: bytes = b"") -> bytes:
    return bom + text.encode(codec)


BAD_FILES: dict[str, tuple[bytes, str]] = {
    "binary.bin": (bytes(range(256)) * 40, "binary file"),
    "image.png": (b"\x89PNG\r\n\x1a\n" + os.urandom(600), "binary file (a PNG image"),
    "doc.pdf": (b"%PDF-1.7\n" + b"stream\n" * 50, "binary file (a PDF document"),
    "archive.zip": (b"PK\x03\x04" + b"x" * 100, "binary file (a ZIP archive"),
    "empty.txt": (b"", "empty file"),
    "whitespace.txt": (b"  \n\t\r\n \x0c\n", "empty file"),
    "bom-only.txt": (codecs.BOM_UTF8, "empty file"),
    "zero-width.txt": ("\u200b\u200c\ufeff\n\u200d".encode(), "empty file"),
    "nuls.bin": (b"text\x00" * 400, "binary file (400 NUL bytes"),
    "a-few-nuls.txt": (GOOD.encode().replace(b"ordinary", b"ordi\x00nary"), "1 NUL bytes removed"),
    "invalid-utf8.txt": (
        "Invalid bytes in a “UTF-8” post\n\n".encode()
        + "Curly “quotes” and an em dash — ".encode() * 20
        + b"\xff\xfe\xc3( broken"
        + PROSE.encode(),
        "invalid UTF-8 byte sequences replaced with U+FFFD",
    ),
    "utf16-le-bom.txt": (
        _utf16("UTF-16 LE with a BOM\n\n" + PROSE, "utf-16-le", codecs.BOM_UTF16_LE),
        PAGE,
    ),
    "utf16-be-bom.txt": (
        _utf16("UTF-16 BE with a BOM\n\n" + PROSE, "utf-16-be", codecs.BOM_UTF16_BE),
        PAGE,
    ),
    "utf16-le.txt": (
        _utf16("UTF-16 LE without a BOM\n\n" + PROSE, "utf-16-le"),
        "read as utf-16-le",
    ),
    "utf16-be.txt": (
        _utf16("UTF-16 BE without a BOM\n\n" + PROSE, "utf-16-be"),
        "read as utf-16-be",
    ),
    "utf32-le.txt": (_utf16("UTF-32 without a BOM\n\n" + PROSE, "utf-32-le"), "read as utf-32-le"),
    "lone-cr.txt": (("Lone CR line endings\n\n" + PROSE).replace("\n", "\r").encode(), PAGE),
    "crlf.txt": (("CRLF line endings\n\n" + PROSE).replace("\n", "\r\n").encode(), PAGE),
    "name with spaces.txt": (b"A file name with spaces\n\n" + PROSE.encode(), PAGE),
    "ünïcödé-名前.txt": (b"A unicode file name\n\n" + PROSE.encode(), PAGE),
    "-rf --leading-dash.txt": (b"A leading dash\n\n" + PROSE.encode(), PAGE),
    "$(touch pwned); `id` | & > x.txt": (b"Shell metacharacters\n\n" + PROSE.encode(), PAGE),
    "new\nline\x1b[31m.txt": (b"A newline in the name\n\n" + PROSE.encode(), PAGE),
    "sub/dir/nested.txt": (b"A nested source\n\n" + PROSE.encode(), PAGE),
}
TITLES = {  # sources whose titles fight over one slug or try to leave the directory
    "same-1.txt": "Same title",
    "same-2.txt": "Same title",
    "same-3.txt": "Same  title!",
    "dots.txt": "../../etc/passwd",
    "index.txt": "Index",
    "notes.txt": "Notes",
}


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad")
    (root / "project").mkdir()
    project = copy_project(root / "project")
    src = project / "sources"
    for name, (data, _expect) in BAD_FILES.items():
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        (src / name).write_bytes(data)
    for name, title in TITLES.items():
        (src / name).write_text(f"{title}\n\n{PROSE}", encoding="utf-8")
    (src / os.fsdecode(b"latin1-\xe9.txt")).write_bytes(b"A Latin-1 file name\n\n" + PROSE.encode())
    outside = root / "outside"
    outside.mkdir()
    (outside / "passwd").write_text("root:x:0:0:root:/root:/bin/bash\n" + PROSE)
    (src / "link-out.txt").symlink_to(outside / "passwd")
    (src / "link-dir-out").symlink_to(outside)
    (src / "link-abs.txt").symlink_to("/etc/passwd")
    (src / "link-loop.txt").symlink_to(src / "link-loop.txt")
    (src / "link-dangling.txt").symlink_to(src / "does-not-exist.txt")
    (src / "sub" / "loop").symlink_to(src / "sub")
    (src / "link-in.txt").symlink_to(src / "same-1.txt")
    os.mkfifo(src / "pipe.txt")
    device = None
    try:
        os.mknod(src / "device.txt", 0o600 | 0o020000, os.makedev(1, 3))  # /dev/null's numbers
        device = src / "device.txt"
    except (OSError, AttributeError):
        pass
    with (src / "huge.txt").open("wb") as handle:  # sparse: larger than the limit, no disk used
        handle.truncate(64 * 1024 * 1024 + 1)
    archive = project / "docs" / "archive"
    archive.mkdir(parents=True, exist_ok=True)
    (archive / "notes.md").write_text("# My own notes\n\nHand-written.\n")
    before = _snapshot(src)
    started = time.monotonic()
    result = run_ingest(project)
    seconds = time.monotonic() - started
    lines = result.stderr.splitlines()
    pages = {}
    for path in archive.glob("*.md"):
        text = path.read_text(encoding="utf-8")
        if text.startswith("---\n") and "\nsource_sha256:" in text:
            pages[yaml.safe_load(text.split("---\n")[1])["source_file"]] = (path, text)
    return {
        "project": project,
        "result": result,
        "lines": lines,
        "pages": pages,
        "before": before,
        "seconds": seconds,
        "device": device,
    }


def _snapshot(directory: Path) -> dict[str, tuple]:
    """Every entry under ``directory`` (not following symlinks): type, size, mtime, content hash."""
    snap = {}
    for dirpath, dirnames, filenames in os.walk(directory, followlinks=False):
        for name in dirnames + filenames:
            path = Path(dirpath, name)
            info = path.lstat()
            digest = None
            if path.is_file() and not path.is_symlink() and info.st_size < 10_000_000:
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
            snap[str(path)] = (info.st_mode, info.st_size, info.st_mtime_ns, digest)
    return snap


def _line_for(run, name: str) -> list[str]:
    shown = f"sources/{name}"  # ingest runs in the project with its default --sources
    shown = "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in shown)
    return [line for line in run["lines"] if line.startswith(shown + ":")]


def test_run_finishes_exit_1_and_quickly(bad_run):
    assert bad_run["result"].returncode == 1, bad_run["result"].stderr
    assert bad_run["seconds"] < 120
    assert "Traceback" not in bad_run["result"].stderr


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_each_bad_file_gets_a_page_or_a_one_line_reason(bad_run, name):
    _data, expect = BAD_FILES[name]
    lines = _line_for(bad_run, name)
    if expect == PAGE:
        assert name in bad_run["pages"], bad_run["result"].stderr
        assert not [line for line in lines if "warning" not in line], lines
        return
    assert lines and any(expect in line for line in lines), (expect, bad_run["result"].stderr)
    if "warning" in " ".join(lines):
        assert name in bad_run["pages"]
    else:
        assert name not in bad_run["pages"], "a rejected file must leave no page"


def test_decoded_pages_have_the_text(bad_run):
    for name in ("utf16-le-bom.txt", "utf16-be-bom.txt", "utf16-le.txt", "utf16-be.txt"):
        assert "RLHF shapes the assistant persona" in bad_run["pages"][name][1]
    for name in ("lone-cr.txt", "crlf.txt"):
        text = bad_run["pages"][name][1]
        assert "\r" not in text and "RLHF shapes the assistant persona" in text
    assert "ordinary" in bad_run["pages"]["a-few-nuls.txt"][1]
    assert "\x00" not in "".join(text for _path, text in bad_run["pages"].values())


@pytest.mark.parametrize(
    "name, reason",
    [
        ("link-out.txt", "symlink leads outside the sources directory"),
        ("link-dir-out", "symlink leads outside the sources directory"),
        ("link-abs.txt", "symlink leads outside the sources directory"),
        ("link-loop.txt", "symlink is broken or loops"),
        ("link-dangling.txt", "symlink is broken or loops"),
        ("pipe.txt", "not a regular file"),
        ("huge.txt", "file too large"),
    ],
)
def test_special_files_and_escaping_links_are_skipped_with_a_reason(bad_run, name, reason):
    lines = _line_for(bad_run, name)
    assert len(lines) == 1 and reason in lines[0], bad_run["result"].stderr
    assert name not in bad_run["pages"]


def test_a_device_is_never_opened(bad_run):
    if bad_run["device"] is None:
        pytest.skip("cannot create a device node here")
    lines = _line_for(bad_run, "device.txt")
    assert len(lines) == 1 and "not a regular file" in lines[0]


def test_a_link_inside_sources_and_a_directory_loop(bad_run):
    assert "link-in.txt" in bad_run["pages"]
    assert [line for line in bad_run["lines"] if "sub/loop:" in line and "loop" in line]
    assert not [name for name in bad_run["pages"] if name.startswith("sub/loop/")]


def test_file_name_that_is_not_utf8_is_skipped_with_a_reason(bad_run):
    assert any("file name is not valid UTF-8" in line for line in bad_run["lines"])


def test_every_report_line_is_one_line_naming_its_file(bad_run):
    for line in bad_run["lines"]:
        assert line.startswith(("sources/", "ingest:")), line
        assert line.isprintable(), repr(line)


def test_nothing_outside_sources_is_read(bad_run):
    for path, text in bad_run["pages"].values():
        assert "root:x:0:0" not in text, path
    assert not (bad_run["project"] / "pwned").exists()


def test_sources_are_never_written(bad_run):
    assert _snapshot(bad_run["project"] / "sources") == bad_run["before"]


def test_same_slug_gives_every_source_a_page_with_a_stable_name(bad_run):
    pages = bad_run["pages"]
    same = ("link-in.txt", "same-1.txt", "same-2.txt", "same-3.txt")  # link-in.txt -> same-1.txt
    slugs = {pages[n][0].stem for n in same}
    assert len(slugs) == 4 and "same-title" in slugs
    for slug in slugs:
        assert slug.startswith("same-title")
    # Re-running with one more same-titled source keeps the existing names.
    project = bad_run["project"]
    (project / "sources" / "same-0.txt").write_text(f"Same title\n\n{PROSE}", encoding="utf-8")
    try:
        run_ingest(project)
        again = {
            p.stem for p in (project / "docs" / "archive").glob("same-title*.md") if p.is_file()
        }
        assert slugs <= again and len(again) == 5
    finally:
        (project / "sources" / "same-0.txt").unlink()
        run_ingest(project)


def test_slugs_are_short_url_safe_and_take_no_hand_written_name(bad_run):
    archive = bad_run["project"] / "docs" / "archive"
    for path, _text in bad_run["pages"].values():
        assert path.parent == archive
        assert len(path.stem) <= 80 and all(
            c.isascii() and (c.isalnum() or c == "-") for c in path.stem
        )
    assert (archive / "notes.md").read_text() == "# My own notes\n\nHand-written.\n"
    assert bad_run["pages"]["notes.txt"][0].stem != "notes"
    assert bad_run["pages"]["index.txt"][0].stem != "index"
    assert bad_run["pages"]["dots.txt"][0].stem == "etc-passwd"


def test_check_passes_right_after_the_run(bad_run):
    result = run_ingest(bad_run["project"], "--check")
    stale = [line for line in result.stderr.splitlines() if ".md: " in line]
    assert not stale, result.stderr


def test_a_git_repository_inside_sources_is_never_used(tmp_path):
    """A scraped ``.git`` (a hostile config: gpg.program, fsmonitor...) must not be the repo
    ingest asks for the archived dates: git runs from the project, not from inside sources/."""
    (tmp_path / "p").mkdir()
    project = copy_project(tmp_path / "p")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false"]
    env = {
        **os.environ,
        "GIT_AUTHOR_DATE": "2020-01-02T00:00:00",
        "GIT_COMMITTER_DATE": "2020-01-02T00:00:00",
    }
    subprocess.run([*git, "init", "-q"], cwd=project, check=True)
    subprocess.run([*git, "add", "-A"], cwd=project, check=True)
    subprocess.run([*git, "commit", "-qm", "outer"], cwd=project, check=True, env=env)
    inner = project / "sources"
    marker = tmp_path / "pwned"
    subprocess.run([*git, "init", "-q"], cwd=inner, check=True)
    env_inner = {
        **env,
        "GIT_AUTHOR_DATE": "2001-01-01T00:00:00",
        "GIT_COMMITTER_DATE": "2001-01-01T00:00:00",
    }
    subprocess.run([*git, "add", "-A"], cwd=inner, check=True, env=env_inner)
    subprocess.run([*git, "commit", "-qm", "inner"], cwd=inner, check=True, env=env_inner)
    with (inner / ".git" / "config").open("a") as config:  # armed only now
        config.write(f"[core]\n\tfsmonitor = touch {marker}\n[log]\n\tshowSignature = true\n")
        config.write(f"[gpg]\n\tprogram = touch {marker}\n")
    catalog = yaml.safe_load((inner / "catalog.yml").read_text())
    for entry in catalog["sources"].values():
        entry.pop("archived", None)
    (inner / "catalog.yml").write_text(yaml.safe_dump(catalog, allow_unicode=True))
    result = run_ingest(project)
    assert result.returncode == 0, result.stderr
    assert not marker.exists()
    for page in (project / "docs" / "archive").glob("*.md"):
        meta = yaml.safe_load(page.read_text(encoding="utf-8").split("---\n")[1])
        assert str(meta["archived"]) != "2001-01-01", page


def test_a_mistake_in_the_interface_strings_is_a_configuration_error(tmp_path):
    """A mistake in the package's interface strings (``data/interface_strings.yml``) stops the
    run before any source is processed: exit 2 naming the file and the line, as a bad catalog
    does, never an error in every worker that cleans a source."""
    sources = tmp_path / "sources"
    sources.mkdir()
    for i in range(3):
        (sources / f"post-{i}.txt").write_text(f"Post number {i}\n\n{PROSE}", encoding="utf-8")
    project = copy_project(tmp_path / "p", sources=sources)
    data = project / "scripts" / "persona_archive" / "cleaning" / "data" / "interface_strings.yml"
    text = data.read_text(encoding="utf-8").rstrip("\n") + "\n"
    bad = "  - kind: counter\n    lang: en\n    regexes: ['\\d+ ?(?:comments)?']\n"
    data.write_text(text + bad, encoding="utf-8")
    line = text.count("\n") + 3  # the bad group's regexes
    result = run_ingest(project)
    assert result.returncode == 2, result.stderr
    assert f"interface_strings.yml:{line}: " in result.stderr, result.stderr
    assert "a line of numbers is content" in result.stderr
    assert "internal error" not in result.stderr and "post-0.txt" not in result.stderr
    assert not list(project.glob("docs/archive/*.md"))


@pytest.mark.slow
def test_big_files_are_bounded(tmp_path):
    """A 20 MB source and a 2 MB single-line source: ingest finishes, in linear time, in bounded
    memory (figures printed for the record)."""
    import random

    rng = random.Random(6)
    words = [
        "the",
        "model",
        "said",
        "that",
        "alignment",
        "persona",
        "character",
        "assistant",
        "behaviour",
        "training",
        "human",
        "text",
        "reward",
        "values",
        "claude",
        "autonomy",
        "welfare",
        "trust",
        "language",
        "research",
        "people",
        "think",
    ]

    def sentence(i: int) -> str:
        return (
            " ".join(rng.choice(words) for _ in range(rng.randint(8, 20))).capitalize() + f" {i}."
        )

    big, size, i = [], 0, 0
    while size < 20 * 1024 * 1024:
        paragraph = " ".join(sentence(i + j) for j in range(5))
        big.append(paragraph)
        size += len(paragraph) + 2
        i += 5
    src = tmp_path / "sources"
    src.mkdir()
    (src / "big.txt").write_text("A very large post\n\n" + "\n\n".join(big) + "\n")
    line = " ".join(sentence(k) for k in range(25_000))[: 2 * 1024 * 1024]
    (src / "one-line.txt").write_text(line + "\n")
    figures = {}
    for name in ("one-line.txt", "big.txt"):
        only = tmp_path / f"only-{name}"
        only.mkdir()
        os.link(src / name, only / name)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.monotonic()
        result = subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "ingest.py"), "--sources", str(only),
             "--out", str(tmp_path / f"out-{name}"), "--cache", str(tmp_path / f"cache-{name}")],
            capture_output=True, text=True, timeout=900,
        )  # fmt: skip
        seconds = time.monotonic() - started
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        figures[name] = (seconds, peak_mb, before.ru_maxrss / 1024)
        assert result.returncode == 0, result.stderr
        print(f"\n{name}: {seconds:.1f} s, peak RSS {peak_mb:.0f} MB", file=sys.stderr)
    one_line_s, big_s = figures["one-line.txt"][0], figures["big.txt"][0]
    assert big_s < 600 and one_line_s < 120
    assert figures["big.txt"][1] < 3000, "memory must stay bounded (well under the 24 GB box)"
