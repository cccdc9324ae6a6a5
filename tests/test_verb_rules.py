"""The rules that decide whether a reporting word is used as a verb that reports
(``sourcecheck.cues._VERB_RULES``): one hand-checked sentence per rule, with the
word, the verdict and the rule that gives it. A sentence of each kind that the
rule must let through to a later rule, or decide the other way, sits beside it.
"""

import pytest

from sourcecheck.cues import _HEADLINE, _VERB_RULES, _verb_decision, _verb_ok, tokenize

# (sentence, the reporting word as written, verdict, rule that decides; "" = no rule objects)
CASES = [
    ("An accounting dispute delayed the filing.", "dispute", False, "_singular_noun_use"),
    ("Below analysts' estimates, the shares fell.", "estimates", False, "_singular_noun_use"),
    ("Said the coach: we will be back.", "Said", True, "_sentence_opening_verb"),
    ("Reports of flooding spread quickly.", "Reports", False, "_sentence_opening_verb"),
    ("Believe me.", "Believe", False, "_sentence_opening_verb"),
    ("And yes, consider the cost.", "consider", False, "_other_sense"),
    ("Storms hammered the coast overnight.", "hammered", False, "_other_sense"),
    ("The mayor hammered the council over the delay.", "hammered", True, ""),
    ("With 90 percent of precincts reporting, Ruiz leads.", "reporting", False, "_other_sense"),
    ("The fees added up to half an hour of wages.", "added", False, "_other_sense"),
    ("The pair argued with the referee for a minute.", "argued", False, "_other_sense"),
    ("She argued with passion that the plan would fail.", "argued", True, ""),
    ("The city wants to discuss the plan.", "discuss", False, "_infinitive"),
    ("The video appeared to suggest a second shooter.", "suggest", True, "_infinitive"),
    ("She spoke to reporters outside the court.", "spoke", False, "_nothing_said"),
    ("She spoke to reporters, saying the deal was done.", "saying", True, ""),
    ("Analysts wondered whether the bank would cut rates.", "wondered", True, "_wonder_question_go_on"),
    ("The wonders of the reef drew crowds.", "wonders", False, "_wonder_question_go_on"),
    ("Critics question the timing of the vote.", "question", True, "_wonder_question_go_on"),
    ("The question is when the vote will come.", "question", False, "_wonder_question_go_on"),
    ("Astronomers observed a comet last week.", "observed", False, "_not_a_view"),
    ("As Hale observed, the budget is tight.", "observed", True, ""),
    ("Police arrested men for alleged fraud.", "alleged", False, "_modifier_use"),
    ("Having said that, the vote passed.", "said", False, "_modifier_use"),
    ("The mayor pinned a Facebook post about the road.", "post", False, "_singular_noun_use"),
    ("Officials dismissed the Kremlin claims as lies.", "claims", False, "_name_use"),
    ("They live on Warns Street.", "Warns", False, "_name_use"),
    ("Two firms expressed an interest in the site.", "expressed", False, "_interest_or_suspect"),
    ("The firm responded to the allegations on Monday.", "responded", True, "_respond"),
    ("The tumour responded to treatment.", "responded", False, "_respond"),
    ("The audit will show whether money was lost.", "show", False, "_finding_to_come"),
    ("They're saying the bridge is unsafe.", "saying", True, "_progressive_or_quantifier_subject"),
    ("Some claim that the vote was rigged.", "claim", True, "_progressive_or_quantifier_subject"),
    ("The report was wrong.", "report", False, "_after_determiner"),
    ("The mayor did not explain his vote.", "explain", False, "_negated"),
    ("Many people have been saying so for years.", "saying", True, "_progressive_speech"),
    ("The body was found in a field.", "found", False, "_passive_or_object"),
    ("The ban was later announced.", "announced", False, "_passive_or_object"),
    ("The line was quietly noted in the minutes.", "noted", False, "_passive_or_object"),
    ("Twenty-seven states joined the suit.", "states", False, "_passive_or_object"),
    ("She ended the talk by saying the plan was dead.", "saying", True, "_noun_or_verb"),
    ("The new ad attacks Okoro over the tax plan.", "attacks", True, "_noun_or_verb"),
    ("Okafor claims the plan is dead.", "claims", True, ""),
    ("Hopes faded as the day wore on.", "Hopes", False, "_sentence_opening_verb"),
    ("Doctors found a tumour in his lung.", "found", False, "_finding_or_remark_frame"),
    ("Doctors found that the tumour had grown.", "found", True, ""),
    ("New emissions rules take effect in May.", "rules", False, "_finding_or_remark_frame"),
    ("The court rules that the search was lawful.", "rules", True, "_noun_or_verb"),
    ("They joined a group called Save Our Parks.", "called", False, "_calling_names"),
    ("She held that job for years.", "held", False, "_taking_or_keeping"),
    ("The court held that the search was lawful.", "held", True, ""),
    ("The two sides agreed to release the funds.", "agreed", False, "_taking_or_keeping"),
    ("The two sides agreed that the funds were late.", "agreed", True, ""),
    ("Experts agree the vaccine is safe.", "agree", True, ""),
    ("The two sides agreed a new contract.", "agreed", False, "_taking_or_keeping"),
    ("The judge dismissed the case on Monday.", "dismissed", False, "_viewing_as"),
    ("The minister dismissed the report as a smear.", "dismissed", True, "_viewing_as"),
    ("Critics see the plan as a giveaway.", "see", True, "_viewing_as"),
    ("Hale, speaking in Dover, dismissed the audit as a smear.", "dismissed", True, "_viewing_as"),
    ("Her bid, dismissed in May as a stunt, has revived.", "dismissed", False, "_viewing_as"),
    ("Ruiz cast the proposals as a giveaway to the rich.", "cast", True, "_viewing_as"),
    ("She cast her vote on Tuesday.", "cast", False, "_viewing_as"),
    ("Police questioned two suspects overnight.", "questioned", False, "_asking_questioning_posting"),
    ("The clip was shared online by thousands.", "shared", False, "_passive_or_object"),
    ("Officials said the road was closed.", "said", True, ""),
    # "'s" before a speech verb that is never a noun: "has" after a pronoun, a name's own ending after a name
    ("He's said the plan is dead.", "said", True, ""),
    ("Moody's said the outlook was negative.", "said", True, ""),
    ("A friend of Pace's insists the guard wants to move.", "insists", True, ""),
    ("Here's hoping the vote goes well.", "hoping", False, "_after_determiner"),
    ("The senator's warning came too late.", "warning", False, "_after_determiner"),
    # an adverb between the auxiliary and the gerund; "promising" as an adjective; a plural's
    # possessive apostrophe, not a closing quotation mark; a title-case base form with its plural
    ("Officials are now saying the road is shut.", "saying", True, "_progressive_speech"),
    ("The early results look promising.", "promising", False, "_other_sense"),
    ("The growers' hopes of a deal faded.", "hopes", False, "_noun_or_verb"),
    ("Census figures put the county's population at 41,200.", "put", True, ""),
    ("Police identified the clerk as Devin Sorrell, 23.", "identified", True, ""),
    ("County voter records list her as unaffiliated since 1983.", "list", True, ""),
    ("Polls had consistently shown her trailing.", "shown", True, ""),
    ("Many residents feel stung by the decision.", "feel", False, "_other_sense"),
    ("A volunteer medic at the scene counted 14 wounded children.", "counted", True, ""),
    ("Minister, thank you for coming in.", "thank", False, "_other_sense"),
    ("We'll keep you posted.", "posted", False, "_other_sense"),
    ("Ruth Kenshaw writes about Port Ardley on Tuesdays.", "writes", False, "_other_sense"),
    ("Nadia Strand writes the Markets Desk column every Wednesday.", "writes", False, "_other_sense"),
    ("Hale writes in her column that the levy failed.", "writes", True, ""),
    ("Ballots were counted by hand.", "counted", False, "_counted_figure"),
    ("She counted on her sister.", "counted", False, "_counted_figure"),
    ("Many residents feel that the council ignored them.", "feel", True, ""),
    ("Records shown to the jury traced 61 transfers.", "shown", False, "_shown_perfect"),
    ("The app charges $69.99 a year for a premium plan.", "charges", False, "_other_sense"),
    ("Prosecutors charge that he stole $40,000.", "charge", True, ""),
    ("The draw opens up for defending champion Maria Sanchez.", "defending", False, "_other_sense"),
    ("We list our prices online.", "list", False, "_record_verb"),
    ("The official results give the tailwind as 1.4 metres per second.", "give", True, ""),
    ("The records give no reason for the delay.", "give", False, "_record_verb"),
    ("It will pass unless two moderates on the committee break ranks.", "ranks", False, "_record_verb"),
    ("The engineer puts the failure down to a batch of fuel filters.", "puts", True, ""),
    ("Researchers identified three risk factors.", "identified", False, "_identified_as_name"),
    ("The man was later identified in court records as Gordon Pyle.", "identified", False, "_passive_or_object"),
    # a fact-checker's rating of a claim, not a rating of anything else
    ("Fact-checkers at PolitiFact rated the claim false.", "rated", True, ""),
    ("ClaimCheck has previously rated versions of the story as false.", "rated", True, ""),
    ("She is a highly rated surgeon.", "rated", False, "_rating_sense"),
    ("The film was rated R for violence.", "rated", False, "_rating_sense"),
    ("The agency rates the bonds as junk.", "rates", False, "_rating_sense"),
    # a message sent reports only what it said
    ("A regional manager texted me on Tuesday that hours were cut.", "texted", True, ""),
    ('"We are done," she texted.', "texted", True, ""),
    ("Ruiz messaged followers on Telegram to say the rally was off.", "messaged", True, ""),
    ("The clerk emailed the documents to reporters on Friday.", "emailed", False, "_message_sent_sense"),
    ("I emailed his office Friday and again Monday.", "emailed", False, "_message_sent_sense"),
    # a memory told, not a product called back by its maker
    ("She recalled that the door was open.", "recalled", True, ""),
    ("The company recalled 40,000 cars after reports of brake failures.", "recalled", False, "_recall_sense"),
    ("Pellaro Toys recalled about 8,400 kits in August.", "recalled", False, "_recall_sense"),
    # advice reported with its content, not a firm advising a client
    (
        "The county attorney advised the board in writing on Monday that the recount should go ahead.",
        "advised",
        True,
        "",
    ),
    ("Police advised residents to stay indoors.", "advised", True, ""),
    ("The bank advised the company on the deal.", "advised", False, "_advise_sense"),
    # a standing a poll gives, not a goal that puts a team ahead
    ("The same average puts Prewitt ahead in Arizona by two points.", "puts", True, ""),
    ("His goal put the team ahead.", "put", False, "_put_at_figure"),
    # "suspect" before the noun it describes
    ("The pact lets each navy board suspect ships.", "suspect", False, "_suspect_adjective"),
    ("Some suspect the outbreak was kept quiet.", "suspect", True, ""),
    # a participle set off by commas with its time describes the noun before it
    ("The merger, announced in March, is subject to regulatory approval.", "announced", False, "_participle_aside"),
    ("The deal, announced on Monday, values the company at $12 billion.", "announced", False, "_participle_aside"),
    ("The plant will close, the promoter, Halcyon Live, announced on Tuesday, citing costs.", "announced", True, ""),
    ("Police put the crowd at more than 5,000.", "put", True, ""),
    ("The strike put pressure on the council at 3 p.m.", "put", False, "_put_at_figure"),
    ("She put the phone down at 9.", "put", False, "_put_at_figure"),
    ("The clerk puts the meeting at 7 p.m. on Tuesdays.", "puts", False, "_put_at_figure"),
    ("A viral Facebook post claims the fire was set.", "post", False, "_noun_or_verb"),
    ("A viral Facebook post claims the fire was set.", "claims", True, ""),
    ("The department's report estimates the cost at $6 million.", "estimates", True, ""),
    ("Figures from the ministry show claims rising.", "claims", False, "_noun_or_verb"),
    ("Pickers Say Orchard Owner Withheld Wages", "Say", True, ""),
    ("Why Won't Councillor Brisk Say Who Paid?", "Say", False, "_name_use"),
    ("The councillor has not responded to the allegations.", "responded", False, "_negated"),
    ("A neighbour swears the car never stopped.", "swears", True, ""),
    ("She was sworn in as mayor on Monday.", "sworn", False, "_swear_sense"),
    ("He swore an oath of office.", "swore", False, "_swear_sense"),
    ("The striker swore at the referee.", "swore", False, "_swear_sense"),
    ("The bank is lined up, she swears.", "swears", True, ""),
    ("He swore up and down that he paid.", "swore", True, ""),
    ("A member of the crew who was there on February 22 said it was loud.", "said", True, ""),
    ("As the study notes, no colony is older.", "notes", True, ""),
    ("As Hale pointed out in her opening remarks, the bench has changed.", "remarks", False, "_noun_or_verb"),
    ("As for claims, nobody has checked them.", "claims", False, "_noun_or_verb"),
]


