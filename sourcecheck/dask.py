"""Score a corpus on a Dask cluster (``pip install 'sourcecheck[dask]'``).

The records are those of the single-machine folder scorer (``sourcecheck score``),
field for field: the same reading and decoding (:func:`sourcecheck.batch.score_files`),
the same model, the same record functions (:mod:`sourcecheck.report`). Two ways in:

* :func:`score_bag` gives a lazy :class:`dask.bag.Bag` of sentence records
  (:func:`results_bag`: one result per file, failures included), and
  :func:`write_scores` writes the folder scorer's outputs with the sentence records
  as one JSONL (and CSV) part per partition under ``OUT/sentences/``.
  ``sourcecheck score DIR --out OUT --scheduler tcp://host:8786`` (or
  ``--scheduler local``) runs :func:`write_scores`.
* The batch layer's own joblib path: under a :class:`distributed.Client`,
  ``with joblib.parallel_config(backend="dask"): score_files(items, n_jobs=-1)``.

Files are grouped into batches, one batch per task (a task costs milliseconds, so
one file per task would waste the cluster). The model is never part of the task
graph: each worker process loads the model shipped in its own sourcecheck install
on its first task and keeps it (:func:`worker_analyzer`).

Examples
--------
>>> import sourcecheck.dask as scd
>>> bag = scd.score_bag("seeds/", batch_size=16)       # lazy: nothing is read yet
>>> recs = bag.compute(scheduler="sync")               # or on the active distributed.Client
>>> sorted(recs[0])[:4]
['attributed', 'cues', 'end', 'hedged']
"""

from __future__ import annotations

import json
import logging
import math
import os
import shutil
import sys
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

try:
    import dask
    import dask.bag as db
except ImportError as e:  # pragma: no cover - only without the extra
    raise ImportError("sourcecheck.dask needs dask: pip install 'sourcecheck[dask]'") from e

from sourcecheck import batch
from sourcecheck.batch import ArticleResult, FileItem, InputError, find_files, load_metadata, score_files
from sourcecheck.cli import UsageError, atomic_open
from sourcecheck.report import (
    ARTICLE_COLUMNS,
    SENTENCE_COLUMNS,
    csv_text,
    render_result,
    sentence_records,
    write_csv,
    write_folder_html,
)

if TYPE_CHECKING:
    import argparse

    from sourcecheck.analysis import Analyzer

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "WriteSummary",
    "folder_items",
    "results_bag",
    "score_bag",
    "worker_analyzer",
    "write_scores",
]

#: files per task unless the caller says otherwise
DEFAULT_BATCH_SIZE = 64
#: the formats of ``sourcecheck score``
FORMATS = ("jsonl", "csv", "html")
_SCRATCH = ".sourcecheck-dask"
_LOCK = threading.Lock()


def worker_analyzer(model_path: str | os.PathLike[str] | None = None) -> Analyzer:
    """The :class:`~sourcecheck.Analyzer` of this worker process, loaded once and kept.

    It is the batch layer's per-process analyser, so the bag path and the joblib path
    share one model per worker; it is made and loaded under a lock, so a worker with
    several threads still loads the model once.

    Parameters
    ----------
    model_path : str or PathLike, optional
        A model file of your own (with its ``.json`` card beside it), at this path on
        every worker. Default: the model inside the sourcecheck package installed on
        the worker.

    Examples
    --------
    >>> worker_analyzer() is worker_analyzer()
    True
    """
    mp = None if model_path is None else os.fspath(model_path)
    with _LOCK:
        an = batch._worker_analyzer(mp)
        an.card  # noqa: B018 - loads the model now, under the lock
    return an


