"""The rules that type a source phrase (``sourcecheck.cues._SHAPE_RULES``,
``_SOURCE_RULES`` and ``_residual_source``): hand-checked phrases with the type
the guide gives them and the rule that decides, at least one per rule.
"""

import pytest

from sourcecheck.cues import (
    _HEADLINE,
    _SHAPE_RULES,
    _SOURCE_RULES,
    _residual_source,
    _source_decision,
    classify_source,
    tokenize,
)

# (phrase, opens the sentence, source type, deciding rule)
CASES = [
    # a crowd placed by where it gathers, or at a named employer (_placed_crowd, in the residual rule)
    ("People in the Larkspur Parents group", True, "vague", "_residual_source"),
    ("Patriots across the county", True, "vague", "_residual_source"),
    ("People at Harnell Foods", True, "anonymous", "_residual_source"),
    # insiders placed inside an institution; bare insiders stay generic access
    ("Insiders at the network", True, "anonymous", "_placed_insiders"),
    # a role word followed by a person's name names the person; the coast guard is a service
    ("Director of rugby Phil Emmerson", True, "named_person", "_residual_source"),
    ("The coast guard", True, "named_organization", "_role_group"),
    ("officials in Kyiv", True, "anonymous", "_role_group"),
    # one person known only by access, whatever the head noun
    ("An industry lobbyist familiar with the strategy", True, "generic_anonymous", "_residual_source"),
    ("a man close to the family", False, "generic_anonymous", "_residual_source"),
    # a document with its maker after it is the document, whatever body made it
    ("A poll by Harwick College", True, "document", "_item_source"),
    ("A report from the State Housing Finance Agency", True, "document", "_item_source"),
    ("Harwick College", True, "named_organization", "_fixed_by_relation"),
    ("Two insiders at the campaign", True, "anonymous", "_placed_insiders"),
    ("People who have listened to the full recording", True, "generic_anonymous", "_source_by_fixed_shape"),
    ("The officials, who have seen the draft budget", True, "anonymous", "_role_group"),
    ("Everybody on Front Street", True, "vague", "_source_by_fixed_shape"),
    ("Someone at the union", False, "anonymous", "_source_by_fixed_shape"),
    ("Some Democrats in the north", True, "vague", "_source_by_fixed_shape"),
    ("Portuguese media", True, "vague", "_source_by_fixed_shape"),
    ("A person close to the senator", True, "generic_anonymous", "_source_by_fixed_shape"),
    ("A senior source in the party", True, "anonymous", "_source_by_fixed_shape"),
    ("A video circulating on messaging channels", True, "social_media", "_source_by_fixed_shape"),
    ("Experts not involved in the study", True, "vague", "_source_of_a_part"),
    ("Two judges — Ana Ruiz and Tom Hale", True, "named_person", "_source_of_a_part"),
    ("Ruiz and her lawyers", True, "named_person", "_source_of_a_part"),
    ("Her Republican opponent, Clay Otterbein,", True, "named_person", "_source_of_a_part"),
    ("a nurse named Ana Ruiz", False, "named_person", "_source_named_in_phrase"),
    ("a schoolfriend named Tess", False, "generic_anonymous", "_source_named_in_phrase"),
    ("A woman who says she drives a bus", True, "vague", "_source_named_in_phrase"),
    ("Anyone who has tried to park there", True, "vague", "_pronoun_source"),
    ("who", False, "pronoun", "_pronoun_source"),
    ("Someone who has worked with him", True, "generic_anonymous", "_pronoun_source"),
    ("Someone who works in the council's planning department", True, "anonymous", "_pronoun_source"),
    ("It", True, "pronoun", "_pronoun_source"),
    ("a retired bus driver from Leeds", False, "anonymous", "_placed_individual"),
    ("A TV insider", True, "generic_anonymous", "_placed_individual"),
    ("A longtime Clinton confidant", True, "generic_anonymous", "_placed_individual"),
    ("a BBC insider", False, "anonymous", "_placed_individual"),
    ("Senator Ortiz", False, "named_person", "_marked_source"),
    ("an unidentified senior official", False, "anonymous", "_marked_source"),
    ("unnamed sources", False, "vague", "_marked_source"),
    ("An unnamed friend of Vale's", True, "generic_anonymous", "_marked_source"),
    ("An anonymous post on a student forum", True, "social_media", "_marked_source"),
    ("a representative for the singer", False, "named_organization", "_marked_source"),
    ("a police source", False, "anonymous", "_source_noun"),
    ("two sources", False, "generic_anonymous", "_source_noun"),
    ("everyone", False, "vague", "_source_noun"),
    ("some Texans", False, "vague", "_source_noun"),
    ("the teachers union", False, "named_organization", "_body_or_member"),
    ("parents at the school", False, "vague", "_body_or_member"),
    ("An appeals panel", True, "named_organization", "_body_or_member"),
    ("an Apex executive", False, "anonymous", "_body_or_member"),
    ("her lawyer", False, "named_organization", "_fixed_by_relation"),
    ("His daughter", True, "named_person", "_fixed_by_relation"),
    ("the White House", False, "named_organization", "_fixed_by_relation"),
    ("a friend of the senator", False, "generic_anonymous", "_fixed_by_relation"),
    ("The attorney general's office", True, "named_organization", "_role_group"),
    ("officials in Kyiv", False, "anonymous", "_role_group"),
    ("Iranian officials", True, "anonymous", "_role_group"),
    ("Egyptian officials", True, "anonymous", "_role_group"),
    ("Saudi security officials", False, "anonymous", "_role_group"),
    ("Kremlin officials", True, "anonymous", "_role_group"),
    ("South Korean officials", True, "anonymous", "_role_group"),
    ("Afghan officials in Kabul", True, "anonymous", "_role_group"),
    ("Justice Department officials", True, "anonymous", "_role_group"),
    ("Treasury officials", True, "anonymous", "_role_group"),
    ("FBI officials", True, "anonymous", "_role_group"),
    ("Sorrel County officials", True, "named_organization", "_residual_source"),
    ("FDA inspectors", True, "named_organization", "_residual_source"),
    ("The Justice Department", True, "named_organization", "_fixed_by_relation"),
    ("Chief Justice Ana Ruiz", True, "named_person", "_marked_source"),
    ("Egyptian analysts", True, "vague", "_role_group"),
    ("teachers", False, "vague", "_role_group"),
    ("researchers at Halden University", True, "named_organization", "_role_group"),
    ("County health officials", True, "named_organization", "_role_group"),
    ("a TikTok user", False, "social_media", "_item_source"),
    ("Facebook", True, "named_organization", "_item_source"),
    ("The U.N.-backed mission", True, "named_organization", "_residual_source"),
    ("the Russian-backed rebels", False, "vague", "_residual_source"),
    ("Research", True, "vague", "_residual_source"),
    ("Social media users", True, "vague", "_item_source"),
    ("campaign finance reports", False, "document", "_item_source"),
    ("A study published in The Lancet", True, "document", "_item_source"),
    ("Minutes posted by the county board", True, "document", "_item_source"),
    ("Ads", True, "vague", "_item_source"),
    ("Russia", True, "named_organization", "_government_by_place"),
    ("The U.S.", True, "named_organization", "_government_by_place"),
    ("The United States", True, "named_organization", "_government_by_place"),
    ("WHO officials", True, "anonymous", "_role_group"),
    ("police", False, "named_organization", "_residual_source"),
    ("Muzahem al Saloum", False, "named_person", "_residual_source"),
    ("the utility", False, "named_organization", "_residual_source"),
    ("the waiter", False, "anonymous", "_residual_source"),
    ("a man", False, "vague", "_residual_source"),
]