def _at(sentence, word):
    toks = tokenize(sentence)
    i = next(k for k, t in enumerate(toks) if t.text == word)
    return toks, i


@pytest.mark.parametrize("sentence,word,verdict,rule", CASES, ids=[c[0][:40] for c in CASES])
def test_verb_rule_decides(sentence, word, verdict, rule):
    toks, i = _at(sentence, word)
    assert _verb_decision(toks, i, i + 1) == (verdict, rule)
    assert _verb_ok(toks, i, i + 1) is verdict


#: two-word matches ("pushed back"), read as the lexicon matches them
TWO_WORD_CASES = [
    ("The mayor pushed back on the claim.", True, ""),
    ("The union pushed back, calling the figure false.", True, ""),
    ("The council pushed back the vote to May.", False, "_push_back_sense"),
    ("The special has been pushed back to Boxing Day.", False, "_push_back_sense"),
    # an adverb between the verb and what it answers: still a rebuttal
    ("The union pushed back hard on the claim.", True, ""),
    ("The board pushed back sharply against the audit.", True, ""),
    ("The board pushed back the vote again to May.", False, "_push_back_sense"),
]


def test_every_verb_rule_has_a_case_and_says_what_it_reads():
    decided = {rule for *_, rule in CASES + TWO_WORD_CASES} | {"_headline_participle"}
    for rule in _VERB_RULES:
        assert rule.__name__ in decided, f"no case in CASES for {rule.__name__}"
        assert rule.__doc__ and '"' in rule.__doc__, f"{rule.__name__} shows no example in its docstring"


