"""Score many texts or files: reading with clear errors, parallel workers, streamed results.

Work is cut into chunks; with ``n_jobs > 1`` the chunks run in worker processes
forked from this one after it has loaded the model (on Linux; joblib's loky workers,
each loading the model once, elsewhere), and the results come back one by one in
input order while later chunks are still being read and scored.
Only a few chunks are in flight at a time, so memory stays flat however large the
folder is. A file that cannot be read, decoded or analysed gives a result with an
``error`` and never stops the batch.

>>> from sourcecheck.batch import decode_bytes
>>> decode_bytes(b"\\xef\\xbb\\xbfHello", "a.txt")
'Hello'
>>> decode_bytes(b"caf\\xe9 au lait", "a.txt")
Traceback (most recent call last):
...
sourcecheck.batch.InputError: cannot decode a.txt as UTF-8 at byte 3: invalid continuation byte; \
pass --encoding to choose another
"""

from __future__ import annotations

import codecs
import json
import math
import os
import re
import sys
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from html import unescape
from itertools import islice
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from .analysis import Analysis, Analyzer

__all__ = [
    "ArticleResult",
    "FileItem",
    "InputError",
    "InputWarning",
    "decode_bytes",
    "find_files",
    "load_metadata",
    "read_article",
    "score_files",
    "score_texts",
]

T = TypeVar("T")
R = TypeVar("R")


class InputError(ValueError):
    """A file or folder that cannot be used; the message names it and the problem."""


class InputWarning(UserWarning):
    """A file was scored, but not exactly as it stood (HTML markup removed); the message names it."""


@dataclass(frozen=True)
class FileItem:
    """One file to score: where it is, the name to report it under, and its metadata."""

    path: str
    name: str | None = None
    """shown in outputs (default: ``path``)"""
    publisher: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class ArticleResult:
    """The outcome for one file: an analysis, or the reason it failed.

    ``data`` holds what a ``postprocess`` function made of the result in the worker.
    """

    path: str
    analysis: Analysis | None = None
    error: str | None = None
    publisher: str | None = None
    title: str | None = None
    data: Any = None
    warnings: tuple[str, ...] = ()
    """what was done to the input before scoring (:class:`InputWarning` messages)"""


# ----------------------------------------------------------------------------- reading

_BOMS = (  # UTF-32 first: its little-endian BOM starts like UTF-16's
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)


