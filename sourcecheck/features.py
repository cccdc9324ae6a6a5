"""Feature extraction: from a sentence with its article context to named vectors.

The model input is a list of :class:`SentenceView` rows built by
:func:`build_views` for one article at a time (context needs the neighbours).
Two scikit-learn transformers read those rows:

* :class:`CueFeatures` -> dense vector with :data:`FEATURE_NAMES` (cues, the
  structure of the reporting clause, quotation state, neighbours, shape);
* :class:`MaskedText` -> the sentence with names and digits masked, for n-grams.

Both follow the estimator contract: constructors only store arguments, learned
state ends in ``_``, ``get_feature_names_out`` works, and they survive ``clone``
and a joblib round trip.

The two transformers subclass scikit-learn's ``BaseEstimator``, whose import takes
seconds; they are defined on first access (``from sourcecheck.features import
CueFeatures``), so importing this module, and analysing text with the compiled model
(:class:`sourcecheck.model.CompiledModel`), never imports scikit-learn. They are
ordinary module-level classes otherwise (pickled as ``sourcecheck.features.CueFeatures``).

>>> from sourcecheck.features import CueFeatures
>>> views = build_views("Police said the fire was likely caused by wiring.", [(0, 49)])
>>> x = CueFeatures().fit(views).transform(views)
>>> float(x[0, FEATURE_NAMES.index("governed_level")])
1.0
>>> bool((cue_matrix(views) == x).all())
True
"""

from __future__ import annotations

import math
import re
import threading
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, islice
from typing import Any

import numpy as np

from .cues import (
    SOURCE_LEVEL,
    Cue,
    SentenceCues,
    Token,
    _lex,
    _quotes_between,
    analyze_sentences,
    quote_spans,
)

#: words a bare speaker tag may hold besides the speaker and the verb: when, where, to whom, how
_TAG_FILLER = frozenset(
    "on in at to a an the of and then so too also again later earlier afterward afterwards this that last week "
    "morning afternoon evening night yesterday today tonight monday tuesday wednesday thursday friday saturday "
    "sunday reporters statement interview email briefing conference news phone call written quietly simply "
    "flatly".split()
)

__all__ = [
    "FEATURE_DESCRIPTIONS",
    "FEATURE_NAMES",
    "CueFeatures",  # noqa: F822 - defined on first access, see __getattr__
    "MaskedText",  # noqa: F822
    "SentenceView",
    "build_views",
    "cue_matrix",
    "describe_feature",
    "mask_sentence",
]

_SOURCE_TYPES = (
    "named_person",
    "named_organization",
    "pronoun",
    "document",
    "observation",
    "anonymous",
    "generic_anonymous",
    "social_media",
    "vague",
    "writer",
)
_HEDGE_TYPES = ("modal", "epistemic_verb", "adverb", "adjective", "noun", "approximator", "not_knowing")


@dataclass
class SentenceView:
    """One sentence with what the features need from its article."""

    text: str  # the whole article
    start: int
    end: int
    index: int
    n_sentences: int
    paragraph_index: int
    first_in_paragraph: bool
    alone_in_block: bool
    sc: SentenceCues
    quote_frac: float = 0.0
    starts_in_quote: bool = False
    ends_in_quote: bool = False
    group_level: int = 0  # level of the speaker of the quotation this sentence belongs to
    publisher: str | None = None
    prev: list[SentenceCues] = field(default_factory=list)  # nearest first
    next: SentenceCues | None = None
    prev_text: str = ""
    data_row: bool = False  # a row of a list or a table ("Hale: 52%", "1. Harrow Rovers 41 pts")
    row_level: int = 0  # level of the source its lead-in or its table's "Source:" line names
    doc_voice: float = 0.0  # share of the article's lines in the writer's own voice ("I", "you", "?", "!")
    doc_opinion: bool = False  # the article says it is opinion or analysis (a kicker or a columnist's bio line)
    turn: str = ""  # in a transcript, whose turn the line continues: "named", "host", "unnamed" or ""
    label_turn: str = ""  # in a transcript, whose turn the line's own speaker label opens (same kinds)

    @property
    def sentence(self) -> str:
        return self.text[self.start : self.end]


#: words that open a clause of its own after a reporting verb ("said they wanted", "said that")
_CLAUSE_SUBJECTS = frozenset("i he she they we it that there you".split())


def _level(sc: SentenceCues) -> int:
    return max((SOURCE_LEVEL[t] for t in sc.governed_sources), default=0)


def _paragraphs(text: str, spans: Sequence[tuple[int, int]]) -> tuple[list[int], list[bool]]:
    """Paragraph index of each span (a blank line or a line break starts a new one) and
    whether the span is alone on its line."""
    para, alone = [], []
    p = 0
    for k, (s, e) in enumerate(spans):
        if k and "\n" in text[spans[k - 1][1] : s]:
            p += 1
        para.append(p)
        prev_nl = k == 0 or "\n" in text[spans[k - 1][1] : s]
        next_nl = k == len(spans) - 1 or "\n" in text[e : spans[k + 1][0]]
        alone.append(prev_nl and next_nl)
    return para, alone


def _quotes_at(quotes: Sequence[tuple[int, int]], i: int) -> Sequence[tuple[int, int]]:
    """The quotation spans (sorted, disjoint) that contain position ``i``: at most one.

    >>> _quotes_at([(0, 5), (8, 12)], 9)
    [(8, 12)]
    """
    return _quotes_between(quotes, i, i + 1)


def build_views(text: str, spans: Sequence[tuple[int, int]], publisher: str | None = None) -> list[SentenceView]:
    """Analyse every sentence span of an article and link the neighbours."""
    quotes = quote_spans(text)
    scs = analyze_sentences(text, spans, publisher, quotes)
    para, alone = _paragraphs(text, spans)
    # letters and digits before each offset, counted once in C: a span's count is a difference
    n_alnum = array("q", [0])
    n_alnum.extend(accumulate(map(str.isalnum, text)))
    views: list[SentenceView] = []
    for k, ((s, e), sc) in enumerate(zip(spans, scs)):
        # only the quotations overlapping the sentence, found by bisection: scanning every
        # quotation of the article for every sentence was quadratic on quote-dense text
        inside = 0
        for a, b in _quotes_between(quotes, s, e):
            inside += n_alnum[min(b, e)] - n_alnum[max(a, s)]
        alnum = n_alnum[e] - n_alnum[s] or 1
        first_alpha = next((i for i in range(s, e) if text[i].isalnum()), s)
        last_alpha = next((i for i in range(e - 1, s - 1, -1) if text[i].isalnum()), e - 1)
        views.append(
            SentenceView(
                text=text,
                start=s,
                end=e,
                index=k,
                n_sentences=len(spans),
                paragraph_index=para[k],
                first_in_paragraph=k == 0 or para[k] != para[k - 1],
                alone_in_block=alone[k],
                sc=sc,
                quote_frac=min(1.0, inside / alnum),
                starts_in_quote=any(a < first_alpha < b for a, b in _quotes_at(quotes, first_alpha)),
                ends_in_quote=any(a < last_alpha < b and b > e for a, b in _quotes_at(quotes, last_alpha)),
                publisher=publisher,
                prev=[scs[j] for j in range(k - 1, max(-1, k - 3), -1)],
                next=scs[k + 1] if k + 1 < len(scs) else None,
                prev_text=text[spans[k - 1][0] : spans[k - 1][1]] if k else "",
            )
        )
    _link_quote_groups(views)
    _link_list_rows(views)
    _link_document(views)
    _link_turns(views)
    return views


