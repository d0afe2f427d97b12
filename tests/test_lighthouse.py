"""Lighthouse on a document page (issue 17's "done when"): accessibility 100, best practices at
least 95, and nothing in the browser's console, in both colour schemes. Lighthouse 12.2.3 (the
last that runs on Node 20) comes from package.json (``npm ci``) and drives Debian's Chromium."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CHROMIUM
from persona_archive.paths import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.slow]

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
FLAGS = "--headless --no-sandbox --disable-gpu"
# Chromium's own switch: the page sees prefers-color-scheme: dark (Lighthouse emulates none).
SCHEMES = {"light": "", "dark": " --force-dark-mode"}


def _need(path: Path, message: str) -> None:
    """Skip loudly without the tool, except under CI, whose run installs it."""
    if path.exists():
        return
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    print(f"\n{'!' * 80}\nLIGHTHOUSE SKIPPED: {message}\n{'!' * 80}", file=sys.stderr)
    pytest.skip(message)


def _lighthouse(url: str, scheme: str) -> dict:
    result = subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            f"--chrome-flags={FLAGS}{SCHEMES[scheme]}",
            "--only-categories=accessibility,best-practices",
            "--output=json",
            "--output-path=stdout",
            "--quiet",
        ],
        env={**os.environ, "CHROME_PATH": CHROMIUM},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout)


def _failing(report: dict) -> list[str]:
    """The audits that count towards a score and did not pass, with what they found."""
    out = []
    for key, audit in report["audits"].items():
        if audit.get("scoreDisplayMode") in ("binary", "numeric") and (audit["score"] or 0) < 1:
            items = (audit.get("details") or {}).get("items") or []
            out.append(f"{key}: {audit['title']} {json.dumps(items)[:300]}")
    return out


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_lighthouse_on_a_document_page(server, pages, scheme):
    _need(Path(CHROMIUM), f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    _need(LIGHTHOUSE, f"no lighthouse at {LIGHTHOUSE} (run `npm ci`)")
    slug = sorted(pages)[0]
    report = _lighthouse(f"{server}/archive/{slug}/", scheme)
    assert not report.get("runtimeError"), report.get("runtimeError")
    scores = {key: category["score"] for key, category in report["categories"].items()}
    failing = _failing(report)
    assert scores["accessibility"] == 1, (scores, failing)
    assert scores["best-practices"] >= 0.95, (scores, failing)
    console = report["audits"]["errors-in-console"]["details"]["items"]
    assert not console, console
