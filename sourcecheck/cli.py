"""Command line: ``sourcecheck explain FILE`` and ``sourcecheck score DIR --out OUTDIR``.

Exit codes of ``score``: 0 every file scored, 1 some files failed (listed in
``errors.jsonl``), 2 usage error.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
import time
from pathlib import Path
from typing import Any, TextIO

from .batch import ArticleResult, InputError, find_files, load_metadata, read_article, score_files

EPILOG = """examples:
  sourcecheck explain seeds/000_2370f5f62fc33515.txt
  sourcecheck score articles/ --out results/
  sourcecheck score articles/ --out results/ --format jsonl,csv --jobs 2 --glob '**/*.md'
  sourcecheck score articles/ --out results/ --resume      # finish an interrupted run

metadata: an optional DIR/metadata.jsonl gives per-file publisher and title, one JSON
object a line: {"path": "sub/file.txt", "publisher": "Associated Press", "title": "..."}
"""

_ANSI = {"on_record": "32", "anonymous": "36", "weak": "33", "vague": "35", "unsourced": "31", "not_a_claim": "2"}


def _atomic_write(path: Path, content: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        f.write(content)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def cmd_explain(args: argparse.Namespace) -> int:
    from .analysis import analyze

    color = sys.stdout.isatty() and not args.no_color
    status = 0
    for target in args.files:
        try:
            files = find_files(target)
        except InputError as e:
            print(f"error: {e}", file=sys.stderr)
            status = 1
            continue
        for f in files:
            try:
                text = read_article(f)
            except InputError as e:
                print(f"error: {e}", file=sys.stderr)
                status = 1
                continue
            a = analyze(text, publisher=args.publisher)
            print(
                f"== {f}  (sentences: {len(a.sentences)}, sourcing index: "
                f"{'n/a' if a.sourcing_index is None else f'{a.sourcing_index:.2f}'})"
            )
            for s in a.sentences:
                score = "  -  " if s.score is None else f"{s.score:.2f} "
                lab = f"{s.label:11}"
                if color:
                    lab = f"\x1b[{_ANSI[s.label]}m{lab}\x1b[0m"
                print(f"{lab} {score} {' '.join(s.text.split())}")
                if args.cues:
                    for c in s.cues:
                        if c.kind != "specificity":
                            print(f"{'':18}{c.kind}/{c.type}: {c.text!r}")
    return status


def sentence_records(res: ArticleResult) -> list[dict[str, Any]]:
    a = res.analysis
    return [{"path": res.path, "sentence": i, **s.to_dict()} for i, s in enumerate(a.sentences)]


def article_record(res: ArticleResult) -> dict[str, Any]:
    summ = res.analysis.summary()
    row: dict[str, Any] = {
        "path": res.path,
        "title": res.title,
        "publisher": res.publisher,
        "sourcing_index": summ["sourcing_index"],
        "sentences": summ["sentences"],
        "claims": summ["claims"],
    }
    row.update({f"n_{k}": v for k, v in summ["label_counts"].items()})
    for k in (
        "named_sources",
        "anonymous_sources",
        "vague_sources",
        "share_unsourced",
        "share_vague_or_unsourced",
        "unconfirmed_or_denied",
        "hedged_claims",
    ):
        row[k] = summ[k]
    return row


_SENT_COLS = [
    "path",
    "sentence",
    "start",
    "end",
    "label",
    "score",
    "p_on_record",
    "p_anonymous",
    "p_weak",
    "p_vague",
    "p_unsourced",
    "p_not_a_claim",
    "attributed",
    "hedged",
    "cues",
    "text",
]


def _flat_sentence(rec: dict[str, Any]) -> dict[str, Any]:
    row = {k: rec.get(k) for k in _SENT_COLS if not k.startswith("p_") and k != "cues"}
    for k, v in rec["probabilities"].items():
        row[f"p_{k}"] = v
    row["cues"] = "; ".join(f"{c['kind']}:{c['type']}:{c['text']}" for c in rec["cues"])
    row["text"] = " ".join(str(rec["text"]).split())
    return row


def _csv(rows: list[dict[str, Any]], cols: list[str]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for r in rows:
        w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})
    return buf.getvalue()


class _Progress:
    """A small progress line on stderr (no dependency): count, rate, failures."""

    def __init__(self, total: int, stream: TextIO, enabled: bool) -> None:
        self.total, self.stream, self.enabled = total, stream, enabled
        self.t0 = time.perf_counter()
        self.last = 0.0

    def update(self, done: int, failed: int) -> None:
        now = time.perf_counter()
        if not self.enabled or (now - self.last < 0.2 and done < self.total):
            return
        self.last = now
        rate = done / max(now - self.t0, 1e-9)
        self.stream.write(f"\rscored {done}/{self.total} articles, {rate:.1f}/s, {failed} failed")
        if done >= self.total:
            self.stream.write("\n")
        self.stream.flush()


def cmd_score(args: argparse.Namespace) -> int:
    from .report import folder_html

    formats = {f.strip() for f in args.format.split(",") if f.strip()}
    bad = formats - {"jsonl", "csv", "html"}
    if bad:
        print(f"error: unknown format {sorted(bad)}; expected any of jsonl, csv, html", file=sys.stderr)
        return 2
    try:
        files = find_files(args.dir, args.glob)
        meta = load_metadata(args.dir) if Path(args.dir).is_dir() else {}
    except InputError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    partial = out / ".partial"
    partial.mkdir(exist_ok=True)
    sent_log, art_log, err_log = partial / "sentences.jsonl", partial / "articles.jsonl", partial / "errors.jsonl"
    done: set[str] = set()
    if args.resume and art_log.exists():
        for log in (art_log, err_log):
            if log.exists():
                for line in log.read_text(encoding="utf-8").splitlines():
                    try:
                        done.add(json.loads(line)["path"])
                    except (json.JSONDecodeError, KeyError):
                        continue  # a line cut by a crash
        # keep only sentence lines of completed articles (an article line is written after its sentences)
        kept = []
        for line in sent_log.read_text(encoding="utf-8").splitlines() if sent_log.exists() else []:
            try:
                if json.loads(line)["path"] in done:
                    kept.append(line + "\n")
            except (json.JSONDecodeError, KeyError):
                continue
        _atomic_write(sent_log, "".join(kept))
        for log in (art_log, err_log):
            if log.exists():
                good = []
                for line in log.read_text(encoding="utf-8").splitlines():
                    try:
                        json.loads(line)
                        good.append(line + "\n")
                    except json.JSONDecodeError:
                        continue
                _atomic_write(log, "".join(good))
    else:
        for log in (sent_log, art_log, err_log):
            log.write_text("", encoding="utf-8")
    root = Path(args.dir)
    items = []
    for f in files:
        shown = str(f.relative_to(root)) if root.is_dir() else f.name
        if shown in done:
            continue
        m = meta.get(shown, {})
        items.append((str(f), shown, m.get("publisher", args.publisher), m.get("title")))
    progress = _Progress(len(items), sys.stderr, sys.stderr.isatty() and not args.quiet)
    n_done = n_failed = 0
    with (
        open(sent_log, "a", encoding="utf-8") as fs,
        open(art_log, "a", encoding="utf-8") as fa,
        open(err_log, "a", encoding="utf-8") as fe,
    ):
        for res in score_files(
            items, n_jobs=args.jobs, encoding=args.encoding, errors="replace" if args.encoding else "strict"
        ):
            if res.error:
                fe.write(json.dumps({"path": res.path, "reason": res.error}, ensure_ascii=False) + "\n")
                fe.flush()
                n_failed += 1
            else:
                for rec in sentence_records(res):
                    fs.write(json.dumps(rec, ensure_ascii=False) + "\n")
                fs.flush()
                fa.write(json.dumps(article_record(res), ensure_ascii=False) + "\n")
                fa.flush()
            n_done += 1
            progress.update(n_done, n_failed)
    # final outputs, each written atomically from the logs
    sents = [json.loads(x) for x in sent_log.read_text(encoding="utf-8").splitlines() if x.strip()]
    arts = [json.loads(x) for x in art_log.read_text(encoding="utf-8").splitlines() if x.strip()]
    errs = [json.loads(x) for x in err_log.read_text(encoding="utf-8").splitlines() if x.strip()]
    order = {
        shown: k
        for k, (_, shown, _, _) in enumerate(
            [(str(f), str(f.relative_to(root)) if root.is_dir() else f.name, None, None) for f in files]
        )
    }
    sents.sort(key=lambda r: (order.get(r["path"], 1 << 30), r["sentence"]))
    arts.sort(key=lambda r: order.get(r["path"], 1 << 30))
    errs.sort(key=lambda r: order.get(r["path"], 1 << 30))
    if "jsonl" in formats:
        _atomic_write(out / "sentences.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in sents))
    if "csv" in formats:
        _atomic_write(out / "sentences.csv", _csv([_flat_sentence(r) for r in sents], _SENT_COLS))
        art_cols = list(arts[0]) if arts else ["path", "title", "publisher", "sourcing_index"]
        _atomic_write(out / "articles.csv", _csv(arts, art_cols))
    if "html" in formats:
        _atomic_write(out / "report.html", folder_html(arts, sents, errs))
    _atomic_write(out / "errors.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in errs))
    if not args.quiet:
        print(f"scored {len(arts)} articles ({len(sents)} sentences), {len(errs)} failed -> {out}", file=sys.stderr)
    return 1 if errs else 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="sourcecheck",
        description="How well is each claim of a news article sourced?",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = ap.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser(
        "explain",
        help="print an article sentence by sentence with label, score and cues",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    e.add_argument("files", nargs="+", help="article files or folders of .txt files")
    e.add_argument("--publisher", default=None)
    e.add_argument("--cues", action="store_true", help="list the cues under each sentence")
    e.add_argument("--no-color", action="store_true")
    e.set_defaults(func=cmd_explain)
    s = sub.add_parser(
        "score",
        help="score a folder and write tables and a report",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    s.add_argument("dir", help="folder of articles (or one file)")
    s.add_argument("--out", required=True, help="output folder")
    s.add_argument("--format", default="jsonl,csv,html", help="comma-separated: jsonl, csv, html")
    s.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    s.add_argument("--glob", default="**/*.txt", help="file pattern under DIR (default: **/*.txt)")
    s.add_argument("--publisher", default=None, help="publisher of every article (metadata.jsonl wins)")
    s.add_argument("--encoding", default=None, help="decode files with this encoding (invalid bytes replaced)")
    s.add_argument("--resume", action="store_true", help="skip articles already scored into --out")
    s.add_argument("--quiet", action="store_true", help="no progress or summary on stderr")
    s.set_defaults(func=cmd_score)
    return ap


def main(argv: list[str] | None = None) -> int:
    ap = build_parser()
    try:
        args = ap.parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0)
    if getattr(args, "jobs", 1) < 1:
        print("error: --jobs must be at least 1", file=sys.stderr)
        return 2
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