#: a transcript's speaker label in capitals, alone on its line or opening it ("KUHLMANN:",
#: ">> CLERK THORNE-BADU: Items 1 through 3 ...", "DANA HOLLIS, ANCHOR:", "Q: ...", "A: ...")
_TURN_LABEL = re.compile(r"^\W{0,3}(?:>>\s*)?([A-Z][A-Z .,'’()\-]{0,50}?(?:\([A-Z0-9 .,'’\-]{0,60}\))?):(?:\s|$)")
#: labels of the outlet's own people (the writer's voice, Round 9) and of speakers it does not name
_HOST_ROLES = frozenset(
    "host co-host anchor moderator reporter correspondent interviewer presenter newsreader q question narrator".split()
)
_UNNAMED_ROLES = frozenset(
    "caller audience member resident voice unidentified man woman participant protester commenter".split()
)
#: page labels that are no one's turn and end the one before ("WATCH:", "RELATED:", "EDITOR'S NOTE:")
_NOT_TURNS = frozenset(
    "watch read related editor's editors transcript live update updated breaking exclusive correction "
    "note photo video source sources listen see also".split()
)


#: a word of a speaker label, read in lower case ("rushworth-okafor", "o'neill")
_LABEL_WORD = re.compile(r"[a-z][a-z'’\-]*")


def _label_surname(label: str) -> str:
    """The last word of the person's name in a speaker label: "MODERATOR (ANITA RUSHWORTH-OKAFOR,
    KESTREL BAY 8 NEWS)" -> "rushworth-okafor", "DANA HOLLIS, ANCHOR" -> "hollis", "HOLLIS" ->
    "hollis"; "" when no part of the label is a name."""
    for part in re.split(r"[(),]", label.lower()):
        words = _LABEL_WORD.findall(part)
        if words and not any(w in _HOST_ROLES or w in _UNNAMED_ROLES for w in words):
            return words[-1]
    return ""


def _host_by_name(labels: Sequence[re.Match[str] | None], kinds: list[str | None]) -> None:
    """A later label with only the name of someone a role label introduced as the programme's
    own ("MODERATOR (ANITA RUSHWORTH-OKAFOR, KESTREL BAY 8 NEWS):", then "RUSHWORTH-OKAFOR:";
    "DANA HOLLIS, ANCHOR:", then "HOLLIS:") is the host's turn too (GUIDE Round 9)."""
    hosts = {_label_surname(m.group(1)) for m, kind in zip(labels, kinds) if m and kind == "host"} - {""}
    if not hosts:
        return
    for k, (m, kind) in enumerate(zip(labels, kinds)):
        if m and kind == "named" and _label_surname(m.group(1)) in hosts:
            kinds[k] = "host"


#: what a programme's host says in the first turn: a welcome, their own name, the guest's introduction
_HOST_GREETING = re.compile(
    r"\b(?:[Ww]elcome (?:back )?to|[Ww]elcome back|I'm [A-Z]|I’m [A-Z]|[Tt]his is [A-Z]\w+ [A-Z]|"
    r"[Jj]oin(?:s|ing) us|[Oo]ur (?:first |next |special )?guests?\b|[Ww]hen we come back)"
)


def _host_by_greeting(
    views: list[SentenceView], labels: Sequence[re.Match[str] | None], kinds: list[str | None]
) -> None:
    """With no label naming a host by role, the first labelled speaker whose opening turn welcomes
    the audience, gives their own name or introduces a guest ("MARLOWE: Good evening and welcome back
    to Capitol Week. I'm Dana Marlowe.") is the programme's host (GUIDE Round 9); :func:`_host_by_name`,
    run next, gives every later label with the same surname to the host. A guest's "Thanks for
    having me" is no greeting."""
    if "host" in kinds:
        return
    first = next((k for k, m in enumerate(labels) if m), None)
    if first is None or kinds[first] != "named":
        return
    end = next((k for k in range(first + 1, len(labels)) if labels[k]), len(labels))
    if any(_HOST_GREETING.search(v.sentence) for v in views[first : min(end, first + 4)]):
        kinds[first] = "host"


def _turn_kind(label: str, outlet: set[str] | frozenset[str] = frozenset()) -> str:
    words = _LABEL_WORD.findall(label.lower())
    if words and words[0] in _NOT_TURNS:
        return ""
    if any(w in _HOST_ROLES for w in words) or (words and set(words) <= outlet):
        return "host"  # the outlet's own people, or the outlet by name ("COURIER:" in the Courier)
    if any(w in _UNNAMED_ROLES for w in words) and not _named_then_described(label):
        return "unnamed"  # "AUDIENCE MEMBER", "CALLER (DALE, MARLOW)"; not "ANA RUIZ, BOARD MEMBER"
    return "named"


def _named_then_described(label: str) -> bool:
    """A name of two words or more before the first comma, its description after it ("ROSALIND
    TERESHKOVA-MAYES, SCHOOL BOARD MEMBER", "GLORIA FENWICK-ADEYEMI, KESSEL AVENUE RESIDENT")."""
    head, comma, _ = re.sub(r"\([^)]*\)", " ", label.lower()).partition(",")
    words = _LABEL_WORD.findall(head)
    return bool(comma) and len(words) >= 2 and not any(w in _UNNAMED_ROLES or w in _HOST_ROLES for w in words)


def _link_turns(views: list[SentenceView]) -> None:
    """In a transcript (three or more speaker labels in capitals), mark each line without a label
    of its own with the kind of speaker whose turn it continues; a stage note ends nothing, a page
    label ("RELATED:") ends the turn. In an interview printed as questions and answers, where only
    the questions carry a label ("COURIER: Why ...?") or none does (a question alone in its
    paragraph), an unlabelled paragraph after a question is the interviewee's answer (GUIDE Round
    34), not the questioner going on."""
    labels = [_TURN_LABEL.match(v.sentence) for v in views]
    outlet = (
        set(re.findall(r"[a-z]+", (views[0].publisher or "").lower())) - {"the", "news", "daily", "of"}
        if views
        else set()
    )
    kinds = [_turn_kind(m.group(1), outlet) if m else None for m in labels]
    _host_by_greeting(views, labels, kinds)
    _host_by_name(labels, kinds)
    n_labels = sum(1 for m in labels if m)
    if n_labels < 3:
        _link_bare_interview(views)
        return
    host_paragraphs = {v.paragraph_index for v, kind in zip(views, kinds) if kind == "host"}
    asks = [a and v.paragraph_index in host_paragraphs for v, a in zip(views, _question_paragraphs(views))]
    questions_only = all(k in ("host", "") for k in kinds if k is not None) and _answers_in_first_person(views, asks)
    current = ""
    for v, m, kind in zip(views, labels, kinds):
        if m and kind is not None:
            current = kind
            v.label_turn = kind
        elif current:
            if questions_only and current == "host" and v.first_in_paragraph:
                current = "named"  # the answer under the outlet's question
            v.turn = current


_FIRST_PERSON_WORDS = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|my|My|me)\b")


def _answers_in_first_person(views: list[SentenceView], asks: list[bool]) -> bool:
    """Whether the paragraphs after the question lines ``asks`` speak in the first person singular,
    as an interviewee does; an explainer's answers ("What is the levy? ... The levy is ...", "As we
    reported") do not."""
    answers, first_person = 0, 0
    for k, v in enumerate(views):
        if asks[k] or not v.first_in_paragraph or k == 0 or not asks[k - 1]:
            continue
        answers += 1
        # the answer's paragraph only: paragraphs are runs of lines, so stop at the next one
        for w in islice(views, k, None):
            if w.paragraph_index != v.paragraph_index:
                break
            if _FIRST_PERSON_WORDS.search(w.sentence):
                first_person += 1
                break
    return answers >= 3 and first_person * 2 >= answers


def _question_paragraphs(views: list[SentenceView]) -> list[bool]:
    """Whether each line ends a short paragraph (three sentences at most) that ends in a question,
    as a printed Q&A sets its questions ("Your rivals kept eggs on the shelf. Why didn't you?")."""
    out = [False] * len(views)
    first = 0  # the paragraph's first line
    for k, v in enumerate(views):
        if v.first_in_paragraph:
            first = k
        last = k + 1 == len(views) or views[k + 1].paragraph_index != v.paragraph_index
        if last and k - first < 3 and not views[first].starts_in_quote:
            out[k] = v.sentence.rstrip("\"'”’) \t\n").endswith("?")
    return out


