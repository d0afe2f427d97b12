"""The project's YAML reads the same with or without libyaml.

The loaders use libyaml's parser where PyYAML has it (``CSafeLoader``) and PyYAML's own
otherwise. libyaml accepts a few things PyYAML's parser refuses — a "?" inside an unquoted item
of a ``[...]`` list — so a file written and tested against one could stop a machine whose PyYAML
was built without libyaml. Every YAML file in the repository must give the same data to both.
"""

from __future__ import annotations

import subprocess

import pytest
import yaml

from persona_archive.paths import ROOT


def _yaml_files() -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "*.yml", "*.yaml"], cwd=ROOT, capture_output=True, text=True
    )
    if listed.returncode != 0:  # not a git checkout: the data files the cleaner loads
        return sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("scripts/**/*.yml"))
    # MkDocs' configs use its own tags (!ENV, !!python/name), read by MkDocs' loader
    return [f for f in listed.stdout.split() if not f.rsplit("/", 1)[-1].startswith("mkdocs")]


@pytest.mark.skipif(not hasattr(yaml, "CSafeLoader"), reason="PyYAML without libyaml")
def test_every_yaml_file_reads_the_same_with_pyyamls_parser_and_libyamls():
    files = _yaml_files()
    assert any(f.endswith("interface_strings.yml") for f in files)
    differ = []
    for name in files:
        text = (ROOT / name).read_text(encoding="utf-8")
        try:
            own = list(yaml.load_all(text, Loader=yaml.SafeLoader))
        except yaml.YAMLError as exc:
            differ.append(f"{name}: PyYAML's parser refuses it: {str(exc).splitlines()[-1]}")
            continue
        if own != list(yaml.load_all(text, Loader=yaml.CSafeLoader)):
            differ.append(f"{name}: PyYAML's and libyaml's parsers read different data")
    assert not differ, "\n".join(differ)
