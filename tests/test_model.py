"""Model definition, card check, estimator contract and reproducible rebuild."""

import json
import random
import re
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import joblib
import numpy as np
import pytest
from sklearn.base import clone
from sklearn.pipeline import FeatureUnion, Pipeline

import sourcecheck
from sourcecheck import FEATURE_NAMES, Analyzer, CueFeatures, MaskedText, ModelCardError, build_pipeline, load_model
from sourcecheck.features import build_views
from sourcecheck.model import (
    CompiledModel,
    compile_pipeline,
    default_model_path,
    file_sha256,
    save_model,
)
from sourcecheck.segment import sentence_spans

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture()
def model_copy(tmp_path):
    src = default_model_path()
    dst = tmp_path / src.name
    shutil.copy(src, dst)
    shutil.copy(src.with_suffix(".json"), dst.with_suffix(".json"))
    return dst


def test_packaged_model_loads_with_card():
    model, card = load_model()
    assert card["labels"] == list(sourcecheck.LABELS)
    assert card["feature_names"] == list(FEATURE_NAMES)
    assert set(model.classes_) == set(sourcecheck.LABELS)
    for key in ("cv_macro_f1", "cv_per_label_f1", "sentences", "articles"):
        assert key in card["metrics"]
    assert len(card["training_data_sha256"]) == 64


