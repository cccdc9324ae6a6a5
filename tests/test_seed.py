"""The seed article, sentence by sentence: labels checked by hand against training/GUIDE.md.

Where the shipped model disagrees with the hand label the case is an expected
failure with the reason, so a better model shows up as XPASS rather than hiding.
"""

import pytest

# (start of the sentence, hand label by the guide)
HAND = [
    ("U.S. military executed an air strike", "unsourced"),
    ("According to defense officials, the targeted militia", "anonymous"),
    ("The air strikes reportedly took place", "vague"),
    ("According to defense officials, they successfully", "anonymous"),
    ("According to reports, aircraft", "vague"),
    ("When the warning shots failed", "unsourced"),
    ("Muzahem al Saloum, from the Maghawir", "on_record"),
    ("Despite warning shots from U.S. aircraft", "unsourced"),
    ("“We notified the coalition", "on_record"),
    ("The Pentagon has yet to make", "not_a_claim"),
    ("Although the targets of these strikes", "unsourced"),
    ("The focus of ongoing military action", "unsourced"),
    ("“We conducted a show of force.", "anonymous"),
    ("We conducted warning shots.", "anonymous"),
    ("All to no avail,” one official said.", "anonymous"),
    ("The air strike, and attempts to dissuade", "unsourced"),
    ("“The coalition commander assessed", "weak"),
    ("According to unconfirmed reports that have reached", "vague"),
    ("Per those as yet unconfirmed reports", "vague"),
    ("This event marks the first U.S. military action", "unsourced"),
    ("The Russian government has since called", "on_record"),
    ("The decision to execute this strike appears", "unsourced"),
    ("Read Next: US Drone Strike", "not_a_claim"),
    ("Image courtesy of the Associated Press", "not_a_claim"),
]

KNOWN_MISSES = {
    "This event marks the first U.S. military action": (
        "'believed to be' in a subordinate clause is taken as the sentence's attribution"
    ),
}


def _cases():
    for start, label in HAND:
        marks = []
        if start in KNOWN_MISSES:
            marks = [pytest.mark.xfail(reason=KNOWN_MISSES[start], strict=False)]
        yield pytest.param(start, label, marks=marks, id=start[:30])


@pytest.mark.parametrize("start,label", list(_cases()))
def test_seed_sentence_label(seed_analysis, start, label):
    s = next(s for s in seed_analysis.sentences if s.text.startswith(start))
    assert s.label == label


def test_seed_sentence_count_and_boundaries(seed_analysis):
    texts = [s.text for s in seed_analysis.sentences]
    assert len(texts) == 28
    assert texts[13:16] == [
        "“We conducted a show of force.",
        "We conducted warning shots.",
        "All to no avail,” one official said.",
    ]
    assert texts[-3:] == [
        "US Drone Strike in Syria Targets Iranian Proxy Militia",
        "Read Next: US Drone Strike in Syria Targets Iranian Proxy Militia",
        "Image courtesy of the Associated Press",
    ]


def _cues(a, start):
    s = next(s for s in a.sentences if s.text.startswith(start))
    return {(c.kind, c.type, c.text) for c in s.cues}


def test_seed_cues(seed_analysis):
    a = seed_analysis
    assert {("attribution", "according_to", "According to"), ("source", "anonymous", "defense officials")} <= _cues(
        a, "According to defense officials, the targeted"
    )
    assert {("hedge", "adverb", "reportedly"), ("source", "vague", "reportedly")} <= _cues(a, "The air strikes")
    assert ("source", "vague", "reports") in _cues(a, "According to reports")
    assert ("status", "no_comment", "has yet to make an official statement") in _cues(a, "The Pentagon has yet")
    assert ("hedge", "adverb", "likely") in _cues(a, "Although the targets")
    assert ("source", "named_person", "Saloum") in _cues(a, "“We notified")
    got = _cues(a, "“The coalition commander")
    assert ("source", "anonymous", "an unidentified senior U.S. defense official") in got
    assert ("relay", "outlet", "Fox News") in got
    got = _cues(a, "According to unconfirmed reports")
    # the guide's own vague source (Round 13), not unverified material
    assert ("source", "vague", "unconfirmed reports") in got
    assert ("status", "unconfirmed", "unconfirmed") not in got
    assert ("relay", "outlet", "the Associated Press") in got
    assert ("hedge", "epistemic_verb", "appears") in _cues(a, "The decision to execute")
    assert ("boilerplate", "navigation", "Read Next") in _cues(a, "Read Next")
    assert ("boilerplate", "credit", "Image courtesy") in _cues(a, "Image courtesy")


def test_publisher_makes_relay_own(seed_text):
    import sourcecheck

    a = sourcecheck.analyze(seed_text, publisher="Fox News")
    assert ("relay", "own", "Fox News") in _cues(a, "“The coalition commander")
