"""Labels the shipped model gives to hand-checked sentences of an invented article.

Each sentence is labelled by the guide (training/GUIDE.md) and sits at the end of the
same short article, so the context features see a real paragraph before it. The cases
are the shapes session 9 mended: the speech verb's colour (the guide's rule 7), a
participle or a message that names its speaker, and unidentified estimates. A case the
model still gets wrong is an expected failure with the reason. A second set puts short
lines inside a short fire story (length never decides a label: session 10).
"""

import pytest

import sourcecheck

CONTEXT = "HARWICK — The county will vote on the budget next week.\n\nThe plan cuts library hours by a third. "

CASES = [
    # the verb does not move the level: any speech verb after a named speaker is on the record
    ("The fund has not been audited since 2019, Hale noted.", "on_record"),
    ("The fund has not been audited since 2019, the county treasurer explained.", "on_record"),
    ("As the auditor pointed out, the fund has not been audited since 2019.", "on_record"),
    ("The fund has not been audited since 2019, the treasurer conceded.", "on_record"),
    # a participle after an action clause, a message with its author
    ("The treasurer doubled down on Friday, saying the fund had not been audited since 2019.", "on_record"),
    ("Hale issued a statement saying the fund had not been audited since 2019.", "on_record"),
    # the levels below, for contrast
    ("A county official who asked not to be named said the fund had not been audited since 2019.", "anonymous"),
    # a nationality places unnamed officials in a state's service: anonymous, not a name (session 27)
    ("Egyptian officials said the fund had not been audited since 2019.", "anonymous"),
    ("The fund has not been audited since 2019, Saudi finance officials said.", "anonymous"),
    ("Treasury officials said the fund had not been audited since 2019.", "anonymous"),
    ("Doctors at Orrin General Hospital said the fund had not been audited since 2019.", "anonymous"),
    # "'s" is "has" after a pronoun and part of a name before a speech verb; acronyms that spell a
    # word; a country speaking is its government (session 27)
    ("He's said the fund had not been audited since 2019.", "on_record"),
    ("Moody's said the fund had not been audited since 2019.", "on_record"),
    ("A friend of Hale's said the fund had not been audited since 2019.", "weak"),
    ("The WHO said the fund had not been audited since 2019.", "on_record"),
    ("The U.S. said the fund had not been audited since 2019.", "on_record"),
    ("It's been reported that the fund had not been audited since 2019.", "vague"),
    # a platform that speaks is the company; a friend named by whose friend is generic access
    ("Facebook said the fund had not been audited since 2019.", "on_record"),
    ("A longtime Hale confidant said the fund had not been audited since 2019.", "weak"),
    # confirmations, reports and learning with nobody behind them (GUIDE Round 13), a bare group agreeing
    ("It has been confirmed that the fund had not been audited since 2019.", "vague"),
    ("Reports are coming in that the fund had not been audited since 2019.", "vague"),
    ("We have learned that the fund had not been audited since 2019.", "vague"),
    ("It is being reported that the fund had not been audited since 2019.", "vague"),
    ("Someone who has worked with Hale said the fund had not been audited since 2019.", "weak"),
    ("Experts agree the fund has not been audited since 2019.", "vague"),
    # a finding told in a tag after the claim (session 27)
    ("The fund has not been audited since 2019, the center found.", "on_record"),
    # a lawmaker's party-and-state tag is a label, not a caption's brackets (session 27)
    ("Sen. Ana Ruiz (D-Ore.) said the fund had not been audited since 2019.", "on_record"),
    ("People familiar with the accounts said the fund had not been audited since 2019.", "weak"),
    # a hedge inside a placed or thinly placed source's claim is theirs and does not move the level
    ("A senior county official said the fund was probably short by $4 million.", "anonymous"),
    ("A person close to the treasurer said the fund may be short by $4 million.", "weak"),
    # a rank word before an unnamed official places them; it is not a committee's "ranking member"
    # (session 18, corpus round 55)
    ("One high-ranking county official explained that the fund had not been audited since 2019.", "anonymous"),
    ("A top-ranking county official said the fund had not been audited since 2019.", "anonymous"),
    ("The fund has reportedly not been audited since 2019.", "vague"),
    ("By one estimate, the fund is short by $4 million.", "vague"),
    ("The fund has not been audited since 2019.", "unsourced"),
    ("The treasurer did not respond to a request for comment.", "not_a_claim"),
    # a negated speech verb reports nothing (session 12): a non-answer is a response status,
    # the positive report beside it is on the record
    ("The treasurer did not explain his vote.", "not_a_claim"),
    ("The county has not confirmed the figures.", "not_a_claim"),
    ("The treasurer explained his vote in a statement.", "on_record"),
    # a post embedded in scraped copy, run into its credit: the account's own words (session 12)
    (
        "The library stays open until 9 on Fridays.https://t.co/Qa81Zx pic.twitter.com/Lm20Rt"
        "\u2014 Harwick County (@HarwickCounty) March 3, 2026",
        "on_record",
    ),
    # a quoted nickname names nobody: the speaker is placed by role
    ('A clerk known only as "Red" said the fund had not been audited since 2019.', "anonymous"),
    # the writer's own "I" outside quotations (GUIDE Round 21, session 13): citing their own words
    # gives no source, what they checked or saw is the outlet's observation, hearsay from nobody
    # named is vague, and a described teller takes the teller's level
    ("As I wrote last month, the fund has not been audited since 2019.", "unsourced"),
    ("I've argued for years that the fund has not been audited since 2019.", "unsourced"),
    ("I checked the county ledgers, and the fund has not been audited since 2019.", "on_record"),
    ("We counted 40 empty desks in the county office on Tuesday.", "on_record"),
    ("I'm told the fund has not been audited since 2019.", "vague"),
    ("I'm told by a county clerk that the fund has not been audited since 2019.", "anonymous"),
    ("I'd say the fund is a mess.", "not_a_claim"),
    # the writer turning to the reader before a claim: the claim stands as it is, and "you may
    # have heard" is hearsay from nobody (GUIDE Round 21); a plain command is not a claim
    ("Don't forget that the fund has not been audited since 2019.", "unsourced"),
    ("You may have heard that the fund has not been audited since 2019.", "vague"),
    ("Call the county office before Friday.", "not_a_claim"),
    # the common shapes of sourcing, one per line
    ("According to county records, the fund was last audited in 2019.", "on_record"),
    ("In a statement, the county said the fund was last audited in 2019.", "on_record"),
    ("Hale said in a Facebook post that the fund was last audited in 2019.", "on_record"),
    ('"The fund was last audited in 2019," Hale told reporters on Tuesday.', "on_record"),
    ("Hale denied that the fund was short.", "on_record"),
    (
        "Two county employees, who spoke on condition of anonymity, said the fund was last audited in 2019.",
        "anonymous",
    ),
    ("A person close to the treasurer said the fund was last audited in 2019.", "weak"),
    ("Sources say the fund was last audited in 2019.", "vague"),
    ("It is widely believed the fund was last audited in 2019.", "vague"),
    ("The fund was allegedly last audited in 2019.", "vague"),
    ("The fund will likely run dry by 2027.", "unsourced"),
    ("Hale declined to comment.", "not_a_claim"),
    ("Read more: How the county budget works", "not_a_claim"),
    ("Hale, 54, has served as treasurer since 2015.", "not_a_claim"),
    pytest.param(
        "Two clerks were fired.",
        "unsourced",
        marks=pytest.mark.xfail(
            reason="a short claim in the writer's voice as the last line of this three-sentence article sits on the "
            "claim boundary (unsourced and not_a_claim both near 0.5, flipping between retrains: the corpus's last "
            "lines are mostly credits and links); as the last line of a full-length article, or mid-article, the "
            "same line is a claim",
            strict=False,
        ),
    ),
    # a lead-in whose quoted words only point ahead is a lead-in (GUIDE Round 32)
    ('"Let me explain how this fund works," Hale said.', "not_a_claim"),
    ('Hale told reporters on Tuesday, "The fund was last audited in 2019."', "on_record"),
    pytest.param(
        'Hale told reporters on Tuesday, "Here is what nobody at the county will tell you."',
        "not_a_claim",
        marks=pytest.mark.xfail(
            reason="a lead-in whose quoted words only point ahead states nothing (GUIDE Round 32), but a named "
            "speaker's speech verb with a full quotation reads on_record (0.9); round 71 wrote a handful of such "
            "lead-ins, too few yet against thousands of quoted claims",
            strict=False,
        ),
    ),
    pytest.param(
        "The treasurer wants to close the fund.",
        "unsourced",
        marks=pytest.mark.xfail(
            reason="a want asserted in the writer's voice is a claim (GUIDE Round 13), but the model reads the "
            "short line as not_a_claim (0.7); the corpus has few such lines yet",
            strict=False,
        ),
    ),
]