@pytest.mark.parametrize(
    "sentence,verdict",
    [
        ('"It was a mistake," she went on.', True),
        ("She went on to say the plan was dead.", True),
        ("She went on to take the county title.", False),
    ],
)
def test_a_phrase_match_is_read_whole(sentence, verdict):
    # "went on" is one match of two words; the rule reads the pair, not "went" alone
    toks, i = _at(sentence, "went")
    assert _verb_decision(toks, i, i + 2) == (verdict, "_wonder_question_go_on")


def test_a_headline_participle_is_a_reduced_passive():
    toks, i = _at("Measles case confirmed at school", "confirmed")
    assert _verb_decision(toks, i, i + 1) == (True, "")
    token = _HEADLINE.set(True)
    try:
        assert _verb_decision(toks, i, i + 1) == (False, "_headline_participle")
    finally:
        _HEADLINE.reset(token)


@pytest.mark.parametrize("sentence,verdict,rule", TWO_WORD_CASES)
def test_pushed_back_reports_only_a_rebuttal(sentence, verdict, rule):
    """The two-word match "pushed back" is a rebuttal with nothing put off after it."""
    toks = tokenize(sentence)
    i = next(k for k, t in enumerate(toks) if t.text == "pushed")
    assert _verb_decision(toks, i, i + 2) == (verdict, rule)