def _link_bare_interview(views: list[SentenceView]) -> None:
    """An interview whose questions stand alone in their paragraphs with no label: the paragraphs
    after each question, up to the next, are the interviewee's answer."""
    asks = _question_paragraphs(views)
    if sum(asks) < 3 or not _answers_in_first_person(views, asks):
        return
    para_asks = {v.paragraph_index for v, ask in zip(views, asks) if ask}
    current = ""
    for v in views:
        if v.paragraph_index in para_asks:
            current = "host"
        elif current:
            current = "named"  # a paragraph after a question, up to the next one: the answer
            v.turn = current


#: a kicker or label that marks a piece as opinion or analysis, on one of the first lines: set
#: off by a colon, a bar or a dash, alone, before "by", or before a capitalised headline ("Opinion |
#: The mayor ...", "Analysis by ...", "ANALYSIS Why ..."), but not "Analysis of the data shows" or
#: "Opinion polls suggest"
_OPINION_KICKER = re.compile(
    r"^\W*(?i:opinion|editorial|commentary|column|analysis|op-ed|perspective|viewpoint|comment|"
    r"letters?(?: to the editor)?|my view|our view|the view from)"
    r"(?=\s*(?:[:|\u2014\u2013-]|$)|\s+(?i:by)\s|\s+[A-Z])"
)
#: a columnist's bio line or an outlet's opinion disclaimer, anywhere in the article
_OPINION_BIO = re.compile(
    r"\b(?:is a (?:contributing |guest |weekly |regular )?columnist|writes a (?:weekly |regular )?column|"
    r"is a contributing (?:writer|editor|opinion writer)|views expressed (?:here|in this)|"
    r"are (?:his|her|their|the author's) own)\b",
    re.I,
)


def _link_document(views: list[SentenceView]) -> None:
    """What the whole article says about its genre: whether a kicker or a bio line marks it as
    opinion or analysis, and how much of it is in the writer's own voice."""
    if not views:
        return
    opinion = any(_OPINION_KICKER.match(v.sentence) for v in views[:6]) or any(
        _OPINION_BIO.search(v.sentence) for v in views
    )
    _load_word_sets()
    voiced = sum(1 for v in views if v.quote_frac < 0.3 and _in_writer_voice(v))
    share = voiced / len(views)
    for v in views:
        v.doc_voice = share
        v.doc_opinion = opinion


def _person_words(tokens: Sequence[Token]) -> tuple[int, bool]:
    """How many first-person words a sentence has, and whether it says "you" (the lexicons
    ``first_person`` and :data:`_SECOND_PERSON`, any case). "US" in capitals is the country.

    >>> from sourcecheck.cues import tokenize
    >>> _load_word_sets()
    >>> _person_words(tokenize("We told you: US troops and our allies left."))
    (2, True)
    """
    first = second = 0
    for t in tokens:
        if t.lower in _FIRST_PERSON and t.text != "US":
            first += 1
        elif t.lower in _SECOND_PERSON:
            second += 1
    return first, second > 0


def _in_writer_voice(v: SentenceView) -> bool:
    """Is the sentence in the writer's own voice: a first- or second-person word, or it ends
    in a question or an exclamation mark? (The article's share of such lines is ``doc_voice``.)"""
    first, second = _person_words(v.sc.tokens)
    return first > 0 or second or v.sentence.rstrip("\"'”’) \t\n").endswith(("?", "!"))


#: a row of a list or table: a short label and a figure ("Hale: 52%", "Turnout -- 61 percent",
#: "- Ward 3: 1,204 votes"), or a numbered entry with a figure ("1. Harrow Rovers 41 pts")
_DATA_ROW = re.compile(
    r"^[\s•*·\-–—]*(?:[A-Z][\w .,'’&()/+-]{0,45}?\s*(?::\s|\s—|\s–| - | -- )\s*[+\-−]?\s*[$£€]?\s?\d"
    r"|\d{1,3}[.)]\s+\S.{0,60}?\d)"
)


def _is_data_row(v: SentenceView) -> bool:
    """Is the sentence a row of a list or table (short, a label and a figure)?

    >>> [_is_data_row(v) for v in build_views("Hale: 52%\\nHALE: We won 52% of it, and more.", [(0, 9), (10, 41)])]
    [True, False]
    """
    sent = v.sentence.strip()
    return len(sent) <= 90 and len(sent.split()) <= 14 and bool(_DATA_ROW.match(sent)) and not v.sc.governed_sources


def _is_title(v: SentenceView) -> bool:
    """A short line with no closing punctuation: a table's title or a list's heading."""
    sent = v.sentence.strip()
    return len(sent.split()) <= 10 and not sent.endswith((".", "?", "!", ":", '"', "”"))


def _lead_in_level(lead: SentenceView) -> int:
    """The level of the source a list's lead-in names ("Unofficial results from the county
    clerk's office:", "The Harwick poll by region:"): a source cue's, or else an identified
    origin (a name or a document noun) on the record; nothing for "Results by ward:"."""
    level = max((SOURCE_LEVEL[c.type] for c in lead.sc.cues if c.kind == "source"), default=0)
    if level:
        return level
    named = any(c.kind == "specificity" and c.type == "name" for c in lead.sc.cues)
    documents = _document_nouns()
    words = re.findall(r"[a-z]+", lead.sentence.lower())
    return SOURCE_LEVEL["document"] if named or any(w in documents for w in words) else 0


@lru_cache(maxsize=1)
def _document_nouns() -> frozenset[str]:
    """Words that identify where a list comes from: the document nouns, and the offices and
    tallies that publish results (not "results" or "figures" themselves)."""
    return (_lex("document_nouns") | frozenset({"office", "clerk", "board", "commission", "count", "tally"})) - {
        "results",
        "figures",
        "numbers",
    }


def _lead_in_above(views: Sequence[SentenceView], rows: Sequence[bool], k: int) -> SentenceView | None:
    """The lead-in (a line ending with a colon) of the run of rows starting at ``k``, within
    twelve lines above it and past the table's titles and earlier tables it introduces
    ("Unofficial results from the clerk's office:" / "District 2" / rows / "Levy" / rows)."""
    for j in range(k - 1, max(-1, k - 13), -1):
        if views[j].sentence.rstrip().endswith(":"):
            return views[j]
        if not (rows[j] or _is_title(views[j])):
            return None
    return None


def _link_list_rows(views: list[SentenceView]) -> None:
    """Mark the rows of lists and tables and give each run of rows the source that its lead-in
    (the line above the run, ending with a colon) or a "Source:" line right under it names
    (GUIDE Round 26)."""
    rows = [_is_data_row(v) for v in views]
    k = 0
    while k < len(views):
        if not rows[k]:
            k += 1
            continue
        end = k
        while end + 1 < len(views) and rows[end + 1]:
            end += 1
        lead = _lead_in_above(views, rows, k)
        level = _lead_in_level(lead) if lead is not None else 0
        after = views[end + 1] if end + 1 < len(views) else None
        if after is not None and after.sentence.lstrip().startswith("Source"):
            level = max([level] + [SOURCE_LEVEL[c.type] for c in after.sc.cues if c.kind == "source"])
        for v in views[k : end + 1]:
            v.data_row = True
            v.row_level = level
        k = end + 1


