"""Issue 7: scoring on a Dask cluster gives the single-machine scorer's outputs, byte for byte.

The cluster is a real ``distributed.LocalCluster`` of two worker processes; the
reference is ``sourcecheck score`` on one machine over the same folder.
"""

from __future__ import annotations

import json
import logging
import math
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import cloudpickle
import dask
import dask.bag as db
import joblib
import pytest
from distributed import Client, LocalCluster, get_task_stream

import sourcecheck.dask as scd
from sourcecheck import batch, cli
from sourcecheck.batch import FileItem, score_files
from sourcecheck.report import SENTENCE_COLUMNS, sentence_records

ROOT = Path(__file__).resolve().parents[1]
N_ARTICLES = 20
BAD = b"ab\xffcd"  # invalid UTF-8 at byte 2


def _make_corpus(d: Path, n: int) -> Path:
    """n articles of the team's corpus in two subfolders, metadata for some, and three odd files."""
    sys.path.insert(0, str(ROOT / "training"))
    try:
        from corpus_tool import read_corpus
    finally:
        sys.path.remove(str(ROOT / "training"))
    arts = read_corpus(ROOT / "training" / "corpus")
    meta = []
    for i in range(n):
        a = arts[(i * 17) % len(arts)]
        name = f"{'wire' if i % 2 else 'local'}/{i:03d}.txt"
        (d / name).parent.mkdir(parents=True, exist_ok=True)
        (d / name).write_text(a.text, encoding="utf-8")
        if i % 3:
            meta.append({"path": name, "publisher": a.meta["publisher"], "title": f"Article {i} <b>"})
    (d / "metadata.jsonl").write_text("".join(json.dumps(m) + "\n" for m in meta), encoding="utf-8")
    (d / "bad.txt").write_bytes(BAD)
    (d / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (d / "empty.txt").write_bytes(b"")
    (d / "utf16.txt").write_bytes("\ufeffPolice said the road is closed.".encode("utf-16-le"))
    return d


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return _make_corpus(tmp_path_factory.mktemp("corpus"), N_ARTICLES)


def _single_machine(src: Path, out: Path, *extra: str) -> int:
    return cli.main(["score", str(src), "--out", str(out), "--quiet", *extra])


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("reference")
    assert _single_machine(corpus, out) == 1  # two files fail
    return out


@pytest.fixture(scope="module")
def client():
    cluster = LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR
    )
    c = Client(cluster)
    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the helpers below run on the workers
    try:
        yield c
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
        c.close()
        cluster.close()


def _lines(p: Path) -> list[str]:
    """The lines of a JSONL file, each with its newline (split at "\n" only, as JSONL is)."""
    text = p.read_bytes().decode("utf-8") if p.exists() else ""
    assert text == "" or text.endswith("\n")
    return [x + "\n" for x in text.split("\n")[:-1]]


def _csv_body(text: str) -> str:
    header = ",".join(SENTENCE_COLUMNS) + "\r\n"
    assert text.startswith(header)
    return text[len(header) :]


def _assert_same_outputs(out: Path, ref: Path, formats=("jsonl", "csv", "html")) -> list[Path]:
    """out (the Dask writer's) holds what ref (the folder scorer's) holds; returns the JSONL parts."""
    parts = sorted((out / "sentences").glob("part-*.jsonl"))
    if "jsonl" in formats:
        ref_bytes = (ref / "sentences.jsonl").read_bytes()
        got = [line for p in parts for line in _lines(p)]
        assert sorted(got) == sorted(_lines(ref / "sentences.jsonl"))  # byte for byte after sorting ...
        assert b"".join(p.read_bytes() for p in parts) == ref_bytes  # ... and even in order
    if "csv" in formats:
        csv_parts = sorted((out / "sentences").glob("part-*.csv"))
        assert [p.stem for p in csv_parts] == [p.stem for p in parts] or "jsonl" not in formats
        body = "".join(_csv_body(p.read_bytes().decode("utf-8")) for p in csv_parts)
        assert body == _csv_body((ref / "sentences.csv").read_bytes().decode("utf-8"))
        assert (out / "articles.csv").read_bytes() == (ref / "articles.csv").read_bytes()
    if "html" in formats:
        assert (out / "report.html").read_bytes() == (ref / "report.html").read_bytes()
    assert (out / "errors.jsonl").read_bytes() == (ref / "errors.jsonl").read_bytes()
    assert not (out / ".sourcecheck-dask").exists()
    return parts


