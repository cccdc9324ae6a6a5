"""training/register_transfer.py: every register of the corpus belongs to a family, and the
claim/not-a-claim score is the evaluation's (mean F1 of the two sides)."""

import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))

import register_transfer  # noqa: E402


def test_every_corpus_register_has_a_family():
    from corpus_tool import read_corpus

    registers = {a.meta["register"] for a in read_corpus(ROOT / "training" / "corpus")}
    assert {r for r in registers if register_transfer.family(r) == "other"} == set()
    assert register_transfer.family("no_such_register") == "other"


def test_claim_macro_f1_by_hand():
    y = np.array(["on_record", "not_a_claim", "unsourced", "not_a_claim"])
    pred = np.array(["unsourced", "not_a_claim", "not_a_claim", "on_record"])
    # claims: tp 1, fp 1, fn 1 -> F1 0.5; not_a_claim: tp 1, fp 1, fn 1 -> F1 0.5
    assert register_transfer.claim_macro_f1(y, pred) == pytest.approx(0.5)
    assert register_transfer.claim_macro_f1(y, y) == pytest.approx(1.0)


def test_round_value_picks_the_rounds_folders_exactly():
    import round_value

    groups = ["v63a/v63a_001", "v63b/v63b_002", "v6a/v6a_001", "wire/wire_063"]
    assert round_value.in_folders(groups, ["v63a", "v63b"]).tolist() == [True, True, False, False]
    # a folder name is matched whole: "v6" is not "v6a", "v63" not "v63a"
    assert round_value.in_folders(groups, ["v6", "v63"]).tolist() == [False, False, False, False]
