"""Scoring a folder end to end (issue 4): the ``sourcecheck`` command and examples/score_folder.py
run as subprocesses on a temporary folder, every output parsed and checked field by field;
``sourcecheck explain``; the batch layer underneath (reading, metadata, parallel order)."""

from __future__ import annotations

import codecs
import csv
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_report import parse_html

import sourcecheck
from sourcecheck.batch import (
    FileItem,
    InputError,
    decode_bytes,
    find_files,
    load_metadata,
    score_files,
    score_texts,
)
from sourcecheck.cli import PARTIAL, atomic_open, main
from sourcecheck.report import ARTICLE_COLUMNS, SENTENCE_COLUMNS, csv_safe

ROOT = Path(__file__).resolve().parents[1]
SEED_TEXT = (ROOT / "seeds" / "000_2370f5f62fc33515.txt").read_text(encoding="utf-8")
EXAMPLE = ROOT / "examples" / "score_folder.py"

# markup in a plain-text article, kept as text (three common tags: with more, the reader takes
# the file for an HTML page and strips it, see sourcecheck.batch.looks_like_html)
INJECTION = (
    '<script>alert("pwned")</script> Officials said the <u>bridge</u> will close & reopen.\n\n'
    '<img src=x onerror=alert(1)> The mayor said "x < y" on Monday. <svg onload=alert(2)>\n'
)
FORMULA = '=HYPERLINK("http://evil.example","click") Officials said the\nport reopened on Monday.\n'
UTF16 = "Police said the café was closed. Résumé: the mayor may resign, aides said.\n"
LATIN1 = "Café owners said prices rose sharply.".encode("latin-1")  # 0xE9 at byte 3
NOTES = "Officials said the notes are in markdown.\n"

# what the folder holds, decoded, by the path the outputs use; in the order the outputs list them
TEXTS = {
    "a.txt": SEED_TEXT,
    "empty.txt": "",
    "odd<i>name.txt": FORMULA,
    "sub/inj.txt": INJECTION,
    "sub/utf16.txt": UTF16,
}
META = {"sub/inj.txt": ("Example <Post>", "<b>Bridge</b> closes"), "a.txt": ("SOFREP", None)}
BAD = "sub/deep/latin1.txt"


def make_folder(root: Path) -> Path:
    (root / "sub" / "deep").mkdir(parents=True)
    for name, text in TEXTS.items():
        data = text.encode("utf-16") if name == "sub/utf16.txt" else text.encode("utf-8")
        (root / name).write_bytes(data)
    (root / BAD).write_bytes(LATIN1)
    (root / "notes.md").write_text(NOTES, encoding="utf-8")
    (root / "metadata.jsonl").write_text(
        json.dumps({"path": "sub/inj.txt", "publisher": "Example <Post>", "title": "<b>Bridge</b> closes"})
        + "\n\n"
        + json.dumps({"path": "./a.txt", "publisher": "SOFREP", "title": None})
        + "\n",
        encoding="utf-8",
    )
    return root


def run(*args: str | Path, script: Path | None = None, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """Run the command (``python -m sourcecheck.cli``) or a script, as a user would."""
    head = [sys.executable, str(script)] if script else [sys.executable, "-m", "sourcecheck.cli"]
    return subprocess.run(
        [*head, *map(str, args)], capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL
    )


def read_jsonl(p: Path) -> list[dict]:
    # "\n" only: JSON keeps U+2028, U+2029 and U+0085 raw, and str.splitlines() breaks there
    return [json.loads(x) for x in p.read_text(encoding="utf-8").split("\n") if x]


def read_csv(p: Path) -> tuple[list[str], list[dict[str, str]]]:
    with open(p, encoding="utf-8", newline="") as f:
        r = csv.DictReader(f)
        rows = list(r)
        return list(r.fieldnames or []), rows


def outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


def approx_record(rec: dict) -> dict:
    """A sentence record with its floats compared approximately (batched and single predictions
    may differ in the last bits)."""
    r = dict(rec)
    r["score"] = None if rec["score"] is None else pytest.approx(rec["score"], rel=1e-9, abs=1e-12)
    r["probabilities"] = {k: pytest.approx(v, rel=1e-9, abs=1e-12) for k, v in rec["probabilities"].items()}
    return r


# ----------------------------------------------------------------------------- one full run


@pytest.fixture(scope="module")
def full(tmp_path_factory):
    base = tmp_path_factory.mktemp("full")
    src = make_folder(base / "in")
    out = base / "out"
    proc = run("score", src, "--out", out)
    return src, out, proc


@pytest.fixture(scope="module")
def expected():
    """The library's own analysis of each article, with the publisher the metadata gives it."""
    return {p: sourcecheck.analyze(t, publisher=META.get(p, (None, None))[0]) for p, t in TEXTS.items()}


def test_score_exit_code_and_summary_line(full):
    _, out, proc = full
    n = len(read_jsonl(out / "sentences.jsonl"))
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout == ""
    assert proc.stderr == (
        f"scored 5 articles, {n} sentences, 1 file failed (see {out / 'errors.jsonl'}; "
        f"fix them and rerun with --resume) -> {out}\n"
    )
    assert "\r" not in proc.stderr and "articles/s" not in proc.stderr  # no progress bar off a terminal
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [PARTIAL, "articles.csv", "errors.jsonl", "report.html", "sentences.csv", "sentences.jsonl"]
    )


def test_errors_jsonl_names_the_file_and_the_byte(full):
    src, out, _ = full
    assert read_jsonl(out / "errors.jsonl") == [
        {
            "path": BAD,
            "reason": f"cannot decode {src / BAD} as UTF-8 at byte 3: invalid continuation byte; "
            "pass --encoding to choose another",
        }
    ]


