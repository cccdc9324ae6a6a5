"""The one model definition, and saving/loading it with a checked metadata card.

``build_pipeline()`` is used by training, by the tests and for the shipped
artifact. A model is stored as ``<name>.joblib`` with ``<name>.json`` beside it:
the card records the versions it was built with, the labels, the feature names,
the metrics, the training-data hash and the SHA-256 of the joblib file.
:func:`load_model` checks the card before unpickling and refuses a mismatch.

Beside them, ``<name>.npz`` holds the same fitted model as plain arrays (a
:class:`CompiledModel`, made by :func:`compile_pipeline` when the model is saved;
its SHA-256 is in the card too). :class:`~sourcecheck.Analyzer` predicts with it,
which gives the pipeline's probabilities without importing scikit-learn (seconds
of start-up) and without unpickling anything. When a card names no compiled file,
or the file is absent, the checked joblib pipeline is loaded and compiled in memory.

.. warning:: joblib files run code when loaded. Load only the packaged model or a
   file you made yourself; :class:`sourcecheck.Analyzer` loads a user path only
   when it is passed explicitly. The ``.npz`` file is read without pickle.

>>> pipe = build_pipeline()
>>> [name for name, _ in pipe.steps]
['features', 'clf']
"""

from __future__ import annotations

import hashlib
import json
import platform
import re
import warnings
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, overload

import numpy as np

from ._version import __version__
from .features import FEATURE_NAMES, SentenceView, cue_matrix, mask_sentence

if TYPE_CHECKING:
    from sklearn.pipeline import Pipeline

__all__ = [
    "LABELS",
    "LABEL_SCORES",
    "CompiledModel",
    "FeatureRows",
    "ModelCardError",
    "build_pipeline",
    "compile_pipeline",
    "compiled_path",
    "default_model_path",
    "export_compiled",
    "file_sha256",
    "load_model",
    "save_model",
]

LABELS: tuple[str, ...] = ("on_record", "anonymous", "weak", "vague", "unsourced", "not_a_claim")
#: strength of each claim label; ``not_a_claim`` has none.
LABEL_SCORES: dict[str, float] = {"on_record": 1.0, "anonymous": 0.75, "weak": 0.5, "vague": 0.25, "unsourced": 0.0}
MODEL_NAME = f"sourcing-{__version__}"


def __getattr__(name: str) -> Any:
    # ``sourcecheck.model.joblib`` stays the joblib module (tests patch ``joblib.load`` through
    # it) without importing joblib when this module is imported
    if name == "joblib":
        import joblib

        return joblib
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline
    from sklearn.preprocessing import StandardScaler

    from .features import CueFeatures, MaskedText

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


# --------------------------------------------------------------------------- compiled form