#: leading bytes of files that are not plain text, whatever their name
_MAGIC = (
    (b"%PDF-", "a PDF"),
    (b"PK\x03\x04", "a ZIP archive (.docx, .odt, .epub, .zip)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (.doc, .xls)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "gzip-compressed"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"MZ\x90\x00", "an executable (Windows)"),
)
# C0 controls other than tab, line feed, vertical tab, form feed, carriage return; and DEL
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
#: HTML choices of :func:`decode_bytes`
HTML_CHOICES = ("strip", "refuse", "keep")


def decode_bytes(
    data: bytes, name: str, *, encoding: str | None = None, errors: str = "strict", html: str = "strip"
) -> str:
    """Decode a file's bytes: UTF-8 (byte-order mark optional), or UTF-16 or UTF-32 with a BOM.

    Byte offsets in errors count from the start of the file, BOM included. Refused as
    not text: PDF, Office, ZIP, RTF, gzip, image and executable files (by their first
    bytes), data with NUL bytes that is not UTF-16 or UTF-32 with a BOM, and text of
    which more than 30% of the first 8,192 characters are control characters. With an
    explicit ``encoding`` the bytes are decoded as asked (``errors`` as in
    :meth:`bytes.decode`). Other control characters are kept (the analysis copes).

    HTML (a document, or text with several HTML tags) is handled as ``html`` says:
    ``"strip"`` (default) keeps the text between the tags (see :func:`strip_html`)
    and emits an :class:`InputWarning` naming the file, ``"refuse"`` raises
    :class:`InputError`, ``"keep"`` leaves the markup in.

    Raises
    ------
    InputError
        Naming ``name`` and the problem: the encoding and the byte offset of the first
        bad byte, the kind of binary file, or the HTML.

    Examples
    --------
    >>> decode_bytes(b"%PDF-1.7 ...", "a.txt")
    Traceback (most recent call last):
    ...
    sourcecheck.batch.InputError: a.txt is a PDF, not plain text; extract its text first
    """
    if html not in HTML_CHOICES:
        raise ValueError(f"unknown html choice {html!r}; expected one of {', '.join(HTML_CHOICES)}")
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{name} is {kind}, not plain text; extract its text first")
    text = _decode(data, name, encoding, errors)
    head = text[:8192]
    n_control = len(_CONTROL_CHARS.findall(head))
    if n_control > 0.3 * len(head):
        raise InputError(
            f"{name} looks like a binary file, not text: {n_control:,} of its first {len(head):,} characters "
            "are control characters"
        )
    if html != "keep" and looks_like_html(text):
        if html == "refuse":
            raise InputError(f"{name} is HTML, not plain text; extract the article text first")
        text = strip_html(text)
        warnings.warn(
            InputWarning(f"{name} is HTML: its tags were removed and the text between them scored"), stacklevel=2
        )
    return text


def _decode(data: bytes, name: str, encoding: str | None, errors: str) -> str:
    if encoding:
        try:
            return data.decode(encoding, errors=errors)
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r} for {name}") from None
        except UnicodeDecodeError as e:
            raise InputError(f"cannot decode {name} as {encoding} at byte {e.start}: {e.reason}") from None
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError as e:
                at = e.start + len(bom)
                raise InputError(f"cannot decode {name} as {label} at byte {at}: {e.reason}") from None
    nul = data.find(b"\x00", 0, 8192)
    if nul >= 0:
        raise InputError(
            f"{name} contains NUL bytes: a binary file, or UTF-16 without a byte-order mark "
            f"(pass --encoding utf-16-le to read it); the first is at byte {nul}"
        )
    try:
        return data.decode("utf-8", errors=errors)
    except UnicodeDecodeError as e:
        raise InputError(
            f"cannot decode {name} as UTF-8 at byte {e.start}: {e.reason}; pass --encoding to choose another"
        ) from None


#: largest file :func:`read_article` reads: four bytes a character times the default
#: ``Analyzer(max_chars=5_000_000)``, plus a byte-order mark, so that no file the
#: analyser would accept is refused
MAX_BYTES = 4 * 5_000_000 + 4


def read_article(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    errors: str = "strict",
    html: str = "strip",
    max_bytes: int | None = MAX_BYTES,
) -> str:
    """Read one article file as text (see :func:`decode_bytes`); :class:`InputError` on failure.

    A file larger than ``max_bytes`` (``None``: no limit) is refused before it is read.
    """
    p = Path(path)
    try:
        size = p.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise InputError(
                f"{p} is {size:,} bytes, more than the {max_bytes:,} bytes allowed for one article; "
                "split it, or pass a larger max_bytes"
            )
        data = p.read_bytes()
    except OSError as e:
        raise InputError(f"cannot read {p}: {e.strerror or e}") from None
    return decode_bytes(data, str(p), encoding=encoding, errors=errors, html=html)


# ----------------------------------------------------------------------------- HTML

# a tag: "<", optional "/", a name, anything up to ">" but never across another "<";
# every character is looked at by at most one attempt, so the scan is linear
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\b[^<>]*>")
_HTML_DOCUMENT = re.compile(
    r"\ufeff?\s*(?:<\?xml[^<>]{0,200}>\s*)?(?:<!--[^<>]{0,500}-->\s*)?<(?:!doctype\s+html|html|head|body)[\s>]",
    re.IGNORECASE,
)
_HTML_TAGS = frozenset(
    "a article aside b blockquote body br div em figcaption figure footer form h1 h2 h3 h4 h5 h6 head header "
    "html i iframe img li link main meta nav noscript ol p script section span strong style table td th time "
    "title tr ul".split()
)
# content that is never article text
_SKIP_CONTENT = frozenset("script style noscript template svg math head iframe object nav form select button".split())
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# tags that end a paragraph
_BLOCK_TAGS = frozenset(
    "address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main "
    "ol p pre section table td th title tr ul".split()
)