# ----------------------------------------------------------------------------- the command line on a cluster


@pytest.mark.slow
def test_cli_scheduler_writes_the_single_machine_outputs(corpus, reference, client, tmp_path):
    out = tmp_path / "out"
    rc = cli.main(["score", str(corpus), "--out", str(out), "--quiet", "--scheduler", client.scheduler.address])
    assert rc == 1
    parts = _assert_same_outputs(out, reference)
    n_files = N_ARTICLES + 4
    assert len(parts) == math.ceil(n_files / scd.cli_batch_size(n_files, 2)) == 8
    assert not (out / "sentences.jsonl").exists() and not (out / cli.PARTIAL).exists()


@pytest.mark.slow
def test_cli_scheduler_reports_bad_files_as_the_folder_scorer(corpus, client, tmp_path):
    out = tmp_path / "out"
    assert cli.main(["score", str(corpus), "--out", str(out), "--quiet", "--scheduler", client.scheduler.address]) == 1
    errs = [json.loads(x) for x in _lines(out / "errors.jsonl")]
    assert [e["path"] for e in errs] == ["bad.txt", "binary.txt"]
    assert errs[0]["reason"] == (
        f"cannot decode {corpus / 'bad.txt'} as UTF-8 at byte 2: invalid start byte; pass --encoding to choose another"
    )
    assert "NUL bytes" in errs[1]["reason"]


@pytest.mark.slow
def test_cli_scheduler_local_starts_its_own_cluster(tmp_path, monkeypatch, capsys):
    src = _make_corpus(tmp_path / "small", 3)
    monkeypatch.chdir(tmp_path)  # relative paths: the local workers share the client's folder
    assert _single_machine(Path("small"), Path("ref")) == 1
    rc = cli.main(["score", "small", "--out", "out", "--scheduler", "local", "--jobs", "2", "--format", "jsonl,csv"])
    assert rc == 1
    _assert_same_outputs(tmp_path / "out", tmp_path / "ref", formats=("jsonl", "csv"))
    assert not (tmp_path / "out" / "report.html").exists()
    n_sent = sum(len(_lines(p)) for p in (tmp_path / "out" / "sentences").glob("*.jsonl"))
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"scored 5 articles, {n_sent} sentences, 2 failed (see out/errors.jsonl) -> out "
        "(sentence records in out/sentences/part-*)"
    )
    assert src.is_dir()


