"""The context and writer's-voice features (session 3), on invented sentences.

Each case is a short article; the test checks which of the named binary features
fire on its last sentence, so a feature that stops firing (or starts firing
everywhere) fails here before it shows up as a change in accuracy.
"""

import pytest

from sourcecheck.features import (
    FEATURE_DESCRIPTIONS,
    FEATURE_NAMES,
    _label_surname,
    build_views,
    cue_matrix,
    describe_feature,
)
from sourcecheck.segment import sentence_spans

WATCHED = (
    "relay_outlet",
    "relay_unnamed",
    "relay_generic",
    "relay_named",
    "relay_vague",
    "second_person",
    "imperative",
    "bare_attribution",
    "tail_attribution",
    "age_appositive",
    "since_background",
    "background_words",
    "generic_subject",
    "scheduled",
    "cut_off",
    "group_anonymous",
    "group_weak",
    "group_vague",
    "ends_question",
    "ends_colon",
    "booster",
    "hedge_modal",
    "reader_framing",
    "quoted_imperative",
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
    # a bare group relayed through an outlet stays vague; an unnamed outlet speaking relays nobody
    ("Residents told the Harwick Ledger that the water smelled of diesel.", "Wire", {"relay_outlet", "relay_vague"}),
    ("Local media reported that the water smelled of diesel.", "Wire", {"relay_outlet"}),
    # writer's voice
    ("Fares rose again. Don't wait for the council to fix your commute.", None, {"second_person", "imperative"}),
    ("So picture a bakery owner with two employees.", None, {"imperative"}),
    ("Most commuters will pay more, and you will too.", None, {"second_person"}),
    ("Nobody wins a budget fight by hiding the numbers.", None, {"generic_subject"}),
    # the writer turning to the reader before a claim is neither an address nor a command
    ("If you remember, the council sold the depot in 2019.", None, {"reader_framing"}),
    ("Don't forget that the council sold the depot in 2019.", None, {"reader_framing"}),
    ("Remember: the council sold the depot in 2019.", None, {"reader_framing"}),
    ("Remember to vote on Tuesday.", None, {"imperative"}),
    ("Remember when the council sold the depot?", None, {"imperative", "ends_question"}),
    # a quote that ended in its own sentence, then only the speaker
    ('"The dam held. It was built to hold." Okonkwo said.', None, {"bare_attribution"}),
    ('"The dam held," Okonkwo said after touring the spillway on Tuesday.', None, set()),
    ('"Absolutely," Okonkwo said.', None, set()),
    ('"The dam held. It was built to hold." Okonkwo told reporters on Tuesday.', None, {"bare_attribution"}),
    # the claim first, then a comma and the source that governs it; not an opening phrase
    # before the speaker, and not a quotation
    ("The pool has not been inspected since 2019, Hale said.", None, {"tail_attribution"}),
    ("The pool is shut, said Hale, the county's parks director.", None, {"tail_attribution"}),
    ("The pool, Hale said, has not been inspected since 2019.", None, {"tail_attribution"}),
    ("With the vote only days away, voters said they wanted the pool open.", None, set()),
    ("In March, Hale said the pool had not been inspected since 2019.", None, set()),
    ("Hale said the pool has not been inspected since 2019.", None, set()),
    # a short sentence that says what was said or thought is a claim, not a bare tag
    ("Police suspect arson.", None, set()),
    ("Hale denied it.", None, set()),
    # biography and settled background
    ("Brandt, 61, spent two decades as a harbour pilot.", None, {"age_appositive", "background_words"}),
    ("Brandt, 61, is a harbour pilot.", None, {"age_appositive"}),
    ("The council met on Monday, and 12 of 15 members voted yes.", None, set()),
    ("The two unions have feuded over pensions since the 2015 strike.", None, {"since_background"}),
    ("Lund said the unions have feuded since 2015.", None, set()),
    ("Okafor, a former teacher, was first elected in 2018.", None, {"background_words"}),
    ("The inspectors will tour the mill on Friday morning.", None, {"scheduled"}),
    ("The committee is scheduled to vote next week.", None, {"scheduled"}),
    ("The bill will likely pass on Thursday.", None, set()),
    ("HOST: Senator, before we run out of time, I want to ask about the levee --", None, {"cut_off"}),
    ("The levee \u2014 built in 1961 \u2014 held.", None, set()),
    # questions and lead-ins: a question cut off before its mark, and a lead-in pointing forward
    ('How do they seriously argue, "The levee is fine.', None, {"ends_question"}),
    ('"Where did the money go?" she asked.', None, {"ends_question"}),
    ("WHO has counted 40 attacks on clinics this year.", None, set()),
    ("How the levee failed is still unclear.", None, set()),
    ("What the mayor told the council was this:", None, {"ends_colon"}),
    ("What happened at the levee is this.", None, {"ends_colon"}),
    ("The mayor cannot be blamed for this.", None, set()),
    # a running quotation takes its speaker's level, one column per level
    (
        '"The pumps failed at noon. The water rose," a plant engineer said. "It reached the second floor.',
        None,
        {"group_anonymous"},
    ),
    ('"The pumps failed at noon. The water rose," engineer Ana Ruiz said. "It reached the second floor.', None, set()),
    ('"The pumps failed at noon. The water rose," sources said. "It reached the second floor.', None, {"group_vague"}),
    # confident wording marks the writer's own claim, not a source's (the guide's rule 7)
    ("The levee has never failed.", None, {"booster"}),
    ("The levee has never failed, the county engineer said.", None, {"tail_attribution"}),
    # a hedge inside a claim a named, placed or thinly placed source makes is the source's (rule 7);
    # with a vague source or none it counts
    ("The levee may fail this spring.", None, {"hedge_modal"}),
    ("The levee may fail this spring, county engineer Ana Ruiz said.", None, {"tail_attribution"}),
    ("The levee may fail this spring, a county engineer said.", None, {"tail_attribution"}),
    ("The levee may fail this spring, a person familiar with the survey said.", None, {"tail_attribution"}),
    ("The levee may fail this spring, residents said.", None, {"hedge_modal", "tail_attribution"}),
    # a command or appeal inside a speaker's quotation asserts nothing; a claim beside it does
    ('"If you live below the dam, leave now," the county engineer said.', None, {"quoted_imperative", "second_person"}),
    ('"Please stay off the levee," Okonkwo said.', None, {"quoted_imperative"}),
    ('"The levee will hold," Okonkwo said.', None, set()),
    ('"If the levee fails, we lose the east side," Okonkwo said.', None, set()),
    ('"Look, the levee was built in 1961," Okonkwo said.', None, set()),
    ('"Let me be clear: the levee held," Okonkwo said.', None, set()),
    ('"Don\'t think for a second the levee is safe," Okonkwo said.', None, set()),
]


