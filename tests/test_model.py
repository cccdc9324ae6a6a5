"""Model definition, card check, estimator contract and reproducible rebuild."""

import json
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
from sourcecheck import FEATURE_NAMES, CueFeatures, MaskedText, ModelCardError, build_pipeline, load_model
from sourcecheck.features import build_views
from sourcecheck.model import default_model_path
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
