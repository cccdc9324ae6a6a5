"""sourcecheck: how well is each claim of a news article sourced?

>>> import sourcecheck
>>> a = sourcecheck.analyze("Police said the fire was likely caused by faulty wiring.")
>>> [(s.label, s.hedged) for s in a.sentences]
[('on_record', True)]

The public surface (stable names): :data:`LABELS`, :func:`analyze`,
:class:`Analyzer`, :class:`Analysis`, :class:`Sentence`, :class:`Cue`.
"""

from ._version import __version__
from .analysis import Analysis, Analyzer, Sentence, analyze
from .cues import Cue
from .features import FEATURE_NAMES, CueFeatures, MaskedText
from .model import LABEL_SCORES, LABELS, ModelCardError, build_pipeline, load_model
from .segment import Segmenter, sentence_spans

__all__ = [
    "FEATURE_NAMES",
    "LABELS",
    "LABEL_SCORES",
    "Analysis",
    "Analyzer",
    "Cue",
    "CueFeatures",
    "MaskedText",
    "ModelCardError",
    "Segmenter",
    "Sentence",
    "__version__",
    "analyze",
    "build_pipeline",
    "load_model",
    "sentence_spans",
]
