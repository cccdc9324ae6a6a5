"""benchmarks/run.py (issue 6): the arithmetic, the report and the child-process measurement.

No test asserts a time: only counts, structure, exact derived ratios and memory bounds
far from the measured values.
"""

import json
import sys
from pathlib import Path

import pytest
from _scriptload import load_script

ROOT = Path(__file__).resolve().parents[1]


run = load_script("bench_run", "benchmarks/run.py")


@pytest.mark.parametrize(
    ("figures", "met"),
    [
        ({}, [None, None, None, None, None]),
        (
            {
                "full_over_split": 2.5,
                "spacy_over_full": 30.0,
                "cold_start_s": 0.8,
                "cold_peak_rss_mb": 200.0,
                "folder_scaling": 1.7,
            },
            [True, True, True, True, True],
        ),
        (
            {
                "full_over_split": 2.51,
                "spacy_over_full": 29.9,
                "cold_start_s": 0.81,
                "cold_peak_rss_mb": 200.1,
                "folder_scaling": 1.69,
            },
            [False, False, False, False, False],
        ),
        ({"full_over_split": 9.0, "folder_scaling": 1.9}, [False, None, None, None, True]),
    ],
)
def test_check_targets(figures, met):
    got = run.check_targets(figures)
    assert [t["met"] for t in got] == met
    assert [t["target"] for t in got] == ["<= 2.5", ">= 30", "<= 0.8", "<= 200", ">= 1.7"]


@pytest.mark.parametrize(
    ("seq", "size", "expected"),
    [([], 3, []), ([1, 2, 3], 3, [[1, 2, 3]]), ([1, 2, 3, 4, 5], 2, [[1, 2], [3, 4], [5]])],
)
def test_batches(seq, size, expected):
    assert run.batches(seq, size) == expected


def test_interleaved_runs_in_rounds_and_rejects_zero():
    calls = []
    runs = run.interleaved({"a": lambda: calls.append("a"), "b": lambda: calls.append("b")}, 3)
    assert calls == ["a", "b", "a", "b", "a", "b"]
    assert [len(runs["a"]), len(runs["b"])] == [3, 3]
    with pytest.raises(ValueError, match="repeats must be at least 1, got 0"):
        run.interleaved({"a": lambda: None}, 0)


@pytest.mark.parametrize(
    ("num", "den", "expected"),
    [([2.0], [1.0], 2.0), ([2.0, 9.0, 3.0], [1.0, 3.0, 1.0], 3.0), ([1.0, 4.0], [1.0, 1.0], 2.5)],
)
def test_paired_ratio(num, den, expected):
    assert run.paired_ratio(num, den) == expected


def test_paired_ratio_needs_equal_runs():
    with pytest.raises(ValueError, match="got 2 and 1"):
        run.paired_ratio([1.0, 2.0], [1.0])


def test_timing_median():
    assert run.timing([3.0, 1.0, 2.0]) == {"median_s": 2.0, "runs_s": [3.0, 1.0, 2.0]}


def test_rate_arithmetic():
    r = run.rate({"median_s": 2.0, "runs_s": [2.0]}, n_sentences=1000, n_articles=50)
    assert r["sentences_per_s"] == 500.0
    assert r["articles_per_s"] == 25.0
    assert r["us_per_sentence"] == 2000.0


def _results():
    return {
        "meta": {
            "date": "2026-01-01 00:00 UTC",
            "command": "python benchmarks/run.py",
            "machine": "x86_64, 2 cores",
            "python": "3.11.7",
            "sourcecheck": "0.1.0",
            "repeats": 5,
            "pinned": "cpu 0",
            "load_average_before": [0.5, 0.4, 0.3],
            "load_average_after": [0.6, 0.4, 0.3],
        },
        "corpus": {"articles": 10, "sentences": 200, "characters": 30000, "sha256": "ab" * 32},
        "throughput": {
            "batched": {"us_per_sentence": 300.0, "sentences_per_s": 3333.3, "articles_per_s": 166.7},
            "one_at_a_time": {"us_per_sentence": 400.0, "sentences_per_s": 2500.0, "articles_per_s": 125.0},
        },
        "stages": {"punkt": {"us_per_sentence": 100.0}, "segment": {"us_per_sentence": 60.0}},
        "cold": {"import_analyze": {"command": "python -c ...", "median_s": 1.5, "peak_rss_max_mb": 150.0}},
        "folder": {
            "articles": 2000,
            "jobs_1": {"articles_per_s": 100.0},
            "jobs_2": {"articles_per_s": 180.0},
            "scaling": 1.8,
        },
        "peers": {
            "pysbd": {"skipped": "pysbd is not installed (pip install -e '.[bench]')"},
            "spacy_parse": {"us_per_sentence": 6000.0},
        },
    }


