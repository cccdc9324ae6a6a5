"""Command line: ``sourcecheck explain FILE`` and ``sourcecheck score DIR --out OUTDIR``.

Exit codes: 0 every file was scored, 1 some files failed (``score`` lists them in
``errors.jsonl``), 2 usage error, 130 interrupted.

``score`` streams: each article's sentence lines, report fragment and summary row go
to append-only logs in ``OUTDIR/.sourcecheck-partial/`` as soon as the article is
scored; at the end the final files are assembled from the logs one article at a
time and each is written to a temporary file, then renamed into place, so OUTDIR
never holds a half-written output. The logs let ``--resume`` continue an
interrupted run; they are removed when every file was scored.

The progress line is built in (a dozen lines) rather than taken from tqdm, to keep
the dependencies at scikit-learn, numpy, joblib and nltk.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import sys
import tempfile
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, TextIO

from . import report
from ._version import __version__
from .batch import FileItem, InputError, InputWarning, find_files, load_metadata, read_article, score_files

_EXPLAIN_EXAMPLES = """\
  sourcecheck explain seeds/000_2370f5f62fc33515.txt
  sourcecheck explain article.txt --publisher Reuters --color always | less -R
"""
_SCORE_EXAMPLES = """\
  sourcecheck score articles/ --out results/
  sourcecheck score articles/ --out results/ --format jsonl,csv --jobs 2 --glob '**/*.md'
  sourcecheck score articles/ --out results/ --resume    # finish a run, or retry the files that failed
  sourcecheck score /shared/articles --out /shared/results --scheduler tcp://10.0.0.5:8786   # on a Dask cluster
"""
_SCORE_NOTES = """
outputs of score (in OUTDIR):
  sentences.jsonl  one sentence a line: path, sentence, start, end, text, label, score,
                   probabilities, attributed, hedged, cues
  sentences.csv    the same, flat: p_<label> columns, cues as "kind:type:text; ...",
                   whitespace in text collapsed (the exact text is in sentences.jsonl)
  articles.csv     one row per article: title, publisher, summary counts, sourcing_index,
                   warnings (what the reader did to the file, e.g. HTML tags removed)
  report.html      one self-contained page: index by sourcing index, highlighted articles
  errors.jsonl     one line per file that could not be scored: {"path": ..., "reason": ...}

metadata: an optional DIR/metadata.jsonl gives per-file publisher and title, one JSON
object a line, paths relative to DIR with "/" (metadata wins over --publisher):
  {"path": "sub/file.txt", "publisher": "Associated Press", "title": "Port reopens"}

