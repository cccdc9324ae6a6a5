"""Cold start (issue 6): what ``import sourcecheck`` and the first analysis import, and that
loading Punkt without the rest of nltk leaves nltk exactly as a plain ``import nltk`` would.

Every check runs in a fresh interpreter: this test process has long imported everything.
No test asserts a time.
"""

from __future__ import annotations

import fnmatch
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from sourcecheck.model import default_model_path, read_card

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("sklearn", "scipy", "joblib", "pandas", "nltk")


def run_python(code: str, *args: str) -> dict:
    """Run ``code`` in a fresh interpreter; it prints one JSON object last."""
    r = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert r.returncode == 0, r.stderr[-3000:]
    return json.loads(r.stdout.strip().splitlines()[-1])


LOADED = f"""
import json, sys
def loaded():
    return sorted(m for m in {HEAVY!r} if m in sys.modules)
"""


def test_import_sourcecheck_imports_nothing_heavy():
    got = run_python(
        LOADED
        + """
import sourcecheck
print(json.dumps({"loaded": loaded(), "numpy": "numpy" in sys.modules, "submodules":
                  sorted(m for m in sys.modules if m.startswith("sourcecheck."))}))
"""
    )
    assert got == {"loaded": [], "numpy": False, "submodules": ["sourcecheck._version"]}


def test_analysis_with_a_compiled_model_imports_no_scikit_learn_nor_all_of_nltk(compiled_copy):
    got = run_python(
        LOADED
        + """
import sourcecheck
an = sourcecheck.Analyzer(model_path=sys.argv[1])
a = an.analyze("A Western diplomat said the delegation walked out. It rained.")
print(json.dumps({"loaded": loaded(), "punkt": "nltk.tokenize.punkt" in sys.modules,
                  "labels": [s.label for s in a.sentences], "explained": bool(a.sentences[0].contributions)}))
""",
        str(compiled_copy),
    )
    assert got["loaded"] == []  # no scikit-learn, scipy, joblib; nltk's __init__ never ran
    assert got["punkt"] and got["explained"]
    assert len(got["labels"]) == 2


def test_packaged_model_cold_start_is_light():
    card = read_card(default_model_path())
    if "compiled" not in card:
        pytest.skip("the packaged model has no compiled form yet: python training/train.py writes it")
    got = run_python(LOADED + "import sourcecheck; sourcecheck.analyze('x'); print(json.dumps(loaded()))")
    assert got == []


def test_plain_nltk_import_can_be_forced_from_the_environment(compiled_copy, monkeypatch):
    monkeypatch.setenv("SOURCECHECK_PLAIN_NLTK_IMPORT", "1")
    got = run_python(
        LOADED
        + """
import sourcecheck
an = sourcecheck.Analyzer(model_path=sys.argv[1])
n = len(an.analyze("It rained. Then it snowed.").sentences)
print(json.dumps({"loaded": loaded(), "n": n}))
""",
        str(compiled_copy),
    )
    assert "nltk" in got["loaded"]  # nltk's own __init__ ran
    assert got["n"] == 2


def test_every_packaged_model_file_is_package_data():
    """The files the packaged card names (model, card, compiled form) are all in the wheel's package data."""
    tomllib = pytest.importorskip("tomllib")
    globs = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["sourcecheck"]
    model = default_model_path()
    card = read_card(model)
    names = [model.name, model.with_suffix(".json").name]
    if "compiled" in card:
        names.append(card["compiled"]["file"])
    for name in names:
        assert any(fnmatch.fnmatch(f"models/{name}", g) for g in globs), f"models/{name} is not in {globs}"


# ---------------------------------------------------------------- nltk stays nltk

NLTK_STATE = """
import json, pickle, sys
{before}
import nltk
import nltk.tokenize
from nltk.tokenize import punkt
import sourcecheck
seg = sourcecheck.Segmenter()
print(json.dumps({{
    "nltk": sorted(vars(nltk)),
    "tokenize": sorted(vars(nltk.tokenize)),
    "modules": sorted(k for k in sys.modules if k == "nltk" or k.startswith("nltk.")),
    "loaders": [type(nltk.__loader__).__name__, type(nltk.__spec__.loader).__name__,
                type(nltk.tokenize.__loader__).__name__],
    "meta_path": [type(f).__name__ for f in sys.meta_path],
    "punkt_bound": nltk.tokenize.punkt is punkt is sys.modules["nltk.tokenize.punkt"],
    "same_classes": [getattr(sys.modules[c.__module__], c.__qualname__) is c
                     for c in vars(sys.modules["sourcecheck.segment"]).values()
                     if isinstance(c, type) and c.__module__.startswith("nltk.")],
    "submodules_bound": all(hasattr(nltk, m) for m in ("probability", "internals", "pathsec", "redos", "tokenize")),
    "words": nltk.word_tokenize("Mr. Smith didn't go.", preserve_line=True),
    "freq": nltk.FreqDist("abracadabra").most_common(2),
    "pickled": pickle.loads(pickle.dumps(seg)).spans("Dr. Lee left. He did.") == seg.spans("Dr. Lee left. He did."),
    "sentences": sourcecheck.sentence_spans("Sen. Ann Lee arrived. She left."),
    "version": nltk.__version__,
}}))
"""

