"""Evaluate the shipped model and the splitter.

    python training/evaluate.py                      # card metrics + splitter boundary F1 on the golden table
    python training/evaluate.py --corpus DIR         # the shipped model on labelled articles (authoring format)
    python training/evaluate.py --texts DIR          # predicted label mix on a folder of plain-text articles

The cross-validated figures come from the model card (written by train.py). With
``--corpus`` the model is scored on gold sentence spans of articles it was not
trained on (keep a folder out of training/corpus for that); the texts are split
by sourcecheck itself, each gold sentence taking the label of the predicted
sentence that overlaps it most (as the external evaluation does).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from corpus_tool import read_corpus  # noqa: E402

import sourcecheck  # noqa: E402
from sourcecheck.model import LABELS, load_model  # noqa: E402
from sourcecheck.segment import sentence_spans  # noqa: E402


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def golden_boundaries() -> dict[str, float]:
    """Boundary precision, recall and F1 of the splitter on the golden table in
    tests/test_segment_golden.py (sentence ends, counted per case)."""
    spec = importlib.util.spec_from_file_location("golden", ROOT / "tests" / "test_segment_golden.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    tp = fp = fn = 0
    for case in mod.CASES:
        text, expected = case.values if hasattr(case, "values") else case
        gold, pos = set(), 0
        for sent in expected:
            k = text.index(sent, pos)
            gold.add(k + len(sent))
            pos = k + len(sent)
        pred = {e for _, e in sentence_spans(text)}
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    p, r, f = f1(tp, fp, fn)
    return {"cases": len(mod.CASES), "boundary_p": p, "boundary_r": r, "boundary_f1": f}


def evaluate_corpus(root: Path) -> dict[str, object]:
    arts = read_corpus(root)
    an = sourcecheck.Analyzer()
    gold, pred = [], []
    for a in arts:
        res = an.analyze(a.text, a.meta.get("publisher"))
        for s in a.sentences:
            best = max(res.sentences, key=lambda x: max(0, min(x.end, s["end"]) - max(x.start, s["start"])))
            gold.append(s["label"])
            pred.append(best.label)
    per = {}
    for lab in LABELS:
        tp = sum(g == lab and p == lab for g, p in zip(gold, pred))
        fp = sum(g != lab and p == lab for g, p in zip(gold, pred))
        fn = sum(g == lab and p != lab for g, p in zip(gold, pred))
        per[lab] = f1(tp, fp, fn)[2]
    return {
        "articles": len(arts),
        "sentences": len(gold),
        "macro_f1": sum(per.values()) / len(per),
        "per_label_f1": per,
        "accuracy": sum(g == p for g, p in zip(gold, pred)) / len(gold),
        "confusion": {f"{g}->{p}": n for (g, p), n in Counter(zip(gold, pred)).most_common()},
    }


def label_mix(root: Path) -> dict[str, float]:
    an = sourcecheck.Analyzer()
    counts: Counter[str] = Counter()
    for f in sorted(root.rglob("*.txt")):
        counts.update(s.label for s in an.analyze(f.read_text(encoding="utf-8")).sentences)
    n = sum(counts.values()) or 1
    return {lab: counts[lab] / n for lab in LABELS}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, help="labelled articles in the authoring format")
    ap.add_argument("--texts", type=Path, help="plain-text articles: report the predicted label mix")
    args = ap.parse_args(argv)
    _, card = load_model()
    m = card["metrics"]
    print("shipped model:", card["name"], "trained on", m.get("articles"), "articles,", m.get("sentences"), "sentences")
    for k in ("cv_macro_f1", "cv_accuracy", "cv_ece", "cv_macro_f1_prior_corrected"):
        if k in m:
            print(f"  {k}: {m[k]:.3f}")
    if "cv_per_label_f1" in m:
        print("  cv_per_label_f1:", json.dumps({k: round(v, 3) for k, v in m["cv_per_label_f1"].items()}))
    print(
        "splitter on the golden table:",
        json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in golden_boundaries().items()}),
    )
    if args.corpus:
        res = evaluate_corpus(args.corpus)
        print(
            "model on",
            args.corpus,
            json.dumps(
                {k: (round(v, 3) if isinstance(v, float) else v) for k, v in res.items() if k != "confusion"},
                default=str,
            ),
        )
    if args.texts:
        print("predicted label mix:", json.dumps({k: round(v, 3) for k, v in label_mix(args.texts).items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