@pytest.mark.parametrize("text,publisher,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_features_fire_on_their_pattern_only(text, publisher, expected):
    assert fired(text, publisher) == expected


def test_every_feature_has_words_for_the_explanation():
    assert set(FEATURE_DESCRIPTIONS) == set(FEATURE_NAMES)
    words = describe_feature("cues__bare_attribution", 1.0)
    assert words == "nothing but a speaker and a reporting verb ('Okonkwo said.')"
    assert describe_feature("cues__relay_named", -1.0).startswith("absence of: a named source quoted")


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # the only report sits under an unattributed main clause: the main claim is the writer's
        ("Lawmakers will balk because the president has said the plan is dead.", True),
        ("Republicans may wait, given that the governor has said the report is wrong.", True),
        # a report only in a clause that opens the sentence (session 17): the main clause is the writer's
        ("After the mayor said the bridge was safe, it reopened.", True),
        ("Hours after Okoro said the district would freeze hiring, three principals resigned.", True),
        # a main-clause report, a report in both clauses, and short lead-ins that are no clause of their own
        ("Officials said the plant would close because it was unsafe.", False),
        ("After the mayor said the bridge was safe, the engineer said it was not.", False),
        ("When asked, the mayor said the bridge was safe.", False),
        ("As the mayor said, the bridge is safe.", False),
        # the speaker goes on as the main clause's subject: still about what she said or did
        ("When the mayor announced the closure, she left without taking questions.", False),
        ("If so, officials said, the road will close.", False),
    ],
)
def test_subordinate_attribution(sentence, expected):
    from sourcecheck.cues import analyze_sentence

    assert analyze_sentence(sentence, 0, len(sentence)).subordinate_attribution is expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # a clause in the writer's present tense after a past report is a second claim (session 17)
        ("Okoro said the talks had stalled, and the district has already frozen hiring.", True),
        ("Okoro said ridership was up, but the city has cut two routes since May.", True),
        # back-shifted, "and that", a present-tense report, or inside the quotation: still the speaker's
        ("Okoro said the talks had stalled, and the district had frozen hiring.", False),
        ("Okoro said the talks had stalled and that the district has frozen hiring.", False),
        ("Okoro says the talks have stalled, and the district is broke.", False),
        ('"The talks have stalled, and the district is broke," Okoro said.', False),
    ],
)
def test_writer_clause_after_a_report(sentence, expected):
    from sourcecheck.cues import analyze_sentence

    assert analyze_sentence(sentence, 0, len(sentence)).writer_clause is expected