def _link_quote_groups(views: list[SentenceView]) -> None:
    """Give every sentence of a running quotation the level of its speaker.

    A group is a run of sentences joined by a quotation that stays open across the
    boundary, by a paragraph that reopens a quotation left open by the one before, or
    by a quotation that resumes in the same paragraph right after its attribution.
    The speaker is the best source governing a reporting verb anywhere in the group,
    or in a lead-in ending with a colon just before it.
    """
    groups: list[list[int]] = []
    for k, v in enumerate(views):
        joined = False
        if k and v.quote_frac > 0 and groups:
            pv = views[k - 1]
            lead = v.sentence.lstrip()
            opens_quote = v.starts_in_quote and (lead[:1] in '"“`' or lead[:2] == "''")
            if (
                pv.ends_in_quote
                or (opens_quote and pv.quote_frac > 0.5 and pv.paragraph_index != v.paragraph_index)
                # '"A," Ruiz said. "B."': the quotation resumes after its attribution
                or (
                    opens_quote
                    and v.quote_frac > 0.5
                    and pv.paragraph_index == v.paragraph_index
                    and pv.quote_frac > 0
                    and _level(pv.sc) > 0
                    and _level(v.sc) == 0
                )
            ):
                groups[-1].append(k)
                joined = True
        if not joined:
            groups.append([k])
    for g in groups:
        if len(g) == 1 and views[g[0]].quote_frac == 0:
            continue
        level = max((_level(views[k].sc) for k in g), default=0)
        if level == 0 and g[0] > 0 and views[g[0] - 1].sentence.rstrip().endswith(":"):
            level = _level(views[g[0] - 1].sc)
        for k in g:
            views[k].group_level = level


_SHAPE_PAREN = re.compile(r"^\s*[\(\[].*[\)\]]\s*$", re.S)

FEATURE_NAMES: tuple[str, ...] = (
    "governed_level",
    "has_governed_source",
    *(f"src_{t}" for t in _SOURCE_TYPES),
    "any_source_level",
    "n_reporting_verbs",
    "attr_speech",
    "attr_cognitive",
    "attr_according_to",
    "attr_agentless",
    "attr_formal",
    "relay_outlet",
    "relay_own",
    "relay_unnamed",
    "relay_generic",
    "relay_vague",
    "attr_subordinate",
    "attr_writer_clause",
    "relay_named",
    "status_no_comment",
    "status_unconfirmed",
    "status_denial",
    "quote_frac",
    "whole_quote",
    "starts_in_quote",
    "ends_in_quote",
    "group_level",
    "group_unattributed",
    "group_anonymous",
    "group_weak",
    "group_vague",
    *(f"hedge_{t}" for t in _HEDGE_TYPES),
    "n_hedges",
    "booster",
    "prediction",
    "n_numbers",
    "has_date",
    "n_names",
    "name_density",
    "boiler_byline",
    "boiler_credit",
    "boiler_navigation",
    "boiler_method",
    "speaker_label",
    "ends_question",
    "ends_colon",
    "ends_exclaim",
    "parenthetical",
    "no_terminal_punct",
    "is_first_sentence",
    "alone_in_block",
    "first_in_paragraph",
    "log_tokens",
    "caps_ratio",
    "actor_subject",
    "actor_no_source",
    "first_person",
    "opinion_words",
    "second_person",
    "imperative",
    "reader_framing",
    "bare_attribution",
    "tail_attribution",
    "age_appositive",
    "since_background",
    "background_words",
    "generic_subject",
    "scheduled",
    "cut_off",
    "prev_level",
    "prev2_level",
    "prev_ends_in_quote",
    "prev_ends_colon",
    "data_row",
    "row_source_level",
    "prev_status",
    "prev_attr",
    "next_level",
    "next_attr",
    "position",
    "doc_opinion",
    "doc_voice",
    "turn_named",
    "turn_host",
    "turn_unnamed",
    "quoted_imperative",
    "question_with_claim",
    "answers_question",
    "label_host",
    "label_named",
    "label_unnamed",
    "writer_told",
)
_INDEX = {n: i for i, n in enumerate(FEATURE_NAMES)}
_UNNAMED = frozenset({"anonymous", "generic_anonymous"})
_NAMED = frozenset({"named_person", "named_organization"})