def looks_like_html(text: str) -> bool:
    """Is ``text`` HTML: a document (it starts with a doctype, ``<html>``, ``<head>`` or
    ``<body>``, after an optional XML declaration and comment), or at least four common
    HTML tags in its first 64 KB?

    >>> looks_like_html("<p>One.</p><p>Two.</p>"), looks_like_html("Use <b> for bold.")
    (True, False)
    """
    if _HTML_DOCUMENT.match(text, 0, 4096):
        return True
    n = 0
    for m in _TAG.finditer(text, 0, 65536):
        if m.group(2).lower() in _HTML_TAGS:
            n += 1
            if n >= 4:
                return True
    return False


def strip_html(text: str) -> str:
    """The text of an HTML document: tags removed, entities decoded, one paragraph per block.

    The contents of ``script``, ``style``, ``head``, ``nav``, ``form`` and similar
    elements are dropped; block elements (``p``, ``div``, ``li``, headings ...) become
    paragraphs separated by a blank line, ``<br>`` a line break; whitespace inside a
    paragraph is collapsed as a browser would. Runs in time linear in the input, also
    on malformed markup (unclosed comments, stray ``<``).

    >>> strip_html("<h1>Fire</h1><p>Police&nbsp;said <b>so</b>.<script>x()</script></p>")
    'Fire\\n\\nPolice said so.'
    """
    low = text.translate(_ASCII_LOWER)  # not str.lower(): "İ".lower() is two characters
    failed: dict[str, int] = {}  # needle -> a start from which it is known to be absent

    def find(needle: str, start: int) -> int:
        if start >= failed.get(needle, len(text) + 1):
            return -1
        k = low.find(needle, start)
        if k < 0:
            failed[needle] = start
        return k

    blocks: list[list[str | None]] = [[]]  # None: a <br>
    i = 0
    n = len(text)
    while i < n:
        j = text.find("<", i)
        if j < 0:
            blocks[-1].append(text[i:])
            break
        blocks[-1].append(text[i:j])
        m = _TAG.match(text, j)
        if m:
            name = m.group(2).lower()
            i = m.end()
            if name in _SKIP_CONTENT and not m.group(1) and not m.group(0).endswith("/>"):
                k = find("</" + name, i)
                gt = find(">", k) if k >= 0 else -1
                i = gt + 1 if gt >= 0 else n
            if name == "br":
                blocks[-1].append(None)
            elif name in _BLOCK_TAGS or name in _SKIP_CONTENT:
                blocks.append([])
        elif text.startswith("<!--", j):
            k = find("-->", j + 4)
            i = k + 3 if k >= 0 else n
        elif text.startswith(("<!", "<?", "</"), j):
            k = find(">", j)
            i = k + 1 if k >= 0 else n
        else:
            blocks[-1].append("<")
            i = j + 1
    paras = []
    for b in blocks:
        lines: list[list[str]] = [[]]
        for piece in b:
            if piece is None:
                lines.append([])
            else:
                lines[-1].append(piece)
        para = "\n".join(filter(None, (" ".join(unescape("".join(line)).split()) for line in lines)))
        if para:
            paras.append(para)
    return "\n\n".join(paras)


