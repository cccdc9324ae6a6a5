"""What a corpus round teaches the rest of the corpus.

    python training/round_value.py v63a v63b        # the folders of one round

Cross-validated figures over the whole corpus fall when a round of hard articles is added,
because the new articles are scored too. This asks the fairer question: the other articles
are split into the same five article-grouped folds twice, and each fold is scored by a model
trained on the other folds, once without the round's folders and once with them always in
training. The difference is what the round adds for articles it was not written for, overall
and for each register family (training/MODEL_CARD.md, session 21).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from register_transfer import claim_macro_f1, family  # noqa: E402
from train import _load_blas, apply_prior, load_rows, prior_correction  # noqa: E402

from sourcecheck.model import build_pipeline  # noqa: E402


def in_folders(groups: Iterable[str], folders: Iterable[str]) -> np.ndarray:
    """Which rows belong to an article in one of ``folders`` (article ids are "folder/name").

    >>> in_folders(["v63a/v63a_001", "v6a/v6a_002", "wire/wire_001"], ["v63a", "v6a"]).tolist()
    [True, True, False]
    >>> in_folders(["v63a/v63a_001"], ["v63"]).tolist()
    [False]
    """
    wanted = set(folders)
    return np.array([g.split("/", 1)[0] in wanted for g in groups], dtype=bool)


def main(argv: Sequence[str] | None = None) -> int:
    from sklearn.metrics import f1_score
    from sklearn.model_selection import GroupKFold

    folders = list(sys.argv[1:] if argv is None else argv)
    if not folders:
        print("usage: python training/round_value.py FOLDER [FOLDER ...]", file=sys.stderr)
        return 2
    _load_blas()
    arts, views, y, groups = load_rows(HERE / "corpus")
    groups = np.asarray(groups)
    added = in_folders(groups, folders)
    if not added.any():
        print(f"no article in {', '.join(folders)}", file=sys.stderr)
        return 2
    fam_of_article = {a.id: family(a.meta.get("register", "")) for a in arts}
    fams = np.array([fam_of_article[g] for g in groups])
    rest = np.where(~added)[0]
    print(f"round: {added.sum()} sentences; scored: {len(rest)} sentences of the other articles")
    with threadpool_limits(1):
        for with_round in (False, True):
            pred = np.empty(len(y), dtype=object)
            for tr, te in GroupKFold(5).split(rest, y[rest], groups[rest]):
                train_rows = rest[tr]
                if with_round:
                    train_rows = np.concatenate([train_rows, np.where(added)[0]])
                model = build_pipeline().fit([views[i] for i in train_rows], y[train_rows])
                classes = list(model.classes_)
                proba = model.predict_proba([views[i] for i in rest[te]])
                proba = apply_prior(proba, classes, prior_correction(y[train_rows]))
                pred[rest[te]] = np.array(classes)[proba.argmax(1)]
            got = pred[rest].astype(str)
            line = [
                f"macro-F1 {f1_score(y[rest], got, average='macro'):.4f}",
                f"claim {claim_macro_f1(y[rest], got):.4f}",
            ]
            for fam in sorted(set(fams[rest])):
                rows = rest[fams[rest] == fam]
                line.append(f"{fam} {f1_score(y[rows], pred[rows].astype(str), average='macro'):.4f}")
            print(("with the round:    " if with_round else "without the round: ") + "; ".join(line), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
