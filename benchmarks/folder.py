"""Articles per second of ``sourcecheck score`` on a generated folder and on the bundled seeds.

    python benchmarks/folder.py                  # 2,000 copies, --jobs 1 and 2, plus seeds/
    python benchmarks/folder.py --n 500 --jobs 1,2,4 --repeat 3

The folder holds ``--n`` copies of the seed articles and of the team's corpus
articles (their text only: ``training/corpus_tool.py`` strips the label codes),
spread over 20 sub-folders of a temporary directory. Each run is the real command
(``python -m sourcecheck.cli score DIR --out OUT --quiet --jobs N``) timed from
start to exit, so the figures include starting Python, importing scikit-learn and
loading the model; "empty" is that fixed cost, measured on an empty folder, and the
"excl. startup" column leaves it out. "peak MB" is the largest resident memory of
the command's main process, "CPU s" the processor time of the command and the
workers it reaped, which a busy machine inflates less than the wall time (with
``--jobs 1`` the main process does all the work; memory that
stays flat from a small folder to a large one shows the streaming). With
``--repeat`` the fastest run is kept. The load average is printed because the
figures mean little on a busy machine.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def article_texts() -> list[str]:
    """The seed articles, then the corpus articles as plain text."""
    sys.path.insert(0, str(ROOT / "training"))
    from corpus_tool import read_corpus

    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return seeds + [a.text for a in read_corpus(ROOT / "training" / "corpus")]


def make_folder(dest: Path, n: int, texts: list[str]) -> int:
    """Write ``n`` article files under ``dest`` in 20 sub-folders; return the bytes written."""
    size = 0
    for i in range(n):
        d = dest / f"batch{i % 20:02d}"
        d.mkdir(parents=True, exist_ok=True)
        data = texts[i % len(texts)].encode("utf-8")
        (d / f"article{i:05d}.txt").write_bytes(data)
        size += len(data)
    return size


def time_score(src: Path, out: Path, jobs: int, repeat: int) -> tuple[float, float, float]:
    """The fastest wall-clock time of ``repeat`` runs of the command, the CPU seconds of that
    run (the command and the workers it waited for) and the largest peak resident memory (MB)
    of its main process."""
    best, cpu, peak = float("inf"), 0.0, 0.0
    cmd = [sys.executable, "-m", "sourcecheck.cli", "score", str(src), "--out", str(out), "--quiet"]
    cmd += ["--jobs", str(jobs)]
    for _ in range(repeat):
        shutil.rmtree(out, ignore_errors=True)
        with tempfile.TemporaryFile() as err:
            t0 = time.perf_counter()
            proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err)
            _, status, usage = os.wait4(proc.pid, 0)
            dt = time.perf_counter() - t0
            proc.returncode = code = os.waitstatus_to_exitcode(status)
            if code not in (0, 1):
                err.seek(0)
                raise SystemExit(f"{' '.join(cmd)} failed with exit code {code}:\n{err.read().decode()}")
        if dt < best:
            best, cpu = dt, usage.ru_utime + usage.ru_stime
        peak = max(peak, usage.ru_maxrss / 1024)
    return best, cpu, peak


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000, help="articles in the generated folder (default 2000)")
    ap.add_argument("--jobs", default="1,2", help="comma-separated worker counts (default 1,2)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per setting; the fastest is kept")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder and print where it is")
    args = ap.parse_args(argv)
    jobs = [int(j) for j in args.jobs.split(",")]

    tmp = Path(tempfile.mkdtemp(prefix="sourcecheck-bench-"))
    try:
        texts = article_texts()
        src = tmp / "articles"
        size = make_folder(src, args.n, texts)
        empty = tmp / "empty"
        empty.mkdir()
        load = os.getloadavg()
        print(
            f"{args.n} files ({size / 1e6:.1f} MB) from {len(texts)} distinct articles; {os.cpu_count()} cores; "
            f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; Python {sys.version.split()[0]}"
        )
        base, base_cpu, rss = time_score(empty, tmp / "out-empty", 1, args.repeat)
        rows = [("empty folder (startup)", 0, 1, base, base_cpu, rss)]
        n_seeds = len(list((ROOT / "seeds").glob("*.txt")))
        rows.append(("bundled seeds/", n_seeds, 1, *time_score(ROOT / "seeds", tmp / "out-seeds", 1, args.repeat)))
        sentences = 0
        report_mb = 0.0
        for j in jobs:
            out = tmp / f"out-j{j}"
            rows.append((f"{args.n} generated copies", args.n, j, *time_score(src, out, j, args.repeat)))
            arts = (out / "articles.csv").read_text(encoding="utf-8").count("\n") - 1
            assert arts == args.n, f"scored {arts} of {args.n}"
            sentences = (out / "sentences.jsonl").read_bytes().count(b"\n")
            report_mb = (out / "report.html").stat().st_size / 1e6
        print()
        head = ("input", "files", "jobs", "wall s", "articles/s", "excl. startup", "CPU s", "peak MB")
        print("| {:24} | {:>5} | {:>4} | {:>7} | {:>10} | {:>13} | {:>7} | {:>7} |".format(*head))
        print("|" + "-" * 26 + "|" + "|".join("-" * (w + 1) + ":" for w in (5, 4, 7, 10, 13, 7, 7)) + "|")
        for name, n, j, t, c, mb in rows:
            rate = f"{n / t:.1f}" if n else "-"
            net = f"{n / (t - base):.1f}" if n and t > base else "-"
            print(f"| {name:24} | {n:5d} | {j:4d} | {t:7.2f} | {rate:>10} | {net:>13} | {c:7.1f} | {mb:7.0f} |")
        print()
        print(
            f"{sentences} sentences; report.html {report_mb:.1f} MB; load average after: "
            + " ".join(f"{x:.2f}" for x in os.getloadavg())
        )
        keys = ("input", "files", "jobs", "wall_s", "cpu_s", "peak_mb")
        print(json.dumps({"rows": [dict(zip(keys, r)) for r in rows]}))
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
