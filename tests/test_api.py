"""The public surface named in STYLE.md, and the input contract of analyze()."""

import json
import math

import pytest

import sourcecheck
from sourcecheck import LABELS, Analysis, Analyzer, Cue, Sentence


def test_labels_exact():
    assert LABELS == ("on_record", "anonymous", "weak", "vague", "unsourced", "not_a_claim")


def test_public_names_exported():
    for name in ("LABELS", "analyze", "Analyzer", "Analysis", "Sentence", "Cue", "__version__"):
        assert name in sourcecheck.__all__
        assert hasattr(sourcecheck, name)


@pytest.mark.parametrize("bad", [b"bytes", None, 3, ["a list"], bytearray(b"x")])
def test_analyze_rejects_non_str(bad):
    with pytest.raises(TypeError, match=type(bad).__name__):
        sourcecheck.analyze(bad)


def test_bytes_error_says_how_to_fix():
    with pytest.raises(TypeError, match="decode"):
        sourcecheck.analyze(b"x")


@pytest.mark.parametrize("text", ["", " ", "\n\n\t  \r\n"])
def test_empty_text_gives_no_sentences(text):
    a = sourcecheck.analyze(text)
    assert isinstance(a, Analysis)
    assert a.sentences == []
    assert a.sourcing_index is None
    assert a.text == text


def test_sentence_invariants(seed_text, seed_analysis):
    a = seed_analysis
    assert a.text is seed_text or a.text == seed_text
    prev_end = 0
    for s in a.sentences:
        assert isinstance(s, Sentence)
        assert seed_text[s.start : s.end] == s.text
        assert s.start >= prev_end
        prev_end = s.end
        assert s.label in LABELS
        assert math.isclose(sum(s.probabilities.values()), 1.0, abs_tol=1e-9)
        assert set(s.probabilities) == set(LABELS)
        if s.label == "not_a_claim":
            assert s.score is None
        else:
            assert 0.0 <= s.score <= 1.0
        for c in s.cues:
            assert isinstance(c, Cue)
            assert seed_text[c.start : c.end] == c.text
            assert s.start <= c.start < c.end <= s.end
        assert s.attributed == any(c.kind == "attribution" for c in s.cues)
        assert s.hedged == any(c.kind == "hedge" for c in s.cues)


def test_results_are_frozen(seed_analysis):
    s = seed_analysis.sentences[0]
    with pytest.raises(AttributeError):
        s.label = "weak"


def test_to_dict_is_json(seed_analysis):
    d = seed_analysis.to_dict()
    back = json.loads(json.dumps(d))
    assert len(back["sentences"]) == len(seed_analysis.sentences)
    assert back["sentences"][0]["text"] == seed_analysis.sentences[0].text
    assert back["sourcing_index"] == pytest.approx(seed_analysis.sourcing_index)


def test_sourcing_index_is_claim_weighted_mean(seed_analysis):
    num = den = 0.0
    for s in seed_analysis.sentences:
        if s.score is not None:
            w = 1 - s.probabilities["not_a_claim"]
            num += w * s.score
            den += w
    assert seed_analysis.sourcing_index == pytest.approx(num / den)


def test_score_is_expected_strength(seed_analysis):
    weights = {"on_record": 1.0, "anonymous": 0.75, "weak": 0.5, "vague": 0.25, "unsourced": 0.0}
    for s in seed_analysis.sentences:
        if s.score is None:
            continue
        mass = sum(s.probabilities[k] for k in weights)
        assert s.score == pytest.approx(sum(s.probabilities[k] * w for k, w in weights.items()) / mass)


def test_analyzer_reuse_and_batch_match_single(seed_text):
    an = Analyzer()
    one = an.analyze(seed_text)
    many = an.analyze_many([seed_text, "Short one. Another."])
    assert [s.label for s in many[0].sentences] == [s.label for s in one.sentences]
    for a, b in zip(many[0].sentences, one.sentences):
        for k in LABELS:
            assert a.probabilities[k] == pytest.approx(b.probabilities[k], abs=1e-9)
    assert len(many[1].sentences) == 2


def test_max_chars_error_names_limit():
    an = Analyzer(max_chars=10)
    with pytest.raises(ValueError, match="max_chars=10"):
        an.analyze("x" * 11)


def test_nul_and_control_characters_do_not_crash():
    a = sourcecheck.analyze("Police said\x00 the \x07fire\x1b was out. \ufeffThen \u2028it rained.")
    assert a.sentences


def test_explain_names_sources(seed_analysis):
    s = next(s for s in seed_analysis.sentences if "Saloum said" in s.text)
    text = s.explain()
    assert "Saloum" in text and "named person" in text


def test_summary_counts(seed_analysis):
    summ = seed_analysis.summary()
    assert sum(summ["label_counts"].values()) == len(seed_analysis.sentences)
    assert summ["claims"] == len(seed_analysis.sentences) - summ["label_counts"]["not_a_claim"]
    assert len(summ["weakest"]) <= 3


def test_repr_html_escapes_markup():
    a = sourcecheck.analyze("<script>alert(1)</script> said the man.")
    html = a._repr_html_()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


def test_explain_gives_model_reasons_in_words():
    a = sourcecheck.analyze("A Western diplomat who attended the session said the delegation walked out.")
    s = a.sentences[0]
    assert s.contributions, "a linear model should report its strongest reasons"
    assert all(w > 0 for _, w in s.contributions)
    assert [w for _, w in s.contributions] == sorted((w for _, w in s.contributions), reverse=True)
    text = s.explain()
    assert "the model leaned on:" in text
    assert "“A Western diplomat who attended the session” (anonymous)" in text


def test_describe_feature_words():
    from sourcecheck.features import describe_feature

    assert describe_feature("cues__status_denial", 1.0) == "a denial"
    assert describe_feature("cues__src_anonymous", 2.0) == "an anonymous source"
    assert describe_feature("cues__booster", -1.0).startswith("absence of:")
    assert describe_feature("words__said NAME", 0.2) == "the words 'said NAME'"


def test_every_public_name_resolves_lazily():
    """``import sourcecheck`` imports no submodule; each name loads on first use (issue 6)."""
    assert set(sourcecheck.__all__) <= set(dir(sourcecheck))
    for name in sourcecheck.__all__:
        assert getattr(sourcecheck, name) is not None
    namespace: dict = {}
    exec("from sourcecheck import *", namespace)
    assert set(sourcecheck.__all__) <= set(namespace)
    assert sourcecheck.CueFeatures is sourcecheck.features.CueFeatures  # the class inside the pickle
    assert sourcecheck.Analyzer is sourcecheck.analysis.Analyzer


def test_unknown_attribute_error_names_it():
    with pytest.raises(AttributeError, match="module 'sourcecheck' has no attribute 'analyse'"):
        sourcecheck.analyse  # noqa: B018


def test_submodules_are_attributes_after_import():
    import subprocess
    import sys

    code = "import sourcecheck; print(sourcecheck.segment.sentence_spans('One. Two.'), sourcecheck.model.LABELS[0])"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["[(0,", "4),", "(5,", "9)]", "on_record"]
