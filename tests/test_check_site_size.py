"""scripts/check_site_size.py: the workflow's early stop before a site too large for GitHub Pages
is packed and uploaded (issue 20), tried with tiny limits."""

from __future__ import annotations

import subprocess
import sys
import tarfile

import check_site_size as size
from persona_archive.paths import ROOT


def _site(tmp_path):
    site = tmp_path / "site"
    (site / "archive" / "a").mkdir(parents=True)
    (site / "index.html").write_text("<p>home</p>\n")
    (site / "archive" / "a" / "index.html").write_bytes(b"x" * 3000)
    (site / "corpus").mkdir()
    (site / "corpus" / "corpus-0001.jsonl.gz").write_bytes(b"\x1f\x8b" + b"y" * 700)
    return site


def test_the_site_is_measured_as_the_pages_artifact_carries_it(tmp_path):
    site = _site(tmp_path)
    m = size.measure(site)
    assert (m["files"], m["directories"], m["bytes"]) == (3, 3, 12 + 3000 + 702)
    assert (m["largest_file"], m["largest_file_bytes"]) == ("archive/a/index.html", 3000)
    assert m["largest_entries"][0] == ("archive", 3000)
    packed = tmp_path / "artifact.tar"
    with tarfile.open(packed, "w", format=tarfile.GNU_FORMAT) as tar:
        tar.add(site, arcname=".")
    # the same blocks; tar only pads its end to a whole record (20 blocks)
    assert 0 <= packed.stat().st_size - m["artifact_bytes"] < tarfile.RECORDSIZE


def test_under_the_limit_it_passes_and_says_how_close(tmp_path, capsys):
    assert size.main([str(_site(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "3 files" in out and "0% of the limit" in out and "archive/a/index.html" in out


def test_above_the_limit_it_fails_naming_the_size_and_what_to_do(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    site = _site(tmp_path)
    assert size.main([str(site), "--limit", "4096"]) == 1
    err = capsys.readouterr().err
    assert str(site) in err and "above the limit of 4.1 kB" in err
    assert "largest: archive 3.0 kB" in err and "'Deploying'" in err
    monkeypatch.setenv("GITHUB_ACTIONS", "true")  # an annotation on the workflow run
    assert size.main([str(site), "--limit", "4096"]) == 1
    assert capsys.readouterr().err.startswith("::error title=Site too large::")


def test_a_file_above_the_per_file_limit_fails(tmp_path, capsys):
    site = _site(tmp_path)
    assert size.main([str(site), "--max-file", "2999"]) == 1
    assert "archive/a/index.html is 3.0 kB, above the per-file limit" in capsys.readouterr().err
    assert size.main([str(site), "--max-file", "3000"]) == 0


def test_the_command_line_exits_2_without_a_site_and_1_above_the_limit(tmp_path):
    script = ROOT / "scripts" / "check_site_size.py"
    missing = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "nowhere")], capture_output=True, text=True
    )
    assert missing.returncode == 2 and "no such directory" in missing.stderr
    site = _site(tmp_path)
    over = subprocess.run(
        [sys.executable, str(script), str(site), "--limit", "1000"], capture_output=True, text=True
    )
    assert over.returncode == 1 and "above the limit" in over.stderr
