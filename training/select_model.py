"""Choose the classifier by article-grouped cross-validation on the team's corpus.

    python training/select_model.py            # prints a table, writes training/model_selection.json

Candidates: logistic regression on cue features + masked n-grams (several settings),
gradient boosting on the cue features, and a hierarchical model (claim vs
not_a_claim, then the level among the five claim labels). Every candidate sees the
same 5 article-grouped folds (fixed seed). The figures go into MODEL_CARD.md.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import Pipeline

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from train import SEED, ece, load_rows  # noqa: E402

from sourcecheck.features import CueFeatures  # noqa: E402
from sourcecheck.model import LABELS, build_pipeline  # noqa: E402

LEVEL = {"on_record": 4, "anonymous": 3, "weak": 2, "vague": 1, "unsourced": 0}


class TwoStage(ClassifierMixin, BaseEstimator):
    """claim vs not_a_claim, then the level among claims; both logistic regressions on
    the features of ``features`` (a fitted-in-place transformer pipeline)."""

    def __init__(self, features=None, C: float = 0.5) -> None:
        self.features = features
        self.C = C

    def fit(self, X, y):
        y = np.asarray(y)
        self.features_ = clone(self.features)
        f = self.features_.fit_transform(X, y)
        self.claim_ = LogisticRegression(C=self.C, max_iter=3000, class_weight="balanced").fit(f, y != "not_a_claim")
        m = y != "not_a_claim"
        self.level_ = LogisticRegression(C=self.C, max_iter=3000, class_weight="balanced").fit(f[m], y[m])
        self.classes_ = np.array(sorted(set(y)))
        return self

    def predict_proba(self, X):
        f = self.features_.transform(X)
        p_claim = self.claim_.predict_proba(f)[:, list(self.claim_.classes_).index(True)]
        p_level = self.level_.predict_proba(f)
        out = np.zeros((len(X), len(self.classes_)))
        for j, c in enumerate(self.classes_):
            if c == "not_a_claim":
                out[:, j] = 1 - p_claim
            else:
                out[:, j] = p_claim * p_level[:, list(self.level_.classes_).index(c)]
        return out


def candidates():
    base = build_pipeline()
    yield "logreg C=0.5", build_pipeline(C=0.5)
    yield "logreg C=0.25", build_pipeline(C=0.25)
    yield "logreg C=1.0 (shipped)", build_pipeline(C=1.0)
    yield "logreg C=2.0", build_pipeline(C=2.0)
    yield "logreg C=4.0", build_pipeline(C=4.0)
    yield "logreg C=0.5, n-gram weight 0.5", build_pipeline(C=0.5, text_weight=0.5)
    yield "logreg C=0.5, no class weights", build_pipeline(C=0.5, class_weight=None)
    yield (
        "gradient boosting, cue features only",
        Pipeline(
            [
                ("cues", CueFeatures()),
                (
                    "clf",
                    HistGradientBoostingClassifier(
                        max_iter=120, learning_rate=0.1, class_weight="balanced", random_state=SEED
                    ),
                ),
            ]
        ),
    )
    yield "two-stage logreg (claim, then level)", TwoStage(features=base.named_steps["features"], C=0.5)


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", default="", help="comma-separated words; run only candidates whose name has one")
    ap.add_argument("--append", action="store_true", help="add to training/model_selection.json")
    args = ap.parse_args(argv)
    want = [w.strip().lower() for w in args.only.split(",") if w.strip()]
    _arts, views, y, groups = load_rows(HERE / "corpus")
    cv = list(GroupKFold(n_splits=5, shuffle=True, random_state=SEED).split(views, y, groups))
    classes = sorted(set(y))
    y_idx = np.array([classes.index(v) for v in y])
    out_path = HERE / "model_selection.json"
    rows = json.loads(out_path.read_text()) if args.append and out_path.exists() else []
    for name, est in candidates():
        if want and not any(w in name.lower() for w in want):
            continue
        t0 = time.perf_counter()
        proba = np.zeros((len(y), len(classes)))
        for tr, te in cv:
            m = clone(est).fit([views[i] for i in tr], y[tr])
            p = m.predict_proba([views[i] for i in te])
            for j, c in enumerate(m.classes_):
                proba[te, classes.index(c)] = p[:, j]
        pred = np.array(classes)[proba.argmax(1)]
        both = [(g, p) for g, p in zip(y, pred) if g in LEVEL and p in LEVEL]
        row = {
            "model": name,
            "macro_f1": float(f1_score(y, pred, average="macro")),
            "accuracy": float((pred == y).mean()),
            "ece": ece(proba, y_idx),
            "within_one_level": float(np.mean([abs(LEVEL[g] - LEVEL[p]) <= 1 for g, p in both])),
            "per_label_f1": dict(zip(LABELS, map(float, f1_score(y, pred, labels=list(LABELS), average=None)))),
            "seconds": round(time.perf_counter() - t0, 1),
        }
        rows.append(row)
        print(
            f"{name:40} macro-F1 {row['macro_f1']:.3f}  acc {row['accuracy']:.3f}  ECE {row['ece']:.3f}  "
            f"within-one {row['within_one_level']:.3f}  ({row['seconds']}s)",
            flush=True,
        )
        out_path.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
