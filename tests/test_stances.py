"""Positions someone holds or takes ("the union endorsed Ruiz"): ``stance`` cues.

They name the position and its holder and are shown with the sentence's cues, but
the guide does not source a sentence on them: no feature reads them, they do not make
a sentence ``attributed``, and the summary does not count their holders as sources.
All sentences are invented for this file.
"""

import numpy as np
import pytest

import sourcecheck
from sourcecheck import cues as cues_module
from sourcecheck.cues import analyze_sentence
from sourcecheck.features import build_views, cue_matrix
from sourcecheck.segment import sentence_spans


def stances(sentence):
    sc = analyze_sentence(sentence, 0, len(sentence))
    for c in sc.stances:
        assert sentence[c.start : c.end] == c.text
    verbs = [c for c in sc.stances if c.kind == "stance"]
    holders = [c for c in sc.stances if c.kind == "source"]
    assert all(h.type == "stance_holder" for h in holders) and len(verbs) == len(holders)
    return [(v.type, v.text, h.text) for v, h in zip(verbs, holders)]


STANCES = [
    ("The union endorsed Ruiz.", [("support", "endorsed", "The union")]),
    ("Two county boards have long opposed the quarry.", [("opposition", "opposed", "Two county boards")]),
    ("Ruiz plans to run again.", [("intention", "plans", "Ruiz")]),
    ("He has steadfastly refused to release the files.", [("opposition", "refused", "He")]),
    ("Sen. Ana Ruiz (D-Ore.) is endorsing Hale.", [("support", "endorsing", "Sen. Ana Ruiz (D-Ore.)")]),
    # a passive takes its agent as the holder
    ("The candidate has been endorsed by three county papers.", [("support", "endorsed", "three county papers")]),
    ("With Norway backing the deal, talks resumed.", [("support", "backing", "Norway")]),
    ("The union this month rejected the harbour board's offer.", [("opposition", "rejected", "The union")]),
    ("Farm groups pushed for a delay.", [("support", "pushed", "Farm groups")]),
    ("The senator railed against the ruling.", [("opposition", "railed", "The senator")]),
    ("Residents opposing the quarry packed the hall.", [("opposition", "opposing", "Residents")]),
    ("Two council members favor a smaller levy.", [("support", "favor", "Two council members")]),
    ("The Ferrandt campaign is seeking a recount.", [("intention", "seeking", "The Ferrandt campaign")]),
    ("The drug company intends to appeal.", [("intention", "intends", "The drug company")]),
    # wants, offers, agreements and votes are positions too (session 14)
    ("The mayor wants to close the depot.", [("intention", "wants", "The mayor")]),
    ("The firm offered to pay the fine.", [("intention", "offered", "The firm")]),
    ("The council agreed to delay the vote.", [("intention", "agreed", "The council")]),
    ("She voted against the bill.", [("opposition", "voted", "She")]),
    ("Ruiz voted for the levy in 2021.", [("support", "voted", "Ruiz")]),
    ("He is a wanted man.", []),
    ("Voters want change.", []),  # "want" needs "to"
    # a finding or reporting clause before the holder is not part of it
    ("Records show Ruiz voted against the levy.", [("opposition", "voted", "Ruiz")]),
    ("Two aides tell us the minister wants to resign.", [("intention", "wants", "the minister")]),
    # inside reported speech the position is still the holder's
    ("The mayor said she supports the plan.", [("support", "supports", "she")]),
    # nouns, things, retreats and passives without an agent are not positions
    ("His plans to run surprised aides.", []),
    ("The measure aims to cut costs.", []),
    ("The plan has strong support from unions.", []),
    ("Ruiz backed out of the deal.", []),
    ("A Curious Plan to Sell the Pier", []),
    ("The bill was opposed.", []),
    ("As opposed to last year, sales rose.", []),
    ("The pier was designed to support heavy trucks.", []),
    ("It supports the roof.", []),
    ("Ruiz plans a second term.", []),  # "plans" needs "to"
    # a verb another cue already covers stays that cue: a denial here
    ("Officials rejected the claim.", []),
    # a stray closing parenthesis before the verb closes no aside
    ("Ruiz) endorsed Hale.", []),
]


@pytest.mark.parametrize("sentence, expected", STANCES)
def test_stances(sentence, expected):
    assert stances(sentence) == expected


def test_stances_are_shown_but_do_not_attribute():
    a = sourcecheck.analyze("The union endorsed Ruiz on Monday, after a vote of its members.")
    (s,) = a.sentences
    kinds = {(c.kind, c.type, c.text) for c in s.cues}
    assert ("stance", "support", "endorsed") in kinds
    assert ("source", "stance_holder", "The union") in kinds
    assert s.attributed is False
    assert "position of: “The union” (“endorsed”)" in s.explain()
    assert "sources:" not in s.explain()  # the holder is not the claim's source
    summary = a.summary()
    assert summary["named_sources"] == summary["anonymous_sources"] == summary["vague_sources"] == 0
    assert {"kind": "stance", "type": "support", "start": 10, "end": 18, "text": "endorsed"} in s.to_dict()["cues"]


def test_no_feature_reads_stances(monkeypatch):
    text = (
        "Two county boards have long opposed the quarry. The union endorsed Ruiz, its president said. "
        "Farm groups pushed for a delay, and residents opposing the quarry packed the hall."
    )
    spans = sentence_spans(text)
    with_stances = cue_matrix(build_views(text, spans))
    assert any(analyze_sentence(text, s, e).stances for s, e in spans)
    monkeypatch.setattr(cues_module, "_stance_cues", lambda *args: [])
    without = cue_matrix(build_views(text, spans))
    assert np.array_equal(with_stances, without)


def test_report_does_not_mark_holders_as_sources():
    from sourcecheck.report import sentence_html

    (s,) = sourcecheck.analyze("The union endorsed Ruiz on Monday, after a vote of its members.").sentences
    html = sentence_html(s.to_dict())
    assert "sc-cue-source" not in html  # not bold: the union is not where the claim comes from
    assert "no source found in the sentence" in html
    assert "position of: “The union” (endorsed)" in html