def _row(v: SentenceView) -> list[float]:
    x = [0.0] * len(FEATURE_NAMES)  # a list: item assignment is several times cheaper than on an array
    sc = v.sc
    cues: list[Cue] = sc.cues
    sent = v.sentence
    stripped = sent.rstrip()

    idx = _INDEX

    lvl = _level(sc)
    x[idx["governed_level"]] = lvl / 4
    x[idx["has_governed_source"]] = float(bool(sc.governed_sources))
    for t in sc.governed_sources:
        x[_INDEX[f"src_{t}"]] = 1.0
    src_types = [c.type for c in cues if c.kind == "source"]
    for t in src_types:
        x[_INDEX[f"src_{t}"]] = max(x[_INDEX[f"src_{t}"]], 0.5)
    x[idx["any_source_level"]] = max((SOURCE_LEVEL[t] for t in src_types), default=0) / 4
    x[idx["n_reporting_verbs"]] = min(sc.reporting_verbs, 3) / 3
    kinds: dict[tuple[str, str], int] = {}
    for c in cues:
        kinds[(c.kind, c.type)] = kinds.get((c.kind, c.type), 0) + 1
    for t in ("speech", "cognitive", "according_to", "agentless", "formal"):
        x[idx[f"attr_{t}"]] = float(("attribution", t) in kinds)
    x[idx["relay_outlet"]] = float(sc.outlet_relay)
    x[idx["relay_own"]] = float(sc.own_outlet)
    # the guide's step down: an unnamed source that reaches the story through another outlet
    unnamed = any(t in _UNNAMED for t in src_types)
    x[idx["relay_unnamed"]] = float(sc.outlet_relay and "anonymous" in src_types)
    x[idx["relay_generic"]] = float(sc.outlet_relay and unnamed and "anonymous" not in src_types)
    x[idx["attr_subordinate"]] = float(sc.subordinate_attribution)
    x[idx["attr_writer_clause"]] = float(sc.writer_clause)
    # nothing steps down below vague: "unconfirmed reports that reached the AP" stay vague; an
    # unnamed outlet that is itself the speaker ("Local media reported") relays nobody
    relays = {(c.start, c.end) for c in cues if c.kind == "relay"}
    inner_vague = any(c.kind == "source" and c.type == "vague" and (c.start, c.end) not in relays for c in cues)
    x[idx["relay_vague"]] = float(sc.outlet_relay and inner_vague and not unnamed)
    # and none for a named source quoted from another outlet ("the minister told Channel 4")
    x[idx["relay_named"]] = float(sc.outlet_relay and not unnamed and any(t in _NAMED for t in sc.governed_sources))
    for t in ("no_comment", "unconfirmed", "denial"):
        x[idx[f"status_{t}"]] = float(("status", t) in kinds)
    x[idx["quote_frac"]] = v.quote_frac
    x[idx["whole_quote"]] = float(v.quote_frac > 0.9)
    x[idx["starts_in_quote"]] = float(v.starts_in_quote)
    x[idx["ends_in_quote"]] = float(v.ends_in_quote)
    x[idx["group_level"]] = v.group_level / 4
    x[idx["group_unattributed"]] = float(v.quote_frac > 0.5 and v.group_level == 0)
    # one column per level: a linear model cannot make "anonymous" peak at level 3 from the number alone
    # (context only: a sentence with a source of its own is judged by that source)
    own = lvl > 0
    x[idx["group_anonymous"]] = float(v.group_level == 3 and not own)
    x[idx["group_weak"]] = float(v.group_level == 2 and not own)
    x[idx["group_vague"]] = float(v.group_level == 1 and not own)
    nh = 0
    # a hedge inside a claim a named, placed or thinly placed source makes is theirs and does not
    # move the level (rule 7); with a vague source or none it still marks the writer's conjecture
    placed = lvl >= 2
    for t in _HEDGE_TYPES:
        n_t = kinds.get(("hedge", t), 0)
        nh += n_t
        x[idx[f"hedge_{t}"]] = float(n_t > 0 and not placed)
    x[idx["n_hedges"]] = min(nh, 3) / 3 * (not placed)
    # confident wording marks the writer's own claim; inside an attributed claim it is the
    # source's, and the guide's rule 7 says it does not move the level
    x[idx["booster"]] = float(("booster", "booster") in kinds and not own)
    x[idx["prediction"]] = float(("speculation", "prediction") in kinds)
    x[idx["n_numbers"]] = min(kinds.get(("specificity", "number"), 0), 4) / 4
    x[idx["has_date"]] = float(("specificity", "date") in kinds)
    names = kinds.get(("specificity", "name"), 0)
    x[idx["n_names"]] = min(names, 5) / 5
    ntok = max(1, sum(1 for t in sc.tokens if t.lower[:1].isalnum()))
    x[idx["name_density"]] = names / ntok
    for t in ("byline", "credit", "navigation", "method"):
        x[idx[f"boiler_{t}"]] = float(("boilerplate", t) in kinds)
    x[idx["speaker_label"]] = float(sc.speaker_label)
    x[idx["ends_question"]] = float(
        stripped.rstrip("\"'”’)").endswith("?") or _quoted_question(v, stripped) or _interrogative_start(sc.tokens)
    )
    # "Your own logs show 40 faults; why were trains running?": a claim put before the question
    # (GUIDE Round 34) is labelled by the claim, not read as a bare question
    x[idx["question_with_claim"]] = float(x[idx["ends_question"]] > 0 and _claim_then_question(stripped))
    x[idx["ends_colon"]] = float(stripped.endswith(":") or bool(_CATAPHORIC_END.search(stripped)))
    x[idx["ends_exclaim"]] = float(stripped.rstrip("\"'”’)").endswith("!"))
    x[idx["parenthetical"]] = float(bool(_SHAPE_PAREN.match(sent)))
    x[idx["no_terminal_punct"]] = float(not stripped.rstrip("\"'”’)").endswith((".", "?", "!", ":")))
    x[idx["is_first_sentence"]] = float(v.index == 0)
    x[idx["alone_in_block"]] = float(v.alone_in_block)
    x[idx["first_in_paragraph"]] = float(v.first_in_paragraph)
    x[idx["log_tokens"]] = math.log1p(ntok) / 4
    # map() and filter() over str methods keep the per-character loops in C
    letters = "".join(filter(str.isalpha, sent))
    x[idx["caps_ratio"]] = sum(map(str.isupper, letters)) / len(letters) if letters else 0.0
    x[idx["actor_subject"]] = float(sc.subject_actor_caps)
    x[idx["actor_no_source"]] = float(sc.subject_actor_caps and not src_types and v.quote_frac < 0.5)
    lowers = [t.lower for t in sc.tokens]
    fp, says_you = _person_words(sc.tokens)
    x[idx["first_person"]] = min(fp, 3) / 3 * (1 - v.quote_frac)
    # "If you remember, P", "Don't forget that P": the writer turning to the reader before a
    # claim is neither an address nor a command (GUIDE Round 21), and its "remember" or
    # "believe" is no word of opinion
    m = _READER_FRAMING.match(sent) if v.quote_frac < 0.5 else None
    framing = m is not None
    x[idx["reader_framing"]] = float(framing)
    n_opinion = sum(1 for w in lowers if w in _OPINION)
    if m is not None:
        n_opinion -= sum(1 for w in m.group(0).lower().split() if w.strip(",:") in _OPINION)
    x[idx["opinion_words"]] = min(n_opinion, 3) / 3
    x[idx["second_person"]] = float(says_you and not framing) * (1 - v.quote_frac)
    words = [w for w in lowers if w[:1].isalpha()]
    k0 = 1 if len(words) > 1 and words[0] in _OPENERS else 0
    x[idx["imperative"]] = float(
        len(words) > k0 and words[k0] in _IMPERATIVE_STARTS and v.quote_frac < 0.5 and not framing
    )
    # "Okonkwo said." or "Okonkwo told reporters on Tuesday." after a quote that ended in its own
    # sentence: nothing but the attribution and when or how it was made. "Police suspect arson."
    # and "Hale denied it." say what was said, so they are claims
    bare = bool(src_types) and len(words) <= 8 and v.quote_frac == 0
    if bare:  # only a short attributed line can be a bare tag: look at its words only then
        spans = [(c.start, c.end) for c in cues if c.kind in ("source", "attribution")]
        bare = not any(
            t.lower[:1].isalpha()
            and t.lower not in _TAG_FILLER
            and not any(a <= t.start and t.end <= b for a, b in spans)
            for t in sc.tokens
        )
    x[idx["bare_attribution"]] = float(bare)
    # "The pool has not been inspected since 2019, Hale said.": the claim first, then a comma and
    # the source that governs all of it; the claim's own wording (a negation, "has", "since") is
    # the source's, not the writer's
    tail = False
    if lvl > 0 and not bare and v.quote_frac == 0:
        tagged = [c for c in cues if c.kind in ("source", "attribution")]
        first = min((c.start for c in tagged), default=v.end)
        last = max((c.end for c in tagged), default=v.end)
        before = v.text[v.start : first].rstrip()
        # the tag closes the sentence ("..., Hale said on Tuesday."), unlike an opening phrase
        # before the speaker ("With the vote days away, voters said they wanted P")
        after = [t.lower for t in sc.tokens if t.start >= last and t.lower[:1].isalpha()]
        n_before = sum(1 for t in sc.tokens if t.end <= first and t.lower[:1].isalpha())
        # or set off by commas inside it ("The pool, Hale said, has not been inspected"), or
        # followed by the speaker's description ("said Hale, the director")
        set_off = v.text[last : v.end].lstrip().startswith(",")
        tail = before.endswith(",") and (
            (set_off and n_before >= 2)
            or (len(after) <= 5 and not any(w in _CLAUSE_SUBJECTS for w in after) and n_before >= 4)
        )
    x[idx["tail_attribution"]] = float(tail)
    x[idx["age_appositive"]] = float(bool(_AGE_APPOSITIVE.search(sent)))
    lower_sent = sent.lower()
    x[idx["background_words"]] = min(sum(1 for m in _BACKGROUND.finditer(lower_sent)), 2) / 2
    x[idx["cut_off"]] = float(bool(_CUT_OFF.search(stripped)))
    x[idx["scheduled"]] = float(
        not src_types
        and v.quote_frac < 0.5
        and bool(_SCHEDULED.search(lower_sent))
        and not _HEDGED_FUTURE.search(lower_sent)
    )
    x[idx["generic_subject"]] = float(
        bool(words) and words[k0] in _GENERIC_SUBJECTS and not src_types and v.quote_frac < 0.5
    )
    x[idx["since_background"]] = float(
        "since" in lowers and any(w in ("has", "have", "had") for w in lowers) and not src_types
    )
    if v.data_row:
        x[idx["data_row"]] = 1.0
        x[idx["row_source_level"]] = v.row_level / 4
    for name, k in (("prev_level", 0), ("prev2_level", 1)):
        if len(v.prev) > k:
            x[idx[name]] = _level(v.prev[k]) / 4
    if v.prev:
        p = v.prev[0]
        x[idx["prev_status"]] = float(any(c.kind == "status" for c in p.cues))
        x[idx["prev_attr"]] = float(p.reporting_verbs > 0)
        x[idx["prev_ends_colon"]] = float(v.prev_text.rstrip().endswith(":"))
        x[idx["prev_ends_in_quote"]] = float(v.starts_in_quote)
        # "Twice.", "RIDLEY: No.": a short line right after a question is read with it (GUIDE
        # Round 30): it completes the claim the question put, or answers nothing checkable
        x[idx["answers_question"]] = float(
            ntok <= 7 and v.prev_text.rstrip().rstrip("\"'”’)").endswith("?") and not x[idx["ends_question"]]
        )
    if v.next is not None:
        x[idx["next_level"]] = _level(v.next) / 4
        x[idx["next_attr"]] = float(v.next.reporting_verbs > 0)
    x[idx["position"]] = v.index / max(1, v.n_sentences - 1)
    # the article's genre counts only for lines in the writer's own voice
    writer_line = (1.0 - v.quote_frac) * float(not src_types)
    x[idx["doc_opinion"]] = float(v.doc_opinion) * writer_line
    x[idx["doc_voice"]] = min(1.0, 3 * v.doc_voice) * writer_line
    if v.turn and not src_types:
        x[idx["turn_" + v.turn]] = 1.0
    if v.label_turn:
        # "HALE: The fund is empty." against the host's own "MARLOWE: The fund is empty." (GUIDE
        # Round 9): who the line's own label is
        x[idx["label_" + v.label_turn]] = 1.0
    if v.quote_frac >= 0.5 and words:
        x[idx["quoted_imperative"]] = float(_quoted_imperative(words, k0, lowers))
    if sc.governed_sources and not (v.turn or v.label_turn or sc.speaker_label):
        x[idx["writer_told"]] = float(_writer_told(v.text, cues))
    return x