@pytest.fixture(scope="module")
def analyzer():
    return sourcecheck.Analyzer()


@pytest.mark.parametrize("sentence,label", CASES, ids=[getattr(c, "values", c)[0][:50] for c in CASES])
def test_label_of_last_sentence(analyzer, sentence, label):
    s = analyzer.analyze(CONTEXT + sentence).sentences[-1]
    assert s.text == sentence
    assert s.label == label, s.explain()


def test_speech_verbs_give_one_score():
    """The guide's rule 7 at the level of scores: the colour of the speech verb changes nothing."""
    a = sourcecheck.Analyzer()
    scores = {
        verb: a.analyze(CONTEXT + f"The fund has not been audited since 2019, Hale {verb}.").sentences[-1].score
        for verb in ("said", "noted", "explained", "conceded", "stressed", "acknowledged")
    }
    assert max(scores.values()) - min(scores.values()) < 0.02, scores


#: a tag after the claim governs all of it, whatever the claim's own wording (a negation, "has",
#: "since"), and wherever the sentence stands in its paragraph (session 25)
TAIL_TAGS = [
    "The fund has not been audited since 2019, Hale noted.",
    "The pool has not been inspected in three years, Hale said.",
    "No one has been charged, the county prosecutor said.",
    "The bridge has never been repaired, the mayor told the council on Monday.",
    "The pool, Hale said, has not been inspected since 2019.",
]