def test_sentences_jsonl_field_by_field(full, expected):
    _, out, _ = full
    recs = read_jsonl(out / "sentences.jsonl")
    assert list(dict.fromkeys(r["path"] for r in recs)) == ["a.txt", "odd<i>name.txt", "sub/inj.txt", "sub/utf16.txt"]
    for path, text in TEXTS.items():
        mine = [r for r in recs if r["path"] == path]
        want = [{"path": path, "sentence": i, **s.to_dict()} for i, s in enumerate(expected[path].sentences)]
        assert mine == [approx_record(w) for w in want], path
        for r in mine:
            assert list(r) == [
                "path",
                "sentence",
                "start",
                "end",
                "text",
                "label",
                "score",
                "probabilities",
                "attributed",
                "hedged",
                "cues",
            ]
            assert text[r["start"] : r["end"]] == r["text"]
            assert r["label"] in sourcecheck.LABELS and (r["score"] is None) == (r["label"] == "not_a_claim")
            assert sum(r["probabilities"].values()) == pytest.approx(1.0)
            for c in r["cues"]:
                assert text[c["start"] : c["end"]] == c["text"] and set(c) == {"kind", "type", "start", "end", "text"}
    # the UTF-16 file was decoded, the injected markup kept as text
    assert "".join(r["text"] for r in recs if r["path"] == "sub/utf16.txt").startswith("Police said the café")
    assert any(r["text"].startswith('<script>alert("pwned")</script>') for r in recs if r["path"] == "sub/inj.txt")


def test_sentences_csv_parses_and_matches_the_jsonl(full):
    _, out, _ = full
    recs = read_jsonl(out / "sentences.jsonl")
    header, rows = read_csv(out / "sentences.csv")
    assert header == SENTENCE_COLUMNS
    assert len(rows) == len(recs)
    for row, rec in zip(rows, recs):
        assert row["path"] == rec["path"]
        assert (int(row["sentence"]), int(row["start"]), int(row["end"])) == (rec["sentence"], rec["start"], rec["end"])
        assert row["label"] == rec["label"]
        assert row["score"] == ("" if rec["score"] is None else repr(rec["score"]))
        for lab in sourcecheck.LABELS:
            assert float(row[f"p_{lab}"]) == rec["probabilities"][lab]
        assert row["attributed"] == str(rec["attributed"]) and row["hedged"] == str(rec["hedged"])
        cues = "; ".join(f"{c['kind']}:{c['type']}:{' '.join(c['text'].split())}" for c in rec["cues"])
        assert row["cues"] == csv_safe(cues)
        assert row["text"] == csv_safe(" ".join(rec["text"].split()))
        assert "\n" not in row["text"]
    formula = [r["text"] for r in rows if r["path"] == "odd<i>name.txt"]
    assert formula[0].startswith("'=HYPERLINK(")  # a spreadsheet shows it, does not run it
    assert any("the port reopened" in t for t in formula)  # the line break inside the sentence collapsed


def test_sentences_csv_opens_in_pandas(full):
    pd = pytest.importorskip("pandas")
    _, out, _ = full
    df = pd.read_csv(out / "sentences.csv")
    assert list(df.columns) == SENTENCE_COLUMNS
    assert len(df) == len(read_jsonl(out / "sentences.jsonl"))
    assert str(df["score"].dtype) == "float64" and str(df["start"].dtype) == "int64"


def test_articles_csv_rows(full, expected):
    _, out, _ = full
    header, rows = read_csv(out / "articles.csv")
    assert header == ARTICLE_COLUMNS
    assert [r["path"] for r in rows] == list(TEXTS)
    recs = read_jsonl(out / "sentences.jsonl")
    for row in rows:
        p = row["path"]
        a = expected[p]
        pub, title = META.get(p, (None, None))
        assert (row["publisher"], row["title"]) == (pub or "", title or "")
        mine = [r for r in recs if r["path"] == p]
        assert int(row["sentences"]) == len(mine) == len(a.sentences)
        assert int(row["claims"]) == sum(r["label"] != "not_a_claim" for r in mine)
        for lab in sourcecheck.LABELS:
            assert int(row[f"n_{lab}"]) == sum(r["label"] == lab for r in mine)
        if a.sourcing_index is None:
            assert row["sourcing_index"] == "" and row["share_unsourced"] == ""
        else:
            assert float(row["sourcing_index"]) == pytest.approx(a.sourcing_index, rel=1e-9)
        summ = a.summary()
        for k in ("named_sources", "anonymous_sources", "vague_sources", "unconfirmed_or_denied", "hedged_claims"):
            assert int(row[k]) == summ[k], (p, k)
        assert row["warnings"] == ""  # every file scored as it stood (no HTML among them)
    assert rows[1]["path"] == "empty.txt" and rows[1]["sentences"] == "0" and rows[1]["claims"] == "0"