def folder_items(
    root: str | os.PathLike[str],
    pattern: str = "**/*.txt",
    *,
    publisher: str | None = None,
    exclude: Iterable[str | os.PathLike[str]] = (),
) -> list[FileItem]:
    """The files of a folder as ``sourcecheck score`` takes them, in the same order.

    Each is named by its path relative to ``root`` with ``/`` (or by its file name
    when ``root`` is one file); ``root/metadata.jsonl`` gives per-file publisher and
    title and is never scored itself; ``publisher`` is the fallback; files inside
    ``exclude`` (such as the output folder) are left out.

    Raises
    ------
    sourcecheck.batch.InputError
        ``root`` is missing, the pattern is bad, or ``metadata.jsonl`` has a bad line.

    Examples
    --------
    >>> [it.name for it in folder_items("seeds/")]
    ['000_2370f5f62fc33515.txt']
    """
    r = Path(root)
    files = find_files(r, pattern, exclude=exclude)
    meta = load_metadata(r) if r.is_dir() else {}
    if r.is_dir():
        files = [f for f in files if f != r / "metadata.jsonl"]
    items = []
    for f in files:
        name = f.relative_to(r).as_posix() if r.is_dir() else f.name
        m = meta.get(name, {})
        items.append(FileItem(str(f), name, m.get("publisher", publisher), m.get("title")))
    return items


def _as_item(x: Any, publisher: str | None) -> FileItem:
    if isinstance(x, FileItem):
        return x
    if isinstance(x, (str, os.PathLike)):
        return FileItem(os.fspath(x), publisher=publisher)
    raise TypeError(f"expected a path or a sourcecheck.batch.FileItem, got {type(x).__name__}: {x!r}")


def _score(
    part: Iterable[Any],
    model_path: str | None,
    encoding: str | None,
    errors: str,
    publisher: str | None,
    render: bool,
) -> Iterator[ArticleResult]:
    """Score one batch of files in this worker with the batch layer (single process)."""
    items = [_as_item(x, publisher) for x in part]
    worker_analyzer(model_path)
    return score_files(
        items, model_path=model_path, encoding=encoding, errors=errors, postprocess=render_result if render else None
    )


def _results(
    part: Iterable[Any], model_path: str | None, encoding: str | None, errors: str, publisher: str | None
) -> list[dict[str, Any]]:
    out = []
    for res in _score(part, model_path, encoding, errors, publisher, render=False):
        recs = [] if res.analysis is None else sentence_records(res.path, res.analysis)
        out.append({"path": res.path, "error": res.error, "sentences": recs})
    return out


def _items_bag(paths_or_bag: Any, batch_size: int, pattern: str, publisher: str | None) -> db.Bag:
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    if isinstance(paths_or_bag, db.Bag):
        return paths_or_bag
    if isinstance(paths_or_bag, (str, os.PathLike)):
        items: list[FileItem] = folder_items(paths_or_bag, pattern, publisher=publisher)
    else:
        items = [_as_item(x, publisher) for x in paths_or_bag]
    if not items:
        return db.from_sequence([], npartitions=1)
    return db.from_sequence(items, partition_size=batch_size)


def results_bag(
    paths_or_bag: Any,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    model_path: str | os.PathLike[str] | None = None,
    encoding: str | None = None,
    errors: str = "strict",
    publisher: str | None = None,
    pattern: str = "**/*.txt",
) -> db.Bag:
    """One result per file: ``{"path", "error", "sentences"}``, in file order within each partition.

    ``error`` is ``None`` or the reason the file failed (the text ``errors.jsonl``
    gives); ``sentences`` is the file's sentence records (empty when it failed).
    Parameters as in :func:`score_bag`.

    Examples
    --------
    >>> [(r["path"], r["error"], len(r["sentences"]) > 0) for r in results_bag("seeds/").compute(scheduler="sync")]
    [('000_2370f5f62fc33515.txt', None, True)]
    """
    items = _items_bag(paths_or_bag, batch_size, pattern, publisher)
    mp = None if model_path is None else os.fspath(model_path)
    return items.map_partitions(_results, mp, encoding, errors, publisher)


def _sentences(result: dict[str, Any]) -> list[dict[str, Any]]:
    return result["sentences"]


