"""Shared fixtures: a throwaway copy of the project, the built site, a local server, Chromium."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings

import bench  # scripts/ is on pytest's path: the project copy and Chromium settings

CHROMIUM, CHROMIUM_ARGS = bench.CHROMIUM, bench.CHROMIUM_ARGS

# Property tests explore new examples on a developer's machine; under CI they run the same
# examples every time (a submission passes or fails on its code, not on the draw). What an
# exploration finds is pinned as an ``@example`` or a test of its own.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


def fidelity_corpus():
    """``tests/fidelity/build_corpus.py`` as a module (not a package: loaded from its file; the
    corpus's tests and the constructed damage of other tests use its ``build`` and ``damage``)."""
    name = "fidelity_build_corpus"
    if name not in sys.modules:
        path = Path(__file__).parent / "fidelity" / "build_corpus.py"
        spec = importlib.util.spec_from_file_location(name, path)
        sys.modules[name] = importlib.util.module_from_spec(spec)  # dataclasses look it up
        spec.loader.exec_module(sys.modules[name])
    return sys.modules[name]


def copy_project(dest: Path, *, sources: Path | None = None) -> Path:
    """A copy of the project's inputs and code in ``dest`` (generated pages left out)."""
    files = [*bench.PROJECT_FILES, "anchors.lock", "sources"]
    return bench.copy_project(dest, sources=sources, files=files)


def run_ingest(project: Path, *args: str) -> subprocess.CompletedProcess:
    """Run the project's ingest CLI exactly as a user would, inside ``project``."""
    return subprocess.run(
        [sys.executable, str(project / "scripts" / "ingest.py"), *args],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=600,
    )


def build_site(project: Path) -> Path:
    """Ingest and ``mkdocs build --strict`` in ``project``; return the site directory."""
    result = run_ingest(project)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert build.returncode == 0, build.stderr
    return site


@pytest.fixture(scope="session")
def project(tmp_path_factory) -> Path:
    """A fresh copy of the project with its pages ingested and its site built."""
    dest = copy_project(tmp_path_factory.mktemp("project"))
    build_site(dest)
    return dest


@pytest.fixture(scope="session")
def pagefind_archive(tmp_path_factory) -> tuple[Path, Path]:
    """Another copy of the project, its seeds ingested and built under Pagefind (``project``,
    ``site``): the engine's own tests build on it rather than ingest again."""
    project = bench.copy_project(tmp_path_factory.mktemp("pagefind"), bench.ROOT / "sources")
    ingest = run_ingest(project)
    assert ingest.returncode == 0, ingest.stderr
    site = project / "site-pagefind"
    result = bench.build(project, site, "mkdocs-pagefind.yml")
    assert result["returncode"] == 0, result["stderr"][-3000:]
    return project, site


@pytest.fixture(scope="session")
def site(project) -> Path:
    return project / "site"


@pytest.fixture(scope="session")
def pages(project) -> dict[str, dict]:
    """Front matter of every generated page, by slug."""
    from persona_archive.site.listings import read_collection

    return {d["slug"]: d for d in read_collection(project / "docs" / "archive")}


# The benchmark's local server (scripts/bench.py): the site's files on 127.0.0.1, a random free
# port, gzip-encoded as GitHub Pages serves them; yields the site's URL.
serve_directory = bench.serve


@pytest.fixture(scope="session")
def server(site):
    """The built site served on 127.0.0.1."""
    with serve_directory(site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium driven by Playwright. Without Chromium the browser tests are
    skipped with a loud message, except under CI (``CI=true``) where they must run."""
    if not Path(CHROMIUM).exists():
        message = f"BROWSER TESTS SKIPPED: no Chromium at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        print(f"\n{'!' * 80}\n{message}\n{'!' * 80}", file=sys.stderr)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    tab = context.new_page()
    yield tab
    context.close()


# Material's search says "Initializing search" until its worker has built the index; the
# Pagefind box says "Type to start searching" from the start.
_SEARCH_READY = """() => [...document.querySelectorAll('.md-search-result__meta')]
    .some(m => m.textContent.trim() && !/^Initializing/.test(m.textContent.trim()))"""
# CSS transitions (the search overlay fades in) still running: colours are mid-way.
_SETTLED = "() => document.getAnimations().every(a => a.playState !== 'running')"


def search(page, query: str, attempts: int = 3):
    """Type ``query`` into the header search as a reader would and wait for results.

    Waits for the index to be ready first (a query typed before that is not re-run), retypes
    the query if no result shows, and returns once the results have stopped animating.
    """
    box = page.locator("input.md-search__input")
    results = page.locator(".md-search-result__link")
    page.wait_for_function(_SEARCH_READY, timeout=90_000)
    for attempt in range(attempts):
        box.fill("")
        box.press_sequentially(query, delay=15)
        try:
            results.first.wait_for(timeout=15_000)
            break
        except Exception:  # Playwright's TimeoutError: retype, unless it was the last try
            if attempt == attempts - 1:
                raise
    page.wait_for_function(_SETTLED, timeout=10_000)
    return results


# --- the chrome tests' two questions -------------------------------------------------------------


def kept(*texts: str) -> list[str]:
    """The lines of a page made of ``texts`` that the boilerplate stage keeps."""
    from persona_archive.cleaning.boilerplate import strip_boilerplate
    from persona_archive.cleaning.model import split_lines

    lines = split_lines("".join(t + "\n" for t in texts))
    return [line.text for line in strip_boilerplate(lines).lines]


def marked_page(marked: str) -> tuple[list[str], list[str]]:
    """A constructed page written one line a row, each after a mark: ``t `` for the text,
    ``c `` for chrome; returns (all its lines, the text lines).

    >>> marked_page("c Home\\nt A line of text.\\n")
    (['Home', 'A line of text.'], ['A line of text.'])
    """
    lines = marked.strip("\n").split("\n")
    return [line[2:] for line in lines], [line[2:] for line in lines if line.startswith("t ")]


def rule_of(text: str) -> str | None:
    """The rule that removes ``text`` as a line on its own, or None."""
    from persona_archive.cleaning.boilerplate import general_rule

    found = general_rule(text)
    return found[0] if found else None


def rows_page(rows: list[str]):
    """A page for the title stage, written one line a row, those written "~rule~ text" removed
    as chrome by that rule: the body the title stage sees and its hints."""
    from persona_archive.cleaning.model import split_lines
    from persona_archive.cleaning.structure import Hints

    lines = split_lines(
        "\n".join(r.split("~", 2)[2].strip() if r.startswith("~") else r for r in rows)
    )
    removed = {n + 1: r.split("~", 2) for n, r in enumerate(rows) if r.startswith("~")}
    body = [ln for ln in lines if ln.no not in removed]
    hints = Hints(
        removed=tuple((n, parts[2].strip()) for n, parts in removed.items()),
        removed_rules=tuple((n, f"interface:{parts[1]}") for n, parts in removed.items()),
    )
    return body, hints


def title_of_rows(rows: list[str]) -> str:
    """The title the structure stage gives a page written as ``rows_page`` reads it."""
    from persona_archive.cleaning.structure import build

    return build(*rows_page(rows)).title


def titled_rows(rows: list[str]) -> bool:
    """Whether that title came from a line of the page (not derived from the prose)."""
    from persona_archive.cleaning.structure import build

    return any(c.rule == "title" for c in build(*rows_page(rows)).changes)
