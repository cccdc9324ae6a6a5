"""training/audit.py: the out-of-fold audit writes blind packets and sorts the answers."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))

import audit  # noqa: E402
from corpus_tool import read_corpus  # noqa: E402

ARTICLE = """# publisher: The Marrow Valley Courier
# register: local_news
US Mill to close after 90 years

NC By Ada Penhallow
OR The Harrow mill will close in March, its owner said on Monday.
US The closure will cost 140 jobs.
NC The mill opened in 1934.
"""
CLASSES = ["anonymous", "not_a_claim", "on_record", "unsourced", "vague", "weak"]


def _proba(rows: list[dict[str, float]]) -> np.ndarray:
    return np.array([[r.get(c, 0.0) for c in CLASSES] for r in rows])


@pytest.fixture
def arts(tmp_path: Path) -> list:
    (tmp_path / "corpus" / "t1").mkdir(parents=True)
    (tmp_path / "corpus" / "t1" / "t1_001.txt").write_text(ARTICLE, encoding="utf-8")
    return read_corpus(tmp_path / "corpus")


def test_flag_keeps_only_confident_disagreements(arts: list) -> None:
    proba = _proba(
        [
            {"unsourced": 0.9, "on_record": 0.1},  # headline: agrees
            {"not_a_claim": 0.95, "unsourced": 0.05},  # byline: agrees
            {"on_record": 0.05, "unsourced": 0.9, "vague": 0.05},  # flagged
            {"unsourced": 0.4, "not_a_claim": 0.6},  # disagrees, but the label keeps 0.4
            {"not_a_claim": 0.1, "unsourced": 0.5, "on_record": 0.4},  # disagrees, but not confidently
        ]
    )
    items = audit.flag(arts, proba, CLASSES, below=0.15, above=0.65)
    assert len(items) == 1
    it = items[0]
    assert it["target"] == "The Harrow mill will close in March, its owner said on Monday."
    assert (it["label"], it["model"], it["line"]) == ("on_record", "unsourced", 6)
    assert it["headline"] == "Mill to close after 90 years"
    assert it["before"] == ["By Ada Penhallow"]
    assert it["after"] == ["The closure will cost 140 jobs.", "The mill opened in 1934."]
    assert audit.flag(arts, proba, CLASSES, below=0.15, above=0.65, skip=frozenset({(it["file"], 6)})) == []


def test_packets_carry_no_label_and_compare_sorts_answers(arts: list, tmp_path: Path) -> None:
    proba = _proba(
        [
            {"unsourced": 0.9, "on_record": 0.1},
            {"on_record": 0.9, "not_a_claim": 0.1},
            {"on_record": 0.05, "unsourced": 0.9, "vague": 0.05},
            {"unsourced": 0.1, "vague": 0.9},
            {"not_a_claim": 0.05, "unsourced": 0.95},
        ]
    )
    items = audit.flag(arts, proba, CLASSES, below=0.15, above=0.65)
    assert [it["line"] for it in items] == [5, 6, 7, 8]
    out = tmp_path / "audit"
    audit.write_packets(items, out, packets=2)
    packets = (out / "packet_1.md").read_text(encoding="utf-8") + (out / "packet_2.md").read_text(encoding="utf-8")
    assert packets.count(">>> TARGET:") == 4
    for word in ("on_record", "unsourced", "not_a_claim", "vague", " OR ", " US ", " NC "):
        assert word not in packets
    ids = {it["line"]: it["id"] for it in json.loads((out / "items.json").read_text(encoding="utf-8"))}
    # byline: the corpus's NC; own report: the model's US; closure: a third label; 1934: unanswered
    (out / "answers_1.tsv").write_text(
        f"{ids[5]}\tNC\tbyline\n{ids[6]}\tUS\tmodel's reading\n{ids[7]}\tAN\tthird\n", encoding="utf-8"
    )
    counts, diffs = audit.compare(out)
    assert counts == {"corpus": 1, "model": 1, "third": 1, "unanswered": 1}
    assert sorted((d["line"], d["kind"], d["blind"]) for d in diffs) == [
        (6, "model", "unsourced"),
        (7, "third", "anonymous"),
    ]


def test_compare_names_the_file_and_line_of_a_bad_answer(arts: list, tmp_path: Path) -> None:
    proba = _proba([{"on_record": 0.9}, {"on_record": 0.9}, {"unsourced": 0.9}, {"vague": 0.9}, {"vague": 0.9}])
    out = tmp_path / "audit"
    audit.write_packets(audit.flag(arts, proba, CLASSES, below=0.15, above=0.65), out, packets=1)
    (out / "answers_1.tsv").write_text("A0001\tXX\tno such code\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"answers_1\.tsv:1: expected"):
        audit.compare(out)