def test_report_html_field_by_field(full):
    src, out, _ = full
    recs = read_jsonl(out / "sentences.jsonl")
    _, rows = read_csv(out / "articles.csv")
    dom = parse_html((out / "report.html").read_text(encoding="utf-8"))
    assert {n.tag for n in dom.iter()}.isdisjoint({"script", "img", "iframe", "object", "embed", "link"})
    assert len(dom.find_all("span", "sc-s")) == len(recs)
    # the index: weakest first, the empty article (no claims) last, titles as text
    idx = {r["path"]: float(r["sourcing_index"]) for r in rows if r["sourcing_index"]}
    want = [*sorted(idx, key=lambda p: (idx[p], p)), "empty.txt"]
    titles = {p: t for p, (_, t) in META.items() if t}
    links = [a.text() for a in dom.find_all("table", "sc-index")[0].find_all("a")]
    assert links == [titles.get(p, p) for p in want]
    # each article: its sentences, labels in order, its text exactly (markup shown, not run)
    sections = dom.find_all("section", "sc-doc")
    assert len(sections) == 5
    for sec in sections:
        path = sec.find_all("p", "sc-meta")[0].text().split(" · ")[0]
        mine = [r for r in recs if r["path"] == path]
        spans = sec.find_all("span", "sc-s")
        assert [s.attrs["data-label"] for s in spans] == [r["label"] for r in mine]
        assert [s.text("sc-tip") for s in spans] == [r["text"] for r in mine]
        assert sec.find_all("div", "sc-article")[0].text("sc-tip") == TEXTS[path]
        cue_marks = sum(1 for s in spans for _ in s.find_all("span", "sc-cue"))
        assert cue_marks > 0 or not mine or path == "sub/utf16.txt"
    errs = [li.text() for li in dom.find_all("ul", "sc-errors")[0].find_all("li")]
    assert errs == [
        f"{BAD}: cannot decode {src / BAD} as UTF-8 at byte 3: invalid continuation byte; "
        "pass --encoding to choose another"
    ]


# ----------------------------------------------------------------------------- options


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """Three short articles and a bad file, with one all-formats run of the command."""
    src = tmp_path_factory.mktemp("small") / "in"
    (src / "x").mkdir(parents=True)
    (src / "one.txt").write_text("Officials said the port reopened on Monday. It may close again.", encoding="utf-8")
    (src / "x" / "two.txt").write_text(INJECTION, encoding="utf-8")
    (src / "x" / "three.txt").write_text(FORMULA, encoding="utf-8")
    (src / "x" / "bad.txt").write_bytes(LATIN1)
    out = src.parent / "all"
    proc = run("score", src, "--out", out, "--quiet")
    assert proc.returncode == 1 and proc.stderr == ""
    return src, out


@pytest.mark.parametrize(
    "formats,files",
    [
        ("jsonl", {"sentences.jsonl"}),
        ("csv", {"sentences.csv", "articles.csv"}),
        ("html, JSONL", {"report.html", "sentences.jsonl"}),
    ],
)
def test_format_subsets(small, tmp_path, formats, files):
    src, full_out = small
    out = tmp_path / "out"
    proc = run("score", src, "--out", out, "--format", formats, "--quiet")
    assert proc.returncode == 1
    got = outputs(out)
    assert set(got) == files | {"errors.jsonl"}
    reference = outputs(full_out)
    for name, data in got.items():
        assert data == reference[name], name


@pytest.mark.slow
def test_glob_and_publisher(full, tmp_path):
    src, _, _ = full
    proc = run("score", src, "--out", tmp_path / "md", "--glob", "*.md", "--quiet")
    assert proc.returncode == 0 and proc.stderr == ""
    assert [r["path"] for r in read_csv(tmp_path / "md" / "articles.csv")[1]] == ["notes.md"]
    assert read_jsonl(tmp_path / "md" / "errors.jsonl") == []
    assert not (tmp_path / "md" / PARTIAL).exists()  # logs removed after a run without failures

    proc = run("score", src, "--out", tmp_path / "sub", "--glob", "sub/*.txt", "--publisher", "Wire", "--quiet")
    assert proc.returncode == 0
    rows = read_csv(tmp_path / "sub" / "articles.csv")[1]
    assert [(r["path"], r["publisher"], r["title"]) for r in rows] == [
        ("sub/inj.txt", "Example <Post>", "<b>Bridge</b> closes"),  # metadata wins over --publisher
        ("sub/utf16.txt", "Wire", ""),
    ]
    recs = read_jsonl(tmp_path / "sub" / "sentences.jsonl")
    want = sourcecheck.analyze(UTF16, publisher="Wire").sentences
    assert [r for r in recs if r["path"] == "sub/utf16.txt"] == [
        approx_record({"path": "sub/utf16.txt", "sentence": i, **s.to_dict()}) for i, s in enumerate(want)
    ]


@pytest.mark.slow
def test_jobs_2_gives_the_same_outputs_as_jobs_1(tmp_path):
    src = tmp_path / "in"
    texts = [SEED_TEXT, INJECTION, FORMULA, UTF16, NOTES, "", "Where is the car?"]
    for i in range(14):
        d = src / f"d{i % 3}"
        d.mkdir(parents=True, exist_ok=True)
        (d / f"f{i:02d}.txt").write_text(texts[i % len(texts)] + f"\nSource {i} said so.\n", encoding="utf-8")
    (src / "d1" / "zz_bad.txt").write_bytes(LATIN1)
    one = run("score", src, "--out", tmp_path / "j1", "--jobs", "1", "--quiet")
    two = run("score", src, "--out", tmp_path / "j2", "--jobs", "2", "--quiet")
    assert one.returncode == two.returncode == 1
    a, b = outputs(tmp_path / "j1"), outputs(tmp_path / "j2")
    assert set(a) == {"sentences.jsonl", "sentences.csv", "articles.csv", "report.html", "errors.jsonl"}
    assert a == b
    assert len(read_csv(tmp_path / "j2" / "articles.csv")[1]) == 14


@pytest.mark.slow
def test_example_script_is_the_same_command(small, tmp_path):
    src, full_out = small
    proc = run(src, "--out", tmp_path / "ex", "--quiet", script=EXAMPLE)
    assert proc.returncode == 1 and proc.stderr == ""
    assert outputs(tmp_path / "ex") == outputs(full_out)
    helped = run("--help", script=EXAMPLE)
    assert helped.returncode == 0
    assert helped.stdout.startswith("usage: score_folder.py [-h] --out OUTDIR")
    assert "score_folder.py articles/ --out results/ --format jsonl,csv --jobs 2" in helped.stdout