def find_files(
    root: str | os.PathLike[str], pattern: str = "**/*.txt", *, exclude: Iterable[str | os.PathLike[str]] = ()
) -> list[Path]:
    """Files under ``root`` matching the glob ``pattern`` (recursive by default), sorted.

    ``root`` may be a single file. Files inside a folder of ``exclude`` (such as the
    output folder) are left out.

    Raises
    ------
    InputError
        When ``root`` does not exist or the pattern is not a relative glob.
    """
    r = Path(root)
    if r.is_file():
        return [r]
    if not r.is_dir():
        raise InputError(f"{r} is neither a file nor a folder")
    if not pattern or Path(pattern).is_absolute():
        raise InputError(f"bad --glob pattern {pattern!r}: expected a pattern relative to {r}, such as '**/*.txt'")
    skip = [Path(x).resolve() for x in exclude]
    try:
        found = [p for p in r.glob(pattern) if p.is_file()]
    except (ValueError, NotImplementedError) as e:
        raise InputError(f"bad --glob pattern {pattern!r}: {e}") from None
    if skip:
        found = [p for p in found if not any(p.resolve().is_relative_to(s) for s in skip)]
    return sorted(found)


def _norm_key(path: str) -> str:
    return PurePosixPath(path.replace("\\", "/")).as_posix().removeprefix("./")


def load_metadata(root: str | os.PathLike[str], name: str = "metadata.jsonl") -> dict[str, dict[str, str]]:
    """Per-article publisher and title from the sidecar file ``<root>/metadata.jsonl``, if present.

    One JSON object a line, paths relative to ``root`` with ``/``; blank lines are skipped;
    ``null`` or missing values mean "not known"::

        {"path": "sub/a.txt", "publisher": "Reuters", "title": "Port reopens"}

    Raises
    ------
    InputError
        Naming the file and line of a line that is not such an object.
    """
    meta_path = Path(root) / name
    out: dict[str, dict[str, str]] = {}
    if not meta_path.is_file():
        return out
    try:
        # "\n" only (read_text has turned "\r\n" and "\r" into it): JSON strings may hold a raw
        # U+2028, U+2029 or U+0085, where str.splitlines() would also break
        lines = meta_path.read_text(encoding="utf-8-sig").split("\n")
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read {meta_path}: {e}") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"{meta_path}:{n}: not JSON ({e.msg})") from None
        if not isinstance(row, dict) or not isinstance(row.get("path"), str):
            raise InputError(f'{meta_path}:{n}: expected an object like {{"path": "sub/a.txt", "publisher": ...}}')
        bad = [k for k in ("publisher", "title") if row.get(k) is not None and not isinstance(row[k], str)]
        if bad:
            raise InputError(f"{meta_path}:{n}: {bad[0]} must be a string or null, got {row[bad[0]]!r}")
        out[_norm_key(row["path"])] = {k: row[k] for k in ("publisher", "title") if row.get(k)}
    return out


# ----------------------------------------------------------------------------- workers

_WORKER_ANALYZER: Analyzer | None = None


def _worker_analyzer(model_path: str | None) -> Analyzer:
    """The analyser of this process, made once per model path (workers are reused)."""
    global _WORKER_ANALYZER
    if _WORKER_ANALYZER is None or _WORKER_ANALYZER.model_path != model_path:
        from .analysis import Analyzer

        _WORKER_ANALYZER = Analyzer(model_path)
    return _WORKER_ANALYZER


def _analyze_all(an: Analyzer, texts: list[str], pubs: list[str | None]) -> list[Analysis | Exception]:
    """Analyse a chunk in one batch; if that fails, one by one so one bad text spoils nothing."""
    try:
        return list(an.analyze_many(texts, pubs))
    except Exception:
        out: list[Analysis | Exception] = []
        for t, p in zip(texts, pubs):
            try:
                out.append(an.analyze(t, p))
            except Exception as e:  # a bug or a pathological input must not stop the batch
                out.append(e)
        return out