def test_tampered_model_is_refused(model_copy):
    data = bytearray(model_copy.read_bytes())
    data[len(data) // 2] ^= 0xFF
    model_copy.write_bytes(bytes(data))
    with pytest.raises(ModelCardError, match="does not match its card"):
        load_model(model_copy)


def test_missing_card_is_refused(model_copy):
    model_copy.with_suffix(".json").unlink()
    with pytest.raises(ModelCardError, match=r"card .* is missing"):
        load_model(model_copy)


def test_label_mismatch_is_refused(model_copy):
    card_path = model_copy.with_suffix(".json")
    card = json.loads(card_path.read_text())
    card["labels"] = ["strong", "weak"]
    card_path.write_text(json.dumps(card))
    with pytest.raises(ModelCardError, match="trained for labels"):
        load_model(model_copy)


def test_sklearn_version_mismatch_warns(model_copy):
    card_path = model_copy.with_suffix(".json")
    card = json.loads(card_path.read_text())
    card["versions"]["scikit-learn"] = "0.1.0"
    card_path.write_text(json.dumps(card))
    with pytest.warns(UserWarning, match="scikit-learn 0.1.0"):
        load_model(model_copy)


def test_missing_model_file_error(tmp_path):
    with pytest.raises(ModelCardError, match="does not exist"):
        sourcecheck.Analyzer(model_path=tmp_path / "nope.joblib").analyze("Hello there.")


def test_user_model_path_is_used(model_copy, seed_text):
    a = sourcecheck.Analyzer(model_path=model_copy).analyze(seed_text)
    b = sourcecheck.analyze(seed_text)
    assert [s.label for s in a.sentences] == [s.label for s in b.sentences]


# ---------------------------------------------------------------- estimator contract


def _views():
    text = (
        'Police said the fire was likely caused by wiring. "It spread fast," he added.\n\n'
        "The mayor reportedly resigned. Sources say the budget collapsed."
    )
    return build_views(text, sentence_spans(text))


@pytest.mark.parametrize("est", [CueFeatures(), MaskedText()])
def test_clone_round_trips_params(est):
    c = clone(est)
    assert c.get_params() == est.get_params()
    assert type(c) is type(est)


def test_clone_pipeline_keeps_settings():
    c = clone(build_pipeline(C=2.0, text_weight=0.5))
    params = c.get_params()
    assert params["clf__C"] == 2.0
    assert params["features__transformer_weights"] == {"cues": 1.0, "words": 0.5}


def test_cue_features_names_and_shape():
    views = _views()
    cf = CueFeatures().fit(views)
    x = cf.transform(views)
    assert x.shape == (len(views), len(FEATURE_NAMES))
    assert list(cf.get_feature_names_out()) == list(FEATURE_NAMES)
    assert len(set(FEATURE_NAMES)) == len(FEATURE_NAMES)
    assert np.isfinite(x).all()
    assert CueFeatures().fit_transform(views).shape == x.shape


def test_constructor_stores_nothing_learned():
    assert not [k for k in vars(CueFeatures()) if k.endswith("_")]


def test_transformers_work_in_union_and_survive_joblib(tmp_path):
    views = _views()
    union = FeatureUnion([("cues", CueFeatures()), ("n", Pipeline([("m", MaskedText())]))])
    cues_only = Pipeline([("u", FeatureUnion([("cues", CueFeatures())]))])
    a = cues_only.fit_transform(views)
    joblib.dump(cues_only, tmp_path / "p.joblib")
    b = joblib.load(tmp_path / "p.joblib").transform(views)
    np.testing.assert_array_equal(a, b)
    assert union.fit(views) is union


def test_pipeline_fits_and_predicts_all_labels():
    views = _views() * 3
    y = (
        [
            "on_record",
            "on_record",
            "vague",
            "vague",
            "anonymous",
            "weak",
            "unsourced",
            "not_a_claim",
            "on_record",
            "vague",
            "vague",
            "on_record",
        ]
    )[: len(views)]
    pipe = build_pipeline().fit(views, y)
    p = pipe.predict_proba(views)
    assert p.shape == (len(views), len(set(y)))
    np.testing.assert_allclose(p.sum(1), 1.0)


# ---------------------------------------------------------------- reproducible rebuild


@pytest.mark.slow
def test_rebuilt_model_predicts_like_shipped(tmp_path, seed_text):
    out = tmp_path / "rebuilt.joblib"
    r = subprocess.run(
        [sys.executable, str(ROOT / "training" / "train.py"), "--no-cv", "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert r.returncode == 0, r.stderr
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        rebuilt = sourcecheck.Analyzer(model_path=out).analyze(seed_text)
    shipped = sourcecheck.analyze(seed_text)
    assert [s.label for s in rebuilt.sentences] == [s.label for s in shipped.sentences]
    for a, b in zip(rebuilt.sentences, shipped.sentences):
        for k in sourcecheck.LABELS:
            assert a.probabilities[k] == pytest.approx(b.probabilities[k], abs=1e-6)
    _, card = load_model(out)
    _, shipped_card = load_model()
    assert card["training_data_sha256"] == shipped_card["training_data_sha256"]


# ---------------------------------------------------------------- compiled form (issue 6)


def _corpus_views(n_articles=40, seed=6):
    sys.path.insert(0, str(ROOT / "training"))
    from corpus_tool import read_corpus

    arts = random.Random(seed).sample(read_corpus(ROOT / "training" / "corpus"), n_articles)
    views = []
    for a in arts:
        views += build_views(a.text, [(s["start"], s["end"]) for s in a.sentences], a.meta.get("publisher"))
    return views


def _odd_views():
    texts = [
        "Zzyzx qwv blorp.",  # no word of the vocabulary
        "Said.",
        '"',
        "A " * 400 + "man said so.",
        "SPRINGFIELD, Ill. (AP) — Officials said 12 people were hurt, according to police.",
    ]
    return [v for t in texts for v in build_views(t, sentence_spans(t))]


def test_compiled_file_and_card(compiled_copy):
    card = json.loads(compiled_copy.with_suffix(".json").read_text())
    entry = card["compiled"]
    assert entry["file"] == compiled_copy.with_suffix(".npz").name
    assert entry["format"] == CompiledModel.FORMAT
    assert entry["sha256"] == file_sha256(compiled_copy.with_suffix(".npz"))
    with np.load(compiled_copy.with_suffix(".npz"), allow_pickle=False) as z:  # plain arrays, nothing pickled
        assert {"coef", "intercept", "idf", "vocabulary", "cue_mean", "cue_scale"} <= set(z.files)


@pytest.mark.parametrize("which", ["seed", "corpus", "odd"])
def test_compiled_equals_pipeline_predict_proba(compiled_copy, seed_text, which):
    pipe, _ = load_model(compiled_copy)
    compiled, _ = load_model(compiled_copy, compiled=True)
    assert isinstance(compiled, CompiledModel)
    views = {
        "seed": lambda: build_views(seed_text, sentence_spans(seed_text)),
        "corpus": _corpus_views,
        "odd": _odd_views,
    }[which]()
    assert len(views) > 3
    assert list(compiled.classes_) == [str(c) for c in pipe.classes_]
    np.testing.assert_allclose(compiled.predict_proba(views), pipe.predict_proba(views), rtol=0, atol=1e-9)


def test_compiled_features_are_the_pipelines(compiled_copy, seed_text):
    """Same CSR rows as the feature union, so explanations (Sentence.contributions) match too."""
    pipe, _ = load_model(compiled_copy)
    compiled, _ = load_model(compiled_copy, compiled=True)
    views = build_views(seed_text, sentence_spans(seed_text)) + _odd_views()
    want = pipe[:-1].transform(views).tocsr()
    got = compiled.transform(views)
    assert got.shape == want.shape
    np.testing.assert_array_equal(got.indptr, want.indptr)
    np.testing.assert_array_equal(got.indices, want.indices)
    np.testing.assert_allclose(got.data, want.data, rtol=0, atol=1e-12)
    np.testing.assert_allclose(got.toarray(), want.toarray(), rtol=0, atol=1e-12)
    assert compiled.feature_names_out() == [str(n) for n in pipe[:-1].get_feature_names_out()]
    assert compiled.predict_proba(views[:0]).shape == (0, len(compiled.classes_))


def test_analyzer_with_compiled_file_matches_the_pipeline(compiled_copy, seed_text, monkeypatch):
    with_file = Analyzer(model_path=compiled_copy).analyze(seed_text)
    compiled_copy.with_suffix(".npz").rename(compiled_copy.with_suffix(".moved"))
    try:  # no compiled file beside the model: the pipeline is loaded and compiled in memory
        from_pipeline = Analyzer(model_path=compiled_copy).analyze(seed_text)
    finally:
        compiled_copy.with_suffix(".moved").rename(compiled_copy.with_suffix(".npz"))
    for a, b in zip(with_file.sentences, from_pipeline.sentences, strict=True):
        assert a.label == b.label
        assert a.probabilities == pytest.approx(b.probabilities, abs=1e-12)
        assert [n for n, _ in a.contributions] == [n for n, _ in b.contributions]


@pytest.mark.parametrize(
    "params",
    [{"text_weight": 0.5, "C": 3.0}, {"two_classes": True}],
    ids=["weighted-union", "binary"],
)
def test_compile_a_freshly_fitted_pipeline(params, seed_text):
    views = _corpus_views(12, seed=1)
    y = [("not_a_claim" if v.sc.reporting_verbs == 0 else "on_record") for v in views]
    if not params.pop("two_classes", False):
        y = [lab if k % 5 else "vague" for k, lab in enumerate(y)]
    pipe = build_pipeline(**params).fit(views, y)
    test = build_views(seed_text, sentence_spans(seed_text))
    np.testing.assert_allclose(compile_pipeline(pipe).predict_proba(test), pipe.predict_proba(test), atol=1e-9, rtol=0)


def test_compile_refuses_other_models():
    from sklearn.tree import DecisionTreeClassifier

    pipe = build_pipeline()
    pipe.steps[-1] = ("clf", DecisionTreeClassifier())
    with pytest.raises(ValueError, match="step 'clf' of the model is DecisionTreeClassifier, not LogisticRegression"):
        compile_pipeline(pipe)
    with pytest.raises(ValueError, match="it is not fitted"):
        compile_pipeline(build_pipeline())


def test_analyzer_predicts_with_a_model_that_cannot_be_compiled(tmp_path, seed_text):
    from sklearn.tree import DecisionTreeClassifier

    views = _corpus_views(10, seed=2)
    y = ["on_record" if v.sc.reporting_verbs else "unsourced" for v in views]
    pipe = build_pipeline()
    pipe.steps[-1] = ("clf", DecisionTreeClassifier(max_depth=3, random_state=0))
    pipe.fit(views, y)
    path = tmp_path / "tree.joblib"
    save_model(pipe, path, metrics={}, data_hash="0" * 64, compiled=False)
    assert "compiled" not in json.loads(path.with_suffix(".json").read_text())
    assert not path.with_suffix(".npz").exists()
    a = Analyzer(model_path=path).analyze(seed_text)
    assert {s.label for s in a.sentences} <= {"on_record", "unsourced"}


def test_tampered_compiled_file_is_refused(compiled_copy, tmp_path):
    dst = tmp_path / compiled_copy.name
    for suffix in (".joblib", ".json", ".npz"):
        shutil.copy(compiled_copy.with_suffix(suffix), dst.with_suffix(suffix))
    npz = dst.with_suffix(".npz")
    data = bytearray(npz.read_bytes())
    data[len(data) // 2] ^= 0xFF
    npz.write_bytes(bytes(data))
    with pytest.raises(ModelCardError, match=r"compiled model file .*\.npz does not match its card"):
        load_model(dst, compiled=True)
    with pytest.raises(ModelCardError, match="does not match its card"):
        Analyzer(model_path=dst).analyze("Police said so.")


def test_compiled_load_still_checks_the_joblib_file(compiled_copy, tmp_path):
    dst = tmp_path / compiled_copy.name
    for suffix in (".joblib", ".json", ".npz"):
        shutil.copy(compiled_copy.with_suffix(suffix), dst.with_suffix(suffix))
    data = bytearray(dst.read_bytes())
    data[100] ^= 0xFF
    dst.write_bytes(bytes(data))
    with pytest.raises(ModelCardError, match=r"model file .*\.joblib does not match its card"):
        load_model(dst, compiled=True)


def test_card_cannot_point_the_compiled_file_elsewhere(compiled_copy, tmp_path):
    dst = tmp_path / compiled_copy.name
    for suffix in (".joblib", ".json"):
        shutil.copy(compiled_copy.with_suffix(suffix), dst.with_suffix(suffix))
    card = json.loads(dst.with_suffix(".json").read_text())
    card["compiled"]["file"] = "../elsewhere.npz"
    dst.with_suffix(".json").write_text(json.dumps(card))
    with pytest.raises(ModelCardError, match=re.escape("names the compiled file '../elsewhere.npz'")):
        load_model(dst, compiled=True)


def test_save_model_writes_all_three_files(tmp_path):
    views = _views() * 2
    y = ["on_record", "on_record", "vague", "unsourced"] * 2
    pipe = build_pipeline().fit(views, y)
    path = tmp_path / "m.joblib"
    card = save_model(pipe, path, metrics={"x": 1}, data_hash="0" * 64)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.joblib", "m.json", "m.npz"]
    sha = file_sha256(path.with_suffix(".npz"))
    assert card["compiled"] == {"file": "m.npz", "format": CompiledModel.FORMAT, "sha256": sha}
    compiled, _ = load_model(path, compiled=True)
    np.testing.assert_allclose(compiled.predict_proba(views), pipe.predict_proba(views), atol=1e-9, rtol=0)
    save_model(pipe, path, metrics={}, data_hash="0" * 64, compiled=False)
    assert not path.with_suffix(".npz").exists()  # no stale compiled file beside a new model