@pytest.mark.parametrize("verb", ["noted", "explained", "conceded", "acknowledged", "wrote", "argued", "observed"])
def test_reporting_verb_does_not_change_the_words(verb):
    """The guide's rule 7: a speech verb's colour does not move the level, so the words block
    sees "Hale noted" and "Hale conceded" as it sees "Hale said"."""
    from sourcecheck.features import mask_sentence

    def masked(v):
        text = f"The fund has not been audited since 2019, Hale {v}."
        return mask_sentence(build_views(text, sentence_spans(text))[0])

    assert masked(verb) == masked("said") == "the fund has not been audited since NUM NAME say"


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Ana Ruiz (D-Ore.) said the fund has not been audited.",
        "Sen. Ana Ruiz, D-Ore., said the fund has not been audited.",
    ],
)
def test_a_party_and_state_tag_is_one_label_and_no_name(text):
    """US political copy tags a lawmaker with party and state; the tag is neither brackets around
    a caption credit nor a second name (session 27: "(R-Ark.)" had made a senator's statement read
    as a caption)."""
    from sourcecheck.features import mask_sentence

    v = build_views(text, sentence_spans(text))
    assert mask_sentence(v[0]).startswith("sen NAME NAME partytag say the fund")
    names = cue_matrix(v)[0][FEATURE_NAMES.index("n_names")]
    plain = "Sen. Ana Ruiz said the fund has not been audited."
    assert names == cue_matrix(build_views(plain, sentence_spans(plain)))[0][FEATURE_NAMES.index("n_names")]


def test_reader_framing_is_no_word_of_opinion():
    """ "If you remember" opens a claim: its "remember" is not the writer's opinion, while the same
    verb in the writer's own "I remember ..." still counts."""

    def opinion(text):
        return cue_matrix(build_views(text, sentence_spans(text)))[-1][FEATURE_NAMES.index("opinion_words")]

    assert opinion("If you remember, the pool reopened in May.") == 0
    assert opinion("Don't forget: the pool reopened in May.") == 0
    assert opinion("I remember when the pool reopened in May.") > 0


def _doc_features(text):
    views = build_views(text, sentence_spans(text))
    m = cue_matrix(views)
    i, j = FEATURE_NAMES.index("doc_opinion"), FEATURE_NAMES.index("doc_voice")
    return [(v.sentence, round(float(r[i]), 3), round(float(r[j]), 3)) for v, r in zip(views, m)]


COLUMN = (
    "Opinion: The harbour plan is a mistake\n\n"
    "By Ada Penhallow\n\n"
    "The harbour plan is a mistake. I walked the quay on Sunday. "
    'The council voted 5-2 for it, the clerk said. "It will pay for itself," the mayor said.\n\n'
    "Ada Penhallow is a columnist for the Courier."
)


def test_an_opinion_kicker_marks_only_the_writers_own_lines():
    rows = {s: (op, voice) for s, op, voice in _doc_features(COLUMN)}
    # the writer's own lines carry the genre; attributed lines and quotations do not
    assert rows["The harbour plan is a mistake."][0] == 1.0
    assert rows["The council voted 5-2 for it, the clerk said."] == (0.0, 0.0)
    assert rows['"It will pay for itself," the mayor said.'] == (0.0, 0.0)
    # one line of seven ("I walked ...") is in the writer's voice: 1/7, tripled
    assert rows["The harbour plan is a mistake."][1] == round(3 / 7, 3)


def test_a_columnists_bio_line_marks_the_article_without_a_kicker():
    text = COLUMN.replace("Opinion: ", "")
    assert _doc_features(text)[2][1] == 1.0
    plain = text.replace("Ada Penhallow is a columnist for the Courier.", "Ferries run hourly.")
    assert all(op == 0.0 for _, op, _ in _doc_features(plain))