@pytest.mark.parametrize(
    "extra, message",
    [
        (["--scheduler", "nonsense"], "--scheduler expects tcp://HOST:PORT or 'local', got 'nonsense'"),
        (["--scheduler", "tcp://10.0.0.5"], "--scheduler expects tcp://HOST:PORT or 'local', got 'tcp://10.0.0.5'"),
        (["--scheduler", "local", "--resume"], "--resume does not work with --scheduler; run again without it"),
        (["--scheduler", "tcp://127.0.0.1:9"], "cannot reach the Dask scheduler at tcp://127.0.0.1:9: "),
    ],
)
def test_cli_scheduler_usage_errors(extra, message, tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Police said so.", encoding="utf-8")
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        rc = cli.main(["score", str(tmp_path), "--out", str(tmp_path / "out"), *extra])
    assert rc == 2
    assert capsys.readouterr().err.startswith(f"sourcecheck score: error: {message}")


@pytest.mark.parametrize(
    "value, ok",
    [
        ("local", True),
        ("tcp://10.0.0.5:8786", True),
        ("10.0.0.5:8786", True),
        ("tls://scheduler.example:8786", True),
        ("tcp://[::1]:8786", True),
        ("", False),
        ("tcp://10.0.0.5", False),
        ("scheduler:port", False),
        ("LOCAL", False),
    ],
)
def test_check_scheduler(value, ok):
    if ok:
        assert scd.check_scheduler(value) == value
    else:
        with pytest.raises(ValueError, match=r"^--scheduler expects tcp://HOST:PORT or 'local', got "):
            scd.check_scheduler(value)


@pytest.mark.parametrize(
    "n_files, threads, expected", [(2000, 2, 64), (24, 2, 3), (30, 2, 4), (1, 8, 1), (0, 2, 1), (10_000, 0, 64)]
)
def test_cli_batch_size(n_files, threads, expected):
    assert scd.cli_batch_size(n_files, threads) == expected


# ----------------------------------------------------------------------------- the Python API


def _ref_records(reference: Path) -> list[str]:
    return _lines(reference / "sentences.jsonl")


def _dumps(recs) -> list[str]:
    return [json.dumps(r, ensure_ascii=False) + "\n" for r in recs]


@pytest.mark.slow
@pytest.mark.parametrize("form", ["folder", "items", "bag of items"])
def test_score_bag_gives_the_folder_scorers_records(form, corpus, reference, client):
    items = scd.folder_items(corpus)
    arg = {"folder": str(corpus), "items": items, "bag of items": db.from_sequence(items, npartitions=3)}[form]
    bag = scd.score_bag(arg, batch_size=5)
    assert bag.npartitions == (3 if form == "bag of items" else math.ceil(len(items) / 5))
    got = _dumps(bag.compute())
    assert sorted(got) == sorted(_ref_records(reference))
    assert got == _ref_records(reference)


@pytest.mark.slow
def test_results_bag_reports_failures(corpus, client):
    res = scd.results_bag(str(corpus), batch_size=7).compute()
    assert [r["path"] for r in res] == [it.name for it in scd.folder_items(corpus)]
    failed = {r["path"]: r["error"] for r in res if r["error"] is not None}
    assert sorted(failed) == ["bad.txt", "binary.txt"]
    assert failed["bad.txt"].startswith(f"cannot decode {corpus / 'bad.txt'} as UTF-8 at byte 2")
    assert all(r["sentences"] == [] for r in res if r["error"] is not None)
    assert [r["sentences"] for r in res if r["path"] == "empty.txt"] == [[]]


def _install_load_counter() -> None:
    """On a worker: forget the cached analyser and count model loads from now on."""
    import sourcecheck.analysis as an_mod

    orig = getattr(an_mod, "_orig_load_model", an_mod.load_model)
    an_mod._orig_load_model = orig
    an_mod._load_count = 0

    def counting(*args, **kwargs):
        an_mod._load_count += 1
        return orig(*args, **kwargs)

    an_mod.load_model = counting
    batch._WORKER_ANALYZER = None


def _load_count() -> int:
    import sourcecheck.analysis as an_mod

    return an_mod._load_count


@pytest.mark.slow
def test_model_loaded_once_per_worker_not_shipped_with_tasks(corpus, client):
    client.run(_install_load_counter)
    bag = scd.score_bag(str(corpus), batch_size=2)
    assert bag.npartitions == 12
    with get_task_stream(client) as ts:
        first = bag.compute()
        assert bag.compute() == first
    per_worker = {d["worker"] for d in ts.data}
    assert len(ts.data) >= 24 and len(per_worker) == 2  # many tasks on each of the two workers ...
    assert sorted(client.run(_load_count).values()) == [1, 1]  # ... and one model load in each
    model = next((ROOT / "sourcecheck" / "models").glob("*.joblib"))
    graph = cloudpickle.dumps(dict(bag.__dask_graph__()))
    assert len(graph) < model.stat().st_size / 10  # the graph holds file names, never the model


def test_worker_analyzer_loads_once_across_threads(monkeypatch):
    import sourcecheck.analysis as an_mod

    calls = []
    orig = an_mod.load_model

    def slow_counting(*args, **kwargs):
        calls.append(threading.get_ident())
        return orig(*args, **kwargs)

    monkeypatch.setattr(an_mod, "load_model", slow_counting)
    monkeypatch.setattr(batch, "_WORKER_ANALYZER", None)
    with ThreadPoolExecutor(8) as ex:
        got = list(ex.map(lambda _: scd.worker_analyzer(), range(16)))
    assert len(calls) == 1
    assert all(a is got[0] for a in got)


@pytest.mark.parametrize(
    "bad, message",
    [
        (42, "expected a path or a sourcecheck.batch.FileItem, got int: 42"),
        (("a.txt", "a.txt", None, None), "expected a path or a sourcecheck.batch.FileItem, got tuple: "),
    ],
)
def test_score_bag_refuses_other_items(bad, message):
    with pytest.raises(TypeError, match="^" + message.replace("(", r"\(")):
        scd.score_bag([bad])


def test_batch_size_must_be_positive():
    with pytest.raises(ValueError, match=r"^batch_size must be at least 1, got 0$"):
        scd.score_bag(["a.txt"], batch_size=0)


@pytest.mark.slow
@pytest.mark.parametrize(
    "formats, files",
    [
        (("jsonl",), {"errors.jsonl", "sentences/part-00000.jsonl", "sentences/part-00001.jsonl"}),
        (
            ("csv",),
            {"errors.jsonl", "articles.csv", "sentences/part-00000.csv", "sentences/part-00001.csv"},
        ),
        (("html",), {"errors.jsonl", "report.html"}),
    ],
)
def test_write_scores_formats(formats, files, corpus, reference, client, tmp_path):
    out = tmp_path / "out"
    (out / "sentences").mkdir(parents=True)
    (out / "sentences" / "part-00099.jsonl").write_text("stale\n", encoding="utf-8")  # from an earlier run
    summ = scd.write_scores(str(corpus), out, formats=formats, batch_size=13)
    written = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert written == files
    assert summ.parts == tuple(str(out / f) for f in sorted(files) if f.startswith("sentences/"))
    n_ref = len(_ref_records(reference))
    assert (summ.articles, summ.sentences, summ.errors) == (N_ARTICLES + 2, n_ref, 2)
    _assert_same_outputs(out, reference, formats=formats)


@pytest.mark.slow
def test_write_scores_empty_folder(client, tmp_path):
    (tmp_path / "empty").mkdir()
    assert _single_machine(tmp_path / "empty", tmp_path / "ref") == 0
    summ = scd.write_scores(tmp_path / "empty", tmp_path / "out")
    parts = tuple(str(tmp_path / "out" / "sentences" / f"part-00000{ext}") for ext in (".jsonl", ".csv"))
    assert summ == scd.WriteSummary(0, 0, 0, parts)
    _assert_same_outputs(tmp_path / "out", tmp_path / "ref")


def test_write_scores_unknown_format(tmp_path):
    with pytest.raises(ValueError, match=r"^unknown format 'xml'; expected any of jsonl, csv, html$"):
        scd.write_scores([], tmp_path, formats=("jsonl", "xml"))


# ----------------------------------------------------------------------------- joblib's dask backend


def _joblib_run(items, client):
    with get_task_stream(client) as ts, joblib.parallel_config(backend="dask"):
        res = list(score_files(items, n_jobs=2, chunk_size=4))
    return res, [str(d["key"]) for d in ts.data]


@pytest.mark.slow
def test_joblib_dask_backend_runs_score_files_on_the_cluster(corpus, reference, client):
    items = scd.folder_items(corpus)
    res, keys = _joblib_run(items, client)
    assert [r.path for r in res] == [it.name for it in items]
    recs = [line for r in res if r.analysis is not None for line in _dumps(sentence_records(r.path, r.analysis))]
    assert recs == _ref_records(reference)
    assert [r.path for r in res if r.error] == ["bad.txt", "binary.txt"]
    assert sum("_score_chunk" in k for k in keys) >= math.ceil(len(items) / 4)  # the chunks ran on the workers


@pytest.mark.slow
def test_joblib_dask_backend_sends_only_chunks(corpus, client):
    _, keys = _joblib_run(scd.folder_items(corpus), client)
    assert all("_score_chunk" in k for k in keys), sorted({k.split("-")[0] for k in keys})


def test_item_from_path_and_file_item():
    assert scd._as_item("x/a.txt", "AP") == FileItem("x/a.txt", publisher="AP")
    it = FileItem("x/a.txt", "a.txt", "Reuters", "T")
    assert scd._as_item(it, "AP") is it


def test_docstring_examples(monkeypatch):
    import doctest

    monkeypatch.chdir(ROOT)  # the examples score seeds/
    result = doctest.testmod(scd, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted >= 8
    assert result.failed == 0
