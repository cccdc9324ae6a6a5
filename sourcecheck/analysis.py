"""Result types and the :class:`Analyzer` that produces them.

>>> import sourcecheck
>>> a = sourcecheck.analyze("The rebels have reportedly seized a second airfield.")
>>> s = a.sentences[0]
>>> s.hedged, s.attributed, s.label in sourcecheck.LABELS
(True, True, True)
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from .cues import Cue, stance_positions
from .features import SentenceView, build_views, describe_feature
from .model import LABEL_SCORES, LABELS, CompiledModel, load_model

if TYPE_CHECKING:
    from .segment import Segmenter

__all__ = ["Analysis", "Analyzer", "Cue", "Sentence", "analyze"]

_CLAIMS = tuple(LABEL_SCORES)
_LEVEL = {"on_record": 4, "anonymous": 3, "weak": 2, "vague": 1, "unsourced": 0}


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article with its label, score and cues.

    ``text[start:end] == sentence.text`` for the article ``text``; ``score`` is the
    expected sourcing strength over the five claim labels (on_record 1.0 ...
    unsourced 0.0), ``None`` exactly when ``label == "not_a_claim"``.
    """

    start: int
    end: int
    text: str
    label: str
    score: float | None
    probabilities: dict[str, float]
    cues: tuple[Cue, ...]
    attributed: bool
    hedged: bool
    contributions: tuple[tuple[str, float], ...] = field(default=(), repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "label": self.label,
            "score": self.score,
            "probabilities": dict(self.probabilities),
            "attributed": self.attributed,
            "hedged": self.hedged,
            "cues": [c.to_dict() for c in self.cues],
        }

    def explain(self) -> str:
        """Why this sentence got its label, in plain words: cues first, then the model's
        strongest reasons."""
        parts = [f"{self.label}" + (f" (score {self.score:.2f})" if self.score is not None else "")]
        srcs = [c for c in self.cues if c.kind == "source" and c.type != "stance_holder"]
        if srcs:
            parts.append("sources: " + "; ".join(f"“{c.text}” ({c.type.replace('_', ' ')})" for c in srcs))
        else:
            parts.append("no source found in the sentence")
        positions = stance_positions(self.cues)
        if positions:
            # a position the writer reports someone holds: it names who, not where the claim comes from
            parts.append("position of: " + "; ".join(f"“{h.text}” (“{v.text}”)" for h, v in positions))
        for kind, title in (
            ("attribution", "attribution"),
            ("hedge", "hedges"),
            ("relay", "relayed via"),
            ("status", "response status"),
        ):
            cs = [c for c in self.cues if c.kind == kind]
            if cs:
                parts.append(f"{title}: " + ", ".join(f"“{c.text}”" for c in cs))
        if self.contributions:
            parts.append("the model leaned on: " + "; ".join(n for n, _ in self.contributions[:4]))
        return "; ".join(parts)


