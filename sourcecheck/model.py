"""The one model definition, and saving/loading it with a checked metadata card.

``build_pipeline()`` is used by training, by the tests and for the shipped
artifact. A model is stored as ``<name>.joblib`` with ``<name>.json`` beside it:
the card records the versions it was built with, the labels, the feature names,
the metrics, the training-data hash and the SHA-256 of the joblib file.
:func:`load_model` checks the card before unpickling and refuses a mismatch.

.. warning:: joblib files run code when loaded. Load only the packaged model or a
   file you made yourself; :class:`sourcecheck.Analyzer` loads a user path only
   when it is passed explicitly.

>>> pipe = build_pipeline()
>>> [name for name, _ in pipe.steps]
['features', 'clf']
"""

from __future__ import annotations

import hashlib
import json
import platform
import warnings
from importlib import resources
from pathlib import Path
from typing import Any

import joblib
import numpy as np
import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import StandardScaler

from ._version import __version__
from .features import FEATURE_NAMES, CueFeatures, MaskedText

__all__ = [
    "LABELS",
    "LABEL_SCORES",
    "ModelCardError",
    "build_pipeline",
    "default_model_path",
    "file_sha256",
    "load_model",
    "save_model",
]

LABELS: tuple[str, ...] = ("on_record", "anonymous", "weak", "vague", "unsourced", "not_a_claim")
#: strength of each claim label; ``not_a_claim`` has none.
LABEL_SCORES: dict[str, float] = {"on_record": 1.0, "anonymous": 0.75, "weak": 0.5, "vague": 0.25, "unsourced": 0.0}
MODEL_NAME = f"sourcing-{__version__}"


class ModelCardError(RuntimeError):
    """The model file and its card do not match, or the card is missing or unreadable."""


def build_pipeline(
    *, C: float = 1.0, text_weight: float = 1.0, class_weight: Any = "balanced", random_state: int = 0
) -> Pipeline:
    """The sentence classifier: cue features + masked word n-grams -> logistic regression.

    Parameters
    ----------
    C : float
        Inverse regularisation strength of the logistic regression.
    text_weight : float
        Weight of the n-gram block relative to the cue block.
    class_weight : dict, "balanced" or None
        Passed to :class:`~sklearn.linear_model.LogisticRegression`.
    """
    features = FeatureUnion(
        [
            ("cues", Pipeline([("extract", CueFeatures()), ("scale", StandardScaler())])),
            (
                "words",
                Pipeline(
                    [
                        ("mask", MaskedText()),
                        (
                            "tfidf",
                            TfidfVectorizer(
                                ngram_range=(1, 2),
                                min_df=2,
                                sublinear_tf=True,
                                token_pattern=r"\S+",
                                lowercase=False,
                                max_features=40000,
                            ),
                        ),
                    ]
                ),
            ),
        ],
        transformer_weights={"cues": 1.0, "words": text_weight},
    )
    clf = LogisticRegression(C=C, max_iter=3000, class_weight=class_weight, random_state=random_state)
    return Pipeline([("features", features), ("clf", clf)])


def file_sha256(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def default_model_path() -> Path:
    """Path of the packaged model file."""
    return Path(str(resources.files("sourcecheck").joinpath(f"models/{MODEL_NAME}.joblib")))


def _card_path(model_path: Path) -> Path:
    return model_path.with_suffix(".json")


def versions() -> dict[str, str]:
    import nltk

    return {
        "sourcecheck": __version__,
        "scikit-learn": sklearn.__version__,
        "numpy": np.__version__,
        "joblib": joblib.__version__,
        "nltk": nltk.__version__,
        "python": platform.python_version(),
    }


def save_model(
    model: Pipeline, path: str | Path, *, metrics: dict[str, Any], data_hash: str, extra: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Write ``model`` to ``path`` (joblib) and its card beside it; return the card."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(model, path, compress=3)
    classes = [str(c) for c in model.classes_]
    card = {
        "name": path.stem,
        "format": 1,
        "labels": list(LABELS),
        "classes": classes,
        "feature_names": list(FEATURE_NAMES),
        "versions": versions(),
        "training_data_sha256": data_hash,
        "model_sha256": file_sha256(path),
        "metrics": metrics,
        **(extra or {}),
    }
    _card_path(path).write_text(json.dumps(card, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return card


def read_card(path: str | Path) -> dict[str, Any]:
    card_path = _card_path(Path(path))
    try:
        return json.loads(card_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelCardError(
            f"model card {card_path} is missing; every model file needs its .json card beside it"
        ) from None
    except json.JSONDecodeError as e:
        raise ModelCardError(f"model card {card_path} is not valid JSON: {e}") from None


def load_model(path: str | Path | None = None) -> tuple[Pipeline, dict[str, Any]]:
    """Load a model and its card, checking the card first.

    Raises :class:`ModelCardError` when the card is missing, the file's SHA-256
    differs from the card, or the labels or feature names differ from this
    version of sourcecheck. Warns when the scikit-learn version differs.
    """
    path = Path(path) if path is not None else default_model_path()
    if not path.is_file():
        raise ModelCardError(f"model file {path} does not exist")
    card = read_card(path)
    digest = file_sha256(path)
    if card.get("model_sha256") != digest:
        raise ModelCardError(
            f"model file {path} does not match its card: SHA-256 {digest[:12]}... "
            f"but the card records {str(card.get('model_sha256'))[:12]}...; "
            "refusing to load a file that may have been changed"
        )
    if list(card.get("labels", [])) != list(LABELS):
        raise ModelCardError(
            f"model {path} was trained for labels {card.get('labels')}; this sourcecheck expects {list(LABELS)}"
        )
    if list(card.get("feature_names", [])) != list(FEATURE_NAMES):
        raise ModelCardError(
            f"model {path} was built with different feature names "
            f"({len(card.get('feature_names', []))} vs {len(FEATURE_NAMES)}); "
            "retrain it with: python training/train.py"
        )
    built = card.get("versions", {}).get("scikit-learn")
    if built and built.split(".")[:2] != sklearn.__version__.split(".")[:2]:
        warnings.warn(
            f"model {path.name} was built with scikit-learn {built} but {sklearn.__version__} is "
            "installed; predictions may differ. Retrain with: python training/train.py",
            UserWarning,
            stacklevel=2,
        )
    model = joblib.load(path)
    return model, card
