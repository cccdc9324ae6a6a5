"""Out-of-fold label audit: find corpus lines the model reads confidently otherwise, for blind re-labelling.

    python training/audit.py flag DIR                 # cross-validate, write DIR/items.json and blind packets
    python training/audit.py flag DIR --below 0.15 --above 0.65 --packets 6 --skip OLD/items.json
    python training/audit.py compare DIR              # read DIR/answers_*.tsv, list what needs adjudication

``flag`` runs the same article-grouped 5-fold cross-validation as ``train.py`` and keeps every
line whose own label gets out-of-fold probability under ``--below`` while another label gets
more than ``--above``. For each such line it writes an item with the article's publisher,
register and headline, up to five sentences before and two after, and the line itself. The
packets (``packet_N.md``) carry no label at all, neither the corpus's nor the model's: the
re-annotators label each target line from the guide alone and write ``answers_N.tsv``
(``<id>\\t<code>\\t<rule>``). ``items.json`` keeps both labels for the adjudicator and must not be
shown to the re-annotators.

``compare`` sorts each answer into agreeing with the corpus (the line stands), agreeing with the
model, or a third label, and writes ``diffs.json``. The adjudicator decides every disagreement by
the guide, changes the corpus line only when the guide says so, and logs each change in
``training/annotation/consistency_pass.jsonl``. Flagging by the model finds candidates; it never
decides a label.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from corpus_tool import CODES  # noqa: E402

CODE_OF = {v: k for k, v in CODES.items()}


def out_of_fold(corpus: Path, folds: int = 5) -> tuple[list, np.ndarray, list[str]]:
    """Out-of-fold probabilities of every corpus sentence: (articles, proba, classes)."""
    import train

    train._load_blas()
    arts, views, y, groups = train.load_rows(corpus)
    proba, classes = train.out_of_fold(views, y, groups, folds)
    return arts, proba, classes


def _span(article_text: str, sentence: dict) -> str:
    """The text of one sentence of an article."""
    return article_text[sentence["start"] : sentence["end"]]


def flag(
    arts: list, proba: np.ndarray, classes: list[str], below: float, above: float, skip: frozenset = frozenset()
) -> list[dict]:
    """Items for every sentence whose label the model puts under ``below`` and another over ``above``,
    except the (file, line) pairs in ``skip`` (lines an earlier audit already re-labelled)."""
    items = []
    k = 0
    for art in arts:
        sents = art.sentences
        for j, s in enumerate(sents):
            p = dict(zip(classes, proba[k]))
            k += 1
            top = max(p, key=p.__getitem__)
            if top == s["label"] or p[s["label"]] >= below or p[top] <= above or (art.path, s["line"]) in skip:
                continue

            items.append(
                {
                    "file": art.path,
                    "line": s["line"],
                    "publisher": art.meta.get("publisher"),
                    "register": art.meta.get("register"),
                    "headline": _span(art.text, sents[0]),
                    "before": [_span(art.text, x) for x in sents[max(1, j - 5) : j]],
                    "target": _span(art.text, s),
                    "after": [_span(art.text, x) for x in sents[j + 1 : j + 3]],
                    "label": s["label"],
                    "model": top,
                    "p_label": round(float(p[s["label"]]), 4),
                    "p_model": round(float(p[top]), 4),
                }
            )
    if k != len(proba):
        raise ValueError(f"{k} sentences read, {len(proba)} probabilities")
    return items


def write_packets(items: list[dict], out: Path, packets: int, seed: int = 7) -> None:
    """Shuffle, number (A0001 ...) and deal the items into blind packets; write items.json beside them."""
    items = list(items)
    random.Random(seed).shuffle(items)
    for i, it in enumerate(items):
        it["id"] = f"A{i + 1:04d}"
    out.mkdir(parents=True, exist_ok=True)
    (out / "items.json").write_text(json.dumps(items, indent=0, ensure_ascii=False), encoding="utf-8")
    for h in range(packets):
        lines = []
        for it in items[h::packets]:
            lines.append(f"### {it['id']}")
            lines.append(f"publisher: {it['publisher']} | register: {it['register']}")
            lines.append(f"headline: {it['headline']}")
            if it["before"]:
                lines += ["before:"] + [f"    {b}" for b in it["before"]]
            lines.append(f">>> TARGET: {it['target']}")
            if it["after"]:
                lines += ["after:"] + [f"    {b}" for b in it["after"]]
            lines.append("")
        (out / f"packet_{h + 1}.md").write_text("\n".join(lines), encoding="utf-8")


def compare(out: Path) -> tuple[Counter, list[dict]]:
    """Sort the answers against the corpus and the model; return the counts and the disagreements."""
    items = {it["id"]: it for it in json.loads((out / "items.json").read_text(encoding="utf-8"))}
    answers: dict[str, tuple[str, str]] = {}
    for path in sorted(out.glob("answers_*.tsv")):
        for n, row in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            parts = row.split("\t")
            if not row.strip():
                continue
            if len(parts) < 2 or parts[0] not in items or parts[1].strip() not in CODES:
                raise ValueError(f"{path}:{n}: expected '<id>\\t<code>\\t<rule>' with a known id and code, got {row!r}")
            answers[parts[0]] = (CODES[parts[1].strip()], parts[2] if len(parts) > 2 else "")
    counts: Counter = Counter()
    diffs = []
    for i, (label, why) in sorted(answers.items()):
        it = items[i]
        kind = "corpus" if label == it["label"] else "model" if label == it["model"] else "third"
        counts[kind] += 1
        if kind != "corpus":
            diffs.append({**it, "blind": label, "why": why, "kind": kind})
    counts["unanswered"] = len(items) - len(answers)
    return counts, diffs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("flag")
    f.add_argument("out", type=Path)
    f.add_argument("--corpus", type=Path, default=HERE / "corpus")
    f.add_argument("--below", type=float, default=0.15)
    f.add_argument("--above", type=float, default=0.65)
    f.add_argument("--packets", type=int, default=4)
    f.add_argument("--skip", type=Path, nargs="*", default=[], help="items.json of earlier audits: skip their lines")
    c = sub.add_parser("compare")
    c.add_argument("out", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "flag":
        arts, proba, classes = out_of_fold(args.corpus)
        skip = frozenset(
            (it["file"], it["line"]) for path in args.skip for it in json.loads(path.read_text(encoding="utf-8"))
        )
        items = flag(arts, proba, classes, args.below, args.above, skip)
        write_packets(items, args.out, args.packets)
        print(f"{len(items)} lines flagged in {len({it['file'] for it in items})} articles -> {args.out}")
        return 0
    counts, diffs = compare(args.out)
    (args.out / "diffs.json").write_text(json.dumps(diffs, indent=0, ensure_ascii=False), encoding="utf-8")
    print(", ".join(f"{k} {v}" for k, v in counts.items()))
    for d in diffs:
        print(
            f"{d['id']} {d['file']}:{d['line']} corpus={CODE_OF[d['label']]} model={CODE_OF[d['model']]} "
            f"blind={CODE_OF[d['blind']]} | {d['target'][:100]}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
