"""The built wheel ships the model, its card, the lexicons and the splitter data."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_contains_model_and_data(tmp_path):
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stderr
    wheel = next(tmp_path.glob("sourcecheck-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert any(n.startswith("sourcecheck/models/") and n.endswith(".joblib") for n in names)
    assert any(n.startswith("sourcecheck/models/") and n.endswith(".json") for n in names)
    assert "sourcecheck/data/abbreviations.txt" in names
    assert "sourcecheck/data/sentence_starters.txt" in names
    assert "sourcecheck/py.typed" in names
    lex = {Path(n).name for n in names if n.startswith("sourcecheck/data/lexicons/")}
    src = {p.name for p in (ROOT / "sourcecheck" / "data" / "lexicons").glob("*.txt")}
    assert lex == src