#: a first-person object right after a reporting verb ("told me", "texted us", "said to me")
_TO_WRITER = re.compile(r"\s+(?:to\s+)?(?:me|us)\b", re.IGNORECASE)


def _writer_told(text: str, cues: Sequence[Cue]) -> bool:
    """ "One board member told me P", "a manager texted me", "confirmed to me", outside any
    quotation: the writer's own interview, so the source is the outlet's, with no relay to step down
    for (GUIDE rule 6); inside a quotation or a transcript turn the "me" is the speaker's and the
    same words are hearsay."""
    quoted = [(c.start, c.end) for c in cues if c.kind == "quote"]
    return any(
        c.kind == "attribution"
        and _TO_WRITER.match(text, c.end) is not None
        and not any(a <= c.start < b for a, b in quoted)
        for c in cues
    )


_WH = frozenset("how why what who where when whose whom".split())
_WH_AUX = frozenset("do does did would could can will should must might is are was were has have had".split())
_WH_SUBJECT = frozenset("you we they he she i it anyone anybody someone people the a this that".split())
#: a lead-in that points forward: "What happened is this.", "The plan is as follows."
_CATAPHORIC_END = re.compile(
    r"""\b(?:is|was|are|were)\s+this\s*[.:]["”’']?$|\b(?:as follows|the following)\s*[.:]$""", re.I
)


def _interrogative_start(toks: Sequence[Token]) -> bool:
    """Question word order at the start ("How do you ...", "Why would anyone ..."), for a
    question cut off by a quotation or a splitting error before its question mark.

    >>> from sourcecheck.cues import tokenize
    >>> _interrogative_start(tokenize('How do you actually believe, "The plan works.'))
    True
    >>> _interrogative_start(tokenize("WHO has recorded 112 attacks."))
    False
    """
    words = [t for t in toks if t.lower[:1].isalnum()]
    if len(words) < 3 or words[0].text.isupper():
        return False
    return words[0].lower in _WH and words[1].lower in _WH_AUX and words[2].lower in _WH_SUBJECT


def _quoted_question(v: SentenceView, stripped: str) -> bool:
    """A quoted question followed only by its speech tag ('"Who pays?" she asks.'): the
    content ends with a question mark, though the sentence does not.

    >>> _quoted_question(build_views('"Who pays?" she asks.', [(0, 21)])[0], '"Who pays?" she asks.')
    True
    >>> s = '"Who pays?" asked Ruiz, who has run the shop on the corner since 1998.'
    >>> _quoted_question(build_views(s, [(0, len(s))])[0], s)
    False
    """
    q = stripped.rfind("?")
    tail = stripped[q + 1 :]
    if q < 1 or tail[:1] not in "\"”'’" or len(tail.split()) > 6:
        return False
    return any(c.kind == "attribution" and c.start - v.start > q for c in v.sc.cues)


_SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves"})
#: words that open an imperative ("Don't wait ...", "Picture a ..."); after an opener such as "So"
_IMPERATIVE_STARTS = frozenset(
    "don't dont do let let's lets imagine consider remember note look think stop read watch see go take try keep "
    "make tell join sign click follow subscribe share forget ask vote call write check picture".split()
)
_OPENERS = frozenset("but and so now please just then".split())
#: first words of a command inside a speaker's quotation ("Leave now.", "Stay off the bridge."):
#: the writer's list and the verbs of warnings and appeals
_QUOTED_COMMANDS = _IMPERATIVE_STARTS | frozenset(
    "leave stay get be come give put bring help wait listen trust believe hold avoid move stand".split()
)
#: a leading clause after which a quoted command may come ("If you live by the river, leave now.")
_FRAMING_VERBS = frozenset("believe think forget doubt assume imagine kid".split())
_CONDITION_OPENERS = frozenset("if when whatever whoever wherever before until once unless".split())


def _quoted_imperative(words: list[str], k0: int, lowers: list[str]) -> bool:
    """Is a quoted sentence a command or an appeal ("Please don't make this bigger than it is",
    "If you live in Lower Quay, leave now")? Inside a speaker's quotation it asserts nothing
    (GUIDE: questions and refusals inside quotes).

    >>> from sourcecheck.cues import tokenize
    >>> def q(text):
    ...     lw = [t.lower for t in tokenize(text)]
    ...     w = [x for x in lw if x[:1].isalpha()]
    ...     return _quoted_imperative(w, 1 if w[0] in _OPENERS else 0, lw)
    >>> q('"If you live below the dam, leave now."'), q('"Look, the levee held."')
    (True, False)
    """
    first = words[k0]
    if first in _QUOTED_COMMANDS:
        return _command_at(lowers, lowers.index(first))
    if first in _CONDITION_OPENERS and "," in lowers:
        p = lowers.index(",") + 1
        while p < len(lowers) and not lowers[p][:1].isalpha():
            p += 1
        nxt = lowers[p] if p < len(lowers) else ""
        return (
            nxt in _QUOTED_COMMANDS
            and nxt not in ("be", "do", "let", "see", "think", "note")
            and _command_at(lowers, p)
        )
    return False


def _command_at(lowers: list[str], p: int) -> bool:
    """Does the command word at ``lowers[p]`` give a command, rather than open a claim? "Look, ...",
    "Believe me, ...", "Let me be clear: ...", "Make no mistake, ...", "Remember that P" and "Don't
    think for a second that P" are framings before a claim (GUIDE Round 21)."""
    after = lowers[p + 1 : p + 6]
    if after[:1] in ([","], [":"], ["—"]) or after[:2] in (["me", ","], ["me", ":"], ["us", ","]):
        return False
    if after[:3] == ["me", "be", "clear"] or after[:2] == ["no", "mistake"] or "that" in after[:2]:
        return False
    return not (lowers[p] in ("don't", "dont", "do", "never") and not _FRAMING_VERBS.isdisjoint(after))