exit codes: 0 every file scored, 1 some files failed, 2 usage error, 130 interrupted
"""
EPILOG = "examples:\n" + _EXPLAIN_EXAMPLES + _SCORE_EXAMPLES + _SCORE_NOTES

FORMATS = ("jsonl", "csv", "html")
PARTIAL = ".sourcecheck-partial"
_ANSI = {"on_record": "34", "anonymous": "36", "weak": "33", "vague": "35", "unsourced": "31", "not_a_claim": "2"}
_ANSI_CUE = {"source": "1", "attribution": "4", "hedge": "3"}


class UsageError(Exception):
    """A command line that cannot run (exit code 2)."""


# ----------------------------------------------------------------------------- helpers


def _formats(value: str) -> tuple[str, ...]:
    got = tuple(dict.fromkeys(f.strip().lower() for f in value.split(",") if f.strip()))
    bad = [f for f in got if f not in FORMATS]
    if bad or not got:
        raise argparse.ArgumentTypeError(
            f"unknown format {', '.join(repr(b) for b in bad) or repr(value)}; expected any of {', '.join(FORMATS)}"
        )
    return got


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of worker processes, at least 1; got {value!r}")
    return n


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_open(path: Path, mode: str = "w") -> Iterator[IO[Any]]:
    """Write ``path`` through a temporary file in the same folder, renamed into place on success.

    After a crash or Ctrl-C the old file (or none) is left, never a half-written one.
    """
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes the file private; outputs are ordinary files
        with open(fd, mode, encoding=None if "b" in mode else "utf-8", newline=None if "b" in mode else "") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class Progress:
    """A one-line progress bar on a terminal: done/total, articles/s, time left, failures.

    Built in rather than tqdm so that the package needs no extra dependency. Draws
    nothing unless ``enabled``, and at most every ``interval`` seconds.
    """

    def __init__(self, total: int, stream: TextIO, *, enabled: bool, interval: float = 0.1) -> None:
        self.total, self.stream, self.enabled, self.interval = total, stream, enabled, interval
        self.t0 = time.perf_counter()
        self.last = -1.0
        self.done = self.failed = 0

    def line(self, width: int) -> str:
        elapsed = max(time.perf_counter() - self.t0, 1e-9)
        rate = self.done / elapsed
        frac = self.done / self.total if self.total else 1.0
        left = (self.total - self.done) / rate if rate > 0 else 0.0
        bar = "#" * int(20 * frac) + "." * (20 - int(20 * frac))
        text = (
            f"[{bar}] {self.done}/{self.total} articles  {rate:.1f} articles/s  "
            f"{int(left) // 60}:{int(left) % 60:02d} left  {self.failed} failed"
        )
        return text[: max(width - 1, 10)]

    def update(self, done: int, failed: int) -> None:
        self.done, self.failed = done, failed
        now = time.perf_counter()
        if not self.enabled or now - self.last < self.interval:
            return
        self.last = now
        self.stream.write("\r" + self.line(shutil.get_terminal_size((100, 20)).columns) + "\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.last = -1.0
            self.update(self.done, self.failed)
            self.stream.write("\n")
            self.stream.flush()


# ----------------------------------------------------------------------------- explain


def _use_color(choice: str, stream: TextIO) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return stream.isatty()


_CONTROL = {c: "\N{REPLACEMENT CHARACTER}" for c in (*range(0x20), 0x7F, *range(0x80, 0xA0)) if not chr(c).isspace()}


def _plain(text: str) -> str:
    """One line of text safe for a terminal: whitespace runs become a space, control characters
    (an article may hold escape sequences) become U+FFFD."""
    return " ".join(text.translate(_CONTROL).split())


def _n(k: int, word: str) -> str:
    return f"{k} {word}{'' if k == 1 else 's'}"


def _colored_sentence(text: str, s: Any, color: bool) -> str:
    if not color:
        return _plain(s.text)
    out, pos = [], s.start
    for cs, ce, group in report.marked_cues(s.cues, s.start, s.end):
        codes = ";".join(dict.fromkeys(_ANSI_CUE.get(c.kind, "4") for c in group))
        out += [text[pos:cs].translate(_CONTROL), f"\x1b[{codes}m", text[cs:ce].translate(_CONTROL), "\x1b[0m"]
        pos = ce
    out.append(text[pos : s.end].translate(_CONTROL))
    return " ".join("".join(out).split())


def cmd_explain(args: argparse.Namespace) -> int:
    """``sourcecheck explain``: print each article sentence by sentence; 1 when a file could not be read."""
    from .analysis import analyze

    color = _use_color(args.color, sys.stdout)
    missing = [t for t in args.files if not Path(t).exists()]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")
    status = 0
    for target in args.files:
        try:
            files = find_files(target)
        except InputError as e:
            raise UsageError(str(e)) from None
        for f in files:
            try:
                with warnings.catch_warnings(record=True) as caught:
                    warnings.simplefilter("always", InputWarning)
                    text = read_article(f)
            except InputError as e:
                print(f"error: {_plain(str(e))}", file=sys.stderr)
                status = 1
                continue
            sys.stdout.flush()  # the warning lands before its article when both streams share a file
            for w in caught:  # what the reader did to the file (HTML stripped) goes with it, every time
                if issubclass(w.category, InputWarning):
                    print(f"warning: {_plain(str(w.message))}", file=sys.stderr)
                else:
                    warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
            a = analyze(text, publisher=args.publisher)
            claims = sum(1 for s in a.sentences if s.label != "not_a_claim")
            idx = "n/a" if a.sourcing_index is None else f"{a.sourcing_index:.2f}"
            counts = f"{_n(len(a.sentences), 'sentence')}, {_n(claims, 'claim')}"
            print(f"== {_plain(str(f))}  ({counts}, sourcing index {idx})")
            for s in a.sentences:
                score = "  -  " if s.score is None else f"{s.score:.2f} "
                lab = f"{s.label:11}"
                if color:
                    lab = f"\x1b[{_ANSI[s.label]}m{lab}\x1b[0m"
                print(f"{lab} {score} {_colored_sentence(text, s, color)}")
                cues = [c for c in s.cues if c.kind not in ("specificity", "quote")]
                if cues and not args.no_cues:
                    shown = "; ".join(f"{c.kind}/{c.type} “{_plain(c.text)}”" for c in cues)
                    print(f"{'':18}cues: {shown}")
    return status


# ----------------------------------------------------------------------------- score


def _read_range(f: IO[bytes], span: list[int]) -> bytes:
    f.seek(span[0])
    return f.read(span[1])


class _Logs:
    """The append-only logs of one run in ``OUTDIR/.sourcecheck-partial``.

    ``articles.jsonl`` holds, per scored article, its row and the byte ranges of its
    lines in ``sentences.jsonl``, of its rows in ``sentences.csv`` (rendered by the
    workers, so that assembling the final table is a copy) and of its fragment in
    ``fragments.html``; it is written last, so a line there means the article is complete.
    """

    def __init__(self, out: Path) -> None:
        self.dir = out / PARTIAL
        self.sent = self.dir / "sentences.jsonl"
        self.frag = self.dir / "fragments.html"
        self.table = self.dir / "sentences.csv"
        self.arts = self.dir / "articles.jsonl"
        self.errs = self.dir / "errors.jsonl"
        self.run = self.dir / "run.json"
        self.done: dict[str, dict[str, Any]] = {}

    def start(self, config: dict[str, Any]) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)
        self.dir.mkdir(parents=True)
        for p in (self.sent, self.frag, self.table, self.arts, self.errs):
            p.write_bytes(b"")
        with atomic_open(self.run) as f:  # written last: a run.json means the logs are there
            f.write(json.dumps(config, indent=1))

    def resume(self, config: dict[str, Any]) -> bool:
        """Keep the complete articles of an earlier run; False when there is none to resume."""
        if not self.run.is_file() or not self.arts.is_file():
            return False
        try:
            old = json.loads(self.run.read_bytes())
        except ValueError:  # cut or damaged: there is no run to resume
            return False
        if not isinstance(old, dict):
            return False
        changed = [k for k in config if old.get(k) != config[k]]
        if changed:
            k = changed[0]
            raise UsageError(
                f"--resume: the run in {self.dir.parent} was started with {k} {old.get(k)!r}, now {config[k]!r}; "
                "use the same options, or drop --resume to start over"
            )
        logs = (self.sent, self.frag, self.table)
        sizes = {p: p.stat().st_size if p.exists() else 0 for p in logs}
        keep = 0
        ends = dict.fromkeys(logs, 0)
        with open(self.arts, "rb") as f:
            for raw in f:
                try:  # ValueError: JSONDecodeError, and UnicodeDecodeError for bytes such as NULs
                    entry = json.loads(raw)
                    path = str(entry["row"]["path"])
                    ranges = [(int(off), int(n)) for off, n in (entry["s"], entry["h"], entry["c"])]
                except (ValueError, KeyError, TypeError):
                    break  # a line cut by a crash: everything after it is incomplete
                # each article's lines follow the previous article's, inside what the logs hold
                inside = all(off == ends[p] and n >= 0 and off + n <= sizes[p] for p, (off, n) in zip(logs, ranges))
                if not raw.endswith(b"\n") or not inside:
                    break
                self.done[path] = entry
                keep += len(raw)
                ends = {p: off + n for p, (off, n) in zip(logs, ranges)}
        for p, end in ((self.arts, keep), *ends.items(), (self.errs, 0)):  # failed files are retried
            with open(p, "ab") as g:
                g.truncate(end)
        return True


def _config(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "dir": str(Path(args.dir).resolve()),
        "glob": args.glob,
        "publisher": args.publisher,
        "encoding": args.encoding,
        "sourcecheck": __version__,
    }


def _shown(f: Path, root: Path) -> str:
    return f.relative_to(root).as_posix() if root.is_dir() else f.name


def cmd_score(args: argparse.Namespace) -> int:
    """``sourcecheck score``: score a folder into OUTDIR (see the module docstring); 1 when a file failed."""
    if getattr(args, "scheduler", None):  # issue 7: score on a Dask cluster
        from .dask import score_command

        return score_command(args)
    root, out = Path(args.dir), Path(args.out)
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out} exists and is not a folder")
    try:
        files = find_files(root, args.glob, exclude=[out])
        meta = load_metadata(root) if root.is_dir() else {}
    except InputError as e:
        raise UsageError(str(e)) from None
    if root.is_dir():
        files = [f for f in files if f != root / "metadata.jsonl"]
    if not files and not args.quiet:
        print(f"warning: no files match {args.glob!r} under {root}", file=sys.stderr)
    names = [_shown(f, root) for f in files]
    out.mkdir(parents=True, exist_ok=True)
    logs = _Logs(out)
    config = _config(args)
    resumed = args.resume and logs.resume(config)
    if not resumed:
        logs.start(config)
    n_before = len(logs.done)
    items = [
        FileItem(str(f), name, meta.get(name, {}).get("publisher", args.publisher), meta.get(name, {}).get("title"))
        for f, name in zip(files, names)
        if name not in logs.done
    ]
    progress = Progress(len(items), sys.stderr, enabled=sys.stderr.isatty() and not args.quiet)
    n_done = n_failed = 0
    try:
        with (
            open(logs.sent, "ab") as fs,
            open(logs.frag, "ab") as fh,
            open(logs.table, "ab") as fc,
            open(logs.arts, "ab") as fa,
            open(logs.errs, "ab") as fe,
        ):
            s_off, h_off, c_off = (p.stat().st_size for p in (logs.sent, logs.frag, logs.table))
            for res in score_files(
                items,
                n_jobs=args.jobs,
                encoding=args.encoding,
                errors="replace" if args.encoding else "strict",
                postprocess=report.render_result,
            ):
                if res.error is not None:
                    fe.write(json.dumps({"path": res.path, "reason": res.error}, ensure_ascii=False).encode() + b"\n")
                    fe.flush()
                    n_failed += 1
                else:
                    sb, hb, cb = res.data.sentence_lines.encode(), res.data.html.encode(), res.data.csv_lines.encode()
                    for log, b in ((fs, sb), (fh, hb), (fc, cb)):
                        log.write(b)
                        log.flush()
                    entry = {"row": res.data.row, "s": [s_off, len(sb)], "h": [h_off, len(hb)], "c": [c_off, len(cb)]}
                    fa.write(json.dumps(entry, ensure_ascii=False).encode() + b"\n")
                    fa.flush()
                    logs.done[res.path] = entry
                    s_off, h_off, c_off = s_off + len(sb), h_off + len(hb), c_off + len(cb)
                n_done += 1
                progress.update(n_done, n_failed)
        progress.close()
    except KeyboardInterrupt:
        progress.close()
        print(
            f"interrupted after {n_done} of {len(items)} files; the {len(logs.done)} articles scored are kept "
            f"in {logs.dir}: rerun with --resume to finish",
            file=sys.stderr,
        )
        return 130

    # assemble the final files from the logs, in the order of the files, one article at a time
    rank = {name: k for k, name in enumerate(names)}
    entries = sorted((ent for p, ent in logs.done.items() if p in rank), key=lambda ent: rank[ent["row"]["path"]])
    rows = [ent["row"] for ent in entries]
    # JSON lines end at "\n" only: json.dumps(ensure_ascii=False) leaves U+2028, U+2029 and U+0085
    # raw inside strings, and str.splitlines() would break a record there
    errs = [json.loads(x) for x in logs.errs.read_text(encoding="utf-8").split("\n") if x.strip()]
    errs.sort(key=lambda r: rank.get(r["path"], len(rank)))
    by_path = {ent["row"]["path"]: ent for ent in entries}
    with open(logs.sent, "rb") as rs, open(logs.frag, "rb") as rh, open(logs.table, "rb") as rc:
        if "jsonl" in args.format:
            with atomic_open(out / "sentences.jsonl", "wb") as f:
                for ent in entries:
                    f.write(_read_range(rs, ent["s"]))
        if "csv" in args.format:
            with atomic_open(out / "sentences.csv", "wb") as f:
                f.write(report.csv_text([], report.SENTENCE_COLUMNS, header=True).encode())
                for ent in entries:
                    f.write(_read_range(rc, ent["c"]))
            with atomic_open(out / "articles.csv") as f:
                report.write_csv(f, rows, report.ARTICLE_COLUMNS)
        if "html" in args.format:
            with atomic_open(out / "report.html") as f:
                report.write_folder_html(f, rows, lambda r: _read_range(rh, by_path[r["path"]]["h"]).decode(), errs)
    with atomic_open(out / "errors.jsonl") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in errs)
    if not errs:
        shutil.rmtree(logs.dir, ignore_errors=True)
    if not args.quiet:
        n_sent = sum(int(r["sentences"]) for r in rows)
        again = f" ({n_before} from the earlier run)" if resumed else ""
        failed = (
            f", {_n(len(errs), 'file')} failed (see {out / 'errors.jsonl'}; fix them and rerun with --resume)"
            if errs
            else ""
        )
        print(f"scored {_n(len(rows), 'article')}{again}, {_n(n_sent, 'sentence')}{failed} -> {out}", file=sys.stderr)
    return 1 if errs else 0


# ----------------------------------------------------------------------------- parser


def build_parser(prog: str = "sourcecheck") -> argparse.ArgumentParser:
    """The argument parser of the ``sourcecheck`` command."""
    fmt = argparse.RawDescriptionHelpFormatter
    ap = argparse.ArgumentParser(
        prog=prog, description="How well is each claim of a news article sourced?", epilog=EPILOG, formatter_class=fmt
    )
    ap.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = ap.add_subparsers(dest="cmd", required=True, metavar="{explain,score}")
    e = sub.add_parser(
        "explain",
        help="print articles sentence by sentence with label, score and cues",
        description="Print each article sentence by sentence: label, score, the sentence (cues marked when "
        "coloured: sources bold, attributions underlined, hedges in italics) and its cues.",
        epilog="examples:\n" + _EXPLAIN_EXAMPLES,
        formatter_class=fmt,
    )
    e.add_argument("files", nargs="+", help="article files, or folders of .txt files")
    e.add_argument("--publisher", default=None, help="the outlet that published the articles")
    e.add_argument("--no-cues", action="store_true", help="do not list the cues under each sentence")
    e.add_argument("--color", choices=("auto", "always", "never"), default="auto", help="default: auto (on a terminal)")
    e.add_argument("--no-color", dest="color", action="store_const", const="never", help="the same as --color never")
    e.set_defaults(func=cmd_explain)
    s = sub.add_parser(
        "score",
        help="score a folder and write tables and an HTML report",
        description=_SCORE_DESCRIPTION,
        epilog="examples:\n" + _SCORE_EXAMPLES + _SCORE_NOTES,
        formatter_class=fmt,
    )
    add_score_arguments(s)
    return ap


_SCORE_DESCRIPTION = (
    "Score every article file under DIR and write sentences.jsonl, sentences.csv, "
    "articles.csv, report.html and errors.jsonl into OUTDIR."
)


def add_score_arguments(s: argparse.ArgumentParser) -> None:
    """The options of ``sourcecheck score`` (shared with ``examples/score_folder.py``)."""
    s.add_argument("dir", metavar="DIR", help="folder of articles (searched recursively), or one file")
    s.add_argument("--out", required=True, metavar="OUTDIR", help="output folder (created if missing)")
    s.add_argument(
        "--format", type=_formats, default=FORMATS, help="comma-separated, any of jsonl,csv,html (default: all)"
    )
    s.add_argument("--jobs", type=_jobs, default=1, metavar="N", help="worker processes (default 1)")
    s.add_argument("--glob", default="**/*.txt", metavar="PATTERN", help="file pattern under DIR (default **/*.txt)")
    s.add_argument("--publisher", default=None, metavar="NAME", help="publisher of every article (metadata wins)")
    s.add_argument(
        "--encoding", default=None, help="decode every file with this encoding, replacing bad bytes (default: UTF-8)"
    )
    s.add_argument(
        "--resume", action="store_true", help="keep the articles an earlier run scored into OUTDIR; score the rest"
    )
    s.add_argument("--quiet", action="store_true", help="no progress bar and no summary on stderr")
    s.add_argument(
        "--scheduler",
        default=None,
        metavar="ADDRESS",
        help="score on a Dask cluster: tcp://HOST:PORT, or 'local' to start one with --jobs workers; sentence "
        "records go to OUTDIR/sentences/part-*.jsonl (pip install 'sourcecheck[dask]')",
    )
    s.set_defaults(func=cmd_score, cmd="score")


def score_parser(prog: str) -> argparse.ArgumentParser:
    """A parser for ``score`` alone, for scripts such as ``examples/score_folder.py``."""
    ap = argparse.ArgumentParser(
        prog=prog,
        description=_SCORE_DESCRIPTION,
        epilog="examples:\n" + _SCORE_EXAMPLES.replace("sourcecheck score", prog) + _SCORE_NOTES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_score_arguments(ap)
    return ap


def main(argv: list[str] | None = None, *, parser: argparse.ArgumentParser | None = None) -> int:
    """Run the command line and return the exit code.

    Parameters
    ----------
    argv : list of str, optional
        The arguments (default ``sys.argv[1:]``).
    parser : ArgumentParser, optional
        Replaces the full parser, e.g. :func:`score_parser` for a script that only scores.

    Returns
    -------
    int
        0 every file scored, 1 some files failed, 2 usage error, 130 interrupted.
    """
    ap = parser or build_parser()
    try:
        args = ap.parse_args(argv)
    except SystemExit as e:  # argparse: --help and --version (0), usage errors (2)
        return 0 if e.code is None else e.code if isinstance(e.code, int) else 2
    try:
        return int(args.func(args))
    except UsageError as e:
        print(f"{ap.prog if parser else f'{ap.prog} {args.cmd}'}: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `sourcecheck explain x.txt | head`
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())