@dataclass(frozen=True)
class Analysis:
    """The analysis of one article."""

    text: str
    sentences: list[Sentence]
    publisher: str | None = None

    @property
    def sourcing_index(self) -> float | None:
        """Claim-weighted mean score: each sentence's score weighted by its probability
        of being a claim; ``None`` when no sentence is labelled a claim."""
        num = den = 0.0
        for s in self.sentences:
            if s.score is None:
                continue
            w = 1.0 - s.probabilities.get("not_a_claim", 0.0)
            num += w * s.score
            den += w
        return num / den if den > 0 else None

    def summary(self) -> dict[str, Any]:
        """Counts and shares a standards editor can act on (see README, "The summary")."""
        counts = Counter(s.label for s in self.sentences)
        claims = [s for s in self.sentences if s.label != "not_a_claim"]
        src = Counter(c.type for s in self.sentences for c in s.cues if c.kind == "source")
        named = src["named_person"] + src["named_organization"]
        anon = src["anonymous"] + src["generic_anonymous"]
        weakest = sorted(claims, key=lambda s: (s.score if s.score is not None else 1.0, s.start))[:3]
        status = [
            s for s in self.sentences if any(c.kind == "status" and c.type in ("unconfirmed", "denial") for c in s.cues)
        ]
        n = len(claims)
        return {
            "sentences": len(self.sentences),
            "claims": n,
            "label_counts": {lab: counts.get(lab, 0) for lab in LABELS},
            "named_sources": named,
            "anonymous_sources": anon,
            "vague_sources": src["vague"],
            "share_unsourced": counts["unsourced"] / n if n else None,
            "share_vague_or_unsourced": (counts["unsourced"] + counts["vague"]) / n if n else None,
            "unconfirmed_or_denied": len(status),
            "hedged_claims": sum(1 for s in claims if s.hedged),
            "weakest": [
                {"start": s.start, "end": s.end, "label": s.label, "score": s.score, "text": s.text} for s in weakest
            ],
            "sourcing_index": self.sourcing_index,
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "publisher": self.publisher,
            "sentences": [s.to_dict() for s in self.sentences],
            "sourcing_index": self.sourcing_index,
            "summary": self.summary(),
        }

    def to_frame(self) -> Any:
        """One row per sentence as a pandas DataFrame (needs ``pip install pandas``).

        Columns: start, end, text, label, score (NaN for ``not_a_claim``), ``p_<label>``
        for each of :data:`LABELS`, attributed, hedged, and cues as ``kind:type:text; ...``;
        the same columns, in the same order, for an article without sentences.

        Raises
        ------
        ImportError
            When pandas is not installed, saying how to install it.
        """
        try:
            import pandas as pd
        except ImportError:
            raise ImportError("Analysis.to_frame() needs pandas: pip install 'sourcecheck[pandas]'") from None
        columns = ["start", "end", "text", "label", "score", *(f"p_{k}" for k in LABELS), "attributed", "hedged"]
        rows = []
        for s in self.sentences:
            d = s.to_dict()
            d.pop("cues")
            probs = d.pop("probabilities")
            d.update({f"p_{k}": v for k, v in probs.items()})
            d["cues"] = "; ".join(f"{c.kind}:{c.type}:{c.text}" for c in s.cues)
            rows.append(d)
        frame = pd.DataFrame(rows, columns=[*columns, "cues"])
        return frame.astype({"score": "float64"})

    def _repr_html_(self) -> str:
        """The highlighted article for Jupyter: legend, summary line, sentences coloured by
        label with cue spans marked; hover or click a sentence for its label, score and cues."""
        from .report import article_html

        return article_html(self)

    def __repr__(self) -> str:
        idx = self.sourcing_index
        return f"Analysis({len(self.sentences)} sentences, sourcing_index={'None' if idx is None else f'{idx:.2f}'})"


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(
            f"analyze() takes str, got {type(text).__name__}"
            + ("; decode bytes first, e.g. data.decode('utf-8')" if isinstance(text, (bytes, bytearray)) else "")
        )
    return text