def test_writer_voice_counts_sentence_initial_pronouns_but_not_the_country():
    # "We", "My" and "You" open a sentence in capitals; "US" in capitals is the country
    text = (
        "Ferry fares\n\n"
        "We rode the ferry on Sunday. My ticket cost nine pounds. You can still buy one on board. "
        "US visitors pay the same. Fares rose in May. The line runs hourly."
    )
    rows = {s: voice for s, _, voice in _doc_features(text)}
    # three of seven lines: min(1, 3 * 3/7) on every line in the writer's own voice
    assert rows["Fares rose in May."] == 1.0
    fp = FEATURE_NAMES.index("first_person")
    views = build_views(text, sentence_spans(text))
    m = cue_matrix(views)
    by = {v.sentence: float(r[fp]) for v, r in zip(views, m)}
    assert by["US visitors pay the same."] == 0.0
    assert by["We rode the ferry on Sunday."] > 0


def test_news_copy_has_no_writer_voice():
    text = "Harbour plan approved\n\nThe council voted 5-2 on Monday to approve the harbour plan. Work starts in May."
    assert all((op, voice) == (0.0, 0.0) for _, op, voice in _doc_features(text))


def _turns(text, publisher=None):
    views = build_views(text, sentence_spans(text), publisher)
    m = cue_matrix(views)
    cols = [FEATURE_NAMES.index(f"turn_{k}") for k in ("named", "host", "unnamed")]
    return [(v.sentence, tuple(int(r[c]) for c in cols)) for v, r in zip(views, m)]


TRANSCRIPT = (
    "MODERATOR: Welcome to the debate.\n\n"
    "KUHLMANN:\n\n"
    "We cut the levy twice. Four of our nine depots have closed since May. I am proud of that.\n\n"
    "CALLER:\n\n"
    "The buses stopped coming in March.\n\n"
    "HOST: Thanks for calling. Ridership fell by a third last year."
)


def test_lines_of_a_transcript_turn_know_whose_turn_it_is():
    rows = dict(_turns(TRANSCRIPT))
    assert rows["Four of our nine depots have closed since May."] == (1, 0, 0)
    assert rows["I am proud of that."] == (1, 0, 0)
    assert rows["The buses stopped coming in March."] == (0, 0, 1)
    assert rows["Ridership fell by a third last year."] == (0, 1, 0)
    # the label lines themselves carry no turn feature
    assert rows["KUHLMANN:"] == (0, 0, 0)


def test_a_question_and_answer_interview_has_turns():
    text = (
        "Q: Why did the depot close?\n\nA: The lease ran out. We had nine drivers left. Two retired in May.\n\n"
        "Q: Will it reopen?\n\nA: Not this year."
    )
    rows = dict(_turns(text))
    assert rows["Two retired in May."] == (1, 0, 0)
    assert rows["We had nine drivers left."] == (1, 0, 0)


PRINTED_QA = (
    "Ines Holloway has been mayor of Dunmere since 2019. She spoke to the Courier at City Hall.\n\n"
    "COURIER: Why did the night buses stop?\n\n"
    "We lost two drivers in March. The contractor had no one left for the route.\n\n"
    "COURIER: Critics say the bridge repairs are late. Are they?\n\n"
    "They are late, and I will not pretend otherwise. The steel arrived six weeks behind schedule.\n\n"
    "COURIER: What do you say to people who think the budget is a mess?\n\n"
    "I say read it. The reserve fund is larger than when I took office.\n\n"
    "COURIER: Is the levy safe?\n\n"
    "My answer is yes. Voters renewed it in 2022."
)


def test_a_printed_qa_gives_the_answers_to_the_interviewee():
    # only the outlet's questions carry a label, under the outlet's own name: the unlabelled
    # paragraph after each question is the interviewee's answer (GUIDE Round 34), even after a
    # question put as a statement
    rows = dict(_turns(PRINTED_QA, publisher="Dunmere Courier"))
    assert rows["The contractor had no one left for the route."] == (1, 0, 0)
    assert rows["The steel arrived six weeks behind schedule."] == (1, 0, 0)
    assert rows["Voters renewed it in 2022."] == (1, 0, 0)
    assert rows["Ines Holloway has been mayor of Dunmere since 2019."] == (0, 0, 0)
    # the question's own second line is the outlet's
    assert rows["Are they?"] == (0, 1, 0)


