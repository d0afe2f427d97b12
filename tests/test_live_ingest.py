"""``mkdocs serve`` re-runs ingest before each rebuild (hooks/build.py); ``mkdocs build``
does not, and does not pay for importing the pipeline."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from conftest import copy_project

SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from mkdocs.config import load_config

    cfg = load_config("live.yml")
    archive = Path("docs/archive")
    cfg.plugins.on_startup(command="build", dirty=False)
    cfg.plugins.on_pre_build(config=cfg)
    ingested = "persona_archive.ingest.run" in sys.modules or list(archive.glob("*.md"))
    assert not ingested, "build ingested"
    cfg.plugins.on_startup(command="serve", dirty=False)
    cfg.plugins.on_pre_build(config=cfg)
    print(len(list(archive.glob("*.md"))))
    """
)


def test_serve_ingests_before_each_build_and_build_does_not(tmp_path):
    project = copy_project(tmp_path / "p")
    (project / "live.yml").write_text("site_name: T\nhooks:\n  - hooks/build.py\n")
    sources = [p for p in (project / "sources").iterdir() if p.suffix == ".txt"]
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=600,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": ""},
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.split()[-1]) == len(sources) > 0
    # with the configuration in use (live.yml: docs/archive): the build's caches are prepared
    assert f"build prepared: {len(sources)} documents" in result.stderr