def test_output_folder_inside_the_input_is_not_scored(small, tmp_path):
    src = tmp_path / "in"
    shutil.copytree(small[0], src)
    (src / "res").mkdir()
    (src / "res" / "old.txt").write_text("Officials said this is an old output.", encoding="utf-8")
    (src / "metadata.jsonl").write_text('{"path": "one.txt", "title": "One"}\n', encoding="utf-8")
    proc = run("score", src, "--out", src / "res", "--glob", "**/*", "--quiet")
    assert proc.returncode == 1
    paths = [r["path"] for r in read_csv(src / "res" / "articles.csv")[1]]
    assert paths == ["one.txt", "x/three.txt", "x/two.txt"]


# ----------------------------------------------------------------------------- help and usage errors


def test_help_shows_examples(capsys):
    assert main(["score", "--help"]) == 0
    out = capsys.readouterr().out
    for line in (
        "examples:",
        "sourcecheck score articles/ --out results/ --format jsonl,csv --jobs 2 --glob '**/*.md'",
        "sourcecheck score articles/ --out results/ --resume",
        '{"path": "sub/file.txt", "publisher": "Associated Press", "title": "Port reopens"}',
        "exit codes: 0 every file scored, 1 some files failed, 2 usage error",
        "--format FORMAT",
        "--jobs N",
        "--glob PATTERN",
        "--publisher NAME",
        "--resume",
        "--quiet",
    ):
        assert line in out, line


@pytest.mark.parametrize("cmd", [["--help"], ["explain", "--help"]])
def test_other_help_pages_show_examples(cmd, capsys):
    assert main(cmd) == 0
    out = capsys.readouterr().out
    assert "examples:" in out and "sourcecheck explain seeds/000_2370f5f62fc33515.txt" in out


USAGE_ERRORS = [  # argv ({t} is a temporary folder holding in/, file.txt and badmeta/), message on stderr
    ([], "the following arguments are required: {explain,score}"),
    (["frobnicate"], "invalid choice: 'frobnicate'"),
    (["score", "{t}/in"], "the following arguments are required: --out"),
    (["score", "{t}/missing", "--out", "{t}/o"], "{t}/missing is neither a file nor a folder"),
    (["score", "{t}/in", "--out", "{t}/o", "--format", "jsonl,pdf"], "unknown format 'pdf'; expected any of"),
    (["score", "{t}/in", "--out", "{t}/o", "--format", ","], "unknown format ','"),
    (["score", "{t}/in", "--out", "{t}/o", "--jobs", "0"], "at least 1; got '0'"),
    (["score", "{t}/in", "--out", "{t}/o", "--jobs", "two"], "at least 1; got 'two'"),
    (["score", "{t}/in", "--out", "{t}/file.txt"], "--out {t}/file.txt exists and is not a folder"),
    (["score", "{t}/in", "--out", "{t}/o", "--glob", "/etc/*.txt"], "bad --glob pattern '/etc/*.txt'"),
    (["score", "{t}/in", "--out", "{t}/o", "--glob", ""], "bad --glob pattern ''"),
    (["score", "{t}/badmeta", "--out", "{t}/o"], "{t}/badmeta/metadata.jsonl:2: not JSON"),
    (["explain", "{t}/nope.txt"], "no such file or folder: {t}/nope.txt"),
    (["explain", "{t}/file.txt", "--color", "sometimes"], "invalid choice: 'sometimes'"),
]


@pytest.mark.parametrize("argv,message", USAGE_ERRORS, ids=[" ".join(a) or "no-args" for a, _ in USAGE_ERRORS])
def test_usage_errors_exit_2(argv, message, tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "file.txt").write_text("Officials said so.", encoding="utf-8")
    (tmp_path / "badmeta").mkdir()
    (tmp_path / "badmeta" / "metadata.jsonl").write_text('{"path": "a.txt"}\n{oops\n', encoding="utf-8")
    assert main([a.replace("{t}", str(tmp_path)) for a in argv]) == 2
    captured = capsys.readouterr()
    assert message.replace("{t}", str(tmp_path)) in captured.err, captured.err
    assert captured.out == ""
    assert not (tmp_path / "o").exists()  # nothing written