@pytest.mark.parametrize("phrase,start,typ,rule", CASES, ids=[c[0] for c in CASES])
def test_source_rule_decides(phrase, start, typ, rule):
    toks = tokenize(phrase)
    assert _source_decision(toks, start) == (typ, rule)
    assert classify_source(toks, start) == typ


def test_every_source_rule_has_a_case_and_shows_an_example():
    decided = {rule for *_, rule in CASES}
    for rule in (*_SHAPE_RULES, *_SOURCE_RULES, _residual_source):
        assert rule.__name__ in decided, f"no case in CASES for {rule.__name__}"
        assert rule.__doc__ and '"' in rule.__doc__, f"{rule.__name__} shows no example in its docstring"


def test_a_headline_drops_the_before_an_office():
    toks = tokenize("Sheriff")
    assert _source_decision(toks, True) == ("vague", "_residual_source")  # body text needs "the"
    token = _HEADLINE.set(True)
    try:
        assert _source_decision(toks, True) == ("named_person", "_residual_source")  # "Sheriff says ..."
    finally:
        _HEADLINE.reset(token)


def test_a_headline_drops_the_before_a_study_and_an_insider():
    token = _HEADLINE.set(True)
    try:
        assert _source_decision(tokenize("hospital audit"), False) == ("document", "_source_by_fixed_shape")
        assert _source_decision(tokenize("reports"), False)[0] == "vague"  # "..., reports say": nobody's
        assert _source_decision(tokenize("FBI Insider"), True) == ("anonymous", "_placed_individual")
    finally:
        _HEADLINE.reset(token)
