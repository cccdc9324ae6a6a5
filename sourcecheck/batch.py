"""Score many files: reading with clear errors, parallel workers, streamed results.

>>> from sourcecheck.batch import decode_bytes
>>> decode_bytes(b"\\xef\\xbb\\xbfHello", "a.txt")
'Hello'
"""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["ArticleResult", "InputError", "decode_bytes", "find_files", "read_article", "score_files"]


class InputError(ValueError):
    """A file that cannot be scored; the message names the file and the problem."""


@dataclass
class ArticleResult:
    """The outcome for one file: an analysis, or the reason it failed."""

    path: str
    analysis: Any = None
    error: str | None = None
    publisher: str | None = None
    title: str | None = None


def decode_bytes(data: bytes, name: str, *, encoding: str | None = None, errors: str = "strict") -> str:
    """Decode a file's bytes: UTF-8 (BOM optional) or UTF-16 with BOM, else a clear error.

    Binary data (NUL bytes in a non-UTF-16 file) is refused. With an explicit
    ``encoding`` (and ``errors``) the bytes are decoded as asked.
    """
    if encoding:
        try:
            return data.decode(encoding, errors=errors)
        except (UnicodeDecodeError, LookupError) as e:
            raise InputError(f"cannot decode {name} as {encoding}: {e}") from None
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise InputError(f"cannot decode {name} as UTF-16 at byte {e.start}: {e.reason}") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{name} looks like a binary file (NUL bytes), not text")
    if data[:5] == b"%PDF-":
        raise InputError(f"{name} is a PDF, not plain text; extract its text first")
    try:
        return data.decode("utf-8-sig", errors=errors)
    except UnicodeDecodeError as e:
        raise InputError(
            f"cannot decode {name} as UTF-8 at byte {e.start}: {e.reason}; pass --encoding to choose another"
        ) from None


def read_article(path: str | os.PathLike[str], *, encoding: str | None = None, errors: str = "strict") -> str:
    """Read one article file as text (see :func:`decode_bytes`)."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as e:
        raise InputError(f"cannot read {p}: {e.strerror or e}") from None
    return decode_bytes(data, str(p), encoding=encoding, errors=errors)


def find_files(root: str | os.PathLike[str], pattern: str = "**/*.txt") -> list[Path]:
    """Files under ``root`` matching ``pattern`` (recursive by default), sorted."""
    r = Path(root)
    if r.is_file():
        return [r]
    if not r.is_dir():
        raise InputError(f"{r} is neither a file nor a folder")
    return sorted(p for p in r.glob(pattern) if p.is_file())


def load_metadata(root: str | os.PathLike[str]) -> dict[str, dict[str, str]]:
    """Per-article publisher and title from ``<root>/metadata.jsonl`` if present.

    Each line: ``{"path": "relative/path.txt", "publisher": "...", "title": "..."}``.
    """
    meta_path = Path(root) / "metadata.jsonl"
    out: dict[str, dict[str, str]] = {}
    if not meta_path.is_file():
        return out
    for n, line in enumerate(meta_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            out[str(row["path"])] = {k: str(v) for k, v in row.items() if k != "path"}
        except (json.JSONDecodeError, KeyError, TypeError) as e:
            raise InputError(
                f'{meta_path}:{n}: bad metadata line ({e}); expected {{"path": ..., "publisher": ..., "title": ...}}'
            ) from None
    return out


_WORKER_ANALYZER: Any = None


def _worker_analyzer(model_path: str | None) -> Any:
    global _WORKER_ANALYZER
    if _WORKER_ANALYZER is None or _WORKER_ANALYZER.model_path != model_path:
        from .analysis import Analyzer

        _WORKER_ANALYZER = Analyzer(model_path)
    return _WORKER_ANALYZER


def _score_chunk(
    items: Sequence[tuple[str, str, str | None, str | None]], model_path: str | None, encoding: str | None, errors: str
) -> list[ArticleResult]:
    """Read and analyse a chunk of files in one worker; one bad file never spoils the chunk."""
    an = _worker_analyzer(model_path)
    out: list[ArticleResult] = []
    texts: list[tuple[int, str]] = []
    for k, (path, shown, pub, title) in enumerate(items):
        res = ArticleResult(shown, publisher=pub, title=title)
        try:
            texts.append((k, read_article(path, encoding=encoding, errors=errors)))
        except InputError as e:
            res.error = str(e)
        out.append(res)
    for k, text in texts:
        try:
            out[k].analysis = an.analyze(text, out[k].publisher)
        except Exception as e:  # a bug or a pathological input must not stop the batch
            out[k].error = f"{out[k].path}: {type(e).__name__}: {e}"
    return out


def score_files(
    paths: Iterable[tuple[str, str, str | None, str | None]],
    *,
    n_jobs: int = 1,
    chunk_size: int = 32,
    model_path: str | None = None,
    encoding: str | None = None,
    errors: str = "strict",
) -> Iterator[ArticleResult]:
    """Score ``(path, shown_name, publisher, title)`` items, yielding results in input order.

    Work is cut into chunks of ``chunk_size`` files; with ``n_jobs > 1`` chunks run in
    joblib worker processes (each loads the model once) and are streamed back in order.
    """
    items = list(paths)
    chunks = [items[i : i + chunk_size] for i in range(0, len(items), chunk_size)]
    if n_jobs == 1:
        for ch in chunks:
            yield from _score_chunk(ch, model_path, encoding, errors)
        return
    from joblib import Parallel, delayed

    par = Parallel(n_jobs=n_jobs, return_as="generator")
    for res in par(delayed(_score_chunk)(ch, model_path, encoding, errors) for ch in chunks):
        yield from res