def test_console_script_usage_error(capsys):
    exe = shutil.which("sourcecheck")
    if exe is None:
        pytest.skip("the sourcecheck console script is not installed (pip install -e .)")
    proc = subprocess.run([exe, "score", "somewhere"], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 2 and "the following arguments are required: --out" in proc.stderr
    assert proc.stderr.startswith("usage: sourcecheck score [-h] --out OUTDIR")
    assert main(["--version"]) == 0 and capsys.readouterr().out == f"sourcecheck {sourcecheck.__version__}\n"


# ----------------------------------------------------------------------------- explain

EXPLAIN_TEXT = (
    "Officials said the bridge will close.\n\nThe mayor may resign, aides said. "
    "\x1b[31mRed\x1b[0m alert, the ministry said in a statement.\nWhere is the car?\n"
)
_LINE = re.compile(r"^(\S+) +(\d\.\d\d|-) +(.*)$")


def _plain(s: str) -> str:
    return " ".join(s.split()).replace("\x1b", "\ufffd")


@pytest.mark.slow
def test_explain_prints_label_score_text_and_cues(tmp_path):
    f = tmp_path / "article.txt"
    f.write_text(EXPLAIN_TEXT, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(LATIN1)
    proc = run("explain", f, bad, "--publisher", "Example Post")
    assert proc.returncode == 1
    assert (
        proc.stderr == f"error: cannot decode {bad} as UTF-8 at byte 3: invalid continuation byte; "
        "pass --encoding to choose another\n"
    )
    a = sourcecheck.analyze(EXPLAIN_TEXT, publisher="Example Post")
    lines = proc.stdout.splitlines()
    claims = sum(s.label != "not_a_claim" for s in a.sentences)
    idx = "n/a" if a.sourcing_index is None else f"{a.sourcing_index:.2f}"
    assert lines[0] == f"== {f}  ({len(a.sentences)} sentences, {claims} claims, sourcing index {idx})"
    k = 1
    for s in a.sentences:
        m = _LINE.match(lines[k])
        assert m, lines[k]
        assert m.groups() == (s.label, "-" if s.score is None else f"{s.score:.2f}", _plain(s.text))
        k += 1
        cues = [c for c in s.cues if c.kind not in ("specificity", "quote")]
        if cues:
            assert lines[k] == " " * 18 + "cues: " + "; ".join(f"{c.kind}/{c.type} “{c.text}”" for c in cues)
            k += 1
    assert k == len(lines)
    assert "\x1b" not in proc.stdout  # no colour off a terminal, and the article's escape codes defused
    assert "\ufffd[31mRed" in proc.stdout

    coloured = run("explain", f, "--publisher", "Example Post", "--color", "always", "--no-cues")
    assert coloured.returncode == 0
    plain = [x for x in lines if not x.startswith(" " * 18) and not x.startswith("== " + str(bad))]
    assert re.sub(r"\x1b\[[\d;]*m", "", coloured.stdout).splitlines() == plain
    colour_lines = coloured.stdout.splitlines()[1:]
    codes = {"on_record": "34", "anonymous": "36", "weak": "33", "vague": "35", "unsourced": "31", "not_a_claim": "2"}
    assert [x[: x.index("m") + 1] for x in colour_lines] == [f"\x1b[{codes[s.label]}m" for s in a.sentences]
    assert "\x1b[1mOfficials\x1b[0m" in colour_lines[0]  # the source marked in bold
    assert "\x1b[4msaid\x1b[0m" in colour_lines[0]  # the attribution underlined


# ----------------------------------------------------------------------------- reader warnings (issue 5)

HTML_PAGE = (
    "<!DOCTYPE html>\n<html><head><title>Port</title></head><body><nav><a href='/'>Home</a></nav>"
    "<p>The port reopened on Tuesday, the harbour authority said.</p><p>Ships queued.</p></body></html>\n"
)
HTML_PAGE_TEXT = "The port reopened on Tuesday, the harbour authority said.\n\nShips queued."


def _html_warning(path: Path) -> str:
    return f"{path} is HTML: its tags were removed and the text between them scored"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_articles_csv_has_the_reader_warnings(tmp_path, jobs):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "page.txt").write_text(HTML_PAGE, encoding="utf-8")
    (src / "plain.txt").write_text("Police said the road is closed.", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["score", str(src), "--out", str(out), "--quiet", "--jobs", jobs]) == 0
    header, rows = read_csv(out / "articles.csv")
    assert header == ARTICLE_COLUMNS and header[-1] == "warnings"
    assert [(r["path"], r["warnings"]) for r in rows] == [
        ("plain.txt", ""),
        ("sub/page.txt", _html_warning(src / "sub" / "page.txt")),
    ]
    recs = read_jsonl(out / "sentences.jsonl")
    assert [r["text"] for r in recs if r["path"] == "sub/page.txt"] == [
        "The port reopened on Tuesday, the harbour authority said.",
        "Ships queued.",
    ]
    assert HTML_PAGE_TEXT.startswith(recs[1]["text"])


def test_explain_prints_the_reader_warnings_on_stderr(tmp_path, capsys):
    page = tmp_path / "page.txt"
    page.write_text(HTML_PAGE, encoding="utf-8")
    plain = tmp_path / "plain.txt"
    plain.write_text("Police said the road is closed.", encoding="utf-8")
    assert main(["explain", str(page), str(plain), str(page)]) == 0
    cap = capsys.readouterr()
    assert cap.err == f"warning: {_html_warning(page)}\n" * 2  # each time the file is read, not once a process

    def head(path: Path, text: str) -> str:
        a = sourcecheck.analyze(text)
        n, claims = len(a.sentences), sum(s.label != "not_a_claim" for s in a.sentences)
        idx = "n/a" if a.sourcing_index is None else f"{a.sourcing_index:.2f}"
        return f"== {path}  ({n} sentence{'s' * (n != 1)}, {claims} claim{'s' * (claims != 1)}, sourcing index {idx})"

    assert [x for x in cap.out.splitlines() if x.startswith("== ")] == [
        head(page, HTML_PAGE_TEXT),  # the stripped text was scored
        head(plain, "Police said the road is closed."),
        head(page, HTML_PAGE_TEXT),
    ]
    assert "<p>" not in cap.out and "Home" not in cap.out


# ----------------------------------------------------------------------------- progress on a terminal


def _run_on_pty(args: list[str]) -> tuple[int, str]:
    import fcntl
    import struct
    import termios

    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 160, 0, 0))
    p = subprocess.Popen(
        [sys.executable, "-m", "sourcecheck.cli", *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=slave,
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:  # EIO: the other side is closed
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return p.wait(timeout=600), b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.slow
def test_progress_bar_only_on_a_terminal_and_not_with_quiet(small, tmp_path):
    src, _ = small
    rc, err = _run_on_pty(["score", str(src), "--out", str(tmp_path / "tty")])
    assert rc == 1
    bars = re.findall(r"\r\[([#.]{20})\] (\d+)/4 articles  ([\d.]+) articles/s  \d+:\d\d left  (\d) failed", err)
    assert bars, err
    assert bars[-1][0] == "#" * 20 and bars[-1][1] == "4" and bars[-1][3] == "1"
    assert float(bars[-1][2]) > 0
    assert err.rstrip().endswith(f"-> {tmp_path / 'tty'}")
    rc, err = _run_on_pty(["score", str(src), "--out", str(tmp_path / "quiet"), "--quiet"])
    assert rc == 1 and err == ""


# ----------------------------------------------------------------------------- interrupt and resume


def _wait_for_lines(p: Path, n: int, proc: subprocess.Popen) -> None:
    while proc.poll() is None:
        if p.exists() and p.read_bytes().count(b"\n") >= n:
            return
        time.sleep(0.02)
    raise AssertionError(f"the run ended (exit {proc.returncode}) before {n} articles were logged")


@pytest.mark.slow
def test_interrupt_keeps_no_half_written_output_and_resume_finishes(tmp_path):
    src = tmp_path / "in"
    texts = [SEED_TEXT, INJECTION, FORMULA, NOTES]
    n = 100
    for i in range(n):
        d = src / f"d{i % 4}"
        d.mkdir(parents=True, exist_ok=True)
        (d / f"f{i:03d}.txt").write_text(texts[i % 4] + f"\nOfficial {i} said so.\n", encoding="utf-8")
    (src / "d0" / "zz_bad.txt").write_bytes(LATIN1)
    out = tmp_path / "out"
    logs = out / PARTIAL
    proc = subprocess.Popen(
        [sys.executable, "-m", "sourcecheck.cli", "score", str(src), "--out", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # a test run started in the background of a non-interactive shell inherits an ignored SIGINT,
        # and Python keeps it ignored: give the child the default disposition, as a terminal would
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    _wait_for_lines(logs / "articles.jsonl", 5, proc)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 130, err
    assert "rerun with --resume to finish" in err
    assert sorted(p.name for p in out.iterdir()) == [PARTIAL]  # no final output, not even half of one

    # resuming with other options is refused, and changes nothing
    before = (logs / "articles.jsonl").read_bytes()
    refused = run("score", src, "--out", out, "--resume", "--publisher", "Wire")
    assert refused.returncode == 2
    assert "was started with publisher None, now 'Wire'" in refused.stderr
    assert (logs / "articles.jsonl").read_bytes() == before

    # a crash in the middle of a write: the last article line cut, stray bytes after the logs
    kept = before.count(b"\n") - 1
    cut = before[: before.rindex(b"\n", 0, len(before) - 1) + 1] + before[-40:-20]
    (logs / "articles.jsonl").write_bytes(cut)
    with open(logs / "sentences.jsonl", "ab") as f:
        f.write(b'{"path": "d9/half')
    with open(logs / "fragments.html", "ab") as f:
        f.write(b"<div class='sc-article'>half")

    resumed = run("score", src, "--out", out, "--resume")
    assert resumed.returncode == 1
    assert f"scored {n} articles ({kept} from the earlier run)" in resumed.stderr
    fresh = run("score", src, "--out", tmp_path / "fresh", "--quiet")
    assert fresh.returncode == 1
    assert outputs(out) == outputs(tmp_path / "fresh")

    # the failed file fixed: --resume scores only it
    (src / "d0" / "zz_bad.txt").write_text("Officials said it was fixed.", encoding="utf-8")
    again = run("score", src, "--out", out, "--resume")
    assert again.returncode == 0
    assert f"scored {n + 1} articles ({n} from the earlier run)" in again.stderr
    assert read_jsonl(out / "errors.jsonl") == [] and not logs.exists()
    assert [r["path"] for r in read_csv(out / "articles.csv")[1]][:2] == ["d0/f000.txt", "d0/f004.txt"]
    assert "d0/zz_bad.txt" in {r["path"] for r in read_jsonl(out / "sentences.jsonl")}


def _nul_tail(logs: Path) -> None:
    with open(logs / "articles.jsonl", "ab") as f:  # json.loads of NULs raises UnicodeDecodeError
        f.write(b"\x00" * 64 + b"\n")


def _empty_run_json(logs: Path) -> None:
    (logs / "run.json").write_bytes(b"")


def _list_run_json(logs: Path) -> None:
    (logs / "run.json").write_text("[1, 2]", encoding="utf-8")


def _gap_in_offsets(logs: Path) -> None:
    lines = (logs / "articles.jsonl").read_bytes().splitlines(keepends=True)
    entry = json.loads(lines[1])
    entry["s"][0] += 1  # not where the first article's sentences end
    (logs / "articles.jsonl").write_bytes(lines[0] + json.dumps(entry).encode() + b"\n" + b"".join(lines[2:]))


def _gap_in_csv_offsets(logs: Path) -> None:
    lines = (logs / "articles.jsonl").read_bytes().splitlines(keepends=True)
    entry = json.loads(lines[1])
    entry["c"][0] += 1  # not where the first article's CSV rows end
    (logs / "articles.jsonl").write_bytes(lines[0] + json.dumps(entry).encode() + b"\n" + b"".join(lines[2:]))


def _entries_without_csv_rows(logs: Path) -> None:
    # logs written before the workers rendered CSV rows: nothing is kept, everything is rescored
    lines = (logs / "articles.jsonl").read_bytes().splitlines(keepends=True)
    old = [json.loads(x) for x in lines]
    for e in old:
        del e["c"]
    (logs / "articles.jsonl").write_bytes(b"".join(json.dumps(e).encode() + b"\n" for e in old))


def _garbage_everywhere(logs: Path) -> None:
    for name in ("sentences.jsonl", "fragments.html", "sentences.csv", "articles.jsonl", "errors.jsonl"):
        with open(logs / name, "ab") as f:
            f.write(b'{"path": "half')


@pytest.mark.parametrize(
    "damage",
    [
        _nul_tail,
        _empty_run_json,
        _list_run_json,
        _gap_in_offsets,
        _gap_in_csv_offsets,
        _entries_without_csv_rows,
        _garbage_everywhere,
    ],
)
def test_resume_survives_damaged_logs(small, tmp_path, damage):
    """Regression (issue 4 review): whatever a crash leaves in the logs, --resume gives the
    outputs of a clean run."""
    src, full_out = small
    out = tmp_path / "out"
    shutil.copytree(full_out, out)  # the run failed on one file, so its logs are kept
    assert sorted(p.name for p in (out / PARTIAL).iterdir()) == [
        "articles.jsonl",
        "errors.jsonl",
        "fragments.html",
        "run.json",
        "sentences.csv",
        "sentences.jsonl",
    ]
    damage(out / PARTIAL)
    assert main(["score", str(src), "--out", str(out), "--quiet", "--resume"]) == 1
    assert outputs(out) == outputs(full_out)


def test_atomic_open_leaves_the_old_file_on_failure(tmp_path):
    target = tmp_path / "report.html"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt), atomic_open(target) as f:
        f.write("half of the new")
        raise KeyboardInterrupt
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]  # no temporary file left
    with atomic_open(target) as f:
        f.write("new")
    assert target.read_text(encoding="utf-8") == "new"
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask


# ----------------------------------------------------------------------------- the batch layer


@pytest.mark.parametrize(
    "data,text,error",
    [
        (b"Hello", "Hello", None),
        (codecs.BOM_UTF8 + "café".encode(), "café", None),
        (codecs.BOM_UTF16_LE + "café".encode("utf-16-le"), "café", None),
        (codecs.BOM_UTF16_BE + "café".encode("utf-16-be"), "café", None),
        (codecs.BOM_UTF32_LE + "café".encode("utf-32-le"), "café", None),
        (b"", "", None),
        (
            b"caf\xe9 au lait",
            None,
            "cannot decode a.txt as UTF-8 at byte 3: invalid continuation byte; pass --encoding",
        ),
        # regression: the byte offset counts the BOM
        (codecs.BOM_UTF8 + b"caf\xe9 au lait", None, "cannot decode a.txt as UTF-8 at byte 6: invalid"),
        (
            codecs.BOM_UTF16_LE + "ab".encode("utf-16-le") + b"\x00\xd8a\x00",
            None,
            "as UTF-16 at byte 6: illegal UTF-16",
        ),
        (b"ab\x00\x00cd", None, "a.txt contains NUL bytes: a binary file, or UTF-16 without a byte-order mark"),
        (b"%PDF-1.7\n...", None, "a.txt is a PDF, not plain text; extract its text first"),
    ],
)
def test_decode_bytes(data, text, error):
    if error is None:
        assert decode_bytes(data, "a.txt") == text
    else:
        with pytest.raises(InputError) as e:
            decode_bytes(data, "a.txt")
        assert error in str(e.value)


def test_decode_bytes_with_an_explicit_encoding():
    assert decode_bytes(b"caf\xe9", "a.txt", encoding="latin-1") == "café"
    assert decode_bytes(b"caf\xff", "a.txt", encoding="utf-8", errors="replace") == "caf\ufffd"
    with pytest.raises(InputError, match=re.escape("unknown encoding 'klingon' for a.txt")):
        decode_bytes(b"x", "a.txt", encoding="klingon")
    with pytest.raises(InputError, match=re.escape("cannot decode a.txt as ascii at byte 3")):
        decode_bytes(b"caf\xe9", "a.txt", encoding="ascii")


@pytest.mark.parametrize(
    "lines,result_or_error",
    [
        (['{"path": "a.txt", "publisher": "AP", "title": "T"}'], {"a.txt": {"publisher": "AP", "title": "T"}}),
        (['{"path": "./sub\\\\b.txt", "publisher": null, "title": ""}', ""], {"sub/b.txt": {}}),
        (["\ufeff" + '{"path": "c.txt", "title": "Ç"}'], {"c.txt": {"title": "Ç"}}),
        # issue 5: JSON keeps U+2028, U+2029 and U+0085 raw; lines end at "\n" (or "\r\n") only
        (
            ['{"path": "d.txt", "title": "One\u2028Two\u2029Three\x85"}\r', '{"path": "e.txt", "publisher": "AP"}'],
            {"d.txt": {"title": "One\u2028Two\u2029Three\x85"}, "e.txt": {"publisher": "AP"}},
        ),
        (['{"path": "a.txt", "title": "x\u2028"}', "{oops"], "metadata.jsonl:2: not JSON"),
        (['{"path": "a.txt"}', "{oops"], "metadata.jsonl:2: not JSON"),
        (['["a.txt"]'], 'metadata.jsonl:1: expected an object like {"path": "sub/a.txt"'),
        (['{"publisher": "AP"}'], "metadata.jsonl:1: expected an object like"),
        (['{"path": "a.txt", "publisher": 7}'], "metadata.jsonl:1: publisher must be a string or null, got 7"),
    ],
)
def test_load_metadata(tmp_path, lines, result_or_error):
    (tmp_path / "metadata.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    if isinstance(result_or_error, dict):
        assert load_metadata(tmp_path) == result_or_error
    else:
        with pytest.raises(InputError) as e:
            load_metadata(tmp_path)
        assert result_or_error in str(e.value)


def test_find_files(tmp_path):
    make_folder(tmp_path / "in")
    src = tmp_path / "in"
    assert [p.relative_to(src).as_posix() for p in find_files(src)] == [
        "a.txt",
        "empty.txt",
        "odd<i>name.txt",
        BAD,
        "sub/inj.txt",
        "sub/utf16.txt",
    ]
    assert [p.name for p in find_files(src, "*.md")] == ["notes.md"]
    assert [p.name for p in find_files(src, "**/*.txt", exclude=[src / "sub"])] == [
        "a.txt",
        "empty.txt",
        "odd<i>name.txt",
    ]
    assert find_files(src / "a.txt") == [src / "a.txt"]
    with pytest.raises(InputError, match="is neither a file nor a folder"):
        find_files(src / "missing")


@pytest.mark.slow
def test_score_files_keeps_order_reads_lazily_and_isolates_errors(tmp_path):
    names = []
    for i in range(10):
        p = tmp_path / f"f{i}.txt"
        if i in (3, 7):
            p.write_bytes(LATIN1)
        else:
            p.write_text(f"Official number {i} said the port reopened.", encoding="utf-8")
        names.append(p)
    pulled = []
    files = [FileItem(str(p), f"n{k}", publisher="P" if k == 0 else None, title=f"t{k}") for k, p in enumerate(names)]

    def items():
        for k, f in enumerate(files):
            pulled.append(k)
            yield f

    gen = score_files(items(), chunk_size=2)
    first = next(gen)
    assert pulled == [0, 1]  # only the first chunk was read
    rest = list(gen)
    results = [first, *rest]
    assert [r.path for r in results] == [f"n{k}" for k in range(10)]
    assert [r.error is None for r in results] == [k not in (3, 7) for k in range(10)]
    assert "cannot decode" in (results[3].error or "") and results[3].analysis is None
    assert results[0].publisher == "P" and results[0].analysis.publisher == "P" and results[5].title == "t5"
    assert results[4].analysis.sentences[0].text == "Official number 4 said the port reopened."

    parallel = list(score_files(files, n_jobs=2, chunk_size=1))
    assert [r.path for r in parallel] == [f"n{k}" for k in range(10)]
    assert [r.error for r in parallel] == [r.error for r in results]
    assert [r.path for r in score_files(names[:2])] == [str(p) for p in names[:2]]  # plain paths name themselves
    assert [r.analysis.to_dict() if r.analysis else None for r in parallel] == [
        r.analysis.to_dict() if r.analysis else None for r in results
    ]


def test_score_texts_matches_analyze_many_in_order():
    texts = [f"Officials said item {i} was sold. Where is it?" if i % 2 else "" for i in range(9)]
    want = sourcecheck.Analyzer().analyze_many(texts)
    for n_jobs in (1, 2):
        got = list(score_texts(iter(texts), n_jobs=n_jobs, chunk_size=2))
        assert [a.text for a in got] == texts
        assert [[s.label for s in a.sentences] for a in got] == [[s.label for s in a.sentences] for a in want]
    with pytest.raises(TypeError, match="analyze\\(\\) takes str, got bytes"):
        list(score_texts([b"bytes"]))


def _worker_state(k):
    """Run in a pool worker: its pid, and whether it already held a loaded model."""
    from sourcecheck import batch

    an = batch._WORKER_ANALYZER
    return [(k, os.getpid(), an is not None and an._model is not None)]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the fork pool is Linux-only")
def test_forked_workers_inherit_the_loaded_model_and_submit_lazily():
    from sourcecheck import batch

    assert batch._fork_context() is not None
    pulled = []

    def tasks():
        for k in range(12):
            pulled.append(k)
            yield (k,)

    gen = batch._parallel(_worker_state, tasks(), 2, None)
    first = next(gen)
    assert first[0] == 0
    assert len(pulled) <= 5  # at most two tasks per worker in flight, plus the one that filled the window
    rest = list(gen)
    got = [first, *rest]
    assert [k for k, _, _ in got] == list(range(12))  # in task order
    assert all(loaded for _, _, loaded in got)  # the parent's model, not a fresh load
    assert os.getpid() not in {pid for _, pid, _ in got}


def test_joblib_fallback_gives_the_same_results(monkeypatch):
    from sourcecheck import batch

    texts = [f"Officials said item {i} was sold. Where is it?" for i in range(6)]
    forked = [a.to_dict() for a in score_texts(texts, n_jobs=2, chunk_size=2)]
    monkeypatch.setattr(batch, "_fork_context", lambda: None)
    loky = [a.to_dict() for a in score_texts(texts, n_jobs=2, chunk_size=2)]
    assert loky == forked


def test_a_chosen_joblib_backend_is_used_instead_of_the_fork_pool():
    import joblib

    from sourcecheck import batch

    with joblib.parallel_config(backend="threading"):
        assert batch._fork_context() is None
        got = list(score_texts(["Police said the road is closed."] * 3, n_jobs=2, chunk_size=1))
    assert [a.sentences[0].label for a in got] == ["on_record"] * 3


def test_effective_jobs_has_joblibs_meaning_without_importing_it():
    code = (
        "import os, sys\n"
        "from sourcecheck import batch\n"
        "cores = len(os.sched_getaffinity(0)) if hasattr(os, 'sched_getaffinity') else os.cpu_count()\n"
        "assert batch._effective_jobs(3) == 3 and batch._effective_jobs(-1) == cores\n"
        "assert batch._effective_jobs(-cores - 5) == 1\n"
        "got = [a.sentences[0].label for a in batch.score_texts(['Police said the road is closed.'] * 4, n_jobs=2)]\n"
        "print(got, 'joblib' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    want = "['on_record', 'on_record', 'on_record', 'on_record']"
    assert out.stdout.strip() == f"{want} {not sys.platform.startswith('linux')}"
    from joblib import effective_n_jobs

    from sourcecheck import batch

    assert batch._effective_jobs(-1) == effective_n_jobs(-1)  # joblib imported now: its answer
    with pytest.raises(ValueError, match="n_jobs == 0"):
        batch._effective_jobs(0)