def score_bag(
    paths_or_bag: Any,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    model_path: str | os.PathLike[str] | None = None,
    encoding: str | None = None,
    errors: str = "strict",
    publisher: str | None = None,
    pattern: str = "**/*.txt",
) -> db.Bag:
    """A lazy dask bag of sentence records, the records ``sourcecheck score`` writes.

    Each record is ``{"path", "sentence", "start", "end", "text", "label", "score",
    "probabilities", "attributed", "hedged", "cues"}``, as a line of
    ``sentences.jsonl``. Files that fail give no records here; :func:`results_bag`
    has their reasons and :func:`write_scores` writes them to ``errors.jsonl``.

    Parameters
    ----------
    paths_or_bag : folder, iterable or dask.bag.Bag
        A folder (or one file) as ``sourcecheck score`` takes it: records name files
        relative to it, ``metadata.jsonl`` is read. Or paths, or
        :class:`~sourcecheck.batch.FileItem` (path, shown name, publisher, title); or
        a bag of either, whose partitions are then the batches. Every worker must be
        able to read the paths (a shared filesystem, the same mount point).
    batch_size : int
        Files per task when the input is not already a bag (default 64).
    model_path : str or PathLike, optional
        A model file of your own, at this path on every worker; default the packaged one.
    encoding, errors : str, optional
        Decode every file with this encoding and error handler (``sourcecheck score
        --encoding X`` is ``encoding="X", errors="replace"``); default UTF-8, or
        UTF-16/32 with a byte-order mark, strictly.
    publisher : str, optional
        Publisher of articles without one in ``metadata.jsonl`` (or given as bare paths).
    pattern : str
        File pattern under a folder (default ``**/*.txt``).

    Returns
    -------
    dask.bag.Bag
        Sentence records, in file order within each partition.

    Examples
    --------
    >>> recs = score_bag(["seeds/000_2370f5f62fc33515.txt"]).compute(scheduler="sync")
    >>> (recs[0]["path"], recs[0]["sentence"])
    ('seeds/000_2370f5f62fc33515.txt', 0)
    """
    res = results_bag(
        paths_or_bag,
        batch_size=batch_size,
        model_path=model_path,
        encoding=encoding,
        errors=errors,
        publisher=publisher,
        pattern=pattern,
    )
    return res.map(_sentences).flatten()


# ----------------------------------------------------------------------------- writer


@dataclass(frozen=True)
class WriteSummary:
    """What :func:`write_scores` wrote: counts, and the sentence part files in order."""

    articles: int
    sentences: int
    errors: int
    parts: tuple[str, ...]


def _write_part(
    part: Iterable[Any],
    stem: str,
    frag_path: str | None,
    want_jsonl: bool,
    want_csv: bool,
    model_path: str | None,
    encoding: str | None,
    errors: str,
    publisher: str | None,
) -> dict[str, Any]:
    """Score one partition on a worker and write its part files; return the rows and errors."""
    lines: list[str] = []
    tables: list[str] = []
    rows: list[dict[str, Any]] = []
    spans: list[tuple[int, int]] = []
    errs: list[dict[str, Any]] = []
    frags = bytearray()
    for res in _score(part, model_path, encoding, errors, publisher, render=True):
        if res.error is not None:
            errs.append({"path": res.path, "reason": res.error})
            continue
        lines.append(res.data.sentence_lines)
        tables.append(res.data.csv_lines)
        rows.append(res.data.row)
        h = res.data.html.encode()
        spans.append((len(frags), len(h)))
        frags += h
    text = "".join(lines)
    if want_jsonl:
        with atomic_open(Path(stem + ".jsonl"), "wb") as f:
            f.write(text.encode())
    if want_csv:
        with atomic_open(Path(stem + ".csv")) as f:  # the rows the worker's render_result made
            f.write(csv_text([], SENTENCE_COLUMNS, header=True) + "".join(tables))
    if frag_path is not None:
        with atomic_open(Path(frag_path), "wb") as f:
            f.write(bytes(frags))
    return {"rows": rows, "spans": spans, "errors": errs, "sentences": text.count("\n")}