def _score_chunk(
    items: Sequence[FileItem | tuple[str, str, str | None, str | None]],
    model_path: str | None,
    encoding: str | None,
    errors: str,
    postprocess: Callable[[ArticleResult], ArticleResult] | None = None,
) -> list[ArticleResult]:
    """Read and analyse a chunk of files in one worker; one bad file never spoils the chunk.

    Items may also be ``(path, name, publisher, title)`` tuples (as ``sourcecheck.dask`` sends).
    """
    files = [it if isinstance(it, FileItem) else FileItem(*it) for it in items]
    an = _worker_analyzer(model_path)
    out: list[ArticleResult] = []
    ok: list[int] = []
    texts: list[str] = []
    for it in files:
        res = ArticleResult(it.name or it.path, publisher=it.publisher, title=it.title)
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always", InputWarning)
                texts.append(read_article(it.path, encoding=encoding, errors=errors))
            ok.append(len(out))
            notes = tuple(str(w.message) for w in caught if issubclass(w.category, InputWarning))
            if notes:
                res = replace(res, warnings=notes)
            for w in caught:
                if not issubclass(w.category, InputWarning):
                    warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
        except InputError as e:
            res = replace(res, error=str(e))
        out.append(res)
    for k, a in zip(ok, _analyze_all(an, texts, [out[k].publisher for k in ok])):
        if isinstance(a, Exception):
            out[k] = replace(out[k], error=f"{files[k].path}: {type(a).__name__}: {a}")
        else:
            out[k] = replace(out[k], analysis=a)
    if postprocess is not None:
        out = [postprocess(r) for r in out]
    return out


def _analyze_chunk(texts: list[str], pubs: list[str | None], model_path: str | None) -> list[Analysis]:
    return _worker_analyzer(model_path).analyze_many(texts, pubs)


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _chunk_size(items: object, n_jobs: int, requested: int | None, largest: int) -> int:
    if requested is not None:
        if requested < 1:
            raise ValueError(f"chunk_size must be at least 1, got {requested}")
        return requested
    if n_jobs == 1 or not hasattr(items, "__len__"):
        return largest
    # at least four chunks per worker so that the workers finish together
    return max(1, min(largest, math.ceil(len(items) / (4 * _effective_jobs(n_jobs)))))


def _fork_context() -> Any:
    """The ``fork`` start method on Linux under joblib's default backend, else None.

    Forked workers inherit the model, word lists and sentence splitter this process has
    already loaded, so they start in milliseconds; fresh interpreters (joblib's loky,
    the fallback elsewhere) spend about a second importing and loading each.
    """
    import multiprocessing as mp

    if not sys.platform.startswith("linux") or "fork" not in mp.get_all_start_methods():
        return None
    if "joblib" in sys.modules:  # nobody can have chosen a joblib backend without importing joblib
        from joblib._parallel_backends import LokyBackend
        from joblib.parallel import get_active_backend

        if not isinstance(get_active_backend()[0], LokyBackend):
            return None  # the caller chose a joblib backend (Dask, threads, ...): use it
    return mp.get_context("fork")


def _effective_jobs(n_jobs: int) -> int:
    """Worker count for ``n_jobs`` with joblib's meaning (``-1`` every core, ``-2`` all but one).

    joblib is consulted only when it is already imported (a backend the caller set may
    change the answer); importing it only for this took 0.4 s of a folder run's serial start.
    """
    if "joblib" in sys.modules:
        from joblib import effective_n_jobs

        return int(effective_n_jobs(n_jobs))
    if n_jobs == 0:
        raise ValueError("n_jobs == 0 has no meaning")
    if n_jobs > 0:
        return n_jobs
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, cores + 1 + n_jobs)


