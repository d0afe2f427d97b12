"""The examples in the pipeline's and the hooks' docstrings are tests too: each module's must
hold."""

import doctest
import importlib
import importlib.util
import pkgutil

import pytest

import persona_archive
from persona_archive.paths import ROOT

MODULES = sorted(
    m.name for m in pkgutil.walk_packages(persona_archive.__path__, "persona_archive.")
)
HOOKS = sorted((ROOT / "hooks").glob("*.py"))


def _check(module) -> None:
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed"


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    _check(importlib.import_module(name))


@pytest.mark.parametrize("path", HOOKS, ids=lambda p: p.stem)
def test_hook_docstring_examples(path):
    spec = importlib.util.spec_from_file_location(f"_doctest_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    _check(module)