def _part_name(i: int, n: int) -> str:
    return f"part-{i:0{max(5, len(str(n - 1)))}d}"


def write_scores(
    paths_or_bag: Any,
    out: str | os.PathLike[str],
    *,
    formats: Iterable[str] = FORMATS,
    batch_size: int = DEFAULT_BATCH_SIZE,
    model_path: str | os.PathLike[str] | None = None,
    encoding: str | None = None,
    errors: str = "strict",
    publisher: str | None = None,
    pattern: str = "**/*.txt",
) -> WriteSummary:
    """Score on the current Dask scheduler and write the folder scorer's outputs to ``out``.

    Each partition's worker writes its sentence records to
    ``out/sentences/part-NNNNN.jsonl`` (when ``formats`` has ``jsonl``) and
    ``part-NNNNN.csv`` (``csv``; each part with the header row); the parts in name
    order hold the records in file order, and ``part-00000`` is the first partition.
    The client then writes ``articles.csv`` (``csv``), ``report.html`` (``html``,
    assembled one article at a time from fragments the workers left in
    ``out/.sourcecheck-dask/``, removed afterwards) and ``errors.jsonl`` (always: one
    ``{"path", "reason"}`` line per file that failed). These are byte for byte the
    files ``sourcecheck score`` writes. Part files of an earlier run are removed
    first. ``out`` must be a folder that the client and every worker see at the same
    path (a shared filesystem). Other parameters as in :func:`score_bag`.

    Returns
    -------
    WriteSummary
        Counts of articles scored, sentences and failed files, and the part files.

    Raises
    ------
    ValueError
        An unknown format or a batch size below 1.
    """
    fmts = set(formats)
    bad = sorted(fmts - set(FORMATS))
    if bad:
        raise ValueError(f"unknown format {', '.join(map(repr, bad))}; expected any of {', '.join(FORMATS)}")
    items = _items_bag(paths_or_bag, batch_size, pattern, publisher)
    mp = None if model_path is None else os.fspath(model_path)
    root = Path(out)
    sent_dir, scratch = root / "sentences", root / _SCRATCH
    sent_dir.mkdir(parents=True, exist_ok=True)
    for old in sent_dir.glob("part-*"):
        old.unlink()
    shutil.rmtree(scratch, ignore_errors=True)
    want_html = "html" in fmts
    if want_html:
        scratch.mkdir()
    n = items.npartitions
    names = [_part_name(i, n) for i in range(n)]
    write = dask.delayed(_write_part, pure=False)
    tasks = [
        write(
            p,
            str(sent_dir / name),
            str(scratch / f"{name}.html") if want_html else None,
            "jsonl" in fmts,
            "csv" in fmts,
            mp,
            encoding,
            errors,
            publisher,
        )
        for p, name in zip(items.to_delayed(), names)
    ]
    done = dask.compute(*tasks) if tasks else ()
    rows = [r for d in done for r in d["rows"]]
    errs = [e for d in done for e in d["errors"]]
    if "csv" in fmts:
        with atomic_open(root / "articles.csv") as f:
            write_csv(f, rows, ARTICLE_COLUMNS)
    if want_html:
        where = {id(r): (k, span) for k, d in enumerate(done) for r, span in zip(d["rows"], d["spans"])}
        handles: dict[int, IO[bytes]] = {}

        def fragment(row: Any) -> str:
            k, (start, size) = where[id(row)]
            if k not in handles:
                handles[k] = open(scratch / f"{names[k]}.html", "rb")  # noqa: SIM115 - closed below
            fh = handles[k]
            fh.seek(start)
            return fh.read(size).decode()

        try:
            with atomic_open(root / "report.html") as f:
                write_folder_html(f, rows, fragment, errs)
        finally:
            for fh in handles.values():
                fh.close()
        shutil.rmtree(scratch, ignore_errors=True)
    with atomic_open(root / "errors.jsonl") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in errs)
    exts = [ext for ext, fmt in ((".jsonl", "jsonl"), (".csv", "csv")) if fmt in fmts]
    parts = tuple(str(sent_dir / (name + ext)) for name in names for ext in exts)
    return WriteSummary(len(rows), sum(d["sentences"] for d in done), len(errs), parts)


