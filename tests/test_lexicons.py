"""Packaged word lists: headers, unique and sorted entries."""

from importlib import resources

import pytest

DATA = resources.files("sourcecheck").joinpath("data")
FILES = sorted(
    [f"lexicons/{p.name}" for p in DATA.joinpath("lexicons").iterdir() if p.name.endswith(".txt")]
    + ["abbreviations.txt", "sentence_starters.txt"]
)


def test_there_are_lexicons():
    assert len(FILES) >= 25


@pytest.mark.parametrize("name", FILES)
def test_lexicon_header_unique_sorted(name):
    lines = DATA.joinpath(name).read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#"), f"{name} needs a header saying what it holds"
    entries = [x for x in lines if x.strip() and not x.startswith("#")]
    assert entries, name
    assert entries == sorted(entries), f"{name} is not sorted"
    assert len(entries) == len(set(entries)), f"{name} has duplicates"
    assert all(x == x.strip().lower() for x in entries), f"{name}: entries must be trimmed lower-case"