@pytest.mark.parametrize("paragraph_start", [False, True])
@pytest.mark.parametrize("sentence", TAIL_TAGS)
def test_a_tag_after_the_claim_puts_it_on_the_record(analyzer, sentence, paragraph_start):
    text = CONTEXT.rstrip() + ("\n\n" if paragraph_start else " ") + sentence
    s = analyzer.analyze(text).sentences[-1]
    assert s.text == sentence
    assert s.label == "on_record", s.explain()


#: a short fire story; the sentence under test sits between its second paragraph and a last line
FIRE = (
    "HARWICK — A fire destroyed a warehouse on Elm Street early Monday, the fire department said.\n\nNo one was hurt. "
)
FIRE_END = " The building stored paper goods."

#: length never decides a label (GUIDE, Rounds 14 and 15): short claims at every level beside
#: short lines that are not claims
SHORT_LABELS = {
    "Police suspect arson.": "on_record",
    "Hale denied it.": "on_record",
    "Two men were arrested.": "unsourced",
    "Neighbours fear more fires.": "vague",
    "The warehouse opened in 1962.": "not_a_claim",
    '"We lost everything." Okonkwo said.': "not_a_claim",
}
SHORT = [
    *SHORT_LABELS.items(),
    pytest.param(
        "The owner wants the site cleared.",
        "unsourced",
        marks=pytest.mark.xfail(
            reason="a want asserted by the writer is a claim (GUIDE Round 13); the model still reads the short "
            "line as not_a_claim (about 0.5)",
            strict=False,
        ),
    ),
]


