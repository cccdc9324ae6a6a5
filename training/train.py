"""Train the shipped sourcing model from the team's corpus.

    python training/train.py                 # cross-validate, fit on all, write the packaged model
    python training/train.py --no-cv         # fit and write only (what the rebuild test does)
    python training/train.py --out /tmp/m.joblib
    python training/train.py --compile-only  # add the compiled form to an existing model

Article-grouped 5-fold cross-validation (no article is split across folds), fixed
seeds, and the one ``sourcecheck.build_pipeline()``. Writes three files side by side:

    sourcing-<version>.joblib   the fitted scikit-learn pipeline
    sourcing-<version>.npz      the same model compiled to plain arrays (what
                                sourcecheck predicts with, without scikit-learn)
    sourcing-<version>.json     the card: versions, labels, feature names, the metrics
                                below, the corpus hash and the SHA-256 of both files

The compiled form is checked against the pipeline on every training sentence.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from corpus_tool import corpus_hash, curly_quotes, read_corpus  # noqa: E402

from sourcecheck.features import build_views  # noqa: E402
from sourcecheck.model import (  # noqa: E402
    LABELS,
    build_pipeline,
    compiled_path,
    default_model_path,
    export_compiled,
    load_model,
    save_model,
)

#: label mix of real news (from the project's issue tracker: held-out real articles),
#: used to correct the priors of a corpus whose mix was chosen for teaching.
REAL_MIX = {"on_record": 0.52, "anonymous": 0.03, "weak": 0.01, "vague": 0.04, "unsourced": 0.20, "not_a_claim": 0.22}
PRIOR_STRENGTH = 0.5  # 0 = no correction, 1 = full Bayes correction to REAL_MIX
SEED = 0


def load_rows(corpus: Path):
    arts = read_corpus(corpus)
    views, y, groups = [], [], []
    for k, a in enumerate(arts):
        spans = [(s["start"], s["end"]) for s in a.sentences]
        # most writers typed straight quotes; real outlets mostly print curly ones, so every
        # other article is shown to the model with typographic quotes (same offsets)
        text = curly_quotes(a.text) if k % 2 and '"' in a.text else a.text
        vs = build_views(text, spans, a.meta.get("publisher"))
        views.extend(vs)
        y.extend(s["label"] for s in a.sentences)
        groups.extend([a.id] * len(vs))
    return arts, views, np.array(y), np.array(groups)


def prior_correction(y: np.ndarray, strength: float = PRIOR_STRENGTH) -> dict[str, float]:
    """Per-label multipliers for the balanced model's probabilities: (real prior)^strength.

    With class_weight='balanced' the classifier behaves as if every label were equally
    frequent; multiplying by the real prior (tempered) moves it toward real-text odds.
    """
    w = {lab: REAL_MIX[lab] ** strength for lab in LABELS}
    s = sum(w.values())
    return {lab: v / s * len(LABELS) for lab, v in w.items()}


def apply_prior(p: np.ndarray, classes: list[str], prior: dict[str, float]) -> np.ndarray:
    q = p * np.array([prior[c] for c in classes])
    return q / q.sum(axis=1, keepdims=True)


def ece(p: np.ndarray, y_idx: np.ndarray, bins: int = 10) -> float:
    """Expected calibration error of the top label."""
    conf = p.max(axis=1)
    pred = p.argmax(axis=1)
    edges = np.linspace(0, 1, bins + 1)
    total = 0.0
    for lo, hi in zip(edges[:-1], edges[1:]):
        m = (conf > lo) & (conf <= hi)
        if m.any():
            total += m.mean() * abs((pred[m] == y_idx[m]).mean() - conf[m].mean())
    return float(total)


def _load_blas() -> None:
    """Load the BLAS libraries the solver uses before limiting their threads.

    ``threadpool_limits`` only reaches libraries already loaded: with the package's lazy
    imports, the first fit of a process loaded OpenBLAS inside the ``with`` block and ran
    with every thread, so ``--no-cv`` (first fit) and a full run (fit after the folds)
    wrote different models.
    """
    from sklearn.linear_model import LogisticRegression

    rng = np.random.default_rng(0)
    LogisticRegression().fit(rng.normal(size=(20, 3)), np.arange(20) % 2)


def out_of_fold(views, y, groups, folds: int = 5, **params) -> tuple[np.ndarray, list[str]]:
    """Probabilities of every sentence from a model fitted on the other folds (article-grouped,
    fixed seed), and the label order of their columns."""
    from sklearn.model_selection import GroupKFold

    classes = sorted(set(y))
    proba = np.zeros((len(y), len(classes)))
    cv = GroupKFold(n_splits=folds, shuffle=True, random_state=SEED)
    for tr, te in cv.split(views, y, groups):
        m = build_pipeline(**params).fit([views[i] for i in tr], y[tr])
        assert list(m.classes_) == classes
        proba[te] = m.predict_proba([views[i] for i in te])
    return proba, classes


def cross_validate(views, y, groups, folds: int = 5, **params) -> dict:
    from sklearn.metrics import classification_report, confusion_matrix, f1_score

    proba, classes = out_of_fold(views, y, groups, folds, **params)
    pred = np.array(classes)[proba.argmax(1)]
    rep = classification_report(y, pred, labels=list(LABELS), output_dict=True, zero_division=0)
    y_idx = np.array([classes.index(v) for v in y])
    prior = prior_correction(y)
    proba_p = apply_prior(proba, classes, prior)
    pred_p = np.array(classes)[proba_p.argmax(1)]
    return {
        "cv_folds": folds,
        "cv_macro_f1": float(f1_score(y, pred, average="macro")),
        "cv_accuracy": float((pred == y).mean()),
        "cv_per_label_f1": {lab: float(rep[lab]["f1-score"]) for lab in LABELS},
        "cv_ece": ece(proba, y_idx),
        "cv_macro_f1_prior_corrected": float(f1_score(y, pred_p, average="macro")),
        "cv_confusion": {"labels": list(LABELS), "matrix": confusion_matrix(y, pred, labels=list(LABELS)).tolist()},
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=HERE / "corpus")
    ap.add_argument("--out", type=Path, default=None, help="model path (default: the packaged model)")
    ap.add_argument("--no-cv", action="store_true", help="skip cross-validation")
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--text-weight", type=float, default=1.0)
    ap.add_argument(
        "--compile-only",
        action="store_true",
        help="no training: write the compiled form of the existing model (--out, default the packaged one) "
        "and record it in its card",
    )
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    if args.compile_only:
        out = args.out or default_model_path()
        card = export_compiled(out)
        _, views, _, _ = load_rows(args.corpus)
        check_compiled(out, views)
        sha = card["compiled"]["sha256"][:12]
        print(f"wrote {compiled_path(out)} (sha256 {sha}) and updated {out.with_suffix('.json')}")
        return 0
    arts, views, y, groups = load_rows(args.corpus)
    params = {"C": args.C, "text_weight": args.text_weight}
    print(f"corpus: {len(arts)} articles, {len(y)} sentences ({time.perf_counter() - t0:.1f}s)")
    metrics: dict = {
        "articles": len(arts),
        "sentences": len(y),
        "label_counts": {lab: int((y == lab).sum()) for lab in LABELS},
    }
    if not args.no_cv:
        metrics.update(cross_validate(views, y, groups, **params))
        print(json.dumps({k: v for k, v in metrics.items() if k != "cv_confusion"}, indent=1))
    # one BLAS thread: the solver's sums then come out the same on any machine and under
    # any thread settings, so a rebuild reproduces the shipped model exactly
    _load_blas()
    with threadpool_limits(limits=1):
        model = build_pipeline(**params).fit(views, y)
    out = args.out or default_model_path()
    card = save_model(
        model,
        out,
        metrics=metrics,
        data_hash=corpus_hash(arts),
        extra={
            "params": params,
            "prior_correction": prior_correction(y),
            "prior_strength": PRIOR_STRENGTH,
            "real_mix": REAL_MIX,
        },
    )
    check_compiled(out, views)
    print(
        f"wrote {out} (sha256 {card['model_sha256'][:12]}), {compiled_path(out).name} (compiled, sha256 "
        f"{card['compiled']['sha256'][:12]}) and {out.with_suffix('.json').name} in {time.perf_counter() - t0:.1f}s"
    )
    return 0


def check_compiled(path: Path, views: list, tolerance: float = 1e-9) -> None:
    """The compiled model, read back from its file, gives the pipeline's probabilities."""
    pipeline, _ = load_model(path)
    compiled, _ = load_model(path, compiled=True)
    worst = float(np.abs(compiled.predict_proba(views) - pipeline.predict_proba(views)).max()) if views else 0.0
    if not worst <= tolerance:
        raise SystemExit(f"the compiled model differs from the pipeline by {worst:.3g} (over {tolerance:g})")
    print(f"compiled model checked on {len(views)} sentences: largest difference {worst:.2g}")


if __name__ == "__main__":
    sys.exit(main())
