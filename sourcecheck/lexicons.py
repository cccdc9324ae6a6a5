"""Packaged word lists, loaded once.

Every list is a UTF-8 text file under ``sourcecheck/data`` with ``#`` comment lines
saying what it holds and where it comes from, then one entry per line. Entries are
kept unique and sorted (a test checks this).

>>> "sen" in read_wordlist("abbreviations.txt")
True
"""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["read_lexicon", "read_wordlist"]


@cache
def read_wordlist(name: str) -> tuple[str, ...]:
    """Entries of ``sourcecheck/data/<name>`` without comments and blank lines."""
    path = resources.files("sourcecheck").joinpath("data/" + name)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FileNotFoundError(f"packaged word list {name!r} is missing from {path}") from None
    return tuple(line.strip() for line in raw.splitlines() if line.strip() and not line.lstrip().startswith("#"))


def read_lexicon(name: str) -> tuple[str, ...]:
    """Entries of ``sourcecheck/data/lexicons/<name>.txt``."""
    return read_wordlist(f"lexicons/{name}.txt")