@pytest.mark.parametrize("sentence,label", SHORT, ids=[getattr(c, "values", c)[0][:40] for c in SHORT])
def test_label_of_short_line(analyzer, sentence, label):
    a = analyzer.analyze(FIRE + sentence + FIRE_END)
    s = a.sentences[-2]
    assert sentence.endswith(s.text)
    assert s.label == label, s.explain()


#: a full-length story: headline, dateline, a document, a named speaker's quote, then the line under test
STORY = (
    "Harwick treasurer faces audit over missing funds\n\n"
    "HARWICK — The county will vote on the budget next week, Commissioner Ana Ruiz said on Monday.\n\n"
    "The plan cuts library hours by a third. An audit released Friday found the county's road fund was "
    "short. Treasurer Tom Hale said the shortfall was a bookkeeping error.\n\n"
    '"The money is there," Hale said. "We will find it."\n\n'
    "Auditors disagreed. "
)


def test_short_claim_can_end_a_story(analyzer):
    """The position of a line is context, not a verdict: a short claim as the last line of a
    full-length story is a claim (the three-sentence article above is the known limit)."""
    s = analyzer.analyze(STORY + "The fund is short by $4 million.").sentences[-1]
    assert s.text == "The fund is short by $4 million."
    assert s.label == "unsourced", s.explain()


@pytest.mark.parametrize(
    "first",
    [
        "Karachi: Three men were arrested on Monday after a warehouse fire in the port area.",
        "NAIROBI: The county has closed 14 schools after heavy rain flooded classrooms.",
    ],
)
def test_colon_dateline_is_not_a_speaker(analyzer, first):
    """A city and a colon open the story in many outlets' house style: the sentence after it is
    the writer's own claim, not a quote from a speaker called "Karachi"."""
    s = analyzer.analyze(first + "\n\nThe closures affect about 9,000 people, officials said.").sentences[0]
    assert s.text == first
    assert not any(c.kind == "source" for c in s.cues)
    assert s.label == "unsourced", s.explain()


def _line_in_article(analyzer, head, sentence, tail):
    """The analysed sentence ``sentence`` placed mid-article, between ``head`` and ``tail``."""
    a = analyzer.analyze(head + sentence + tail)
    return next(x for x in a.sentences if x.text == sentence)


# GUIDE Round 22 (session 14): speech told by its topic takes the speaker's level; a speech
# event told with no gist is an unremarkable public act. Each line sits mid-article.
TOPIC_HEAD = (
    "Flood barriers back on the agenda in Harlow\n\nHARLOW — The county board will vote on the flood plan "
    "next week.\n\nThe plan would raise the levee along the Tarn by two metres. "
)
TOPIC_TAIL = "\n\nThe board meets on Tuesday at 7 p.m."


@pytest.mark.parametrize(
    "sentence,label",
    [
        ("Governor Ada Okoro has spoken repeatedly about the need for new flood barriers.", "on_record"),
        ("Councillor Hale criticized the plan's cost in a speech to farmers on Monday.", "on_record"),
        ("Okoro talked with shop owners in Welby about their insurance claims.", "on_record"),
        ("Okoro has called for an inquiry into the river authority.", "on_record"),
        ("The new ad attacks Okoro over her votes on the flood budget.", "on_record"),
        ("Residents have complained for years about the smell from the pumping station.", "vague"),
        ("Okoro spoke to reporters outside the Welby fire station.", "not_a_claim"),
    ],
)
def test_speech_told_by_topic(analyzer, sentence, label):
    s = _line_in_article(analyzer, TOPIC_HEAD, sentence, TOPIC_TAIL)
    assert s.label == label, s.explain()