def _parallel(
    fn: Callable[..., list[R]], tasks: Iterable[tuple[Any, ...]], n_jobs: int, model_path: str | None
) -> Iterator[R]:
    """``fn(*task)`` for every task over ``n_jobs`` worker processes, results in task order.

    At most two tasks per worker are in flight, so memory stays flat however many tasks
    there are, and the first results arrive while later tasks are still being read.
    """
    ctx = _fork_context()
    if ctx is None:
        from joblib import Parallel, delayed

        for res in Parallel(n_jobs=n_jobs, return_as="generator")(delayed(fn)(*t) for t in tasks):
            yield from res
        return
    # load everything once here, before the fork; the workers share it copy-on-write
    _worker_analyzer(model_path).analyze("Officials said the road was closed. It reopened.")
    workers = _effective_jobs(n_jobs)
    with ctx.Pool(workers) as pool:
        pending: deque[Any] = deque()
        for t in tasks:
            pending.append(pool.apply_async(fn, t))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def _as_item(x: FileItem | str | os.PathLike[str]) -> FileItem:
    return x if isinstance(x, FileItem) else FileItem(os.fspath(x))


def score_files(
    files: Iterable[FileItem | str | os.PathLike[str]],
    *,
    n_jobs: int = 1,
    chunk_size: int | None = None,
    model_path: str | None = None,
    encoding: str | None = None,
    errors: str = "strict",
    postprocess: Callable[[ArticleResult], ArticleResult] | None = None,
) -> Iterator[ArticleResult]:
    """Read and score files, yielding one :class:`ArticleResult` per file in input order.

    Parameters
    ----------
    files : iterable of FileItem or path
        Read lazily, a few chunks ahead of the results.
    n_jobs : int, default 1
        Worker processes (joblib semantics: ``-1`` for every core). With 1, everything
        runs in this process.
    chunk_size : int, optional
        Files per task; default 32, fewer for a short list so that every worker gets
        work.
    model_path : str, optional
        A model file you trust (see :class:`~sourcecheck.Analyzer`); default the packaged one.
    encoding, errors : str, optional
        Decode every file with this encoding (see :func:`decode_bytes`).
    postprocess : callable, optional
        Applied to each result inside the worker, e.g.
        :func:`sourcecheck.report.render_result` to send back strings rather than
        analyses. Must be importable (a module-level function).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("Police said the road is closed.")
    >>> _ = (d / "b.txt").write_bytes(b"caf\\xe9")
    >>> [(r.path[-5:], r.error is None) for r in score_files(sorted(d.iterdir()))]
    [('a.txt', True), ('b.txt', False)]
    """
    size = _chunk_size(files, n_jobs, chunk_size, 32)
    chunks = _chunks((_as_item(x) for x in files), size)
    if n_jobs == 1:
        for ch in chunks:
            yield from _score_chunk(ch, model_path, encoding, errors, postprocess)
        return
    yield from _parallel(
        _score_chunk, ((ch, model_path, encoding, errors, postprocess) for ch in chunks), n_jobs, model_path
    )


def score_texts(
    texts: Iterable[str],
    publishers: Iterable[str | None] | None = None,
    *,
    n_jobs: int = 1,
    chunk_size: int | None = None,
    model_path: str | None = None,
) -> Iterator[Analysis]:
    """Analyse many texts, yielding an :class:`~sourcecheck.Analysis` per text in input order.

    Like :meth:`Analyzer.iter_analyze <sourcecheck.Analyzer.iter_analyze>` but spread
    over ``n_jobs`` worker processes; the texts are consumed lazily. Errors are raised
    (a non-``str`` text raises :class:`TypeError`), not collected.

    Examples
    --------
    >>> [len(a.sentences) for a in score_texts(["One. Two.", "Three."])]
    [2, 1]
    """
    size = _chunk_size(texts, n_jobs, chunk_size, 64)
    pubs = iter(publishers) if publishers is not None else None
    pairs = ((t, next(pubs, None) if pubs is not None else None) for t in texts)
    if n_jobs == 1:
        an = _worker_analyzer(model_path)
        for ch in _chunks(pairs, size):
            yield from an.iter_analyze([t for t, _ in ch], [p for _, p in ch], batch_size=size)
        return
    tasks = (([t for t, _ in ch], [p for _, p in ch], model_path) for ch in _chunks(pairs, size))
    yield from _parallel(_analyze_chunk, tasks, n_jobs, model_path)