class Analyzer:
    """Reusable analyser: loads the model once and scores articles in batches.

    Parameters
    ----------
    model_path : str or Path, optional
        A model file made by ``training/train.py``, with its ``.json`` card beside it.
        Default: the model shipped in the package. joblib files run code when
        loaded: pass only files you trust.
    max_chars : int, optional
        Longest article accepted, in characters (default 5,000,000).

    Examples
    --------
    >>> an = Analyzer()
    >>> [len(a.sentences) for a in an.analyze_many(["One. Two.", "Three."])]
    [2, 1]
    """

    def __init__(self, model_path: str | Path | None = None, *, max_chars: int = 5_000_000) -> None:
        self.model_path = model_path
        self.max_chars = max_chars
        self._model: Any = None
        self._card: dict[str, Any] | None = None
        self._weights: np.ndarray | None = None
        self._names: list[str] = []
        self._label_row: np.ndarray | None = None
        self._lock = threading.Lock()

    def _load(self) -> Any:
        """The model, loaded on first use: the compiled form (no scikit-learn), or the
        scikit-learn pipeline for a model that cannot be compiled."""
        if self._model is None:
            with self._lock:
                if self._model is None:
                    try:
                        self._model, self._card = load_model(self.model_path, compiled=True)
                    except ValueError:  # not a build_pipeline() model: predict with the pipeline itself
                        self._model, self._card = load_model(self.model_path)
        return self._model

    @property
    def card(self) -> dict[str, Any]:
        self._load()
        assert self._card is not None
        return self._card

    def analyze(self, text: str, publisher: str | None = None) -> Analysis:
        """Analyse one article."""
        return self.analyze_many([text], publishers=[publisher])[0]

    def analyze_many(
        self, texts: Iterable[str], publishers: Iterable[str | None] | None = None, *, batch_size: int = 64
    ) -> list[Analysis]:
        """Analyse many articles, predicting in batches."""
        return list(self.iter_analyze(texts, publishers, batch_size=batch_size))

    def iter_analyze(
        self, texts: Iterable[str], publishers: Iterable[str | None] | None = None, *, batch_size: int = 64
    ) -> Iterator[Analysis]:
        """Like :meth:`analyze_many` but yields results in input order as batches finish."""
        pubs = iter(publishers) if publishers is not None else None
        batch: list[tuple[str, str | None]] = []
        for text in texts:
            pub = next(pubs, None) if pubs is not None else None
            batch.append((_check_text(text), pub))
            if len(batch) >= batch_size:
                yield from self._run(batch)
                batch = []
        if batch:
            yield from self._run(batch)

    def _run(self, batch: list[tuple[str, str | None]]) -> list[Analysis]:
        seg = _segmenter()
        all_views: list[list[SentenceView]] = []
        for text, pub in batch:
            if len(text) > self.max_chars:
                raise ValueError(
                    f"article of {len(text):,} characters is longer than max_chars="
                    f"{self.max_chars:,}; raise Analyzer(max_chars=...) to accept it"
                )
            all_views.append(build_views(text, seg.spans(text), pub))
        flat = [v for vs in all_views for v in vs]
        probs, x = self._predict(flat) if flat else (np.zeros((0, len(LABELS))), None)
        best = probs.argmax(axis=1) if len(flat) else np.zeros(0, dtype=int)
        reasons = self._all_contributions(x, best)
        out = []
        k = 0
        for (text, pub), views in zip(batch, all_views):
            sents = [self._sentence(v, probs[k + i], reasons[k + i]) for i, v in enumerate(views)]
            k += len(views)
            out.append(Analysis(text, sents, pub))
        return out

    def _all_contributions(self, x: Any, best: np.ndarray, k: int = 5) -> list[tuple[tuple[str, float], ...]]:
        """:meth:`_contributions` for every row of a batch, ``best[r]`` the index in
        :data:`LABELS` of row ``r``'s label: one vectorised product for the whole batch
        (a call per row cost more than the prediction)."""
        n = len(best)
        if not n or not hasattr(x, "indptr") or not self._explainable():
            return [self._contributions(x, r, LABELS[int(best[r])], k) for r in range(n)]
        assert self._weights is not None and self._label_row is not None
        row_of = self._label_row[best]  # row of self._weights for each sentence's label, -1 if none
        indptr, indices, data = x.indptr, x.indices, x.data
        nnz_row = np.repeat(np.arange(n), np.diff(indptr))
        contrib = data * self._weights[np.maximum(row_of, 0)[nnz_row], indices]
        names = self._names
        words: dict[tuple[int, bool], str] = {}  # describe_feature depends on the sign of the value only

        def describe(col: int, value: float) -> str:
            key = (col, value >= 0)
            text = words.get(key)
            if text is None:
                text = words[key] = describe_feature(names[col], value)
            return text

        out: list[tuple[tuple[str, float], ...]] = []
        for r in range(n):
            lo, hi = indptr[r], indptr[r + 1]
            if row_of[r] < 0 or lo == hi:
                out.append(())
                continue
            c = contrib[lo:hi]
            order = np.argsort(-c)[:k]
            out.append(
                tuple((describe(int(indices[lo + o]), float(data[lo + o])), float(c[o])) for o in order if c[o] > 0)
            )
        return out

    def _explainable(self) -> bool:
        """Whether the model is linear with one coefficient row per label; prepares the
        centred weights, feature names and the label-to-row map once."""
        model = self._load()
        clf = model if isinstance(model, CompiledModel) else model[-1]
        if not hasattr(clf, "coef_") or len(clf.coef_) != len(clf.classes_):
            return False
        if self._weights is None:
            coef = np.asarray(clf.coef_)
            self._weights = coef - coef.mean(axis=0, keepdims=True)
            names = model.feature_names_out() if clf is model else model[:-1].get_feature_names_out()
            self._names = [str(n) for n in names]
        if self._label_row is None:
            classes = [str(c) for c in clf.classes_]
            self._label_row = np.array([classes.index(lab) if lab in classes else -1 for lab in LABELS])
        return True

    def predict_proba(self, views: list[SentenceView]) -> np.ndarray:
        """Probabilities in the order of :data:`LABELS` for a batch of views."""
        return self._predict(views)[0]

    def _predict(self, views: list[SentenceView]) -> tuple[np.ndarray, Any]:
        """Probabilities (in :data:`LABELS` order, prior-corrected) and the feature matrix."""
        model = self._load()
        if isinstance(model, CompiledModel):
            x = model.transform(views)
            p = model.predict_proba_rows(x)
        else:
            x = model[:-1].transform(views)
            if hasattr(x, "tocsr"):
                x = x.tocsr()
            p = model[-1].predict_proba(x)
        classes = list(model.classes_)
        out = np.zeros((len(views), len(LABELS)))
        for j, lab in enumerate(LABELS):
            if lab in classes:
                out[:, j] = p[:, classes.index(lab)]
        prior = self.card.get("prior_correction")
        if prior:
            out = out * np.array([prior.get(lab, 1.0) for lab in LABELS])
        out /= out.sum(axis=1, keepdims=True)
        return out, x

    def _contributions(self, x: Any, row: int, label: str, k: int = 5) -> tuple[tuple[str, float], ...]:
        """The ``k`` features that pushed this row most toward ``label`` (linear models only):
        value times the label's coefficient, centred over labels."""
        if not self._explainable():
            return ()
        assert self._weights is not None and self._label_row is not None
        row_of = int(self._label_row[LABELS.index(label)])
        if row_of < 0:
            return ()
        w = self._weights[row_of]
        if hasattr(x, "indptr"):  # CSR: slice the row's arrays, no per-row matrix object
            lo, hi = x.indptr[row], x.indptr[row + 1]
            idx, vals = x.indices[lo:hi], x.data[lo:hi]
        else:
            r = np.asarray(x[row]).ravel()
            idx = np.flatnonzero(r)
            vals = r[idx]
        contrib = vals * w[idx]
        order = np.argsort(-contrib)[:k]
        return tuple(
            (describe_feature(self._names[idx[o]], float(vals[o])), float(contrib[o])) for o in order if contrib[o] > 0
        )

    @staticmethod
    def _sentence(v: SentenceView, p: np.ndarray, contributions: tuple[tuple[str, float], ...] = ()) -> Sentence:
        probs = {lab: float(p[i]) for i, lab in enumerate(LABELS)}
        label = LABELS[int(np.argmax(p))]
        score: float | None = None
        if label != "not_a_claim":
            mass = sum(probs[c] for c in _CLAIMS)
            score = sum(probs[c] * LABEL_SCORES[c] for c in _CLAIMS) / mass if mass > 0 else 0.0
            score = min(1.0, max(0.0, score))
        cues = tuple(v.sc.cues)
        if v.sc.stances:
            cues = tuple(sorted(cues + tuple(v.sc.stances), key=lambda c: (c.start, c.end, c.kind)))
        return Sentence(
            start=v.start,
            end=v.end,
            text=v.sentence,
            label=label,
            score=score,
            probabilities=probs,
            cues=cues,
            attributed=any(c.kind == "attribution" for c in cues),
            hedged=any(c.hedges_claim for c in cues),
            contributions=contributions,
        )


def _segmenter() -> Segmenter:
    """The shared segmenter; importing it imports only the part of nltk it uses (see
    ``sourcecheck._import_segment``)."""
    from . import _import_segment

    segmenter: Segmenter = _import_segment().get_segmenter()
    return segmenter


_default: Analyzer | None = None
_default_lock = threading.Lock()


def default_analyzer() -> Analyzer:
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Analyzer()
    return _default


def analyze(text: str, publisher: str | None = None) -> Analysis:
    """Analyse one article with the packaged model.

    Parameters
    ----------
    text : str
        The article, as plain text. Offsets in the result index into it.
    publisher : str, optional
        The outlet that published it ("Associated Press"), so that "told The
        Associated Press" in its own story counts as its own reporting.
    """
    return default_analyzer().analyze(_check_text(text), publisher)