class FeatureRows:
    """A batch of feature rows as the compiled model computes them: the dense block of cue
    features (standardised, weighted) beside the sparse block of word n-grams (tf-idf,
    weighted). Columns: :data:`~sourcecheck.features.FEATURE_NAMES`, then the vocabulary.

    ``data``, ``indices`` and ``indptr`` give the nonzero values of the whole rows in the
    layout of a scipy CSR matrix (row ``i``: ``data[indptr[i]:indptr[i+1]]`` in the
    increasing columns ``indices[indptr[i]:indptr[i+1]]``), built on first use.
    """

    def __init__(
        self, cues: np.ndarray, word_indptr: np.ndarray, word_indices: np.ndarray, word_data: np.ndarray, n_words: int
    ) -> None:
        self.cues = cues
        self.word_indptr = word_indptr
        self.word_indices = word_indices
        self.word_data = word_data
        self.shape = (cues.shape[0], cues.shape[1] + n_words)
        self._csr: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None

    def _rows(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        if self._csr is None:
            n, n_cues = self.cues.shape
            cue_rows, cue_cols = np.nonzero(self.cues)
            rows = np.concatenate([cue_rows, np.repeat(np.arange(n), np.diff(self.word_indptr))])
            order = np.argsort(rows, kind="stable")  # each row: its cue columns, then its words
            indptr = np.zeros(n + 1, dtype=np.int64)
            np.cumsum(np.bincount(rows, minlength=n), out=indptr[1:])
            data = np.concatenate([self.cues[cue_rows, cue_cols], self.word_data])[order]
            indices = np.concatenate([cue_cols, self.word_indices + n_cues])[order]
            self._csr = (data, indices, indptr)
        return self._csr

    @property
    def data(self) -> np.ndarray:
        return self._rows()[0]

    @property
    def indices(self) -> np.ndarray:
        return self._rows()[1]

    @property
    def indptr(self) -> np.ndarray:
        return self._rows()[2]

    def toarray(self) -> np.ndarray:
        n, n_cues = self.cues.shape
        out = np.zeros(self.shape)
        out[:, :n_cues] = self.cues
        rows = np.repeat(np.arange(n), np.diff(self.word_indptr))
        out[rows, n_cues + self.word_indices] = self.word_data
        return out


class CompiledModel:
    """A fitted :func:`build_pipeline` pipeline as plain arrays: the same probabilities
    without scikit-learn.

    Made by :func:`compile_pipeline`; written beside the joblib model by
    :func:`save_model` and read back by ``load_model(path, compiled=True)``. It computes
    what the pipeline computes, in the same order: the cue features standardised
    (``(x - mean) / scale``), the masked sentence's word n-gram counts turned into
    tf-idf (sublinear tf, idf, row norm), each block times its union weight, then the
    logistic regression's softmax (or logistic function for two classes).

    Examples
    --------
    >>> from sourcecheck.features import build_views
    >>> model, card = load_model(compiled=True)
    >>> views = build_views("Police said the road is closed.", [(0, 31)])
    >>> p = model.predict_proba(views)
    >>> p.shape == (1, len(model.classes_)), bool(abs(p.sum() - 1) < 1e-12)
    (True, True)
    """

    #: version of the ``.npz`` layout; a file of another version is not read
    FORMAT = 1

    def __init__(
        self,
        *,
        classes: Sequence[str],
        coef: np.ndarray,
        intercept: np.ndarray,
        cue_mean: np.ndarray,
        cue_scale: np.ndarray,
        cue_weight: float,
        vocabulary: Sequence[str],
        idf: np.ndarray | None,
        word_weight: float,
        ngram_range: tuple[int, int],
        token_pattern: str,
        lowercase: bool,
        binary: bool,
        sublinear_tf: bool,
        norm: str | None,
    ) -> None:
        self.classes_ = np.asarray([str(c) for c in classes], dtype=object)
        self.coef_ = np.ascontiguousarray(coef, dtype=np.float64)
        self.intercept_ = np.asarray(intercept, dtype=np.float64)
        self.cue_mean = np.asarray(cue_mean, dtype=np.float64)
        self.cue_scale = np.asarray(cue_scale, dtype=np.float64)
        self.cue_weight = float(cue_weight)
        self.vocabulary = list(vocabulary)
        self.idf = None if idf is None else np.asarray(idf, dtype=np.float64)
        self.word_weight = float(word_weight)
        self.ngram_range = (int(ngram_range[0]), int(ngram_range[1]))
        self.token_pattern = token_pattern
        self.lowercase = bool(lowercase)
        self.binary = bool(binary)
        self.sublinear_tf = bool(sublinear_tf)
        self.norm = norm or None
        n_cues, n_words = len(self.cue_mean), len(self.vocabulary)
        if self.coef_.shape[1] != n_cues + n_words or len(self.cue_scale) != n_cues:
            raise ValueError(
                f"inconsistent compiled model: {self.coef_.shape[1]} coefficients per class for "
                f"{n_cues} cue features and {n_words} words"
            )
        if self.norm not in (None, "l1", "l2"):
            raise ValueError(f"unknown tf-idf norm {self.norm!r}; expected 'l1', 'l2' or None")
        self._index = {t: j for j, t in enumerate(self.vocabulary)}
        self._tokens = re.compile(token_pattern).findall
        self._cue_coef_t = np.ascontiguousarray(self.coef_[:, :n_cues].T)
        self._word_coef_t = np.ascontiguousarray(self.coef_[:, n_cues:].T)  # a row per word, for gathering

    @property
    def n_features(self) -> int:
        return len(self.cue_mean) + len(self.vocabulary)

    def feature_names_out(self) -> list[str]:
        """Names of the columns, as ``pipeline[:-1].get_feature_names_out()`` gives them."""
        return [f"cues__{n}" for n in FEATURE_NAMES] + [f"words__{t}" for t in self.vocabulary]

    def transform(self, views: Sequence[SentenceView]) -> FeatureRows:
        """The feature rows of ``views``: the values of the pipeline's feature union."""
        xc = (cue_matrix(views) - self.cue_mean) / self.cue_scale
        if self.cue_weight != 1.0:
            xc = xc * self.cue_weight
        return FeatureRows(xc, *self._words([mask_sentence(v) for v in views]), len(self.vocabulary))

    def _words(self, docs: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """tf-idf of the word n-grams of ``docs``, times the block weight, as CSR arrays."""
        index, tokens = self._index, self._tokens
        lo, hi = self.ngram_range
        indptr: list[int] = [0]
        indices: list[int] = []
        counts: list[int] = []
        for doc in docs:
            toks = tokens(doc.lower() if self.lowercase else doc)
            found: dict[int, int] = {}
            for size in range(lo, hi + 1):
                grams = toks if size == 1 else (" ".join(toks[i : i + size]) for i in range(len(toks) - size + 1))
                for g in grams:
                    j = index.get(g)
                    if j is not None:
                        found[j] = found.get(j, 0) + 1
            cols = sorted(found)
            indices.extend(cols)
            counts.extend(found[j] for j in cols)
            indptr.append(len(indices))
        ind = np.asarray(indices, dtype=np.int64)
        data = np.asarray(counts, dtype=np.float64)
        if self.binary:
            data[:] = 1.0
        if self.sublinear_tf:
            np.log(data, out=data)
            data += 1.0
        if self.idf is not None:
            data *= self.idf[ind]
        ptr = np.asarray(indptr, dtype=np.int64)
        if self.norm is not None:
            rows = np.repeat(np.arange(len(docs)), np.diff(ptr))
            sums = np.bincount(rows, weights=data * data if self.norm == "l2" else np.abs(data), minlength=len(docs))
            if self.norm == "l2":
                sums = np.sqrt(sums)
            sums[sums == 0.0] = 1.0
            data /= sums[rows]
        if self.word_weight != 1.0:
            data = data * self.word_weight
        return ptr, ind, data

    def decision_function(self, x: FeatureRows) -> np.ndarray:
        """The linear scores of feature rows ``x``: ``x @ coef_.T + intercept_``."""
        # einsum, not ``@``: a multi-threaded BLAS spends more on waking its threads than
        # on this small product, most of all beside busy worker processes
        out = np.einsum("ij,jk->ik", x.cues, self._cue_coef_t)
        starts, ends = x.word_indptr[:-1], x.word_indptr[1:]
        filled = starts < ends
        if filled.any():  # each row's sum of value x coefficient over its words
            terms = self._word_coef_t[x.word_indices] * x.word_data[:, None]
            out[filled] += np.add.reduceat(terms, starts[filled], axis=0)
        out += self.intercept_
        return out

    def predict_proba_rows(self, x: FeatureRows) -> np.ndarray:
        """Probabilities for feature rows ``x``, columns in the order of ``classes_``."""
        d = self.decision_function(x)
        if d.shape[1] == 1:  # two classes: the logistic function of the one score
            p1 = 1.0 / (1.0 + np.exp(-d[:, 0]))
            return np.column_stack([1.0 - p1, p1])
        d -= d.max(axis=1, keepdims=True)
        np.exp(d, out=d)
        d /= d.sum(axis=1, keepdims=True)
        return d

    def predict_proba(self, views: Sequence[SentenceView]) -> np.ndarray:
        """Probabilities for ``views``, as the pipeline's ``predict_proba`` gives them."""
        return self.predict_proba_rows(self.transform(views))

    # ---------------------------------------------------------------- file

    def save(self, path: str | Path) -> None:
        """Write the arrays to ``path`` (``.npz``, no pickled objects)."""
        if any("\n" in t for t in self.vocabulary):
            raise ValueError("cannot save a vocabulary with line breaks in its terms")
        blob = "\n".join(self.vocabulary).encode("utf-8")
        with open(path, "wb") as f:  # a file object: np.savez would add ".npz" to a path without it
            np.savez(
                f,
                format=np.array(self.FORMAT),
                classes=np.array([str(c) for c in self.classes_]),
                coef=self.coef_,
                intercept=self.intercept_,
                cue_mean=self.cue_mean,
                cue_scale=self.cue_scale,
                weights=np.array([self.cue_weight, self.word_weight]),
                vocabulary=np.frombuffer(blob, dtype=np.uint8),
                idf=self.idf if self.idf is not None else np.zeros(0),
                has_idf=np.array(self.idf is not None),
                ngram_range=np.array(self.ngram_range),
                token_pattern=np.array(self.token_pattern),
                flags=np.array([self.lowercase, self.binary, self.sublinear_tf]),
                norm=np.array(self.norm or ""),
            )

    @classmethod
    def load(cls, path: str | Path) -> CompiledModel:
        """Read a file written by :meth:`save` (never unpickles)."""
        with np.load(path, allow_pickle=False) as z:
            if int(z["format"]) != cls.FORMAT:
                raise ValueError(f"{path} is compiled model format {int(z['format'])}; expected {cls.FORMAT}")
            blob = z["vocabulary"].tobytes().decode("utf-8")
            lowercase, binary, sublinear = (bool(b) for b in z["flags"])
            cue_weight, word_weight = (float(w) for w in z["weights"])
            lo, hi = (int(n) for n in z["ngram_range"])
            return cls(
                classes=[str(c) for c in z["classes"]],
                coef=z["coef"],
                intercept=z["intercept"],
                cue_mean=z["cue_mean"],
                cue_scale=z["cue_scale"],
                cue_weight=cue_weight,
                vocabulary=blob.split("\n") if blob else [],
                idf=z["idf"] if bool(z["has_idf"]) else None,
                word_weight=word_weight,
                ngram_range=(lo, hi),
                token_pattern=str(z["token_pattern"]),
                lowercase=lowercase,
                binary=binary,
                sublinear_tf=sublinear,
                norm=str(z["norm"]) or None,
            )


def compile_pipeline(model: Pipeline) -> CompiledModel:
    """The :class:`CompiledModel` of a fitted :func:`build_pipeline` pipeline.

    Raises ``ValueError`` naming what differs when ``model`` is not such a pipeline
    (another classifier, other steps, a vectoriser option the compiled form does not
    reproduce).
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline
    from sklearn.preprocessing import StandardScaler

    from .features import CueFeatures, MaskedText

    def refuse(why: str) -> ValueError:
        return ValueError(f"cannot compile this model: {why}; expected a fitted sourcecheck.build_pipeline()")

    def steps(p: Any, kinds: tuple[type, ...], what: str) -> list[Any]:
        if not isinstance(p, Pipeline) or len(p.steps) != len(kinds):
            raise refuse(f"{what} is {p!r}")
        for (name, step), kind in zip(p.steps, kinds):
            if not isinstance(step, kind):
                raise refuse(f"step {name!r} of {what} is {type(step).__name__}, not {kind.__name__}")
        return [step for _, step in p.steps]

    union, clf = steps(model, (FeatureUnion, LogisticRegression), "the model")
    parts = dict(union.transformer_list)
    if list(parts) != ["cues", "words"]:
        raise refuse(f"the feature union has blocks {list(parts)}, not ['cues', 'words']")
    _, scaler = steps(parts["cues"], (CueFeatures, StandardScaler), "the 'cues' block")
    _, tfidf = steps(parts["words"], (MaskedText, TfidfVectorizer), "the 'words' block")
    for option, expected in (
        ("analyzer", "word"),
        ("input", "content"),
        ("preprocessor", None),
        ("tokenizer", None),
        ("stop_words", None),
        ("strip_accents", None),
    ):
        if getattr(tfidf, option) != expected:
            raise refuse(f"the vectoriser has {option}={getattr(tfidf, option)!r}")
    if np.dtype(tfidf.dtype) != np.float64:
        raise refuse(f"the vectoriser has dtype={tfidf.dtype!r}")
    if not hasattr(tfidf, "vocabulary_") or not hasattr(clf, "coef_"):
        raise refuse("it is not fitted")
    if re.compile(tfidf.token_pattern).groups > 1:
        raise refuse("the token pattern has more than one group")
    classes = [str(c) for c in clf.classes_]
    multi_class = getattr(clf, "multi_class", "auto")  # removed in scikit-learn 1.8: always multinomial
    if len(classes) > 2 and (multi_class == "ovr" or (multi_class == "auto" and clf.solver == "liblinear")):
        raise refuse("the logistic regression is one-vs-rest")
    weights = union.transformer_weights or {}
    vocabulary = [""] * len(tfidf.vocabulary_)
    for term, j in tfidf.vocabulary_.items():
        vocabulary[j] = term
    n_cues = len(FEATURE_NAMES)
    mean = scaler.mean_ if scaler.with_mean else np.zeros(n_cues)
    scale = scaler.scale_ if scaler.with_std else np.ones(n_cues)
    compiled = CompiledModel(
        classes=classes,
        coef=clf.coef_,
        intercept=clf.intercept_,
        cue_mean=mean,
        cue_scale=scale,
        cue_weight=1.0 if weights.get("cues") is None else weights["cues"],
        vocabulary=vocabulary,
        idf=tfidf.idf_ if tfidf.use_idf else None,
        word_weight=1.0 if weights.get("words") is None else weights["words"],
        ngram_range=tfidf.ngram_range,
        token_pattern=tfidf.token_pattern,
        lowercase=tfidf.lowercase,
        binary=tfidf.binary,
        sublinear_tf=tfidf.sublinear_tf,
        norm=tfidf.norm,
    )
    if compiled.feature_names_out() != [str(n) for n in union.get_feature_names_out()]:
        raise refuse("its feature names differ from the cue names and the vocabulary")
    return compiled


# --------------------------------------------------------------------------- files and card


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


def compiled_path(model_path: str | Path) -> Path:
    """Where :func:`save_model` writes the compiled form of ``model_path``: beside it, ``.npz``."""
    return Path(model_path).with_suffix(".npz")


def versions() -> dict[str, str]:
    import joblib
    import nltk
    import sklearn

    return {
        "sourcecheck": __version__,
        "scikit-learn": sklearn.__version__,
        "numpy": np.__version__,
        "joblib": joblib.__version__,
        "nltk": nltk.__version__,
        "python": platform.python_version(),
    }


def save_model(
    model: Pipeline,
    path: str | Path,
    *,
    metrics: dict[str, Any],
    data_hash: str,
    extra: dict[str, Any] | None = None,
    compiled: bool = True,
) -> dict[str, Any]:
    """Write ``model`` to ``path`` (joblib), its compiled form beside it (``.npz``, see
    :func:`compile_pipeline`; skipped with ``compiled=False``) and its card (``.json``);
    return the card."""
    import joblib

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
    cpath = compiled_path(path)
    if compiled:
        card["compiled"] = _write_compiled(model, cpath)
    elif cpath.exists():
        cpath.unlink()  # a stale compiled file of an earlier model must not stay beside this one
    _write_card(path, card)
    return card


def export_compiled(path: str | Path) -> dict[str, Any]:
    """Write the compiled form of the (checked) model at ``path`` beside it, record it in
    the card, and return the card: for a model saved without one. ``save_model`` does
    this when it saves."""
    path = Path(path)
    pipeline, card = load_model(path)
    card["compiled"] = _write_compiled(pipeline, compiled_path(path))
    _write_card(path, card)
    return card


def _write_compiled(model: Pipeline, cpath: Path) -> dict[str, Any]:
    compile_pipeline(model).save(cpath)
    return {"file": cpath.name, "format": CompiledModel.FORMAT, "sha256": file_sha256(cpath)}


def _write_card(path: Path, card: dict[str, Any]) -> None:
    _card_path(path).write_text(json.dumps(card, indent=1, sort_keys=True) + "\n", encoding="utf-8")


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


def _check_digest(path: Path, recorded: object, what: str) -> None:
    """Refuse ``path`` unless its SHA-256 is the one its card records."""
    digest = file_sha256(path)
    if recorded != digest:
        raise ModelCardError(
            f"{what} {path} does not match its card: SHA-256 {digest[:12]}... "
            f"but the card records {str(recorded)[:12]}...; "
            "refusing to load a file that may have been changed"
        )


def _checked_card(path: Path) -> dict[str, Any]:
    """The card of ``path`` after checking it against the model file and this sourcecheck."""
    if not path.is_file():
        raise ModelCardError(f"model file {path} does not exist")
    card = read_card(path)
    _check_digest(path, card.get("model_sha256"), "model file")
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
    return card


def _compiled_file(path: Path, card: dict[str, Any]) -> Path | None:
    """The compiled file the card names, checked against the card; None when the card names
    none (or one of another format), or the file is not there."""
    entry = card.get("compiled")
    if not isinstance(entry, dict) or entry.get("format") != CompiledModel.FORMAT:
        return None
    name = str(entry.get("file", ""))
    if not name or Path(name).name != name:
        raise ModelCardError(f"model card of {path} names the compiled file {name!r}; expected a file name beside it")
    cpath = path.with_name(name)
    if not cpath.is_file():
        return None
    _check_digest(cpath, entry.get("sha256"), "compiled model file")
    return cpath


@overload
def load_model(
    path: str | Path | None = None, *, compiled: Literal[False] = False
) -> tuple[Pipeline, dict[str, Any]]: ...


@overload
def load_model(path: str | Path | None = None, *, compiled: Literal[True]) -> tuple[CompiledModel, dict[str, Any]]: ...


def load_model(path: str | Path | None = None, *, compiled: bool = False) -> tuple[Any, dict[str, Any]]:
    """Load a model and its card, checking the card first.

    Raises :class:`ModelCardError` when the card is missing, the file's SHA-256
    differs from the card, or the labels or feature names differ from this
    version of sourcecheck. Warns when the scikit-learn version differs.

    With ``compiled=True``, returns the :class:`CompiledModel` instead of the
    scikit-learn pipeline: read from the compiled file the card names (checked
    against the card's SHA-256 too; scikit-learn is not imported), or, when there is
    none, compiled from the checked pipeline; raises ``ValueError`` when the pipeline
    cannot be compiled (see :func:`compile_pipeline`).
    """
    path = Path(path) if path is not None else default_model_path()
    card = _checked_card(path)
    if compiled:
        cpath = _compiled_file(path, card)
        if cpath is not None:
            return CompiledModel.load(cpath), card
        pipeline, card = load_model(path)
        return compile_pipeline(pipeline), card
    import joblib
    import sklearn

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
