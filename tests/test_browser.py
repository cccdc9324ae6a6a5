"""report.html in a real headless browser (issue 4): it loads without console errors, shows
one highlight per sentence, runs none of the markup an article carries, and a screenshot
is made (its path is printed). Needs Debian's chromium::

    apt-get update && apt-get install -y chromium
"""

from __future__ import annotations

import json
import struct
import subprocess
from pathlib import Path

import pytest
from test_report import parse_html

from sourcecheck.cli import main

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="no headless browser: /usr/bin/chromium is absent (apt-get update && apt-get install -y chromium)",
    ),
    pytest.mark.slow,
]

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-logging=stderr",
    "--v=0",
]

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_2370f5f62fc33515.txt"
# markup in a plain-text article, to be shown as text (three common tags: with more, the reader
# takes the file for an HTML page and strips it, see sourcecheck.batch.looks_like_html)
INJECTION = (
    '<script>console.error("injected")</script> Officials said the <u>bridge</u> will close.\n\n'
    '<img src=x onerror="console.error(\'img\')"> The mayor said "x < y" on Monday. '
    "<svg onload=\"console.error('svg')\"><u style='display:none'>Aides</u> said she may resign.\n"
)


def chromium(url: str, profile: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """Run headless chromium on ``url`` with a fresh profile; stdout and stderr captured."""
    return subprocess.run(
        [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", *extra, url],
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )


def console_messages(stderr: str) -> list[str]:
    """What the page logged to its console (chromium logs each message as ``...:CONSOLE...``)."""
    return [x for x in stderr.splitlines() if ":CONSOLE" in x or "Uncaught" in x]


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    base = tmp_path_factory.mktemp("browser")
    src = base / "in"
    (src / "sub").mkdir(parents=True)
    (src / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (src / "sub" / "inject.txt").write_text(INJECTION, encoding="utf-8")
    (src / "sub" / "utf16.txt").write_bytes("Police said the café was closed on Monday.".encode("utf-16"))
    (src / "empty.txt").write_bytes(b"")
    (src / "sub" / "bad.txt").write_bytes(b"caf\xe9 owners said so")
    out = base / "out"
    assert main(["score", str(src), "--out", str(out), "--quiet"]) == 1  # bad.txt fails
    recs = [json.loads(x) for x in (out / "sentences.jsonl").read_text(encoding="utf-8").splitlines()]
    return out / "report.html", recs


def test_console_capture_sees_errors(tmp_path):
    """The control: a page that logs and throws is caught by the same capture."""
    page = tmp_path / "control.html"
    page.write_text(
        "<!DOCTYPE html><html><body><p>x</p><script>console.error('sc-control'); missing_fn();</script></body></html>",
        encoding="utf-8",
    )
    proc = chromium(page.as_uri(), tmp_path / "profile", "--dump-dom")
    assert proc.returncode == 0, proc.stderr[-2000:]
    msgs = console_messages(proc.stderr)
    assert any("sc-control" in m for m in msgs) and any("Uncaught ReferenceError" in m for m in msgs), msgs
    assert len(parse_html(proc.stdout).find_all("script")) == 1


def test_report_renders_highlights_and_runs_no_article_markup(report, tmp_path):
    page, recs = report
    proc = chromium(page.as_uri(), tmp_path / "profile", "--dump-dom")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert console_messages(proc.stderr) == []  # no errors, no CSP violations, no blocked fetches
    dom = parse_html(proc.stdout)
    assert dom.find_all("script") == [] and dom.find_all("img") == [] and dom.find_all("svg") == []
    assert len(dom.find_all("style")) == 1 and dom.find_all("u") == []  # the report's own style only
    sentences = dom.find_all("span", "sc-s")
    assert len(sentences) == len(recs) > 30
    assert [s.attrs["data-label"] for s in sentences] == [
        r["label"] for p in _index_paths(dom) for r in recs if r["path"] == p
    ]
    marks = dom.find_all("span", "sc-cue")
    kinds = {k for m in marks for k in m.classes if k.startswith("sc-cue-")}
    assert {"sc-cue-source", "sc-cue-attribution", "sc-cue-hedge"} <= kinds
    inject = next(s for s in dom.find_all("section", "sc-doc") if "sub/inject.txt" in s.text())
    assert inject.find_all("div", "sc-article")[0].text("sc-tip") == INJECTION
    assert "1 file could not be scored" in dom.text()


def _index_paths(dom) -> list[str]:
    """Article paths in the order the page shows them."""
    return [s.find_all("p", "sc-meta")[0].text().split(" · ")[0] for s in dom.find_all("section", "sc-doc")]


def test_report_screenshot(report, tmp_path, capsys):
    page, _ = report
    shot = tmp_path / "report.png"
    proc = chromium(
        page.as_uri(), tmp_path / "profile", "--hide-scrollbars", "--window-size=1280,2000", f"--screenshot={shot}"
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert console_messages(proc.stderr) == []
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (1280, 2000)
    assert len(data) > 50_000  # highlighted text, not a blank page
    with capsys.disabled():
        print(f"\nreport screenshot: {shot}")