#: the writer turning to the reader before a claim: "If you remember, ...", "As you may recall,
#: ...", "Don't forget that ...", "Keep in mind that ...", "Believe it or not, ..."
_READER_FRAMING = re.compile(
    r"""^\W*(?:(?:and|but|so|now),?\s+)?(?:"""
    r"""if you (?:remember|recall)"""
    r"""|as (?:you|many of you) (?:may |might |will |probably |already )?(?:know|recall|remember)"""
    r"""|you(?:'ll|’ll| will| may| might| probably)? (?:remember|recall)(?: that)?"""
    r"""|(?:don't|don’t|do not) forget(?: that)?|keep in mind(?: that)?|bear in mind(?: that)?"""
    r"""|remember(?: that|\s*[,:])|note that|believe it or not|mind you|trust me|make no mistake"""
    r""")(?=\W|$)""",
    re.I,
)
#: a sentence about everyone or no one ("Nobody wins ...", "Every parent knows ...")
_GENERIC_SUBJECTS = frozenset("no every any all nobody everyone everybody anyone anybody few".split())
#: a scheduled event: "will tour ... on Friday", "is scheduled to testify next week"
_SCHEDULED = re.compile(
    r"\b(?:will|is scheduled to|are scheduled to|is set to|are set to|is due to|are due to)\b[^.;:]{0,80}?"
    r"\b(?:on|next|this|at|until|by) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|"
    r"morning|afternoon|evening|january|february|march|april|june|july|august|september|october|november|"
    r"december|\d)"
)
#: a question after a clause that states something, set off by a semicolon, a dash or ", so"
#: ("Your own logs show 40 faults; why were trains running?"; GUIDE Round 34)
_QUESTION_AFTER_CLAIM = re.compile(
    r"(;|\s[—–]\s|\s--\s|,\s+(?:so|and yet|yet|but)\s)\s*(?:so\s+)?"
    r"(?:why|what|how|who|when|where|is|are|was|were|did|do|does|can|could|will|would|should|has|have|isn't|"
    r"aren't|doesn't|didn't|wasn't|won't|haven't|hasn't)\b[^;—–]*\?[\"”’']?$",
    re.IGNORECASE,
)


def _claim_then_question(sentence: str) -> bool:
    """Does a question come after a clause of five words or more that states something?

    >>> _claim_then_question("Your own logs show 40 faults in 2022; why were trains still running?")
    True
    >>> _claim_then_question("Governor, why were trains still running?")
    False
    """
    m = _QUESTION_AFTER_CLAIM.search(sentence)
    return m is not None and len(sentence[: m.start()].split()) >= 5


#: a turn or sentence broken off with a dash ("Can I just ask about --")
_CUT_OFF = re.compile(r"(?:—|–|--)\.?[\"”’']?$")
#: a prediction rather than a schedule
_HEDGED_FUTURE = re.compile(r"\b(?:likely|probably|could|might|may|expected|predict|forecast)\b")
#: words of settled background: careers, origins, what happened long ago
_BACKGROUND = re.compile(
    r"\b(?:ago|back when|former|formerly|founded|first elected|was born|grew up|graduated|previously|"
    r"decades|for years|long been|in the past|history|onetime|one-time|served as|became)\b"
)
#: "Brandt, 61, ..." or "..., 47, a former ..." (an age set off by commas)
_AGE_APPOSITIVE = re.compile(r"\w, (?:1[89]|[2-9]\d|10\d), ")
_FIRST_PERSON: frozenset[str] = frozenset()
_OPINION: frozenset[str] = frozenset()


def _load_word_sets() -> None:
    global _FIRST_PERSON, _OPINION
    if not _FIRST_PERSON:
        from .lexicons import read_lexicon

        _FIRST_PERSON = frozenset(read_lexicon("first_person"))
        _OPINION = frozenset(w for w in read_lexicon("opinion") if " " not in w)


def cue_matrix(views: Sequence[SentenceView]) -> np.ndarray:
    """The dense feature matrix of ``views``, columns :data:`FEATURE_NAMES`
    (what :class:`CueFeatures` returns, without scikit-learn)."""
    _load_word_sets()
    if not len(views):
        return np.zeros((0, len(FEATURE_NAMES)))
    return np.array([_row(v) for v in views], dtype=np.float64)


_WORD = re.compile(r"[A-Za-z][\w'’\-]*|\d[\d,.:%]*|''|``|[\"“”?!:;()—]")


_PARTY_TAG_TEXT = re.compile(r"\(\s*[RDI]-[A-Z][A-Za-z.]*\s*\)|(?<=,)\s*[RDI]-[A-Z][A-Za-z]*\.?(?=,)")


_POINT_FORMS = frozenset(("pointed", "pointing"))


def _fronted_report(v: SentenceView) -> bool:
    """Does the sentence open with "As" and a clause that reports, before its first comma ("As
    Hale pointed out, P", "As the study notes, P")?

    >>> _fronted_report(build_views("As Hale noted, the fund is empty.", [(0, 33)])[0])
    True
    >>> _fronted_report(build_views("As expected, the fund is empty.", [(0, 31)])[0])
    False
    """
    sent = v.sentence
    if not sent.startswith(("As ", "as ")):
        return False
    comma = sent.find(",")
    if comma < 0:
        return False
    cut = v.start + comma
    return any(c.kind == "attribution" and c.start < cut for c in v.sc.cues)


def mask_sentence(v: SentenceView) -> str:
    """The sentence as lower-case tokens, with capitalised words after the first as
    ``NAME``, digits as ``NUM``, quote marks as ``QUOTE``, reporting verbs by lemma;
    plus an ``INQUOTE`` tag.

    >>> v = build_views("Then Maria Lopez said 3 men fled.", [(0, 33)])[0]
    >>> mask_sentence(v)
    'then NAME NAME say NUM men fled'
    """
    out = []
    # a party-and-state tag ("(R-Ark.)", ", D-Calif.,") is one label, not brackets around names
    sentence = _PARTY_TAG_TEXT.sub(" partytag ", v.sentence) if "-" in v.sentence else v.sentence
    fronted = _fronted_report(v)
    prev_word = ""
    for k, m in enumerate(_WORD.finditer(sentence)):
        w = m.group()
        if fronted and k == 0:
            continue  # "As Hale noted, P" is "Hale noted P" (GUIDE rule 1), not "as" in "such as Hale"
        if w == "out" and prev_word in _POINT_FORMS:
            continue  # "pointed out" is one speech verb, read as "say" like "noted"
        prev_word = w.lower()
        if w[0].isdigit():
            out.append("NUM")
        elif w in ('"', "“", "”", "''", "``"):
            out.append("QUOTE")
        elif w in "?!:;()—":
            out.append({"?": "QMARK", "!": "EXCL", ":": "COLON", ";": "SEMI", "(": "LPAR", ")": "RPAR", "—": "DASH"}[w])
        elif k and w[0].isupper() and not w.isupper():
            out.append("NAME")
        elif k and w.isupper() and len(w) > 1:
            out.append("ACRO")
        else:
            low = w.lower()
            out.append(_VERB_LEMMA.get(low, low))
    return " ".join(out)


#: reporting verbs by lemma: the tense a writer narrates in ("residents said" in a report,
#: "residents say" in a feature) says nothing about the source, and the words block should
#: not learn that it does
_VERB_LEMMA = {
    form: lemma
    for lemma, forms in (
        # speech verbs, whatever their colour: the guide's rule 7 says a loaded verb ("claimed",
        # "admitted") does not move the level, and real copy varies the verb far more than any
        # corpus can ("Hale noted", "she explained", "he conceded")
        (
            "say",
            "say says said saying claim claims claimed claiming argue argues argued arguing insist insists "
            "insisted insisting complain complains complained complaining add adds added adding warn warns "
            "warned warning allege alleges alleged alleging noted explain explains explained explaining observed "
            "stressed emphasized emphasised acknowledge acknowledges acknowledged acknowledging admit admits "
            "admitted admitting concede concedes conceded conceding contend contends contended contending "
            "assert asserts asserted asserting announced declared testified testifies remarked replied "
            "responded wrote writes suggested pointed",
        ),
        ("tell", "tell tells told telling"),
        ("believe", "believe believes believed believing"),
    )
    for form in forms.split()
}


_ESTIMATORS = ("CueFeatures", "MaskedText")
_estimators_lock = threading.Lock()