# GUIDE rule 4 (corpus round 29): an attribution covers only what it governs; with two equally
# central claims the weaker-sourced one is labelled. Each line sits mid-article.
TWO_HEAD = (
    "Levy talks stall in Harlow\n\nHARLOW — Talks on the school levy broke up on Tuesday without a "
    "deal.\n\nThe board needs a budget by June 30. "
)
TWO_TAIL = "\n\nThe board meets again on Monday."


@pytest.mark.parametrize(
    "sentence,label",
    [
        ("The levy faces a hard road now that the teachers' union has come out against it.", "unsourced"),
        ("The vote is all but certain to fail, though Okoro insisted on Tuesday that it would pass.", "unsourced"),
        ("Superintendent Ada Okoro said the levy faced a hard road in the council.", "on_record"),
        ("Okoro said the talks had stalled and that the district had frozen hiring.", "on_record"),
        pytest.param(
            "The standoff could drag into August; the superintendent's office says talks continue daily.",
            "unsourced",
            marks=pytest.mark.xfail(
                reason="a speaker after a semicolon is read as sourcing the whole line (on_record 0.91); the corpus "
                "labels such pairs both ways, by which clause is central, so a semicolon feature was tried "
                "and dropped (ERRORS.md, session 14)",
                strict=False,
            ),
        ),
        # session 17 (corpus round 48 and two features): B in the writer's own tense after "X said A,
        # and", and a report only in a clause that opens the sentence, are the writer's claims
        ("Okoro said the talks had stalled, and the district has already frozen hiring.", "unsourced"),
        ("Hale said the vote was lost, but the union has already printed new ballots.", "unsourced"),
        ("After Okoro said the district would freeze hiring, three principals resigned.", "unsourced"),
        ("When the mayor said the bridge was safe, it reopened to traffic within the hour.", "unsourced"),
        ("After the vote, Okoro said the district would freeze hiring.", "on_record"),
    ],
)
def test_two_claims_in_one_sentence(analyzer, sentence, label):
    s = _line_in_article(analyzer, TWO_HEAD, sentence, TWO_TAIL)
    assert s.label == label, s.explain()


def test_typewriter_running_quote_keeps_its_speaker():
    """A quotation in typewriter doubles runs on like a curly one: its second sentence is the
    speaker's, and the quoted words are not read as the speaker's name (session 15)."""
    text = (
        "''The levy closes the loophole for good,'' said Maya Orlov, the council's finance chair. "
        "''That is exactly what it was written to do.''"
    )
    a = sourcecheck.analyze(text)
    assert [s.label for s in a.sentences] == ["on_record", "on_record"]
    sources = [c.text for s in a.sentences for c in s.cues if c.kind == "source"]
    assert sources == ["Maya Orlov"]


RESULTS_HEAD = "HARWICK — Voters chose a new mayor on Tuesday, ending a three-month race.\n\n"


def _rows(text):
    return {s.text: s.label for s in sourcecheck.analyze(RESULTS_HEAD + text).sentences}


def test_table_rows_take_the_source_their_lead_in_names():
    """Rows of a results table continue the lead-in that names where they come from (GUIDE
    Round 26, session 18): on the record, like the clerk's office itself."""
    labels = _rows("Unofficial results from the county clerk's office:\n\nHale: 52%\n\nOrtiz: 44%\n\nTurnout: 61%\n")
    assert labels["Unofficial results from the county clerk's office:"] == "not_a_claim"
    assert [labels[r] for r in ("Hale: 52%", "Ortiz: 44%", "Turnout: 61%")] == ["on_record"] * 3


def test_a_source_line_under_a_table_names_the_source_of_its_rows():
    labels = _rows("Mayor\n\nHale: 52%\n\nOrtiz: 44%\n\nSource: Harwick County Board of Elections\n")
    assert [labels[r] for r in ("Hale: 52%", "Ortiz: 44%")] == ["on_record", "on_record"]
    assert labels["Source: Harwick County Board of Elections"] == "not_a_claim"


