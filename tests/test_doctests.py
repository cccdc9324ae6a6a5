"""The examples in the docstrings run and give what they show."""

import doctest
import importlib

import pytest

MODULES = [
    "sourcecheck",
    "sourcecheck.segment",
    "sourcecheck.lexicons",
    "sourcecheck.cues",
    "sourcecheck.features",
    "sourcecheck.model",
    "sourcecheck.analysis",
    "sourcecheck.batch",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    mod = importlib.import_module(name)
    result = doctest.testmod(mod, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0, f"{name} has no examples"
    assert result.failed == 0
