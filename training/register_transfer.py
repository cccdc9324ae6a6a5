"""How well the model carries over to a kind of writing it has never seen.

    python training/register_transfer.py              # prints a table, writes register_transfer.json

Article-grouped cross-validation mixes every register into every fold, so a register
the model has seen many times looks easy. Here each family of registers is held out in
turn: the model is fitted on all the other families and scored on the held-out one,
with the shipped prior correction. A family whose figure falls far below the
cross-validated one is where the corpus teaches habits of its own rather than what real
copy of that kind does (training/MODEL_CARD.md, "Transfer across registers").
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from train import _load_blas, apply_prior, load_rows, prior_correction  # noqa: E402

from sourcecheck.model import LABELS, build_pipeline  # noqa: E402

#: families of the corpus's registers; a register not listed falls in "other"
FAMILIES = {
    "hard news": "wire politics campaign courts analysis conflict",
    "local and culture": "local_news press_release sports culture review obituary feature advice",
    "spoken and live": "broadcast transcript interview live_blog",
    "business and investigative": "business markets investigative",
    "science and health": "science health science_health explainer encyclopedia",
    "opinion": "opinion editorial blog",
    "partisan, viral and tabloid": "hyperpartisan tabloid viral viral_hoax satire factcheck",
}
_FAMILY_OF = {reg: fam for fam, regs in FAMILIES.items() for reg in regs.split()}


def family(register: str) -> str:
    return _FAMILY_OF.get(register, "other")


def claim_macro_f1(y: np.ndarray, pred: np.ndarray) -> float:
    """Mean F1 of the two sides of claim vs not_a_claim, as the evaluation scores it."""
    from sklearn.metrics import f1_score

    return float(f1_score(y != "not_a_claim", pred != "not_a_claim", average="macro"))


def main() -> int:
    from sklearn.metrics import f1_score

    arts, views, y, groups = load_rows(HERE / "corpus")
    fam_of_article = {a.id: family(a.meta.get("register", "")) for a in arts}
    fams = np.array([fam_of_article[g] for g in groups])
    prior = prior_correction(y)
    rows = {}
    _load_blas()
    with threadpool_limits(1):
        for fam in sorted(set(fams)):
            te = np.flatnonzero(fams == fam)
            tr = np.flatnonzero(fams != fam)
            model = build_pipeline().fit([views[i] for i in tr], y[tr])
            classes = list(model.classes_)
            proba = apply_prior(model.predict_proba([views[i] for i in te]), classes, prior)
            pred = np.array(classes)[proba.argmax(1)]
            present = [lab for lab in LABELS if (y[te] == lab).sum() >= 10]
            rows[fam] = {
                "articles": len(set(groups[te])),
                "sentences": len(te),
                "macro_f1": float(f1_score(y[te], pred, labels=present, average="macro")),
                "accuracy": float((pred == y[te]).mean()),
                "claim_macro_f1": claim_macro_f1(y[te], pred),
                "labels_scored": present,
                "mix": {lab: round(n / len(te), 3) for lab, n in Counter(y[te]).items()},
            }
            r = rows[fam]
            print(
                f"{fam:28} {r['articles']:4d} art {r['sentences']:6d} sent  macro {r['macro_f1']:.3f}"
                f"  acc {r['accuracy']:.3f}  claim {r['claim_macro_f1']:.3f}",
                flush=True,
            )
    (HERE / "register_transfer.json").write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