SOURCECHECK_FIRST = """
import sourcecheck
assert sourcecheck.sentence_spans("One. Two.") == [(0, 4), (5, 9)]
assert "nltk" not in sys.modules and "nltk.tokenize.punkt" in sys.modules
"""


@pytest.fixture(scope="module")
def plain_nltk_state():
    return run_python(NLTK_STATE.format(before=""))


def test_nltk_after_sourcecheck_is_a_plain_nltk(plain_nltk_state):
    after = run_python(NLTK_STATE.format(before=SOURCECHECK_FIRST))
    assert after == plain_nltk_state
    assert after["punkt_bound"] and after["submodules_bound"] and after["pickled"]
    assert after["same_classes"] and all(after["same_classes"])  # nltk's classes, as nltk exposes them
    assert after["loaders"] == ["SourceFileLoader"] * 3  # no trace of the import hook
    assert "_BindLoaded" not in after["meta_path"]


def test_punkt_imported_directly_after_sourcecheck(plain_nltk_state):
    got = run_python(
        NLTK_STATE.format(
            before=SOURCECHECK_FIRST
            + "from nltk.tokenize.punkt import PunktSentenceTokenizer\nimport nltk.probability\n"
        )
    )
    assert got == plain_nltk_state


def test_sourcecheck_after_nltk_uses_the_loaded_nltk(plain_nltk_state):
    got = run_python(NLTK_STATE.format(before="import nltk\nnltk_module = nltk"))
    assert got == plain_nltk_state


def test_falls_back_to_a_plain_import_when_the_light_import_fails(plain_nltk_state):
    got = run_python(
        NLTK_STATE.format(
            before="""
import sourcecheck
def broken(name):
    import nltk.tokenize.punkt  # a partial import, then a failure: both must be undone
    raise RuntimeError("simulated")
sourcecheck._import_without_nltk_init = broken
assert sourcecheck.sentence_spans("One. Two.") == [(0, 4), (5, 9)]
assert "nltk" in sys.modules  # the plain import ran
"""
        )
    )
    assert got == plain_nltk_state


def test_import_nltk_in_another_thread_during_the_light_import(plain_nltk_state):
    got = run_python(
        NLTK_STATE.format(
            before="""
import threading
import sourcecheck
errors = []
barrier = threading.Barrier(2)
def use_nltk():
    barrier.wait()
    try:
        import nltk
        nltk.FreqDist("ab").most_common(1)
        nltk.tokenize.punkt.PunktParameters()
    except Exception as e:
        errors.append(repr(e))
def use_sourcecheck():
    barrier.wait()
    try:
        sourcecheck.sentence_spans("One. Two.")
    except Exception as e:
        errors.append(repr(e))
threads = [threading.Thread(target=use_nltk), threading.Thread(target=use_sourcecheck)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert not errors, errors
"""
        )
    )
    assert got == plain_nltk_state


def test_a_thread_that_got_the_package_module_of_the_light_import_sees_all_of_nltk():
    """CPython hands a thread that imported nltk during the light import the package module
    it waited for; that module forwards what it lacks to the real nltk."""
    got = run_python(
        """
import importlib.util, json, sys
import sourcecheck
made = []
def record(spec, _make=importlib.util.module_from_spec):
    made.append(_make(spec))
    return made[-1]
importlib.util.module_from_spec = record
sourcecheck.sentence_spans("One. Two.")
importlib.util.module_from_spec = made and record.__defaults__[0]
nltk_shell, tokenize_shell = made
assert "nltk" not in sys.modules and nltk_shell.__name__ == "nltk"
import nltk
print(json.dumps({
    "freq": nltk_shell.FreqDist("aab").most_common(1),
    "version": nltk_shell.__version__ == nltk.__version__,
    "tokenize": nltk_shell.tokenize.word_tokenize("Hi there.", preserve_line=True),
    "punkt": nltk_shell.tokenize.punkt is nltk.tokenize.punkt,
}))
"""
    )
    assert got == {"freq": [["a", 2]], "version": True, "tokenize": ["Hi", "there", "."], "punkt": True}