def test_derive_ratios():
    fig = run.derive(_results())
    assert fig["full_over_punkt"] == 3.0
    assert fig["full_over_segment"] == 5.0
    assert fig["full_over_split"] == 5.0  # against the faster of the two splitters
    assert fig["spacy_over_full"] == 20.0
    assert fig["pysbd_over_full"] is None and fig["spacy_full_over_full"] is None
    assert (fig["cold_start_s"], fig["cold_peak_rss_mb"], fig["folder_scaling"]) == (1.5, 150.0, 1.8)


def test_derive_prefers_paired_ratios():
    res = _results()
    res["paired_ratios"] = {"full_over_punkt": 2.0, "full_over_segment": 2.2}
    res["peers"]["spacy_parse"]["over_full"] = 31.0
    fig = run.derive(res)
    assert (fig["full_over_punkt"], fig["full_over_segment"], fig["full_over_split"]) == (2.0, 2.2, 2.2)
    assert fig["spacy_over_full"] == 31.0


def test_derive_without_sections():
    fig = run.derive({})
    assert set(fig.values()) == {None}


def test_render_markdown_rows():
    res = _results()
    res["figures"] = run.derive(res)
    res["targets"] = run.check_targets(res["figures"])
    md = run.render_markdown(res).splitlines()
    assert "| analyze_many (batched) | 300.0 | 3,333 | 166.7 |" in md
    assert "| peer: pysbd splitting | skipped: pysbd is not installed (pip install -e '.[bench]') | | |" in md
    assert "| `sourcecheck score --jobs 2` (2,000 files, wall) | | | 180.0 |" in md
    assert "| full analysis / sentence_spans | 5.00 |" in md
    targets = [line for line in md if line.startswith("| ") and line.endswith((" yes |", " **no** |", " n/a |"))]
    assert [line.rsplit("|", 2)[1].strip() for line in targets] == ["**no**", "**no**", "**no**", "yes", "yes"]


def test_run_child_measures_the_child_not_this_process():
    ballast = b"x" * 300_000_000  # this process is large; a plain fork+exec child would inherit its peak RSS
    small = run.run_child([sys.executable, "-c", "pass"], ROOT)
    big = run.run_child([sys.executable, "-c", "b = b'x' * 250_000_000"], ROOT)
    del ballast
    assert small["peak_rss_mb"] < 100
    assert big["peak_rss_mb"] > 250


def test_run_child_reports_failure():
    with pytest.raises(RuntimeError, match=r"exited with 3:\n.*boom"):
        run.run_child([sys.executable, "-c", "import sys; sys.stderr.write('boom'); sys.exit(3)"], ROOT)


def test_write_folder_cycles_texts(tmp_path):
    run.write_folder(["A.", "B."], 5, tmp_path / "arts")
    files = sorted((tmp_path / "arts").iterdir())
    assert [f.name for f in files] == ["00000.txt", "00001.txt", "00002.txt", "00003.txt", "00004.txt"]
    assert [f.read_text(encoding="utf-8") for f in files] == ["A.", "B.", "A.", "B.", "A."]


def test_load_corpus_is_the_team_corpus_text():
    sys.path.insert(0, str(ROOT / "training"))
    try:
        from corpus_tool import read_corpus
    finally:
        sys.path.remove(str(ROOT / "training"))
    texts = run.load_corpus(run.DEFAULT_CORPUS, limit=3)
    assert texts == [a.text for a in read_corpus(run.DEFAULT_CORPUS)[:3]]


def test_unknown_section_is_a_usage_error(capsys):
    assert run.main(["--skip", "cold,gpu"]) == 2
    assert "unknown section ['gpu']; expected any of analysis, cold, folder, peers" in capsys.readouterr().err


def test_smoke_run_writes_json_and_markdown(tmp_path):
    out = tmp_path / "res"
    code = run.main(["--limit", "4", "--repeats", "1", "--skip", "cold,folder,peers", "--out", str(out)])
    assert code == 0
    res = json.loads((out / "latest.json").read_text(encoding="utf-8"))
    assert res["corpus"]["articles"] == 4
    assert res["corpus"]["sentences"] > 4
    assert set(res["stages"]) == {
        "punkt",
        "segment",
        "cues_views",
        "cue_features",
        "masked_text",
        "model_features",
        "classifier",
        "predict_proba",
        "assemble_derived",
    }
    assert len(res["throughput"]["batched"]["runs_s"]) == 1
    assert [t["key"] for t in res["targets"] if t["met"] is not None] == ["full_over_split"]
    assert set(res["paired_ratios"]) == {"full_over_punkt", "full_over_segment", "one_at_a_time_over_batched"}
    assert res["figures"]["full_over_punkt"] == res["paired_ratios"]["full_over_punkt"]
    md = (out / "latest.md").read_text(encoding="utf-8")
    assert md.startswith("# sourcecheck benchmark (")
    assert "| cold start wall time, seconds | <= 0.8 | n/a | n/a |" in md