# ----------------------------------------------------------------------------- command line


def cli_batch_size(n_files: int, n_threads: int) -> int:
    """Files per task for ``sourcecheck score --scheduler``: 64, or fewer so that every
    worker thread gets at least four tasks.

    >>> cli_batch_size(2000, 2), cli_batch_size(30, 2), cli_batch_size(0, 2)
    (64, 4, 1)
    """
    return max(1, min(DEFAULT_BATCH_SIZE, math.ceil(n_files / (4 * max(1, n_threads)))))


def check_scheduler(value: str) -> str:
    """``local``, or a scheduler address ``[PROTOCOL://]HOST:PORT``; else a ValueError naming both."""
    if value == "local":
        return value
    addr = value.split("://", 1)[1] if "://" in value else value
    host, _, port = addr.rpartition(":")
    if not host or not port.isdigit():
        raise ValueError(f"--scheduler expects tcp://HOST:PORT or 'local', got {value!r}")
    return value


def score_command(args: argparse.Namespace) -> int:
    """``sourcecheck score DIR --out OUT --scheduler ADDRESS|local``: :func:`write_scores` on a cluster.

    ``local`` starts a :class:`distributed.LocalCluster` of ``--jobs`` worker processes
    (default: one per core) for the run. With a remote scheduler, relative DIR and
    OUT are made absolute, since the workers run elsewhere. Exit codes as ``sourcecheck
    score``: 0 all scored, 1 some files failed, 2 a usage error (also: a bad or
    unreachable scheduler, ``--resume``).
    """
    try:
        sched = check_scheduler(str(args.scheduler))
    except ValueError as e:
        raise UsageError(str(e)) from None
    if args.resume:
        raise UsageError("--resume does not work with --scheduler; run again without it")
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise UsageError("--scheduler needs dask.distributed: pip install 'sourcecheck[dask]'") from None
    root, out = Path(args.dir), Path(args.out)
    if sched != "local":
        root, out = root.absolute(), out.absolute()
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out} exists and is not a folder")
    try:
        items = folder_items(root, args.glob, publisher=args.publisher, exclude=[out])
    except InputError as e:
        raise UsageError(str(e)) from None
    if not items and not args.quiet:
        print(f"warning: no files match {args.glob!r} under {root}", file=sys.stderr)
    cluster = None
    try:
        if sched == "local":
            cluster = LocalCluster(
                n_workers=args.jobs if args.jobs > 1 else None,
                threads_per_worker=1,
                processes=True,
                dashboard_address="127.0.0.1:0",  # any free port, this machine only
                silence_logs=logging.ERROR,  # not the nanny's warnings about slow worker shutdown
            )
            client = Client(cluster)
        else:
            client = Client(sched)
    except (OSError, TimeoutError) as e:
        if cluster is not None:
            cluster.close()
        raise UsageError(f"cannot reach the Dask scheduler at {sched}: {e}") from None
    try:
        threads = sum(client.nthreads().values())
        summ = write_scores(
            items,
            out,
            formats=args.format,
            batch_size=cli_batch_size(len(items), threads),
            encoding=args.encoding,
            errors="replace" if args.encoding else "strict",
        )
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    if not args.quiet:
        failed = f", {summ.errors} failed (see {out / 'errors.jsonl'})" if summ.errors else ""
        print(
            f"scored {summ.articles} articles, {summ.sentences} sentences{failed} -> {out} "
            f"(sentence records in {out / 'sentences'}/part-*)",
            file=sys.stderr,
        )
    return 1 if summ.errors else 0
