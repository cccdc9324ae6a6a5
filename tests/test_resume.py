"""Issue 5: an interrupted ``sourcecheck score`` loses nothing and invents nothing.

A real subprocess scores a folder of 300 small articles and is killed with SIGKILL
in the middle (when its log of finished articles has grown past the first chunk);
``--resume`` is killed the same way, and a second ``--resume`` finishes the job. The
outputs must hold every article exactly once, every sentence of it exactly once, and
be byte for byte those of a clean run. The crash states a kill can leave behind (a
line cut in half, sentences without their article line, a cut HTML fragment, failed
files, NUL bytes, a cut run.json) are then made on purpose, one per row, and resumed
in this process.
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sourcecheck.cli import PARTIAL
from sourcecheck.cli import main as cli_main

ROOT = Path(__file__).resolve().parents[1]
N_ARTICLES = 300
OUTPUTS = ("sentences.jsonl", "sentences.csv", "articles.csv", "report.html", "errors.jsonl")

pytestmark = pytest.mark.slow

_WHO = ["Police", "Officials", "Maria Lopez", "A spokesman for the ministry", "Two people familiar with the plan"]
_VERB = ["said", "told reporters", "reportedly said", "wrote on X", "confirmed"]
_WHAT = ["the fire was out", "the road would reopen", "the budget was cut", "talks had stalled", "nobody was hurt"]


def _article(k: int) -> str:
    rng = random.Random(k)
    lines = [f"Story number {k} about {rng.choice(['the port', 'the council', 'the storm', 'the vote'])}", ""]
    for _ in range(rng.randint(2, 6)):
        lines.append(f"{rng.choice(_WHO)} {rng.choice(_VERB)} {rng.choice(_WHAT)} on day {rng.randint(1, 28)}.")
        if rng.random() < 0.3:
            lines.append(f"“We will see,” {rng.choice(['he', 'she'])} said.")
    return "\n".join(lines) + "\n"


def _score_cmd(src: Path, out: Path, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-c",
        "import sys; from sourcecheck.cli import main; sys.exit(main(sys.argv[1:]))",
        "score",
        str(src),
        "--out",
        str(out),
        "--quiet",
        *extra,
    ]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["OMP_NUM_THREADS"] = "1"
    return env


def _lines(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def _run_and_kill(src: Path, out: Path, at_least: int, *extra: str) -> int:
    """Start ``score``, SIGKILL it once ``at_least`` articles are logged; return how many were."""
    log = out / PARTIAL / "articles.jsonl"
    proc = subprocess.Popen(
        _score_cmd(src, out, *extra), cwd=ROOT, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 300
        while _lines(log) < at_least and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
    finally:
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL, f"the run ended before it was killed: {proc.returncode} {err!r}"
    n = _lines(log)
    assert at_least <= n < N_ARTICLES, f"killed after {n} articles: not in the middle"
    return n


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The folder, a clean run of it, and the state a SIGKILL left after 200+ articles."""
    base = tmp_path_factory.mktemp("resume")
    src = base / "articles"
    src.mkdir()
    for k in range(N_ARTICLES):
        sub = src / f"part{k % 3}"
        sub.mkdir(exist_ok=True)
        (sub / f"a{k:03d}.txt").write_text(_article(k), encoding="utf-8")
    clean = base / "clean"
    r = subprocess.run(_score_cmd(src, clean), cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    killed = base / "killed"
    n_logged = _run_and_kill(src, killed, 200)
    return src, clean, killed, n_logged


def _check_complete(out: Path, clean: Path) -> None:
    """Every article once, every sentence once and in order, and the bytes of a clean run."""
    rows = list(csv.DictReader(io.StringIO((out / "articles.csv").read_text(encoding="utf-8"))))
    paths = [r["path"] for r in rows]
    assert len(paths) == N_ARTICLES and len(set(paths)) == N_ARTICLES
    sents = [json.loads(x) for x in (out / "sentences.jsonl").read_bytes().split(b"\n") if x]
    per_article: dict[str, list[int]] = {}
    for s in sents:
        per_article.setdefault(s["path"], []).append(s["sentence"])
    assert set(per_article) == set(paths)
    expected = {r["path"]: int(r["sentences"]) for r in rows}
    for p, idx in per_article.items():
        assert idx == list(range(expected[p])), p  # no duplicate, no gap
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (clean / name).read_bytes(), name
    assert not (out / PARTIAL).exists()


def test_kill_9_then_resume_scores_every_article_once(corpus, tmp_path):
    src, clean, _, _ = corpus
    out = tmp_path / "out"
    n_first = _run_and_kill(src, out, 33)
    # resume, kill the resumed run too, and resume again
    n_second = _run_and_kill(src, out, n_first + 60, "--resume")
    assert n_second > n_first
    r = subprocess.run(
        _score_cmd(src, out, "--resume"), cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=600
    )
    assert r.returncode == 0, r.stderr
    _check_complete(out, clean)


def _cut_last_article_line(d: Path) -> None:
    p = d / "articles.jsonl"
    data = p.read_bytes()
    last = data.rstrip(b"\n").rfind(b"\n") + 1
    p.write_bytes(data[: last + (len(data) - last) // 2])


def _sentences_without_article(d: Path) -> None:
    with open(d / "sentences.jsonl", "ab") as f:
        f.write(b'{"path": "part0/a999.txt", "sentence": 0, "text": "never finished"}\n{"path": "part0/a9')


def _cut_fragment(d: Path) -> None:
    p = d / "fragments.html"
    data = p.read_bytes()
    p.write_bytes(data[: len(data) - 10])


def _failed_files_logged(d: Path) -> None:
    with open(d / "errors.jsonl", "ab") as f:
        f.write(b'{"path": "part1/a001.txt", "reason": "a failure of an earlier run"}\n')


def _garbage_line(d: Path) -> None:
    with open(d / "articles.jsonl", "ab") as f:
        f.write(b"garbage that is not JSON\n")


def _nul_filled_tail(d: Path) -> None:
    """What a power cut can leave at the end of an appended file on ext4: NUL bytes."""
    with open(d / "articles.jsonl", "ab") as f:
        f.write(b"\x00" * 100 + b"\n")


def _run_json_cut(d: Path) -> None:
    """A kill while a new run writes run.json (write_text truncates, then writes)."""
    for p in d.iterdir():
        p.write_bytes(b"")


@pytest.mark.parametrize(
    "damage",
    [
        _cut_last_article_line,
        _sentences_without_article,
        _cut_fragment,
        _failed_files_logged,
        _garbage_line,
        _nul_filled_tail,  # regression: raised UnicodeDecodeError (json.loads guessed UTF-32)
        _run_json_cut,  # regression: raised JSONDecodeError on an empty run.json
    ],
    ids=lambda f: f.__name__.strip("_"),
)
def test_resume_repairs_each_crash_state(corpus, tmp_path, damage):
    src, clean, killed, _ = corpus
    out = tmp_path / "out"
    shutil.copytree(killed, out)
    damage(out / PARTIAL)
    assert cli_main(["score", str(src), "--out", str(out), "--quiet", "--resume"]) == 0
    _check_complete(out, clean)


def test_resume_without_an_earlier_run_is_a_clean_run(corpus, tmp_path):
    src, clean, _, _ = corpus
    out = tmp_path / "fresh"
    assert cli_main(["score", str(src), "--out", str(out), "--quiet", "--resume"]) == 0
    _check_complete(out, clean)
