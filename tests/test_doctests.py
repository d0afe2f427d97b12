"""The examples in the pipeline's docstrings are tests too: each module's must hold."""

import doctest
import importlib
import pkgutil

import archive
import pytest

MODULES = sorted(m.name for m in pkgutil.iter_modules(archive.__path__, "archive."))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