def test_a_printed_qa_with_bare_questions_gives_the_answers_to_the_interviewee():
    text = PRINTED_QA.replace("COURIER: ", "").replace("Critics say the bridge repairs are late. ", "")
    rows = dict(_turns(text, publisher="Dunmere Courier"))
    assert rows["The contractor had no one left for the route."] == (1, 0, 0)
    assert rows["Voters renewed it in 2022."] == (1, 0, 0)


def test_an_explainer_in_questions_is_not_an_interview():
    # the answers are the outlet's own, with no "I": no one's turn
    text = (
        "Why is the levy on the ballot?\n\nThe last one expires in June. The district asked for a renewal.\n\n"
        "What would it cost?\n\nAbout $90 a year on a $200,000 home.\n\n"
        "Who supports it?\n\nThe teachers' union and both candidates for mayor.\n\n"
        "When do polls close?\n\nAt 8 p.m. on Tuesday."
    )
    assert all(t == (0, 0, 0) for _, t in _turns(text))


def test_anchors_reading_the_news_keep_their_turn():
    # a broadcast script where only the anchors are labelled: their unlabelled paragraphs are
    # still theirs, not a guest's
    text = (
        "ANCHOR: Good evening. Our top story is the warehouse fire.\n\n"
        "Two firefighters were hurt. The roof fell in just after six.\n\n"
        "ANCHOR: In other news, the ferry is back.\n\n"
        "Service resumed at noon. Fares are unchanged.\n\n"
        "ANCHOR: That is all for tonight."
    )
    rows = dict(_turns(text))
    assert rows["Two firefighters were hurt."] == (0, 1, 0)
    assert rows["Fares are unchanged."] == (0, 1, 0)


def test_a_host_named_again_by_surname_keeps_the_hosts_turn():
    # "MODERATOR (NAME, OUTLET):" introduces the programme's own moderator; her later labels give
    # only her surname, and her set-up facts stay the outlet's voice (GUIDE Round 9), while a
    # guest whose label also lists a role stays a named speaker
    text = (
        "MODERATOR (IRENA VOSSBERG-ADDO, LAKE 6 NEWS): Welcome to the forum.\n\n"
        "CALDER PYNE, COUNTY TREASURER: Thank you. We have cut the levy twice since 2021.\n\n"
        "VOSSBERG-ADDO: Thank you. The county has borrowed $40 million since 2021. Mr. Pyne?\n\n"
        "PYNE: That money built two bridges."
    )
    rows = dict(_turns(text))
    assert rows["The county has borrowed $40 million since 2021."] == (0, 1, 0)
    assert rows["Mr. Pyne?"] == (0, 1, 0)
    assert rows["We have cut the levy twice since 2021."] == (1, 0, 0)
    assert rows["PYNE: That money built two bridges."] == (0, 0, 0)  # a label line itself


def test_label_surnames():
    assert _label_surname("MODERATOR (IRENA VOSSBERG-ADDO, LAKE 6 NEWS)") == "vossberg-addo"
    assert _label_surname("DANA HOLLIS, ANCHOR") == "hollis"
    assert _label_surname("CALDER PYNE, COUNTY TREASURER") == "pyne"
    assert _label_surname("HOST") == ""


def test_a_page_label_ends_the_turn():
    text = TRANSCRIPT + "\n\nRELATED: Ferry fares rise again\n\nThe council meets on Monday."
    rows = dict(_turns(text))
    assert rows["The council meets on Monday."] == (0, 0, 0)


def test_a_colon_headline_is_not_a_transcript():
    text = "Ortiz: We will win\n\nThe senator spoke in Dover. Her rival did not. Turnout was low."
    assert all(t == (0, 0, 0) for _, t in _turns(text))


@pytest.mark.parametrize(
    "first_line, marked",
    [
        ("Opinion | The harbour plan is a mistake", True),
        ("ANALYSIS Why the harbour vote failed", True),
        ("Analysis by Ada Penhallow", True),
        ("Opinion polls suggest a tie in the harbour ward.", False),
        ("Analysis of the water samples shows a rise.", False),
    ],
)
def test_a_kicker_is_set_off_not_the_first_word_of_a_sentence(first_line, marked):
    text = first_line + "\n\nThe harbour plan is a mistake. Ferries run hourly."
    rows = _doc_features(text)
    assert (rows[-2][1] == 1.0) is marked