@pytest.mark.parametrize(
    "row",
    [
        "Hale: 52%",
        pytest.param(
            "Ortiz: 44%",
            marks=pytest.mark.xfail(
                reason="a second row under a bare heading is still read on_record (0.5): every older "
                "results table in the corpus sits under a named poll, and round 54 wrote few bare ones",
                strict=False,
            ),
        ),
        "Turnout: 61%",
    ],
)
def test_rows_under_a_bare_heading_are_the_writers_claims(row):
    labels = _rows("Mayor\n\nHale: 52%\n\nOrtiz: 44%\n\nTurnout: 61%\n")
    assert labels["Mayor"] == "not_a_claim"
    assert labels[row] == "unsourced"


PRINTED_QA = (
    "Mayor Ines Holloway on buses, budgets and the bridge\n\n"
    "Ines Holloway has been mayor of Dunmere since 2019. She spoke to the Courier at City Hall.\n\n"
    "COURIER: Why did the night buses stop?\n\n"
    "We lost two drivers in March and could not replace them. We will restore the service by January.\n\n"
    "COURIER: Critics say the bridge repairs are late. Are they?\n\n"
    "They are late, and I will not pretend otherwise. The steel arrived six weeks behind schedule.\n\n"
    "COURIER: What do you say to people who think the budget is a mess?\n\n"
    "I say read it. The reserve fund is larger today than when I took office."
)


@pytest.mark.parametrize("labelled", [True, False], ids=["outlet-labelled questions", "bare questions"])
@pytest.mark.parametrize(
    "sentence,label",
    [
        ("The steel arrived six weeks behind schedule.", "on_record"),
        ("We lost two drivers in March and could not replace them.", "on_record"),
        ("Are they?", "not_a_claim"),
        pytest.param(
            "We will restore the service by January.",
            "on_record",
            marks=pytest.mark.xfail(
                reason="a pledge inside an unlabelled answer is a claim the reader can hold her to (GUIDE "
                "Round 25), but the short future-tense line still reads not_a_claim",
                strict=False,
            ),
        ),
    ],
)
def test_a_printed_qa_answer_is_the_interviewees(sentence, label, labelled):
    """In an interview printed as questions and answers, an unlabelled answer is the named
    interviewee's, whether the questions carry the outlet's name or no label (GUIDE Round 34,
    session 24): the line after a question is not the outlet's own voice."""
    text = PRINTED_QA if labelled else PRINTED_QA.replace("COURIER: ", "")
    labels = {s.text: s.label for s in sourcecheck.analyze(text, publisher="Dunmere Courier").sentences}
    assert labels[sentence] == label


#: a hearing transcript: the line under test is the senator's turn after the witness is sworn in
HEARING = (
    "Senators question transit chief over Fairlane pumps\n\n"
    "The following is a transcript of Tuesday's Senate transportation committee hearing.\n\n"
    "CHAIR OKAFOR-LINDE: Mr. Dunmore, thank you for coming.\n\n"
    "DUNMORE: Thank you, Madam Chair.\n\n"
)


@pytest.mark.parametrize(
    "turn,label",
    [
        # a question that first states a checkable fact is labelled by the fact's source (GUIDE Round 34)
        (
            "SENATOR VASQUEZ-HALE: Your own maintenance logs show 41 door faults on the Gold Line last year; "
            "why were those trains still in service?",
            "on_record",
        ),
        # a pure question states nothing
        ("SENATOR VASQUEZ-HALE: Why were those trains still in service?", "not_a_claim"),
    ],
    ids=["claim before the question", "pure question"],
)
def test_a_question_that_states_a_fact_is_labelled_by_the_fact(analyzer, turn, label):
    s = analyzer.analyze(HEARING + turn).sentences[-1]
    assert s.text == turn
    assert s.label == label, s.explain()
