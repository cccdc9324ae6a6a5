"""Check that no evaluation text leaked into the repository.

    python training/leak_check.py                 # ../shared/eval, 8-word runs
    python training/leak_check.py --n 7 --eval PATH

The evaluation sets in ``../shared/eval`` are for measuring only: no sentence from
them may go into the corpus, a test, a lexicon or the docs, copied or paraphrased.
This script lists every line of the corpus, the annotation passes, the tests, the
package and the docs that shares a run of ``--n`` words with an evaluation
document (the seed article excepted, since it is ours to use). Newsroom formulas
("did not respond to a request for comment") are listed separately as expected.
Exit status 1 when a line other than a formula matches.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FORMULAS = (
    "respond to a request",
    "respond to requests",
    "condition of anonymity",
    "asked not to be named",
    "not authorized to",
    "an earlier version of this",
    "margin of error of",
    "freedom of information act",
    "u s attorney's office for the",
    "economic community of west african",
)


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower().replace("\u2019", "'"))


def grams(text: str, n: int) -> set[tuple[str, ...]]:
    w = words(text)
    return {tuple(w[i : i + n]) for i in range(len(w) - n + 1)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval", type=Path, default=REPO.parent / "shared" / "eval")
    ap.add_argument("--n", type=int, default=8, help="words in a shared run (default 8)")
    args = ap.parse_args(argv)
    if not args.eval.is_dir():
        print(f"no evaluation folder at {args.eval}: nothing to check", file=sys.stderr)
        return 0
    evaluation: set[tuple[str, ...]] = set()
    for f in sorted(args.eval.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").split("\n"):
            if line.strip():
                rec = json.loads(line)
                if isinstance(rec.get("text"), str):
                    evaluation |= grams(rec["text"], args.n)
    seed: set[tuple[str, ...]] = set()
    for f in (REPO / "seeds").glob("*"):
        seed |= grams(f.read_text(encoding="utf-8"), args.n)
    files = [
        *(REPO / "training").rglob("*.txt"),
        *(REPO / "training").glob("*.md"),
        *(REPO / "tests").glob("*.py"),
        *(REPO / "sourcecheck").rglob("*.py"),
        *(REPO / "sourcecheck" / "data").rglob("*.txt"),
        REPO / "README.md",
    ]
    leaks = formulas = 0
    for f in sorted(files):
        for k, line in enumerate(f.read_text(encoding="utf-8", errors="replace").split("\n"), 1):
            shared = sorted((grams(line, args.n) & evaluation) - seed)
            if not shared:
                continue
            run = " ".join(shared[0])
            if any(p in run for p in FORMULAS):
                formulas += 1
                continue
            leaks += 1
            print(f"{f.relative_to(REPO)}:{k}: shares '{run}'")
    print(f"{leaks} lines share a {args.n}-word run with the evaluation text; {formulas} more are newsroom formulas")
    return 1 if leaks else 0


if __name__ == "__main__":
    sys.exit(main())
