"""The context and writer's-voice features (session 3), on invented sentences.

Each case is a short article; the test checks which of the named binary features
fire on its last sentence, so a feature that stops firing (or starts firing
everywhere) fails here before it shows up as a change in accuracy.
"""

import pytest

from sourcecheck.features import FEATURE_DESCRIPTIONS, FEATURE_NAMES, build_views, cue_matrix, describe_feature
from sourcecheck.segment import sentence_spans

WATCHED = (
    "relay_outlet",
    "relay_unnamed",
    "relay_generic",
    "relay_named",
    "second_person",
    "imperative",
    "bare_attribution",
    "age_appositive",
    "since_background",
    "background_words",
    "generic_subject",
    "scheduled",
    "group_anonymous",
    "group_weak",
    "group_vague",
)


def fired(text, publisher=None):
    views = build_views(text, sentence_spans(text), publisher)
    row = cue_matrix(views)[-1]
    return {name for name in WATCHED if row[FEATURE_NAMES.index(name)] > 0}


CASES = [
    # relay through another outlet, three ways, and the publisher's own interview
    ("A senior Treasury official told Politico that the plan was dead.", "Wire", {"relay_outlet", "relay_unnamed"}),
    (
        "People familiar with the talks told Bloomberg that the deal was off.",
        "Wire",
        {"relay_outlet", "relay_generic"},
    ),
    ("Senator Ana Ruiz told CNN that the plan was dead.", "Wire", {"relay_outlet", "relay_named"}),
    ("Senator Ana Ruiz told CNN that the plan was dead.", "CNN", set()),
    # writer's voice
    ("Prices rose again. Don't let the noise paralyze you.", None, {"second_person", "imperative"}),
    ("So imagine a family that earns $60,000 a year.", None, {"imperative"}),
    ("Most families will pay more, and you will too.", None, {"second_person"}),
    ("No leader can win a war by pretending the enemy does not exist.", None, {"generic_subject"}),
    # a quote that ended in its own sentence, then only the speaker
    ('"We will win. We always do." Perez said.', None, {"bare_attribution"}),
    ('"We will win," Perez said after the vote in the capital on Tuesday.', None, set()),
    ('"Absolutely," Perez said.', None, set()),
    # biography and settled background
    ("Alvarez, 54, has degrees in law and economics.", None, {"age_appositive"}),
    ("The council met on Monday, and 12 of 15 members voted yes.", None, set()),
    ("Hale has been critical of the mayor since the 2019 primary.", None, {"since_background"}),
    ("Hale said he has been critical of the mayor since 2019.", None, set()),
    ("Okafor, a former teacher, was first elected in 2018.", None, {"background_words"}),
    ("She will visit the flood zone on Thursday.", None, {"scheduled"}),
    ("The committee is scheduled to vote next week.", None, {"scheduled"}),
    ("The bill will likely pass on Thursday.", None, set()),
    # a running quotation takes its speaker's level, one column per level
    ('"We fired warning shots. They kept coming," a Navy officer said. "Nobody was hurt.', None, {"group_anonymous"}),
    ('"We fired warning shots. They kept coming," Admiral Ana Ruiz said. "Nobody was hurt.', None, set()),
    ('"We fired warning shots. They kept coming," sources said. "Nobody was hurt.', None, {"group_vague"}),
]


@pytest.mark.parametrize("text,publisher,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_features_fire_on_their_pattern_only(text, publisher, expected):
    assert fired(text, publisher) == expected


def test_every_feature_has_words_for_the_explanation():
    assert set(FEATURE_DESCRIPTIONS) == set(FEATURE_NAMES)
    words = describe_feature("cues__bare_attribution", 1.0)
    assert words == "nothing but a speaker and a reporting verb ('Perez said.')"
    assert describe_feature("cues__relay_named", -1.0).startswith("absence of: a named source quoted")