def _define_estimators() -> dict[str, Any]:
    """Define the scikit-learn transformers :class:`CueFeatures` and :class:`MaskedText`
    once per process, as attributes of this module."""
    with _estimators_lock:
        if "CueFeatures" in globals():
            return {name: globals()[name] for name in _ESTIMATORS}
        from sklearn.base import BaseEstimator, TransformerMixin

        class CueFeatures(TransformerMixin, BaseEstimator):
            """Dense, named features of :class:`SentenceView` rows (see :data:`FEATURE_NAMES`).

            Stateless: ``fit`` only records the number of features.
            """

            __qualname__ = "CueFeatures"  # a module-level class for pickle, though defined here

            def fit(self, X: Sequence[SentenceView], y: object = None) -> CueFeatures:
                self.n_features_out_ = len(FEATURE_NAMES)
                return self

            def transform(self, X: Sequence[SentenceView]) -> np.ndarray:
                return cue_matrix(X)

            def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
                return np.asarray(FEATURE_NAMES, dtype=object)

        class MaskedText(TransformerMixin, BaseEstimator):
            """:class:`SentenceView` rows -> masked sentence strings for a text vectoriser."""

            __qualname__ = "MaskedText"

            def fit(self, X: Sequence[SentenceView], y: object = None) -> MaskedText:
                return self

            def transform(self, X: Sequence[SentenceView]) -> list[str]:
                return [mask_sentence(v) for v in X]

            def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
                return np.asarray(["masked_text"], dtype=object)

        defined = {"CueFeatures": CueFeatures, "MaskedText": MaskedText}
        globals().update(defined)
        return defined


def __getattr__(name: str) -> Any:
    # PEP 562: CueFeatures and MaskedText are defined on first access (see the module docstring)
    if name in _ESTIMATORS:
        return _define_estimators()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: plain-words meaning of each cue feature, for explanations
FEATURE_DESCRIPTIONS: dict[str, str] = {
    "governed_level": "the strength of the source that governs a reporting verb",
    "has_governed_source": "a source that is the subject of a reporting verb",
    **{f"src_{t}": f"{'an' if t[0] in 'aeiou' else 'a'} {t.replace('_', ' ')} source" for t in _SOURCE_TYPES},
    "src_writer": "the writer citing their own words ('as I wrote')",
    "any_source_level": "the strength of any source named in the sentence",
    "n_reporting_verbs": "reporting verbs (said, told, according to)",
    "attr_speech": "a speech verb (said, told, wrote)",
    "attr_cognitive": "a belief verb (believes, fears)",
    "attr_according_to": "'according to' or a similar phrase",
    "attr_agentless": "attribution without a source ('reportedly', 'it is believed')",
    "attr_formal": "a formal decision of a named body (a court ruling, a vote)",
    "relay_outlet": "a claim relayed from another outlet",
    "relay_own": "the publisher's own reporting",
    "relay_unnamed": "a specific unnamed source relayed from another outlet",
    "relay_generic": "an unnamed source with only generic access relayed from another outlet",
    "relay_vague": "a vague source relayed from another outlet (no lower level to step down to)",
    "attr_subordinate": "the only attribution sits in a subordinate clause (the main claim is the writer's)",
    "attr_writer_clause": "a clause in the writer's own tense after the report ('..., and the city has cut')",
    "relay_named": "a named source quoted from another outlet's interview or report",
    "status_no_comment": "a response-status phrase ('declined to comment')",
    "status_unconfirmed": "a could-not-be-verified phrase",
    "status_denial": "a denial",
    "quote_frac": "direct quotation",
    "whole_quote": "a sentence that is all quotation",
    "starts_in_quote": "a quotation continuing from the sentence before",
    "ends_in_quote": "a quotation continuing into the next sentence",
    "group_level": "the strength of the speaker of the running quotation",
    "group_unattributed": "a quotation with no speaker found",
    "group_anonymous": "a running quotation whose speaker is an unnamed but placed source",
    "group_weak": "a running quotation whose speaker has only generic access",
    "group_vague": "a running quotation whose speaker is vague",
    **{f"hedge_{t}": f"a hedge ({t.replace('_', ' ')})" for t in _HEDGE_TYPES},
    "n_hedges": "several hedges",
    "booster": "a booster ('clearly', 'in fact') in an unattributed sentence",
    "prediction": "a prediction ('will', 'is expected to')",
    "n_numbers": "numbers",
    "has_date": "a date",
    "n_names": "capitalised names",
    "name_density": "many names for its length",
    "boiler_byline": "a byline",
    "boiler_credit": "a credit line",
    "boiler_navigation": "a navigation line ('Read more')",
    "boiler_method": "a note on how the story was sourced ('spoke on condition of anonymity because ...')",
    "speaker_label": "a transcript speaker label",
    "ends_question": "a question",
    "ends_colon": "a lead-in ending with a colon",
    "ends_exclaim": "an exclamation",
    "parenthetical": "a parenthetical line",
    "no_terminal_punct": "no final punctuation (headline or caption)",
    "is_first_sentence": "the first line of the article",
    "alone_in_block": "a line of its own",
    "first_in_paragraph": "the start of a paragraph",
    "log_tokens": "its length",
    "caps_ratio": "capital letters",
    "actor_subject": "a capitalised subject with no reporting verb",
    "actor_no_source": "a named actor but no source (the writer's own voice)",
    "first_person": "first-person words outside quotes",
    "opinion_words": "opinion words",
    "second_person": "addressing the reader as 'you'",
    "imperative": "an imperative ('Don't wait ...', 'Picture ...')",
    "reader_framing": "the writer turning to the reader before a claim ('If you remember, ...')",
    "bare_attribution": "nothing but a speaker and a reporting verb ('Okonkwo said.')",
    "tail_attribution": "the source after the claim or set off inside it ('..., Okonkwo said.')",
    "age_appositive": "an age set off by commas (biography)",
    "since_background": "a state that has held since a past time, unattributed (background)",
    "background_words": "words of settled background ('former', 'founded', 'years ago')",
    "generic_subject": "a statement about everyone or no one ('Nobody wins ...')",
    "scheduled": "a scheduled event ('will tour ... on Friday')",
    "cut_off": "a sentence broken off with a dash",
    "prev_level": "the source strength of the sentence before",
    "prev2_level": "the source strength two sentences before",
    "prev_ends_in_quote": "a quotation opened in the sentence before",
    "prev_ends_colon": "a lead-in with a colon just before",
    "data_row": "a row of a list or table ('Hale: 52%')",
    "row_source_level": "the source named by the lead-in or the source line of its table",
    "prev_status": "a response-status line just before",
    "prev_attr": "attribution in the sentence before",
    "next_level": "the source strength of the next sentence",
    "next_attr": "attribution in the next sentence",
    "position": "its position in the article",
    "doc_opinion": "an article marked as opinion or analysis, in the writer's own voice",
    "doc_voice": "an article written much in the first or second person, in the writer's own voice",
    "turn_named": "a line in a named speaker's transcript turn",
    "turn_host": "a line in the outlet's own host's or reporter's turn",
    "turn_unnamed": "a line in an unnamed speaker's transcript turn",
    "quoted_imperative": "a command or appeal inside a quotation ('Leave now.')",
    "question_with_claim": "a claim stated before a question ('Your logs show 40 faults; why?')",
    "answers_question": "a short answer right after a question ('Twice.')",
    "label_host": "a transcript line under the label of the outlet's own host or reporter",
    "label_named": "a transcript line under a named speaker's label",
    "label_unnamed": "a transcript line under the label of a speaker it does not name",
    "writer_told": "the writer's own source ('a board member told me'), outside quotes and transcript turns",
}


def describe_feature(name: str, value: float) -> str:
    """Plain words for a model feature name from the pipeline (``cues__...`` or ``words__...``).

    >>> describe_feature("cues__status_denial", 1.2)
    'a denial'
    >>> describe_feature("cues__has_governed_source", -0.8)
    'absence of: a source that is the subject of a reporting verb'
    >>> describe_feature("words__said NAME", 0.3)
    "the words 'said NAME'"
    """
    block, _, feat = name.partition("__")
    if block == "cues":
        text = FEATURE_DESCRIPTIONS.get(feat, feat.replace("_", " "))
        return text if value >= 0 else f"absence of: {text}"
    return f"the words '{feat}'"
