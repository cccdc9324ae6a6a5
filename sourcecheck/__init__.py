"""sourcecheck: how well is each claim of a news article sourced?

>>> import sourcecheck
>>> a = sourcecheck.analyze("Police said the fire was likely caused by faulty wiring.")
>>> [(s.label, s.hedged) for s in a.sentences]
[('on_record', True)]

The public surface (stable names): :data:`LABELS`, :func:`analyze`,
:class:`Analyzer`, :class:`Analysis`, :class:`Sentence`, :class:`Cue`.

Importing the package is cheap: each name is imported from its module on first
use (PEP 562), and the model is loaded on the first analysis.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.util
import os
import sys
import threading
from types import ModuleType
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
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

#: the module each public name comes from
_SOURCES = {
    "Analysis": "analysis",
    "Analyzer": "analysis",
    "Sentence": "analysis",
    "analyze": "analysis",
    "Cue": "cues",
    "FEATURE_NAMES": "features",
    "CueFeatures": "features",
    "MaskedText": "features",
    "LABELS": "model",
    "LABEL_SCORES": "model",
    "ModelCardError": "model",
    "build_pipeline": "model",
    "load_model": "model",
    "Segmenter": "segment",
    "sentence_spans": "segment",
}


#: submodules that ``import sourcecheck`` used to import, still reachable as attributes
_SUBMODULES = frozenset({"analysis", "cues", "features", "lexicons", "model", "segment"})


def __getattr__(name: str) -> Any:
    module = name if name in _SUBMODULES else _SOURCES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    mod = _import_segment() if module == "segment" else importlib.import_module(f"{__name__}.{module}")
    value = mod if module == name else getattr(mod, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


# --------------------------------------------------------------------------- nltk's Punkt, alone
#
# The segmenter needs only ``nltk.tokenize.punkt`` (and a module or two beside it), but
# importing any nltk module runs ``nltk/__init__.py`` first, which imports all of nltk and
# with it scipy.stats and scikit-learn when they are installed: about 3 s, against 0.2 s for
# Punkt and the few nltk modules it imports itself. ``_import_segment`` imports
# ``sourcecheck.segment`` the way it would be imported in the middle of ``import nltk``:
#
# 1. holding the import lock of ``nltk``, it puts package modules for ``nltk`` and
#    ``nltk.tokenize`` whose ``__init__`` has not run in ``sys.modules``, marked as
#    initialising (so a concurrent ``import nltk`` in another thread waits, as it does for
#    any import in progress), and imports ``sourcecheck.segment``; the nltk submodules it
#    imports (``nltk.tokenize.punkt``, ``nltk.redos``...) load as usual;
# 2. it takes the two package modules out of ``sys.modules`` again and keeps the
#    submodules (so that a ``PunktParameters`` pickled now is the same class later);
# 3. a later ``import nltk`` runs nltk's ``__init__`` as usual; a one-shot import hook
#    (``_BindLoaded``) first sets the submodules already loaded as attributes of the new
#    package, as the import system would have (so ``nltk.tokenize.punkt`` works).
#
# A thread that ran ``import nltk`` during step 1 waits for it, then gets the package module
# it found (CPython does not look again): that module forwards every attribute it lacks to
# the real package, so such a thread still sees all of nltk.
#
# When nltk is already imported, SOURCECHECK_PLAIN_NLTK_IMPORT is set in the environment, or
# anything fails, it is a plain import.
# tests/test_coldstart.py checks that nltk afterwards looks as after a plain ``import nltk``.

_SHELLS = ("nltk", "nltk.tokenize")
_segment_lock = threading.Lock()


class _BindLoaded(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Import hook for the real import of the packages whose submodules were loaded
    without them: bind those submodules to the new package before its ``__init__`` runs."""

    def __init__(self, packages: tuple[str, ...]) -> None:
        self.pending = set(packages)
        self.loaders: dict[str, Any] = {}

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
        if fullname not in self.pending:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None:
                break
        else:
            return None
        if spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        self.loaders[fullname] = spec.loader
        spec.loader = self
        return spec

    def create_module(self, spec: Any) -> ModuleType | None:
        create = getattr(self.loaders[spec.name], "create_module", None)
        return create(spec) if create is not None else None

    def exec_module(self, module: ModuleType) -> None:
        name = module.__name__
        loader = self.loaders.pop(name)
        module.__loader__ = loader  # leave no trace of the hook on the module
        if module.__spec__ is not None:
            module.__spec__.loader = loader
        self.pending.discard(name)
        if not self.pending and self in sys.meta_path:
            sys.meta_path.remove(self)
        prefix = name + "."
        for key, sub in list(sys.modules.items()):
            if key.startswith(prefix) and "." not in key[len(prefix) :] and sub is not None:
                setattr(module, key[len(prefix) :], sub)
        loader.exec_module(module)


def _forward_to(pkg: str, shell: ModuleType) -> Any:
    """Module ``__getattr__`` for the package module put in ``sys.modules`` for a moment:
    a missing attribute is missing while it is there, and the real package's afterwards."""

    def __getattr__(attr: str) -> Any:
        if sys.modules.get(pkg) is shell:
            raise AttributeError(f"partially initialized module {pkg!r} has no attribute {attr!r}")
        return getattr(importlib.import_module(pkg), attr)

    return __getattr__


def _import_segment() -> ModuleType:
    """``sourcecheck.segment``, importing only the nltk modules it uses unless nltk is
    already imported (see the comment above)."""
    name = f"{__name__}.segment"
    with _segment_lock:
        if (
            name in sys.modules
            or "nltk" in sys.modules
            or os.environ.get("SOURCECHECK_PLAIN_NLTK_IMPORT")
            or any(isinstance(f, _BindLoaded) for f in sys.meta_path)
        ):
            return importlib.import_module(name)
        before = set(sys.modules)
        try:
            return _import_without_nltk_init(name)
        except Exception:
            for key in set(sys.modules) - before:  # forget the partial imports, then the plain way
                if key in (name, "nltk") or key.startswith("nltk."):
                    del sys.modules[key]
            return importlib.import_module(name)


def _import_without_nltk_init(name: str) -> ModuleType:
    from importlib._bootstrap import _ModuleLockManager  # type: ignore[attr-defined]

    with _ModuleLockManager("nltk"):
        if "nltk" in sys.modules:  # imported by another thread meanwhile
            return importlib.import_module(name)
        shells: list[ModuleType] = []
        try:
            for pkg in _SHELLS:
                spec = importlib.util.find_spec(pkg)
                if spec is None or spec.submodule_search_locations is None:
                    raise ImportError(f"{pkg} is not a package")
                shell = importlib.util.module_from_spec(spec)
                shell.__getattr__ = _forward_to(pkg, shell)  # type: ignore[method-assign]
                spec._initializing = True  # type: ignore[attr-defined]
                sys.modules[pkg] = shell
                shells.append(shell)
            shells[0].tokenize = shells[1]  # type: ignore[attr-defined]
            module = importlib.import_module(name)
        finally:
            for pkg, shell in zip(_SHELLS, shells):
                if sys.modules.get(pkg) is shell:
                    del sys.modules[pkg]
        sys.meta_path.insert(0, _BindLoaded(_SHELLS))
        return module