def test_a_short_line_after_a_question_is_marked_as_its_answer():
    """GUIDE Round 30 reads a short answer with the question put to the speaker: the feature marks
    short line after a question (whoever says it: "Let's move on." after "Who asked you?" too, the
    model weighs what it says), not a long one, not a question after a question, and not a short
    line after a statement."""
    text = (
        "MOORE: Did you sign the waiver?\n\nHALE: Twice.\n\nMOORE: And the second time?\n\n"
        "HALE: Who asked you?\n\nMOORE: Let's move on.\n\nHALE: Fine.\n\n"
        "MOORE: Was it read to you?\n\n"
        "HALE: It was read to me in full by the clerk on the morning of the hearing, before anyone signed."
    )
    assert _column(text, "answers_question") == [0.0, 1.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]


def test_a_fronted_report_reads_like_its_plain_form_in_the_word_block():
    """ "As Hale pointed out, P" is "Hale pointed out P" (GUIDE rule 1): the word block drops the
    opening "as" of a clause that reports and reads "pointed out" as one speech verb, while "As
    expected, P" and "such as Hale" keep their "as"."""

    from sourcecheck.features import mask_sentence

    def masked(text):
        return mask_sentence(build_views(text, sentence_spans(text))[0])

    assert masked("As Hale pointed out, the fund is empty.") == "NAME say the fund is empty"
    assert masked("Hale pointed out that the fund is empty.") == "hale say that the fund is empty"
    assert masked("As the study notes, the fund is empty.") == "the study notes the fund is empty"
    assert masked("As expected, the fund is empty.") == "as expected the fund is empty"
    assert masked("Donors such as Hale say the fund is empty.") == "donors such as NAME say the fund is empty"


def test_a_host_known_by_the_greeting_and_every_labelled_line_knows_its_speaker():
    """With no "HOST" or "ANCHOR" in any label, the first speaker who welcomes the audience and
    introduces a guest is the programme's own (GUIDE Round 9); the lines under each label say whose
    label it is, so "HALE: The fund is empty." and "MARLOWE: The fund is empty." differ."""
    text = (
        "MARLOWE: Good evening and welcome back to Capitol Week. I'm Dana Marlowe.\n\n"
        "MARLOWE: Our first guest is the state treasurer, Ana Hale.\n\n"
        "HALE: Thanks for having me. The fund is empty.\n\n"
        "MARLOWE: The fund is empty.\n\n"
        "CALLER: The fund is empty."
    )
    views = build_views(text, sentence_spans(text))
    assert [(v.label_turn, v.turn) for v in views] == [
        ("host", ""),
        ("", "host"),
        ("host", ""),
        ("named", ""),
        ("", "named"),
        ("host", ""),
        ("unnamed", ""),
    ]
    cols = [FEATURE_NAMES.index(f"label_{k}") for k in ("host", "named", "unnamed")]
    rows = cue_matrix(views)
    assert [list(rows[k][cols]) for k in (4, 5, 6)] == [[0.0, 0.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 1.0]]


def test_a_guest_who_greets_back_is_not_the_host():
    """A guest's "Thanks for having me" is no greeting: the first speaker stays named when their
    opening turn neither welcomes anyone nor gives their own name."""
    text = "HALE: Thanks for having me.\n\nMARLOWE: Glad you could come.\n\nHALE: The fund is empty."
    views = build_views(text, sentence_spans(text))
    assert [v.label_turn for v in views] == ["named", "named", "named"]


def test_the_writers_own_interview_is_marked_and_a_speakers_relay_is_not():
    """GUIDE rule 6 steps down hearsay passed through someone else. "One board member told me P"
    in the writer's own voice is the outlet's interview, with nothing to step down for; the same
    words inside a named speaker's quotation, in a transcript turn, or with "her" for "me" are not
    the writer's."""
    text = (
        "The chief executive is on thin ice, one board member told me.\n\n"
        '"A colleague told me it was over," Hale said.\n\n'
        "Hale said a colleague told her it was over.\n\n"
        "Two directors tell us the vote could come in May.\n\n"
        "RUIZ: A colleague told me it was over.\n\n"
        "MOORE: Who told you that?"
    )
    assert _column(text, "writer_told") == [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    # the other first-person objects a report takes
    text = "A regional manager texted me that hours were cut.\n\nAn executive confirmed to me that rent was missed."
    assert _column(text, "writer_told") == [1.0, 1.0]


def _column(text: str, name: str) -> list[float]:
    """One feature's value for each sentence of ``text``."""
    col = FEATURE_NAMES.index(name)
    return [float(row[col]) for row in cue_matrix(build_views(text, sentence_spans(text)))]
