"""Cue finding: hedges, attribution, sources, relay, status, quotes and more.

Each sentence is tokenised once; one combined phrase matcher (a first-token index
over every packaged lexicon) finds all lexicon entries in a single pass, and small
pure rule functions turn those matches into typed :class:`Cue` spans in article
offsets. Article-level context (quotations that run over several sentences, the
publisher) is handled by :func:`find_cues`, which sees every sentence at once.

Cue kinds and types
-------------------
``hedge``        modal, epistemic_verb, adverb, adjective, noun, approximator, not_knowing
``booster``      booster
``attribution``  speech, cognitive, according_to, agentless, formal (a named body's decision)
``source``       named_person, named_organization, anonymous, generic_anonymous, vague,
                 document, observation, social_media, pronoun, writer (the writer citing their own words)
``relay``        outlet (another outlet carries the claim), own (the publisher itself)
``status``       no_comment, unconfirmed, denial
``quote``        direct
``speculation``  prediction
``specificity``  number, date, name
``boilerplate``  byline, credit, navigation, method (a note on how the story was sourced)

Example
-------
>>> text = "The rebels have reportedly seized a second airfield."
>>> [(c.kind, c.type, c.text) for c in find_cues(text, [(0, len(text))])[0]]
[('attribution', 'agentless', 'reportedly'), ('hedge', 'adverb', 'reportedly'), ('source', 'vague', 'reportedly')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import NamedTuple, overload

from .lexicons import read_lexicon, read_wordlist

__all__ = [
    "SOURCE_LEVEL",
    "Cue",
    "SentenceCues",
    "Token",
    "analyze_sentence",
    "find_cues",
    "quote_spans",
    "tokenize",
]


@dataclass(frozen=True)
class Cue:
    """A typed span of the article: ``text[start:end] == cue.text``."""

    kind: str
    type: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "type": self.type, "start": self.start, "end": self.end, "text": self.text}

    @property
    def hedges_claim(self) -> bool:
        """Whether this cue marks the claim as less than certain.

        Hedges do, except approximators: "about 300 people" blurs a number, not the
        truth of the claim. Expectations do too ("is expected to", "the company
        expects"), while the plain future and dates ("will", "next year") do not.

        >>> Cue("hedge", "modal", 0, 3, "may").hedges_claim, Cue("hedge", "approximator", 0, 5, "about").hedges_claim
        (True, False)
        >>> Cue("speculation", "prediction", 0, 4, "will").hedges_claim
        False
        """
        low = self.text.lower()
        if self.kind == "hedge":
            return self.type != "approximator"
        if self.kind == "speculation":
            return low not in _PLAIN_FUTURE
        if self.kind == "attribution" and self.type == "cognitive":
            return low in _EXPECTING
        return False


# future tense and dates are predictions without doubt; expecting is a doxastic hedge
_PLAIN_FUTURE = frozenset(
    "will|won't|next year|next month|next week|in the coming|going forward|in the future".split("|")
)
_EXPECTING = frozenset("expect expects expected expecting anticipate anticipates anticipated".split())


#: sourcing level of each source type (ANNOTATION.md rule 6); pronouns resolve to a
#: named speaker in news prose nearly always.
SOURCE_LEVEL = {
    "writer": 0,
    "named_person": 4,
    "named_organization": 4,
    "document": 4,
    "observation": 4,
    "pronoun": 4,
    "anonymous": 3,
    "generic_anonymous": 2,
    "social_media": 2,
    "vague": 1,
}

# --------------------------------------------------------------------------- tokens


class Token(NamedTuple):
    """A word or punctuation token. A tuple of atoms, so the garbage collector stops
    tracking it (a frozen dataclass per token made collections a third of the run time)."""

    start: int  # offset in the article
    end: int
    text: str
    lower: str


_TOKEN = re.compile(r"(?P<dash>(?<!\S)--?(?!\S))|(?P<dq>''|``)|\d+(?:[.,:]\d+)*%?|\w+(?:(?:\.-|[’'\-.&])\w+)*|[^\w\s]")


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Word and punctuation tokens with article offsets.

    >>> [t.text for t in tokenize("U.S. officials' view of $3,500")]
    ['U.S', '.', 'officials', "'", 'view', 'of', '$', '3,500']
    >>> [t.lower for t in tokenize("won 6-3 - a rout -- again")]
    ['won', '6', '-', '3', '—', 'a', 'rout', '—', 'again']
    >>> [t.text for t in tokenize("''Go,'' he said")]
    ['"', 'Go', ',', '"', 'he', 'said']
    """
    out = []
    for m in _TOKEN.finditer(text):
        s = m.group()
        if m.lastgroup == "dq":  # a typed double quote (''...'' or ``...'') is one quote mark
            s = low = '"'
        elif s == "\u2015":  # a horizontal bar, as some sites print a dash, is a dash
            s = low = "—"
        else:  # a typed dash (" - ", " -- ") is a dash
            low = "—" if m.lastgroup == "dash" else s.lower().replace("’", "'")
        out.append(Token(offset + m.start(), offset + m.end(), s, low))
    if "WHO" in text or "US" in text or "IS" in text:  # most text has none: skip the token scan
        for k, t in enumerate(out):
            if t.text in _ACRONYM_LOWERS and not _in_caps_run(out, k):
                out[k] = t._replace(lower=_ACRONYM_LOWERS[t.text])
    return out


#: acronyms whose lower-case form is a common word, read apart outside an all-capitals run: "the WHO
#: said" (not the pronoun), "US officials", "IS fighters", "WHO's representative"
_ACRONYM_LOWERS = {"WHO": "w.h.o", "WHO's": "w.h.o's", "WHO’s": "w.h.o's", "US": "u.s", "IS": "i.s"}


def _in_caps_run(toks: Sequence[Token], k: int) -> bool:
    """Is the word at ``toks[k]`` next to another all-capitals word ("WHO KNEW", "CONTACT US")?

    >>> toks = tokenize("the WHO said; WHO KNEW")
    >>> [t.lower for t in toks]
    ['the', 'w.h.o', 'said', ';', 'who', 'knew']
    """
    for m in (k - 1, k + 1):
        if 0 <= m < len(toks) and len(toks[m].text) > 1 and toks[m].text.isalpha() and toks[m].text.isupper():
            return True
    return False


# --------------------------------------------------------------------------- matcher

_LEXICONS = (
    "hedge_modal",
    "hedge_epistemic_verb",
    "hedge_adverb",
    "hedge_adjective",
    "hedge_noun",
    "hedge_approximator",
    "hedge_not_knowing",
    "booster",
    "attribution_speech",
    "attribution_cognitive",
    "attribution_according_to",
    "attribution_agentless",
    "source_vague",
    "source_generic_anonymous",
    "anonymity_markers",
    "role_nouns",
    "rank_words",
    "document_nouns",
    "social_media",
    "outlets",
    "status_no_comment",
    "status_unconfirmed",
    "status_denial",
    "observation",
    "prediction",
    "boilerplate",
    "first_person",
    "opinion",
    "titles",
    "org_words",
    "sayer_pronouns",
)


class PhraseMatcher:
    """All entries of many lexicons matched in one pass over a token list.

    Entries are indexed by their first token; at each position only the entries
    starting with that token are compared.

    >>> m = PhraseMatcher({"x": ["according to", "per"]})
    >>> m.match([t.lower for t in tokenize("according to police")])
    [(0, 2, 'x')]
    """

    def __init__(self, lexicons: dict[str, Iterable[str]]) -> None:
        # first token -> [(length, {entry tokens: lexicon names})], longest first: at each
        # position one dict lookup per distinct entry length, not one comparison per entry
        tables: dict[str, dict[int, dict[tuple[str, ...], list[str]]]] = {}
        for name, entries in lexicons.items():
            for entry in entries:
                toks = tuple(t.lower for t in tokenize(entry))
                if toks:
                    names = tables.setdefault(toks[0], {}).setdefault(len(toks), {}).setdefault(toks, [])
                    if name not in names:
                        names.append(name)
        self._index = {
            w: [
                (k, {e: tuple(ns) for e, ns in by_entry.items()})
                for k, by_entry in sorted(by_len.items(), reverse=True)
            ]
            for w, by_len in tables.items()
        }
        self.words = frozenset(self._index)

    def match(self, lowers: Sequence[str]) -> list[tuple[int, int, str]]:
        """``(i, j, lexicon)`` for every entry found at ``lowers[i:j]``; longest first per lexicon."""
        out = []
        n = len(lowers)
        index = self._index
        for i, w in enumerate(lowers):
            lengths = index.get(w)
            if not lengths:
                continue
            seen: set[str] = set()
            for k, table in lengths:
                if i + k > n:
                    continue
                names = table.get(tuple(lowers[i : i + k]))
                if names:
                    for name in names:
                        if name not in seen:
                            out.append((i, i + k, name))
                            seen.add(name)
        return out


@lru_cache(maxsize=1)
def _matcher() -> PhraseMatcher:
    return PhraseMatcher({name: read_lexicon(name) for name in _LEXICONS})


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(read_lexicon(name))


def _lex(name: str) -> frozenset[str]:
    return _words(name)


@cache
def _reporting_words() -> frozenset[str]:
    """Every speech and cognitive reporting verb form of the lexicons."""
    return _words("attribution_speech") | _words("attribution_cognitive")


# --------------------------------------------------------------------------- quotes

_OPEN = "\u201c"
_CLOSE = "\u201d"


#: typewriter doubles: two backquotes open a quotation and two apostrophes close it (or open
#: one, as some newspapers print both ends with them); a doubled apostrophe is never part of a word
_QUOTE_EVENTS = re.compile("''|``|[\n\"\u201c\u201d]")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of direct quotation (marks included), in one left-to-right pass.

    Curly marks open and close explicitly; a straight ``"`` toggles, and so do typewriter
    doubles (two apostrophes; two backquotes only open). A quotation
    left open at a paragraph end and reopened at the start of the next paragraph
    (the newspaper convention for a quote running over paragraphs) is kept as one
    span per paragraph; an unclosed quotation ends at its paragraph's end.

    >>> quote_spans('He said "Go now." Then “stop.”')
    [(8, 17), (23, 30)]
    >>> quote_spans("''Go now,'' he said. ``Stop.''")
    [(0, 11), (21, 30)]
    """
    spans = []
    start = -1
    for m in _QUOTE_EVENTS.finditer(text):  # only the marks and line ends, not every character
        i, ch = m.start(), m.group()
        if ch == "``":
            ch = _OPEN
        elif ch == "''":
            ch = '"'
        if ch == "\n":
            if start >= 0:  # a line end closes an open quotation; it may reopen on the next line
                spans.append((start, i))
                start = -1
        elif ch == _OPEN or (ch == '"' and start < 0):
            if start < 0:
                start = i
        elif (ch == _CLOSE or ch == '"') and start >= 0:
            spans.append((start, m.end()))
            start = -1
    if start >= 0:
        spans.append((start, len(text)))
    if "\u2018" in text or "'" in text:
        spans = _with_single_quotes(text, spans)
    return spans


#: a quotation in single marks, as British outlets and many headlines print them: an opening
#: mark at a word's start, a closing one after the quoted words and before no letter, on one
#: line and within 500 characters (so that a line of unclosed marks stays linear); an
#: apostrophe inside ("don't", "Trump’s") does not close it
_SINGLE_QUOTES = (
    re.compile(
        r"(?:^|(?<=[\s(\[—–:]))\u2018(?=[A-Za-z])(?:[^\n\u2018\u2019]|\u2019(?=[A-Za-z])){0,500}?\S\u2019(?![A-Za-z])",
        re.M,
    ),
    re.compile(r"(?:^|(?<=[\s(\[—–:]))'(?=[A-Za-z])(?:[^\n']|'(?=[A-Za-z])){0,500}?\S'(?![A-Za-z])", re.M),
)


def _with_single_quotes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with the single-mark quotations that lie outside them (a single-quoted phrase
    inside a double-quoted one is part of it).

    >>> _with_single_quotes("He said ‘I won’t go,’ and left.", [])
    [(8, 21)]
    """
    # three letters at least: "rock ‘n’ roll" quotes nothing
    found = [m.span() for rx in _SINGLE_QUOTES for m in rx.finditer(text) if m.end() - m.start() >= 5]
    if not found:
        return spans
    # both lists are sorted: one merge keeps the added spans clear of the double-quoted ones
    # and of each other (a check against every span kept was quadratic on quote-heavy text)
    added: list[tuple[int, int]] = []
    k = 0
    for a, b in sorted(found):
        while k < len(spans) and spans[k][1] <= a:
            k += 1
        if (k < len(spans) and spans[k][0] < b) or (added and added[-1][1] > a):
            continue
        added.append((a, b))
    return sorted(spans + added)


def _quotes_between(quotes: Sequence[tuple[int, int]], start: int, end: int) -> Sequence[tuple[int, int]]:
    """The spans of ``quotes`` (sorted and disjoint, as :func:`quote_spans` gives them)
    that overlap ``[start, end)``, found by bisection: O(log n) per sentence, not O(n).

    >>> _quotes_between([(0, 5), (8, 12), (20, 30)], 5, 20)
    [(8, 12)]
    """
    lo = bisect.bisect_right(quotes, start, key=lambda q: q[1])
    hi = bisect.bisect_left(quotes, end, key=lambda q: q[0])
    return quotes[lo:hi] if lo < hi else []


def _token_flags(toks: Sequence[Token], spans: Sequence[tuple[int, int]]) -> list[bool]:
    """For each token, whether it starts inside one of ``spans`` (sorted, disjoint
    character spans); one merged pass over both lists.

    >>> _token_flags(tokenize('a "b c" d'), [(2, 7)])
    [False, True, True, True, True, False]
    """
    flags = []
    k = 0
    for t in toks:
        while k < len(spans) and spans[k][1] <= t.start:
            k += 1
        flags.append(k < len(spans) and spans[k][0] <= t.start)
    return flags


# --------------------------------------------------------------------------- rules


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_DETERMINERS = _set(
    "the a an this that these those his her their its our my your such no any some new recent latest earlier "
    "another every each one's 's two three four several many few"
)
_BE = _set("is are was were be been being am 's 're get gets got")
_NOUN_VERB = _set(
    "call calls question questions demand demands reference references praise blame signal signals ruling rules "
    "joke jokes stress reporting writing saying warning ruled published mention mentions "
    "report reports post posts claim claims note notes estimate estimates charge charges find finds found show shows "
    "showed remarks state states view views record tweet tweets statement order promise promises hope hopes fear fears "
    "doubt doubts warning warnings concern concerns attack attacks caution remark worries projects"
)
#: speech verb forms that are never nouns or adjectives: after "Moody's" or "Hale's" they are verbs
_VERB_ONLY_FORMS = _set(
    "said says told tells added adds warned warns argued argues insisted insists explained explains "
    "announced announces acknowledged acknowledges admitted admits wrote writes tweeted tweets"
)
# verbs after which a noun/verb word is their object ("faces charges", "filed a report")
_QUANTIFIERS = _set("some many several few most others")
_MANNER_ADVERBS = _set(
    "flatly publicly privately repeatedly previously recently allegedly quickly strongly firmly angrily bluntly "
    "candidly openly vehemently categorically emphatically initially subsequently separately consistently quietly "
    "loudly simply finally immediately officially formally personally directly explicitly specifically proudly "
    "tearfully jokingly reluctantly falsely wrongly correctly accurately again first reportedly purportedly "
    "probably apparently possibly perhaps certainly clearly surely"
)
_TAKES_OBJECT = _set(
    "faces face faced facing filed file files dropped drop brought made make makes issued issue won return returned "
    "returning answer answered received receive took take takes ignored ignore missed given gave give gives giving "
    "join joins joined joining echo echoes echoed renew renews renewed heed heeded rebuff rebuffed resist resisted"
)
_FINDING_VERBS = _set("find finds found show shows showed shown discover discovers discovered")
_FUTURE_MODALS = _set("will would could may might should 'll ’ll")
#: adverbs between a modal and a finding verb that keep it a forecast ("would likely find"), not
#: "would later find" (the past's future, a finding that was made)
_MODAL_ADVERBS = _set("likely probably almost certainly surely also not never eventually")
_ADD_VERBS = _set("add adds added")
_ABILITY_AFTER = _set(
    "not n't never only barely hardly see hear feel smell taste swim read afford walk speak reach recite remember"
)
_NUMBER_WORDS = _set(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred hundreds thousand thousands million millions billion dozen dozens half third quarter"
)
_UNIT_AFTER_A = _set("dozen hundred thousand million billion third quarter half year week month day decade mile hour")
_MONTHS = _set(
    "january february march april may june july august september october november december jan feb mar apr jun jul "
    "aug sep sept oct nov dec"
)
_WEEKDAYS = _set("monday tuesday wednesday thursday friday saturday sunday")
_DAYS = _WEEKDAYS | _set("today yesterday tonight")
_DATE_WORDS = _MONTHS | _DAYS
_MONTH_PREV = _set("in on of since until by early late mid last next this through from")
_AT_ONCE = _set("immediately instantly instantaneously overnight simultaneously")
_NUMBER_APPROX = _set("about around some up close as upwards")
_APPEAR_NEXT = _set("to that likely unlikely increasingly")
_NP_STOP = _set(
    "that and but or because while when if as so than then which whom whose what where why how after before since once "
    'until although though whether ; : — – " “ ” ( ) [ ] ? !'
)
#: nouns of time after a determiner "that" ("that night", "that decade")
_THAT_TIMES = _set(
    "night morning day week month year decade evening afternoon summer winter spring autumn fall season weekend time"
)
#: words that stop the subject walk inside a relative clause ("who worked there until last year")
_INNER_STOPS = _set("until since where when after before whose once")
_AUX_SKIP = _set(
    "also later previously earlier then has have had repeatedly publicly privately recently once often never would "
    "will did does do could might should must since already now just still again long first is are was were only "
    "been may can shall even all actually really"
)
#: lower-case words in -ly that are nouns or adjectives used as nouns, not adverbs ("the family said")
_LY_NOUNS = _set(
    "family ally rally supply reply assembly elderly daily weekly monthly quarterly bully belly fly jelly anomaly "
    "monopoly homily panoply melancholy lily holly folly tally gully"
)
_ADVERBS_MORE = _set(
    "together almost even ever instead soon nonetheless nevertheless thus therefore indeed always sometimes"
)


def _adverb(tok: Token) -> bool:
    """Is ``tok`` an adverb that can sit between a subject and its verb ("sharply warned",
    "together vowed")? The listed ones, and lower-case words in -ly that are not nouns."""
    w = tok.text
    return (
        w in _MANNER_ADVERBS
        or w in _ADVERBS_MORE
        or (len(w) > 4 and w.endswith("ly") and w.isalpha() and w.islower() and w not in _LY_NOUNS)
    )


_SUBJECT_PRONOUNS = _set("he she they we i it who you")
_REFLEXIVES = _set("himself herself themselves itself")
_SPOKES = _set("spokesman spokeswoman spokesperson spokespeople")
_WATCHDOGS = _set("regulator watchdog")
_KNOW_FORMS = _set("know knows knew known knowing")
#: whom a speaker addresses ("did not address the court"): speaking to them, not answering
_AUDIENCES = _set(
    "court crowd crowds rally audience audiences meeting jury jurors media reporters press nation "
    "convention conference assembly chamber house senate council supporters delegates students"
)
_INSTITUTION_SINGLE = _set(
    "police prosecutors pentagon ministry government company firm agency department administration court military "
    "army navy kremlin campaign council commission committee authority hospital university school district county "
    "city state club team airline bank regulator board office embassy church union party fund institute foundation "
    "group"
)
_GENERIC_STRONG = _set(
    "familiar close briefed knowledge knowledgeable aware know insider insiders source sources tipster whistleblower "
    "informant confidant confidante"
)
_BARE_SOURCE_WORDS = _set("a an the unnamed unidentified anonymous two three several multiple some other many")
_CORE_END = _set(", who whom which whose that speaking")
_INDEFINITE = _set("a an one another two three four five six several")
#: words naming a trade or a world, not a body: "a TV insider", "a Hollywood pal" are placed nowhere
_SECTOR_WORDS = _set(
    "tv television hollywood showbiz showbusiness bollywood media music fashion tech film movie sports"
)
_GENERIC_HEADS = _set(
    "source person people someone insider insiders friend friends pal pals relative relatives acquaintance associate "
    "associates ally allies confidant confidante tipster whistleblower informant contact neighbour neighbor those"
)
_PREP_QUALIFIERS = _set("in from at of with for inside within")
#: words that open a qualifier saying only where a group is ("elsewhere", "along the front")
_PLACE_QUALIFIERS = _set("elsewhere abroad nationwide everywhere across around along throughout")
_GROUP_WORDS = _set("a handful dozens hundreds scores number group couple few some many of the")
#: plural roles that belong to the institution the story is about ("officers said", "aides say")
_PLACED_GROUPS = _set(
    "officers troopers deputies investigators inspectors detectives agents firefighters paramedics prosecutors "
    "regulators aides staffers negotiators managers executives administrators"
)
#: a body named by whose office it is ("the attorney general's office")
_OFFICE_HEADS = _set("office offices department bureau agency ministry")
#: plural heads that speak for their force or office, as "police" does
_OFFICIAL_FORCES = _set("troopers deputies detectives investigators auditors inspectors")
#: what may stand before them: "State troopers", "the county's deputies", "its auditors" (not
#: "Opposition deputies", "Government auditors", "Some detectives")
_FORCE_MODIFIERS = _set("the state county federal city its our their own")
_LEAD_END = _set("by , who which that")
_COUNT_WORDS = _set("two three four five six seven eight nine ten eleven twelve several multiple both")
#: numbers that count a group ("three lawmakers"); "several" and "multiple" leave it uncounted
_EXACT_COUNTS = _COUNT_WORDS - {"several", "multiple"}
#: endings of most adjectives of nationality or region ("Polish", "Chinese", "Brazilian", "Western")
_DEMONYM_ENDINGS = ("ish", "ese", "ian", "ean", "can", "ern")
#: plural professions: a nationality or region before them does not place the group in a body
_PROFESSION_PLURALS = _set(
    "experts analysts scientists economists scholars academics historians researchers doctors physicians lawyers "
    "commentators observers pundits strategists critics journalists engineers epidemiologists psychologists "
    "pediatricians paediatricians surgeons medics midwives pharmacists"
)
#: people who work beside or over an ordinary worker: "her supervisor", "their foreman" place one
#: unnamed person by a workplace, not by a relation to someone the story names
_WORKPLACE_ROLES = _set(
    "supervisor foreman midwife steward dispatcher technician warden defender medic surgeon pediatrician "
    "paediatrician pharmacist organizer organiser"
)
#: rank words that name a profession's field or place, not an employer: "security experts",
#: "military analysts", "lawyers in the county" are a bare group named by profession (the plural rule)
_PROFESSION_FIELDS = _set("security defence defense intelligence military county city state regional local western top")
_QUOTE_MARKS = _set("\" “ ” ' ‘ ’")
_PREPOSITIONS = _set("to of in by from with on per for at about under after into as")
_CLAIM_NOUNS = _set(
    "claim claims allegation allegations report reports accusation accusations account accounts characterization "
    "suggestion suggestions assertion assertions charge charges story stories rumor rumors rumour rumours idea notion "
    "findings reporting it that figure figures numbers estimate estimates conclusion conclusions version"
)
_DENIAL_PRIMARY = _set("denied denies deny denying denial")
_RESPOND_OBJECTS = _set(
    "requests request questions question messages message emails email calls call inquiries inquiry a an repeated "
    "multiple our the several two written phone voicemails voicemail text texts"
)
_STATUS_VERBS_FOLLOW = _set("respond responded return returned reply replied")
_STATUS_SUBORDINATORS = _set("because since if unless although though whether")
#: what a reporter sends: the objects that make "did not respond to ..." a no-comment line
_MESSAGE_OBJECTS = _set(
    "requests request questions question messages message emails email calls call inquiries inquiry voicemails "
    "voicemail text texts queries query letter letters"
)
#: what a speaker answers: the objects that make "responded to ..." a statement
_CRITIQUE_OBJECTS = _set(
    "criticism critics allegations allegation claims claim accusations accusation report reports remarks comments "
    "charges complaints concerns questions question demands calls statement tweet post letter"
)


def _words_ahead(toks: Sequence[Token], k: int, n: int) -> Sequence[Token]:
    """The words among the ``n`` tokens after ``toks[k]``, up to the first punctuation."""
    ahead = toks[k + 1 : k + 1 + n]
    stop = next((m for m, t in enumerate(ahead) if not t.lower[:1].isalnum()), len(ahead))
    return ahead[:stop]


def _object_ahead(toks: Sequence[Token], k: int, nouns: Collection[str]) -> bool:
    """Is one of ``nouns`` among the six words after ``toks[k]`` (a verb or its "to"), skipping
    what modifies it ("to repeated phone calls", "to The Red Hill Courier's request",
    "expressed an interest"), before any punctuation?"""
    return any(t.lower in nouns for t in _words_ahead(toks, k, 6))


_RELAY_PREV = _set("told to by with reached in on from via cited tell tells telling")
_RELAY_NEXT = _set("reported reports said says cited quoted reporting learned interview report article first")
_BOILER_WEAK = _set("contact credit credits watch listen updated published posted related photo image email tips")
_BYLINE = re.compile(
    r"^\s*(?:By|BY)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December|the|The|then|Then|now|Now|late|early|noon)\b)"
    r"[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|and|&|de|van|von|al|la|le))*(?:\s*[,|/\-—–]\s*.{0,80})?\s*$"
)
_SPEAKER_LABEL = re.compile(r"^\s*[\"“']?[A-Z][A-Z.'’\- ]{1,40}:")


def _cap(tok: Token) -> bool:
    return tok.text[:1].isupper()


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Words seen in lower case mid-sentence in the team's corpus (``data/ortho_context.txt``):
    capitalised at a sentence start they are ordinary words, not names."""
    out = set()
    for line in read_wordlist("ortho_context.txt"):
        word, _, flags = line.rpartition(" ")
        if int(flags) & 32:
            out.add(word)
    return frozenset(out)


#: words this article capitalises mid-sentence and never writes in lower case ("Gwen Price"):
#: at a sentence start they are names even when the corpus knows them as words ("pence")
_ARTICLE_NAMES: ContextVar[frozenset[str]] = ContextVar("_ARTICLE_NAMES", default=frozenset())
#: whether the article is a transcript or a Q&A, with speaker labels: there "I" is the speaker
#: of the turn, elsewhere outside quotations it is the writer
_ARTICLE_TURNS: ContextVar[bool] = ContextVar("_ARTICLE_TURNS", default=False)
#: outlets the article introduces with a descriptor ("the Portuguese tabloid Diario Flash"), as
#: lower-case word tuples, so that a later bare mention ("Diario Flash quoted ...") is one too
_ARTICLE_OUTLETS: ContextVar[frozenset[tuple[str, ...]]] = ContextVar("_ARTICLE_OUTLETS", default=frozenset())
#: the type of the one unnamed person who last spoke ("anonymous" for "a senior official said"),
#: for a "she" or "he" in the next sentences; None when the last speaker was named or a group
_LAST_PERSON: ContextVar[str | None] = ContextVar("_LAST_PERSON", default=None)
#: the source type an "it" speaker takes: the body or record that spoke in the sentence before
_LAST_BODY: ContextVar[str | None] = ContextVar("_LAST_BODY", default=None)
#: is the sentence being read shaped like a headline (where "the" is dropped: "company says")
_HEADLINE: ContextVar[bool] = ContextVar("_HEADLINE", default=False)


#: plural agent nouns ("Plumbers", "Environmentalists", "Regulators"): at a sentence start they
#: are people, not a name, unless the article writes them as one ("Lena Sanders")
_AGENT_PLURAL = re.compile(r"[a-z]{3,}(?:ists|ians|ants|ents|ers|ors|ees)")


def _ordinary_word(lower: str) -> bool:
    """Is a capitalised sentence-initial word an ordinary word rather than a name?"""
    if lower in _ARTICLE_NAMES.get():
        return False
    common = _common_words()
    if len(lower) > 4 and lower.endswith("s") and not lower.endswith("ss") and lower[:-1] in common:
        return True  # "Chefs in the neighborhood say": the plural of an ordinary word
    return lower in common or (_AGENT_PLURAL.fullmatch(lower) is not None and lower not in _lex("outlets"))


def _surname_slot(toks: Sequence[Token], k: int) -> bool:
    """Does capitalised token ``k`` (not sentence-initial) stand where a surname does?

    At the end of a run of names ("Gwen Price said") or alone after a comma or a lower-case
    word ("..., Price said"), but not inside a longer name ("Food and Drug Administration",
    "Labor Department", "Department of Transportation") or after a colon or quotation mark.
    """
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is not None and (_cap(nxt) or nxt.text in ("'", "’")):
        return False  # "Labor Department", "the Calder Farmers' Federation"
    prev = toks[k - 1]
    if prev.lower in ("of", "and", "&", "for", "the", "on", "de"):
        return False
    return _cap(prev) or prev.text == "," or prev.text[:1].islower()


def _names_of(sentences: Sequence[Sequence[Token]]) -> frozenset[str]:
    """Words of an article's tokenised sentences written capitalised inside a sentence and
    never in lower case.

    Title-case headlines and capitals right after a colon or a quotation mark are not
    evidence: every word is capitalised there.

    >>> sorted(_names_of([tokenize("Price spoke."), tokenize("Vice President Gwen Price left early.")]))
    ['price']
    >>> sorted(_names_of([tokenize(s) for s in ("Cook the rice.", "She hired a Cook.", "A cook came.")]))
    []
    """
    caps: set[str] = set()
    lowered: set[str] = set()
    for toks in sentences:
        title = _title_case(toks)
        for k, t in enumerate(toks):
            if not t.text[:1].isalpha():
                continue
            if t.text[:1].islower():
                lowered.add(t.lower)
            elif k and not title and not t.text.isupper() and _surname_slot(toks, k):
                caps.add(t.lower)
    return frozenset(caps - lowered)


@lru_cache(maxsize=1)
def _outlet_aliases() -> dict[str, str]:
    out = {}
    for line in read_lexicon("outlet_aliases"):
        alias, _, canonical = line.partition("|")
        out[alias.strip()] = canonical.strip()
    return out


#: "I" with a glued auxiliary
_I_FORMS = _set("i i've i'd i'm i'll i’ve i’d i’m i’ll")


def _is_name_token(tok: Token, k: int, sentence_start: bool) -> bool:
    """A capitalised token that names someone or something (not a sentence-initial common word)."""
    if not _cap(tok) or tok.lower in _DETERMINERS or tok.lower in _I_FORMS:
        return False  # "I've" is nobody's name
    if k == 0 and sentence_start and _ordinary_word(tok.lower):
        return False
    head, _, last = tok.text.rpartition("-")
    if head and last.islower() and last.endswith(("ed", "run", "born", "made")) and last != "based":
        # "Russian-backed", "Saudi-led": a modifier, not a name ("the Toronto-based miner" is
        # the company the story named, as wire copy calls it the second time)
        return False
    return tok.lower not in _DATE_WORDS


#: a US politician's party and state, as the tag after the name ("Sen. Ana Ruiz (D-Ore.)",
#: "Rep. Tom Hale, R-Kan.,"): a label, not another name
_PARTY_TAG = re.compile(r"[RDI]-[A-Z][A-Za-z]*")


def _is_month_may(toks: Sequence[Token], i: int) -> bool:
    """'May' the month: capitalised mid-sentence, or at the start unless a pronoun follows.

    >>> _is_month_may(tokenize("May 5 was wet"), 0), _is_month_may(tokenize("It may rain"), 1)
    (True, False)
    """
    t = toks[i]
    if t.text != "May":
        return False
    nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
    if i == 0:
        return nxt not in _SUBJECT_PRONOUNS and nxt not in ("the", "this", "our", "your", "god")
    return True


def _rate_points(w: str, prev: str) -> bool:
    """Is ``w`` the unit "points" of a rate change ("14 basis points", "a percentage point")?"""
    return w in ("point", "points") and (prev in ("basis", "percentage", "percent") or prev[:1].isdigit())


#: words before the noun "suspect" ("the prime suspect", "a murder suspect")
_SUSPECT_NOUN_PREV = _set(
    "prime main key chief lead murder robbery shooting terror terrorism possible potential second third fourth "
    "only male female alleged likely top sole sixth fifth say says said"
)


def _adjective_participle(toks: Sequence[Token], i: int) -> bool:
    """Is the participle at ``i`` ("suspected", "alleged") an adjective before its noun?

    After a determiner, a number, a gerund, a preposition or a verb that takes an object,
    or opening the sentence, and before a lower-case word that is not a function word:
    "a suspected gas leak", "barring suspected smugglers", "Suspected militants".
    """
    prev = toks[i - 1].lower if i else ""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or not nxt.lower[:1].isalpha() or _cap(nxt):
        return False
    if (
        nxt.lower in _DETERMINERS
        or nxt.lower in _PREPOSITIONS
        or nxt.lower in _NP_STOP
        or nxt.lower in _SUBJECT_PRONOUNS
    ):
        return False
    if nxt.lower.endswith("ed") or nxt.lower in ("missing", "dead", "alive", "hurt"):
        return False  # "Dozens reported killed": a reduced passive, not an adjective
    return (
        i == 0
        or (prev == "," and i == 2)  # "Still, documented cases of tampering remain scarce"
        or prev in _DETERMINERS
        or prev in _NUMBER_WORDS
        or prev[:1].isdigit()
        or prev.endswith("ing")
        or prev in _PREPOSITIONS
        or prev in _TAKES_OBJECT
        # after a bare verb that a modal or "to" governs: "would bar suspected smugglers"
        or (
            i > 1
            and (toks[i - 2].lower in _MODALS or toks[i - 2].lower == "to")
            and prev.isalpha()
            and prev not in _BE
            and prev not in ("have", "be", "been", "not", "also")
        )
    )


#: words before "possible" that make it a limit, not a doubt ("the best possible result", "every
#: possible route"); a count stays a doubt ("11 possible cases of fraud")
_POSSIBLE_LIMITS = _set(
    "best worst highest lowest largest smallest greatest least most fewest maximum minimum earliest latest fastest "
    "shortest longest strongest widest every all each any"
)
#: passives that say how a kind of thing is named or sorted ("may be divided into three groups")
_CLASSIFY_PASSIVES = _set(
    "classified divided grouped categorized categorised subdivided spelled spelt pronounced abbreviated termed"
)
#: verbs of what rules allow or forbid ("Applicants may submit", "Visitors may not bring")
_PERMISSION_VERBS = _set(
    "apply submit choose opt request enter bring register park access download join cancel appeal renew borrow "
    "attend sign book use carry wear bring keep collect claim upload enrol enroll"
)
#: people a rule speaks to, in general
_RULE_SUBJECTS = _set(
    "you one anyone anybody everyone applicants users players members visitors customers students readers viewers "
    "participants owners passengers holders entrants guests tenants patrons subscribers candidates competitors "
    "applicant user player member visitor customer student reader viewer participant owner passenger holder "
    "entrant guest tenant patron subscriber"
)
#: predicates of how a kind of thing varies ("Fees may vary by county")
_KIND_PREDICATES = _set("range vary")
#: predicates that list what a kind of thing can be, and the kinds they list ("Symptoms may include fever")
_LIST_PREDICATES = _set("include contain consist comprise involve")
_KIND_HEADS = _set(
    "symptoms signs effects complications causes treatments options ingredients features types forms examples "
    "risks factors conditions costs charges fees penalties sanctions"
)
#: openings that make a statement general ("In rare cases, the drug may ...")
_GENERAL_FRAMES = (
    ("in", "some", "cases"),
    ("in", "rare", "cases"),
    ("in", "severe", "cases"),
    ("in", "many", "cases"),
    ("in", "most", "cases"),
    ("in", "such", "cases"),
    ("in", "some", "instances"),
    ("depending", "on"),
)
_CONCESSIVE_WH = _set("whatever however whoever wherever whichever whenever")


class _LowerView:
    """The lower-cased words of ``toks``, read on demand (index or slice) without copying them all."""

    __slots__ = ("_toks",)

    def __init__(self, toks: Sequence[Token]) -> None:
        self._toks = toks

    def __len__(self) -> int:
        return len(self._toks)

    @overload
    def __getitem__(self, k: int) -> str: ...
    @overload
    def __getitem__(self, k: slice) -> list[str]: ...
    def __getitem__(self, k: int | slice) -> str | list[str]:
        if isinstance(k, slice):
            return [t.lower for t in self._toks[k]]
        return self._toks[k].lower


def _root_may(toks: Sequence[Token], i: int) -> bool:
    """Is "may" at ``i`` permission or a general statement about a kind, not a doubt about a claim?

    "Applicants may submit forms until Friday", "Symptoms may include fever", "In rare cases
    the drug may cause a rash", "the rooms may be divided into three suites", "so that
    families may visit", "whatever the council may decide" are not hedges; "Prices may rise",
    "The package may include a tax cut" and "The lease may be renewed" are.

    >>> _root_may(tokenize("Applicants may submit forms until Friday."), 1)
    True
    >>> _root_may(tokenize("Prices may rise further next year."), 1)
    False
    """
    low = _LowerView(toks)  # not a list of the whole sentence: one "may" per word would be quadratic
    k = i + 1
    while k < len(low) and low[k] in ("also", "not", "n't", "only", "often", "sometimes", "still", "either", "even"):
        k += 1
    passive = k < len(low) and low[k] == "be"
    verb = low[k + 1] if passive and k + 1 < len(low) else (low[k] if k < len(low) else "")
    if not passive and verb in ("have", "well"):
        return False  # "may have spread", "may well fail"
    clause = []  # the words before "may" back to the last clause break
    for w in reversed(low[max(0, i - 10) : i]):
        if w in (",", ";", ":", "—", "–", "(", '"', "“", "”"):
            break
        clause.append(w)
    clause.reverse()
    if any(w in _CONCESSIVE_WH for w in clause):
        return True  # "whatever the council may decide", "however long it may take"
    pairs = list(zip(clause, clause[1:]))
    if ("so", "that") in pairs or ("order", "that") in pairs:
        return True  # "so that families may visit": a purpose, not a doubt
    if any(tuple(low[s : s + len(f)]) == f for f in _GENERAL_FRAMES for s in (0, 1)):
        return True
    if passive and (verb in _CLASSIFY_PASSIVES or (verb == "referred" and k + 3 < len(low) and low[k + 3] == "as")):
        return True
    np = _np_left(toks, i)
    if np is None:
        return False
    first, head = low[np[0]], low[np[1] - 1]
    if head in _RULE_SUBJECTS and (
        np[1] - np[0] == 1 or first in ("a", "an", "any", "each", "every", "the", "all", "new", "eligible")
    ):
        return not passive and verb in _PERMISSION_VERBS
    definite = first in ("the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your")
    if passive or definite or (np[1] > 1 and _cap(toks[np[1] - 1])):
        return False
    return verb in _KIND_PREDICATES or (verb in _LIST_PREDICATES and head in _KIND_HEADS)


#: poll samples named with "likely" ("likely voters", "likely caucusgoers")
_POLL_UNIVERSES = _set("voter voters caucusgoers caucus-goers electorate turnout primary-goers")


def _hedge_ok(toks: Sequence[Token], i: int, j: int, lex: str) -> bool:
    """Filter false friends for a hedge match at ``toks[i:j]`` ("May" the month, "about" =
    concerning, "could" = ability, "appeared in court", "the suspect")."""
    w = toks[i].lower
    nxt = toks[j].lower if j < len(toks) else ""
    nxt2 = toks[j + 1].lower if j + 1 < len(toks) else ""
    prev = toks[i - 1].lower if i else ""
    if w == "may" and j == i + 1:
        return not _is_month_may(toks, i) and not _root_may(toks, i)
    if _rate_points(w, prev):
        return False  # "rose 14 basis points to 5.6 percent"
    if w == "could" and j == i + 1:
        return nxt not in _ABILITY_AFTER
    if lex == "hedge_adverb" and w == "it" and nxt in ("to", "like"):
        return False  # "the less it seems to save": "it" is the board, and "seems" hedges on its own
    if lex == "hedge_approximator" and nxt in _AT_ONCE:
        return False  # "almost immediately", "nearly overnight": how soon, not how sure
    if lex == "hedge_approximator" and w in _NUMBER_APPROX:
        if nxt in ("a", "an"):
            return nxt2 in _UNIT_AFTER_A
        return nxt[:1].isdigit() or nxt in _NUMBER_WORDS or nxt in ("$", "£", "€")
    if w in ("appear", "appears", "appeared", "appearing"):
        return nxt in _APPEAR_NEXT
    if w in ("i", "we") and (
        nxt in ("in", "of", "about") or (nxt in _OBJECT_PRONOUNS and nxt2 in (".", ",", "!", "", "'", '"', "”"))
    ):
        return False  # "I believe in second chances", "we think of them", "I believe her" doubt no claim
    if w in ("suspect", "suspects"):
        return prev in _SUBJECT_PRONOUNS or prev in ("police", "investigators", "officials", "authorities")
    if lex == "hedge_epistemic_verb" and w == "suspected" and j == i + 1 and _adjective_participle(toks, i):
        return False  # "a suspected gas leak": the adjective list takes it
    if w in ("estimate", "estimates") and (prev in _DETERMINERS or prev[:1].isdigit() or _possessive_before(toks, i)):
        return False  # "an estimate", "analysts' estimates": the noun
    if w == "likely" and j == i + 1 and nxt in _POLL_UNIVERSES:
        return False  # "a poll of 800 likely voters": the pollster's sample, not a doubt
    if w == "potential" and nxt in ("customers", "buyers", "candidates", "clients", "investors", "partners"):
        return False
    if w == "possible" and prev in _POSSIBLE_LIMITS:
        return False  # "the best possible result", "every possible route": a limit, not a doubt
    if lex == "hedge_adjective" and j == i + 1 and nxt == "that" and w in ("possible", "plausible", "probable"):
        # "It is possible that the dam leaks", "it remains plausible that": a doubt about a clause
        back = {t.lower for t in toks[max(0, i - 3) : i]}
        return bool(back & (_BE | _PRONOUN_BE | _STILL_BE)) and "not" not in back and "n't" not in back
    if lex == "hedge_adjective" and j == i + 1:
        return nxt[:1].isalpha() and nxt not in ("to", "that", "by", "whether", "if")
    return True


#: linking verbs that put an adjective before a "that" clause ("it remains possible that")
_STILL_BE = _set("remains remained seems seemed looks looked appears appeared")


_PRONOUN_BE = _set("he's she's it's who's that's they're we're you're i'm he’s she’s it’s who’s that’s they’re we’re")


_GERUND_PREPOSITIONS = _set("by for after before from while without")
_SPEECH_GERUNDS = _set(
    "saying claiming arguing insisting suggesting noting stating declaring telling asserting alleging warning "
    "explaining denying admitting acknowledging grumbling"
)
_HEADLINE_VERBS = _set(
    "says said warns claims admits insists reports tells shows finds rip rips slam slams blast blasts urge urges "
    "vow vows deny denies defend defends accuse accuses praise praises speaks pleads hits knocks hammers bashes "
    "attacks say warn admit insist tell confirm confirms reveal reveals allege alleges suggests predict predicts "
    "argue argues concede concedes acknowledge acknowledges testify testifies announces explains"
)


def _headline_subject_agrees(w: str, prev: str) -> bool:
    """A title-case headline verb in its base form speaks for a plural just before it ("Sources
    Say", "Insiders Tell"); after a modal or a singular name it is no report ("Nobody Will Admit
    It", "Why Won't Hale Say Who Paid")."""
    if w.endswith("s") or w == "said":
        return True
    return (prev.endswith("s") and not prev.endswith("ss")) or prev in ("police", "people", "staff", "media")


def _title_case(toks: Sequence[Token]) -> bool:
    """A headline in title case: most words of more than three letters are capitalised."""
    words = [t for t in toks if len(t.text) > 3 and t.text[:1].isalpha()]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)


_RESEARCHERS = _set("researchers scientists investigators analysts auditors")
_STUDY_AUTHORS = _set("researchers scientists analysts economists")
#: bodies whose findings are a formal record ("a federal judge found the ordinance unconstitutional")
_COURTS = _set("court panel tribunal jury")
_INTRO_DOCUMENTS = _set("poll survey study report statement interview filing letter memo analysis review audit")
_FINDING_BODIES = _set(
    "panel judge judges jury court tribunal inquiry investigation review research audit auditor auditors arbitrator "
    "commission committee inspectors coroner trial trials"
)
#: records named by two words, neither of them a document noun alone ("the committee's roll call")
_RECORD_BIGRAMS = frozenset({("roll", "call"), ("vote", "tally"), ("call", "log")})


def _document_subject(toks: Sequence[Token], v: int) -> bool:
    """Is the subject of the verb at ``v`` a document, record or study ("An audit
    commissioned by the board found", "Minutes of the March session show")?"""
    np = _np_left(toks, v)
    if np is None:
        return False
    if (
        np[1] - np[0] == 1
        and np[0]
        and not toks[np[0]].lower.endswith("s")
        and toks[np[0] - 1].lower in _PREPOSITIONS | {"before", "during"}
    ):
        return False  # "... to block a law before trial must show": a bare noun closing a phrase
    docs = _lex("document_nouns")
    words = [t.lower for t in toks[np[0] : np[1]]]
    return any(w in docs or w in _RESEARCHERS or w in _FINDING_BODIES for w in words) or any(
        pair in _RECORD_BIGRAMS for pair in zip(words, words[1:])
    )


def _as_after(toks: Sequence[Token], j: int) -> int | None:
    """Index of an "as" within the ten words after ``toks[j]``, before any clause break
    ("regard the treaty as", "dismissed the report as"), or None."""
    for k in range(j, min(len(toks), j + 10)):
        w = toks[k].lower
        if w == "as":
            return k
        if w in _NP_STOP:
            return None
    return None


def _as_in_object(toks: Sequence[Token], j: int) -> bool:
    """Does an "as" follow ``toks[j]`` in the object (see :func:`_as_after`)?"""
    return _as_after(toks, j) is not None


#: participles that put a name or a printed word on a thing ('a folder marked "urgent"')
_NAMING_MARKS = _set("labeled labelled marked titled stamped tagged captioned headed headlined")
#: what a business or a taxpayer reports as figures, not as a claim ("firms reporting losses")
_FINANCIAL_RESULTS = _set("losses loss gains gain earnings income profits profit revenue revenues sales results")
#: words after "doubt" that make it a noun ("doubt remains", "doubts over the deal")
_DOUBT_AS_NOUN = _set(
    "remains remain remained is was are were lingers linger lingered persists persist persisted grew grows "
    "has have had about over among surrounding"
)
#: what can stand before a participle used as an adjective ("the announced plan", "his newly revealed
#: strategy"); not "that", which opens relative clauses ("a study that reported ...")
_ARTICLES = _set("the a an his her their its our my your")


def _attributive_participle(toks: Sequence[Token], i: int) -> bool:
    """Does the participle at ``i`` sit between an article or possessive (and perhaps an
    ``-ly`` adverb) and a lower-case noun, as an adjective?

    >>> _attributive_participle(tokenize("thanked for her newly announced park plan"), 4)
    True
    >>> _attributive_participle(tokenize("the council recently revealed plans"), 3)
    False
    """
    k = i - 1
    if k > 0 and toks[k].lower.endswith("ly") and toks[k].lower.isalpha() and toks[k].lower not in _VAGUE_ADVERBS:
        k -= 1
    if k < 0 or toks[k].lower not in _ARTICLES or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return (
        nxt.lower.isalpha()
        and not _cap(nxt)
        and not nxt.lower.endswith("ly")
        and nxt.lower not in _DETERMINERS
        and nxt.lower not in _PREPOSITIONS
        and nxt.lower not in _NP_STOP
        and nxt.lower not in _SUBJECT_PRONOUNS
    )


#: adverbs that make a participle a weasel report ("the widely reported claims")
_VAGUE_ADVERBS = _set("widely reportedly allegedly publicly previously")
#: reporting participles that also stand before a noun as adjectives ("documented cases")
_ADJECTIVE_PARTICIPLES = _set("suspected alleged documented reported confirmed claimed presumed rumored rumoured")
_LIFE_STAGES = _set("child boy girl kid teenager teen student youngster young baby toddler schoolboy schoolgirl")
_SPEAK_VERBS = _set("speak speaks spoke spoken speaking talk talks talked talking")
#: written things whose words are quoted with "reads" ("the letter reads", "The sign read:")
_TEXT_NOUNS = _set(
    "letter letters sign signs banner banners placard placards caption headline inscription plaque note notes "
    "text message statement post tweet email memo petition notice complaint indictment lawsuit order ruling "
    "release report motion filing card leaflet flyer label warning"
)
#: what makes speaking a report: a topic, a stance, a quotation or the terms of anonymity
_SPEAK_CONTENT = _set("about of out that : condition against favor favour")


_CLAUSE_OPENING = _set("\" ' “ ‘ ( : ; — –")
_LEAD_WORDS = _set("and but so now please just yes no ,")


def _imperative_at(toks: Sequence[Token], i: int) -> bool:
    """Does a bare verb at ``toks[i]`` open its clause as a command ("Believe me.", "“Think about
    it,” he said", "And yes, consider ...") or follow "let us" ("Let us know")? A command
    reports nobody's words or thoughts.

    >>> _imperative_at(tokenize("Believe me."), 0), _imperative_at(tokenize("Police believe it."), 1)
    (True, False)
    """
    w = toks[i].lower
    if i > 1 and toks[i - 1].lower in ("us", "me") and toks[i - 2].lower in ("let", "lets"):
        return True
    if w.endswith(("s", "ed", "ing")) or w in _PAST_IRREGULAR or w in _PAST_IRREGULAR_MORE or (i and _cap(toks[i])):
        return False
    k = i - 1
    if (
        k >= 0
        and toks[k].lower in ("come", "go")
        and (k == 0 or toks[k - 1].lower in (",", "!", "and", "so", "please"))
    ):
        return True  # "..., come say hi", "Go tell your friends": two bare verbs, one command
    while k >= 0 and toks[k].lower in _LEAD_WORDS:
        k -= 1
    # a straight quote mark opens the clause only at the start of the sentence (it may close one)
    return k < 0 or (toks[k].text in _CLAUSE_OPENING and (toks[k].text not in ('"', "'") or k == 0))


_WISH_VERBS = _set("hope wish pray")
#: prepositions that open a phrase but never a clause
_PHRASE_PREPOSITIONS = (_PREPOSITIONS - _set("after as")) | _set("through")
_WH_WORDS = _set("why how when where who whom what which whether if")
_WONDER_NEXT = _WH_WORDS | _set("aloud , :")
#: "made me wonder", "left us wondering": the writer's own puzzlement
_FIRST_PERSON_OBJECTS = _set("me us i we you")
_OBJECT_STARTS = _set("the a an his her their its this these those that our my your")


#: speech verbs whose negation is itself a position ("did not deny", "never disputed")
_NEGATION_KEEPS = _set("deny denies denied denying dispute disputes disputed disputing")


#: requests whose negation still states what the speaker wants
_REQUESTS = _set("asking demanding requesting urging pleading begging")


_SAY_FORMS = _set("say says said saying")


def _negated_speech(toks: Sequence[Token], i: int, j: int) -> bool:
    """Is the speech verb at ``toks[i:j]`` negated, so that it reports nothing? "The mayor
    did not explain his vote", "She never said the bridge was unsafe", "He didn't mention the
    audit". A question after it ("did not say why") is a response status, found elsewhere; a
    belief ("does not believe") and a denial ("did not deny") still hold a position."""
    w = toks[i].lower
    if w not in _words("attribution_speech") or w in _NEGATION_KEEPS:
        return False
    if j < len(toks) and toks[j].lower == "nothing" and w in _SAY_FORMS:
        after = toks[j + 1].lower if j + 1 < len(toks) else ""
        return after not in _FINITE and after not in _MODALS  # "said nothing about it" (not "said nothing had changed")
    k = i - 1
    while k > 0 and _adverb(toks[k]):
        k -= 1  # "did not publicly explain"
    if k < 0 or not (toks[k].lower in ("not", "never", "n't") or toks[k].lower.endswith(_NEGATED_AUX_ENDINGS)):
        return False
    if w.endswith("ing"):
        if w in _REQUESTS:
            return False  # "We are not asking for a refund": a position, like "did not deny"
        # only a progressive: "I'm not suggesting she lied", "he isn't claiming fraud"; not
        # "by not saying", "without ever claiming"
        be = toks[k].lower if toks[k].lower.endswith(_NEGATED_AUX_ENDINGS) else (toks[k - 1].lower if k else "")
        contracted = be.endswith(("'m", "’m", "'re", "’re", "'s", "’s"))
        if not contracted and be.split("'")[0].split("’")[0] not in _BE_FORMS | _set("isn aren wasn weren ain"):
            return False
    nxt = toks[j].lower if j < len(toks) else ""
    return nxt not in _WH_WORDS


#: what a study's "it finds" or "it shows" reports without "that" ("It finds 52% of voters ...";
#: not "It found 40 bodies", a discovery)
_FINDING_AMOUNTS = _set("most many half nearly almost about more fewer few")


#: what is attacked with force, not with words ("attacked a convoy", "attacks on police stations")
_PHYSICAL_TARGETS = _set(
    "vessel vessels ship ships boat boats tanker tankers convoy convoys station stations post posts base bases "
    "village villages town towns positions troops soldiers camp camps hospital hospitals school schools refinery "
    "refineries plant plants airport airports market markets checkpoint checkpoints patrol patrols barracks "
    "outpost outposts embassy compound compounds pipeline pipelines meeting"
)


def _physical_target(toks: Sequence[Token], j: int) -> bool:
    """Is the object after an "attack" verb at ``toks[j:]`` something attacked with force? Looks at
    the six tokens after the verb (past determiners, numbers and modifiers), stopping at a clause
    break."""
    for k in range(j, min(len(toks), j + 6)):
        w = toks[k].lower
        if w in _PHYSICAL_TARGETS:
            return True
        if w in _NP_STOP or w in (",", "."):
            return False
    return False


#: verbs that criticise only in the political idiom "hit her rival over the tax plan", "knocked
#: Ruiz for skipping the vote"; otherwise a blow or a storm ("hit a parked car", "Storms hammered the
#: coast for three days", "ripped the sofa")
_BLOW_VERBS = _set(
    "hit hits hitting hammer hammers hammered hammering knock knocks knocked knocking bash bashes bashed bashing "
    "rip rips ripped ripping skewer skewers skewered skewering pound pounds pounded pounding"
)
#: personal pronouns as objects ("hit him over ...", "told us"); _OBJECT_PRONOUNS adds the press as hearers
_TARGET_PRONOUNS = _set("him her them me us you")
_FAULT_PREPS = _set("over for on about as")
_FAULT_NOT_AFTER = _set(
    "a an weekend week month year years past last next first second third fourth days hours minutes"
)
#: what a blow lands on or a span of time ("over the head", "for the weekend"), after "the" or "his"
_BLOW_LANDS = _set(
    "head heads face back neck chest arm arms leg legs body shoulder knee eye fence wall line ground weekend week "
    "month year past course season night first second third fourth fifth last same time way road street"
)


#: what a film, book or report does with its subject ("The documentary explores how ..."): speech
#: told by its topic for a work, not for a person ("doctors examined her", "the dog traced a path")
_WORK_VERBS = _set(
    "explores explored examines examined chronicles chronicled traces traced depicts depicted documents details"
)


#: works whose subject matter is told like speech ("The documentary explores how ...")
_WORK_NOUNS = _set(
    "film films documentary documentaries podcast podcasts episode episodes album albums exhibition exhibit novel "
    "novels series show"
)
_WORK_OBJECT_OPENERS = _set("how why what who whether that the a an his her their its")


def _work_subject(toks: Sequence[Token], i: int, j: int) -> bool:
    """Is the verb at ``toks[i:j]`` of ``_WORK_VERBS`` said of a work or a document right before it,
    with its subject matter after it ("The film documents how", "the audit details $2 million"; not
    "its budget documents, ...", "found traces of lead")?"""
    nxt = toks[j] if j < len(toks) else None
    if nxt is None or not (nxt.lower in _WORK_OBJECT_OPENERS or nxt.text[:1].isdigit() or nxt.text[:1] == "$"):
        return False
    if i > 0 and toks[i - 1].text in ("”", '"', "’", "''"):
        return True  # a title in quotation marks: '"Dry Season" documents how ...'
    heads = [toks[m].lower for m in (i - 1, i - 2) if m >= 0]
    if any(h in _lex("document_nouns") or h in _WORK_NOUNS for h in heads):
        return True
    # "A new documentary on the flood documents how": the head noun before the subject's preposition
    span = _np_left(toks, i, 8)
    if span is None:
        return False
    lead = next((m for m in range(span[0], span[1]) if toks[m].lower in _PREPOSITIONS), span[1]) - 1
    return lead >= span[0] and (toks[lead].lower in _lex("document_nouns") or toks[lead].lower in _WORK_NOUNS)


def _talk_verb(toks: Sequence[Token], i: int) -> bool:
    """Is "talks" or "talking" at ``i`` a verb with a speaker before it and a hearer or a topic
    after it ("Ruiz talks to the director about ...", "she is talking about the pools"), not the
    noun ("in early talks with", "coalition talks collapse")?"""
    nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
    if nxt not in ("to", "with", "about") or i + 2 >= len(toks) or not toks[i + 2].text[:1].isalnum():
        return False  # "the delay the auditor is talking about.": a stranded preposition, a relative clause
    prev = toks[i - 1] if i else None
    if prev is None:
        return False
    if toks[i].lower == "talking":
        return prev.lower in _BE_FORMS or prev.lower.endswith(("'s", "’s", "'re", "’re"))
    return _cap(prev) or prev.lower in _SUBJECT_PRONOUNS or prev.lower in _people_words()


def _instruction_after(toks: Sequence[Token], j: int) -> bool:
    """After "tell" ending at ``j``: a hearer and then "how to", "what to", "where to" ...?"""
    for k in range(j, min(len(toks) - 1, j + 4)):
        if toks[k].lower in _WH_WORDS and toks[k + 1].lower == "to":
            return k > j
        if toks[k].lower in _NP_STOP or not toks[k].text[:1].isalnum():
            return False
    return False


_RIVAL_WORDS = _set("rival rivals opponent opponents challenger challengers predecessor successor critics")


def _role_object_end(toks: Sequence[Token], j: int) -> int | None:
    """End of an object at ``toks[j:]`` that names a person or body by role: a determiner, at most
    one modifier and a people or organisation noun ("the governor", "his Democratic rival", "the
    county board"); None otherwise."""
    if j + 1 >= len(toks) or toks[j].lower not in ("the", "his", "her", "their", "its", "a"):
        return None
    for k in (j + 1, j + 2):
        w = toks[k].lower if k < len(toks) else ""
        if w in _people_words() or w in _lex("org_words") or w in _RIVAL_WORDS:
            return k + 1
    return None


def _criticism_target(toks: Sequence[Token], j: int) -> bool:
    """After a verb of ``_BLOW_VERBS`` ending at ``j``: a person or body (a name, "him", "the White
    House") and then what they are faulted for ("over her votes", "for skipping", "on trade")?
    "hit Texas on Friday", "hammered Florida for three days" and "hit the ball over the fence" are
    blows."""
    if j >= len(toks):
        return False
    k = j
    role = _role_object_end(toks, j)
    if toks[k].lower in _TARGET_PRONOUNS:
        k += 1
    elif role is not None:
        k = role  # "pounding the governor over ...", "knocked his rival for ..."
    else:
        if toks[k].lower == "the" and k + 1 < len(toks) and _cap(toks[k + 1]):
            k += 1
        if not _cap(toks[k]) or toks[k].lower in _DATE_WORDS:
            return False
        while (
            k < len(toks)
            and k < j + 5
            and (_cap(toks[k]) or toks[k].lower in ("'s", "’s", "."))
            and not (k > j and toks[k].lower in _FAULT_PREPS)  # a title-case headline: "Knocks Lind As A ..."
        ):
            k += 1
        if toks[k - 1].lower.endswith(("'s", "’s")):
            # "rips Blaylock's tariff plan as ...": the thing of theirs that is faulted
            end = min(len(toks), k + 3)
            while k < end and toks[k].lower not in _FAULT_PREPS and toks[k].text[:1].isalpha():
                k += 1
    if k + 1 < len(toks) and toks[k].text == ":" and toks[k + 1].text in _QUOTE_MARKS:
        return True  # a headline: "Lind Knocks Port Board: 'Stop Hiding the Audit'"
    if k + 1 >= len(toks) or toks[k].lower not in _FAULT_PREPS:
        return False
    after = toks[k + 1]
    if toks[k].lower == "as":
        # "rips the plan as 'a tax on every table'", "knocked Ruiz as a hypocrite"; not "hit Aleppo as
        # residents slept"
        return after.lower in ("a", "an") or after.text in _QUOTE_MARKS
    if after.lower in ("the", "his", "her", "their", "its") and k + 2 < len(toks) and toks[k + 2].lower in _BLOW_LANDS:
        return False
    return not (
        after.lower in _FAULT_NOT_AFTER
        or after.lower in _DATE_WORDS
        or after.lower in _NUMBER_WORDS
        or after.text[:1].isdigit()
    )


#: the small words of a reporter's credit line ("Ruiz reported from Harlow, and Okafor from Leeds")
_CREDIT_LINKS = _set("from and for in the reported ; , . –")


def _subject_after_opening(toks: Sequence[Token], j: int) -> tuple[int, int] | None:
    """The subject of the main clause after an opening phrase ending at a comma within 14
    words of ``j``: the words after the comma up to the first verb-like word, at most six.

    >>> toks = tokenize("In a speech in Dover on Friday, Hale laid out her plan.")
    >>> [t.text for t in toks[slice(*_subject_after_opening(toks, 3))]]
    ['Hale']
    """
    comma = next((m for m in range(j, min(len(toks), j + 14)) if toks[m].text == ","), None)
    if comma is None:
        return None
    a = comma + 1
    for k in range(a + 1, min(len(toks), a + 7)):
        if toks[k].lower in _NP_STOP or not toks[k].text[:1].isalnum():
            return None
        if _verb_like(toks, k) or toks[k].lower in _PAST_IRREGULAR_MORE:
            return (a, k)
    return None


def _participle_before(toks: Sequence[Token], i: int) -> int | None:
    """Index of a participle opening a clause after a comma, within eight words before the
    "and" at ``i - 1`` ("spoke for an hour, thanking the crews and saying ..."), else None."""
    return next(
        (
            m
            for m in range(i - 2, max(0, i - 10), -1)
            if toks[m].lower.endswith("ing") and toks[m].text.islower() and toks[m - 1].text == ","
        ),
        None,
    )


def _agent_of_participle(toks: Sequence[Token], by: int) -> bool:
    """Is ``toks[by]`` the "by" of a participle's agent ("records obtained by", "emails seen
    by"), so that the name after it ends the subject instead of modifying a noun?

    >>> toks = tokenize("Records obtained by the Ledger show it")
    >>> _agent_of_participle(toks, 2), _agent_of_participle(tokenize("hosted in the Ledger show"), 1)
    (True, False)
    """
    if by < 1 or toks[by].lower != "by":
        return False
    p = toks[by - 1]
    return p.text.islower() and (p.lower.endswith("ed") or p.lower in ("seen", "shown", "given", "kept", "drawn"))


#: works that someone writes without stating anything by it ("wrote the songs", "writes novels")
_CREATIVE_WORKS = _set(
    "song songs album albums music lyrics novel novels book books script scripts screenplay poem poems play "
    "plays opera symphony score code software memoir biography thesis dissertation"
)


def _creative_object(toks: Sequence[Token], j: int) -> bool:
    """Is the object after a writing verb at ``toks[j]`` a work ("most of the songs", "a novel")?"""
    k = j
    while (
        k < len(toks)
        and k < j + 5
        and (
            toks[k].lower in _DETERMINERS
            or toks[k].lower in ("most", "all", "many", "some", "of", "two", "three", "new")
        )
    ):
        k += 1
    return k < len(toks) and toks[k].lower in _CREATIVE_WORKS


#: the units an election count reports in ("precincts reporting")
_COUNT_UNITS = _set("precincts precinct districts wards constituencies counties polling stations booths")


#: speech verbs that report a claim after "to" in a purpose clause ("took to Facebook to accuse")
_PURPOSE_SPEECH = _set(
    "say claim accuse announce insist argue warn complain declare reveal blame allege assert suggest "
    "explain tout boast predict promise pledge vow dismiss criticise criticize attack slam defend "
    "demand urge lament concede acknowledge admit note stress reiterate tell thank praise "
    "mock apologise apologize contend maintain"
)
#: verbs of taking a platform that a purpose clause follows when the next word fits
_OCCASION_NEXT = {
    **dict.fromkeys(("took", "takes", "taking", "take"), ("to", "the")),  # "took to X", "took the stage"
    **dict.fromkeys(("went", "goes", "going", "go", "gone"), ("on", "before", "onto")),
    **dict.fromkeys(("appeared", "appears", "appearing", "appear"), ("on", "before", "at")),
    **dict.fromkeys(("came", "comes", "come"), ("forward", "out", "before")),
    **dict.fromkeys(
        ("turned", "turns", "turning", "stepped", "steps", "stepping", "rose", "rises"), ("to", "up", "in")
    ),
}
#: verbs whose object is the occasion or the channel ("held a news conference", "used the hearing")
_OCCASION_OBJECT_VERBS = _set(
    "held holds holding hold called calls calling convened convenes staged gave gives giving give issued "
    "issues issuing issue released releases posted posts posting post published recorded sent sends "
    "sending send used uses using use"
)
_OCCASION_NOUNS = _set(
    "conference briefing rally speech address statement interview video post letter op-ed call calls "
    "meeting hearing session debate testimony podcast show account page feed platform column remarks "
    "appearance message tweet email memo sermon livestream opportunity occasion moment minutes time "
    "reporters journalists stage floor podium microphone airwaves lectern"
)
#: verbs that take a purpose clause with anybody or nothing between ("called her to concede")
_OCCASION_ANY = _set("interrupted interrupts paused pauses stopped stops phoned phones rang texted emailed telephoned")


def _infinitive_to(toks: Sequence[Token], i: int) -> int | None:
    """Position of the "to" of an infinitive whose verb is ``toks[i]`` ("to accuse", or split:
    "to formally accuse"), or None."""
    prev = toks[i - 1].lower if i else ""
    if prev == "to":
        return i - 1
    if prev.endswith("ly") and i > 1 and toks[i - 2].lower == "to" and prev not in ("only", "early"):
        return i - 2
    return None


def _purpose_occasion(toks: Sequence[Token], to: int) -> int | None:
    """The verb of taking a platform that the infinitive at ``toks[to]`` ("to") is the purpose of,
    or None: "took to Facebook late Tuesday to accuse", "went on local radio to claim", "held a
    news conference to insist", "called reporters to her office to announce", "called her to
    concede". Not "called on the council to announce" (an appeal), "used to say" (a habit),
    "went on to say" (handled as its own phrase) or "plans to announce" (nothing said yet).

    >>> toks = tokenize("Hale took to Facebook late Tuesday to accuse the county")
    >>> toks[_purpose_occasion(toks, 6)].text
    'took'
    """
    for m in range(to - 1, max(-1, to - 11), -1):
        w = toks[m].lower
        if w in _CLAUSE_STOP or w in (",", "and", "but", "or", "who", "which", "that", "because", "if", "when"):
            return None
        nxt = toks[m + 1].lower
        if w in _OCCASION_NEXT:
            if nxt not in _OCCASION_NEXT[w] or (
                w in ("took", "takes", "taking", "take") and nxt == "the" and toks[m + 2].lower not in _OCCASION_NOUNS
            ):
                return None
            if nxt == "on" and m + 2 == to:
                return None  # "went on to say"
            return m
        if w in _OCCASION_OBJECT_VERBS:
            if m + 1 == to or nxt in ("on", "for", "upon", "off"):
                return None  # "used to say", "called on the council to", "called for"
            occasion = w.startswith("call") or any(toks[k].lower in _OCCASION_NOUNS for k in range(m + 1, to))
            return m if occasion else None
        if w in _OCCASION_ANY:
            return m
    return None


#: words that may open what a record lists ("lists only three deaths", "listed him as questionable")
_LISTED_OPENERS = _set(
    "him her them it only just no none several more fewer all both each every about nearly almost at roughly some"
)


#: what follows a headline's reduced passive: where or when it happened, not a clause it says
_REDUCED_PASSIVE_NEXT = _set("at in on after among across near amid inside aboard outside during following for")


#: auxiliaries that open a question when they come before their subject ("Can you confirm ...?")
_QUESTION_AUX = _set("do does did can could would will should shall is are was were have has had may might must")


def _inverted_question(toks: Sequence[Token], i: int) -> bool:
    """Is the verb at ``i`` asked about in a question whose auxiliary comes before the subject?

    >>> _inverted_question(tokenize("Can you confirm that?"), 2)
    True
    >>> _inverted_question(tokenize("Where does the prosecution think she will go?"), 4)
    True
    >>> _inverted_question(tokenize("The mayor said it would rain, didn't she?"), 2)
    False
    """
    last = next((t.text for t in reversed(toks) if t.text not in _QUOTE_MARKS), "")
    if last != "?":
        return False
    for k in range(max(0, i - 5), i - 1):
        if toks[k].lower not in _QUESTION_AUX:
            continue
        opens = k == 0 or toks[k - 1].lower in _WH_WORDS or toks[k - 1].text in _QUOTE_MARKS
        opens = opens or toks[k - 1].text in (",", ":", ";", "—") or toks[k - 1].lower in ("and", "but", "so", "then")
        between = toks[k + 1 : i]
        if opens and all(t.text[:1].isalpha() and t.lower not in _QUESTION_AUX for t in between):
            return True
    return False


#: verbs that are a retort only with "back" and something said after or before them
_RETORT_VERBS = _set("shot shoots fired fires hit hits")


def _retort(toks: Sequence[Token], i: int, j: int) -> bool:
    """Is "shot back", "fired back" or "hit back" at ``toks[i:j]`` a spoken retort? Only with what
    was said: a "that" clause, a colon or a quotation after it, or a quotation before it ending
    the sentence ("'Nonsense,' Hale shot back.").

    >>> _retort(tokenize("Hale shot back that the deal was signed"), 1, 3)
    True
    >>> _retort(tokenize("Police fired back after the gunman opened fire"), 1, 3)
    False
    """
    nxt = toks[j].text if j < len(toks) else ""
    if nxt.lower() == "that" or nxt == ":" or nxt in _QUOTE_MARKS:
        return True
    ends = j == len(toks) or (nxt in (".", "!") and j + 1 == len(toks))
    return ends and any(t.text in _QUOTE_MARKS for t in toks[:i])


def _headline_end_noun(toks: Sequence[Token], i: int) -> bool:
    """Is the reporting word at ``i`` a noun closing a headline's prepositional phrase
    ("in market blast", "after council vote")?

    >>> _headline_end_noun(tokenize("Dozens killed in market blast"), 4)
    True
    >>> _headline_end_noun(tokenize("Bridge to shut, engineers say"), 4)
    False
    """
    w = toks[i].lower
    return (
        (w in _NOUN_VERB or w in ("blast", "slam", "rap", "boast", "vow", "pledge", "plea"))
        and not w.endswith(("s", "ed", "ing"))
        and i > 1
        and toks[i - 2].lower in _PREPOSITIONS
        and toks[i - 2].lower != "as"
        and toks[i - 1].text.isalpha()
        and toks[i - 1].text.islower()
        and (i + 1 == len(toks) or not toks[i + 1].text[:1].isalnum())
    )


def _headline_reduced_passive(toks: Sequence[Token], i: int) -> bool:
    """Is the past participle at ``i`` a headline's passive with its "was" dropped?

    Headlines write "Measles case confirmed at school" for "a measles case was confirmed":
    the subject is what was confirmed, not who confirmed it. A place or time follows, and
    nothing the verb could report ("that", a quotation, a colon) comes after it.

    >>> _headline_reduced_passive(tokenize("Measles case confirmed at Dunmore school"), 2)
    True
    >>> _headline_reduced_passive(tokenize("Mayor confirmed in a post that she will run"), 1)
    False
    """
    w = toks[i]
    if not (w.lower.endswith("ed") or w.lower == "found") or not w.text.islower() or i == 0:
        return False
    prev = toks[i - 1].lower
    if not prev.replace("-", "").isalnum() or prev in _BE or prev in _HAVE or prev in _SUBJECT_PRONOUNS:
        return False
    if prev in ("who", "that", "which", "and", "also", "not", "never"):
        return False
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1].lower
    if nxt not in _REDUCED_PASSIVE_NEXT and not (
        nxt in ("dead", "missing", "injured", "killed", "hurt", "wounded", "trapped") and w.lower == "reported"
    ):
        return False  # "Dozens reported killed": reported as dead, missing or hurt
    if any(t.lower == "that" or t.text in _QUOTE_MARKS or t.text == ":" for t in toks[i + 1 :]):
        return False
    # "people briefed on the talks say": a participle before the verb of its own clause that reports
    words = _reporting_words()
    for k in range(i + 1, len(toks)):
        if toks[k].text in (",", ";", "—", "–"):
            return True
        if toks[k].lower in words and not _headline_end_noun(toks, k):
            return False
    return True


class _At(NamedTuple):
    """A reporting-word match ``toks[i:j]`` with the words either side, as the verb rules read it."""

    toks: Sequence[Token]
    i: int
    j: int
    w: str  # the match's first word, lower-cased
    prev: str  # the word before it, "" at the start of the sentence
    nxt: str  # the word after it, "" at the end


# Each verb rule below reads one match and answers True (a verb that reports), False (not a
# report: a noun, a name, a passive, a modifier, another sense of the word) or None (no
# opinion; ask the next rule). :data:`_VERB_RULES` runs them in order; a run of rules that
# only ever answer False could run in any order, but a rule that can answer True must stay
# after the rules that overrule it.


def _singular_noun_use(at: _At) -> bool | None:
    """A base form inside a singular noun phrase, or a report noun after a possessive.

    "an accounting dispute", "a price claim", "her Instagram post", "Friday's jobs report
    for signs", "below analysts' estimates." (not "Users on Reddit claim").
    """
    toks, i, j, w, nxt = at.toks, at.i, at.j, at.w, at.nxt
    base_form = j == i + 1 and not w.endswith(("s", "ed", "ing")) and bool({w + "s", w + "es"} & _reporting_words())
    if base_form and (
        (
            i > 1
            and toks[i - 2].lower in ("a", "an", "one", "another", "each", "every")
            and toks[i - 1].text.replace("-", "").isalpha()
            and (toks[i - 1].text.islower() or toks[i - 1].lower in _PLATFORMS)
            and not (i > 2 and toks[i - 3].lower in _PERCEPTION_VERBS)
            and toks[i - 1].lower not in ("moment", "second", "minute", "while", "time", "way", "sense")
        )
        or (
            i > 1
            and toks[i - 1].lower in _PLATFORMS
            and (
                toks[i - 2].lower in ("a", "an", "the", "his", "her", "their", "its", "my", "our", "your", "this")
                or toks[i - 2].lower.endswith(("'s", "’s"))
            )
        )
    ):
        return False
    if (
        w in _NOUN_REPORTS
        and j == i + 1
        and (
            _possessive_before(toks, i)
            or (i > 1 and _possessive(toks[i - 2]) and toks[i - 1].text.isalpha() and toks[i - 1].text.islower())
        )
        and (nxt in _PREPOSITIONS or nxt in _BE or nxt in (",", ".", ";", ")", "") or nxt in _FINDING_VERBS)
    ):
        return False
    return None


#: words that open the speaker after a sentence-opening "Said" ("Said one aide:", "Says her lawyer")
_INVERTED_SPEAKER_OPENERS = _set("the a an one another two three several some many his her their its former")


def _sentence_opening_verb(at: _At) -> bool | None:
    """A one-word match that opens the sentence reports only as "Said the coach: ..." or
    "Says Ms. Ruiz", with the speaker after it."""
    toks, j = at.toks, at.j
    if at.i == 0 and j == 1:
        return (
            at.w in ("said", "says")
            and j < len(toks)
            and (_cap(toks[j]) or toks[j].lower in _INVERTED_SPEAKER_OPENERS)  # "Said one GOP aide: ..."
        )
    return None


#: words before "promising" that make it an adjective ("looked promising", "very promising")
_PROMISING_ADJ_PREV = _set(
    "look looks looked looking seem seems seemed sound sounds sounded appear appears appeared remain remains "
    "remained very most more less quite highly particularly especially so too fairly pretty"
)


def _amount_start(text: str) -> bool:
    """Does ``text`` open a number or a sum ("41,200", "$2.4", "£500m")?"""
    return text[:1].isdigit() or text[:1] in "$£€"


#: what may open a figure after "at": "put the toll at about 40", "at more than $2 million"
_FIGURE_LEADS = _set("about around roughly nearly some more less fewer between under over close almost just least up")


def _put_at_figure(at: _At) -> bool | None:
    """The verb "put" reports only as an estimate, with a figure after "at" within the clause: "Census
    figures put the county's population at 41,200", "the budget office puts the saving at
    $2.4 million a year"; or as a cause given, "puts the failure down to a batch of filters";
    or a standing a poll gives, "The same average puts Prewitt ahead in Arizona"; "put pressure on
    the council", "His goal put the team ahead" and "put it simply" report nothing."""
    toks, i, j, w, _prev, _nxt = at
    if j != i + 1 or w not in ("put", "puts"):
        return None
    polled = any(t.lower in _STANDING_SOURCES for t in toks[max(0, i - 6) : i])
    for k in range(j, min(len(toks) - 1, j + 10)):
        t = toks[k].lower
        if t == "down" and toks[k + 1].lower == "to" and k > j:
            return None  # "Ouellette puts the split down to newcomers": a cause she gives
        if polled and k > j and (t in ("ahead", "behind", "level") or (t == "in" and toks[k + 1].lower == "front")):
            return None  # "The same average puts Prewitt ahead in Arizona": a standing the poll gives
        if t in _PUT_PLACES or t in (".", ";", ":", "and", "but", "that", "which"):
            break  # "put pressure on the council", "put the phone down": a place, not a figure
        if t == "at":
            n = toks[k + 1]
            after = toks[k + 2].lower if k + 2 < len(toks) else ""
            if ":" in n.text or after in _CLOCK_WORDS:
                break  # "at 3 p.m.", "at 9:30": a time
            if _amount_start(n.text) or n.lower in _FIGURE_LEADS:
                return None
    return False


#: what puts a candidate ahead or behind by its count ("Second survey puts Hale narrowly in front")
_STANDING_SOURCES = _set("poll polls survey surveys average averages model forecast count tally projection")
#: particles and prepositions that make "put" place something ("put it on hold", "put off")
_PUT_PLACES = _set(
    "on onto in into to behind through down up off out away back aside forward together under over before ahead"
)
_CLOCK_WORDS = _set("a.m. p.m. am pm o'clock a.m p.m")


#: verbs that report only with a record as their subject ("Voter records list her as
#: unaffiliated", "The results give the wind as 1.4")
_RECORD_VERBS = _set("list rank ranks give gives")
#: verbs that take "ranks" as their object ("break ranks", "closed ranks", "joined the ranks")
_RANKS_TAKEN = _set(
    "break breaks broke broken breaking close closes closed closing join joins joined joining swell swelled"
)


def _record_verb(at: _At) -> bool | None:
    """Words that report only when a record is their subject: "County voter records list her
    as unaffiliated", "The agency's annual report ranks it last", "The official results give the
    tailwind as 1.4 metres per second"; "We list our prices" and "give it time" report nothing."""
    toks, i, j, w, prev, _nxt = at
    if j != i + 1 or w not in _RECORD_VERBS:
        return None
    if prev in _RANKS_TAKEN or not _document_subject(toks, i):  # "two moderates break ranks"
        return False
    if w in ("give", "gives") and _as_after(toks, j) is None:
        return False
    return None


#: what may open a count after "counted": "counted more than 300 lorries", "counted about 40"
_COUNT_LEADS = _set("more fewer less about roughly nearly some only just at around over almost close")


def _counted_figure(at: _At) -> bool | None:
    """ "counted" reports a count only with the figure after it: "A Ledger reporter counted about
    40 protesters", "A volunteer medic at the scene counted 14 wounded children", "The annual
    report counted 41,000 visits"; "every vote counted", "counted on her" and the passive
    "ballots were counted" report nothing."""
    toks, i, j, w, prev, _nxt = at
    if j != i + 1 or w not in ("counted", "counts"):
        return None
    if prev in _BE or prev in ("been", "i", "we"):
        return False  # "We counted 23 tents": the outlet's own observation, found as such
    for t in toks[j : j + 3]:
        if t.text[:1].isdigit():
            return None
        if t.lower not in _COUNT_LEADS and t.lower not in ("than", "least", "to"):
            return False
    return False


def _skip_adverbs_back(toks: Sequence[Token], b: int, words: Collection[str]) -> int:
    """Index of the first word at or before ``b`` that is neither an -ly word nor one of
    ``words``, stopping at the sentence's second word ("had consistently shown", "was later
    identified")."""
    while b > 0 and (toks[b].lower.endswith("ly") or toks[b].lower in words):
        b -= 1
    return b


def _shown_perfect(at: _At) -> bool | None:
    """ "shown" reports only in a perfect: "Studies have shown that", "Polls had shown her
    trailing"; "Records shown to the jury" and "the data, shown below" are participles."""
    toks, i, j, w, _prev, _nxt = at
    if j != i + 1 or w != "shown":
        return None
    b = _skip_adverbs_back(toks, i - 1, ("also", "long", "already", "repeatedly"))
    return None if b >= 0 and toks[b].lower in ("have", "has", "had", "'ve", "’ve", "having") else False


def _identified_as_name(at: _At) -> bool | None:
    """ "identified" reports only an identity given by name: "Police identified the man as Dale
    Corrigan, 44"; "Researchers identified three risk factors" and "identified with the
    movement" report nothing."""
    toks, i, j, w, _prev, _nxt = at
    if j != i + 1 or w not in ("identified", "identifies"):
        return None
    # "The man was later identified in court records as ...", a passive, is left to _passive_or_object
    k = _as_after(toks, j)
    if k is not None and k + 1 < len(toks) and k - j <= 6 and _cap(toks[k + 1]):
        return None
    return False


def _other_sense(at: _At) -> bool | None:
    """The word in a sense that reports nothing: a command, a credit, making a work, a count's
    progress, a blow, an assault, a sum, a criminal charge, a row, a comparison.

    "Believe me.", "Ruiz reported from Harlow, and Okafor from Leeds.", "The singer wrote most
    of the songs", "with 90 percent of precincts reporting", "Storms hammered the coast", "in
    talks with", "told us what to buy", "has attacked dozens of merchant vessels", "waiting
    lists grew", "The Courier can reveal that P" (the outlet's own voice, GUIDE Round 13),
    "the fees added up", "Man charged in garage fire", "Police fired back", "argued with the
    referee", "while the legal fight continues", "up 46%, compared with 12% last year", "charges
    fees of up to 22%", "the defending champion".
    """
    toks, i, j, w, prev, nxt = at
    if j == i + 1 and _imperative_at(toks, i):
        return False
    if w == "reported" and nxt == "from" and all(_cap(x) or x.lower in _CREDIT_LINKS for x in toks[j + 1 :]):
        return False
    if w in ("wrote", "writes", "write", "writing") and _creative_object(toks, j):
        return False
    if w == "reporting" and prev in _COUNT_UNITS:
        return False
    if w in _BLOW_VERBS and not _criticism_target(toks, j):
        return False
    if w in _WORK_VERBS and not _work_subject(toks, i, j):
        return False  # "The film documents how ...", "the report examines why ..."; not "doctors examined her"
    if w in ("talks", "talking") and not _talk_verb(toks, i):
        return False  # also "coalition talks collapse", "nobody is talking about it"
    if w in ("tell", "tells", "told", "telling") and _instruction_after(toks, j):
        return False
    if w.startswith("attack") and _physical_target(toks, j):
        return False
    if w in ("list", "lists", "listed") and not (
        nxt[:1].isdigit()
        or nxt in _DETERMINERS
        or nxt in _LISTED_OPENERS
        or nxt in _QUOTE_MARKS
        or (j < len(toks) and _cap(toks[j]))
    ):
        return False  # also "listed in London in 1998", "listed at Grade II"
    if w == "reveal" and prev == "can":
        return False
    if w == "promising" and (nxt in (".", ",", ";", "!", "?", "and", "but", "for", "") or prev in _PROMISING_ADJ_PREV):
        return False  # "the data looked promising", "The results are promising.": hopeful, not a pledge
    if w in ("add", "adds", "added", "adding") and j == i + 1 and nxt == "up":
        return False
    if (
        w == "charged"
        and j == i + 1
        and nxt in ("in", "with", "over")
        and prev not in ("and", ",", "who")
        and not _channel_after(toks, j, documents=True)
    ):
        return False  # also "was charged with arson"
    if j == i + 2 and toks[i + 1].lower == "back" and w in _RETORT_VERBS and not _retort(toks, i, j):
        return False
    if (
        w in ("argue", "argues", "argued", "arguing", "quarrel", "quarrelled", "quarreled", "quarreling")
        and j == i + 1
        and nxt in ("with", "over", "about", "outside")
        and not any(t.lower in ("that", ":") or t.lower in _QUOTE_MARKS for t in toks[j : j + 12])
    ):
        return False  # also "the pair arguing over money"
    if (
        w in ("continue", "continues", "continued", "continuing")
        and nxt != ":"
        and not any(t.lower in _QUOTE_MARKS for t in toks)
    ):
        return False  # "continued" reports only a quotation going on
    if w == "compared" and j == i + 1 and nxt in ("with", "to"):
        return False
    if w in ("charge", "charges", "charging") and j == i + 1 and _price_after(toks, j):
        return False  # "The company charges fees of up to 22%", "charge customers $20": a price
    if w == "defending" and nxt in _TITLES_DEFENDED:
        return False  # "the defending champion": a title held
    if (
        w == "reporting"
        and nxt == "by"
        and all(t.lower in ("(", "[", "additional", "further", "and") for t in toks[:i])
    ):
        return False  # "(Additional reporting by ...; Editing by ...)": a credit
    if w == "thank" and nxt in ("you", "god", "goodness", "heavens", "everyone", "everybody", "all", "both"):
        return False  # "Thank you for coming in", "thank God": courtesy, nothing reported
    if w == "posted" and prev == "you" and i > 1 and toks[i - 2].lower in ("keep", "keeps", "kept", "keeping"):
        return False  # "We'll keep you posted"
    if w in ("writes", "write") and j == i + 1 and (nxt == "about" or _column_after(toks, j)):
        return False  # "Kenshaw writes about Port Ardley on Tuesdays", "writes the Markets Desk column"
    if (
        w in ("feel", "feels", "felt", "feeling")
        and j == i + 1
        and (nxt in _FEELINGS or (nxt.endswith("ed") and nxt not in ("confident", "convinced")))
        and not any(t.lower == "that" for t in toks[j + 1 : j + 4])
    ):
        return False  # "residents feel stung by the decision", "parents felt ignored": a feeling, no proposition
    return None


#: what one may feel with nothing held true (GUIDE Round 16: "are worried" with no complement)
_FEELINGS = _set(
    "stung hurt angry upset sad proud happy glad safe unsafe uneasy nervous anxious scared afraid "
    "bad good great awful terrible lucky grateful welcome let betrayed cheated abandoned ignored"
)


def _column_after(toks: Sequence[Token], j: int) -> bool:
    """Does a regular feature follow within six words, with nothing reported after it ("writes
    the Markets Desk column every Wednesday", "writes a weekly newsletter")?"""
    window = [t.lower for t in toks[j : j + 8]]
    return any(w in ("column", "newsletter") for w in window[:6]) and not any(
        w == "that" or w in _QUOTE_MARKS or w == ":" for w in window
    )


#: what a "defending" holder holds ("the defending champion", "defending titleholders")
_TITLES_DEFENDED = _set("champion champions titleholder titleholders title winner winners holder holders")
#: what may be charged as a price ("charges fees of", "charge customers 3%", "charges rent")
_PRICE_WORDS = _set(
    "fee fees rent rents interest customers borrowers buyers drivers users members passengers tenants "
    "patients students premium premiums per tolls toll tuition commission prices"
)


def _price_after(toks: Sequence[Token], j: int) -> bool:
    """Is what follows a price: an amount or a fee, within three words ("charges a transfer fee",
    "charged $69.99", "charge customers per minute")?"""
    for t in toks[j : j + 4]:
        if _amount_start(t.text) or t.lower in _PRICE_WORDS:
            return True
        if t.lower in ("that", "with", ",", "."):
            return False
    return False


def _headline_participle(at: _At) -> bool | None:
    """In a headline, a bare participle is a reduced passive or a noun after its modifier:
    "Measles case confirmed at school" (the case speaks not), "Dozens killed in market blast"."""
    headline_word = _HEADLINE.get() and at.j == at.i + 1
    if headline_word and (_headline_reduced_passive(at.toks, at.i) or _headline_end_noun(at.toks, at.i)):
        return False
    return None


def _infinitive(at: _At) -> bool | None:
    """A verb after "to" reports nothing yet ("wants to discuss", "plans to announce"), except a
    hedged speech act ("appeared to suggest"), an eager or habitual one ("was quick to point
    out", "likes to say"), a platform taken to speak ("took to Facebook to accuse") and a
    stranded "to" ("Builders I've spoken to reckon ..."). A split infinitive ("to formally
    confirm") is read from its adverb."""
    toks, i, _, w, _, nxt = at
    to_at = _infinitive_to(toks, i)
    if to_at is None:
        return None
    i = to_at + 1
    if w in _PURPOSE_SPEECH and _purpose_occasion(toks, i - 1) is not None:
        return True
    before = toks[i - 2].lower if i > 1 else ""
    if before in ("spoken", "talked", "speak", "talk", "listened"):
        return True
    eager = (before in _EAGER and i > 2 and toks[i - 3].lower in ("was", "were")) or (
        before in _HABIT
        and w in ("say", "claim", "argue", "point", "joke", "insist", "boast", "tell")
        and nxt not in (".", "!", "?", "")
    )
    if before in _SEEM and w in _EVIDENCE_VERBS:
        # "Video shared online appeared to show fires": an item that shows, hedged; a person who
        # "appeared to show frustration" reports nothing
        shower = _np_left(toks, i)
        return shower is not None and any(
            t.lower in _lex("document_nouns") or t.lower in _PASSED_ON_ITEMS
            for t in toks[shower[0] : min(shower[0] + 3, shower[1])]
        )
    return (
        (before in _SEEM or eager)
        and w not in _FINDING_VERBS
        and w not in ("confirm", "know", "indicate", "reflect", "depict")
    )


def _nothing_said(at: _At) -> bool | None:
    """Speaking with nothing reported, a source named after "from", a modifier of a message
    inside a phrase, a wish.

    "She spoke to reporters", "The land is already spoken for", "as we learned from the
    minutes" (the minutes are the source, see :func:`_learned_from`), "In a blog post
    published Tuesday, ...", "spread in a post viewed 2 million times", "I hope in May the
    voters say ..." (nobody has said it).
    """
    toks, i, j, w, prev, nxt = at
    if w in _SPEAK_VERBS and not any(t.lower in _SPEAK_CONTENT or t.lower in _QUOTE_MARKS for t in toks[i + 1 : j + 6]):
        return False
    if w == "spoken" and nxt == "for":
        return False
    if w in _LEARN_VERBS and nxt == "from" and _learned_from(toks[i : j + 10]):
        return False
    if j == i + 1 and w.endswith("ed") and i > 1 and _message_noun(prev):
        k = i - 1
        while k > 0 and toks[k - 1].lower not in _NP_STOP and toks[k - 1].lower != ",":
            k -= 1
        if toks[k].lower in _PHRASE_PREPOSITIONS or (
            toks[i - 2].lower in _DETERMINERS and i > 2 and toks[i - 3].lower in _PHRASE_PREPOSITIONS
        ):
            return False
    for k in range(i - 1, max(0, i - 9), -1):
        if toks[k].lower in _NP_STOP or toks[k].text in (",", "."):
            break
        if toks[k].lower in _WISH_VERBS and k > 0 and toks[k - 1].lower in ("i", "we"):
            return False
    return None


def _wonder_question_go_on(at: _At) -> bool | None:
    """Three words read by their own pattern.

    "Analysts wondered whether ...", "Some asked aloud" (not "No wonder the ...", "the wonders
    of"); "Critics question the timing" (a verb after its subject and before its object; not
    "the question is", "questions remain", "raised questions about"); "went on to say", "went
    on: ..." and '"It was a mistake," she went on.' report speech, "went on painting" and
    "went on to win" do not.
    """
    toks, i, j, w, prev, nxt = at
    if w in ("wonder", "wonders", "wondered", "wondering"):
        return (nxt in _WONDER_NEXT or nxt in _QUOTE_MARKS) and prev not in _FIRST_PERSON_OBJECTS
    if w in ("question", "questions"):
        subject = (
            prev in _SUBJECT_PRONOUNS
            or prev in ("others", "some", "many")
            or (i > 0 and (_cap(toks[i - 1]) or (prev.endswith("s") and prev.isalpha() and toks[i - 1].text.islower())))
        )
        return subject and prev not in _DETERMINERS and (nxt in _WH_WORDS or nxt in _OBJECT_STARTS)
    if w in ("went", "goes", "go", "going") and j == i + 2 and toks[i + 1].lower == "on":
        after = toks[j + 1].lower if j + 1 < len(toks) else ""
        quoted = any(t.lower in _QUOTE_MARKS for t in toks[:i])
        return (
            nxt in (":", "that")
            or nxt in _QUOTE_MARKS
            or (nxt in (",", ".", "") and quoted)
            or (nxt == "to" and after in _lex("attribution_speech"))
        )
    return None


def _not_a_view(at: _At) -> bool | None:
    """Senses of reporting words that state no view: painting a coast, a state, a sighting, an
    adjective, thinking of someone, a skill, a defence in court, a practice.

    "painting the coast" (but "painted him as a liar" characterises), "a Kurdish state, which",
    "astronomers observed a comet" (but "as Hale observed, ..."), "tired but informed.", "Thank
    you for thinking of us", "She knows how to win", "pleaded the Fifth", "the habit of
    questioning". "pleaded not guilty" stays a report: a plea is the defendant's formal answer
    in court (GUIDE Round 12: a not-guilty plea is a denial, a claim on the record).
    """
    toks, i, j, w, prev, nxt = at
    if w in ("paint", "paints", "painted", "painting") and not any(t.lower == "as" for t in toks[j : j + 10]):
        return False
    if (
        w in ("state", "states")
        and i > 1
        and _cap(toks[i - 1])
        and (not nxt[:1].isalnum() or nxt in ("which", "who", "and", "or"))
    ):
        return False  # also "New York state, for their part"
    if w in ("observed", "observes") and not (nxt in ("that", ",", ".", ";", "") or nxt in _QUOTE_MARKS):
        return False
    if w == "informed" and (not nxt[:1].isalnum() or nxt in ("enough", "about", "on", "and", "or")):
        return False  # also "well informed about"
    if w in ("think", "thinks", "thinking", "thought") and nxt in ("of", "about"):
        return False  # also "are thinking about a move"
    if w in ("know", "knows", "knew") and nxt == "how" and j + 1 < len(toks) and toks[j + 1].lower == "to":
        return False
    if w.startswith("plead") and nxt in ("the", "insanity", "ignorance"):
        return False
    if w.endswith("ing") and prev == "of" and j == i + 1:
        return False  # also "the practice of saying"
    return None


def _modifier_use(at: _At) -> bool | None:
    """A participle or noun that modifies or names rather than reports.

    "barring suspected smugglers", "for alleged fraud", 'in a box labeled "reason"', "firms
    reporting losses would pay less", "doubt remains", "thanked for her newly announced park
    plan", "Having said that, ...", "should have complained" (what did not or may have
    happened).
    """
    toks, i, j, w, prev, nxt = at
    if w in _ADJECTIVE_PARTICIPLES and _adjective_participle(toks, i):
        return False
    if (
        w in _NAMING_MARKS
        and nxt in _QUOTE_MARKS
        and i > 1
        and toks[i - 1].text.isalpha()
        and toks[i - 1].text.islower()
        and toks[i - 2].lower in ("a", "an", "the", "each", "every")
    ):
        return False
    if w == "reporting" and nxt in _FINANCIAL_RESULTS and prev.isalpha() and toks[i - 1].text.islower():
        return False  # filing results, nobody reporting a claim
    if w in ("doubt", "doubts") and nxt in _DOUBT_AS_NOUN:
        return False  # also "doubts about the plan"
    if j == i + 1 and w.endswith("ed") and _attributive_participle(toks, i):
        return False
    if w == "said" and prev == "having" and nxt == "that" and j + 1 < len(toks) and toks[j + 1].lower == ",":
        return False
    if prev == "have" and i > 1 and toks[i - 2].lower in _MODALS:
        return False
    return None


def _name_use(at: _At) -> bool | None:
    """The word as a noun after a determiner and a name, or capitalised inside a name.

    "in a Facebook post, ...", "after the Senate vote", "dismissed the Kremlin claims as" (but
    "by The Ledger found that", "as the Herald reports, ...", "Records obtained by the Ledger
    show"); "Warns Street" (but "..., Union Says" in a title-case headline; "Firm Said to Weigh
    Sale" is agentless).
    """
    toks, i, _, w, prev, nxt = at
    d = i - 1  # the determiner before a run of capitalised words ("the Harbour Board claims")
    while d > 0 and _cap(toks[d]) and i - d <= 4:
        d -= 1
    if (
        w in _NOUN_VERB
        # a past form is no noun ("Data from the Labor Department showed"), but "published" after a
        # name is a participle ("an interview with the Gazette published Sunday")
        and not (w.endswith("ed") and w != "published")
        and 0 < d < i - 1
        and toks[d].lower in _DETERMINERS
        and not _agent_of_participle(toks, d - 1)
        and (
            # after a preposition only one capitalised word: "data published by the Water
            # Department shows" ends its subject with a longer name
            (toks[d - 1].lower in _PREPOSITIONS and (d == i - 2 or toks[d - 1].lower not in ("by", "of")))
            or toks[d - 1].lower in _TAKES_OBJECT
            or (toks[d - 1].text.endswith("ed") and toks[d - 1].text.islower())
        )
        and nxt not in ("that", ":")
        and not (nxt == "," and toks[d - 1].lower == "as")
        and nxt not in _QUOTE_MARKS
        # "Filings with the Federal Election Commission show": records held by a body, not a show
        and not (w in _FINDING_VERBS and _document_subject(toks, i))
    ):
        return False
    if (
        i > 0
        and _cap(toks[i])
        and prev not in _QUOTE_MARKS
        and not (w in _HEADLINE_VERBS and nxt != "to" and _title_case(toks) and _headline_subject_agrees(w, prev))
    ):
        return False
    return None


def _interest_or_suspect(at: _At) -> bool | None:
    """ "two firms expressed an interest in the site" (a wish to act, no proposition); "the
    prime suspect fled" (a noun)."""
    if at.w == "expressed" and _object_ahead(at.toks, at.i, ("interest",)):
        return False
    if at.w in ("suspect", "suspects") and at.prev in _SUSPECT_NOUN_PREV:
        return False
    return None


def _respond(at: _At) -> bool | None:
    """ "responded to the allegations", "responded to Vance" answer someone; "did not respond
    to treatment" does not speak."""
    if at.w.startswith("respond") and at.nxt == "to":
        if _negated_speech(at.toks, at.i, at.j):
            return None  # "has not responded to the allegations": a response status, not an answer
        named = any(_cap(t) for t in _words_ahead(at.toks, at.j, 4))
        return named or _object_ahead(at.toks, at.j, _MESSAGE_OBJECTS | _CRITIQUE_OBJECTS)
    return None


def _finding_to_come(at: _At) -> bool | None:
    """ "the audit will show", "the review would likely find": a finding still to come (not
    "released in May found", nor a bare "would find")."""
    toks, i = at.toks, at.i
    if at.w in _FINDING_VERBS:
        k = i - 1
        while k > 0 and toks[k].lower in _MODAL_ADVERBS:
            k -= 1
        modal = toks[k].lower in _FUTURE_MODALS and toks[k].text == toks[k].lower
        if modal and (k < i - 1 or toks[k].lower != "would"):
            return False
    return None


def _progressive_or_quantifier_subject(at: _At) -> bool | None:
    """ "he's claiming", "they're saying"; "Some claim that ...", "Many fear he ..." (a
    quantifier as the subject)."""
    toks, i, _, w, prev, nxt = at
    if w.endswith("ing") and prev in _PRONOUN_BE:
        return True
    if (
        prev in _QUANTIFIERS
        and w in _NOUN_VERB
        and not w.endswith("s")
        and (i == 1 or toks[i - 2].lower in _CLAUSE_OPENERS)
        and (nxt == "that" or nxt in _SUBJECT_PRONOUNS)
    ):
        return True
    return None


def _after_determiner(at: _At) -> bool | None:
    """A noun after a determiner, a possessive or a number: "the report", "his claims", "two
    claims"; but "who in 2019 said" (a year after "in"), "a father of two replied", "a memo
    from the board that says ..." (a relative "that"; not "that report", nor "said that reports
    were false") and "legislators who have worked with her say" ("her" is the object of the
    clause before; not "she had her say in the matter")."""
    toks, i, j, w, prev, nxt = at
    determiners = _DETERMINERS if w in _NOUN_VERB else _DETERMINERS - _QUANTIFIERS
    # "who in 2019 said", "the journal for May 2019 shows", "minutes from March 14 show": a
    # year or a day closing a phrase of time
    year_phrase = (
        prev.isdigit()
        and i > 1
        and (
            (len(prev) == 4 and toks[i - 2].lower == "in")
            or (
                toks[i - 2].lower in _MONTHS
                # "who was backstage on February 22 said": a day of a month, not a count
                and (len(prev) == 4 or w in _FINDING_VERBS or (len(prev) <= 2 and w in _VERB_ONLY_FORMS))
            )
        )
        and not w.endswith("ing")
    )
    # "'s" before a speech verb that is never a noun is "has" after a pronoun ("He's said") and a
    # name's own ending after a name ("Moody's said", "A friend of Pace's insists"), not a possessive
    possessive = prev.endswith("'s") and not (w in _VERB_ONLY_FORMS and (prev in _PRONOUN_BE or _cap(toks[i - 1])))
    counted_of = prev in _NUMBER_WORDS and i > 1 and toks[i - 2].lower == "of"
    relative_that = (
        prev == "that"
        and w not in _NOUN_VERB
        and w.endswith(("s", "ed", "aid", "old"))
        and w not in ("cited", "cites")  # "a report that cited a lawyer": the lawyer is the source
        and _that_antecedent(toks, i - 1) is not None
    )
    object_her = (
        prev == "her"
        and i > 1
        and (
            toks[i - 2].lower in _PREPOSITIONS
            or toks[i - 2].lower in _TAKES_OBJECT
            or (toks[i - 2].text.islower() and toks[i - 2].lower in ("met", "knew", "saw", "heard", "elected"))
        )
        and (
            nxt in ("that", "the", "a", "an", "it", "he", "she", "they", "we", "there", "this")
            or (j < len(toks) and _cap(toks[j]))
        )
    )
    if (
        (possessive or prev in determiners or (prev[:1].isdigit() and not year_phrase))
        and not counted_of
        and not relative_that
        and not object_her
    ):
        return False
    return None


def _negated(at: _At) -> bool | None:
    """ "The mayor did not explain his vote", "She never said so", "it was not reported", "has
    never been said": nothing was reported."""
    toks, i, j, w, prev, _ = at
    if _negated_speech(toks, i, j):
        return False
    if (
        prev in ("not", "never", "n't")
        and i > 1
        and (toks[i - 2].lower in _BE or toks[i - 2].lower == "been")
        and not w.endswith("ing")
    ):
        return False
    return None


#: adverbs that stand between a progressive's auxiliary and its gerund ("are now saying")
_PROGRESSIVE_ADVERBS = _MANNER_ADVERBS | _set(
    "now even still already also increasingly constantly continually really actually just all widely"
)


def _progressive_speech(at: _At) -> bool | None:
    """ "many are saying", "people have been saying so" (not "have been writing orders"); "has
    been attacking Hale over ...", "have been urging him to" (the person is the object)."""
    toks, i, j, w, prev, _ = at
    if prev in _PROGRESSIVE_ADVERBS and i > 1:
        # "Officials are now saying", "Some are even saying", "Experts are increasingly warning"
        i, prev = i - 1, toks[i - 2].lower
    perfect_progressive = w.endswith("ing") and prev == "been" and i > 1 and toks[i - 2].lower in _HAVE
    if (w in _SPEECH_GERUNDS or w in ("reporting", "asking", "complaining")) and (
        perfect_progressive or prev in ("is", "are", "was", "were", "am")
    ):
        return True
    if (
        perfect_progressive
        and j < len(toks)
        and (_cap(toks[j]) or toks[j].lower in _TARGET_PRONOUNS or _role_object_end(toks, j) is not None)
    ):
        return True
    return None


def _passive_or_object(at: _At) -> bool | None:
    """ "was found dead" is passive (but "is saying", "'s warning" are progressive and active);
    a word after a verb that takes an object is that object; "Twenty-seven states", "two
    claims" are counted nouns."""
    w, prev = at.w, at.prev
    if at.i > 1 and (prev in _AGENT_ADVERBS or prev.endswith("ly")):
        # "The ban was later announced", "was quietly noted": the adverb sits inside the passive
        b = _skip_adverbs_back(at.toks, at.i - 1, _AGENT_ADVERBS)
        if b >= 0 and at.toks[b].lower in _BE and not w.endswith("ing"):
            return False
    if prev in _BE and not (w.endswith("ing") and prev not in ("be", "been", "being")):
        return False
    if prev in _TAKES_OBJECT:
        return False
    if w in _NOUN_VERB and prev and all(p in _NUMBER_WORDS for p in prev.split("-")):
        return False
    return None


def _states_in_document(at: _At) -> bool:
    """ "Ruiz states in her memo that": the verb, though "state" is mostly the noun."""
    return at.w in ("state", "states") and at.nxt == "in" and _channel_after(at.toks, at.j, documents=True)


def _noun_or_verb(at: _At) -> bool | None:
    """A one-word match that is as often a noun ("claims", "reports", "warning") is a verb only
    with a subject before it: "by saying", "after claiming" (a gerund after a preposition; "of
    claims" is a noun), "the report finds", "The new ad attacks Okoro", "the Hale campaign
    claims that", "he claims", "Okafor says", "the audit, which notes that", "issued a
    statement saying", "the company states in its filing"."""
    toks, i, j, w, prev, nxt = at
    if not (j == i + 1 and w in _NOUN_VERB):
        return None
    if w == "projects" and not (
        nxt in _PROJECTED_OBJECTS or _amount_start(nxt) or nxt == "" or (j < len(toks) and _cap(toks[j]))
    ):
        return False  # "the Senate projects struck from the list": building projects, not a forecast
    if prev in ("'", "’") and i > 1 and toks[i - 2].end == toks[i - 1].start and _possessive_before(toks, i):
        return False  # "Democrats' hopes of holding the Senate": a plural's possessive, not a closing quote
    if (nxt in _SPEECH_AFTER_ITEM or (nxt in _NOUN_VERB and w in _SPEAKING_ITEMS)) and prev not in _SUBJECT_PRONOUNS:
        return False  # "A viral Facebook post claims", "the Hale statement said": the item speaks
    if prev in _PREPOSITIONS:
        return w in _SPEECH_GERUNDS and prev in _GERUND_PREPOSITIONS
    if w in _FINDING_VERBS and prev in _lex("document_nouns"):
        return True
    if (
        w.endswith("s")
        and toks[i - 1].text.islower()
        and (prev in _lex("document_nouns") or prev in _lex("org_words"))
        and j < len(toks)
        and (_cap(toks[j]) or nxt in ("that", "him", "her", "them"))
    ):
        return True
    ok_prev = (
        prev in _SUBJECT_PRONOUNS
        or prev in _QUOTE_MARKS
        or prev in (",", "also", "later", "repeatedly", "then")
        or (prev == "which" and nxt == "that")
        or prev in ("people", "police", "media", "men", "women", "children", "folk", "staff", "press")
        or (i > 1 and _cap(toks[i - 1]))
        or (i == 1 and _cap(toks[0]) and not _ordinary_word(toks[0].lower))
        or (prev.endswith("s") and prev not in _DETERMINERS and prev not in _NOT_PLURAL)
        or (w in _FINDING_VERBS and _document_subject(toks, i))
        or ((nxt == "that" or nxt in _SUBJECT_PRONOUNS or nxt in _OBJECT_STARTS) and _plural_head_of(toks, i))
        or (w.endswith("s") and (prev in _lex("role_nouns") or prev in _GENERIC_HEADS) and not prev.endswith("s"))
        or (w.endswith("s") and prev in _SPEAKING_ITEMS)  # "a viral post claims", "the report notes"
        or (nxt == "that" and prev in _lex("document_nouns"))
        or (w in _SPEECH_GERUNDS and (_message_noun(prev) or _message_gap_end(toks, i) < i))
        or (w in _SPEECH_GERUNDS and prev == "and" and _participle_before(toks, i))
        or (nxt == "that" and w in ("states", "notes") and _document_subject(toks, i))
        or _states_in_document(at)
        or (w in _FINDING_VERBS and _trailing_finding(toks, i, nxt))  # "..., the center found."
        or (w in _FINDING_VERBS and prev in _HAVE and i > 1 and _no_evidence_after(toks, j))
        or _fronted_as_clause(toks, i, nxt)  # "As the study notes, ..."
        or _set_off_tag(toks, i, nxt)  # "..., the paper reports, and ...", "..., Darrow University team reports"
    )
    return None if ok_prev else False


def _set_off_tag(toks: Sequence[Token], i: int, nxt: str) -> bool:
    """Is the -s verb at ``toks[i]`` a tag set off by a comma, its subject a short noun phrase after
    the comma and nothing or a comma after it ("Swims lifted mood in small trial, Darrow University
    team reports", "The risk climbed, the paper reports, and ...")? The words between are a name or
    "the" and nouns, never a verb."""
    if not toks[i].lower.endswith("s") or nxt not in (",", ".", ""):
        return False
    c = next((m for m in range(i - 1, max(-1, i - 6), -1) if toks[m].text == ","), None)
    if c is None or c + 1 >= i:
        return False
    words = toks[c + 1 : i]
    if len(words) > 4 or any(
        t.lower in _SUBJECT_PRONOUNS or t.lower in _reporting_words() or t.lower in _BE or t.lower in _HAVE
        for t in words
    ):
        return False  # "..., Cole said she had doubts.": a clause of its own, not a tag
    return all(
        t.text[:1].isalpha()
        and (_cap(t) or t.lower in ("the", "a", "its", "their") or not t.lower.endswith(("ed", "ing")))
        for t in words
    ) and (words[0].lower in ("the", "its", "their") or _cap(words[0]))


#: words after a sentence's opening "As" that make it no fronted report ("As for", "As with")
_AS_NOT_REPORT = _set("for with of well such far long soon much many to if though a")


def _fronted_as_clause(toks: Sequence[Token], i: int, nxt: str) -> bool:
    """Is ``toks[i]`` the verb of a fronted "As ..., P" clause ("As the study notes, P", "As the
    filings show, P"): the sentence opens with "As" and a short noun phrase, and a comma follows?"""
    return (
        nxt == ","
        and 2 <= i <= 8
        and toks[0].lower == "as"
        and toks[1].lower not in _AS_NOT_REPORT
        and not any(
            t.lower in _NP_STOP
            or t.text == ","
            or t.lower in _reporting_words()
            or (t.lower in _PREPOSITIONS and t.lower != "of")
            for t in toks[1:i]
        )
    )  # not "As Quilley pointed out in her opening remarks,": the verb came before


#: a speech verb right after a word that may be a noun or a verb makes that word the noun
_SPEECH_AFTER_ITEM = _set(
    "said says claimed alleges alleged showed suggests suggested stated noted warns warned adds added argues argued"
)
#: items that speak, before a word that is a noun or a verb ("a post claims", "the report states")
_SPEAKING_ITEMS = _set("post report statement tweet note ruling")
#: what a forecast "projects": a clause, an amount, or a noun phrase ("projects that", "projects a shortfall")
_PROJECTED_OBJECTS = _set("that a an the its their about roughly nearly more less some another")
#: what a search finds none of: "found no evidence of fraud", "have shown no sign of"
_EVIDENCE_NOUNS = _set("evidence sign signs proof link indication indications basis")


def _no_evidence_after(toks: Sequence[Token], j: int) -> bool:
    """ "no evidence", "no sign" right after the finding verb ending at ``toks[j - 1]``."""
    return j + 1 < len(toks) and toks[j].lower == "no" and toks[j + 1].lower in _EVIDENCE_NOUNS


def _finding_or_remark_frame(at: _At) -> bool | None:
    """A finding verb reports with a clause or a document as subject ("the study found that",
    "it finds 40% ..."), "added" with a clause, a quotation or a channel ("he added on
    Twitter"), "rules" with "that" ("the court rules that"; not "new emissions rules")."""
    toks, i, j, w, prev, nxt = at
    if (
        w in _FINDING_VERBS
        and not (
            nxt in ("that", ",")
            or _no_evidence_after(toks, j)  # "Experts have found no evidence of fraud": a finding
            or prev in _lex("document_nouns")
            or prev in _RESEARCHERS
            or (w in _FINDING_VERBS and _document_subject(toks, i))
            or (prev == "it" and w in ("finds", "shows") and (nxt[:1].isdigit() or nxt in _FINDING_AMOUNTS))
            or _trailing_finding(toks, i, nxt)
        )
    ):
        return False
    if w in _ADD_VERBS and not (
        nxt in ("that", ",", ".", ":", "")
        or nxt in _QUOTE_MARKS
        or prev in _QUOTE_MARKS
        or prev == ","
        or (prev in _SUBJECT_PRONOUNS and _channel_after(toks, j))
    ):
        return False
    if w in ("rule", "rules") and nxt != "that":
        return False
    return None


def _trailing_finding(toks: Sequence[Token], i: int, nxt: str) -> bool:
    """A finding verb in a tag after the claim: "..., the center found.", "..., the panel
    found in its report." (the subject follows a comma and nothing is found after the verb).

    >>> toks = tokenize("The plan would cost $5 billion, the center found.")
    >>> _trailing_finding(toks, 10, ".")
    True
    """
    if nxt not in (".", "", "in", "on", "last", "this", "earlier", ";"):
        return False
    subject = _np_left(toks, i)
    if subject is None or subject[0] < 2 or toks[subject[0] - 1].text != "," or subject[1] - subject[0] > 6:
        return False
    first = toks[subject[0]]
    if not (first.lower in ("the", "a", "an", "its", "their", "his", "her", "our") or _cap(first)):
        return False
    # a finder the cue finder can type ("the center", "the authors", "the agreement"); not a
    # phrase it cannot place, which would stand as a vague source of an on-the-record line
    return classify_source(toks[subject[0] : subject[1]], False) != "vague"


def _calling_names(at: _At) -> bool | None:
    """ "called" that names or visits: "a group called Save Our Parks", "chemicals called PFAS",
    "nine of the ships had called at Varna", "His group, called the Tarn Valley Fund, will
    ...", "her neighbors still call her Governor"."""
    toks, i, j, w, prev, nxt = at
    if (
        w == "called"
        and i > 1
        and toks[i - 2].lower in ("a", "an", "of")
        and j < len(toks)
        and (_cap(toks[j]) or toks[j].text.startswith("@"))
    ):
        return False
    if (
        w in ("call", "calls", "called", "calling")
        and nxt in ("him", "her", "them", "me", "us")
        and j + 1 < len(toks)
        and _cap(toks[j + 1])
        and (j + 2 >= len(toks) or toks[j + 2].text in (".", ",", ";", "!", "?") or _cap(toks[j + 2]))
    ):
        return False  # "her neighbors still call her Governor": the name they use
    if (
        w in ("call", "calls", "called", "calling")
        and nxt == "at"
        and j + 1 < len(toks)
        and (_cap(toks[j + 1]) or toks[j + 1].lower in ("port", "ports"))
    ):
        return False
    if w == "called" and prev == "," and j + 1 < len(toks):
        k = j + 1 if toks[j].lower == "the" else j
        run = k
        while run < len(toks) and _cap(toks[run]) and toks[run].lower not in _DATE_WORDS:
            run += 1
        if run > k and run < len(toks) and toks[run].text == ",":
            return False
    return None


def _taking_or_keeping(at: _At) -> bool | None:
    """Senses of taking on, agreeing to act, learning a skill, keeping or holding something.

    "would assume the mine's obligations", "assumed office", "Zamfara state", "Gulf states",
    "state Sen. Ortiz" (but "states in her memo"), "agreed to release the funds", "agreed a
    new contract" ("agreed that" reports), "according to media reports", "she learned
    navigation" (but "The Ledger learned that"), "had never maintained a field" (but "she
    maintained that ...", "has maintained her innocence", "..., his doctor maintains."), "rose
    14 basis points", "the views expressed here", "has never been fully documented", "She
    held that job for years" (but "the court held that the search was lawful").
    """
    toks, i, j, w, prev, nxt = at
    if w in ("assume", "assumes", "assumed", "assuming"):
        for t in toks[j : j + 7]:
            if t.text in (",", ";", ".") or t.lower == "that":
                break
            if t.lower in _TAKEN_ON:
                return False
    if (
        w in ("state", "states")
        and nxt not in ("that", ",", ":")
        and nxt not in _QUOTE_MARKS
        and not _states_in_document(at)
    ):
        return False
    if w in ("agree", "agrees", "agreed") and (nxt == "to" or (nxt in _AGREED_OBJECTS and not _clause_after(toks, j))):
        return False  # "agreed a new contract", "agreed to pay"; not "Experts agree the vaccine is safe"
    if w == "reports" and prev in ("media", "press") and (i < 2 or toks[i - 2].lower != "the"):
        return False
    if w in ("learn", "learns", "learned", "learnt") and nxt not in ("that", "of", "from", ","):
        return False
    if w in ("maintain", "maintains", "maintained", "maintaining") and not (
        nxt in ("that", ",", ":", ".", "")
        or nxt in _QUOTE_MARKS
        or prev in _QUOTE_MARKS
        or prev == ","
        or (j + 1 < len(toks) and toks[j + 1].lower == "innocence")
    ):
        return False
    if _rate_points(w, prev):
        return False
    if w == "expressed" and (nxt in _PREPOSITIONS or nxt in ("here", "there", ".", ",", "")):
        return False
    if (
        prev.endswith("ly")
        and i > 1
        and (toks[i - 2].lower in _BE or toks[i - 2].lower == "been")
        and not w.endswith("ing")
    ):
        return False
    if w in ("hold", "holds", "held") and not _that_clause(toks, i + 1):
        return False
    return None


def _viewing_as(at: _At) -> bool | None:
    """Verbs that state a view only with "as": "dismissed the report as a smear" (not "dismissed
    the case", nor "Her bid, dismissed in May as a stunt, ..."), "historians regard the treaty as
    a turning point" (not "with regard to", "best regards"), "critics see the plan as a
    giveaway" (not "saw the river", "saw residents loading cars as smoke rose", "sees the
    problem just as often", "saw him as a child"), "cast the proposals as a giveaway" (not "cast
    her vote", "cast doubt on")."""
    toks, _, j, w, prev, nxt = at
    if w in ("dismiss", "dismisses", "dismissed", "dismissing"):
        # not the participle of "Her bid, dismissed in May as a stunt, ..."; but "Trump, campaigning
        # in Florida, dismissed the speech as boring" is the subject's verb before its object
        active = prev != "," or nxt in _OBJECT_STARTS or (j < len(toks) and _cap(toks[j]))
        return _as_in_object(toks, j) and active
    if w in ("cast", "casts", "casting"):
        # "cast the proposals as a giveaway", "cast Trump's plan as"; "cast him as a villain" may be a film's
        return _as_in_object(toks, j) and (nxt in _OBJECT_STARTS or (j < len(toks) and _cap(toks[j])))
    if w in ("regard", "regards", "regarded"):
        return _as_in_object(toks, j) and prev not in ("with", "in", "best", "kind", "warm", "high", "little", "no")
    if w in ("see", "sees", "saw"):
        at_as = _as_after(toks, j)
        if at_as is None or prev in _MODALS or prev in ("to", "let", "'ll", "’ll"):
            return False
        if at_as > j + 6 or any(t.lower.endswith("ing") for t in toks[j:at_as]):
            return False
        if toks[at_as - 1].lower in ("just", "so", "twice", "half") or (
            at_as + 2 < len(toks) and toks[at_as + 2].lower == "as"
        ):
            return False
        return not (
            at_as + 2 < len(toks) and toks[at_as + 1].lower in ("a", "an") and toks[at_as + 2].lower in _LIFE_STAGES
        )
    return None


def _asking_questioning_posting(at: _At) -> bool | None:
    """ "asked not to", "asked that", "asked to" request rather than report; "police questioned
    two suspects" is an interview; "posted on Facebook", "shared online" spread an item rather
    than state it, unless a pronoun or a name posts it."""
    toks, i, _, w, prev, nxt = at
    if w == "asked" and nxt in ("not", "that", "to"):
        return False
    if w.startswith("question") and (nxt[:1].isdigit() or nxt in _NUMBER_WORDS or nxt in _DETERMINERS - {"the"}):
        return False
    if (
        w in ("post", "posts", "posted", "shared")
        and nxt in ("on", "to", "online", "in", "by")
        and prev not in _SUBJECT_PRONOUNS
        and not (i > 0 and _cap(toks[i - 1]))
    ):
        return False
    return None


_SWEAR_FORMS = _set("swear swears swore sworn swearing")
#: words after "swore" in its other senses: an oath, an office, an insult, giving something up
_SWEAR_OTHER = _set("in an oath oaths at off by allegiance to loudly under")


def _swear_sense(at: _At) -> bool | None:
    """ "swear" reports only with a claim after it: "A friend swears the bank is lined up", "He
    swore that he paid"; "was sworn in", "swore an oath", "swore at the referee", "swore off
    sugar" report nothing."""
    toks, i, j, w, _prev, nxt = at
    if j != i + 1 or w not in _SWEAR_FORMS:
        return None
    if nxt in _SWEAR_OTHER or any(t.lower in ("oath", "oaths") for t in toks[j : j + 4]):
        return False
    if nxt in ("that", "blind", "up", "", ".", ",") or nxt in _QUOTE_MARKS:
        return None  # "swore up and down that", a trailing tag ("..., she swears.")
    if nxt in _SUBJECT_PRONOUNS or nxt in _CLAUSE_DETERMINERS:
        return None  # let the other rules read the subject
    return False if not (j < len(toks) and _cap(toks[j])) else None


#: what a fact-checker's rating says of a claim ("rated the claim false", "rates it Mostly False")
_RATINGS = _set("false true misleading mostly half pants unproven unsupported inaccurate accurate pinocchios satire")


def _rating_sense(at: _At) -> bool | None:
    """ "rated" reports only a fact-checker's rating of a claim: "PolitiFact rated the claim false",
    "ClaimCheck has rated versions of the story as false"; "a highly rated surgeon", "was rated R",
    "rates rose" report nothing."""
    toks, i, j, w, _prev, _nxt = at
    if j != i + 1 or w not in ("rated", "rates"):
        return None
    b = i - 1
    while b > 0 and _adverb(toks[b]):
        b -= 1  # "has previously rated"
    if b < 0 or toks[b].lower in _BE or toks[b].lower in _DETERMINERS:
        return False  # "was rated R", "a highly rated surgeon"
    return None if any(t.lower in _RATINGS for t in toks[j : j + 9]) else False


#: sending verbs that report only what the message says
_SENT_MESSAGE = _set("texted emailed e-mailed messaged")


def _message_sent_sense(at: _At) -> bool | None:
    """ "texted", "emailed" and "messaged" report only with what the message said after them: "A
    manager texted me on Tuesday that hours were cut", "messaged followers to say", a quotation or
    a trailing tag ('"We are done," she texted.'); "emailed the documents to reporters" and "I
    emailed his office twice" send something and say nothing."""
    toks, i, j, w, prev, nxt = at
    if j != i + 1 or w not in _SENT_MESSAGE:
        return None
    if nxt in (".", ",", "") or nxt in _QUOTE_MARKS or prev in _QUOTE_MARKS:
        return None  # a trailing tag, or the message quoted next
    for k in range(j, min(len(toks), j + 8)):
        t = toks[k].lower
        if (
            t == "that"
            or t in _QUOTE_MARKS
            or t == ":"
            or (t == "to" and k + 1 < len(toks) and toks[k + 1].lower == "say")
        ):
            return None
        if t in (",", ".", ";") or t in ("and", "but"):
            break
    return False


#: records whose participle aside tells their content ("The plan, published in April, shows")
_ASIDE_RECORDS = _set("plan plans accounts outlook list readings roster case")
#: words that open a time after a participle set off by commas ("The merger, announced in March,")
_ASIDE_TIMES = _set("in on last this earlier late early yesterday today")


@cache
def _aside_records() -> frozenset[str]:
    """Records, posts and plans whose participle aside tells their content."""
    return _lex("document_nouns") | _lex("social_media") | _DEFINITE_RECORDS | _ASIDE_RECORDS


def _participle_aside(at: _At) -> bool | None:
    """A participle set off by a comma and followed by its time is a reduced passive that
    describes the noun before it: "The merger, announced in March, is subject to approval", "The
    plan, first proposed last year, ..." report nothing; "..., announced by the firms" has an
    agent and is read by the passive rules. After a name the participle may be a tag ("..., the
    promoter, Halcyon Live, announced on Tuesday"), and after a record it tells the record's
    content ("The report, published in May, shows P"): both are left to the other rules."""
    toks, i, j, w, _prev, nxt = at
    if j != i + 1 or not w.endswith("ed") or not toks[i].text.islower():
        return None
    b = i - 1
    while b > 0 and toks[b].lower in _AGENT_ADVERBS:
        b -= 1  # "The plan, first proposed in 2019,"
    if b < 1 or toks[b].lower != ",":
        return None
    head = toks[b - 1]
    records = _aside_records()
    if _cap(head) or any(t.lower in records for t in toks[:b]):
        return None  # "..., Halcyon Live, announced on Tuesday": a tag; "The report, published in May, shows"
    if not (nxt in _ASIDE_TIMES or nxt in _DAYS or nxt in _MONTHS or nxt[:1].isdigit()):
        return None
    close = next((k for k in range(j, min(len(toks) - 1, j + 6)) if toks[k].text == ","), None)
    # the aside closes and the main clause's verb follows it: "..., announced in March, is subject to"
    if close is None:
        return None
    after = toks[close + 1]
    s_form = after.text.islower() and after.lower.endswith("s") and not after.lower.endswith("ss")
    return False if _verb_like(toks, close + 1) or s_form else None


#: verbs whose object a "suspect" adjective may open ("board suspect ships", "seize suspect packages")
_HANDLING_VERBS = _set("board search detain stop inspect seize intercept screen isolate flag")


def _suspect_adjective(at: _At) -> bool | None:
    """ "suspect" before a noun it describes is an adjective: "a suspect package", "to board suspect
    ships"; "Police suspect arson" and "I suspect he knew" report a belief."""
    _toks, i, j, w, prev, _nxt = at
    if j != i + 1 or w != "suspect":
        return None
    article = prev in ("a", "an", "the", "this", "that", "these", "those", "any", "no", "every", "each")
    return False if article or prev in _HANDLING_VERBS else None  # not "Some suspect the outbreak ..."


def _advise_sense(at: _At) -> bool | None:
    """ "advised" reports advice given with its content: "The county attorney advised the board in
    writing that the recount should go ahead", "Police advised residents to stay indoors"; "advised
    the company on the deal" and "a firm that advised the buyer" report nothing."""
    toks, i, j, w, _prev, _nxt = at
    if j != i + 1 or w not in ("advised", "advises"):
        return None
    for k in range(j, min(len(toks), j + 10)):
        t = toks[k].lower
        if t == "that" or (
            t == "to" and k + 1 < len(toks) and not _cap(toks[k + 1]) and toks[k + 1].lower not in _DETERMINERS
        ):
            return None
        if t in (",", ".", ";", "and", "but"):
            break
    return False


def _recall_sense(at: _At) -> bool | None:
    """ "recalled" reports a memory ("She recalled that the door was open", '"It was chaos," she
    recalled'), not a product called back by its maker: "The company recalled 40,000 cars",
    "Brandle recalls 240,000 fan heaters", "recalled about 8,000 kits"."""
    toks, i, j, w, _prev, nxt = at
    if j != i + 1 or not w.startswith("recall"):
        return None
    after = toks[j + 1].text if j + 1 < len(toks) else ""
    counted = _amount_start(nxt) or nxt in _NUMBER_WORDS or nxt in _COUNT_WORDS
    if counted or (nxt in _FIGURE_LEADS and (_amount_start(after) or after.lower() in _NUMBER_WORDS)):
        return False
    return None


def _pushed_back_rebuttal(toks: Sequence[Token], i: int, j: int) -> bool:
    """Is the "pushed back" at ``toks[i:j]`` a rebuttal ("The mayor pushed back on the claim",
    "..., but the union pushed back."), not something put off ("pushed back the vote to May", "was
    pushed back a week")? The verb rule and the denial filter both ask this."""
    if i > 0 and toks[i - 1].lower in _BE:
        return False
    while j < len(toks) - 1 and (toks[j].lower in ("hard", "again") or _adverb(toks[j])):
        j += 1  # "pushed back hard on the claim", "pushed back sharply against it"
    nxt = toks[j].lower if j < len(toks) else ""
    return nxt in ("on", "against", ".", ",", "") or nxt in _QUOTE_MARKS


def _push_back_sense(at: _At) -> bool | None:
    """ "pushed back" reports a rebuttal only when nothing is put off: "The mayor pushed back on the
    claim", "..., but the union pushed back."; "pushed back the vote to May" and "was pushed back a
    week" put something off."""
    toks, i, j, w, _prev, _nxt = at
    if j != i + 2 or toks[i + 1].lower != "back" or not w.startswith("push"):
        return None
    return None if _pushed_back_rebuttal(toks, i, j) else False


#: the verb rules in the order they are asked; the first that answers decides
_VERB_RULES: tuple[Callable[[_At], bool | None], ...] = (
    _swear_sense,
    _rating_sense,
    _message_sent_sense,
    _recall_sense,
    _advise_sense,
    _suspect_adjective,
    _push_back_sense,
    _put_at_figure,
    _identified_as_name,
    _shown_perfect,
    _counted_figure,
    _record_verb,
    _singular_noun_use,
    _sentence_opening_verb,
    _other_sense,
    _headline_participle,
    _infinitive,
    _nothing_said,
    _wonder_question_go_on,
    _not_a_view,
    _modifier_use,
    _name_use,
    _interest_or_suspect,
    _respond,
    _finding_to_come,
    _progressive_or_quantifier_subject,
    _after_determiner,
    _negated,
    _progressive_speech,
    _passive_or_object,
    _noun_or_verb,
    _finding_or_remark_frame,
    _calling_names,
    _taking_or_keeping,
    _viewing_as,
    _asking_questioning_posting,
    _participle_aside,
)


def _verb_decision(toks: Sequence[Token], i: int, j: int) -> tuple[bool, str]:
    """Whether the reporting-word match ``toks[i:j]`` is an active verb, and the name of the
    rule that decided (``""`` when none did and the match counts as a verb)."""
    at = _At(toks, i, j, toks[i].lower, toks[i - 1].lower if i else "", toks[j].lower if j < len(toks) else "")
    for rule in _VERB_RULES:
        verdict = rule(at)
        if verdict is not None:
            return verdict, rule.__name__
    return True, ""


def _verb_ok(toks: Sequence[Token], i: int, j: int) -> bool:
    """Is the reporting-verb match at ``toks[i:j]`` used as an active verb?

    ``"Officials said"`` yes; a noun (``"the report"``, ``"according to reports"``,
    ``"faces charges"``), a name (``"the United States"``), a passive (``"was found
    dead"``), a modifier (``"a video posted on TikTok"``) or a sentence-initial plural
    noun (``"Hopes faded"``) is not. The rules are :data:`_VERB_RULES`, asked in order.

    >>> toks = tokenize("Officials said the report was wrong.")
    >>> _verb_ok(toks, 1, 2), _verb_ok(toks, 3, 4)
    (True, False)
    """
    return _verb_decision(toks, i, j)[0]


_MODALS = _set("should could would might must may ought shall will can")
_SEEM = _set("appeared appears appear seemed seems seem")
#: reporting words that are as often nouns, after a possessive ("analysts' estimates")
_NOUN_REPORTS = _set("report reports estimate estimates claim claims forecast forecasts warning warnings count counts")


def _possessive(t: Token) -> bool:
    """ "Friday's", "analysts'", "the company’s": a possessive before a noun."""
    return t.lower.endswith(("'s", "’s", "s'", "s’"))


def _possessive_before(toks: Sequence[Token], i: int) -> bool:
    """Does a possessive end just before ``toks[i]``, as one token ("Friday's") or as a plural
    and its split-off apostrophe ("analysts '")?"""
    return i > 0 and (
        _possessive(toks[i - 1]) or (i > 1 and toks[i - 1].text in ("'", "’") and toks[i - 2].lower.endswith("s"))
    )


_EVIDENCE_VERBS = _set("show shows showed confirm confirms indicate indicates depict depicts")
_UNVERIFIED_STEMS = ("verif", "confirm", "authenticat", "trace")
_HAVE = _set("has have had 've 's having")
_EAGER = _set("quick eager rushed hastened")  # "fans were quick to speculate that"
#: "nutrition experts like to say that", "he used to say", "he continues to insist"
_HABIT = _set("like likes love loves used continue continues continued")
_WRITER_SUBJECTS = _set("i we i've we've")
_CONTACT_VERBS = _set(
    "spoke speak spoken talk talked know knew met meet follow followed interviewed interview hear heard asked "
    "surveyed contacted reached have 've"
)
_CLAUSE_OPENERS = _set(', ; — – " “ ‘ ( though although while but and yet whereas because since if as when')
_CHANNELS = _set("statement interview post email letter tweet video podcast broadcast message call briefing")


def _channel_after(toks: Sequence[Token], j: int, documents: bool = False) -> bool:
    """``on <Platform>`` or ``in a statement``-like phrase right after token ``j - 1``; with
    ``documents``, also a document ("in her memo", "in its filing")."""
    nxt = toks[j].lower if j < len(toks) else ""
    if nxt == "on" and j + 1 < len(toks):
        return _cap(toks[j + 1]) or toks[j + 1].lower in _lex("social_media")
    return nxt == "in" and any(
        t.lower in _CHANNELS or (documents and t.lower in _lex("document_nouns")) for t in toks[j + 1 : j + 4]
    )


def _first_person_before(lowers: Sequence[str], i: int) -> bool:
    """``I``/``we``/``you`` just before ``lowers[i]``, past negation and a few adverbs ("we don't think")."""
    k = i - 1
    while k >= 0 and lowers[k] in _STANCE_SKIP:
        k -= 1
    return k >= 0 and lowers[k] in _FIRST_PERSON_SUBJECTS


#: the writer ("I") and the outlet ("we") outside quotations, with a glued auxiliary
_WRITER_WORDS = _I_FORMS | _set("we we've we'd we're we'll we’ve we’d we’re we’ll")


def _writer_before(lowers: Sequence[str], i: int) -> int | None:
    """Index of the writer's "I" or the outlet's "we" that is the subject of the verb at ``i``
    ("As I wrote", "I'd say", "we have reported"), past auxiliaries and a few adverbs; else None."""
    k = i - 1
    while k >= 0 and (lowers[k] in _STANCE_SKIP or lowers[k] in ("would", "'d", "’d", "will", "can", "must")):
        k -= 1
    return k if k >= 0 and lowers[k] in _WRITER_WORDS else None


#: a speaker's own "I"/"we"/"you", with the auxiliary glued on ("I've learned", "we’re convinced")
_FIRST_PERSON_SUBJECTS = _set(
    "i we you i've we've you've i'd we'd you'd i'll we'll i’ve we’ve you’ve i’d we’d you’d i’ll we’ll"
)
_STANCE_SKIP = _set(
    "don't do not n't doesn't did didn't really also still just honestly genuinely truly have has had always never"
)
_NOT_PLURAL = _set("news this thus as perhaps always sometimes its his")


def _plural_head_of(toks: Sequence[Token], i: int) -> bool:
    """Is ``toks[i]`` the verb of a plural head with a prepositional phrase ("Supporters of the measure claim")?

    >>> toks = tokenize("Supporters of the measure claim that it pays")
    >>> _plural_head_of(toks, 4), _plural_head_of(tokenize("the insurance claim that"), 2)
    (True, False)
    """
    for k in range(i - 1, max(0, i - 6), -1):
        w = toks[k].lower
        if w in _NP_STOP or w == ",":
            return False
        if w in _HEAD_PREPOSITIONS and k > 0:
            head = toks[k - 1].lower  # "Supporters of the measure", "Farmers in the valley"
            if head in _PLURAL_HEADS:
                return True  # "Many people in the town fear that", "Many of them fear that"
            return head.endswith("s") and not head.endswith("ss") and head not in _NOT_PLURAL
    return False


_HEAD_PREPOSITIONS = _set("of in at from near across around on outside inside along")
#: plural heads without a plural "s", and quantifiers heading "of them" ("Many of them")
_PLURAL_HEADS = _set("people men women children folk police staff many most several few both some")


_RELATIVE_PRONOUNS = _set("who whom which whose")
#: unambiguous reporting verbs that head a clause: the subject of a later verb never reaches back past them
_CLAUSE_VERBS = _set(
    "say says said tell tells told write writes wrote add adds added argue argues argued insist insists insisted "
    "stated announce announces announced explain explains explained acknowledge acknowledges acknowledged "
    "admit admits admitted confirm confirms confirmed claim claimed warn warns warned allege alleges alleged "
    "assert asserts asserted believe believes believed think thinks thought conclude concludes concluded "
    "testify testifies testified recall recalls recalled maintain maintains maintained suggest suggests suggested "
    "noted predicted predicts denied denies disputed disputes stressed emphasized emphasised revealed disclosed "
    "reported mocked criticized criticised blasted praised accused slammed put puts find finds found show shows showed"
)
_OBJECT_PRONOUNS = _TARGET_PRONOUNS | _set("reporters journalists")
_TELL = _set("tell tells told telling")
_SUBORDINATORS = _set(
    "after when because although though if while as since before despite in on at during for with once until unless "
    "following amid"
)
_CLAUSE_STOP = _set('; : “ ” " ? ! — –')


_CLAUSE_CONJUNCTIONS = _set("when because although though while whereas unless")


_WALK_PREPOSITIONS = _set(
    "over against behind near across through during without before since between among toward towards"
)


def _finite_segment(toks: Sequence[Token], a: int, end: int) -> bool:
    """Whether the comma-bounded segment starting at ``a`` is a clause of its own: it holds
    a finite verb that no relative pronoun introduces ("The plant will close in March",
    not "Ruiz, who lost by 40 votes").

    >>> toks = tokenize("The plant will close, its owner said")
    >>> _finite_segment(toks, 0, 6), _finite_segment(toks, 5, 6)
    (True, False)
    """
    for m in range(a, end):
        w = toks[m].lower
        if w == "," or w in _RELATIVE_PRONOUNS or w == "that":
            return False
        if w in _VERB_FORMS and m > a:
            return True
    return False


def _antecedent_start(
    toks: Sequence[Token], last: int, stops: Collection[int], through: Collection[str], strict: bool
) -> int:
    """Start of the noun phrase that ends at ``last`` and a relative pronoun points back to:
    at most eight words back, stopping at punctuation, a clause word, a verb form, a
    lower-case participle or a preposition other than those in ``through`` ("the harbour
    authority which", "a memo from the board that"). ``strict`` also stops at "so"/"such",
    at prepositions such as "over" and at verbs that take a speaker or an object ("blasted
    her bandmate over a new memoir that": the memoir).
    """
    k = last - 1
    while k >= 0 and last - k <= 8 and k not in stops:
        w = toks[k].lower
        if not w[:1].isalnum() or w in _NP_STOP or w in _VERB_FORMS:
            break
        if (w in _PREPOSITIONS and w not in through) or (w.endswith("ed") and not _cap(toks[k])):
            break
        # a speech word as the head after a determiner is a noun: "a report that", "its claim that"
        noun_head = k == last - 1 and k > 0 and toks[k - 1].lower in _DETERMINERS
        if strict and (
            w in ("so", "such")
            or w in _WALK_PREPOSITIONS
            or (w in _lex("attribution_speech") and not noun_head)
            or w in _TAKES_OBJECT
        ):
            break
        k -= 1
    return k + 1


_YEAR = re.compile(r"(19|20)\d\d")


def _time_phrase_ends(toks: Sequence[Token], k: int) -> bool:
    """Does a two-word time phrase ("on Friday", "in March", "last June", "in 2019") end at ``toks[k]``?"""
    return (
        k > 0
        and toks[k - 1].lower in ("on", "in", "last")
        and (toks[k].lower in _DAYS or toks[k].lower in _MONTHS or bool(_YEAR.fullmatch(toks[k].text)))
    )


_PARTS_OF_DAY = _set("morning afternoon evening night")


def _time_phrase_start(toks: Sequence[Token], end: int) -> int:
    """Start of a time phrase that ends just before ``toks[end]`` ("on Monday afternoon",
    "Friday", "last week", "last night", "earlier this month", "in March", "from 2019"), else
    ``end``.

    >>> toks = tokenize("a memo from her doctor on Monday afternoon that says")
    >>> toks[_time_phrase_start(toks, 8)].text
    'on'
    >>> toks = tokenize("a memo from her doctor earlier this week that says")
    >>> toks[_time_phrase_start(toks, 8)].text
    'earlier'
    >>> _time_phrase_start(tokenize("a memo from her doctor that says"), 5)
    5
    """
    k = end - 1
    if k < 1:
        return end
    if toks[k].lower in _PARTS_OF_DAY and (toks[k - 1].lower in _DAYS or toks[k - 1].lower == "tomorrow"):
        k -= 1  # "Monday afternoon", "yesterday morning"
    w = toks[k].lower
    if w in _DAYS or (w in _MONTHS and _cap(toks[k])) or _YEAR.fullmatch(toks[k].text):
        before = toks[k - 1].lower
        if before in ("on", "in", "last", "this", "next", "early", "late") or (
            before == "from" and _YEAR.fullmatch(toks[k].text)
        ):
            k -= 1
        return k
    span_word = w in ("week", "month", "year", "weekend") or w in _PARTS_OF_DAY
    if span_word and toks[k - 1].lower in ("last", "this", "next"):
        k -= 1
        if k > 0 and toks[k - 1].lower in ("earlier", "later"):
            k -= 1
        return k
    return end


def _that_antecedent(toks: Sequence[Token], t: int, stops: Collection[int] = ()) -> tuple[int, int] | None:
    """The speaker a relative "that" at ``t`` points back to: ``a memo from the board on
    Monday that says``, ``the council that told``; None when what comes before cannot speak
    ("a rumour that suggested") or "that" opens a result clause ("so bad that").

    >>> toks = tokenize("Fans shared a memo from the board on Monday that says")
    >>> [toks[k].text for k in range(*_that_antecedent(toks, 9))]
    ['a', 'memo', 'from', 'the', 'board']
    """
    if t < 1 or not toks[t - 1].lower[:1].isalpha():
        return None
    last = t  # the antecedent ends before "that", or before a time phrase ("on Friday afternoon")
    when = _time_phrase_start(toks, last)
    if when < last and when > 1:
        last = when
    k = _antecedent_start(toks, last, stops, through=("of", "from"), strict=True) - 1
    if k >= 0 and toks[k].lower in ("so", "such"):
        return None  # "so bad that ...": a result clause, no antecedent
    while k + 1 < last and toks[k + 1].lower in ("of", "from"):
        k += 1  # "to ask of a district that says": the district
    if k + 1 >= last:
        return None
    # only a speaker can be the antecedent: a document, a person or body, an account or a name
    head = toks[last - 1]
    speaker = (
        head.lower in _lex("document_nouns")
        or head.lower in _lex("social_media")
        or head.lower in _people_words()
        or head.lower.rstrip("s") in _people_words()
        or _cap(head)
    )
    return (k + 1, last) if speaker else None


def _who_antecedent(toks: Sequence[Token], w: int, stops: Collection[int]) -> tuple[int, int]:
    """The noun phrase a restrictive "who" at ``w`` points back to (the guide's relative-clause
    speakers take their antecedent's level): "the board hired a surveyor who said" gives
    "a surveyor", "a retired bus driver from Osk Falls who said" the driver, "Callers to the
    station who said" the whole opening phrase. The phrase starts at a determiner, number,
    quantifier, possessive or name; with none of those, it is the word before "who".

    >>> toks = tokenize("The board hired a surveyor who said")
    >>> [toks[k].text for k in range(*_who_antecedent(toks, 5, ()))]
    ['a', 'surveyor']
    >>> toks = tokenize("said Dale Orr, a retired bus driver from Osk Falls who said")
    >>> [toks[k].text for k in range(*_who_antecedent(toks, 11, ()))]
    ['a', 'retired', 'bus', 'driver', 'from', 'Osk', 'Falls']
    """
    start = None
    k = w - 1
    while k >= 0 and w - k <= 9 and k not in stops:
        t = toks[k]
        lw = t.lower
        if not lw[:1].isalnum() or lw in _NP_STOP or lw in _VERB_FORMS:
            break
        if lw in _PREPOSITIONS and lw != "of":
            # "a bus driver from Osk Falls who": a place after a person is not the antecedent
            if (
                start is not None
                and _cap(toks[start])
                and k > 0
                and toks[k - 1].text.isalpha()
                and toks[k - 1].text.islower()
                and toks[k - 1].lower not in _VERB_FORMS
                and not toks[k - 1].lower.endswith("ed")
            ):
                start = None
                k -= 1
                continue
            break
        if lw.endswith(("ed", "ing")) and t.text.islower() and not (k > 0 and toks[k - 1].lower in _DETERMINERS):
            break  # "seeing more parents who", not "a retired general who"
        if (
            lw in _DETERMINERS
            or lw in _INDEFINITE
            or lw in _QUANTIFIERS
            or lw[:1].isdigit()
            or lw.endswith(("'s", "’s"))
            or _cap(t)
        ):
            start = k
        k -= 1
    if start is None and (not toks[w - 1].lower[:1].isalnum() or toks[w - 1].lower in _NP_STOP):
        return (w, w + 1)  # "..., and who said": the pronoun points back past the conjunction
    a = start if start is not None else w - 1
    if 0 < a < w and toks[a - 1].lower in _PREPOSITIONS:
        # "Callers to the station who said": a short verbless opening before the preposition
        c = a - 2
        while c >= 0 and a - c <= 5 and toks[c].lower not in (",", ";", ":") and c not in stops:
            c -= 1
        head = range(c + 1, a - 1)
        at_boundary = c < 0 or a - c <= 5  # the walk reached the clause's start, not its limit
        if (
            at_boundary
            and 0 < len(head) <= 3
            and not any(
                toks[m].lower in _VERB_FORMS or (toks[m].lower.endswith("ed") and toks[m].text.islower()) for m in head
            )
        ):
            a = c + 1
    return (a, w) if a < w else (w, w + 1)


#: spans of time that are spent doing something ("spent the spring making the case")
_SPAN_NOUNS = _set(
    "morning afternoon evening night day days week weeks month months year years spring summer fall autumn winter "
    "hour hours minutes campaign session weekend"
)
_SPAN_FILLERS = _set("the a an his her their its most much all whole entire next last past first several two three and")
_SPAN_WORDS = _SPAN_NOUNS | _WEEKDAYS
_SPEND_VERBS = _set("spent spend spends spending")
#: "the third time", "every time", "the day", "the moment": a time noun that opens a clause with
#: "that" left out ("the first time the mayor said ...")
_WHEN_NOUNS = _set("time times day moment")
_WHEN_OPENERS = _set("the every each first second third fourth fifth last next same one this that only")


_TIME_OPENERS = _set("every each last next this that on just early late")


def _opens_with_time(toks: Sequence[Token], k: int) -> bool:
    """Does a time phrase ending at ``toks[k]`` open its clause ("Every Friday", "On Tuesday night",
    "Last June", after a comma or at the start), with an opener such as "every" or "on"?"""
    m = k
    opener = False
    while (
        m >= 0
        and k - m < 6  # a time phrase is short: a run of date words does not make the walk quadratic
        and (toks[m].lower in _TIME_OPENERS or toks[m].lower in _DATE_WORDS or toks[m].lower in _SPAN_NOUNS)
    ):
        opener = opener or toks[m].lower in _TIME_OPENERS
        m -= 1
    return opener and (m < 0 or toks[m].text in (",", ":", ";", "—", "–") or toks[m].text in _QUOTE_MARKS)


#: prepositions of time that may follow a record inside its subject phrase ("polls after the debate")
_RECORD_TIME_WORDS = _set("after before since during following")
#: nouns a reduced relative clause may follow, whose subject then opens the clause ("a claim
#: experts have disputed", "the figure the council published")
_REDUCED_RELATIVE_HEADS = _set(
    "claim claims assertion allegation charge figure figures number estimate promise statement"
)
#: records that a short phrase of time may follow inside their subject
_TIMED_RECORDS = _set("polls poll surveys survey studies study figures data tests audits counts tallies records")


def _fronted_as_subject(toks: Sequence[Token], comma: int) -> bool:
    """Does the sentence open "As" + a subject + the ``comma`` before an aside ("As Hale, who
    chairs the panel, noted", "As the mayor, a former lifeguard, pointed out")? Not "As a
    result," or "As expected,": the words after "As" are a name or "the" phrase, with no verb."""
    if comma < 2 or toks[1].lower in _AS_NOT_REPORT or not (_cap(toks[1]) or toks[1].lower == "the"):
        return False
    return not any(t.text.islower() and t.lower.endswith("ed") for t in toks[1:comma]) and not _finite_segment(
        toks, 1, comma
    )


def _np_left(toks: Sequence[Token], v: int, limit: int = 14, stops: Collection[int] = ()) -> tuple[int, int] | None:
    """Subject noun phrase ending just before token ``v``: ``(i, v)`` or None.

    Skips auxiliaries and manner adverbs before the verb and parentheticals such as
    ``(R-Fla.)``. When a comma precedes the verb, the subject is the first
    comma-separated segment of the clause that is not an introductory phrase, so
    appositives and relative clauses stay with it (``Ana Ruiz, of Springfield, Va.,
    said``; ``Officials, who spoke on condition of anonymity, said``) while ``After the
    vote, officials said`` gives ``officials``. Otherwise it stops at quote marks,
    conjunctions and clause punctuation. It never reaches back past a token in ``stops``
    (the main reporting verbs of the sentence): in ``Okafor said, adding that ...`` and
    ``Both argue the inspectors told them`` the later verb does not take the earlier
    clause as its subject.
    """
    i = v - 1
    ing = toks[v].text.islower() and toks[v].lower.endswith("ing")
    while i >= 0 and (
        toks[i].text in _AUX_SKIP
        or toks[i].lower in ("not", "n't")
        or toks[i].lower.endswith(_NEGATED_AUX_ENDINGS)  # "hasn't", "don’t"
        or _adverb(toks[i])
        or (ing and toks[i].lower in _ASPECT_VERBS)  # "Ruiz began mocking the plan"
        or (
            i == v - 1 and toks[i].text in ("come", "go") and toks[v].lower in ("tell", "say")
        )  # "customers come tell us"
    ):
        i -= 1
    if i > 0 and toks[i].lower == "to" and toks[i - 1].lower in _SEEM | _EAGER | _HABIT:
        i -= 2  # "the coach appeared to fault the referee", "fans were quick to speculate"
        while i >= 0 and toks[i].text in _AUX_SKIP:
            i -= 1
    if (
        i > 1
        and _time_phrase_ends(toks, i)
        and toks[i - 2].text[:1].isalpha()
        and not (toks[i - 2].text.islower() and toks[i - 2].lower.endswith("ed"))  # "A poll released in May"
    ):
        i -= 2  # "Three council members in 2021 signed": a time phrase before the verb is not the subject
    end = i + 1
    if end <= 0:
        return None
    if ing:
        # "Hale spent the spring making the case ...": the subject is before "spent"
        e = end
        while e > 1 and toks[e - 1].text.islower() and _adverb(toks[e - 1]):
            e -= 1  # "spent Monday and Tuesday personally calling"
        sp = e - 1
        while sp > 0 and e - sp <= 5 and (toks[sp].lower in _SPAN_WORDS or toks[sp].lower in _SPAN_FILLERS):
            sp -= 1
        if sp < e - 1 and toks[sp].lower in _SPEND_VERBS and toks[e - 1].lower in _SPAN_WORDS:
            return _np_left(toks, sp, limit, stops)
    if ing and toks[end - 1].lower in _ING_LEADS:
        # "Ana Ruiz, despite admitting ..., said", "In defending the budget, Gov. Hale offered":
        # the participle's subject is the clause's, before the aside or after the comma
        if end > 1 and toks[end - 2].lower == ",":
            return _np_left(toks, end - 1, limit, stops)
        return _subject_after(toks, v) if end == 1 else None
    if toks[end - 1].lower in ("he", "she", "they", "we", "i") and end > 1:
        return (end - 1, end)  # "... the conditions they documented": a pronoun right before is the subject
    if toks[end - 1].lower in ("who", "which") and end > 1 and not toks[end - 2].lower[:1].isalnum():
        return (end - 1, end)  # "the study -- which notes": the relative pronoun points back
    if toks[end - 1].lower == "that" and not any(t.lower in _FINITE for t in toks[end:v]):
        return _that_antecedent(toks, end - 1, stops)
    if toks[end - 1].lower == "who" and end > 1:
        # a restrictive relative ("the board hired a surveyor who said"): its antecedent only
        return _who_antecedent(toks, end - 1, stops)
    if toks[end - 1].lower == "which" and end > 1:
        # a restrictive relative ("the harbour authority which reported"): its antecedent, back to a verb or preposition
        a = _antecedent_start(toks, end - 1, stops, through=("of",), strict=False)
        return (a, end - 1) if a < end - 1 else (end - 1, end)
    dash = toks[end - 1].lower  # a typed "--" or " - " reads as "—"
    if dash in ("\u2014", "\u2013") and end > 2:
        # "Doctors – the best in the state – have told me": the subject is before the aside
        d = next((m for m in range(end - 2, max(0, end - 24), -1) if toks[m].lower == dash), None)
        inner = _np_left(toks, d, limit, stops) if d else None
        if not inner or inner[1] != d:
            return None
        c = inner[0] - 1
        if c > 0 and toks[c].text == ",":
            # "Ruth Hale, the chief executive of Marlow Media -- ... -- told": a name before the
            # appositive opens the subject
            a = c
            while (
                a > 0
                and c - a < 4
                and _cap(toks[a - 1])
                and toks[a - 1].lower not in _PREPOSITIONS
                and toks[a - 1].lower not in _SUBORDINATORS
                and (a - 1) not in stops
            ):
                a -= 1
            if a < c and (a == 0 or toks[a - 1].lower in _CLAUSE_STOP or toks[a - 1].text == ","):
                inner = (a, inner[1])
        # an aside that names them belongs to the subject: "Three justices — Ana Ruiz, ... —"
        return (inner[0], end - 1) if any(_cap(toks[m]) for m in range(d + 2, end - 1)) else inner
    if toks[end - 1].text == ",":
        # walk back to the clause start, remembering comma positions
        k = end - 1
        commas = []
        while k >= 0 and end - k <= 32:
            t = toks[k]
            if t.text == ",":
                commas.append(k)
            elif t.text == ")":
                while k > 0 and toks[k].text != "(":
                    k -= 1
            elif t.lower in _CLAUSE_STOP or k in stops:
                break
            k -= 1
        starts = [k + 1] + [c + 1 for c in reversed(commas)]
        first = None
        for a in starts:
            if a >= end - 1:
                break
            w = toks[a].lower
            if w in ("but", "and", "yet") or w in _CLAUSE_CONJUNCTIONS:
                # "..., but his spokesman, Isaac Rotich, said", "..., when Rep. Ana Ruiz, a
                # Republican, announced": the subject follows the conjunction
                a += 1
                if first is None:
                    first = a  # a fallback subject starts after the conjunction, not with it
                if a >= end - 1 or _finite_segment(toks, a, end - 1):
                    continue
                return (a, end - 1)
            if w == "as" and a == 0 and len(commas) == 2 and _fronted_as_subject(toks, commas[1]):
                return (1, end - 1)  # "As Hale, who chairs the panel, noted, P": the clause's own subject
            if w in _SUBORDINATORS or w in ("so", "still", "however"):
                continue
            if first is None:
                first = a
            if _finite_segment(toks, a, end - 1):
                # "The plant will close in March, its owner, Ana Ruiz, said": a clause, not the
                # subject, unless a conjunction inside it opens the speaker's clause ("The seat
                # came open when Rep. Ana Ruiz, a Democrat, announced")
                c = a
                while c < end - 1 and toks[c].lower != ",":
                    c += 1
                clause_at = next((m for m in range(c - 1, a, -1) if toks[m].lower in _CLAUSE_CONJUNCTIONS), None)
                if clause_at is not None and clause_at + 1 < c and not _finite_segment(toks, clause_at + 1, end - 1):
                    return (clause_at + 1, end - 1)
                continue
            if w.endswith(("ed", "ing")) and toks[a].text.islower():
                continue  # "published last month by the institute": a participle's phrase
            if a == starts[0] and w.endswith("ing") and w in _words("attribution_speech") and a < commas[-1]:
                continue  # "Insisting that ..., local man Gary Dunlap, 44, told": the participle opens the sentence
            return (a, end - 1)
        return (first, end - 1) if first is not None else None
    start = end
    k = end - 1
    while k >= 0 and end - k <= limit:
        t = toks[k]
        if (
            t.lower in ("said", "says", "claims", "claimed")
            and k > 1
            and toks[k - 1].lower == "who"
            and toks[k - 2].lower[:1].isalnum()
            and k < v - 1
            and k <= 30  # the subject opens the sentence: the scan below stays short
            and not any(toks[m].lower in (",", ";", ":") for m in range(0, k))
        ):
            # "A woman who said she drives a bus told the panel": the relative clause is part of
            # the subject, whose head comes before "who"
            limit += 10
            start = k - 1
            k -= 2
            continue
        if t.text == ")":
            j = k
            while j > 0 and toks[j].text != "(":
                j -= 1
            if toks[j].text != "(":
                break
            k = j - 1
            continue
        title = _quoted_title_before(toks, k) if k == end - 1 else None
        if title is not None:  # 'Her film "Dry Season" documents ...': the title belongs to the subject
            start = title
            k = title - 1
            continue
        joins_names = t.lower in ("and", "&") and 0 < k < v - 1 and _cap(toks[k - 1]) and _cap(toks[k + 1])
        # "Farmers and ranchers in the valley claim", "some doctors and nurses say": two plural
        # nouns that open the clause, not "Police arrested two men and witnesses say"
        joins_plurals = (
            t.lower == "and"
            and 0 < k < v - 1
            and toks[k - 1].lower.endswith("s")
            and toks[k + 1].lower.endswith("s")
            and (k == 1 or toks[k - 2].lower in _GROUP_OPENERS)
        )
        # "Mayor Hale and his aides said": a named person with their own people speaks as one
        joins_entourage = (
            t.lower == "and"
            and 0 < k < v - 2
            and _cap(toks[k - 1])
            and toks[k + 1].lower in ("his", "her", "their")
            and toks[v - 1].lower in _lex("role_nouns")
        )
        if joins_names or joins_plurals or joins_entourage:  # "Health and Human Services", "Ruiz and Hale"
            start = k
            k -= 1
            continue
        m = _quoted_nickname(toks, k)
        if m is not None:  # 'A soldier nicknamed "Kit" said': the quoted name belongs to the subject
            start = m - 1  # with the word before it, which may be a stop word ("known as", "goes by")
            k = m - 2
            continue
        if (
            t.lower == "that"
            and not ing
            and 0 < k < end - 1
            and toks[k + 1].text.islower()
            and (
                toks[k - 1].lower in _PREPOSITIONS
                or toks[k + 1].lower in _THAT_TIMES
                # "observers who monitored that election said": a determiner inside the relative clause
                or (
                    k + 2 == end
                    and not toks[k + 1].lower.endswith("s")
                    and any(toks[m].lower == "who" for m in range(max(0, k - 4), k))
                )
            )
            and k not in stops
        ):
            # "A staffer on that campaign told", "A diner seated near them that night said":
            # "that" is a determiner inside the subject, not a clause boundary
            start = k
            k -= 1
            continue
        if (
            t.lower in ("because", "since")
            and 2 < k <= 30
            and k not in stops
            and not any(toks[m].text in (",", ";", ":") for m in range(0, k))
            and any(
                toks[m].lower in ("who", "whom") and toks[m - 1].lower[:1].isalpha() for m in range(max(1, k - 12), k)
            )
        ):
            # "A county employee who asked not to be named because she was not authorized to speak
            # said": the reason belongs to the relative clause, and the subject opens the sentence
            limit += 14
            start = k
            k -= 1
            continue
        if (
            t.lower in _RECORD_TIME_WORDS
            and 0 < k < end - 1
            and end - k <= 4
            and toks[k - 1].lower in _TIMED_RECORDS
            and all(x.text.isalpha() and x.text.islower() for x in toks[k + 1 : end])
        ):
            # "Snap polls after the debate showed": the time of the records, inside their phrase
            start = k
            k -= 1
            continue
        if t.lower == "," or t.lower in _NP_STOP or (t.lower in ("said", "says") and k < v - 1) or k in stops:
            break
        if (
            t.lower in _REDUCED_RELATIVE_HEADS
            and 0 < k < end - 1
            and toks[k - 1].lower in ("a", "an", "the")
            and toks[k + 1].text.isalpha()
            and toks[k + 1].lower not in _PREPOSITIONS | _RELATIVE_PRONOUNS | {"that", "and", "or"}
            # "a charge nurse", "the charge sheet": a modifier, unless a new subject clearly opens
            and (
                t.lower in ("claim", "claims", "assertion", "allegation")
                or toks[k + 1].lower in _DETERMINERS | _SUBJECT_PRONOUNS | _POSSESSIVE_PRONOUNS
                or _cap(toks[k + 1])
            )
        ):
            break  # "..., a claim tax experts have disputed": the experts dispute it, not "a claim tax experts"
        if _quoting_verb(toks, k) and k < v - 1:
            break  # "The Gazette interviewed a crane operator who said": the operator, not the paper's clause
        if k < end - 1 and (t.lower in _DATE_WORDS or t.lower in _SPAN_NOUNS) and _opens_with_time(toks, k):
            break  # "Every Friday the mayor talks ...": the time phrase is not part of the subject
        if t.lower in ("let", "lets") and k < end - 1:
            break  # "Don't let anyone tell you ...": the subject of "tell" comes after "let"
        if (
            t.lower in _WHEN_NOUNS
            and start < end
            and k > 0
            and toks[k - 1].lower in _WHEN_OPENERS
            and toks[k + 1].lower not in _PREPOSITIONS
        ):
            break  # "It was the third time the union said ...": the clause after "time" has the subject
        start = k
        k -= 1
    if 0 < k < start and toks[k].lower in _INNER_STOPS and k not in stops:
        # "A friend who tended bar there until last year says", "Two farmers whose fields lie
        # inside the basin said", "A neighbour on the estate where he once lived said": the walk
        # stopped inside the subject's relative clause; the subject is the noun phrase before
        # "who", "whose" or "where" when it opens the sentence
        relatives = ("who", "whose", "where")
        r = (
            k
            if toks[k].lower in ("whose", "where")
            else next((m for m in range(k - 1, max(0, k - 14), -1) if toks[m].lower in relatives), None)
        )
        if r is not None and r > 0 and not any(toks[m].text in (",", ";", ":") for m in range(0, k)):
            ante = _np_left(toks, r, 8, stops)
            if ante is not None and ante[0] == 0 and ante[1] == r:
                return (0, end)
    if k in stops and toks[k].lower in _TELL and start < end - 1 and toks[start].lower in _OBJECT_PRONOUNS:
        start += 1  # "officials told us the plant ...": the indirect object is not the subject
    if start < end - 1 and toks[start].lower in _OPENING_PREPOSITIONS and (start == 0 or not _cap(toks[start])):
        start = _after_opening_phrase(toks, start, end)
    rel = start - 1
    while rel > 1 and toks[rel].lower in ("has", "have", "had", "ever", "never", "once"):
        rel -= 1  # "Anyone who has ever tried ...": the pronoun before the auxiliaries
    if 1 < start < end and toks[rel].lower in ("that", "who", "which") and _relative_clause(toks, rel + 1, end):
        # "A campaign that spent months attacking Hale said", "The group that Hale founded says":
        # the relative clause belongs to the subject, whose head comes before the pronoun
        ante = _np_left(toks, rel, 8, stops)
        if (
            ante is not None
            and ante[0] == 0
            and toks[rel - 1].lower not in _VERB_FORMS
            and not any(t.text in (",", ";", ":") for t in toks[:rel])
        ):
            return (0, end)
    return (start, end) if start < end else None


#: the platforms' own names: "on TikTok" names where a post is, not who posted it
_PLATFORMS = _set(
    "bluesky facebook instagram linkedin reddit snapchat telegram tiktok twitter wechat weibo whatsapp x youtube"
)
#: verbs whose object takes a bare infinitive ("watched a rival claim it", "let a judge decide")
_PERCEPTION_VERBS = _set(
    "hear hears heard see sees saw watch watched let lets make makes made have has had help helped"
)
#: what one assumes when taking it on ("assume office", "assumed a new role", "the debts it assumed")
_TAKEN_ON = _set(
    "office role roles post duties duty obligations obligation responsibility responsibilities control command "
    "debt debts liabilities liability presidency leadership chairmanship mantle helm position powers"
)


def _quoted_title_before(toks: Sequence[Token], k: int) -> int | None:
    """Index of the opening mark of a quoted title that closes at ``toks[k]`` and follows a
    lower-case work noun ('the film "Dry Season"'), else None."""
    if toks[k].text not in ('"', "”"):
        return None
    j = next((m for m in range(k - 1, max(-1, k - 9), -1) if toks[m].text in ('"', "“")), None)
    if j is None or j < 1 or j + 1 >= k or toks[j - 1].lower not in _WORK_NOUNS:
        return None
    words = [t for t in toks[j + 1 : k] if t.text[:1].isalpha()]
    if not words or not _cap(words[0]) or not all(_cap(t) or len(t.text) <= 3 for t in words):
        return None
    return j


def _relative_clause(toks: Sequence[Token], a: int, b: int) -> bool:
    """Whether ``toks[a:b]``, after a relative pronoun, is a clause with its own verb: the pronoun
    its subject ("that spent months on it") or its object ("that Hale founded")."""
    if sum(t.lower in _FINITE or t.lower in _MODALS for t in toks[a:b]) > 1:
        return False  # "that did arrive are not the jobs": two clauses, not one relative clause

    def verb(t: Token) -> bool:
        return t.text.islower() and (
            t.lower in _VERB_FORMS or t.lower in _PAST_IRREGULAR_MORE or t.lower.endswith("ed")
        )

    # "The union that represents the firefighters says": a present -s form right after the pronoun
    # (an object after it, not "that administrators there warned", whose -s word is the subject)
    s_form = (
        b - a > 1
        and toks[a].text.islower()
        and toks[a].lower.endswith("s")
        and not toks[a].lower.endswith(("ss", "us", "is"))
        and (
            toks[a + 1].lower in _DETERMINERS
            or toks[a + 1].lower in ("its", "their", "his", "her")
            or _cap(toks[a + 1])
        )
    )
    return verb(toks[a]) or (b - a > 1 and verb(toks[b - 1])) or s_form


def _before_participle_aside(toks: Sequence[Token], a: int, end: int, commas: Sequence[int]) -> int:
    """End of a comma-bounded subject starting at ``a``, cut before an aside that opens with a
    participle or says how the outlet reached the speaker: "The paper, citing census figures, said"
    and "The mayor, asked about it, said" give "The paper" and "The mayor"; appositives, "including",
    asides on anonymity and other past participles stay ("Ana Ruiz, a Democrat, said", "A teammate,
    speaking on condition of anonymity, said", "The lawsuit, filed in 2022, argues")."""
    for c in sorted(commas):
        if not a < c < end - 1:
            continue
        t = toks[c + 1]
        if not t.text.islower() or not (
            (t.lower.endswith("ing") and t.lower not in _NOT_PARTICIPLES) or t.lower in _CONTACTED
        ):
            continue  # "filed in 2022", "described as a former aide" say what the source is: they stay
        aside = {toks[m].lower for m in range(c + 2, next((d for d in commas if d > c), end))}
        if aside.isdisjoint(_ANONYMITY_WORDS):  # "speaking on condition of anonymity" describes the source
            return c
    return end


#: lower-case words in -ing that open an appositive or a list, not a participle's aside
_NOT_PARTICIPLES = _set("including excluding according regarding concerning notwithstanding")
#: how the outlet reached a speaker ("Bellamy, reached by phone, said"): an aside about the interview
_CONTACTED = _set("asked reached contacted interviewed pressed questioned approached")
_ANONYMITY_WORDS = _set(
    "anonymity anonymously privately background condition named name identified identify published "
    "authorized authorised"
)


def _leading_name(toks: Sequence[Token], span: tuple[int, int]) -> tuple[int, int] | None:
    """The speaker of a clause whose verb was not found, before a participle: the run of
    capitalised words that opens it ("Singer Marla Quinn cancels tour, citing ..." -> "Singer
    Marla Quinn"); None when the clause has a verb of being or having and no such name ("It is
    wrong to mock them, saying ..."); else the clause as it was."""
    a, b = span
    k = a + (1 if toks[a].lower in ("the", "a", "an") else 0)
    while k < b and (_cap(toks[k]) or toks[k].text == "."):
        k += 1
    if a < k < b and any(_cap(t) for t in toks[a:k]) and _speaker_ok(toks[a:k], a == 0):
        return (a, k)
    if any(t.lower in _VERB_FORMS for t in toks[a + 1 : b]):
        return None
    return span


#: what may come before hearsay's "word is" ("Word is ...", "The word is ..."; not "the magic word is")
_WORD_IS_OPENERS = _set("the and but , — – ; : so \" “ ‘ '")
#: adverbs between the comma and a participle that hangs on the clause ("..., even hinting")
_PARTICIPLE_ADVERBS = _set("even also again then still later once only further")
#: verbs that name the person quoted after them ("interviewed a crane operator who said")
_QUOTING_VERBS = _set("quotes quoted cites cited interviewed interviews")


def _quoting_verb(toks: Sequence[Token], k: int) -> bool:
    """Is ``toks[k]`` a verb of quoting with its object after it, not inside a relative clause
    ("officials who cited the report")?"""
    return (
        toks[k].text in _QUOTING_VERBS
        and k + 1 < len(toks)
        and toks[k + 1].lower in ("a", "an", "the", "two", "three", "several", "one")
        and (k == 0 or (toks[k - 1].lower not in _RELATIVE_PRONOUNS and toks[k - 1].lower != "that"))
    )


#: prepositions that open a time, place or occasion phrase before a clause's subject
_OPENING_PREPOSITIONS = _set("in at on during after before following amid with since over throughout within")


def _after_opening_phrase(toks: Sequence[Token], start: int, end: int) -> int:
    """Where the subject starts after an opening phrase with no comma: "In the spring of 2019
    the council said" -> "the council", "During a podcast taping Ortega argued" -> "Ortega",
    "At a briefing on Thursday the ministry said" -> "the ministry". A determiner or a capital
    that follows a word of the phrase other than a preposition, a determiner or a conjunction
    starts it, the first such ("of the Times", "in New York" stay inside the phrase); with none,
    the span is left as it was."""
    if toks[start + 1].lower in ("least", "most"):
        return start  # "At least one senator": a count, not a phrase of time or place
    for m in range(start + 2, end):
        prev = toks[m - 1]
        named = _cap(prev) and prev.lower not in _DATE_WORDS  # "on Thursday the ministry" splits
        joined = prev.lower in ("and", "or", "nor", "&")
        if prev.lower in _PREPOSITIONS or prev.lower in _DETERMINERS or named or joined or not prev.text[:1].isalnum():
            continue
        if toks[m].lower in ("the", "a", "an") or (_cap(toks[m]) and toks[m].lower not in _OPENING_PREPOSITIONS):
            return m
    return start


#: words before a quoted nickname inside a subject ('a fighter known as "Doc"')
_NICKNAME_LEADS = _set("nicknamed dubbed called named as alias aka by")
_NICKNAME_VERBS = _NICKNAME_LEADS | _set("known who goes go went only")


def _quoted_nickname(toks: Sequence[Token], k: int) -> int | None:
    """Index of the opening quote when the closing quote at ``k`` ends a short quoted name
    after "nicknamed", "dubbed", "known as", "goes by" ('a fighter known as "Doc"'), else None."""
    if toks[k].text not in _QUOTE_MARKS:
        return None
    m = next((m for m in range(k - 1, max(0, k - 5), -1) if toks[m].text in _QUOTE_MARKS), None)
    if m is None or m < 1 or m >= k - 1 or toks[m - 1].lower not in _NICKNAME_LEADS:
        return None
    return m if all(_cap(t) for t in toks[m + 1 : k]) else None


#: prepositions that open a participle's phrase ("despite admitting", "in defending")
_FUNCTION_WORDS = _set("and or nor but yet so however than then there here")


def _content_word(tok: Token) -> bool:
    """Could ``tok`` help name a source? Not a preposition, conjunction, auxiliary or plain
    adverb ("nor", "despite", "together"); hedging adverbs that stand for a source
    ("reportedly") do."""
    w = tok.lower
    if not any(ch.isalnum() for ch in w):
        return False
    if w in _AGENTLESS_ADVERBS:
        return True
    return not (
        w in _FUNCTION_WORDS
        or w in _PREPOSITIONS
        or w in _SUBORDINATORS
        or w in _AUX_SKIP
        or (w in _NEGATION_WORDS and w != "neither")  # "neither ever confirmed it": a pronoun
        or _adverb(tok)
    )


_AGENTLESS_ADVERBS = _set("reportedly allegedly purportedly supposedly reputedly apparently widely")
_NEGATION_WORDS = _set("not n't never neither nor yet")
#: endings of negated auxiliaries written as one token ("hasn't", "don’t")
_NEGATED_AUX_ENDINGS = ("n't", "n\u2019t")


def _clause_aux(toks: Sequence[Token], a: int, b: int) -> int | None:
    """Position of the first finite auxiliary of the phrase ``toks[a:b]`` itself, outside a
    relative clause or an aside ("prisoners would be freed"; not "officials who have seen
    it"), or None."""
    for m in range(a + 1, b):
        w = toks[m].lower
        if w in _RELATIVE_PRONOUNS or w in ("that", ",", "(") or w in _QUOTE_MARKS:
            return None
        if w in _CLAUSE_AUX:
            return m
    return None


_ING_LEADS = _GERUND_PREPOSITIONS | _set("despite in on upon when since into about of")


def _subject_after(toks: Sequence[Token], v: int) -> tuple[int, int] | None:
    """Subject of the main clause after an opening participle phrase ending at the first comma
    after ``v``: "In defending the budget, Gov. Hale offered ..." gives "Gov. Hale"."""
    c = next((m for m in range(v + 1, min(len(toks), v + 24)) if toks[m].lower == ","), None)
    if c is None:
        return None
    k = c + 1
    while k < len(toks) and k - c <= 8:
        if toks[k].lower in _NP_STOP or toks[k].lower == ",":
            return None
        if _verb_like(toks, k):
            return (c + 1, k) if k > c + 1 else None
        k += 1
    return None


#: verbs of beginning and going on before an -ing form: "began mocking", "kept saying"
_ASPECT_VERBS = _set("start starts started began begun begin begins continue continues continued kept keeps stopped")
_GROUP_OPENERS = _set("the some many most several few other both")
_CLAUSE_SUBORDINATORS = _set("because although though since while whereas unless if when after before once")
_TAG_VERBS = _set("said says added adds wrote writes noted notes explained argued warned insisted recalled")
_FINITE = _set("is are was were be been had has have will would could can should may might did does do 's 'd")
#: the finite auxiliaries that make a phrase a clause of its own (not "be", an infinitive's, nor
#: "may", the month)
_CLAUSE_AUX = _FINITE - _set("be been may do 's 'd")


_PAST_IRREGULAR = _set(
    "felt made took went came got left fell rose grew saw began ran won lost paid sold said told says thought knew put "
    "gave set kept held met led spent"
)
#: words that make a clause finite without a part-of-speech tagger: auxiliaries, modals, common past forms
_VERB_FORMS = _FINITE | _MODALS | _PAST_IRREGULAR
#: more irregular past forms, for the verb of a clause a participle hangs on ("The mayor dug in, insisting")
_PAST_IRREGULAR_MORE = _set(
    "dug struck fought stood sent spoke wrote drew threw broke chose drove swore shot sat stuck swung hung fled "
    "sought bought brought caught taught built dealt meant hid wore tore stole froze forgot withdrew overtook "
    "undertook upheld swept slid laid"
)


def _inverted_tag(toks: Sequence[Token], i: int, j: int) -> bool:
    """Is the phrase after a comma-preceded tag verb ``toks[i:j]`` its speaker ("..., said Ms. Okafor.")?

    The words before the comma must be a clause with a verb of its own (not "Ana Ruiz, 67,"),
    and the phrase after the tag a short noun phrase that ends the sentence or opens an
    appositive, with no verb or quotation in it: "..., said the plan was dead" is reported
    speech, not a speaker.
    """
    a = i - 1
    while a > 0 and toks[a - 1].lower not in _CLAUSE_STOP and toks[a - 1].lower not in _QUOTE_MARKS:
        a -= 1
    relative = False
    has_verb = False
    # a lower-case -ed form counts as the clause's verb before a capitalised speaker ("The
    # rules changed in 2019, said Dr. Park") or right before the comma ("Prices jumped, said
    # a trader"), not in "A crew member reached by phone, who ..., said the missile hit"
    named_after = j < len(toks) and _cap(toks[j]) and toks[j].lower not in _DATE_WORDS
    for m in range(a, i - 1):
        w = toks[m].lower
        if w in _RELATIVE_PRONOUNS or w == "that":
            relative = True
        elif w == ",":
            relative = False
        elif not relative and (
            w in _VERB_FORMS
            or (
                (named_after or m == i - 2)
                and len(w) > 4
                and w.endswith("ed")
                and toks[m].text.islower()
                and (m == 0 or toks[m - 1].lower not in _DETERMINERS)
            )
        ):
            has_verb = True
            break
    if not has_verb:
        return False
    first = toks[j].lower if j < len(toks) else ""
    if not (first and (_cap(toks[j]) or first in _DETERMINERS or first in _INDEFINITE or first[:1].isdigit())):
        return False
    end = next(
        (m for m in range(j, len(toks)) if toks[m].lower in (",", ".", "!", "?", ";", "(") and not _name_stop(toks, m)),
        len(toks),
    )
    if end == j or end - j > 12:
        return False
    words = toks[j:end]
    return not any(
        t.lower in _FINITE or t.lower in _QUOTE_MARKS or (t.lower.endswith("ed") and not _cap(t)) for t in words
    )


def _clause_verb(toks: Sequence[Token], a: int, e: int) -> int | None:
    """The first finite-looking verb of ``toks[a:e]`` outside parentheses and relative
    clauses, or None: an auxiliary, a modal, an irregular past or a lower-case -ed form
    that no determiner or possessive introduces ("The mayor doubled down on Friday",
    "She has attacked the plan"; not "the embattled mayor", "Ruiz, who was elected").

    >>> toks = tokenize("The embattled mayor doubled down on Friday")
    >>> toks[_clause_verb(toks, 0, len(toks))].text
    'doubled'
    """
    depth = 0
    relative = False
    for m in range(a, e):
        t = toks[m]
        w = t.lower
        if w == "(":
            depth += 1
        elif w == ")":
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif w == ",":
            relative = False
        elif w in _RELATIVE_PRONOUNS or w == "that":
            relative = True
        elif (
            relative
            or m == a
            or _cap(t)
            or w in ("'s", "’s", "'d", "’d")
            or toks[m - 1].lower in _DETERMINERS
            or toks[m - 1].lower.endswith(("'s", "’s"))
            or (
                m - 2 >= a
                and toks[m - 2].lower in _DETERMINERS
                and toks[m - 1].text.islower()
                and (toks[m - 1].lower in ("only", "first", "last", "most", "least", "long") or _adverb(toks[m - 1]))
            )  # "their only televised debate", "a newly elected judge": a modifier
        ):
            continue
        elif w in _VERB_FORMS or w in _PAST_IRREGULAR_MORE or (w.endswith("ed") and len(w) > 4):
            return m
        elif _adverb_s_form(toks, m):
            return m  # "Ruiz openly admires the governor, calling her ..."
    return None


def _clause_actor(toks: Sequence[Token], p: int) -> tuple[int, int] | None:
    """The short subject of the clause whose verb comes before token ``p``, or None.

    For a speech gerund after a preposition ("Hale closed the meeting by insisting",
    "the singer turned to the crowd before asking them"): the nearest finite-looking verb before ``p``
    (a lower-case -s or -ed form, or an irregular past) and the name or pronoun right
    before it, at most four words starting with a capital or a subject pronoun.
    """
    for v in range(p - 1, 0, -1):
        w = toks[v].lower
        if w == "," or w in _QUOTE_MARKS:
            continue
        if w in _NP_STOP:
            return None
        before = toks[v - 1]
        s_form = w.endswith("s") and not w.endswith("ss") and (_cap(before) or before.lower in _SUBJECT_PRONOUNS)
        verb_like = not _cap(toks[v]) and (w in _PAST_IRREGULAR or (w.endswith("ed") and len(w) > 4) or s_form)
        if not verb_like:
            continue
        a = v
        while a > 0 and toks[a - 1].lower.endswith("ly") and not _cap(toks[a - 1]):
            a -= 1  # "He recently pitched"
        v_adv = a
        if a > 1 and toks[a - 1].lower in ("and", "then") and not _cap(toks[a - 2]):
            # "Ruiz took the stage and opened by saying": the subject of the first verb
            return _first_subject(toks, a)
        while a > 0 and v_adv - a < 4 and (_cap(toks[a - 1]) or toks[a - 1].lower in ("he", "she", "they", "we")):
            a -= 1
            if toks[a].lower in _SUBJECT_PRONOUNS:
                break
        if a == v_adv or toks[a].lower in _PREPOSITIONS or toks[a].lower in _DETERMINERS:
            return None
        return (a, v_adv)
    return None


def _adverb_s_form(toks: Sequence[Token], k: int) -> bool:
    """An -s form right after an -ly adverb and before its object: "Ruiz openly admires the
    governor", "The senator strongly opposes any cut" (not "the family farms")."""
    w = toks[k].lower
    return (
        k > 0
        and k + 1 < len(toks)
        and w.endswith("s")
        and not w.endswith("ss")
        and toks[k].text.islower()
        and toks[k - 1].lower.endswith("ly")
        and toks[k - 1].text.islower()
        and toks[k - 1].lower not in _LY_NOUNS
        and (toks[k + 1].lower in _DETERMINERS or toks[k + 1].lower in _OBJECT_PRONOUNS)
    )


def _verb_like(toks: Sequence[Token], k: int) -> bool:
    """Does ``toks[k]`` look like the verb that ends a subject, without a tagger: an auxiliary, a
    modal or an irregular past, a lower-case -ed form not after a determiner, or a lower-case -s
    form right after a name ("Ruiz says")?"""
    t = toks[k]
    w = t.lower
    if w in _VERB_FORMS:
        return True
    if k == 0 or not t.text.islower():
        return False
    return (
        (w.endswith("ed") and toks[k - 1].lower not in _DETERMINERS)
        or (w in _PAST_IRREGULAR_MORE and toks[k - 1].lower not in _DETERMINERS)  # "The lawyer stood up and told"
        or (w.endswith("s") and not w.endswith("ss") and _cap(toks[k - 1]))
        or _adverb_s_form(toks, k)
        or (  # "The company cut 200 jobs and said": a past with no -ed, before its object
            w in _SAME_PAST
            and toks[k - 1].lower not in _DETERMINERS
            and toks[k - 1].lower not in _PREPOSITIONS
            and k + 1 < len(toks)
            and (toks[k + 1].lower in _DETERMINERS or toks[k + 1].lower[:1].isdigit())
        )
    )


#: verbs whose past is their base form ("cut", "shut")
_SAME_PAST = _set("cut put set hit shut quit spread cost hurt let bid")


#: bare plural bodies that act and then speak: "Police arrested two men and said ..."
_ACTING_BODIES = _set("police prosecutors investigators authorities firefighters paramedics troopers regulators")


def _first_subject(toks: Sequence[Token], v: int) -> tuple[int, int] | None:
    """The subject that opens the sentence, for a verb coordinated after "and"/"but".

    Words from the start up to the first verb-like word (a lower-case past form, a finite
    auxiliary, or an -s form after a name), with an appositive between commas kept:
    "Marta Ilves, the harbour master, inspected ... and said", "The European Union's observer
    mission said ... but noted". None when no such verb is found before ``v``.
    """
    if not toks or toks[0].lower in _SUBORDINATORS or toks[0].lower in _PREPOSITIONS or toks[0].lower in _DAYS:
        return None  # "In a statement, ...", "Today the company ..."
    k = 0
    while k < v and k < 12:
        t = toks[k]
        w = t.lower
        if w == "," and k:
            close = next((m for m in range(k + 1, min(v, k + 16)) if toks[m].lower == ","), None)
            if close is None or close + 1 >= v:
                return None
            after = close + 1
            while after < v - 1 and (toks[after].lower in ("then", "later", "also", "again") or _adverb(toks[after])):
                after += 1  # "Ruiz, a nurse, then went ... and said"
            nxt = toks[after]
            return (0, close) if not _cap(nxt) and nxt.lower not in _NP_STOP else None
        if _cap(t) or w in ("'", "’", ".", "&", "of") or (k and w.endswith(("'s", "’s"))):
            k += 1
            continue
        if w in _lex("role_nouns") or w in _lex("org_words") or w in _lex("rank_words"):
            k += 1
            continue
        if w in ("who", "whose") and k > 1:
            return (0, k)  # "A senior official who has worked with her described ... and said"
        if w in _NP_STOP or w in _QUOTE_MARKS or w[:1].isdigit():
            return None
        if _verb_like(toks, k):
            acting_body = k == 1 and toks[0].lower in _ACTING_BODIES and w not in _FINITE and w not in _MODALS
            if k == 0 or (k == 1 and _ordinary_word(toks[0].lower) and not acting_body):
                return None  # "The rains came and ..." (but "Police arrested two men and said ...")
            return (0, k)
        k += 1
    return None


#: subordinators that can open a sentence before its main clause ("After ..., B"); not "as",
#: whose "As Okoro said, P" sources P
_LEADING_SUBORDINATORS = _set("after when once because although though since while before until whereas")
#: words that can stand before a leading subordinator: "Hours after", "A day after", "Even though"
_LEADING_PRE = _set("hours days minutes weeks months years moments a one two just shortly soon even only long")


def _leading_clause_end(lowers: Sequence[str]) -> int | None:
    """Index of the comma that closes a subordinate clause opening the sentence, when a main clause
    of at least two words follows it ("After Okoro said A, three principals resigned"), else
    None. "When asked, Okoro said" has no clause of its own before the comma."""
    k = next((m for m in range(min(4, len(lowers))) if lowers[m] in _LEADING_SUBORDINATORS), None)
    if k is None or any(lowers[m] not in _LEADING_PRE for m in range(k)):
        return None
    c = next((m for m in range(k + 3, min(len(lowers), 40)) if lowers[m] in (",", ";", "—")), None)
    if c is None or lowers[c] != ",":
        return None
    if sum(1 for w in lowers[c + 1 :] if w[:1].isalnum()) < 2:
        return None
    if c + 1 < len(lowers) and lowers[c + 1] in ("he", "she"):
        return None  # "When the governor announced the pause, she used the word four times": still her
    return c


#: the writer's present tense: a clause in it after "X said A" is not back-shifted speech
_PRESENT_AUX = _set("has have is are will does do can won't isn't aren't hasn't haven't doesn't don't can't")
#: what opens the subject of a new clause after ", and"
_CLAUSE_OPENERS = _set("the a an its his her their these those some many most several no")
#: irregular past forms of reporting verbs
_PAST_REPORTING = _set("said told wrote thought felt knew saw heard found made gave spoke took")


def _writer_clause_after(toks: Sequence[Token], lowers: Sequence[str], verb_end: int, quoted: Sequence[bool]) -> bool:
    """Whether a clause in the writer's present tense follows the reporting verb ending at character
    ``verb_end``, joined by ", and", ", but", ", while" or ", yet", with its own subject: "Okoro
    said the talks had stalled, and the district has already frozen hiring". Not "and that ...",
    nor back-shifted "and the district had ...", nor inside a quotation."""
    for k in range(len(toks) - 4):
        if toks[k].start < verb_end or lowers[k] != "," or lowers[k + 1] not in ("and", "but", "while", "yet"):
            continue
        if quoted[k]:
            continue
        a = k + 2
        if not (lowers[a] in _CLAUSE_OPENERS or _cap(toks[a]) or toks[a].text[:1].isdigit()):
            continue
        for m in range(a + 1, min(len(toks), a + 8)):
            if lowers[m] in (",", ";", "that", "who", "which"):
                break
            if lowers[m] in _PRESENT_AUX:
                return True
    return False


def _in_subordinate(lowers: Sequence[str], a: int) -> bool:
    """Whether the subject starting at ``a`` opens a subordinate clause that follows a
    main clause of at least three words ("..., given that Ruiz has said", "... because
    officials said")."""
    lead = _leading_clause_end(lowers)
    if lead is not None and a < lead:
        return True  # "After Okoro said the district would freeze hiring, three principals resigned"
    if a >= 2 and lowers[a - 1] == "that" and lowers[a - 2] in ("given", "now", "so"):
        k = a - 2
    elif a >= 1 and lowers[a - 1] in _CLAUSE_SUBORDINATORS:
        k = a - 1
    else:
        return False
    words = 0  # count back only as far as the third word: a count of the whole prefix was quadratic
    for m in range(k - 1, -1, -1):
        if lowers[m][:1].isalnum():
            words += 1
            if words == 3:
                return True
    return False


def _free_words(
    toks: Sequence[Token], words: Collection[str], blocked: Collection[int], quoted: Sequence[bool], all_quoted: bool
) -> Iterator[int]:
    """Positions of the words in ``words`` (never the first token) that no other cue has taken and
    that stand outside a quotation (unless the whole line is one)."""
    for k in range(1, len(toks)):
        if toks[k].lower in words and k not in blocked and not (quoted[k] and not all_quoted):
            yield k


def _reports_open(toks: Sequence[Token], i: int, j: int) -> bool:
    """Does "per" at ``toks[i]`` open a clause before a bare plural of reports or documents
    ("Per local reports, ...")?"""
    return (i == 0 or toks[i - 1].text in (",", "—", "–")) and any(
        toks[m].lower in _lex("document_nouns") or toks[m].lower in ("sources", "reports", "reporting")
        for m in range(j, min(len(toks), j + 3))
    )


def _not_a_finite_use(prev: str) -> bool:
    """Does the word before a verb-like match make it a noun or an infinitive ("the cut", "its
    rulings", "to treat") rather than a finite verb?"""
    return prev in _DETERMINERS or prev == "to" or prev.endswith("'s")


#: "it's" and its kin are "it is", not a possessive
_CONTRACTED_IS = _set("it's it’s that's that’s there's there’s here's here’s what's what’s he's he’s she's she’s")


def _formal_acts(
    toks: Sequence[Token], blocked: Collection[int], quoted: Sequence[bool], all_quoted: bool
) -> list[tuple[int, int, str]]:
    """Formal decisions of a named body: "The appeals court overturned the conviction",
    "Committee votes to subpoena aide", "Central bank raises rates". The guide counts them
    as the body speaking officially. A person's own act ("The governor fired her aide") and a
    noun ("the court's orders") are not; the passive with its body ("was blocked by a judge") is
    found with the other passives (:func:`_agent_passives`).

    >>> [toks[i].text for toks in [tokenize("Court blocks voter ID law")] for i, _, _ in
    ...  _formal_acts(toks, (), [False] * 5, False)]
    ['blocks']
    >>> _formal_acts(tokenize("The law was blocked by a judge"), (), [False] * 7, False)
    []
    """
    out = []
    for k in _free_words(toks, _DECISION_VERBS, blocked, quoted, all_quoted):
        w = toks[k].lower
        rate = w in _RATE_ACTS
        prev = toks[k - 1].lower
        nxt = toks[k + 1].lower if k + 1 < len(toks) else ""
        if prev in _BE or prev in _MODALS or _not_a_finite_use(prev) or nxt == "by":
            continue
        if w in ("strikes", "struck") and nxt != "down":
            continue
        if w in _FORMAL_PARTICLES and nxt != _FORMAL_PARTICLES[w]:
            continue
        if prev.endswith("n't") or prev in ("not", "never") or prev in _HABITUAL_ADVERBS:
            continue  # "the board won't let them grow", "Regulators rarely grant": no decision
        if w in _PERMITS and not (nxt.isalpha() and nxt not in _PREPOSITIONS and nxt not in ("and", "or", "but", "it")):
            continue  # "Court lets administration enforce ...", not "as time allows"
        if w in _REFUSALS and k + 2 < len(toks) and toks[k + 2].lower in _WITHHOLD_VERBS:
            continue  # "refused to release the list" is a response status, not a ruling
        if rate and not any(t.lower in ("rate", "rates") for t in toks[k + 1 : k + 6]):
            continue
        after = nxt
        if after in _DAYS or after in ("today", "yesterday"):  # "ruled Friday against ..."
            after = toks[k + 2].lower if k + 2 < len(toks) else ""
        verdict = after in ("the", "it", "his", "her", "their", "its", "both") and any(
            t.lower in _VERDICT_WORDS for t in toks[k + 2 : k + 8]
        )  # "The medical examiner ruled the death a homicide"
        if w in ("rules", "ruled") and after not in ("that", "against", "in", "for", "on", ",") and not verdict:
            continue
        np = _np_left(toks, k, 8)
        if np is None:
            continue
        a, b = np
        if a > 0 and toks[a - 1].lower in _SUBORDINATORS:
            continue  # "eight months after a jury convicted him": background to the main clause
        lead = next((m for m in range(a, b) if toks[m].lower in _PREPOSITIONS or toks[m].lower == ","), b) - 1
        head = toks[lead] if lead >= a else None
        # "Judge Tobias Renn sentenced": a named judge rules for the court; "School board members
        # voted": the members of a body decide as that body
        for_body = (
            any(toks[m].text in ("Judge", "Magistrate") and _cap(toks[m + 1]) for m in range(a, lead))
            or (head is not None and head.lower == "members" and lead > a and toks[lead - 1].lower in _BODIES)
            # "Six of its nine members voted": counted members of the body the story names
            or (
                toks[b - 1].lower == "members"
                and prev not in ("who", "that")
                and any(toks[m].lower in ("its", "the") for m in range(lead, b))
            )
        )
        owned = any(t.lower.endswith(("'s", "’s")) and t.lower not in _CONTRACTED_IS for t in toks[a : b - 1])
        possessed = toks[b - 1] if owned else None
        if possessed is not None and possessed.lower in _BODIES:
            head = possessed  # "The secretary of state's office certified": the office decides
        plural_bench = head is not None and head.lower in _PLURAL_BENCHES
        if head is None or not (
            head.lower in _BODIES
            or for_body
            or (head.text.isupper() and 2 <= len(head.text) <= 5)
            or (w in _FORMAL_BASE_FORMS and plural_bench)
        ):
            continue
        if w in _FORMAL_BASE_FORMS and not w.endswith("ed") and not plural_bench:
            continue  # "Regulators grant", "Justices reject"; not "the committee vote", "a council grant"
        if (w in _PERMITS or w in _REFUSALS) and not (head.lower in _BENCHES or for_body):
            continue  # a court's permission or refusal is a ruling; "the board let the list grow" is not
        phrasal = w in ("strikes", "struck") or _FORMAL_PARTICLES.get(w) == "out"
        out.append((k, k + 2 if phrasal else k + 1, "formal"))
    return out


#: verbs by which an investigating body says what it takes an event to be ("Police are treating the
#: death as suspicious", "Detectives investigated the fire as arson")
_CHARACTERISING = _set(
    "treating treats treated investigating investigates investigated handling handles handled classifying "
    "classifies classified probing probes probed"
)


def _perceived_speaker(toks: Sequence[Token], i: int) -> int | None:
    """Where the verb group ends its subject in "X can be heard saying", "X was seen telling"
    (the position of "can", "was"), when the speech verb at ``toks[i]`` is an -ing form after
    "heard" or "seen" (at most three words between: "heard on the tape saying"), or None.

    >>> toks = tokenize("The senator can be heard calling the plan a joke.")
    >>> _perceived_speaker(toks, 5)
    2
    """
    if not toks[i].lower.endswith("ing"):
        return None
    for k in range(i - 1, max(0, i - 5), -1):
        if toks[k].lower in ("heard", "seen") and k > 0 and toks[k - 1].lower in _BE:
            between = toks[k + 1 : i]
            if any(t.text in (",", ";", ":") or t.lower in _CLAUSE_VERBS for t in between):
                return None
            m = k - 1
            while m > 0 and (toks[m - 1].lower in _AUX_SKIP or toks[m - 1].lower in _BE):
                m -= 1  # back over "can be", "could clearly be"
            return m
    return None


#: what an investigating body reads as something ("the death", "the fire", "it")
_EVENT_OBJECTS = _set(
    "death deaths fire fires blaze blazes case cases shooting shootings incident incidents crash crashes "
    "killing killings attack attacks explosion explosions blast collapse disappearance disappearances stabbing "
    "assault break-in burglary theft collision matter outbreak poisoning leak breach it this"
)


def _characterisations(
    toks: Sequence[Token], blocked: Collection[int], quoted: Sequence[bool], all_quoted: bool
) -> list[tuple[int, int, str]]:
    """An investigating body's reading of an event, in the active voice: "Police are investigating
    the fire as arson", "Authorities treated the death as suspicious". The reading is the
    subject's, so the verb is a belief verb whose subject is the source, typed as usual ("Police",
    "Authorities"). A passive names nobody ("The death is being treated as suspicious"), and an
    object too long to be one ("treating ... , as ...") is not this shape.

    >>> toks = tokenize("Police are investigating the fire as arson.")
    >>> [toks[i].text for i, _, _ in _characterisations(toks, (), [False] * 8, False)]
    ['investigating']
    >>> _characterisations(tokenize("The fire is being investigated as arson."), (), [False] * 8, False)
    []
    """
    out = []
    for k in _free_words(toks, _CHARACTERISING, blocked, quoted, all_quoted):
        if k >= len(toks) - 2:
            continue
        w = toks[k].lower
        prev = toks[k - 1].lower
        if w.endswith("ed") and (prev in _BE or prev in ("being", "been")):
            continue  # "was treated as", "has been classified as": a passive names no one
        if _not_a_finite_use(prev):
            continue
        as_at = next((m for m in range(k + 1, min(len(toks) - 1, k + 8)) if toks[m].lower == "as"), None)
        if as_at is None or any(toks[m].text in (",", ";", ":") for m in range(k + 1, as_at)):
            continue
        nxt = toks[as_at + 1].lower
        if nxt in ("if", "though", "well", "soon", "long", "much", "part", "of", "far", "many"):
            continue  # "treated it as if", "as well as", "as part of"
        # the object before "as", or after the reading ("treating as suspicious an early-morning fire")
        obj = range(k + 1, as_at) if as_at > k + 1 else range(as_at + 2, min(len(toks), as_at + 9))
        if not any(toks[m].lower in _EVENT_OBJECTS for m in obj):
            continue  # "He treated the staff as family": a manner, not a reading of an event
        out.append((k, k + 1, "cognitive"))
    return out


#: revising a published view: "cut its profit forecast", "raised their price target"
_REVISION_VERBS = _set(
    "raised raises lifted lifts cut cuts lowered lowers trimmed trims upgraded upgrades downgraded downgrades "
    "reaffirmed reaffirms reiterated reiterates slashed slashes"
)
_VIEW_DETERMINERS = _set("his her their its the a an")
_PUBLISHED_VIEWS = _set(
    "forecast forecasts outlook outlooks guidance target targets rating ratings estimate estimates projection "
    "projections"
)


def _view_revisions(
    toks: Sequence[Token], blocked: Collection[int], quoted: Sequence[bool], all_quoted: bool
) -> list[tuple[int, int, str]]:
    """A published view revised by whoever holds it: "Kestrel Foods cut its profit forecast",
    "Analysts at Hadfield Renner raised their price target". A forecast, outlook, rating or
    target is something its holder states, so the verb reports its subject's statement (the
    corpus labels these lines by that subject). A passive ("the forecast was cut") and a
    revision inside another clause's object are not.

    >>> toks = tokenize("Kestrel Foods cut its full-year profit forecast on Tuesday.")
    >>> [toks[i].text for i, _, _ in _view_revisions(toks, (), [False] * 10, False)]
    ['cut']
    >>> _view_revisions(tokenize("The forecast was cut again."), (), [False] * 6, False)
    []
    """
    out = []
    for k in _free_words(toks, _REVISION_VERBS, blocked, quoted, all_quoted):
        if k >= len(toks) - 1:
            continue
        prev = toks[k - 1].lower
        if prev in _BE or prev in ("being", "been") or _not_a_finite_use(prev):
            continue
        end = next((m for m in range(k + 1, min(len(toks), k + 7)) if toks[m].text in (",", ";", ":", ".")), k + 7)
        revised = any(toks[m].lower in _PUBLISHED_VIEWS for m in range(k + 1, min(len(toks), end)))
        if not revised or toks[k + 1].lower not in _VIEW_DETERMINERS:
            continue  # "cut costs to meet its forecast": the revised thing follows the verb at once
        out.append((k, k + 1, "speech"))
    return out


_DOTTED_ABBREVIATION = re.compile(r"(?:[A-Z]\.)+[A-Z]")
#: titles written with a full stop before a name ("Mr. Ortega", "Sen. Cole")
_NAME_TITLES = _set(
    "mr mrs ms messrs dr prof rev fr sen sens rep reps gov gen lt col maj capt sgt cpl adm cmdr det insp supt atty hon"
)


def _name_stop(toks: Sequence[Token], m: int) -> bool:
    """Is the full stop ``toks[m]`` part of a name ("Mr. Ortega", "U.S. officials") rather than an end?"""
    if toks[m].lower != "." or m == 0 or m + 1 >= len(toks):
        return False
    before = toks[m - 1].text
    return bool(_DOTTED_ABBREVIATION.fullmatch(before)) or (before.lower() in _NAME_TITLES and _cap(toks[m + 1]))


#: determiners that open a new noun phrase (not "latest", "several": "the latest figures")
_CLAUSE_DETERMINERS = _set("the a an this these those his her their its our my")


#: nouns after "at the", "in the", "on the" that make the phrase a time or an occasion, not a
#: place or a body ("on the day", "at the news conference", "in the statement")
_NOT_PLACE_NOUNS = _THAT_TIMES | _set(
    "end start wake aftermath meantime past future moment hour minute record condition conference briefing meeting "
    "hearing rally event ceremony interview statement session speech forum debate summit funeral vigil gathering "
    "call letter email post video report filing memo note release episode broadcast show podcast"
)


def _place_phrase(toks: Sequence[Token], i: int) -> bool:
    """Whether the preposition at ``i`` ("at", "in", "on") opens a phrase that places a source in
    a body or a place ("engineers at the operator's control centre", "officials at the Pentagon",
    "nurses on two of the hospital's wards"), not a time or an occasion ("on Tuesday", "at the
    hearing", "in a statement"): a source is placed by what follows it, so the phrase is kept."""
    if i + 1 >= len(toks) or i == 0 or toks[i].lower not in ("at", "in", "on"):
        return False
    before = toks[i - 1].lower
    if not (
        _person_head(before) or before in _GENERIC_HEADS or before in ("official", "officials", "source", "sources")
    ):
        return False  # "a study published Wednesday in ...", "reports in the press": a record, typed as before
    nxt = toks[i + 1]
    w = nxt.lower
    if w in _AGENT_TIME or w[:1].isdigit():
        return False
    if not (
        _cap(nxt)
        or w in ("the", "its", "their")
        or (w in _COUNT_WORDS and i + 2 < len(toks) and toks[i + 2].lower == "of")
    ):
        return False
    for t in toks[i + 1 : i + 8]:  # "on Tuesday", "at the news conference", "in the early hours"
        if t.text in (",", ".", ";", ":") or t.lower in _NP_STOP:
            break
        if t.lower in _NOT_PLACE_NOUNS or t.lower in _DATE_WORDS:
            return False
    return True


def _np_right(toks: Sequence[Token], v: int, limit: int = 12) -> tuple[int, int] | None:
    """Noun phrase starting at token ``v`` (after an inverted verb or 'according to')."""
    i = v
    # "According to local legend the bridge is haunted": an opening phrase with no comma after
    # it ends where the main clause's subject begins
    opening = v <= 3 and not any(t.text in (",", ":", "—", "–", ";") for t in toks[v:])
    while i < len(toks) and i - v < limit:
        t = toks[i]
        if t.lower == "as" and i + 1 < len(toks) and toks[i + 1].lower == "yet":
            i += 2
            continue
        if i > v and _name_stop(toks, i):
            i += 1  # "citing two U.S. officials", "said Mr. Ortega": the full stop belongs to the name
            continue
        if i > v and _place_phrase(toks, i):
            i += 1
            continue
        if t.lower in _NP_STOP or t.lower in (
            ",",
            ".",
            "on",
            "in",
            "at",
            "during",
            "told",
            "said",
            "says",
            "last",
            "this",
            "earlier",
        ):
            break
        if (
            opening
            and i > v
            and (t.lower in _CLAUSE_DETERMINERS or t.lower in ("he", "she", "they", "we", "i", "it", "you"))
            and toks[i - 1].lower not in _PREPOSITIONS
            and toks[i - 1].lower not in _DETERMINERS
            and toks[i - 1].lower not in ("and", "or", "'s", "’s")
            and toks[i - 1].text[:1].isalnum()
        ):
            break
        i += 1
    return (v, i) if i > v else None


_POSSESSIVE_PRONOUNS = _set("his her their its")
_REPRESENTATIVES = _set("lawyer lawyers attorney attorneys publicist representative representatives")


def _anaphoric_person(lowers: Sequence[str]) -> bool:
    """A definite singular role that points back to a person already named in the story.

    >>> _anaphoric_person(["the", "former", "senator"]), _anaphoric_person(["a", "senator"])
    (True, False)
    >>> _anaphoric_person(["the", "prime", "minister"]), _anaphoric_person(["the", "official"])
    (True, False)
    """
    if len(lowers) < 2 or lowers[0] != "the" or len(lowers) > 6:
        return False
    heads = _lex("anaphoric_heads")
    head = lowers[-1]
    if " ".join(lowers[-2:]) in heads:
        return True
    return head in heads


#: base forms, taken only after a plural bench ("Regulators grant", "Justices reject")
_FORMAL_BASE_FORMS = _set(
    "vote approve reject pass block uphold overturn reinstate convict acquit grant dismiss certify adopt annul throw "
    "toss allow let refuse clear halt"
)
#: formal decisions: a body that takes one speaks officially ("The court blocked the law")
_FORMAL_ACTS = (
    _set(
        "votes voted approves approved rejects rejected passes passed blocks blocked upholds upheld overturns "
        "overturned reinstates reinstated convicts convicted acquits acquitted sentences sentenced orders ordered "
        "grants granted dismisses dismissed certifies certified adopts adopted strikes struck annuls annulled bars "
        "barred fines fined jails jailed impeaches impeached indicts indicted rules ruled"
        # the phrasal and permissive rulings of courts ("throws out", "lets", "refuses to", "clears")
        " throws threw tosses tossed lets allows allowed refuses refused clears cleared halts halted"
        " revives revived"
    )
    | _FORMAL_BASE_FORMS
)
#: courts and regulators, whose permissions and refusals are rulings ("Court lets the state
#: enforce ...", "Judge refuses to jail her"); the plural ones may take a base form
_PLURAL_BENCHES = _set("courts justices judges regulators commissioners jurors")
_BENCHES = _PLURAL_BENCHES | _set("court judge jury panel tribunal regulator magistrate")
_PERMITS = _set("lets let allows allowed allow")
_HABITUAL_ADVERBS = _set("rarely seldom often usually typically generally always sometimes routinely normally")
_WITHHOLD_VERBS = _set(
    "release say comment disclose discuss answer confirm reveal explain provide name identify publish share"
)
#: formal acts that need their particle: "throws out the verdict", "refuses to jail her"
_FORMAL_PARTICLES = {
    "throws": "out",
    "threw": "out",
    "throw": "out",
    "tosses": "out",
    "tossed": "out",
    "toss": "out",
    "refuses": "to",
    "refused": "to",
    "refuse": "to",
}
_REFUSALS = frozenset(w for w, particle in _FORMAL_PARTICLES.items() if particle == "to")
_RATE_ACTS = _set("raises raised cut cuts lowers lowered holds held keeps kept")
_DECISION_VERBS = _FORMAL_ACTS | _RATE_ACTS
_NAMED_SOURCES = frozenset({"named_person", "named_organization", "document"})
#: bodies whose decisions are formal pronouncements
_BODIES = _set(
    "court courts judge justices jury panel tribunal senate house parliament assembly legislature congress council "
    "board committee commission cabinet regulator regulators agency bank fed reserve coroner examiner marshal office"
    " league federation"
)
#: what a court, a coroner or a fire marshal rules something to be
_VERDICT_WORDS = _set(
    "homicide suicide accidental accident undetermined natural unconstitutional constitutional invalid valid "
    "lawful unlawful illegal legal justified inadmissible admissible void moot incendiary arson"
)
_STANCE_ADJECTIVES = _set(
    "worried afraid concerned convinced confident certain sure fearful hopeful optimistic pessimistic adamant "
    "skeptical sceptical aware"
)
_LINKING = _set("seem seems seemed appear appears appeared remain remains remained feel feels felt grow grew")


def _clause_subject(toks: Sequence[Token], t: int) -> bool:
    """Does a clause start at ``toks[t]`` with a subject pronoun or a determiner and a verb-like word
    soon after ("she will", "the result is", "there will be")?"""
    if t >= len(toks):
        return False
    w = toks[t].lower
    if w in ("she", "he", "they", "we", "it", "there", "i"):
        return True
    if w in ("the", "this", "his", "her", "their", "its"):
        return any(
            toks[m].lower in _VERB_FORMS or (toks[m].lower.endswith("ed") and not _cap(toks[m]))
            for m in range(t + 2, min(len(toks), t + 6))
        )
    return False


_HEARD_GAP = _set("by now already before often repeatedly long for years months all along")
_DEGREE_ADVERBS = _set("very so increasingly deeply growing quite fairly also still now not less more all too")
_BE_FORMS = _set("is are was were be been being am 's 're 'm")
_AGREED_OBJECTS = _set("a an the its his her their our new terms deal deals")


def _lead_of(lowers: Sequence[str], start: int = 1) -> int:
    """Index of the word that heads a phrase: the last before a preposition, a comma or a
    relative clause at or after ``start`` ("a source in the police" -> "source"); -1 when
    the phrase opens with one and ``start`` is 0."""
    end = next(
        (k for k in range(start, len(lowers)) if lowers[k] in _PREPOSITIONS or lowers[k] in _LEAD_END), len(lowers)
    )
    return end - 1


_SOURCE_PLACES = _set(
    "security intelligence military diplomatic defense defence palace judicial campaign administration police "
    "government ministry army navy industry kremlin"
)
_ABSTRACT_SOURCES = _set(
    "wisdom theory theories rumour rumours rumor rumors legend consensus thinking belief speculation folklore lore "
    "gossip talk"
)
_LOOSE_QUANTIFIERS = _set("some many most few numerous countless")
_INDEFINITE_PRONOUNS = _set("nobody everyone everybody no-one noone")


def _constituency_level(lowers: Sequence[str], lead: int) -> str | None:
    """Source type of a group named only by a constituency ("voters", "parents at the school"),
    or None when the phrase is not headed by one.

    A bare or placed group identifies nobody (``vague``); a counted group or one member
    ("three voters in the district", "a shopper") is described, so ``anonymous``. A phrase
    that opens with "the" and has no qualifier ("the parents said") points back to people
    already in the story and is left to the other rules.

    >>> _constituency_level(["parents", "at", "the", "school"], 0)
    'vague'
    >>> _constituency_level(["three", "voters", "in", "the", "district"], 1)
    'anonymous'
    >>> _constituency_level(["the", "parents"], 1) is None
    True
    """
    if lead < 0 or lowers[lead] not in _lex("constituencies"):
        return None
    before = lowers[:lead]
    counted = any(w[:1].isdigit() or w in _EXACT_COUNTS for w in before)
    if counted or (before and before[0] in _INDEFINITE and before[0] != "several"):
        return "anonymous"
    if before and before[0] in ("the", "these", "those") and lead == len(lowers) - 1:
        return None
    return "vague"


#: words that may stand between "the" and the members a body is named after ("the state teachers union")
_BODY_SCOPE = _set("state local national city county regional district statewide")
#: bodies named after their members
_MEMBER_BODIES = _set(
    "union unions association federation council group guild league coalition alliance society caucus"
)


def _trade_body(lowers: Sequence[str]) -> bool:
    """Is the phrase a body named by its members: "the" + the members (a constituency or a
    trade) + an organisation word ("the teachers union", "the state nurses' association",
    "the farmers group")? Such a body is identified, like "the union", not a loose group.

    >>> _trade_body(["the", "teachers", "union"]), _trade_body(["the", "state", "nurses", "'", "association"])
    (True, True)
    >>> _trade_body(["the", "teachers"]), _trade_body(["three", "teachers", "union", "members"])
    (False, False)
    """
    if len(lowers) < 3 or len(lowers) > 6 or lowers[0] != "the" or lowers[-1] not in _MEMBER_BODIES:
        return False
    members = 0
    for w in lowers[1:-1]:
        w = w.rstrip("'’")
        if w in _BODY_SCOPE or w in ("", "s"):
            continue
        if w in _lex("constituencies") or w in _lex("role_nouns"):
            members += 1
        else:
            return False
    return members > 0


_ASIDE_PREPOSITIONS = _set("in at on for during through via after before")


#: plurals who speak for their body ("county election officials said on X"): the body's voice,
#: not a placed group of unnamed people
_VOICES_OF_BODY = _set(
    "officials inspectors representatives investigators regulators prosecutors officers troopers spokespeople"
)


#: what an outlet is called after its name ("People magazine")
_OUTLET_KINDS = _set("magazine newspaper tabloid broadsheet weekly daily")


#: promotional material that identifies nothing when nobody owns it ("Ads have painted him as")
_PROMO_PLURALS = _set("ads adverts advertisements mailers flyers leaflets")


#: people by what they are, placed only by where they live or work ("a retired bus driver from Leeds")
_PERSON_NOUNS = _set("man woman men women mother father mom dad volunteer driver drivers owner owners worker workers")


#: generic access at the head of a phrase: a person or source known only by closeness or knowledge
_GENERIC_ACCESS = re.compile(
    r"(?:(?:a|an|one|two|three|four|several|some|another|a second|a third)\s+)?"
    r"(?:person|people|persons|source|sources|someone|somebody|individual|individuals|those)\s+"
    r"(?:familiar|close|privy|briefed|aware|knowledgeable|with (?:direct )?knowledge|with access|in the know"
    r"|who (?:knows?|knew|(?:has|have|had) known)"
    r"|who (?:has|have|had) (?:seen|read|heard|viewed|reviewed|watched|examined|listened to|been (?:briefed|shown))"
    r"|who works? (?:closely )?with)\b"
)
#: short phrases that point back to informants with generic access named earlier in the story
#: ("people familiar with the talks said ... the people said", "one of the sources said")
_ANAPHORIC_INFORMANTS = [
    [*pre, noun] for pre in (["the"], ["one", "of", "the"], ["two", "of", "the"]) for noun in ("people", "sources")
]
#: what may stand before "source" in a source placed in an institution ("A senior source in")
_PLACED_SOURCE_OPENERS = _set(
    "a an one two three four several some another second third senior top high-level highly-placed "
    "high-ranking top-level government party police official"
)


def _institution_after(np_toks: Sequence[Token], k: int) -> bool:
    """Does the phrase from ``k`` name an institution (an organisation word, a possessive, an
    acronym: "the party", "Esquivel's campaign", "the PWD"), not just a place ("Quarrenden Valley")?"""
    rest = np_toks[k:]
    return any(
        t.lower in _lex("org_words")
        or t.lower.endswith(("'s", "’s"))
        or (len(t.text) > 1 and t.text.isupper() and t.text.isalpha())
        for t in rest
    )


def _modifier_places(
    np_toks: Sequence[Token],
    ks: Iterable[int],
    sentence_start: bool,
    places: frozenset[str] = _SOURCE_PLACES,
    not_names: frozenset[str] = frozenset(),
) -> bool:
    """Does a modifier at one of ``ks`` place an unnamed source in a body: an institution word, a
    sector of government (``places``), an organisation word or a name ("a police source", "a BBC
    insider")? Capitalised words in ``not_names`` name a trade, not a body ("a TV insider")."""
    for k in ks:
        t = np_toks[k]
        if t.lower in _INSTITUTION_SINGLE or t.lower in places or t.lower in _lex("org_words"):
            return True
        if _is_name_token(t, k, sentence_start) and t.lower not in not_names:
            return True
    return False


#: offices held by one person, named in headlines without "the" ("mayor says", "coach admits")
_UNIQUE_OFFICES = _set(
    "mayor governor president premier chancellor minister leader chief coach manager judge spokesman "
    "spokeswoman spokesperson chairman chairwoman chair ceo boss captain commissioner sheriff prosecutor"
)


def _headline_bare(np_toks: Sequence[Token]) -> bool:
    """Is the phrase one to three lower-case words inside a headline ("union", "hospital audit"),
    the shape in which headlines drop "the"?"""
    return _HEADLINE.get() and 1 <= len(np_toks) <= 3 and all(t.text.isalpha() and t.text.islower() for t in np_toks)


def _headline_document(np_toks: Sequence[Token]) -> bool:
    """In a headline, a record or a study without "the" ("trial finds", "hospital audit shows",
    "invoices show") is the document the story is about."""
    if not _headline_bare(np_toks):
        return False
    head = np_toks[-1].lower
    return (
        head in _lex("document_nouns")
        and head not in ("reports", "claims")  # "..., reports say": nobody's reports (vague)
        and np_toks[0].lower not in _DETERMINERS
    )


def _headline_singular(np_toks: Sequence[Token]) -> bool:
    """Is the phrase a singular body or one-person office with no determiner, as headlines write
    them ("union warns", "company says", "state prosecutor says")? Ordinary prose needs "the"
    before a singular count noun, so the bare form is the headline's "the union".

    >>> token = _HEADLINE.set(True)
    >>> _headline_singular(tokenize("union")), _headline_singular(tokenize("engineers"))
    (True, False)
    >>> _HEADLINE.reset(token)
    """
    if not _headline_bare(np_toks) or np_toks[-1].lower == "who":
        return False
    head = np_toks[-1].lower
    if head.endswith("s") or any(t.lower in _DETERMINERS or t.lower in _PREPOSITIONS for t in np_toks):
        return False
    return head in _UNIQUE_OFFICES or (head in _lex("org_words") and head != "group")


#: adjectives before "media" or "press" that name no outlet ("state media", "the local press")
_MEDIA_SCOPE = _set(
    "the local state foreign national international mainstream western regional official state-run "
    "state-controlled independent opposition pro-government"
)
#: nationalities whose adjective has none of the usual endings ("Greek media", "French press")
_SHORT_DEMONYMS = _set("greek french dutch thai iraqi israeli kuwaiti saudi czech swiss danish welsh scottish irish")


def _unnamed_media(np_toks: Sequence[Token]) -> bool:
    """Is the phrase the media of a place or a kind, with no outlet named ("Portuguese media",
    "state media", "the local press", "Greek media reports")?

    >>> _unnamed_media(tokenize("Portuguese media")), _unnamed_media(tokenize("the Associated Press"))
    (True, False)
    """
    lowers = [t.lower for t in np_toks]
    if not 2 <= len(lowers) <= 4 or (lowers[-1] not in ("media", "press") and lowers[-2:] != ["media", "reports"]):
        return False
    head = len(lowers) - (2 if lowers[-1] == "reports" else 1)
    if not np_toks[head].text.islower():
        return False  # "The Press", "Sinclair Media": an outlet's own name
    for t in np_toks[:head]:
        w = t.lower
        demonym = _cap(t) and (w.endswith(_DEMONYM_ENDINGS) or w in _SHORT_DEMONYMS) and w != "associated"
        if not (w in _MEDIA_SCOPE or demonym):
            return False
    return True


#: reports and accounts that a place or a people may place without naming who gave them
_REPORT_PLURALS = _set("reports accounts rumours rumors")
#: words before such reports that name no outlet ("Local reports", "Press accounts")
_REPORT_SCOPE = (_MEDIA_SCOPE - {"the"}) | _set("press media news")


#: words that introduce the name an account goes by ("under the name", "calling itself", "going by")
_SCREEN_NAME_LEADS = _set("name handle itself herself himself by named called")
#: heads of accounts on a platform
_ACCOUNT_HEADS = _set("account accounts user users profile page poster commenter")


def _screen_name(tok: Token) -> bool:
    """A handle rather than a person's name: "@truthseeker", "CrunchyMamaOf3", "PatriotMom77"."""
    t = tok.text
    inner_caps = sum(c.isupper() for c in t[1:]) >= 1 and t[:1].isupper() and t.isalnum() and not t.isupper()
    digits_in_word = t.isalnum() and any(c.isdigit() for c in t) and any(c.isalpha() for c in t)
    return t.startswith("@") or digits_in_word or inner_caps


def _screen_name_account(np_toks: Sequence[Token]) -> bool:
    """Is the phrase an account known only by the name it posts under ("An account posting under
    the name CrunchyMamaOf3", "a user going by @truthseeker", "An account calling itself
    PatriotMom77")? A pseudonymous handle is social media, `weak` (GUIDE, social-media rules).

    >>> _screen_name_account(tokenize("An account calling itself PatriotMom77"))
    True
    >>> _screen_name_account(tokenize("A user named Ana Ruiz"))
    False
    """
    lowers = [t.lower for t in np_toks]
    head = next((m for m, w in enumerate(lowers[:4]) if w in _ACCOUNT_HEADS), None)
    if head is None or lowers[0] not in ("a", "an", "one", "another", "the"):
        return False
    lead = next((m for m in range(head + 1, len(lowers) - 1) if lowers[m] in _SCREEN_NAME_LEADS), None)
    if lead is None:
        return False
    name = [t for t in np_toks[lead + 1 :] if t.text not in ('"', "“", "”", "'")]
    # a handle may come as "@" and its name: the word after "@" is a handle whatever it looks like
    return bool(name) and all(
        t.text == "@" or _screen_name(t) or (k and name[k - 1].text == "@") for k, t in enumerate(name)
    )


@cache
def _places_and_peoples() -> frozenset[str]:
    """Places and peoples that may place reports without naming an outlet."""
    return _lex("dateline_places") | _lex("nationalities")


def _placed_reports(np_toks: Sequence[Token]) -> bool:
    """Are these reports placed only by a country, a city or a people, with no outlet named
    ("Reports in Italy", "Italian reports", "Reports from Kyiv", "Reports in the Italian press")?
    Like "Portuguese media", they name nobody (GUIDE: unnamed media are `vague`).

    >>> _placed_reports(tokenize("Reports in Italy")), _placed_reports(tokenize("Reports in the Harwick Ledger"))
    (True, False)
    """
    lowers = [t.lower for t in np_toks]
    k = next((m for m, w in enumerate(lowers[:3]) if w in _REPORT_PLURALS), None)
    if k is None:
        return False
    places = _places_and_peoples()
    if not all(w in places or w in _REPORT_SCOPE for w in lowers[:k]):
        return False  # "Two reports", "The ministry's reports": counted or owned, typed elsewhere
    rest = np_toks[k + 1 :]
    if not rest:
        return k > 0  # "Italian reports"; a bare "Reports" is left to the other rules
    if lowers[k + 1] not in ("in", "from"):
        return False
    tail = [t for t in rest[1:] if t.lower != "the"]
    if _unnamed_media(tail):
        return True  # "Reports in the Italian press"
    # a place the lexicon lacks is a capitalised name with no outlet's word in it ("from Kessa")
    town = bool(tail) and len(tail) <= 3 and all(_cap(t) and t.lower not in _OUTLET_WORDS for t in tail)
    return (town and lowers[k + 1] == "from") or (
        bool(tail) and all(t.lower in places or t.lower in ("and", ",") for t in tail)
    )


def _described_outlet(np_toks: Sequence[Token]) -> bool:
    """Is the phrase an outlet named after a word that says what it is ("The Catalan station
    Canal Norte", "the news agency Ibernoticias")? The name must end the phrase.

    >>> _described_outlet(tokenize("The Catalan station Canal Norte")), _described_outlet(tokenize("the station"))
    (True, False)
    """
    if len(np_toks) < 3 or np_toks[0].lower not in ("the", "a", "an"):
        return False
    k = next((m for m in range(1, min(len(np_toks) - 1, 5)) if np_toks[m].lower in _OUTLET_DESCRIPTORS), None)
    if k is None or not np_toks[k].text.islower():
        return False
    name = np_toks[k + 1 :]
    return _cap(name[0]) and _cap(name[-1]) and all(_cap(t) or t.lower in _NAME_PARTICLES for t in name)


_PLACE_PREPOSITIONS = _set("outside in at from near of on around across")


def _placed_constituency(np_toks: Sequence[Token]) -> str | None:
    """The type of a group named by a constituency and placed by a named place ("Fans outside
    Fallow Lane", "Two supporters waiting outside the Holme Cross ground"): the capitals name the
    place, not the people. None when the phrase is not of that shape.

    >>> classify_source(tokenize("Fans outside Fallow Lane"), True)
    'vague'
    >>> classify_source(tokenize("Two supporters waiting outside the Holme Cross ground"), True)
    'anonymous'
    """
    lowers = [t.lower for t in np_toks]
    lead = next((k for k in range(min(3, len(lowers))) if lowers[k] in _lex("constituencies")), None)
    if lead is None or any(_cap(t) for t in np_toks[1 : lead + 1]):
        return None
    prep = next((k for k in range(lead + 1, len(lowers)) if lowers[k] in _PLACE_PREPOSITIONS), None)
    if prep is None or not any(_cap(t) for t in np_toks[prep:]):
        return None
    if not all(w.endswith("ing") and w.isalpha() for w in lowers[lead + 1 : prep]):
        return None  # only "waiting", "standing" between the people and the place; not "a farmers' co-op that ..."
    if "," in lowers:
        return None  # "Fans, including Ana Ruiz, ...": a name may follow
    return _constituency_level(lowers, lead)


#: heads that name a relation to someone ("a friend of the senator"), not a post beside them
_RELATIONS = frozenset(
    {"friend", "friends", "relative", "relatives", "cousin", "cousins", "acquaintance", "confidant", "confidante"}
    | {"associate", "associates", "ally", "allies", "pal", "pals", "classmate", "neighbor", "neighbour", "close"}
)
#: unsigned items an "anonymous" may describe ("an anonymous account on X")
_PLATFORM_ITEMS = frozenset({"post", "posts", "account", "accounts", "tweet", "tweets", "thread", "blog", "forum"})
#: what may follow such an item when it heads its phrase ("an anonymous post on a forum")
_ITEM_HEAD_ENDS = frozenset({",", "on", "in", "from", "at", "by", "to", "that", "which", "sent", "posted", "shared"})
#: local or state services whose officials announce for them ("County health officials said")
_CIVIC_BODIES = frozenset(
    {"county", "city", "state", "district", "school", "health", "election", "elections", "university", "college"}
    | {"hospital", "fire", "transportation", "transit", "water", "utility", "park", "parks", "airport", "port"}
    | {"library", "town", "village", "borough", "township", "municipal", "campus", "public", "works", "emergency"}
)
#: kinds of filing a reader can look up: "campaign finance reports", "state inspection records"
_RECORD_KINDS = frozenset(
    {"campaign", "finance", "inspection", "annual", "quarterly", "court", "police", "financial", "audit", "incident"}
    | {"autopsy", "arrest", "state", "federal", "county", "city", "earnings", "disclosure", "lobbying", "property"}
    | {"tax", "census", "budget", "safety", "crash", "accident", "securities", "bankruptcy", "regulatory", "own"}
)
#: kin fixed by whose they are ("His daughter said")
_KIN = frozenset(
    {"daughter", "son", "wife", "husband", "mother", "father", "brother", "sister", "widow", "widower", "spouse"}
    | {"parents", "fiancée", "fiancé", "fiance", "fiancee", "grandmother", "grandfather", "stepfather", "stepmother"}
)
#: pictures and recordings, which show; _PASSED_ON: how they are passed around
_PASSED_ON_ITEMS = frozenset(
    {"video", "videos", "clip", "clips", "footage", "photo", "photos", "photograph", "photographs", "picture"}
    | {"pictures", "image", "images", "screenshot", "screenshots", "recording", "recordings"}
)
_PASSED_ON = frozenset(
    {"circulating", "shared", "posted", "sent", "passed", "making", "going", "doing", "spreading", "uploaded"}
    | {"forwarded", "filmed", "recorded"}
)
_ONLINE_WORDS = frozenset(
    {"online", "app", "apps", "channel", "channels", "forum", "group", "page", "account", "site", "website"}
    | {"internet", "web", "rounds", "messaging", "social", "platform", "platforms"}
)


def _passed_on_item(np_toks: Sequence[Token]) -> str | None:
    """Type of a phrase naming a picture or recording passed around, or None.

    ``social_media`` when the phrase places it online, ``document`` otherwise; None when a
    name says who posted it ("a video posted by Mayor Ruiz"), which the other rules type.

    >>> _passed_on_item(tokenize("A video circulating on Serovan messaging channels"))
    'social_media'
    >>> _passed_on_item(tokenize("A photograph sent to The Bulwark by a reader"))
    'document'
    >>> _passed_on_item(tokenize("A video posted by Mayor Ruiz")) is None
    True
    """
    lowers = [t.lower for t in np_toks]
    k = next((k for k, w in enumerate(lowers[:4]) if w in _PASSED_ON_ITEMS), None)
    if k is None or k + 1 >= len(lowers) or lowers[k + 1] not in _PASSED_ON:
        return None
    by = next((m for m in range(k + 2, len(lowers) - 1) if lowers[m] == "by"), None)
    if by is not None and any(_cap(t) for t in np_toks[by + 1 : by + 4]):
        return None
    online = lowers[k + 1] in ("circulating", "shared", "posted", "uploaded", "spreading", "making", "going", "doing")
    if online or any(w in _PLATFORMS or w in _ONLINE_WORDS for w in lowers[k + 1 :]):
        return "social_media"
    return "document"


#: what a source may be said to have no part in ("not involved in", "with no ties to")
_DETACHED_PARTS = frozenset(
    {"involved", "connected", "affiliated", "associated", "linked", "tied", "related", "part", "party"}
)
_DETACHED_STAKES = frozenset({"ties", "tie", "connection", "connections", "role", "stake", "link", "links", "part"})


def _detachment(lowers: Sequence[str]) -> int | None:
    """Index where a post-modifier says what a source has no part in, or None.

    >>> _detachment("experts not involved in the research".split())
    1
    >>> _detachment("doctors who did not take part in the trial".split())
    1
    >>> _detachment("analysts with no ties to the company".split())
    1
    >>> _detachment("officials involved in the talks".split()) is None
    True
    """
    for k in range(1, len(lowers) - 1):
        w, nxt = lowers[k], lowers[k + 1]
        if w == "not" and nxt in _DETACHED_PARTS:
            return k  # "experts not involved in", "economists not affiliated with"
        if w in ("unconnected", "unaffiliated", "uninvolved", "unrelated") or (w == "independent" and nxt == "of"):
            return k  # "researchers unconnected to the trial", "analysts independent of the bank"
        if w == "with" and nxt in ("no", "nothing") and k + 2 < len(lowers) and lowers[k + 2] in _DETACHED_STAKES:
            return k  # "analysts with no ties to the company"
        if w in ("who", "that") and any(x in ("not", "no", "never") for x in lowers[k + 1 : k + 4]):
            rest = lowers[k + 1 : k + 7]
            if _DETACHED_PARTS.intersection(rest) or _DETACHED_STAKES.intersection(rest):
                return k  # "scientists who were not part of the study", "who had no role in it"
    return None


def _first_of(words: Sequence[str], members: Collection[str], start: int = 0) -> int:
    """Index of the first of ``words`` from ``start`` on that is in ``members``; ``len(words)`` if none.

    >>> _first_of(["officials", "in", "kyiv"], {"in", "at"}), _first_of(["a", "b"], {"c"})
    (1, 2)
    """
    return next((k for k in range(start, len(words)) if words[k] in members), len(words))


#: posts named "... general" that one person holds ("the auditor general", "the surgeon general")
_GENERAL_POSTS = _set("auditor attorney inspector surgeon solicitor comptroller postmaster accountant registrar")


def _source_by_fixed_shape(np_toks: Sequence[Token], lowers: list[str], sentence_start: bool) -> str | None:
    """Shapes that type a phrase whatever its words: a titled work, "Everybody on Front
    Street", a headline's bare "company", "Someone at the union", a party group, unnamed media,
    a described outlet, a group placed by a named place, "the people" familiar with it again,
    generic access ("A person close to the senator"), "A senior source in the party" and an
    item passed around ("A video circulating on messaging channels")."""
    if len(lowers) > 2 and lowers[-1] in ('"', "”") and _quoted_title_before(np_toks, len(lowers) - 1) is not None:
        return "document"  # 'Her film "Dry Season"': a work identified by its title
    if (
        len(lowers) >= 2
        and lowers[-1] == "general"
        and lowers[-2] in _GENERAL_POSTS
        and lowers[0] not in ("a", "an", "one", "another")
        and {"assistant", "deputy", "associate"}.isdisjoint(lowers)
        and _PREPOSITIONS.isdisjoint(lowers[:-2])  # not "Critics of the attorney general"
    ):
        return "named_person"  # "auditor general finds", "the state's attorney general": a post with one holder
    if (
        len(lowers) > 2
        and (lowers[0] in _INDEFINITE_PRONOUNS or lowers[0] in ("anyone", "anybody"))
        and lowers[1] in ("on", "in", "at", "from", "around", "across", "inside", "along")
    ):
        # "Everybody on Front Street", "Everyone at City Hall": all of a place and nobody in
        # particular, however the place is named
        return "vague"
    if _headline_document(np_toks):
        return "document"  # "Daily pill cut strokes in over-75s, trial finds": the headline's "the trial"
    if _headline_singular(np_toks):
        # "Plant to close, company says", "union warns": headlines drop "the"; a singular body or
        # office without a determiner is the one the story is about
        return "named_organization" if np_toks[-1].lower in _lex("org_words") else "named_person"
    if (
        len(lowers) > 2
        and lowers[0] in ("someone", "somebody")
        and lowers[1] in ("at", "in", "inside", "within")
        and _institution_after(np_toks, 2)
        and {"group", "groups", "my", "our", "this"}.isdisjoint(lowers[2:])
    ):
        return "anonymous"  # "Someone at the union": a person placed in a body, unnamed
    party = _party_group(lowers)
    if party is not None:
        return party  # "Some Democrats in the north": a bare party group; "Two Democrats on the panel"
    if _unnamed_media(np_toks) or _placed_reports(np_toks):
        return "vague"  # "Portuguese media", "the local press", "Reports in Italy": outlets the story does not name
    if _screen_name_account(np_toks):
        return "social_media"  # "An account posting under the name CrunchyMamaOf3": a handle, not a name
    if _described_outlet(np_toks):
        return "named_organization"  # "The Catalan station Canal Norte": an outlet by its name
    placed_group = _placed_constituency(np_toks)
    if placed_group is not None:
        return placed_group  # "Fans outside Fallow Lane": a group placed by a named place, not a name
    if lowers in _ANAPHORIC_INFORMANTS:
        return "generic_anonymous"  # "..., the people said": the people familiar with it, named earlier
    if _GENERIC_ACCESS.match(" ".join(lowers[:8])):
        # "A person close to the senator", "Sources familiar with the talks", "Someone with
        # knowledge of the contract": access without a post, whatever the institution named after
        return "generic_anonymous"
    placed_source = next((k for k, w in enumerate(lowers[:4]) if w in ("source", "sources")), None)
    if (
        placed_source is not None
        and placed_source + 2 < len(lowers)
        and lowers[placed_source + 1] in ("in", "inside", "within", "at")
        and all(w in _PLACED_SOURCE_OPENERS for w in lowers[:placed_source])
        and "," not in lowers
        and _institution_after(np_toks, placed_source + 2)
    ):
        # "A senior source in the party", "Sources inside the ministry": unnamed people placed
        # in an institution, like an official there (not "a source close to", generic access)
        return "anonymous"
    item = _passed_on_item(np_toks)
    if item is not None:
        # "A video circulating on Serovan messaging channels", "Screenshots sent to us by a reader":
        # an item passed around is the material, whatever place or outlet the phrase names
        return item
    return None


def _source_of_a_part(np_toks: Sequence[Token], lowers: list[str], sentence_start: bool) -> str | None:
    """A phrase typed by one of its parts: the group itself before what it has no part in
    ("Experts not involved in the study"), the aside after a dash ("Two judges — Ana Ruiz and
    Tom Hale"), the named person before her entourage ("Ruiz and her lawyers"), and the head or
    the aside around a comma ("Her Republican opponent, Clay Otterbein,", "The mayor, who is
    running for re-election,", "The ministry, in a statement Friday,")."""
    rel = next(
        (k for k in range(2, len(lowers) - 1) if lowers[k] in ("that", "which") and lowers[k - 1] not in (",", "of")),
        None,
    )
    if rel is not None and lowers[0] in ("the", "its", "their", "his", "her"):
        # "The union that represents the county's firefighters": the body the clause describes
        typ = classify_source(np_toks[:rel], sentence_start)
        if typ in ("named_organization", "document"):
            return typ
    outsider = _detachment(lowers)
    if outsider is not None and not any(_cap(t) for t in np_toks[1:outsider]):
        # "Experts not involved in the study", "scientists who were not part of it": a group
        # described by what it has no part in is placed nowhere; the speaker is the group itself
        return classify_source(np_toks[:outsider], sentence_start)
    dash = next((k for k in range(1, len(lowers) - 1) if lowers[k] in ("\u2014", "\u2013")), None)
    if dash is not None:  # "Two judges — Ana Ruiz and Tom Hale": the aside names the group
        aside = np_toks[dash + 1 :]
        if any(_is_name_token(t, 1, False) for t in aside):
            return classify_source(aside, False)
        return classify_source(np_toks[:dash], sentence_start)
    entourage = next(
        (k for k in range(1, len(lowers) - 2) if lowers[k] == "and" and lowers[k + 1] in ("his", "her", "their")), None
    )
    if entourage is not None and _cap(np_toks[entourage - 1]):
        # "Ruiz and her lawyers": the named person heads the group that speaks with her
        return classify_source(np_toks[:entourage], sentence_start)
    if "," in lowers[1:]:
        comma = lowers.index(",", 1)
        head_part = np_toks[:comma]
        after = lowers[comma + 1] if comma + 1 < len(lowers) else ""
        # "The ministry, in a statement Friday,": an aside about the channel, not an appositive
        channel = after in _ASIDE_PREPOSITIONS and not _lex("document_nouns").isdisjoint(lowers[comma + 1 :])
        # the words up to the next comma: "..., Dr. Lena Park," names the head when all capitalised
        aside_end = next((k for k in range(comma + 1, len(lowers)) if lowers[k] == ","), len(lowers))
        aside = [t for t in np_toks[comma + 1 : aside_end] if t.text[:1].isalpha()]
        while aside and aside[0].lower in ("former", "then", "acting", "retired", "outgoing", "incoming"):
            aside = aside[1:]  # "..., former Gov. Stuart Lind,": the title and name after it
        # the aside's leading run of capitalised words, up to "of" ("Rep. Garrick Stroud of Texas")
        lead_caps = next((m for m, t in enumerate(aside) if not _cap(t)), len(aside))
        name_aside = lead_caps >= 2 and (lead_caps == len(aside) or aside[lead_caps].lower == "of")
        if after == "which" and any(w.startswith(_UNVERIFIED_STEMS) for w in lowers[comma + 1 : aside_end]):
            # "A video posted online, which the Post could not verify,": the outlet named in the
            # clause failed to check the item; it is not the source
            return classify_source(head_part, sentence_start)
        if channel or any(_is_name_token(t, k, sentence_start) for k, t in enumerate(head_part)):
            typ = classify_source(head_part, sentence_start)
            if (
                not channel
                and typ not in ("named_person", "named_organization", "document")
                and name_aside
                and classify_source(np_toks[comma + 1 : aside_end], False) == "named_person"
            ):
                return "named_person"  # "Her Republican opponent, Clay Otterbein,": the aside names him
            return typ
        if after in ("who", "whose") and all(name != "anonymity_markers" for _, _, name in _matcher().match(lowers)):
            # "The mayor, who is running for re-election,": a relative clause after a comma
            # describes a source the head already identifies
            typ = classify_source(head_part, sentence_start)
            if typ in ("named_person", "named_organization"):
                return typ
        if (
            after.endswith("ed")
            and np_toks[comma + 1].text.islower()
            and len(head_part) <= 4
            and (
                head_part[-1].lower in _lex("role_nouns")
                or head_part[-1].lower in _lex("titles")
                or head_part[-1].lower in _PERSON_NOUNS
            )
        ):
            # "The mayor, called a liar by critics,": a participle's aside describes the source
            return classify_source(head_part, sentence_start)
        if after in ("a", "an") and _RELATIVE_PRONOUNS.isdisjoint(lowers[comma + 1 : aside_end]):
            # "The mayor, a former lifeguard,": an appositive describes a source the head identifies
            typ = classify_source(head_part, sentence_start)
            if typ in ("named_person", "named_organization"):
                return typ
        lead = _lead_of(lowers[:comma], 0)
        if (
            name_aside
            and lead >= 0
            and (head_part[lead].lower in _lex("role_nouns") or head_part[lead].lower in ("head", "chief", "boss"))
            and _SPOKES.isdisjoint(t.lower for t in head_part)  # "his spokesman, Tom Hale" speaks for a body
        ):
            # "The head of the regional health authority, Dr. Lena Park,": the aside names her
            typ = classify_source(np_toks[comma + 1 : aside_end], False)
            if typ in ("named_person", "named_organization"):
                return typ
    return None


def _source_named_in_phrase(np_toks: Sequence[Token], lowers: list[str], sentence_start: bool) -> str | None:
    """A name given inside the phrase: "a nurse named Ana Ruiz" names her, "a schoolfriend
    named Tess" does not (a first name alone), and "A woman who says she drives a bus" is
    typed by the woman, not by what she says of herself."""
    full_name = next(
        (
            k
            for k in range(1, len(lowers) - 2)
            if lowers[k] in ("named", "called")
            and all(_cap(t) and t.text[:1].isalpha() for t in np_toks[k + 1 :])
            and lowers[k - 1] in _lex("role_nouns") | _PERSON_NOUNS | _GENERIC_HEADS
        ),
        None,
    )
    if full_name is not None and len(lowers) - full_name <= 4:
        return "named_person"  # "a nurse named Ana Ruiz": a full name names her
    first_name = next(
        (k for k in range(1, len(lowers) - 1) if lowers[k] in ("named", "called") and k + 2 == len(lowers)), None
    )
    if (
        first_name is not None
        and _cap(np_toks[-1])
        and np_toks[-1].text.isalpha()
        and not set(lowers[:first_name]) & (_lex("org_words") | _lex("document_nouns") | _lex("social_media"))
    ):
        # "a schoolfriend named Tess": a first name alone does not identify her (GUIDE: a
        # speaker known only by a first name is not named); a role places her, else generic access
        placed = classify_source(np_toks[:first_name], sentence_start) == "anonymous"
        return "anonymous" if placed else "generic_anonymous"
    who = next((k for k in range(1, len(lowers) - 1) if lowers[k] == "who" and lowers[k - 1] != ","), None)
    if who is not None and lowers[who + 1] in ("says", "said", "claims", "claimed"):
        # "A woman who says she drives a bus": what the person says of themselves does not
        # identify them; the antecedent is the source, with its usual level
        return classify_source(np_toks[:who], sentence_start)
    return None


def _institution_officials(core: Sequence[str], names: Sequence[Token]) -> bool:
    """Officials placed in a national institution the phrase names: "Treasury officials",
    "Commerce Department officials", "FBI officials" (anonymous, like "a Treasury official").
    A local body's officials speak for it ("Sorrel County officials", the spokespeople rule),
    and inspectors' findings are the body's own ("FDA inspectors found").

    >>> _institution_officials(["treasury", "officials"], tokenize("Treasury"))
    True
    >>> _institution_officials(["sorrel", "county", "officials"], tokenize("Sorrel"))
    False
    """
    return (
        len(core) >= 2
        and core[-1] == "officials"
        and bool(names)
        and (core[-2] in _lex("org_words") or all(t.lower in _lex("org_words") for t in names))
        and _CIVIC_BODIES.isdisjoint(core[:-1])
    )


#: words that open a two-word nationality ("South Korean", "Sri Lankan")
_NATIONALITY_OPENERS = _set("north south east west sri")


def _nationality_run(names: Sequence[Token]) -> bool:
    """Are all these name tokens nationality adjectives, with "South Korean" and the like read as
    one?

    >>> _nationality_run(tokenize("South Korean")), _nationality_run(tokenize("South Dakota"))
    (True, False)
    """
    nationalities = _lex("nationalities")
    return all(
        t.lower in nationalities
        or (t.lower in _NATIONALITY_OPENERS and k + 1 < len(names) and names[k + 1].lower in nationalities)
        for k, t in enumerate(names)
    )


#: participles that open a qualifier after a document ("a study published in", "a report released by")
_QUALIFYING_PARTICIPLES = _set("published released issued conducted commissioned posted filed prepared obtained")
#: verbs of a relative clause that put a person inside a body ("someone who works in the department")
_PLACING_VERBS = _set("works worked work serves served attended attends sits sat")


class _Phrase(NamedTuple):
    """A source phrase as the later rules of :func:`classify_source` read it."""

    toks: Sequence[Token]
    sentence_start: bool
    lowers: list[str]  # "he's" read as "he"
    lset: set[str]  # the words as written
    matches: list[tuple[int, int, str]]  # word-list matches in ``lowers``: start, end, list name
    hits: set[str]  # the names of the word lists matched in the words as written
    names: list[Token]  # the tokens that are names
    role: set[str]  # the role nouns among the words
    named: list[Token]  # the names that are not ranks, roles or titles
    head: str  # the last word
    lead: int  # the word that heads the phrase before any qualifier (see _lead_of)


def _phrase(np_toks: Sequence[Token], lowers: list[str], sentence_start: bool) -> _Phrase:
    lset = set(lowers)
    matches = _matcher().match(lowers)
    hits = {name for _, _, name in matches}
    if len(lowers) == 1 and lowers[0] in _PRONOUN_BE:  # "he's saying"
        lowers = [re.split("['’]", lowers[0])[0]]
        matches = _matcher().match(lowers)
    names = [
        t
        for k, t in enumerate(np_toks)
        if _is_name_token(t, k, sentence_start) and not (k == 0 and sentence_start and t.lower in _lex("source_vague"))
    ]
    rank = _lex("rank_words")
    named = [
        t for t in names if t.lower not in rank and t.lower not in _lex("role_nouns") and t.lower not in _lex("titles")
    ]
    role = lset & _lex("role_nouns")
    return _Phrase(
        np_toks, sentence_start, lowers, lset, matches, hits, names, role, named, lowers[-1], _lead_of(lowers, 0)
    )


def _pronoun_source(p: _Phrase) -> str | None:
    """Pronouns: "Anyone who has tried to park there" (vague), "..., who last year said" (the
    antecedent), a speaker's "I", "he" and "she" after an unnamed official (that official
    again), "it" after a body that spoke."""
    sentence_start, lowers = p.sentence_start, p.lowers
    if (
        len(lowers) > 2
        and lowers[1] == "who"
        and (lowers[0] in _INDEFINITE_PRONOUNS or lowers[0] in ("anyone", "anybody"))
    ):
        return "vague"  # "Anyone who has tried to park there": everyone and no one in particular
    if len(lowers) > 2 and lowers[0] in ("someone", "somebody") and lowers[1] == "who":
        # "Someone who has worked with him": one person, by access only; "someone who works in
        # the council's planning department" is placed in the body, like its official
        placed = bool(_PLACING_VERBS.intersection(lowers[2:5])) and not (
            _INSTITUTION_SINGLE.isdisjoint(lowers[3:]) and _lex("org_words").isdisjoint(lowers[3:])
        )
        return "anonymous" if placed else "generic_anonymous"
    if lowers[0] in ("who", "which") and len(lowers) <= 4:
        return "pronoun"  # "..., who last year said": a relative pronoun points back to a named antecedent
    if lowers == ["insiders"]:
        return "generic_anonymous"  # the guide's example of a plural with only generic access (weak)
    if lowers[0] in _I_FORMS:
        return "named_person"  # a speaker's "I" (the writer's is typed apart, as "writer")
    if len(lowers) == 1 and lowers[0] in _SUBJECT_PRONOUNS:
        if lowers[0] in ("he", "she"):
            # "..., a senior official said. She added that ...": the unnamed official again
            return _LAST_PERSON.get() or "named_person"
        if lowers[0] == "it" and sentence_start:
            # "The utility said ... . It said the mains would be flushed": the body again
            return _LAST_BODY.get() or "pronoun"
        return "pronoun"
    return None


def _placed_individual(p: _Phrase) -> str | None:
    """One person placed by where they live or by an institution they are inside: "a retired
    bus driver from Leeds", "a BBC insider" (anonymous); "A TV insider", "a Hollywood pal"
    (generic access)."""
    np_toks, lowers, lset, hits, names = p.toks, p.lowers, p.lset, p.hits, p.names
    home = next(
        (k for k in range(2, len(lowers) - 1) if lowers[k] in ("from", "in") and np_toks[k - 1].text.islower()), None
    )
    if (
        home is not None
        and lowers[0] in _INDEFINITE
        and names
        and all(t.start > np_toks[home].start for t in names)
        and not set(lowers) & {",", "who", "by", "of"}
        and not set(lowers) & (_lex("document_nouns") | _lex("org_words") | _lex("social_media") | _GENERIC_HEADS)
        and not {"source", "sources", "person", "people", "anonymity_markers"} & (set(lowers[:home]) | hits)
        and (
            lowers[home - 1] in _lex("role_nouns")
            or lowers[home - 1] in _words("constituencies")
            or lowers[home - 1] in _PERSON_NOUNS
        )
    ):
        # "a retired bus driver from Leeds": one person placed by where they live, not a name
        return "anonymous"
    # a headline drops the article and capitalises every word: "FBI Insider Says ..."
    bare_headline = _HEADLINE.get() and len(lowers) >= 2 and lowers[0] not in _DETERMINERS
    if (
        ((len(lowers) >= 3 and lowers[0] in _INDEFINITE) or bare_headline)
        and lowers[-1] in _GENERIC_HEADS
        and lowers[-1] not in ("source", "person", "people", "someone", "those")
        and not lowers[-1].endswith("s")
        and "anonymity_markers" not in hits
        and not lset & (_PREPOSITIONS | {",", "who", "that", "and"})
    ):
        # "A TV insider", "a Hollywood pal": a sector or a place before the relation places nobody;
        # "a BBC insider", "a palace insider": one inside an institution is placed, like its official
        mods = range(0 if bare_headline else 1, len(lowers) - 1)
        if lowers[-1] in _RELATIONS:
            # "a Clinton confidant", "a close Trump friend": a person's name fixes whose friend, as
            # "a friend of the senator" does, and places nobody; "a BBC friend" would
            placed = any(
                np_toks[k].lower in _INSTITUTION_SINGLE
                or np_toks[k].lower in _lex("org_words")
                or (len(np_toks[k].text) > 1 and np_toks[k].text.isupper())
                for k in mods
            )
        else:
            placed = _modifier_places(
                np_toks, mods, False, places=_SOURCE_PLACES - {"industry"}, not_names=_SECTOR_WORDS
            )
        return "anonymous" if placed else "generic_anonymous"
    return None


#: relation heads that stay generic access however unnamed ("an unnamed friend of Vale's")
_UNNAMED_RELATIONS = _set(
    "friend friends pal pals confidant confidante relative relatives acquaintance associate associates ally "
    "neighbour neighbor cousin"
)


def _marked_source(p: _Phrase) -> str | None:
    """Phrases marked by a word list: a named outlet, "the family", "People magazine", the
    outlet's observation, a title before a name ("Senator Ortiz"), an anonymity marker ("an
    unidentified senior official", "unnamed sources", "An anonymous post on a forum"), a
    spokesperson or "a representative for the singer"."""
    np_toks, lowers, lset, hits, names, role = p.toks, p.lowers, p.lset, p.hits, p.names, p.role
    if "outlets" in hits and names and len(lowers) <= 5:
        return "named_organization"
    if lowers[-1] == "family" and lowers[0] in ("the", "his", "her", "their") and len(lowers) <= 3:
        return "named_organization"  # "the family said", "the Sorrell family": the kin of someone the story names
    if len(lowers) > 1 and lowers[-1] in _OUTLET_KINDS and all(_cap(t) for t in np_toks[-2::-1][:1]):
        return "named_organization"  # "People magazine", "the Vjesnik daily": an outlet by its name
    if "observation" in hits:
        return "observation"
    for k, t in enumerate(np_toks[:-1]):  # a title before a name: "Dr. Lena Park", "Sen. Ortiz"
        if (
            t.lower.rstrip(".") in _lex("titles")
            and _cap(np_toks[k + 1])
            and _cap(t)
            and np_toks[k + 1].lower not in _lex("org_words")  # "Justice Department officials": a body
        ):
            return "named_person"
    if "anonymity_markers" in hits:
        item = next(
            (
                w
                for k, w in enumerate(lowers[1:3], 1)
                if (w in _PLATFORM_ITEMS or w in _lex("document_nouns"))
                and (k + 1 == len(lowers) or lowers[k + 1] in _ITEM_HEAD_ENDS)
            ),
            None,
        )
        if item is not None and lowers[0] in ("an", "one", "another", "the", "a"):
            # "An anonymous post on a student forum": an unsigned item, not a person placed anywhere
            return "social_media" if item in _PLATFORM_ITEMS else "generic_anonymous"
        if lowers[-1] in ("sources", "source") and not names and set(lowers[:-1]) <= _BARE_SOURCE_WORDS:
            # "unnamed sources" places nobody (like "sources say"); "an unnamed source" is one thin source
            return "vague" if lowers[-1] == "sources" else "generic_anonymous"
        if "source_generic_anonymous" in hits and not (role - _GENERIC_HEADS):
            return "generic_anonymous"
        if p.lead >= 0 and lowers[p.lead] in _UNNAMED_RELATIONS:
            return "generic_anonymous"  # "An unnamed friend of Vale's": a relation, however unnamed
        return "anonymous"
    if (
        lset & _SPOKES
        or any(
            w in ("representative", "representatives", "rep", "reps", "publicist") and lowers[k + 1] == "for"
            for k, w in enumerate(lowers[:-1])
        )
        or lowers in (["the", "representative"], ["the", "publicist"])
    ):
        # "a representative for the singer" speaks for her, like a spokeswoman; "the representative
        # said" points back to the one the story placed
        return "named_organization"
    return None


def _source_noun(p: _Phrase) -> str | None:
    """Sources by the noun "source" and its kin: "one GOP source in the room", "a police source"
    (placed), "a senior source", "two sources" (generic access), bare "sources",
    "Conventional wisdom holds", "everyone knows", "Many in the opposition", "some Texans"
    (vague)."""
    np_toks, sentence_start, lowers, lset, hits, head = p.toks, p.sentence_start, p.lowers, p.lset, p.hits, p.head
    bare = "," not in lowers and _lead_of(lowers) == len(lowers) - 1  # no qualifier after the head
    first_pp = _first_of(lowers, _PREP_QUALIFIERS | {"on", "at"})
    if (
        1 < first_pp < len(lowers)
        and lowers[first_pp - 1] in ("source", "sources")
        and "," not in lowers
        and lowers[0] not in ("the", "this", "that")
        and "anonymity_markers" not in hits
        and _modifier_places(np_toks, range(1 if lowers[0] in _INDEFINITE else 0, first_pp - 1), sentence_start)
    ):
        return "anonymous"  # "one GOP source in the room": placed by its modifier, wherever it sat
    if (
        bare
        and head in ("source", "sources")
        and lowers[0] not in ("the", "this", "that")
        and "anonymity_markers" not in hits
    ):
        # "a police source", "a Ukrainian security source", "Pentagon sources": placed, so anonymous;
        # "a source", "a senior source" have only generic access, and bare "sources" place nobody
        mods = range(1 if lowers[0] in _INDEFINITE else 0, len(lowers) - 1)
        if _modifier_places(np_toks, mods, sentence_start):
            return "anonymous"
        counted = any(w[:1].isdigit() or w in _COUNT_WORDS for w in lowers[:-1])
        return "generic_anonymous" if head == "source" or counted else "vague"  # "two sources": a counted group
    if (
        bare
        and head in _GENERIC_HEADS
        and not head.endswith("s")
        and head not in ("people", "those", "folk")
        and "anonymity_markers" not in hits
    ):
        return "generic_anonymous"  # "a close pal", "a family friend" (plural relations are a bare group)
    if p.lead >= 0 and lowers[p.lead] in _ABSTRACT_SOURCES:
        return "vague"  # "Conventional wisdom in Brackley holds", "The most popular theory holds"
    if lowers[0] in _INDEFINITE_PRONOUNS and len(lowers) <= 3:
        return "vague"  # "nobody doubts", "everyone knows": a consensus held by no one in particular
    if (
        lowers[0] in _LOOSE_QUANTIFIERS
        and len(lowers) > 2
        and lowers[1] in ("in", "within", "inside", "across", "among")
    ):
        return "vague"  # "Many in the opposition Liberal Union": an uncounted part of a group
    if (
        lowers[0] in _LOOSE_QUANTIFIERS
        and 2 <= len(lowers) <= 4
        and _cap(np_toks[-1])
        and head.endswith("s")
        and not head.endswith("ss")
        and "anonymity_markers" not in hits
        and not lset & _PREPOSITIONS
    ):
        return "vague"  # "Many Democrats", "some Texans": an uncounted part of a named group
    return None


def _body_or_member(p: _Phrase) -> str | None:
    """A body, a constituency or one member: "the teachers union", "parents at the school", "An
    appeals panel", "an Apex executive", "a producer on the show"."""
    np_toks, sentence_start, lowers, lset, hits, lead = p.toks, p.sentence_start, p.lowers, p.lset, p.hits, p.lead
    apposed_name = "," in lowers and any(
        _is_name_token(t, k, sentence_start) for k, t in enumerate(np_toks) if k > lowers.index(",")
    )
    if _trade_body(lowers):
        return "named_organization"  # "the teachers union", "the state nurses' association": the body
    constituency = None if apposed_name or "social_media" in hits else _constituency_level(lowers, lead)
    if constituency:
        return constituency  # before the institution rule below: "parents at the school" is not the school
    if lead >= 0 and lowers[lead] in _COURTS and "anonymity_markers" not in hits:
        return "named_organization"  # "An appeals panel", "the jury": a court's ruling is on the record
    if (
        lowers[0] in _INDEFINITE
        and lowers[0] != "several"
        and "source_generic_anonymous" not in hits
        and not lset & _GENERIC_HEADS
        and not (lead >= 0 and lowers[lead] in _lex("document_nouns"))
    ):
        # "an Apex executive", "a senior Brandt campaign adviser", "a producer on the show, which
        # airs on Channel 4": one unnamed member, whatever names the rest of the phrase holds
        core = _first_of(lowers, _CORE_END)
        first_role = next((k for k in range(1, core) if lowers[k] in _lex("role_nouns")), core)
        first_doc = next((k for k in range(1, core) if lowers[k] in _lex("document_nouns")), core)
        # the noun before any qualifier heads the phrase: "a county budget official" is an official
        # "a mom in the parents group", "a woman who hiked with him": a person noun placed by what
        # follows it (a bare "a man" places nobody, and keeps the reading below)
        role_head = 0 < lead < core and (
            lowers[lead] in _lex("role_nouns")
            or (lowers[lead] in _PERSON_NOUNS and lead + 1 < len(lowers) and lowers[lead + 1] != ",")
        )
        # "a production assistant on the film", "a camera operator at the plant": a person by the
        # work they do, whatever the qualifier after them names
        qual = next((k for k in range(2, core) if lowers[k] in _PREP_QUALIFIERS or lowers[k] == "on"), core)
        agent_head = (
            qual < core
            and _agent_noun(np_toks[qual - 1])
            and _lex("document_nouns").isdisjoint(lowers[:core])  # a qualifier naming a document: as before
        )
        if (first_role < first_doc or role_head or agent_head) and lowers[1] not in _GROUP_WORDS:
            # not "a study by researchers at ...", which is a document, nor "a handful of residents"
            return "anonymous"
    return None


def _item_before_maker(lowers: Sequence[str]) -> bool:
    """Does the phrase head a document with its maker or its keeper after it ("A poll by Harwick
    College", "a report from the State Housing Agency", "Filings with the Federal Election
    Commission")? The item is the source, typed by the item rules."""
    docs = _lex("document_nouns")
    return any(w in docs and lowers[k + 1] in ("by", "from", "with", "to") for k, w in enumerate(lowers[:-1]))


def _fixed_by_relation(p: _Phrase) -> str | None:
    """A person or body fixed by a relation the story names: a person met before, "the Chinese
    side", "the regulator", "her lawyer", "His daughter", "his campaign", "the candidate's
    former doctor", "the White House", "a friend of the senator" (generic access), "Dean" where
    the story named Rep. Lena Dean."""
    np_toks, lowers, lset, matches, hits, role, head = p.toks, p.lowers, p.lset, p.matches, p.hits, p.role, p.head
    if _anaphoric_person(lowers):
        return "named_person"
    if len(lowers) == 3 and lowers[0] == "the" and lowers[2] == "side" and _cap(np_toks[1]):
        return "named_organization"  # "the Chinese side": a government's delegation, as diplomatic copy has it
    if lowers[0] == "the" and len(lowers) <= 4 and lowers[-1] in _WATCHDOGS and not lset & {",", "former"}:
        return "named_organization"  # "the regulator", "the state's energy watchdog": the body the story names
    if lowers[0] in _POSSESSIVE_PRONOUNS and lowers[-1] in _REPRESENTATIVES:
        return "named_organization"  # "her lawyer" speaks for a named client, like a spokesperson
    if lowers[0] in _POSSESSIVE_PRONOUNS and len(lowers) <= 3 and lowers[-1] in _KIN and "," not in lowers:
        return "named_person"  # "His daughter said", "her late husband": one person, fixed by whose kin
    if (
        lowers[0] in _POSSESSIVE_PRONOUNS
        and len(lowers) <= 4
        and head in _lex("org_words")
        and head not in _lex("document_nouns")
        and "anonymity_markers" not in hits
    ):
        return "named_organization"  # "his campaign", "her own budget office": a body fixed by whose it is
    if (
        len(lowers) <= 7
        and (head in _lex("role_nouns") or (head in _lex("titles") and lowers[0] in _POSSESSIVE_PRONOUNS))
        and not head.endswith("s")
        and "anonymity_markers" not in hits
        and "," not in lowers
        and (
            lowers[0] in _POSSESSIVE_PRONOUNS
            or (lowers[0] == "the" and any(w.endswith(("'s", "’s")) for w in lowers[1:-1]))
        )
    ):
        # "the candidate's former doctor", "her chief of staff", "its president": one person, fixed
        # by a relation to someone or some body the story names, as identifiable as a name
        return "anonymous" if head in _WORKPLACE_ROLES else "named_person"
    if (
        not role
        and any(j == len(lowers) and name == "org_words" for _, j, name in matches)
        and _cap(np_toks[-1])
        and not _item_before_maker(lowers)
    ):
        return "named_organization"  # "the White House", "the Pentagon press office"
    # the role of the person related to ("a friend of the senator") does not place the friend
    related = _first_of(lowers, ("of", "to"), 1)
    own_role = role.intersection(lowers[:related]) if lowers[related - 1] in _RELATIONS else role
    if (
        "source_generic_anonymous" in hits
        and (lset & _GENERIC_HEADS or "a" in lset or "one" in lset)
        and (not (own_role - {"insider", "insiders", "resident", "residents"}) or "familiar" in lset)
    ):
        return "generic_anonymous"
    if (
        len(np_toks) == 1
        and _cap(np_toks[0])
        and (lowers[0] in _lex("titles") or lowers[0] in _lex("role_nouns"))
        and lowers[0] in _ARTICLE_NAMES.get()
    ):
        return "named_person"  # "Dean disputed ..." where the story named Rep. Lena Dean
    return None


def _ends_in_personal_name(np_toks: Sequence[Token]) -> bool:
    """Does the phrase end in a person's name after a lower-case role word ("Director of rugby Phil
    Emmerson", "the Farmers' League member Anselm Kettridge")? Two or three capitalised words, none
    of them an organisation or rank word, right after a lower-case word that is no preposition."""
    k = len(np_toks)
    while k > 0 and _cap(np_toks[k - 1]) and len(np_toks) - k < 3:
        k -= 1
    run = np_toks[k:]
    if len(run) < 2 or k == 0 or any(t.lower in _lex("org_words") or t.lower in _lex("rank_words") for t in run):
        return False
    before = np_toks[k - 1]
    return before.text.islower() and before.lower not in _PREPOSITIONS and before.lower not in ("the", "a", "an")


#: offices that one person holds for a named country, body or field ("the envoy for Sudan")
_OFFICES_FOR = _set(
    "envoy ambassador minister secretary commissioner representative rapporteur coordinator czar tsar negotiator"
)


def _office_for_named(np_toks: Sequence[Token], lowers: Sequence[str]) -> bool:
    """Is the phrase "the" + an office + "for"/"to" + a capitalised name: one post with one holder
    the reader can look up ("The US envoy for Sudan", "the UN special rapporteur on torture" is
    not: "on" a lower-case field), like "the mayor of Harwick"?

    >>> _office_for_named(tokenize("The US envoy for Sudan"), ["the", "us", "envoy", "for", "sudan"])
    True
    >>> _office_for_named(tokenize("an envoy for Sudan"), ["an", "envoy", "for", "sudan"])
    False
    """
    if len(lowers) < 4 or lowers[0] != "the":
        return False
    k = next((m for m in range(1, min(len(lowers) - 2, 5)) if lowers[m] in _OFFICES_FOR), None)
    if k is None or lowers[k + 1] not in ("for", "to"):
        return False
    return all(_cap(t) for t in np_toks[k + 2 :]) and not any(t.lower in _lex("anonymity_markers") for t in np_toks)


def _role_group(p: _Phrase) -> str | None:
    """A phrase with a role noun: "The attorney general's office", "officials in Kyiv", "Iranian
    officials" (placed), "teachers said" (a bare group, vague), "researchers at Halden
    University found", "Lawyers for the plaintiffs", "County health officials", "Troopers say"."""
    np_toks, lowers, lset, hits, role, named, head = p.toks, p.lowers, p.lset, p.hits, p.role, p.named, p.head
    rank = _lex("rank_words")
    if lowers[-2:] == ["coast", "guard"]:
        return "named_organization"  # "The coast guard said": the service, not a guard
    if role and _ends_in_personal_name(np_toks):
        return None  # "Director of rugby Phil Emmerson", "the Farmers' League member Anselm Kettridge"
    if _office_for_named(np_toks, lowers):
        return "named_person"  # "The US envoy for Sudan", "the Minister for Health": one holder
    if (
        role
        and lowers[-1] in _OFFICE_HEADS
        and any(w.endswith(("'s", "’s")) for w in lowers[:-1])
        and not any(w in _PREP_QUALIFIERS for w in lowers)  # not "aides in the governor's office"
    ):
        return "named_organization"  # "The attorney general's office": the office, not the attorney
    if role:
        # names after a preposition only place an unnamed person ("officials in Kyiv")
        first_prep = _first_of(lowers, _PREP_QUALIFIERS)
        # "a handful of residents", "dozens of teachers": the group is the noun after "of"
        if first_prep < len(lowers) - 1 and lowers[first_prep] == "of" and set(lowers[:first_prep]) <= _GROUP_WORDS:
            first_prep = _first_of(lowers, _PREP_QUALIFIERS, first_prep + 2)
        # "nurses elsewhere", "soldiers along the front", "economists across the spectrum": a
        # qualifier that only says where the group is ends it, like "in the capital" (the plural rule)
        loose = _first_of(lowers, _PLACE_QUALIFIERS, 1)
        if loose < first_prep and not any(
            _cap(t) or t.lower in _lex("org_words") or t.lower in rank for t in np_toks[loose:]
        ):
            first_prep = loose
        named_before = [t for t in named if np_toks.index(t) < first_prep]
        core_head = lowers[first_prep - 1] if first_prep else head
        # "Okafor aides", "Brazilian diplomats", "E.U. leaders": names that only place a plural group
        placing_names = (
            (
                first_prep == len(lowers)
                and core_head in role
                and core_head.endswith("s")
                and not core_head.endswith("ss")
                and core_head not in _VOICES_OF_BODY
                and not _cap(np_toks[-1])
            )
            or (
                # "Egyptian officials", "South Korean officials in Seoul": a nationality places a state's
                # officials in its service, as "Western diplomats" does (a guide's placed group)
                core_head in _VOICES_OF_BODY and _nationality_run(named_before)
            )
            or _institution_officials(lowers[:first_prep], named_before)
        )
        # a record the group saw, in its relative clause, does not make it a record ("The officials,
        # who have seen the draft budget, say")
        rel = _first_of(lowers, _RELATIVE_PRONOUNS)
        saw = rel < len(lowers) and not _ACCESS_VERBS.isdisjoint(lowers[rel:])
        own_words = lowers[: min(first_prep, rel)] if saw else lowers[:first_prep]
        if (not named_before or placing_names) and not set(own_words) & _lex("document_nouns"):
            # a nationality places an official in a state's service ("Egyptian officials"), not an
            # expert ("Polish legal experts" are a bare group named by profession and place)
            profession = core_head in _PROFESSION_PLURALS
            # nor does a field or a place ("security experts", "defence analysts in the county")
            placing = {
                t.lower
                for t in np_toks
                if t.lower in rank and not (profession and (_cap(t) or t.lower in _PROFESSION_FIELDS))
            }
            if profession:
                named = [
                    t for t in named if not t.lower.endswith(_DEMONYM_ENDINGS) and t.lower not in _PROFESSION_FIELDS
                ]
            if (
                first_prep < len(lowers)
                and lowers[first_prep] == "in"
                and core_head not in _VOICES_OF_BODY
                and core_head not in _PLACED_GROUPS
                and _lex("org_words").isdisjoint(lowers[first_prep:])
                and not lset & _INSTITUTION_SINGLE
            ):
                # "diplomats in Sennick", "traders in Lussovar": a town or a country places the
                # group only by where it is, like "diplomats in the capital" (the plural rule)
                named = [t for t in named if np_toks.index(t) < first_prep]
            institution = lset & _INSTITUTION_SINGLE
            if profession:
                institution -= _PROFESSION_FIELDS  # "military analysts", "lawyers in the county"
            qualified = bool(placing) or bool(named) or bool(institution)
            if core_head in _STUDY_AUTHORS and named:
                return "named_organization"  # "researchers at Halden University found": the institution's study
            counted = any(w[:1].isdigit() or w in _EXACT_COUNTS for w in lowers[:first_prep])
            if (
                core_head in _REPRESENTATIVES
                and first_prep < len(lowers) - 1
                and lowers[first_prep] in ("for", "at")
                and not counted
                and "anonymity_markers" not in hits
            ):
                # "Lawyers for the plaintiffs said", "attorneys for the city": they speak for a
                # client the story names, like "her lawyer" (a spokesperson's rule)
                return "named_organization"
            if (
                core_head in ("officials", "authorities")
                and first_prep == len(lowers)
                and 2 <= len(lowers) <= 4
                and all(w in _CIVIC_BODIES for w in lowers[:-1])
                and "anonymity_markers" not in hits
            ):
                # "County health officials said", "school district officials told parents": a local
                # body announcing through its staff (GUIDE: the spokespeople rule); "Pentagon
                # officials" and "administration officials" stay unnamed and placed
                return "named_organization"
            # a bare group named by profession, place or stance identifies nobody ("teachers said",
            # "a handful of residents"); a counted or placed group keeps the singular's level
            if (
                core_head in role
                and core_head.endswith("s")
                and not core_head.endswith("ss")
                and core_head not in _PLACED_GROUPS
                and lowers[0] not in ("the", "these", "those", "their", "his", "her", "its", "our")
                and not qualified
                and not counted
            ):
                return "vague"
            if lset & {"police", "prosecutors"} and len(lowers) <= 3:
                return "named_organization"
            if (
                core_head in _OFFICIAL_FORCES
                and len(lowers) <= 3
                and all(w in _FORCE_MODIFIERS for w in lowers[: len(lowers) - 1])
            ):
                # "Troopers say", "Deputies said", "the auditors wrote": a force or an audit team
                # speaking officially for the body the story names, like "police said"
                return "named_organization"
            return "anonymous"
    return None


def _item_source(p: _Phrase) -> str | None:
    """Items and works: "a TikTok user" (social media), "Social media users claimed" (vague), "The
    documentary explores", one unnamed person by post or place (:func:`_indefinite_person`), a
    document ("the audit", "campaign finance reports") or nobody's ads ("Ads have painted the
    senator as ...", vague)."""
    np_toks, lowers, matches, hits, named, head, lead = (
        p.toks,
        p.lowers,
        p.matches,
        p.hits,
        p.named,
        p.head,
        p.lead,
    )
    platform_only = (
        bool(named) and all(t.lower in _PLATFORMS for t in named) and lowers[0] not in _POSSESSIVE_PRONOUNS
    )  # "His Instagram" is his own account
    social_at = [k for a, b, name in matches if name == "social_media" for k in range(a, b)]
    # "Returns posted by the county clerk": a record posted by a body, not a post on a platform
    posted_record = (
        bool(social_at)
        and all(lowers[k] in ("posted", "shared") for k in social_at)
        and social_at[0] > 0
        and lowers[social_at[0] - 1] in _lex("document_nouns")
        and lowers[social_at[0] - 1] not in _lex("social_media")
    )
    company = [t for t in np_toks if t.lower != "the"]
    if len(company) == 1 and company[0].lower in _PLATFORMS - {"x"} and _cap(company[0]):
        return "named_organization"  # "Facebook said it removed the posts": the company, not a post on it
    if "social_media" in hits and (not named or platform_only) and not posted_record:
        # "A video posted on TikTok": the platform's name names nobody who posted it
        core_end = _first_of(lowers, _PREPOSITIONS | {",", "who"})
        crowd = lowers[core_end - 1] if core_end else ""
        counted = any(w[:1].isdigit() or w in _COUNT_WORDS for w in lowers[:core_end])
        if crowd.endswith("s") and not crowd.endswith("ss") and not counted and lowers[0] not in ("a", "an", "one"):
            return "vague"  # "Social media users claimed", "Fans on TikTok": a crowd nobody can look up (GUIDE)
        return "social_media"
    if lead >= 0 and lowers[lead] in _WORK_NOUNS and not named:
        return "document"  # "The documentary explores how ...": a work, identified by the story
    if lead >= 0 and lowers[lead] in ("trial", "trials") and not _cap(np_toks[lead]):
        return "document"  # "The trial found", "a trial published Thursday": a study's report
    indefinite = _indefinite_person(np_toks, hits)
    if indefinite is not None:
        # "A House Democrat who has signed it", "A retired lieutenant who served under Burris", "A
        # diner who was sitting two tables away", "A Kessmark field technician", "A River Cats
        # player": one unnamed person by post or place; the names among the modifiers and what a
        # relative clause mentions place the person and do not name them ("An Annapolis insider
        # who ...": a relation with no post, generic)
        return indefinite
    # the noun that heads the phrase before any qualifier ("a study by researchers at ...", "data from PitchBook")
    # "A study published in The Lancet": the participle that opens the qualifier is not the head
    doc_lead = lead - 1 if lead > 0 and lowers[lead] in _QUALIFYING_PARTICIPLES else lead
    lead_document = (
        doc_lead >= 0 and lowers[doc_lead] in _lex("document_nouns") and (doc_lead == 0 or not _cap(np_toks[doc_lead]))
    )
    # "the city's budget office": a body named after what it handles, not a document
    headed_by_body = (
        lead >= 0
        and np_toks[lead].text.islower()
        and lowers[lead] in _lex("org_words")
        and lowers[lead] not in _lex("document_nouns")
    )
    # "Officials who have read the report", "Doctors who have reviewed the footage": the record is
    # what the people saw, in their relative clause; they are not a document
    rel = _first_of(lowers, _RELATIVE_PRONOUNS)
    record_in_clause_only = rel < len(lowers) and _lex("document_nouns").isdisjoint(lowers[:rel])
    if (
        "document_nouns" in hits
        and not headed_by_body
        and not record_in_clause_only
        and (not named or head in _lex("document_nouns") or lead_document)
    ):
        # what identifies the records is in their own words, not in a qualifier of time ("Snap polls
        # after the debate" are no more identified than "polls")
        own = _first_of(lowers, _RECORD_TIME_WORDS)
        identified = (
            bool(named)
            or bool(set(lowers[:own]) & {"the", "this", "that", "its", "their", "his", "her", "your", "our", "my"})
            or any(t.text[:1].isdigit() or _possessive(t) for t in np_toks[:own])
            # "campaign finance reports", "inspection records": a kind of filing a reader can look up,
            # not "reports" or "media reports" from nobody in particular
            or (
                len(lowers) > 1
                and lowers[-1] in ("reports", "records", "filings", "documents")
                and all(w in _RECORD_KINDS for w in lowers[:-1])
            )
        )
        if identified or ("source_vague" not in hits and head not in _PROMO_PLURALS):
            return "document"
        return "vague"  # "Ads have painted the senator as ...": nobody's ads, identified by nothing
    return None


def _government_by_place(p: _Phrase) -> str | None:
    """A country or a capital that speaks is its government: "Russia said", "The U.S. said",
    "The United States warned", "Beijing said" (a named body speaking officially)."""
    words = [t for t in p.toks if t.lower not in ("the", ".")]
    if not words or not all(_cap(t) for t in words):
        return None
    place = " ".join(t.lower for t in words)
    if place in _lex("dateline_places") or place in ("u.s", "u.k", "usa", "u.s.a"):
        return "named_organization"
    return None


#: words that open what a source knows, after its head ("familiar with", "close to", "briefed on")
_ACCESS_ADJECTIVES = _set("familiar close briefed knowledgeable involved")


@cache
def _org_or_title_words() -> frozenset[str]:
    """Body words and titles: neither is part of a person's name."""
    return _lex("org_words") | _lex("titles")


def _titled_name(np_toks: Sequence[Token]) -> bool:
    """Does the phrase end in a person's name after a title ("state Sen. Maria Ortiz", "Police
    Chief Ana Ruiz", "Gov. Hale")? The name is the last run of capitalised words, none of them a
    body's word or a title.

    >>> _titled_name(tokenize("state Sen. Maria Ortiz")), _titled_name(tokenize("the State Department"))
    (True, False)
    """
    k = len(np_toks)
    stop = _org_or_title_words()
    while k and _cap(np_toks[k - 1]) and np_toks[k - 1].lower not in stop:
        k -= 1
    if k == len(np_toks) or k == 0:
        return False
    if np_toks[k - 1].text == "." and k > 1:
        k -= 1
    return np_toks[k - 1].lower in _lex("titles")


def _residual_source(p: _Phrase) -> str:
    """What is left: an unnamed person by head noun (:func:`_unnamed_by_head`), an institution
    ("police said"), a name ("Muzahem al Saloum"), generic access, one person by an agent noun,
    a body or record "the" points back to ("the utility said"), one person the story has placed
    ("the waiter said"); else nobody identifiable ("a man", vague)."""
    np_toks, sentence_start, lowers, lset, hits, named = p.toks, p.sentence_start, p.lowers, p.lset, p.hits, p.named
    unnamed = _unnamed_by_head(np_toks, sentence_start)
    if unnamed is not None:
        return unnamed
    crowd = _placed_crowd(p)
    if crowd is not None:
        return crowd
    if named and _titled_name(np_toks):
        return "named_person"  # "state Sen. Maria Ortiz", "Police Chief Ana Ruiz": a person, whatever body comes first
    if lset & {"police", "prosecutors", "pentagon", "kremlin"} or (
        lset & _INSTITUTION_SINGLE and ("the" in lset or named)
    ):
        return "named_organization"
    if named:
        if lset & _lex("org_words") or any(t.text.isupper() and len(t.text) > 1 for t in named):
            return "named_organization"
        return "named_person"
    if "source_generic_anonymous" in hits and "source_vague" not in hits:
        return "generic_anonymous"
    # "a lobbyist familiar with the talks": the access after the head is a qualifier too
    core = _first_of(lowers, _PREP_QUALIFIERS | {",", "who", "that"} | _ACCESS_ADJECTIVES)
    core_head = lowers[core - 1] if core > 1 else ""
    if lowers[0] in ("a", "an", "one", "another") and 1 < core < len(lowers) and lowers[core] in _ACCESS_ADJECTIVES:
        # "An industry lobbyist familiar with the strategy", "a man close to the family": one person
        # known only by access, like "a person familiar with the matter" (generic access, GUIDE)
        return "generic_anonymous"
    if (
        lowers[0] in ("a", "an", "one", "another")
        and "source_vague" not in hits
        and core > 1
        and _agent_noun(np_toks[core - 1])
    ):
        return "anonymous"  # "A shift supervisor", "one former caretaker": one unnamed person, by role
    definite = lowers[0] in ("the", "its", "his", "her", "their", "our", "this", "that") or (
        lowers[0].endswith(("'s", "’s")) and np_toks[0].text.islower()  # "sheriff's office says" in a headline
    )
    if definite and core <= 5 and "anonymity_markers" not in hits and "source_vague" not in hits:
        # "the utility said", "The trust denies it", "according to the bill's text", "The two
        # airlines announced": a body or a record the story has already identified, which "the"
        # points back to
        counted = any(w in _COUNT_WORDS for w in lowers[1 : core - 1])  # "The two airlines", "both banks"
        if core_head in _DEFINITE_BODIES or (counted and _plural_stem(core_head)[0] in _DEFINITE_BODIES):
            return "named_organization"
        if core_head in _DEFINITE_RECORDS:
            return "document"
    if (
        lowers[0] == "the"
        and 1 < core <= 4
        and np_toks[core - 1].text.islower()
        and not core_head.endswith("s")
        and (core_head in _PERSON_NOUNS or core_head in _MORE_PERSONS or core_head in _lex("role_nouns"))
        and core_head not in _GENERIC_HEADS
        and core_head not in ("local", "family", "member", "user", "man", "woman")
        and "source_vague" not in hits
    ):
        # "the waiter said", "the night supervisor said": one person the story has placed; a name
        # before would have made "the" point to it (the anaphoric heads above)
        return "anonymous"
    if _bare_capital_speaker(np_toks, sentence_start):
        return "named_person"
    return "vague"


#: plural heads of a crowd that a place or a group after them does not name
_CROWD_HEADS = _set("people folks patriots members followers fans users supporters")


def _placed_crowd(p: _Phrase) -> str | None:
    """A bare crowd whose only names or bodies are in the qualifier after it. Where they gather
    places nobody: "People in the Mirrowdale Moms group", "Patriots across the county" are
    `vague` (GUIDE, plural unnamed sources), not the group or the county speaking; people at a
    named body work there ("people at Google", `anonymous`, as a group holding posts in it)."""
    lowers = p.lowers
    if lowers[0] not in _CROWD_HEADS or len(lowers) < 3 or any(t is p.toks[0] for t in p.named):
        return None
    if lowers[1] == "at":
        k = 3 if lowers[2] == "the" and len(lowers) > 3 else 2
        return "anonymous" if any(t is p.toks[k] for t in p.named) else "vague"
    if lowers[1] in ("in", "across", "around", "throughout", "on", "from"):
        return "vague"
    return None


#: verbs by which someone has had access to a record ("who have seen the draft budget")
_ACCESS_VERBS = _set("seen read reviewed viewed watched examined heard listened obtained")


def _placed_insiders(p: _Phrase) -> str | None:
    """Insiders placed inside an institution: "Insiders at NBC", "insiders at the network",
    "insiders inside the campaign" hold posts there (`anonymous`, like "a BBC insider"); bare
    "insiders" stay generic access."""
    lowers = p.lowers
    k = 1 if lowers[0] in ("insiders", "insider") else 2 if len(lowers) > 2 and lowers[1] == "insiders" else 0
    if not k or len(lowers) < k + 2 or lowers[k] not in ("at", "inside", "within"):
        return None
    return "anonymous"


def _bare_capital_speaker(np_toks: Sequence[Token], sentence_start: bool) -> bool:
    """In a headline, one capitalised office opening it as the speaker is the office the story
    is about, as headlines drop "the" ("Sheriff says deputies ...", "Governor threatens veto",
    "Sheriff: Two workers killed"); in body text the word needs "the".

    >>> _bare_capital_speaker(tokenize("Sheriff"), True)
    False
    """
    if len(np_toks) != 1 or not sentence_start or not _HEADLINE.get():
        return False
    t = np_toks[0]
    return (
        t.text[:1].isupper()
        and t.text[1:].islower()
        and not t.lower.endswith("s")
        and (t.lower in _lex("role_nouns") or t.lower in _lex("titles"))
        and t.lower not in _GENERIC_HEADS
    )


#: the rules that type a phrase by its shape, before its words are matched against the lists
_SHAPE_RULES: tuple[Callable[[Sequence[Token], list[str], bool], str | None], ...] = (
    _source_by_fixed_shape,
    _source_of_a_part,
    _source_named_in_phrase,
)
#: the rules that type a phrase from its words, asked in order after the shape rules; the
#: first that answers decides, and :func:`_residual_source` answers the rest
_SOURCE_RULES: tuple[Callable[[_Phrase], str | None], ...] = (
    _pronoun_source,
    _placed_individual,
    _placed_insiders,
    _marked_source,
    _source_noun,
    _body_or_member,
    _fixed_by_relation,
    _role_group,
    _item_source,
    _government_by_place,
)


def _source_decision(np_toks: Sequence[Token], sentence_start: bool) -> tuple[str, str]:
    """The source type of a phrase and the name of the rule that gave it."""
    lowers = [t.lower for t in np_toks]
    for shape_rule in _SHAPE_RULES:
        typ = shape_rule(np_toks, lowers, sentence_start)
        if typ is not None:
            return typ, shape_rule.__name__
    p = _phrase(np_toks, lowers, sentence_start)
    for rule in _SOURCE_RULES:
        typ = rule(p)
        if typ is not None:
            return typ, rule.__name__
    return _residual_source(p), _residual_source.__name__


def classify_source(np_toks: Sequence[Token], sentence_start: bool) -> str:
    """Source type of a subject noun phrase.

    The rules are :data:`_SHAPE_RULES`, then :data:`_SOURCE_RULES` over the phrase's words,
    then :func:`_residual_source`; the first that answers decides (a shape rule may type a
    part of the phrase, the head before a comma or the aside after a dash, the same way).

    >>> classify_source(tokenize("an unidentified senior U.S. defense official"), False)
    'anonymous'
    >>> classify_source(tokenize("people familiar with the matter"), False)
    'generic_anonymous'
    >>> classify_source(tokenize("Muzahem al Saloum"), False)
    'named_person'
    >>> classify_source(tokenize("Investors"), True)
    'vague'
    """
    return _source_decision(np_toks, sentence_start)[0]


#: bodies a story names once and then calls "the trust", "the utility", "the label"
_DEFINITE_BODIES = _set(
    "trust service operator maker label utility gallery museum zoo league town cooperative co-op retailer carrier "
    "festival chain band network charity insurer lender developer manufacturer broadcaster publisher studio "
    "brewery supermarket venue orchestra theatre theater choir store hotel resort clinic practice academy airport "
    "railway society federation association organisation organization coalition alliance consortium prosecution "
    "defence defense airline bank hospital school university college district agency authority office department "
    "inspectorate directorate division bureau unit secretariat centre center force mission chamber "
    "newspaper magazine station tabloid newsletter camp"
)
#: records a story identifies and then calls "the brief", "the summary", "the release"
_DEFINITE_RECORDS = _set(
    "release website page brief text summary assessment accounts sheet update announcement list dashboard "
    "declarations papers minutes filing notice transcript log logs register"
)


#: words that open the qualifier after a source's head noun ("landlords in the city", "a supervisor
#: who worked under Hale", "drivers interviewed by the Courier")
_QUALIFIER_OPENERS = _PREP_QUALIFIERS | _set("on under near across around along by who whose that which , back")
#: plural heads without an -s
_IRREGULAR_PLURALS = _set("men women people folk children police staff crew")
#: person nouns (singular or without -s) the suffix test misses
_MORE_PERSONS = _IRREGULAR_PLURALS | _set(
    "landlord coach advocate candidate delegate colleague neighbour neighbor"
    " friend relative family local veteran fan user member nurse aide ally guest"
    " trustee principal cook chef medic midwife surgeon nanny maid butler barista pastor priest vicar imam"
    " rabbi nun monk student pupil patient inmate waitress juror mourner shopper parishioner tenant homeowner"
    " motorist commuter passenger waiter supervisor volunteer dancer cleaner bartender caretaker receptionist"
    " builder plumber electrician farmer fisherman labourer laborer miner mechanic technician dispatcher"
    " host physio"
)


#: nouns with a person's ending that name things ("incident", "patent"); "-ment" nouns are left out apart
_THING_NOUNS = _set("event incident content accident patent talent center centre layer percent")


@cache
def _nonperson_heads() -> frozenset[str]:
    """Head nouns of bodies, documents, platforms and outlets, which name no person."""
    return _lex("org_words") | _lex("document_nouns") | _lex("social_media") | _lex("outlets")


#: a member of a party, named by it ("a House Democrat", "one Tory")
_PARTY_MEMBERS = _set("democrat republican conservative liberal tory socialist independent")


#: members of a party named as a group ("Republicans", "Some Democrats in the north")
_PARTY_PLURALS = _set("democrats republicans conservatives tories liberals socialists greens nationalists")
#: bodies that make a party group a caucus speaking for itself ("Senate Democrats")
_PARTY_BODIES = _set(
    "senate house legislature committee panel caucus assembly council congress parliament chamber delegation"
)


#: people whose post is the outlet's own or a body's voice, typed by other rules
_NOT_INDEFINITE_PERSONS = _set(
    "reporter correspondent journalist photographer spokesman spokeswoman spokesperson representative family narrator"
)


#: nouns that say only that someone is a person
_PLAIN_PERSONS = _set("man woman mother father mom dad person guy lady boy girl")


def _indefinite_person(np_toks: Sequence[Token], hits: set[str] | frozenset[str]) -> str | None:
    """One unnamed person by post or place: "a", "an", "one" or "another", modifiers (capitalised
    ones too: a team, a company, a party), and a lower-case head that names a person by what they
    do, or any noun that a relative "who" makes a person ("An intermediary who sat in on ...").
    A comma may stand only right before "who"."""
    lowers = [t.lower for t in np_toks]
    if len(lowers) < 2 or lowers[0] not in ("a", "an", "one", "another") or "source_vague" in hits:
        return None
    who = lowers.index("who") if "who" in lowers else -1
    stop = next(
        (
            k
            for k, w in enumerate(lowers)
            if k
            and (
                w in _QUALIFIER_OPENERS
                or w in ("by", "who", "that", "of")
                or (k > 1 and np_toks[k].text.islower() and w.endswith(("ing", "ed")))
            )
        ),
        len(lowers),
    )
    if (
        stop < len(lowers)
        and lowers[stop] == ","
        and (stop + 1 >= len(lowers) or lowers[stop + 1] not in ("who", "whose"))
    ):
        return None  # "Another parent, Rafael Ortiz,": an appositive may name the person
    if stop < 2:
        return None
    head_tok = np_toks[stop - 1]
    head = head_tok.lower
    if not head_tok.text.islower() and head not in _PARTY_MEMBERS:
        return None
    generic = head in _GENERIC_HEADS
    if head in _NOT_INDEFINITE_PERSONS or (head.endswith("s") and head not in _MORE_PERSONS and not generic):
        return None
    if (head in _nonperson_heads() and not generic) or head in ("source", "official"):
        return None
    person = (
        generic
        or _person_head(head)
        or head in _lex("titles")
        or head in _PARTY_MEMBERS
        or who == stop
        or (who == stop + 1 and lowers[stop] == ",")
    )
    if not person:
        return None
    if stop == len(lowers) and head in _PLAIN_PERSONS:
        return None  # a bare "a man", "a young woman" places nobody
    # the modifiers: ordinary words, or capitalised names of places, teams, firms, parties; not a
    # clause of its own ("a letter the committee's staff released")
    mods = np_toks[1 : stop - 1]
    if any(t.lower in _DETERMINERS or t.lower in _lex("document_nouns") for t in mods):
        return None
    if not all(t.text[:1].isalnum() or t.text in ("-", "'", "’") for t in mods):
        return None
    return "generic_anonymous" if generic else "anonymous"


def _party_group(lowers: Sequence[str]) -> str | None:
    """The type of a party's members named as a group: counted, they keep the singular's level
    ("Two Democrats on the panel", "at least 47 of the 51 Democrats": `anonymous`); uncounted and
    placed by no body, they are a bare group like "many lawmakers" ("Republicans", "Some Democrats
    in the north": `vague`, the plural rule). None for other phrases and for a caucus ("Senate
    Democrats", "Democrats on the committee"), which the older rules type."""
    core = next(
        (
            k
            for k, w in enumerate(lowers)
            if k and w != "of" and (w in _PREP_QUALIFIERS or w in (",", "who", "that", "on", "at"))
        ),
        len(lowers),
    )
    if not core or lowers[core - 1] not in _PARTY_PLURALS or "," in lowers[:core]:
        return None
    if any(w[:1].isdigit() or w in _EXACT_COUNTS or w in ("dozen", "dozens") for w in lowers[:core]):
        return "anonymous"
    if not _PARTY_BODIES.isdisjoint(lowers):
        return None
    return "vague"


def _role_only_label(label: Sequence[Token]) -> bool:
    """Whether a speaker label in capitals names only a post ("FORMER DISPATCHER", "NIGHT NURSE",
    "SHIFT SUPERVISOR"), not a person: every word is an ordinary word, the last one a person's
    role, and it is not a transcript's own role ("HOST", "MODERATOR") or a title that points to
    the one office-holder of the story ("PRESIDENT", "THE GOVERNOR")."""
    if not label or not all(t.text.isupper() for t in label) or label[0].lower == "the":
        return False
    head = label[-1].lower
    if head in _LABEL_OFFICES or head in _lex("titles") or not _person_head(head):
        return False
    return all(_ordinary_word(t.lower) for t in label)


def _plural_stem(w: str) -> tuple[str, bool]:
    """The singular stem of a lower-case noun and whether it is plural ("coaches" -> "coach")."""
    stem = w[:-2] if w.endswith(("ches", "shes", "sses")) else w[:-1] if w.endswith("s") else w
    return stem, w in _IRREGULAR_PLURALS or (w.endswith("s") and not w.endswith("ss"))


def _person_head(w: str) -> bool:
    """Whether the lower-case noun ``w`` names a person or a group of people: "landlords",
    "nurse", "councillors", "voters", "steward", "lobbyist", "folks"."""
    stem, plural = _plural_stem(w)
    return (
        w in _PERSON_NOUNS
        or w in _MORE_PERSONS
        or stem in _MORE_PERSONS
        or w in _lex("constituencies")
        or w in _lex("role_nouns")
        or (plural and stem in _lex("titles"))
        or w == "folks"
        or (_agent_word(stem) and stem not in _THING_NOUNS)
        or (len(stem) > 4 and stem.endswith(("ard", "man")))  # "steward", "groundsman"
    )


def _unnamed_by_head(np_toks: Sequence[Token], sentence_start: bool) -> str | None:
    """An indefinite or bare plural person or group whose head is a common noun, named only in
    what places it: "Some landlords in the city", "Two health visitors based at the Ashcombe
    clinic", "A steward who has worked the Wherry End for 15 years", "Drivers interviewed by the
    Courier", "Several Kestrian outlets". Capitalised words after the head place the person;
    they do not name them. One person or a counted group is ``anonymous``; an uncounted group
    placed by no body is ``vague`` (the guide's plural rule). None when the phrase is not of this
    shape: a definite or possessive phrase ("the court's listing office"), an appositive after a
    comma, "critics including Ana Ruiz", "both campaigns", a plural placed in a named body
    ("Observers from the Council for ...", which speak for it), a document or a body."""
    lowers = [t.lower for t in np_toks]
    cut = lowers.index(",") if "," in lowers else -1
    if 0 <= cut < len(lowers) - 1 and lowers[cut + 1] in ("who", "whose"):
        # "One woman, who would not give the board her name": a clause set off by a comma
        # describes the person; what it mentions does not name them
        np_toks = [*np_toks[:cut], *np_toks[cut + 1 :]]
        lowers = [t.lower for t in np_toks]
    n = len(lowers)
    if n < 2 or "," in lowers or "including" in lowers or lowers[0] in ("both", "all", "each", "either"):
        return None
    start = 0
    one_of = lowers[0] == "one" and lowers[1] == "of"  # "One of the consultants at Pelham": one person
    # "Two of the librarians who ...", "one of them": a part of a group the story has placed
    partitive = lowers[1] == "of" and (one_of or lowers[0] in _EXACT_COUNTS or lowers[0][:1].isdigit())
    if partitive and n == 3 and lowers[2] in ("them", "those", "us", "these"):
        return "anonymous"
    if partitive:
        start = 2
    while start < n - 1 and (lowers[start] in _GROUP_WORDS or lowers[start] in ("plenty", "lots")):
        start += 1  # "Plenty of folks", "a handful of residents": the group is the noun after "of"
    core = next(
        (
            k
            for k in range(start + 1, n)
            if lowers[k] in _QUALIFIER_OPENERS
            # "Drivers interviewed by the Courier", not the modifier in "Two teaching assistants"
            or (
                k > start
                and np_toks[k].text.islower()
                and lowers[k].endswith(("ing", "ed"))
                and _person_head(lowers[k - 1])
            )
        ),
        n,
    )
    if not partitive and any(w.endswith(("'s", "’s")) or w in ("'", "’") for w in lowers[:core]):
        return None  # "Ovrana's general staff", "Sheriff's investigators": fixed by whose they are
    head = np_toks[core - 1]
    first = lowers[0]
    det = first in _INDEFINITE or first in _LOOSE_QUANTIFIERS or first in ("plenty", "lots") or first[:1].isdigit()
    if not det and not partitive and (first in _DETERMINERS or first in _POSSESSIVE_PRONOUNS):
        return None
    if not head.text.islower() and not (core - 1 == 0 and sentence_start and _ordinary_word(first)):
        return None
    w = head.lower
    stem, plural = _plural_stem(w)
    lexicons = _nonperson_heads()
    if w in lexicons or stem in lexicons or w in ("source", "sources", "official", "officials", "groups"):
        return None  # documents, bodies, sources and officials are typed by the rules above
    if not plural and w in _lex("titles"):
        return None  # "a senator" is typed by the rules above
    if not _person_head(w) and w not in ("media", "press", "outlets"):
        return None  # "calculations by a named firm", "twelve years of ...": not a person or a group
    # the words before the head: ordinary words, or a capitalised word of place or nation
    # ("Several Kestrian outlets"), never a name ("Fairlop answers in a written reply")
    counted = lowers[0][:1].isdigit() or lowers[0] in _EXACT_COUNTS
    for k, t in enumerate(np_toks[: core - 1]):
        initial = k == 0 and sentence_start
        ordinary = t.lower in _INDEFINITE or t.lower in _LOOSE_QUANTIFIERS or t.lower in _GROUP_WORDS
        parts = t.lower.split("-")
        if initial and (ordinary or t.lower == "plenty" or all(_ordinary_word(x) for x in parts if x)):
            continue  # "Plenty of ...", "Open-government advocates": capitalised only to open the sentence
        if k == 0 and (ordinary or t.lower == "one"):
            continue  # "THE WITNESS: One of the night loaders told me": a count is never a name
        if _cap(t) and not (det and plural and (t.lower.endswith(_DEMONYM_ENDINGS) or (counted and k > 0))):
            # a name before the head names someone; a nation's adjective only places, and so does
            # a team's or a firm's name before a counted group ("Two Kessingham players")
            return None
    if not det and not one_of and not plural:
        return None
    if one_of or not plural:
        if not one_of and first not in ("a", "an", "one", "another"):
            return None
        if w in _GENERIC_HEADS and core < n:
            return "generic_anonymous"  # "A neighbour on the estate where Ruiz lived": a relation, named by nothing
        if core == n and not partitive:
            return None  # a bare "a man" places nobody; "one of the nurses" is one of a placed group
        return "anonymous"  # one unnamed person, placed by what the phrase says of them
    if w in ("media", "press", "outlets"):
        return "vague"  # "Several Kestrian outlets": outlets the story does not name
    if any(x[:1].isdigit() or x in _EXACT_COUNTS for x in lowers[:core]):
        return "anonymous"  # a counted group keeps the singular's level
    # "Observers from the Council for ...", "Rangers at Blackwick Gorge State Park": an uncounted
    # group placed in a named body may speak for it; "Business owners on Canal Street",
    # "Political observers in Bhopal" are placed only by where they are
    after = np_toks[core:]
    named_after = any(_cap(t) for t in after)
    body_word = not _lex("org_words").isdisjoint(lowers[core:])
    body = (
        core < n
        and named_after
        and (
            lowers[core] in ("at", "from", "for", "with", "inside", "within", "of")
            or (lowers[core] == "in" and body_word)
        )
    )
    if body or (named_after and w in _lex("role_nouns") and lowers[core] != "in"):
        return None  # "Diplomats in Sennick", "traders in Lussovar": placed only by where they are
    return "vague"


_COMPARATIVES = _set(
    "more less fewer better worse louder longer harder higher lower bigger faster sooner larger greater "
    "smaller stronger deeper wider richer older younger cheaper easier later earlier closer quieter"
)


def _in_correlative(lowers: Sequence[str], i: int) -> bool:
    """Whether token ``i`` is in a sentence of the shape "The more ..., the more ...", which sets
    a condition ("The longer the council talks, the less it does") and reports nothing."""
    if len(lowers) < 6 or lowers[0] != "the" or lowers[1] not in _COMPARATIVES:
        return False
    return any(
        lowers[k] == "," and lowers[k + 1] == "the" and lowers[k + 2] in _COMPARATIVES
        for k in range(2, len(lowers) - 2)
    )


def _agent_noun(tok: Token) -> bool:
    """A lower-case singular noun that names a person by what they do ("supervisor", "assistant")."""
    return _agent_word(tok.lower) and not _cap(tok)


def _agent_word(w: str) -> bool:
    """Does the singular noun ``w`` name a person by what they do, by its ending ("supervisor",
    "assistant", "lobbyist"), leaving out things with those endings ("quarter", "incident")?"""
    return (
        len(w) > 4
        and w.endswith(_AGENT_SUFFIXES)
        and not w.endswith(("ment", "ss"))
        and w not in _NOT_AGENTS
        and w not in _lex("document_nouns")
        and w not in _lex("org_words")
    )


# --------------------------------------------------------------------------- sentence analysis


@dataclass
class SentenceCues:
    """Cues of one sentence plus the structural facts the features need."""

    start: int
    end: int
    tokens: list[Token]
    cues: list[Cue]
    governed_sources: list[str]  # source types that govern a reporting verb
    reporting_verbs: int
    subject_actor_caps: bool  # sentence opens with a capitalised actor and no reporting verb
    speaker_label: bool
    outlet_relay: bool
    own_outlet: bool
    #: every reporting verb sits in a clause subordinate to an unattributed main clause
    #: ("Lawmakers may balk, given that the president has dismissed the report")
    subordinate_attribution: bool = False
    #: positions someone holds or takes ("the union endorsed Ruiz"): a ``stance`` cue (type
    #: support, opposition or intention) and the holder as a ``stance_holder`` source. Shown
    #: with the sentence's cues, but no feature reads them and they do not make the sentence
    #: attributed: the writer still asserts it, so they never move its label.
    stances: list[Cue] = field(default_factory=list)
    #: after the last reporting verb, a clause joined by ", and" / ", but" / ", while" with its own
    #: subject and a verb in the writer's present tense ("Okoro said the talks had stalled, and the
    #: district has frozen hiring"): a second claim the attribution does not govern
    writer_clause: bool = False


def _norm_outlet(s: str) -> str:
    s = s.lower().replace("’", "'")
    s = re.sub(r"^the\s+", "", s.strip())
    s = re.sub(r"[^a-z0-9]+", " ", s).strip()
    return _outlet_aliases().get(s, s)


#: last words of a news outlet's name ("the Harwick Ledger", "The Daily Courier", "Radio Sur")
_OUTLET_HEADS = _set(
    "ledger times post herald tribune journal gazette chronicle news courier observer record register sentinel "
    "star telegraph mirror express globe monitor bulletin dispatch inquirer examiner standard press review daily "
    "weekly magazine radio tv television broadcasting network wire beat report reporter digest leader argus "
    "mercury banner clarion enquirer eagle democrat republican free-press newsroom podcast"
)
#: first words of a broadcaster's name ("Radio Sur", "Channel 4")
_BROADCAST_FIRST = _set("radio channel tv television")
#: words that end or open an outlet's name: a sentence without one has no outlet to find by shape
_OUTLET_WORDS = _OUTLET_HEADS | _BROADCAST_FIRST
#: words before an outlet that someone spoke to
_OUTLET_BEFORE = _set("told tells telling with to")


def _short_name(name: str, pub: str) -> bool:
    """Is ``name`` the short form a paper uses for itself ("the Courier" in The Sunday
    Courier, "the Review" in the Tessaly Business Review)? Both normalised; the short form is
    the publisher's last word, alone or with words of the full name before it."""
    words, full = name.split(), pub.split()
    return bool(words) and len(words) < len(full) and words == full[len(full) - len(words) :]


def _outlets_by_shape(toks: Sequence[Token], known: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Outlets the lexicon does not list, by the shape of their names after "told" or "an
    interview with" / "speaking to": [the] + capitalised words ending in a newspaper or
    broadcast word ("told the Harwick Ledger", "in an interview with The Daily Courier",
    "speaking to Radio Sur"). The name runs at most five words; a lexicon match wins.

    >>> toks = tokenize("An aide told the Harwick Ledger that the deal was off")
    >>> [" ".join(t.text for t in toks[i:j]) for i, j in _outlets_by_shape(toks, [])]
    ['the Harwick Ledger']
    """
    out = []
    taken = {k for i, j in known for k in range(i, j)}
    n = len(toks)
    for k in range(n - 1):
        w = toks[k].lower
        if w not in _OUTLET_BEFORE:
            continue
        if w == "to" and not (k and toks[k - 1].lower in ("speaking", "spoke", "talking", "talked", "comments")):
            continue
        if w == "with" and not (k and toks[k - 1].lower in ("interview", "interviews", "conversation", "podcast")):
            continue
        a = k + 1
        m = a + (toks[a].lower == "the")
        e = m
        while e < n and e - m < 5 and (_cap(toks[e]) or (toks[e].text[:1].isdigit() and e > m)):
            e += 1
        if e == m or taken.intersection(range(a, e)) or any(t.lower.endswith(("'s", "’s")) for t in toks[m:e]):
            continue  # "spoke to Radio Cascadia's Ben Aldous": a reporter, not the outlet
        broadcast_first = e > m + 1 and toks[m].lower in _BROADCAST_FIRST
        if e == m + 1 and m == a and toks[m].lower in ("democrat", "republican"):
            continue  # "told Republican lawmakers": a party, unless "the Republican" names a paper
        if toks[e - 1].lower in _OUTLET_HEADS or broadcast_first:  # "Radio Sur", "Channel 4"
            out.append((a, e))
    out += _reporting_outlets(toks, taken | {k for i, j in out for k in range(i, j)})
    return out


#: papers' one-word names that are no newspaper word, known by ", citing" after them ("The Beacon, citing")
_CITING_HEADS = _set("beacon courant lookout clarion sun independent guardian citizen voice")
#: heads that end titles and parties as often as papers' names ("Majority Leader", "the Democrat")
#: or bodies' names ("the Marine Animal Response Network", "the Election Monitor")
_TITLE_HEADS = _set(
    "leader democrat republican reporter report record standard review network monitor wire beat digest "
    "newsroom podcast daily weekly"
)


def _citing_after(toks: Sequence[Token], j: int) -> bool:
    """Does ", citing" or ", quoting" follow at ``j`` ("The Courier, citing two employees")?"""
    return j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].lower in ("citing", "quoting")


def _reporting_outlets(toks: Sequence[Token], taken: set[int]) -> list[tuple[int, int]]:
    """Outlets the lexicon does not list, by the shape of their names as the subject of a
    reporting verb: "The Harwick Ledger reported", "The Daily Courier, citing two aides,",
    "..., the Tessaly Herald said". "the" and at least two capitalised words ending in a
    newspaper word, opening the sentence or a clause after a comma.

    >>> toks = tokenize("The Harwick Ledger, citing two aides, reported that the deal was off")
    >>> [" ".join(t.text for t in toks[i:j]) for i, j in _reporting_outlets(toks, set())]
    ['The Harwick Ledger']
    """
    out = []
    n = len(toks)
    for a in range(n - 2):
        if toks[a].lower != "the" or not (a == 0 or toks[a - 1].text == ","):
            continue
        m = e = a + 1
        while e < n and e - m < 5 and _cap(toks[e]):
            e += 1
        if e == m or e >= n or taken.intersection(range(a, e)):
            continue
        head = toks[e - 1].lower
        nxt = toks[e].lower
        citing = _citing_after(toks, e)
        if citing and head in _OUTLET_HEADS | _CITING_HEADS:
            out.append((a, e))  # "The Courier, citing two employees, reported": a paper's one-word name
            continue
        if e - m < 2 or head not in _OUTLET_HEADS or head in _TITLE_HEADS:
            continue
        if citing or nxt in ("reported", "reports", "said", "says", "quoted", "wrote", "first"):
            out.append((a, e))
    return out


#: what a story calls an outlet before giving its name ("the German broadcaster Nordstrand
#: Rundfunk", "the news agency Ibernoticias", "the daily Jutarnja Straza")
_OUTLET_DESCRIPTORS = _set(
    "broadcaster daily weekly newspaper paper tabloid broadsheet station channel network magazine site "
    "website agency outlet"
)
#: small words inside a foreign name ("Jornal da Foz", "Diario de Levante")
_NAME_PARTICLES = _set("da de do dos das del della di du la le van von der den al el")
#: reporting words right after an outlet described so ("the daily Vesti reported")
_DESCRIBED_NEXT = _RELAY_NEXT | _set("quoted quotes citing wrote writes aired broadcast published")
_DESCRIBED_PREV = _RELAY_PREV | _set("quoted interviewed citing")


def _outlets_by_descriptor(
    toks: Sequence[Token], known: Sequence[tuple[int, int]], *, any_context: bool = False
) -> list[tuple[int, int]]:
    """Outlets named after a word that says what they are: "the" + words + a descriptor +
    a capitalised name ("told the German broadcaster Nordstrand Rundfunk", "the daily Jutarnja
    Straza reported", "according to a report in the trade weekly Parcel Network"), beside a
    reporting word. Returns the spans of the names.

    >>> toks = tokenize("Villagers told the German broadcaster Nordstrand Rundfunk that the shells fell")
    >>> [" ".join(t.text for t in toks[i:j]) for i, j in _outlets_by_descriptor(toks, [])]
    ['Nordstrand Rundfunk']
    >>> _outlets_by_descriptor(tokenize("He left the station Tuesday and went home"), [])
    []
    """
    out = []
    taken = {k for i, j in known for k in range(i, j)}
    n = len(toks)
    for k in range(1, n - 1):
        if toks[k].lower not in _OUTLET_DESCRIPTORS or not toks[k].text.islower():
            continue
        d = k - 1  # back over "the German", "a local", "the regional news"
        while d >= 0 and k - d <= 4 and toks[d].lower not in ("the", "a", "an"):
            if not toks[d].text[:1].isalpha():
                break
            d -= 1
        if d < 0 or toks[d].lower not in ("the", "a", "an"):
            continue
        a = k + 1
        e = a
        while e < n and e - a < 5:
            t = toks[e]
            time_word = t.lower in _DAYS or t.lower in _MONTHS
            particle = t.lower in _NAME_PARTICLES and e > a and e + 1 < n and _cap(toks[e + 1])
            if (_cap(t) and (not time_word or (t.lower == "today" and e > a))) or (t.text[:1].isdigit() and e > a):
                e += 1  # "Orsa Today", "Canal 4"
            elif particle:
                e += 1  # "Jornal da Foz", "Het Nieuws van Morgen"
            else:
                break
        if e == a or taken.intersection(range(a, e)):
            continue
        prev = toks[d - 1].lower if d else ""
        nxt = toks[e].lower if e < n else ""
        if any_context or prev in _DESCRIBED_PREV or nxt in _DESCRIBED_NEXT or (nxt == "," and e + 1 < n):
            out.append((a, e))
    return out


#: words before a bare outlet name that make it a channel ("told Nordstrand Rundfunk", "quoted by
#: Lusipress"); not "in" or "at", before which a name is a place ("in the Town Hall")
_AGAIN_PREV = _set("told tells telling quoted interviewed citing cited by")


def _named_again(toks: Sequence[Token], known: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Later bare mentions of outlets the article introduced with a descriptor, beside a
    reporting word ("Diario Flash also quoted", "told Nordstrand Rundfunk")."""
    out = []
    taken = {k for i, j in known for k in range(i, j)}
    lowers = [t.lower for t in toks]
    for name in _ARTICLE_OUTLETS.get():
        m = len(name)
        for i in _mentions(toks, name):
            if taken.intersection(range(i, i + m)):
                continue
            prev = lowers[i - 1] if i else ""
            if prev == "the":
                prev = lowers[i - 2] if i > 1 else ""
            nxt = lowers[i + m] if i + m < len(toks) else ""
            if prev in _AGAIN_PREV or nxt in _DESCRIBED_NEXT or (nxt in ("also", "later") and i + m + 1 < len(toks)):
                out.append((i, i + m))
    return out


#: an American broadcaster's call sign ("WTOP", "KTLA", "WFAA-TV", "KQED")
_CALL_SIGN = re.compile(r"^[KW](?:[A-Z]{3}(?:-(?:TV|FM|AM|DT))?|[A-Z]{2}-(?:TV|FM|AM|DT))$")


def _call_signs(toks: Sequence[Token], known: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """A station named by its call sign after a relaying word: "Neighbors told WTOP that ...",
    "in an interview with KQED", "first reported by WFAA-TV". A call sign elsewhere is only a
    name ("WTOP's parent company")."""
    taken = {k for i, j in known for k in range(i, j)}
    return [
        (k, k + 1)
        for k in range(1, len(toks))
        if toks[k].text[:1] in "KW"
        and k not in taken
        and _CALL_SIGN.match(toks[k].text)
        and toks[k - 1].lower in _RELAY_PREV
        and not _ordinary_word(toks[k].lower)  # "WHAT", "WITH" in a line set in capitals
    ]


def _outlet_ok(toks: Sequence[Token], i: int, j: int) -> bool:
    """An outlet name counts as a relay only when capitalised and beside a reporting word (or,
    for the unnamed "local media" and "state television", right after "told" or "to")."""
    first = toks[i + 1] if toks[i].lower == "the" and j > i + 1 else toks[i]
    prev = toks[i - 1].lower if i else ""
    if not _cap(first):
        # "told local media", "speaking to state television": unnamed outlets, lower case mid-sentence
        return toks[i].lower in ("local", "state") and prev in _RELAY_PREV
    nxt = toks[j].lower if j < len(toks) else ""
    if toks[j - 1].lower == "hill" and prev in ("on", "in", "up"):
        return False  # "circulating on the Hill": Capitol Hill, not the paper
    if j == i + 1 and toks[i].lower in _common_words() and not toks[i].text.isupper():
        return prev in _RELAY_PREV  # "Time", "Fox", "Insider" need "told"/"by"/"to" before them
    if _citing_after(toks, j):
        return True  # "The Washington Post, citing three U.S. officials, reported"
    return prev in _RELAY_PREV or nxt in _RELAY_NEXT or (nxt == "'s" and j + 1 < len(toks))


_EVAL_PARTICIPLES = _set(
    "considered regarded deemed reputed rumored rumoured believed thought held alleged claimed perceived "
    "seen viewed described credited acknowledged recognised recognized touted hailed billed accepted agreed "
    "assumed cited found shown linked"
)
_NEEDS_AS = _set(
    "seen viewed described perceived recognised recognized acknowledged accepted billed hailed touted "
    "agreed assumed cited"
)
_NAMING_PARTICIPLES = _set("called known dubbed labelled labeled named nicknamed referred")
#: criticism with nobody doing it: "has been accused of", "was widely panned for"
_CRITICAL_PARTICIPLES = _set(
    "accused criticized criticised blamed pilloried panned derided mocked ridiculed lambasted slammed condemned "
    "faulted castigated denounced"
)
#: reporting participles that lend a view to nobody after an expletive "it": "it has been argued that"
_IT_PARTICIPLES = _set(
    "argued noted remarked observed speculated suggested stated asserted estimated feared hoped reported said "
    "announced "
    "rumoured rumored understood assumed proposed posited maintained contended hypothesized hypothesised theorized "
    "theorised claimed alleged believed thought suspected predicted expected known accepted"
)
_CONSENSUS_ADVERBS = _set(
    "widely generally often commonly usually sometimes frequently largely popularly traditionally "
    "universally variously increasingly broadly"
)


def _that_clause(toks: Sequence[Token], t: int) -> bool:
    """Does a clause start at the "that" in ``toks[t]`` ("held that the search was lawful"), rather
    than a demonstrative noun phrase ("held that job for years", "was held that week")?"""
    if t + 1 >= len(toks):
        return False
    nxt = toks[t + 1]
    w = nxt.lower
    if w in _DETERMINERS or w in _SUBJECT_PRONOUNS or _cap(nxt) or w[:1].isdigit():
        return True
    after = toks[t + 2].lower if t + 2 < len(toks) else ""
    return not (after == "" or after in _PREPOSITIONS or not after[:1].isalnum() or w in _DAYS or w in _TIME_NOUNS)


_TIME_NOUNS = _set("week month year day morning afternoon evening night summer winter spring autumn fall season time")
_FINITE_AUX = _set("is are was were has have had will would can could should must may might does do did")


def _clause_after(toks: Sequence[Token], j: int) -> bool:
    """Does a clause with its own finite verb follow ``toks[j]`` within a few words, before any
    punctuation ("agree the vaccine is safe"), rather than a bare object ("agreed a new deal")?

    >>> _clause_after(tokenize("agree the vaccine is safe"), 1), _clause_after(tokenize("agreed a new deal."), 1)
    (True, False)
    """
    for t in toks[j + 1 : j + 8]:
        if not t.text[:1].isalnum():
            return False
        if t.lower in _FINITE_AUX:
            return True
    return False


def _evaluative_passives(toks: Sequence[Token]) -> list[tuple[int, int]]:
    """Agentless passives that lend a judgement to nobody in particular.

    BE + (adverb) + an evaluative participle ("is considered", "was widely regarded as",
    "are often described as"), or a naming participle after a consensus adverb ("is
    commonly called"). A ``by`` agent right after makes it an ordinary passive.

    >>> [(a, b) for a, b in _evaluative_passives(tokenize("He is widely regarded as the best"))]
    [(1, 5)]
    >>> _evaluative_passives(tokenize("The dog is called Rex"))
    []
    >>> _evaluative_passives(tokenize("It was considered by the court"))
    []
    """
    spans = []
    for k, t in enumerate(toks):
        w = t.lower
        naming = w in _NAMING_PARTICIPLES
        critical = w in _CRITICAL_PARTICIPLES
        evaluative = w in _EVAL_PARTICIPLES
        if not (naming or critical or evaluative or w in _IT_PARTICIPLES) or k == 0:
            continue
        b = k - 1
        adverbs = 0
        while b >= 0 and (toks[b].lower in _CONSENSUS_ADVERBS or toks[b].lower in ("also", "still", "now", "long")):
            adverbs += toks[b].lower in _CONSENSUS_ADVERBS
            b -= 1
        nxt = toks[k + 1].lower if k + 1 < len(toks) else ""
        if b > 1 and toks[b].lower == "and" and w in _AGENT_COGNITIVE and nxt in ("as", "to"):
            # "was slow and widely regarded as a relic": the BE of the first conjunct serves both
            m = b - 1
            while m >= max(0, b - 8) and toks[m].lower not in _NP_STOP and toks[m].text != ",":
                m -= 1
            if any(x.lower in ("is", "are", "was", "were") for x in toks[m + 1 : b]):
                spans.append((b + 1, k + 2))
            continue
        if b < 0 or toks[b].lower not in ("is", "are", "was", "were", "been", "be", "being"):
            continue
        if naming and not adverbs:
            continue
        if toks[b].lower == "been":
            m = b - 1
            while m > 0 and (toks[m].lower in _CONSENSUS_ADVERBS or toks[m].lower in ("also", "long")):
                m -= 1
            if m >= 0 and toks[m].lower in ("has", "have", "had"):
                b = m
        nxt = toks[k + 1].lower if k + 1 < len(toks) else ""
        if nxt in ("in", "on") and b and toks[b - 1].lower == "it":
            # "it has been widely reported in the local press that": the channel before the clause
            that = next((m for m in range(k + 2, min(len(toks), k + 8)) if toks[m].lower in ("that", ",")), None)
            if that is not None and toks[that].lower == "that" and _that_clause(toks, that):
                spans.append((b - 1, k + 1))
                continue
        if not (naming or critical or evaluative) and not (b and toks[b - 1].lower == "it" and nxt == "that"):
            continue  # "it has been argued that": nobody is said to argue it; "the case was argued" is not
        if nxt == "by":
            continue
        denied = any(x.lower in ("not", "n't", "never", "no", "nobody") for x in toks[max(0, b - 4) : b + 1])
        if critical and ((nxt not in ("for", "of", "as", "over") and not (w == "blamed" and nxt == "on")) or denied):
            continue  # "the plan was criticised." names no charge; "has not been accused of" denies one
        if denied and w in ("claimed", "alleged", "rumored", "rumoured", "reputed"):
            continue  # "it has never been claimed that": no claim was made
        if w == "linked" and (nxt != "with" or denied):
            continue  # gossip: "has been linked with a move to Spain"; not "linked by rail", not a finding ("to")
        if w in ("found", "shown") and nxt not in ("to", "that"):
            continue  # "was found dead", "was shown on television"
        if w in ("thought", "held", "believed", "alleged", "claimed", "rumored", "rumoured", "reputed") and (
            nxt not in ("to", "that", "of") or (nxt == "that" and not _that_clause(toks, k + 1))
        ):
            continue  # "the meeting was held in May", "the seat is held", "was held that week"
        if not adverbs and ((w in _NEEDS_AS and nxt != "as") or (w == "credited" and nxt != "with")):
            continue  # "the car was seen near the bridge"
        end = (
            k + 2 if nxt in ("as", "to", "with", "that") or (critical and nxt in ("for", "of", "over", "on")) else k + 1
        )
        spans.append((b, end))
    return spans


#: participles whose ``by`` agent is the source: "was described by witnesses as", "is regarded by
#: many economists as", "was first reported by Reuters"
_AGENT_SPEECH = _set(
    "reported described confirmed announced told quoted criticized criticised praised denied disputed "
    "questioned challenged condemned accused alleged stated noted revealed disclosed acknowledged asserted "
    "warned dismissed labelled labeled dubbed characterized characterised branded hailed estimated predicted "
    "contradicted rejected"
)
#: participles that give something a name, with the name between them and the agent
_NAME_BEFORE_AGENT = _set("called labelled labeled branded dubbed")
_AGENT_COGNITIVE = _set("considered regarded seen viewed thought believed deemed judged perceived")
#: expectations with their holders as agents ("Rates are expected by analysts to fall")
_AGENT_FORECASTS = _set("expected forecast projected")
#: a time between a participle and its agent ("was reported late on Monday by", "last week by")
_GAP_TIME = _set(
    "late early earlier last this on in week month year night morning afternoon evening weekend shortly before after "
    "midnight noon dawn"
)
#: participles of an estimate whose figure comes before the agent ("was put at 40 by")
_FIGURE_PASSIVES = _set("put estimated pegged reckoned")
_AGENT_ADVERBS = _set(
    "also first later previously initially originally widely repeatedly publicly privately once since long often "
    "still now then separately independently further subsequently recently"
)


def _passive_adverb(tok: Token) -> bool:
    """An adverb that may sit inside a passive ("was first reported by", "is now widely expected")."""
    return tok.lower in _AGENT_ADVERBS or _adverb(tok)


_AGENT_STOP = _set(", . on in at during for to last this earlier after who which leaving citing quoting not")
#: "to be announced by Friday": a deadline, not an agent
_AGENT_TIME = _set("noon midnight then now next late early mid tomorrow tonight")


def _later_by(toks: Sequence[Token], first: int, stops: Collection[str]) -> int:
    """Index of a "by" among the six tokens from ``toks[first]``, with no comma or token of
    ``stops`` before it ("disclosed to the Review by", "called a fraud by"), else -1."""
    for m in range(first, min(len(toks) - 1, first + 6)):
        w = toks[m].lower
        if w == "by":
            return m
        if w == "," or w in stops:
            return -1
    return -1


#: "am" and "are" glued to their subject ("I'm", "we’re")
_BE_CLITICS = ("'m", "’m", "'re", "’re")


def _agent_passives(toks: Sequence[Token]) -> list[tuple[int, int, str, tuple[int, int], int]]:
    """Passives of reporting verbs whose ``by`` agent names the source.

    BE (or "as", or a comma before a reduced clause) + adverbs + a reporting participle +
    ``by`` + the agent's noun phrase. Returns ``(i, j, type, agent span, participle)`` with
    ``toks[i:j]`` the verb group up to ``by``; the participle is not always right before
    ``by`` ("was called a fraud by", "was disclosed to the Review by"). A negated passive
    ("was never confirmed by") reports nothing, and "seen by" is an observation unless "as"
    follows the agent ("is seen by many as").

    >>> _agent_passives(tokenize("It was described by witnesses as chaos"))
    [(1, 4, 'speech', (4, 5), 2)]
    >>> _agent_passives(tokenize("The man was killed by a tree"))
    []
    """
    out = []
    n = len(toks)
    for k in range(1, n - 2):
        by = k + 1
        if toks[k + 1].lower == "to":  # "was disclosed to the Review by a person who ..."
            r = toks[k + 2]
            if not (r.lower in _DETERMINERS or _cap(r) or r.lower in _OBJECT_PRONOUNS):
                continue  # "were reported to have been taken down by": an infinitive, not a recipient
            by = _later_by(toks, k + 1, _NP_STOP)
            if by < 0:
                continue
        elif toks[k + 1].lower == "at" and toks[k].lower in _FIGURE_PASSIVES:
            # "was put at 4.5 million by a person close to the board", "was estimated at about
            # $4 million by the assessor": the figure sits between the participle and its agent
            f = k + 2 + (k + 2 < n and toks[k + 2].lower in _FIGURE_LEADS)
            if not (f < n and _amount_start(toks[f].text)):
                continue
            by = _later_by(toks, f, _NP_STOP)
            if by < 0:
                continue
        elif toks[k].lower in _AGENT_SPEECH and toks[k + 1].lower in _GAP_TIME:
            # "was first reported late on Monday by the newswire", "was announced last week by":
            # a time between the participle and its agent
            by = k + 1
            while by < n and by < k + 6 and (toks[by].lower in _GAP_TIME or toks[by].lower in _DATE_WORDS):
                by += 1
            if by >= n - 1 or toks[by].lower != "by":
                continue
        elif toks[k].lower in _AGENT_SPEECH and toks[k + 1].text == "," and toks[k + 2].lower == "by":
            by = k + 2  # "I'm also told, by a lawyer in the governor's office, that P": the agent set off
        elif toks[k + 1].lower != "by" and toks[k].lower in _NAME_BEFORE_AGENT:
            # "has been called a fraud by other doctors": the name given sits before the agent
            by = _later_by(toks, k + 1, _NP_STOP - _QUOTE_MARKS)
            if by < 0:
                continue
            if all(_cap(toks[m]) for m in range(k + 1, by)):
                continue  # "was called Rex by its owners": a name given, not a characterisation
        elif toks[k + 1].lower != "by":
            continue
        w = toks[k].lower
        speech = w in _AGENT_SPEECH or (by > k + 1 and (w in _NAME_BEFORE_AGENT or w in _FIGURE_PASSIVES))
        # "was approved by the council", "were overturned by an appeals court": a body's formal
        # decision, told in the passive (GUIDE: a formal decision, `on_record`)
        formal = (
            w in _FORMAL_PASSIVES
            and by == k + 1
            and _body_agent(toks, by + 1)
            and not any(t.lower in _MODALS or t.lower == "to" for t in toks[max(0, k - 4) : k])
        )  # not "must still be certified by the board": a decision still to come
        if formal:
            speech = False
        if not (speech or formal or w in _AGENT_COGNITIVE or w in _AGENT_FORECASTS):
            continue
        b = k - 1
        while b > 0 and _passive_adverb(toks[b]):
            b -= 1  # "was first reported by", "was quietly confirmed by"
        head = toks[b].lower
        if head in ("been", "being") and b and toks[b - 1].lower in ("has", "have", "had", "having", "is", "was"):
            b -= 1
        if head not in ("am", "is", "are", "was", "were", "be", "been", "being", "as", ",") and not head.endswith(
            _BE_CLITICS
        ):
            continue  # not "I'm told by", "we're told by" either
        if head == "," and w not in ("reported", "described", "confirmed"):
            continue  # ", approved by the Senate": an act, not a report, and no sentence's main verb
        if any(t.lower in ("not", "n't", "never") for t in toks[max(0, b - 2) : k]):
            continue  # "was never confirmed by officials"
        if b and toks[b].lower == "be" and toks[b - 1].lower in _MODALS | {"to"}:
            continue  # "must be confirmed by the Senate", "is expected to be announced by": nothing reported yet
        e = by + 1
        while (
            e < n
            and e < by + 11
            and toks[e].lower not in _NP_STOP
            and (
                toks[e].lower not in _AGENT_STOP
                or (e > by + 1 and _place_phrase(toks, e))
                or _name_stop(toks, e)  # "by Sen. Ana Ruiz"
            )
        ):
            if toks[e].lower == "of" and e + 1 < n and toks[e + 1].lower.endswith("ing"):
                break  # "accused by three drivers of deducting"
            e += 1
        first = toks[by + 1].lower
        if (
            e == by + 1
            or first in _DAYS
            or first in _MONTHS
            or first in _AGENT_TIME
            or first[:1].isdigit()
            or (first == "the" and by + 2 < n and toks[by + 2].lower in ("end", "time", "weekend", "deadline"))
        ):
            continue
        if formal:
            out.append((b, by + 1, "formal", (by + 1, e), k))
            continue
        tail = next((m for m in range(e, min(n, e + 6)) if toks[m].lower in ("as", "to") or toks[m].lower in ",."), n)
        if (not speech or w == "dismissed") and (tail >= n or toks[tail].lower not in ("as", "to")):
            continue  # "was seen by neighbours leaving" is a sighting; "was considered by the committee", a debate
        out.append((b if head != "," else k, by + 1, "speech" if speech else "cognitive", (by + 1, e), k))
    return out


#: participles of formal decisions that a body makes in the passive ("was approved by the board")
_FORMAL_PASSIVES = _set(
    "approved passed rejected blocked upheld overturned reinstated convicted acquitted sentenced ordered "
    "granted certified adopted annulled barred fined jailed impeached indicted vetoed ratified"
)


def _body_agent(toks: Sequence[Token], a: int) -> bool:
    """Is the agent phrase from ``a`` a decision-making body ("the council", "a federal judge",
    "the state Supreme Court", "Judge Ana Ruiz")?

    >>> _body_agent(tokenize("by the county board on Tuesday"), 1)
    True
    >>> _body_agent(tokenize("by a lorry"), 1)
    False
    """
    for m in range(a, min(len(toks), a + 7)):
        t = toks[m]
        if t.lower in _BODIES or (t.text in ("Judge", "Magistrate") and m + 1 < len(toks) and _cap(toks[m + 1])):
            return True
        if t.lower in _NP_STOP or t.text in (",", ".", ";") or (m > a and t.lower in _PREPOSITIONS):
            return False
    return False


#: verbs that take criticism as their object: "drew criticism from", "faces questions over"
_DRAW_VERBS = _set(
    "draw draws drew drawn drawing attract attracts attracted attracting face faces faced facing "
    "invite invites invited inviting provoke provokes provoked provoking earn earns earned earning"
)
_UNDER_VERBS = _set("come comes came coming")
#: criticism told by its noun; "charges" (a prosecutor's act) and "pressure" or "opposition"
#: (positions, not speech) are left out
_CRITICISM_NOUNS = _set(
    "criticism criticisms condemnation ridicule rebuke rebukes backlash complaint complaints accusation "
    "accusations allegations questions scorn derision objections pushback fire"
)
_UNDER_NOUNS = _set("fire criticism")
#: what the criticism is about, after the noun: "for", "over", "about", "that ...", "of"
_CHARGE_WORDS = _set("for over about of that")


def _criticism_nouns(
    toks: Sequence[Token],
) -> tuple[list[tuple[int, int, str, tuple[int, int], int]], list[tuple[int, int]]]:
    """Criticism told by its noun: "drew sharp criticism from the union" (the union is the
    source, as in "was criticised by the union"), "came under fire from residents for";
    with no ``from``, the criticism is nobody's ("faces accusations that she ...", "has been
    facing questions over his expenses"), agentless like "has been accused of", and only with what it
    is about after it ("The plan drew criticism." names no charge). Returns the agent cues as
    :func:`_agent_passives` does, and the agentless spans.

    >>> toks = tokenize("The move drew sharp criticism from the teachers union for its timing")
    >>> _criticism_nouns(toks)
    ([(2, 6, 'speech', (6, 9), 4)], [])
    >>> _criticism_nouns(tokenize("She faces accusations that she misused funds"))
    ([], [(1, 3)])
    >>> _criticism_nouns(tokenize("The storm drew crowds from the coast"))
    ([], [])
    """
    agents: list[tuple[int, int, str, tuple[int, int], int]] = []
    agentless: list[tuple[int, int]] = []
    n = len(toks)
    for k in range(n - 2):
        w = toks[k].lower
        if w in _DRAW_VERBS:
            nouns = _CRITICISM_NOUNS
            m = k + 1
        elif w in _UNDER_VERBS and toks[k + 1].lower == "under":
            nouns = _UNDER_NOUNS
            m = k + 2
        elif w == "met" and toks[k + 1].lower == "with" and k and toks[k - 1].lower in _BE:
            nouns = _CRITICISM_NOUNS  # "the plan was met with ridicule from"
            m = k + 2
        else:
            continue
        if any(t.lower in ("not", "n't", "never", "no") for t in toks[max(0, k - 3) : k]):
            continue  # "has not drawn criticism": none reported
        if any(t.lower in _MODALS or t.lower == "to" for t in toks[max(0, k - 2) : k]):
            continue  # "could face questions", "is likely to draw criticism": nothing said yet
        skipped = 0  # "drew sharp, bipartisan criticism", "faced some questions"
        while m < n and skipped < 3 and toks[m].lower not in nouns and toks[m].text.isalpha():
            if toks[m].text[:1].isupper() or toks[m].lower in _PREPOSITIONS or toks[m].lower in _VERB_FORMS:
                break
            m += 1
            skipped += 1
        while m < n and skipped < 3 and toks[m].text == "," and m + 1 < n and toks[m + 1].text.isalpha():
            m += 1  # "sharp, bipartisan criticism"
            while m < n and skipped < 3 and toks[m].lower not in nouns and toks[m].text.islower():
                m += 1
                skipped += 1
        if m >= n or toks[m].lower not in nouns:
            continue
        nxt = toks[m + 1].lower if m + 1 < n else ""
        if toks[m].lower == "fire" and (
            skipped or not any(t.lower in ("for", "over", "about") for t in toks[m + 1 : m + 14])
        ):
            continue  # "came under rifle fire", "came under fire on Sunday": shooting, not criticism
        if nxt == "from" and m + 2 < n:
            a = m + 2
            e = a
            while e < n and e < a + 10 and toks[e].lower not in _NP_STOP and toks[e].lower not in _AGENT_STOP:
                if toks[e].lower in _CHARGE_WORDS or toks[e].lower in ("after", "since", "when", "because"):
                    break
                e += 1
            first = toks[a].lower
            if e == a or first in _DAYS or first in _MONTHS or first[:1].isdigit():
                continue  # "drew crowds from Monday", "faced questions from 2019 on"
            agents.append((k, m + 2, "speech", (a, e), m))
        elif nxt in _CHARGE_WORDS and (nxt != "that" or _that_clause(toks, m + 1)):
            agentless.append((k, m + 1))
    return agents, agentless


#: "By her own account", "in the governor's view", "to his mind": whose account the sentence gives
_VIEWPOINT_NOUNS = {
    "in": _set(
        "view views words telling estimation opinion judgment judgement assessment account version recollection"
    ),
    "by": _set("account accounts admission estimate estimates reckoning count calculation calculations"),
    "to": _set("mind"),
}
#: "the mayor's claim that", "Okafor's belief that": a report named by its noun, with its content
_REPORT_NOUNS_SPEECH = _set(
    "claim claims assertion assertions contention insistence argument allegation allegations suggestion warning "
    "warnings statement denial admission accusation accusations charge boast complaint promise pledge prediction "
    "testimony announcement explanation assurance assurances remark ruling pronouncement pronouncements"
)
_REPORT_NOUNS_COGNITIVE = _set(
    "belief view conclusion finding assessment theory hope fear concern suspicion understanding expectation "
    "impression estimate forecast calculation"
)
#: modifiers between a possessor and its report noun ("the city's own estimate")
_REPORT_MODIFIERS = _set(
    "own earlier latest repeated initial original public recent new first previous oft-repeated false baseless "
    "unfounded unsubstantiated unproven debunked discredited disputed dubious misleading persistent longstanding "
    "long-standing frequent"
)
_POSSESSIVE_END = re.compile(r"[’']s$")


_LEARN_VERBS = _set("know knew known learn learned learnt learns gather gathered understand understood")


def _learned_from(toks: Sequence[Token]) -> list[tuple[int, int, tuple[int, int]]]:
    """Knowledge drawn from an identified record: a knowing verb + ``from`` + a noun phrase
    whose head is a document ("We know from the county's audit that", "as we learned from
    the minutes"). Returns ``(i, j, source span)``, the cue ``toks[i:j]`` being the verb and
    ``from``; "knew from experience" and "learned from the mistake" give nothing.

    >>> [(i, j, s) for i, j, s in _learned_from(tokenize("We know from the minutes that she voted"))]
    [(1, 3, (3, 5))]
    >>> _learned_from(tokenize("She knew from experience that it would fail"))
    []
    """
    out = []
    docs = _lex("document_nouns")
    for k in range(len(toks) - 2):
        if toks[k].lower not in _LEARN_VERBS or toks[k + 1].lower != "from":
            continue
        np = _np_right(toks, k + 2, limit=8)
        if np is None:
            continue
        a, b = np
        while b > a and toks[b - 1].lower == "that":
            b -= 1
        heads = [t.lower for t in toks[a:b]]
        if heads and any(h in docs for h in heads[-2:]) and not _cap(toks[b - 1]):
            out.append((k, k + 2, (a, b)))
    return out


def _possessor_left(toks: Sequence[Token], p: int) -> int:
    """Start of the possessor noun phrase whose possessive mark is on token ``p``.

    A run of capitalised words ("Mayor Ana Ruiz's"), or lower-case words back to a
    determiner ("the state treasurer's"); otherwise the possessive word alone.
    """
    k = p
    while k > 0 and _cap(toks[k - 1]) and toks[k - 1].lower not in _PREPOSITIONS | _DETERMINERS | _NP_STOP:
        k -= 1
    if k < p or _cap(toks[p]):
        return k
    for m in range(p - 1, max(-1, p - 4), -1):
        w = toks[m].lower
        if w in ("the", "a", "an", "this", "that"):
            return m
        if not w[:1].isalpha() or w in _PREPOSITIONS or w in _NP_STOP or w in _VERB_FORMS:
            break
    return p


def _possessive_reports(toks: Sequence[Token]) -> list[tuple[int, int, str, tuple[int, int]]]:
    """Reports named by a noun whose possessor is the source.

    ``in``/``by``/``to`` + possessor + viewpoint noun before a comma or the end ("By her
    own account, ...", "in the governor's view"), and possessor + report noun + ``that``
    ("the mayor's claim that", "his insistence that"). Returns ``(i, j, type, possessor
    span)``: ``toks[i:j]`` is the cue, the possessor span excludes the possessive mark's
    token only when the mark is a separate apostrophe ("the fans' belief"). First-person
    possessors ("in my view") are the writer's own stance and give nothing.

    >>> [(i, j, t, a) for i, j, t, a in _possessive_reports(tokenize("In the governor's view, the tax is unfair"))]
    [(0, 4, 'according_to', (1, 3))]
    >>> [(i, j, t, a) for i, j, t, a in _possessive_reports(tokenize("He rejected Ruiz's claim that crime fell"))]
    [(3, 4, 'speech', (2, 3))]
    >>> _possessive_reports(tokenize("In my view, the tax is unfair"))
    []
    """
    out = []
    n = len(toks)
    for k in range(1, n):
        w = toks[k].lower
        m = k - 1
        while m > 0 and toks[m].lower in _REPORT_MODIFIERS:
            m -= 1
        prev = toks[m]
        if prev.lower in _POSSESSIVE_PRONOUNS:
            span = (m, m + 1)
        elif _POSSESSIVE_END.search(prev.lower) and len(prev.lower) > 2:
            span = (_possessor_left(toks, m), m + 1)
        elif prev.text in ("'", "’") and m > 0 and toks[m - 1].lower.endswith("s") and toks[m - 1].end == prev.start:
            span = (_possessor_left(toks, m - 1), m)  # "the fans' belief"
        else:
            continue
        a = span[0]
        nxt = toks[k + 1].lower if k + 1 < n else "."
        lead = toks[a - 1].lower if a else ""
        if lead in _VIEWPOINT_NOUNS and w in _VIEWPOINT_NOUNS[lead] and nxt in (",", ".", ";", ")", "—", "–"):
            out.append((a - 1, k + 1, "according_to", span))
        elif (
            nxt == "that"
            and lead not in ("in", "via", "through")
            and (w in _REPORT_NOUNS_SPEECH or w in _REPORT_NOUNS_COGNITIVE)
        ):
            out.append((k, k + 1, "speech" if w in _REPORT_NOUNS_SPEECH else "cognitive", span))
    return out


_HEARSAY_NOUNS = _set(
    "claims allegations reports rumors rumours speculation suggestions talk whispers chatter murmurs accusations "
    "belief fears suspicions feeling sense perception concerns"
)
#: hearsay nouns that also name a mood: they report a view only with a "that" clause
_STATE_NOUNS = _set("feeling sense perception belief concerns fears")
#: "Speculation is mounting that", "Fears are growing that": hearsay that spreads by itself
_SPREADING = _set(
    "growing mounting swirling rife rising building circulating spreading widespread coming emerging flying"
)
_SPREADING_NOUNS = _HEARSAY_NOUNS | _set("fear concern concerns suspicion")
_SPREAD_PERFECT = _set("swirled grown mounted circulated spread built risen emerged surfaced")
_WORD_PLACES = _set("around from in on at among")  # "Word around the Capitol is that"
_EXISTENTIAL_BE = _set("is are was were has have had been")
_HEARSAY_BEFORE = _set("amid amidst following after despite")


#: words that open a time after "is expected" ("is expected later this month", "by Friday")
_EXPECTED_WHEN = _set(
    "before later next this within soon shortly sometime early late tomorrow today tonight until around across "
    "overnight throughout "
    "monday tuesday wednesday thursday friday saturday sunday"
)
#: after "by", "in", "on", "over" or "at": what makes the phrase a time, not an agent
_TIME_HEADS = _set(
    "end weekend week weeks month months year years summer winter spring autumn fall morning afternoon evening "
    "night noon midnight time coming close start middle beginning"
)


_AGENTLESS_BE = _set("is are was were been i'm i’m we're we’re")  # "I'm also told", "We're also hearing"


def _adverbed_agentless(toks: Sequence[Token]) -> list[tuple[int, int]]:
    """The lexicon's agentless passives with adverbs inside them, which the phrase list does not
    spell out: "The bill is now widely expected to pass", "It was long assumed that", "are
    also said to be".

    >>> toks = tokenize("The bill is still expected to pass")
    >>> [" ".join(t.text for t in toks[i:j]) for i, j in _adverbed_agentless(toks)]
    ['is still expected to']
    >>> _adverbed_agentless(tokenize("The bill is still stuck in committee"))
    []
    """
    phrases = _lex("attribution_agentless")
    out = []
    n = len(toks)
    for k in range(n - 2):
        if toks[k].lower not in _AGENTLESS_BE:
            continue
        m = k + 1
        while m < n and m < k + 4 and _passive_adverb(toks[m]):
            m += 1
        if m == k + 1 or m >= n:
            continue
        start = k
        while start > 0 and start > k - 2 and toks[start - 1].lower in ("it", "has", "have", "had"):
            start -= 1  # "It was long assumed", "has since been reported"
        head = [t.lower for t in toks[start : k + 1]]
        rest = [t.lower for t in toks[m : m + 3]]
        # the last adverb may belong to the phrase ("is now widely expected")
        found = next(
            (
                (start, m + size)
                for kept in ([], [toks[m - 1].lower])
                for size in (3, 2, 1)
                if len(rest) >= size and " ".join(head + kept + rest[:size]) in phrases
            ),
            None,
        )
        if found:
            out.append(found)
    return out


def _expected_phrases(toks: Sequence[Token]) -> list[tuple[int, int]]:
    """Expectations with nobody expecting that the lexicon's "is expected to" does not reach: a
    time instead of an infinitive ("A ruling is expected later this month", "A decision is
    expected by Friday", "is expected before the end of the year") and the negative ("The
    Senate is not expected to take up the bill"); not "is expected by analysts to".

    >>> toks = tokenize("A ruling is expected by the end of the month")
    >>> [" ".join(t.text for t in toks[i:j]) for i, j in _expected_phrases(toks)]
    ['is expected']
    """
    out = []
    n = len(toks)
    for k in range(1, n - 1):
        if toks[k].lower != "expected":
            continue
        b = k - 1
        negated = toks[b].lower in ("not", "n't")
        if negated:
            b -= 1
        if b < 0 or toks[b].lower not in ("is", "are", "was", "were", "'s", "’s"):
            continue
        nxt = toks[k + 1].lower
        after = toks[k + 2].lower if k + 2 < n else ""
        after2 = toks[k + 3].lower if k + 3 < n else ""
        if negated and nxt == "to":
            out.append((b, k + 2))
            continue
        timed = nxt in _EXPECTED_WHEN or nxt in _MONTHS
        if nxt in ("by", "in", "on", "over", "at"):
            timed = (
                after[:1].isdigit()
                or after.startswith(("mid-", "late-", "early-"))  # "by mid-March"
                or after in _EXPECTED_WHEN
                or after in _MONTHS
                or after in _TIME_HEADS
                or (after in ("the", "a", "early", "mid", "late") and after2 in _TIME_HEADS | _MONTHS)
            )
        if timed:
            out.append((b, k + 1))
    return out


def _hearsay_phrases(toks: Sequence[Token]) -> list[tuple[int, int]]:
    """Hearsay that nobody is said to hold: "there are claims that", "amid speculation that".

    ``there`` + a form of *be* or ``amid``/``following`` + up to three lower-case modifiers
    + a hearsay noun, with no ``from``/``by`` naming who made it.

    >>> [(a, b) for a, b in _hearsay_phrases(tokenize("There have been unconfirmed reports of shelling"))]
    [(0, 5)]
    >>> _hearsay_phrases(tokenize("Amid reports from the ministry that ..."))
    []
    """
    spans = []
    n = len(toks)
    for k, t in enumerate(toks):
        w = t.lower
        if (
            w in _SPREADING_NOUNS
            and k + 2 < n
            and (
                (toks[k + 1].lower in ("is", "are", "was", "were") and toks[k + 2].lower in _SPREADING)
                or (toks[k + 1].lower in ("has", "have", "had") and toks[k + 2].lower in _SPREAD_PERFECT)
            )
            and (k == 0 or toks[k - 1].lower in _CLAUSE_OPENERS)
            and any(x.lower == "that" for x in toks[k + 3 : k + 9])
        ):
            spans.append((k, k + 3))
            continue
        opener = (
            k == 0
            or toks[k - 1].lower in _CLAUSE_OPENERS
            or (toks[k - 1].lower == "the" and (k == 1 or toks[k - 2].lower in _CLAUSE_OPENERS))
        )
        if (
            w == "word" or (w in ("talk", "chatter", "gossip", "buzz") and (k == 0 or toks[k - 1].lower == "the"))
        ) and opener:
            # "Word around the Capitol is that ...", "Word from Norway is that ..."
            be = next((m for m in range(k + 1, min(n - 1, k + 7)) if toks[m].lower in ("is", "was")), None)
            if be is not None and be > k + 1 and toks[be + 1].lower == "that" and toks[k + 1].lower in _WORD_PLACES:
                spans.append((k - (toks[k - 1].lower == "the" if k else 0), be + 2))
            continue
        if w == "there":
            m = k + 1
            while m < n and m < k + 4 and toks[m].lower in _EXISTENTIAL_BE:
                m += 1
            if m == k + 1:
                continue
        elif w in _HEARSAY_BEFORE:
            m = k + 1
        else:
            continue
        e = m
        while e < n and e < m + 3 and toks[e].lower not in _HEARSAY_NOUNS and toks[e].lower.isalpha():
            article = e == m and w == "there" and toks[e].lower in ("a", "an")  # "There is a feeling that"
            if (
                _cap(toks[e])
                or toks[e].lower in _NP_STOP
                or (toks[e].lower in _DETERMINERS - _QUANTIFIERS and not article)
            ):
                break
            e += 1
        if e >= n or toks[e].lower not in _HEARSAY_NOUNS or toks[e].lower == "unconfirmed":
            continue
        if toks[e].lower in _STATE_NOUNS and not any(x.lower == "that" for x in toks[e + 1 : e + 6]):
            continue  # "There is a sense of relief": a mood, not a view with content
        nxt = toks[e + 1].lower if e + 1 < n else ""
        if nxt in ("from", "by") or (w in _HEARSAY_BEFORE and nxt not in ("that", "of", "about", ",", "")):
            continue  # "amid reports from the ministry"; "after claims were filed"
        if w in ("after", "following") and nxt == "of" and (k == 0 or toks[k - 1].lower in _CLAUSE_OPENERS):
            continue  # "After early reports of a leak, the company said ...": when, not who says so
        spans.append((k, e + 1))
    return spans


def _dedupe(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Keep the earliest, then longest, of overlapping spans."""
    if len(spans) < 2:
        return list(spans)
    kept: list[tuple[int, int]] = []
    for a, b in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        # kept spans are disjoint and start at or before ``a``: (a, b) overlaps one of them
        # exactly when it starts before the last one ends (a scan of all was quadratic)
        if not kept or a >= kept[-1][1]:
            kept.append((a, b))
    return kept


#: nouns an "unconfirmed" before them makes a vague source ("unconfirmed reports", "unconfirmed accounts")
_UNCONFIRMED_SOURCES = _set("report reports rumor rumour accounts account stories media word")


def _status_ok(toks: Sequence[Token], i: int, j: int, typ: str) -> bool:
    """Filter status false friends ("did not respond to treatment", "a false alarm")."""
    last = toks[j - 1].lower
    nxt = toks[j].lower if j < len(toks) else ""
    if typ == "no_comment" and {t.lower for t in toks[max(0, i - 3) : i]} & _STATUS_SUBORDINATORS:
        return False  # "removed because they did not respond to queries": a reason, not a status line
    if typ == "no_comment" and last in _STATUS_VERBS_FOLLOW and nxt == "to":
        # not "did not respond to the antibiotics"; "has not responded to the allegations" leaves
        # them unanswered (GUIDE: response status)
        return _object_ahead(toks, j, _MESSAGE_OBJECTS | _CRITIQUE_OBJECTS)
    if typ == "no_comment" and last in ("address", "addressed"):
        # "did not address the lawsuit" leaves a question unanswered; "did not address the court"
        # (speak to it) does not
        aud = next((t.lower for t in toks[j : j + 3] if t.lower not in _DETERMINERS), "")
        return aud not in _AUDIENCES
    if typ == "no_comment" and toks[i].lower in ("attempts", "efforts"):
        # "Attempts to reach the family were unsuccessful": the subject of a failure, not "made
        # repeated attempts to contact the ministry" (an act told in the claim)
        opener = i == 0 or (i == 1 and toks[0].lower in ("repeated", "multiple", "several", "further"))
        return opener and any(t.lower in ("unsuccessful", "failed", "unanswered") for t in toks[j:])
    if typ == "no_comment" and last in ("return", "returned"):
        return nxt in _RESPOND_OBJECTS
    if typ == "no_comment" and last in ("say", "said", "explain", "explained") and toks[i].lower != "would":
        # "did not say why", "could not explain how": a question left unanswered; "I did not say
        # that" and "could not explain his vote" are not status lines
        return nxt in _WH_WORDS
    if typ == "unconfirmed" and j - i == 1 and nxt in _HEARSAY_NOUNS | _UNCONFIRMED_SOURCES:
        # "according to unconfirmed reports": the guide's own vague source, not material that
        # could not be verified (a video, a document), which is weak
        return False
    if typ == "denial" and toks[i].lower == "pushed" and last == "back":
        return _pushed_back_rebuttal(toks, i, j)  # not "the deadline was pushed back twice"
    if typ == "denial" and toks[i].lower not in _DENIAL_PRIMARY and j - i == 1:
        window = {t.lower for t in toks[j : j + 5]} | {t.lower for t in toks[max(0, i - 3) : i]}
        return (bool(window & _CLAIM_NOUNS) and toks[i].lower not in ("false",)) or (
            toks[i].lower == "false" and bool({t.lower for t in toks[max(0, i - 4) : i]} & {"called", "call", "calls"})
        )
    return True


def analyze_sentence(
    text: str,
    start: int,
    end: int,
    publisher: str | None = None,
    quotes: Sequence[tuple[int, int]] = (),
    tokens: list[Token] | None = None,
) -> SentenceCues:
    """Find the cues of ``text[start:end]`` (offsets in article coordinates); ``tokens``, when
    given, are that span's tokens from :func:`tokenize` (the article pass already made them)."""
    toks = tokenize(text[start:end], start) if tokens is None else tokens
    headline = _HEADLINE.set(_headline_shape(toks))
    try:
        return _analyze_sentence(text, start, end, publisher, quotes, toks)
    finally:
        _HEADLINE.reset(headline)


def _headline_shape(toks: Sequence[Token]) -> bool:
    """Is the line shaped like a headline: short, with no full stop, question or exclamation mark
    at its end ("Plant to close, company says")?"""
    return 2 < len(toks) <= 30 and toks[-1].text not in (".", "?", "!", '"', "”", "’", "'", ":", ")")


def _source_after(toks: Sequence[Token], cues: Sequence[Cue], j: int) -> bool:
    """Is a source other than a vague one already found after ``toks[j - 1]`` in the same clause
    (a trailing "according to ..." or "..., officials said"; not "..., and Ruiz said")?"""
    for c in cues:
        if c.kind == "source" and c.type != "vague" and c.start >= toks[j - 1].end:
            between = [t.lower for t in toks[j:] if t.end <= c.start]
            if not {"and", "but", ";", "while", "although", "when", "if", "before", "after", "until", "because"} & set(
                between
            ):
                return True
    return False


#: what follows an anonymity note that reports nothing: its reason, or the end
_NOTE_AFTER = _set("because to for as since so , . ; in under and")


_ANONYMITY_REQUEST = re.compile(
    r"(?:asked|requested|sought|insisted on|demanded|(?:was|were) (?:granted|given|promised)) "
    r"(?:anonymity|not to be (?:named|identified)|that (?:his|her|their) names? not be (?:used|published))\b"
)


def _anonymity_requests(toks: Sequence[Token]) -> list[tuple[int, int]]:
    """Token spans of a request for anonymity ("asked not to be named", "were granted anonymity")."""
    lowers = [t.lower for t in toks]
    out: list[tuple[int, int]] = []
    if not {"anonymity", "named", "identified", "used", "published"} & set(lowers[:17]):
        return out  # the scan only where a request for anonymity can be
    for i in range(1, min(len(toks), 8)):
        m = _ANONYMITY_REQUEST.match(" ".join(lowers[i : i + 9]))
        if m:
            out.append((i, i + len(m.group(0).split())))
    return out


def _anonymity_note(toks: Sequence[Token], candidates: Sequence[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The span of "spoke on condition of anonymity" when it is the sentence's own predicate and
    reports nothing ("The officials spoke on condition of anonymity because they were not
    authorized to discuss the case."): a note on how the story was sourced. Not when it describes
    the subject of a later verb ("A teammate, speaking on condition of anonymity, said ...") or
    another verb reports ("They spoke on condition of anonymity and said the deal was off").

    >>> toks = tokenize("Both spoke on condition of anonymity because talks continue.")
    >>> _anonymity_note(toks, [(1, 6, "speech")])
    (1, 6)
    >>> toks = tokenize("Both spoke on condition of anonymity and said talks had ended.")
    >>> _anonymity_note(toks, [(1, 6, "speech"), (7, 8, "speech")]) is None
    True
    """
    notes = [(i, j) for i, j, typ in candidates if typ == "speech" and toks[j - 1].lower == "anonymity"]
    if not notes:
        notes = _anonymity_requests(toks)  # "The official asked not to be named because ..."
    if not notes or len({j for _, j in notes}) != 1:
        return None
    i, j = min(notes)  # the longest of the overlapping matches ("spoke on condition of anonymity")
    if not 0 < i <= 6 or any(t.lower in _RELATIVE_PRONOUNS or t.text in (",", ":", '"', "“") for t in toks[:i]):
        return None
    if j < len(toks) and toks[j].lower not in _NOTE_AFTER:
        return None
    reason = next((m for m in range(j, len(toks)) if toks[m].lower in ("because", "since", "as", "for")), len(toks))
    if any((a, b) not in notes and not (a > reason) for a, b, _ in candidates if a >= i) or any(
        toks[m].lower == "and" and m < reason for m in range(j, len(toks))
    ):
        return None
    return i, j


def _analyze_sentence(
    text: str,
    start: int,
    end: int,
    publisher: str | None,
    quotes: Sequence[tuple[int, int]],
    toks: list[Token],
) -> SentenceCues:
    lowers = [t.lower for t in toks]
    cues: list[Cue] = []
    by_lex: dict[str, list[tuple[int, int]]] = {}
    for i, j, name in _matcher().match(lowers):
        by_lex.setdefault(name, []).append((i, j))

    def add(kind: str, typ: str, i: int, j: int) -> None:
        s, e = toks[i].start, toks[j - 1].end
        cues.append(Cue(kind, typ, s, e, text[s:e]))

    # only the quotations reaching into this sentence, and one flag per token: scanning
    # every quotation of the article for every token was quadratic on quote-heavy text
    local_quotes = _quotes_between(quotes, start, end)
    quoted = _token_flags(toks, local_quotes)

    def in_quote(i: int) -> bool:
        return quoted[i]

    def cover(spans: Iterable[tuple[int, int]]) -> frozenset[int]:
        """Token indices inside ``spans``, so that "is token i inside" costs O(1)."""
        return frozenset(k for a, b in spans for k in range(a, b))

    # status lines first: verbs inside them are not attributions
    status_spans: list[tuple[int, int]] = []
    for name, typ in (
        ("status_no_comment", "no_comment"),
        ("status_unconfirmed", "unconfirmed"),
        ("status_denial", "denial"),
    ):
        for i, j in _dedupe([s for s in by_lex.get(name, ()) if _status_ok(toks, s[0], s[1], name[7:])]):
            if typ == "denial" and any(a <= i and j <= b for a, b in status_spans):
                continue  # "would neither confirm nor deny": a refusal, not a denial
            add("status", typ, i, j)
            if typ != "denial":
                status_spans.append((i, j))
    in_status = cover(status_spans)

    # hedges: one cue per token span, the longest
    hedge_spans: list[tuple[int, int, str]] = []
    hedge_tokens: set[int] = set()
    hedge_lexicons = (
        "hedge_not_knowing",
        "hedge_epistemic_verb",
        "hedge_modal",
        "hedge_adverb",
        "hedge_adjective",
        "hedge_noun",
        "hedge_approximator",
    )
    # longest match first ("An estimated" before "estimated", "It seems" before "seems"), then
    # the lexicons in the order above
    matches = sorted(
        ((i, j, k, name) for k, name in enumerate(hedge_lexicons) for i, j in by_lex.get(name, ())),
        key=lambda m: (m[0] - m[1], m[2], m[0]),
    )
    for i, j, _, name in matches:
        if not hedge_tokens.isdisjoint(range(i, j)):
            continue
        if _hedge_ok(toks, i, j, name):
            hedge_spans.append((i, j, name[len("hedge_") :]))
            hedge_tokens.update(range(i, j))
    for i, j, typ in sorted(hedge_spans):
        add("hedge", typ, i, j)
    not_knowing = [(i, j) for i, j, t in hedge_spans if t == "not_knowing"]
    for i, j in _dedupe(list(by_lex.get("booster", ()))):
        if (toks[i].lower in ("always", "never") and in_quote(i)) or i in in_status or i in hedge_tokens:
            continue  # also "almost certainly": a hedge that holds a booster's word
        add("booster", "booster", i, j)

    # attribution verbs and their sources
    governed: list[str] = []
    n_verbs = 0
    used_np: set[tuple[int, int]] = set()
    used_tokens: set[int] = set()
    all_quoted = bool(toks) and all(in_quote(k) for k in range(len(toks)) if toks[k].lower[:1].isalnum())

    def add_source(span: tuple[int, int] | None, formal: bool = False) -> None:
        if span is None:
            return
        a, b = span
        while b > a + 1 and (toks[b - 1].lower in (",", "—", "-", "who") or toks[b - 1].lower in _REFLEXIVES):
            b -= 1  # "engineers who believe", "The governor herself": the source without them
        if b - a > 2 and lowers[a] == "there" and lowers[a + 1] in ("are", "were", "is", "was"):
            a += 2  # "There are engineers who believe ..."
        mine = next(
            (
                m
                for m in range(a + 1, b - 1)
                if lowers[m] in _WRITER_SUBJECTS
                and lowers[m + 1] in _CONTACT_VERBS
                and lowers[m - 1][:1].isalpha()
                and lowers[m - 1] not in _PREPOSITIONS
            ),
            None,
        )
        if mine is not None:
            b = mine  # "Builders I have spoken to reckon": the writer's contact clause is not the source
        while a < b - 1 and toks[a].lower in _QUOTE_MARKS:
            a += 1  # "''A new bridge won't fix it,'' he said": the closing marks are not the speaker
        named = {n for k in range(a + 2, b) if (m := _quoted_nickname(toks, k)) is not None for n in range(m, k + 1)}
        title = _quoted_title_before(toks, b - 1) if b - a > 2 else None
        # 'Her film "Dry Season"': a quoted title names the work
        titled = set(range(title, b)) if title is not None else set()
        if (a, b) in used_np or (
            any(in_quote(k) and k not in named and k not in titled for k in range(a, b)) and not all_quoted
        ):
            return  # a source inside a quotation is the quoted speaker's, except a quoted nickname
        if not any(_content_word(t) for t in toks[a:b]):
            return  # "nor", "In", "despite": no word that could name anyone
        aux = _clause_aux(toks, a, b)
        if aux is not None:
            if any(
                t.lower not in _CLAUSE_AUX
                and t.lower not in _AUX_SKIP
                and t.lower not in _NEGATION_WORDS
                and not t.lower.endswith(_NEGATED_AUX_ENDINGS)
                and not _adverb(t)
                for t in toks[aux:b]
            ):
                return  # "..., said three members of the brigade had been killed": a clause, not a speaker
            b = aux  # "I can", "Vilde had not yet": the speaker without the auxiliaries after it
        # "The paper, citing census figures, said": the aside stays out of the source (and out of
        # the verbs), but the source is "The paper"
        shown = _before_participle_aside(toks, a, b, [m for m in range(a + 1, b) if lowers[m] == ","])
        head = toks[a : min(named) - 1] if named and min(named) - 1 > a else toks[a:shown]
        while len(head) > 1 and head[-1].lower in _NICKNAME_VERBS:
            head = head[:-1]  # 'A fighter known as "Doc"' is typed as "A fighter": a nickname names nobody
        typ = classify_source(head, a == 0)
        if formal and typ not in _NAMED_SOURCES:
            typ = "named_organization"  # "A federal judge blocked ...": the court decides, on the record
        used_np.add((a, b))
        used_tokens.update(range(a, b))
        governed.append(typ)
        add("source", typ, a, shown)

    # "As reported by the Ledger", "as stated in her memo": the phrase names its source, so the
    # shorter agentless "As reported" and the bare verb inside it give none of their own
    as_phrases = [(i, j) for i, j in by_lex.get("attribution_according_to", ()) if lowers[i] == "as"]
    as_covered = cover(as_phrases)
    criticism_agents, criticism_agentless = _criticism_nouns(toks)
    listed = [
        (i, j)
        for i, j in by_lex.get("attribution_agentless", ())
        if not (i in as_covered and any(a <= i and j <= b for a, b in as_phrases))
        and not any(lowers[m] in ("not", "never", "n't") for m in range(max(0, i - 2), i + 1))
        and not (lowers[i] == "word" and i > 0 and lowers[i - 1] not in _WORD_IS_OPENERS)
        and not (j < len(toks) and lowers[j] in ("by", "to", "not") and lowers[j - 1] == "told")
        # "I'm told by a nurse" names the teller; "we were told to wait" is an instruction
    ]
    agentless = _dedupe(
        listed
        + [p for p in _adverbed_agentless(toks) if not any(p[0] < j and i < p[1] for i, j in listed)]
        + _evaluative_passives(toks)
        + _hearsay_phrases(toks)
        + (_expected_phrases(toks) if "expected" in lowers else [])
        # "Two deaths reported after storm": the headline's "were reported", agentless like it
        + [
            (i, i + 1)
            for i in range(len(toks))
            if lowers[i] == "reported" and _HEADLINE.get() and _headline_reduced_passive(toks, i)
        ]
        + criticism_agentless
    )
    agent_passives = [
        p
        for p in _agent_passives(toks) + criticism_agents
        if p[0] not in in_status and not (in_quote(p[0]) and not all_quoted)
    ]
    # "As noted by the auditor" is found as a passive with its agent; the same span from the list
    # of prepositional phrases is not counted twice
    passive_at = {p[0] for p in agent_passives}
    # "The figure was reported by the agency": the passive names its agent, so the agentless
    # reading of the same verb group gives no vague source of its own
    agentless = [(i, j) for i, j in agentless if not any(i < pj and pi < j for pi, pj, _, _, _ in agent_passives)]
    as_counted = [(i, j) for i, j in as_phrases if i not in passive_at]
    possessive = [
        p
        for p in _possessive_reports(toks)
        if not (set(range(p[0], p[1])) & in_status) and not (in_quote(p[1] - 1) and not all_quoted)
    ]
    blocked = cover(
        agentless
        + as_counted
        + status_spans
        + not_knowing
        + [(i, j) for i, j, _, _, _ in agent_passives]
        + [(i, j) for i, j, _, _ in possessive]
    )
    candidates = []
    writer_at: list[int] = []
    for name, typ in (("attribution_speech", "speech"), ("attribution_cognitive", "cognitive")):
        for i, j in by_lex.get(name, ()):
            if i in blocked or not _verb_ok(toks, i, j) or (in_quote(i) and not all_quoted):
                continue
            if typ == "cognitive" and toks[i].lower in _WEAK_COGNITIVE and not _np_left(toks, i, 4):
                continue
            if (
                typ == "speech"
                and i
                and (lowers[i - 1] in ("not", "never") or lowers[i - 1].endswith("n't"))
                and (lowers[j] if j < len(toks) else "") in _WH_WORDS
            ):
                continue  # "could not explain why", "did not say how many": nothing was reported
            if typ == "cognitive" and j < len(toks) and lowers[j] in ("about", "of") and lowers[i] in _KNOW_FORMS:
                continue  # "executives knew about the problem": what they knew is the claim, not a source's
            if typ == "cognitive" and _first_person_before(lowers, i):
                continue  # "I think", "we don't know": a speaker's own stance, not a reported source
            if _in_correlative(lowers, i):
                continue  # "The louder a board talks about thrift, the less it saves": a condition
            if _inverted_question(toks, i):
                continue  # "Can you confirm that?", "Does anyone believe that?": asked, not reported
            if typ == "speech" and not in_quote(i) and not _ARTICLE_TURNS.get():
                me = _writer_before(lowers, i)
                if me is not None:  # "As I wrote last week", "I'd say": the writer's own words, no source
                    writer_at.append(me)
                    continue
            candidates.append((i, j, typ))
    # "As Ms. Varga put it, ...": the speaker between "as" and "put it"
    put_it_speakers: dict[int, tuple[int, int]] = {}
    for k in range(2, len(toks) - 1):
        if lowers[k] in ("put", "puts") and lowers[k + 1] == "it" and k not in blocked:
            a = next((m for m in range(k - 1, max(-1, k - 16), -1) if lowers[m] == "as"), None)
            if a is None:
                continue
            e = k
            while e > a + 1 and (toks[e - 1].text in _AUX_SKIP or _adverb(toks[e - 1])):
                e -= 1
            while e > a + 1 and toks[e - 1].text == ",":
                e -= 1
            if a + 1 < e and not any(lowers[m] in _NP_STOP for m in range(a + 1, e)):
                candidates.append((k, k + 2, "speech"))
                put_it_speakers[k] = (a + 1, e)  # "As Dana Ruiz, the food bank director, once put it"
    # '"...," the letter reads.', "The sign read: ...", '"...," reads the petition': a text's words
    for k in range(1, len(toks)):
        if lowers[k] not in ("reads", "read") or k in blocked or (in_quote(k) and not all_quoted):
            continue
        nxt = lowers[k + 1] if k + 1 < len(toks) else "."
        if lowers[k - 1] in _TEXT_NOUNS and (nxt in (":", ",", ".", "in") or nxt in _QUOTE_MARKS):
            candidates.append((k, k + 1, "speech"))  # "the letter reads"
        elif (
            (lowers[k - 1] in _QUOTE_MARKS or (lowers[k - 1] == "," and k > 1 and lowers[k - 2] in _QUOTE_MARKS))
            and nxt in ("the", "a", "an", "her", "his", "their", "its")
            and any(lowers[m] in _TEXT_NOUNS for m in range(k + 2, min(len(toks), k + 4)))
        ):
            candidates.append((k, k + 1, "speech"))  # '"...," reads the petition'
    # "Residents are worried that ...", "Many voters have heard that ...": a stance or hearsay
    # the subject holds, though no reporting verb says so
    for k in range(1, len(toks) - 1):
        w = lowers[k]
        nx = k + 1
        if w in ("heard", "hear", "hears"):
            while nx < len(toks) - 1 and nx < k + 4 and lowers[nx] in _HEARD_GAP:
                nx += 1  # "have already heard that", "had heard for years that"
        # "are convinced she will ...": a stance with its "that" left out, before a clause's subject
        bare_clause = w in _STANCE_ADJECTIVES and w != "aware" and _clause_subject(toks, nx)
        if (lowers[nx] != "that" and not bare_clause) or k in blocked or (in_quote(k) and not all_quoted):
            continue
        b = k
        if w in _STANCE_ADJECTIVES:
            b = k - 1
            while b > 0 and lowers[b] in _DEGREE_ADVERBS:
                b -= 1
            if (lowers[b] not in _BE_FORMS and lowers[b] not in _LINKING) or lowers[b - 1] in (
                "it",
                "this",
                "that",
                "there",
                "what",
            ):
                continue  # not "It is certain that ...": nobody holds that view
        elif w not in ("heard", "hear", "hears"):
            continue
        if not _first_person_before(lowers, b):
            candidates.append((b, k + 1, "cognitive"))  # "are increasingly concerned"
    # a decision inside what someone reports ("said the board had approved ...") is theirs to report
    first_report = min((i for i, _, _ in candidates), default=len(toks))
    candidates += [c for c in _formal_acts(toks, blocked, quoted, all_quoted) if c[0] < first_report]
    reported = {i for i, _, _ in candidates}
    candidates += [c for c in _characterisations(toks, blocked, quoted, all_quoted) if c[0] not in reported]
    candidates += [
        c for c in _view_revisions(toks, blocked, quoted, all_quoted) if c[0] not in reported and c[0] < first_report
    ]
    note = _anonymity_note(toks, candidates)
    if note is not None:
        # "The officials spoke on condition of anonymity because ...": how the story was sourced,
        # not a report (GUIDE Round 24, method notes); nor is anything in its reason
        candidates = [c for c in candidates if c[0] < note[0]]
        add("boilerplate", "method", *note)
    kept = set(_dedupe([(i, j) for i, j, _ in candidates]))
    # main verbs bound the subjects of later verbs; a verb in a relative clause ("officials
    # who spoke on condition of anonymity said") belongs to the later verb's subject
    formal_at = {i for i, _, typ in candidates if typ == "formal"}
    main_verbs = frozenset(
        i
        for i, j in kept
        if (toks[i].lower in _CLAUSE_VERBS or i in formal_at)
        and i
        and toks[i - 1].lower != ","
        and not any(toks[k].lower in _RELATIVE_PRONOUNS for k in range(max(0, i - 5), i))
    ) | {k for i, _, _, _, k in agent_passives if lowers[i] not in ("as", ",")}
    # "was announced by X in a statement": the participle bounds a later channel phrase
    n_main_or_sub = [0, 0]  # reporting verbs whose subject opens a main clause, a subordinate one
    # last verb first: a verb inside an earlier verb's subject ("officials who spoke on
    # condition of anonymity said") is part of that subject, not an attribution
    for i, j, typ in sorted(candidates, reverse=True):
        if (i, j) not in kept or i in used_tokens:
            continue
        n_verbs += 1
        add("attribution", typ, i, j)
        prev = toks[i - 1].lower if i else ""
        prev2 = toks[i - 2].lower if i > 1 else ""
        inverted = prev in _QUOTE_MARKS or (prev == "," and prev2 in _QUOTE_MARKS)
        if inverted and ((lowers[i].endswith("ing") and toks[i].text.islower()) or lowers[i] in _WORK_VERBS):
            if lowers[i] in _WORK_VERBS and _quoted_title_before(toks, i - 1) is not None:
                add_source(_np_left(toks, i, stops=main_verbs))  # 'Her film "Dry Season" documents how'
            continue  # 'praised the deal as "overdue," adding that ...': a participle, not a tag
        if i > 0 and _quoted_nickname(toks, i - 1) is not None:
            inverted = False  # 'A soldier nicknamed "Kit" said': the name ends the subject
        if (
            not inverted
            and prev in _GERUND_PREPOSITIONS
            and (toks[i].lower in _SPEECH_GERUNDS or lowers[i] == "asking")
        ):
            # "Hale closed the meeting by insisting": the subject is the clause's, further back;
            # "After saying the depot was safe, Hale ...": the main clause's, after the comma
            gerund_speaker = _clause_actor(toks, i - 1)
            if gerund_speaker is None and i == 1:
                opening = _subject_after_opening(toks, j)
                if opening is not None and _speaker_ok(toks[opening[0] : opening[1]], False):
                    gerund_speaker = opening
            add_source(gerund_speaker)
            continue
        if i == 0 and j == 1:  # "Said the coach: ..."
            add_source(_np_right(toks, j))
            continue
        if i == 0 and lowers[i] in ("in", "at") and j < len(toks):
            # "In a speech in Dover on Friday, Hale laid out her plan": the main clause's subject
            # spoke; nobody when the clause is not about a speaker ("In a statement, the plan was ...")
            opening_subject = _subject_after_opening(toks, j)
            if opening_subject is not None and _speaker_ok(toks[opening_subject[0] : opening_subject[1]], False):
                add_source(opening_subject)
            continue
        to_at = _infinitive_to(toks, i) if lowers[i] in _PURPOSE_SPEECH else None
        occasion = _purpose_occasion(toks, to_at) if to_at is not None else None
        if occasion is not None:
            # "Hale took to Facebook to accuse ...", "went on local radio to claim ...": the one who
            # took the platform speaks
            subject = _np_left(toks, occasion, stops=main_verbs)
            if subject is not None and _speaker_ok(toks[subject[0] : subject[1]], subject[0] == 0):
                add_source(subject)
            continue
        first_participle = _participle_before(toks, i) if prev == "and" and lowers[i] in _SPEECH_GERUNDS else None
        if first_participle is not None:
            # "The mayor spoke for an hour, thanking the crews and saying ...": the clause's subject
            # speaks; when the first participle already reports ("touting ... and saying"), its source
            clause = _np_left(toks, first_participle, stops=main_verbs)
            verb = _clause_verb(toks, *clause) if clause else None
            subject = _np_left(toks, verb, stops=main_verbs) if verb is not None else None
            if (
                not any(a == first_participle for a, _, _ in candidates)
                and subject is not None
                and _speaker_ok(toks[subject[0] : subject[1]], subject[0] == 0)
            ):
                add_source(subject)
            continue
        channel_after_verb = toks[i].lower in _PREPOSITIONS and any(a < i and (a, b) in kept for a, b, _ in candidates)
        if not inverted and (
            channel_after_verb or ((prev == "," or toks[i].lower in _PREPOSITIONS) and any(m < i for m in main_verbs))
        ):
            # "Okafor said, adding ...", "..., saying ...", "said in an interview": the earlier
            # verb's source speaks on
            continue
        if not inverted and prev == "," and toks[i].lower in _TAG_VERBS:
            inverted = _inverted_tag(toks, i, j)  # "..., said Ms. Okafor, counsel to the harbour board."
        perceived = None if inverted else _perceived_speaker(toks, i)
        if perceived is not None:
            # "In the recording, the senator can be heard calling the plan a joke": the one heard
            # speaks, and what the recording shows is theirs
            add_source(_np_left(toks, perceived, stops=main_verbs))
            continue
        left = None if inverted else put_it_speakers.get(i) or _np_left(toks, i, stops=main_verbs)
        gerund = not inverted and toks[i].lower.endswith("ing")
        before = i - 1
        while before > 0 and (_adverb(toks[before]) or lowers[before] in _PARTICIPLE_ADVERBS):
            before -= 1  # "..., even hinting", "..., later adding"
        participle = gerund and i > 0 and lowers[before] == ","
        msg_end = _message_gap_end(toks, i) if gerund and not participle else i
        message = (
            gerund
            and _message_noun(lowers[msg_end - 1] if msg_end else "")
            and toks[i].lower not in ("asking", "seeking", "requesting")  # "an email asking whether"
        )
        if message and msg_end < i and not inverted:
            # "issued a statement Monday saying", "sent a letter to the council last week saying": the
            # message before the time or the recipient, as if the gerund followed it
            left = _np_left(toks, msg_end, stops=main_verbs)
        if (participle or message or toks[i].lower in _PREPOSITIONS) and left is not None:
            # "The mayor doubled down on Friday, saying ...", "Ruiz dismissed the audit in remarks
            # to ...", "Hale issued a statement saying ...": the subject of the clause speaks, not
            # the clause, and only if it can speak; else the message itself
            verb = _clause_verb(toks, *left)
            if verb is None and toks[i].lower in _PREPOSITIONS and not participle and not message:
                # "Judge Ruiz turned down the request in a ruling": the clause's verb is before the object
                verb = _verb_before(toks, left[0], i)
            if verb is None and message and left[0] > 0 and lowers[left[0]] in _ISSUE_VERBS:
                verb = left[0]  # "Ruiz's publicist, Nora Vance, emailed me a statement saying"
            if verb is None and message and msg_end < i:
                # "A watchdog filed a complaint with the commission on Monday alleging": the verb
                # that issued the message comes before it
                verb = _verb_before(toks, left[0], left[0])
            if verb is not None:
                subject = _np_left(toks, verb, stops=main_verbs)
                if subject is not None and subject[0] > 1 and lowers[subject[0] - 1] == "and":
                    # "The Ledger and the Harwick newspaper group asked a judge ..., arguing"
                    pair = _np_left(toks, subject[0] - 1, stops=main_verbs)
                    if pair is not None and _speaker_ok(toks[pair[0] : pair[1]], pair[0] == 0):
                        subject = (pair[0], subject[1])
                issued = not message or not any(lowers[m] in _RECEIVE_VERBS for m in range(verb, i - 1))
                if subject is not None and issued and _speaker_ok(toks[subject[0] : subject[1]], subject[0] == 0):
                    left = subject
                else:
                    left = _message_np(toks, msg_end) if message else None
            elif message:
                left = _message_np(toks, msg_end)
            elif participle and not _speaker_ok(toks[left[0] : left[1]], left[0] == 0):
                left = _leading_name(toks, left)
        if left is None and not inverted and i > 0:
            k = i - 1
            while k > 0 and (toks[k].text in _AUX_SKIP or _adverb(toks[k])):
                k -= 1
            if lowers[k] in ("and", "but"):
                left = _first_subject(toks, i)  # "Cruz exhorted voters ... and said", "... but has said"
            elif (
                lowers[k] in ("whom", "which")
                and k > 1
                and lowers[k - 1] == "of"
                and (
                    lowers[k - 2] in _QUANTIFIERS or lowers[k - 2] in _NUMBER_WORDS or lowers[k - 2] in ("all", "none")
                )
            ):
                left = (k - 2, k + 1)  # "former tenants, many of whom say ..."
            elif k >= 1 and lowers[k] == "which" and lowers[k - 1] == ",":
                left = (k, k + 1)  # "the operator, which said ...": the relative pronoun stands for it
        if typ in ("speech", "cognitive"):
            n_main_or_sub[_in_subordinate(lowers, left[0]) if left else False] += 1
        if (inverted or (left is None and prev == "," and not participle)) and toks[i].lower not in (
            "told",
            "tell",
            "tells",
        ):
            right = _np_right(toks, j)
            lead = toks[right[0]] if right else None
            if (
                right
                and lead is not None
                # a long phrase is a clause ("said three members of the brigade had been killed")
                # unless a relative clause describes the speaker ("said a senior Republican aide
                # who was not authorized to speak publicly")
                and (
                    (right[1] - right[0]) <= 10
                    or any(lowers[m] in ("who", "whom") for m in range(right[0] + 1, right[0] + 7))
                )
                # a speaker, not a modifier: "..., in a post viewed 2 million times" (but "said
                # retired general Ana Ruiz")
                and not (
                    lead.text.islower()
                    and lead.lower.endswith(("ed", "ing"))
                    and not any(_cap(t) for t in toks[right[0] : right[1]])
                )
            ):
                add_source(right)
                continue
        add_source(left, formal=typ == "formal")
    credit_end = _quote_credit_end(toks) if n_verbs == 0 else None
    if credit_end is not None:  # "— Maria Lopez" under a quotation
        n_verbs += 1
        add("attribution", "speech", credit_end[0], credit_end[0] + 1)
        governed.append("named_person")
        add("source", "named_person", credit_end[0] + 1, credit_end[1])
    embed = _embed_credit(toks)
    if embed is not None:  # a post embedded in scraped copy: "... pic.twitter.com/x— Ana Ruiz (@anaruiz) May 2, 2016"
        (c0, c1), a, b = embed
        n_verbs += 1
        add("attribution", "speech", c0, c1)
        typ = _account_type(toks[a:b])
        governed.append(typ)
        add("source", typ, a, b)
    label_end = _speaker_label_end(toks) if n_verbs == 0 or _caps_label(toks) else None
    if label_end == 1 and toks[0].text == "Source" and len(toks) > 2 and _cap(toks[2]):
        # "Source: State Board of Elections, certified results": a table's credit line names
        # where its rows come from; it reports nothing itself
        named_end = next((m for m in range(2, len(toks)) if toks[m].text in (",", ";", ".", "(")), len(toks))
        add("source", classify_source(toks[2:named_end], False), 2, named_end)
        label_end = None
    if label_end is not None:
        n_verbs += 1
        add("attribution", "speech", label_end, label_end + 1)
        label = [t for t in toks[:label_end] if t.lower[:1].isalpha()]
        if len(label) == 1 and label[0].lower in _FINDING_LABELS:
            typ = "vague"  # "Poll: ...", "Study: ...": a finding nobody has identified, like "studies show"
        elif len(label) > 1 and (
            label[-1].lower in _FINDING_LABELS
            or (label[-2].lower.endswith(("'s", "’s")) and label[-1].lower in _lex("document_nouns"))
        ):
            typ = "document"  # "Harwick University poll: ..."
        elif len(label) == 1 and label[0].lower in _lex("document_nouns"):
            typ = "document"
        elif len(label) > 1 and label[-1].lower in _lex("document_nouns") and label[0].lower in _NOT_SPEAKERS:
            typ = "document"  # "LEAKED MEMO: ...": the memo, not a speaker
        elif all(t.text.isupper() for t in label) and (
            any(t.lower in _UNNAMED_LABEL for t in label[:2]) or _caller_label(toks[:label_end])
        ):
            # "WOMAN:", "UNIDENTIFIED MALE:", "MAN NEAR THE DOOR:", a caller's "MARGUERITE, ASHBY:":
            # nobody named
            typ = "generic_anonymous"
        elif _role_only_label(label):
            typ = "anonymous"  # "FORMER DISPATCHER:", "NIGHT NURSE:": a post, nobody named
        elif all(t.text.isupper() for t in label) or (len(label) == 1 and label[0].lower in _TRANSCRIPT_ROLES):
            typ = "named_person"
        else:
            typ = classify_source(toks[:label_end], True)
        governed.append(typ)
        first = next(k for k, t in enumerate(toks) if t.lower[:1].isalpha())
        add("source", typ, first, label_end)
    for i, j in by_lex.get("attribution_according_to", ()):
        w = toks[i].lower
        if w == "as" and (i, j) not in as_counted:
            continue  # found above as a passive with its agent
        if w == "per" and i > 0 and lowers[i - 1] == "as":
            continue  # "As per sources": the longer phrase is the cue
        # "per the ministry", "Per Reuters"; a bare plural only opening a clause ("Per local
        # reports, ..."), never "per cent", "per share"
        if w == "per" and not (
            j < len(toks)
            and (_cap(toks[j]) or toks[j].lower in _DETERMINERS or toks[j].lower == "one" or _reports_open(toks, i, j))
        ):
            continue
        if (
            w == "quoted"
            and i > 0
            and toks[i - 1].lower in ("been", "was", "were", "is", "are")
            and any(
                lowers[m] == "as" and lowers[m + 1] in ("saying", "telling")
                for m in range(j, min(len(toks) - 1, j + 4))
            )
            and i not in blocked
        ):
            # "An employee has been quoted online as saying ...": the subject is the speaker
            n_verbs += 1
            add("attribution", "speech", i, j)
            add_source(_np_left(toks, i, stops=main_verbs))
            continue
        if w in ("cited", "quoted", "citing", "quoting") and (i == 0 or i in blocked or toks[i - 1].lower in _BE):
            continue
        if w in ("cited", "quoted", "citing", "quoting") and j < len(toks) and toks[j].lower == "by":
            j += 1
        elif (
            w == "cited"
            and toks[i - 1].lower == ","
            and i not in used_tokens
            and j < len(toks)
            and lowers[j] not in _PREPOSITIONS
        ):
            # "Ruiz, speaking after Hale at the town hall, cited delays ...": the subject before the aside
            subject = _np_left(toks, i, stops=main_verbs)
            if (
                subject is not None
                and subject[0] == 0
                and _cap(toks[0])
                and not any(in_quote(k) for k in range(*subject))
            ):
                n_verbs += 1
                add("attribution", "speech", i, j)
                add_source(subject)
                continue
        elif w == "cited" and toks[i - 1].lower not in (",", "that") and i not in used_tokens:
            subject = _np_left(toks, i, stops=main_verbs)
            if (
                subject is not None
                and not any(in_quote(k) for k in range(*subject))
                and lowers[subject[0]] not in ("which", "who")
            ):
                # "The mayor cited the flood report as ...": she is the source, not what she cited
                n_verbs += 1
                add("attribution", "speech", i, j)
                add_source(subject)
                continue
        right = _np_right(toks, j)
        if w in ("citing", "cited", "cites") and right is not None and not _citable(toks[right[0] : right[1]]):
            continue  # "cancelled the tour, citing exhaustion": a reason given, not a source
        if w in ("citing", "quoting"):
            # "the paper reported, citing two aides": one cue, not a speech act beside it
            cues[:] = [c for c in cues if not (c.kind == "attribution" and c.start == toks[i].start)]
        n_verbs += 1
        add("attribution", "according_to", i, j)
        add_source(right)
    learned = _learned_from(toks) if "from" in lowers else []
    for i, j, (a, b) in learned:  # "We know from the minutes that"
        if not used_tokens.isdisjoint(range(i, b)):
            continue
        n_verbs += 1
        add("attribution", "according_to", i, j)
        add_source((a, b))
    for i, j, typ, agent, _ in agent_passives:  # "was described by witnesses as"
        n_verbs += 1
        add("attribution", typ, i, j)
        add_source(agent, formal=typ == "formal")  # "was blocked by a federal judge": the court decides
    for i, j, typ, (a, b) in possessive:  # "By her own account", "the mayor's claim that"
        if not used_tokens.isdisjoint(range(a, b)):
            continue
        n_verbs += 1
        add("attribution", typ, i, j)
        s, e = toks[a].start, toks[b - 1].end
        if _POSSESSIVE_END.search(toks[b - 1].lower):
            e -= 2  # the source is "the governor", not "the governor's"
        elif toks[b - 1].text in ("'", "’"):
            e = toks[b - 2].end
        named = [
            t if k < b - 1 else Token(t.start, e, text[t.start : e], text[t.start : e].lower())
            for k, t in enumerate(toks[a:b], a)
            if t.start < e
        ]
        kind = "pronoun" if b - a == 1 and lowers[a] in _POSSESSIVE_PRONOUNS else classify_source(named, a == 0)
        used_tokens.update(range(a, b))
        governed.append(kind)
        cues.append(Cue("source", kind, s, e, text[s:e]))
    # "In the latest Harbour Times poll, Okafor led ...": a document introduced at the start
    if n_verbs == 0 and len(toks) > 3 and lowers[0] == "in":
        comma = next((m for m in range(2, min(len(toks), 14)) if lowers[m] == ","), None)
        if comma is not None and lowers[comma - 1] in _INTRO_DOCUMENTS:
            n_verbs += 1
            add("attribution", "according_to", 0, 1)
            add_source((1, comma))
    for i, j in agentless:
        if i in in_status:
            continue
        if "expected" in lowers[i:j] and _source_after(toks, cues, j):
            # "The mayor is expected to speak shortly, according to an aide to her", "The river is
            # expected to crest on Friday, the weather service said": the expectation is that
            # source's, not nobody's
            continue
        add("attribution", "agentless", i, j)
        s, e = toks[i].start, toks[j - 1].end
        cues.append(Cue("source", "vague", s, e, text[s:e]))
        governed.append("vague")

    # generic anonymous and observation sources that are not verb subjects
    # characters already inside a source cue (a scan of a growing list of spans was quadratic)
    covered = bytearray(end - start)

    def cover_chars(s: int, e: int) -> None:
        covered[s - start : e - start] = b"\x01" * (e - s)

    def overlaps(s: int, e: int) -> bool:
        return 1 in covered[s - start : e - start]

    for c in cues:
        if c.kind == "source":
            cover_chars(c.start, c.end)
    for i, j in _dedupe(list(by_lex.get("source_generic_anonymous", ()))):
        s, e = toks[i].start, toks[j - 1].end
        phrase = set(lowers[i:j])
        nxt = lowers[j] if j < len(toks) else ""
        prev = lowers[i - 1] if i else ""
        if overlaps(s, e) or not (phrase & _GENERIC_STRONG):
            continue
        if nxt == "of" or prev in ("with", "the"):
            continue
        cues.append(Cue("source", "generic_anonymous", s, e, text[s:e]))
        cover_chars(s, e)
    for k in writer_at:
        s, e = toks[k].start, toks[k].end
        if not overlaps(s, e):
            cues.append(Cue("source", "writer", s, e, text[s:e]))
            cover_chars(s, e)
    for i, j in _dedupe(list(by_lex.get("observation", ()))):
        s, e = toks[i].start, toks[j - 1].end
        if i in in_status or overlaps(s, e):
            continue
        if lowers[i] in _WRITER_WORDS and (in_quote(i) or _ARTICLE_TURNS.get()):
            continue  # '"I saw the car hit him," a witness said': the speaker's sighting, not the outlet's
        if i and lowers[i - 1] in ("not", "n't", "never", "be", "been"):
            continue
        if i and lowers[i - 1] in ("time", "last") and lowers[j - 1] in ("checked", "looked"):
            continue  # "Last time I checked, ...", "Last I checked": an idiom of certainty, no sighting
        if i and lowers[i] == "our" and (lowers[i - 1] in _TELL or lowers[i - 1] in ("to", "with", "than")):
            continue  # "told our crew that P", "five more than our tally": the crew heard it, saw nothing
        cues.append(Cue("source", "observation", s, e, text[s:e]))
        cover_chars(s, e)

    # relay through an outlet
    relay = own = False
    pub = _norm_outlet(publisher) if publisher else ""
    outlet_spans = [s for s in by_lex.get("outlets", ()) if _outlet_ok(toks, s[0], s[1])]
    if not (_OUTLET_WORDS.isdisjoint(lowers) and _CITING_HEADS.isdisjoint(lowers)):  # only where a name can be
        outlet_spans += _outlets_by_shape(toks, outlet_spans)
    if not _OUTLET_DESCRIPTORS.isdisjoint(lowers):
        outlet_spans += _outlets_by_descriptor(toks, outlet_spans)
    if _ARTICLE_OUTLETS.get():
        outlet_spans += _named_again(toks, outlet_spans)
    outlet_spans += _call_signs(toks, outlet_spans)
    if pub and pub not in {_norm_outlet(" ".join(lowers[i:j])) for i, j in outlet_spans}:
        outlet_spans += _find_publisher(toks, publisher or "")
    for i, j in _dedupe(outlet_spans):
        name = _norm_outlet(text[toks[i].start : toks[j - 1].end])
        mine = bool(pub) and (name == pub or _short_name(name, pub))
        add("relay", "own" if mine else "outlet", i, j)
        own |= mine
        relay |= not mine
        _outlet_as_body(cues, text, toks[i].start, toks[j - 1].end)

    # quotes intersected with the sentence
    for a, b in local_quotes:
        s, e = max(a, start), min(b, end)
        if s < e and text[s:e].strip():
            cues.append(Cue("quote", "direct", s, e, text[s:e]))

    for i, j in _dedupe(list(by_lex.get("prediction", ()))):
        add("speculation", "prediction", i, j)

    # specificity: numbers, dates, capitalised names after the first word; not inside a link
    links = [(m.start() + start, m.end() + start) for m in _LINK.finditer(text[start:end])]
    in_link = {k for k, t in enumerate(toks) if any(a < t.end and t.start < b for a, b in links)} if links else set()
    for k, t in enumerate(toks):
        if k in in_link:
            continue
        if t.text[:1].isdigit():
            add("specificity", "number", k, k + 1)
        elif _cap(t) and ((t.lower in _MONTHS and (t.lower != "may" or _is_month_may(toks, k))) or t.lower in _DAYS):
            add("specificity", "date", k, k + 1)
    k = 1
    while k < len(toks):
        name_at = k not in in_link and _is_name_token(toks[k], k, False) and not _PARTY_TAG.fullmatch(toks[k].text)
        if name_at and toks[k - 1].lower not in (".", '"', "“", ":", "—"):
            m = k
            while m + 1 < len(toks) and (_cap(toks[m + 1]) or toks[m + 1].lower in ("of", "al", "de", "bin")):
                m += 1
            while m > k and not _cap(toks[m]):
                m -= 1
            add("specificity", "name", k, m + 1)
            k = m + 1
        else:
            k += 1

    # boilerplate (sentence-initial)
    sent = text[start:end]
    speaker = bool(_SPEAKER_LABEL.match(sent))
    if _BYLINE.match(sent) and len(toks) <= 24:
        add("boilerplate", "byline", 0, len(toks))
    elif _PAGE_COUNTER.fullmatch(sent):
        add("boilerplate", "navigation", 0, len(toks))  # "Page 2 of 3": a scraped page's counter
    else:
        # a credit may sit in brackets: "(Additional reporting by ...; Editing by ...)"
        first = 1 if len(toks) > 1 and toks[0].text in ("(", "[") else 0
        for i, j in by_lex.get("boilerplate", ()):
            if i != first or toks[0].lower == "by":
                continue
            nxt = toks[j].lower if j < len(toks) else ""
            strong = j > first + 1 or toks[first].lower not in _BOILER_WEAK
            if nxt in (":", "|", "-", "—", "by") or (strong and len(toks) <= 14 + first) or j >= len(toks):
                credit = toks[first].lower in _CREDIT_START
                add("boilerplate", "credit" if credit else "navigation", i, j)
                break

    # actor in the writer's voice: a capitalised subject, no reporting verb, no attribution
    actor = (
        bool(toks)
        and _cap(toks[0])
        and n_verbs == 0
        and not agentless
        and toks[0].lower not in _lex("first_person")
        and toks[0].lower not in ("the", "a", "an", "it", "this", "there", "in", "on", "at")
    )
    cues.sort(key=lambda c: (c.start, c.end, c.kind))
    sub_only = n_main_or_sub[1] > 0 and n_main_or_sub[0] == 0 and n_verbs == n_main_or_sub[1]
    stances = _stance_cues(text, toks, cues)
    verbs = [c for c in cues if c.kind == "attribution" and c.type in ("speech", "cognitive")]
    last = max(verbs, key=lambda c: c.end, default=None)
    # only after a verb in the past: "X said A, and B is ..." steps out of back-shifted speech,
    # while after "X says A," a present tense may still be X's
    writer = (
        last is not None
        and (last.text.lower().split()[0].endswith("ed") or last.text.lower() in _PAST_REPORTING)
        and _writer_clause_after(toks, lowers, last.end, quoted)
    )
    return SentenceCues(
        start, end, toks, cues, governed, n_verbs, actor, speaker, relay, own, sub_only, stances, writer
    )


_STANCE_NEEDS = {
    **dict.fromkeys("aim aiming aims intend intending intends plan planned planning plans".split(), ("to",)),
    **dict.fromkeys("refuse refused refuses refusing".split(), ("to",)),
    **dict.fromkeys("decided decides".split(), ("to", "against")),
    **dict.fromkeys("push pushed pushes pushing".split(), ("for", "against")),
    **dict.fromkeys("lobby lobbied lobbies lobbying".split(), ("for", "against")),
    **dict.fromkeys("rail railed railing rails".split(), ("against", "at")),
    **dict.fromkeys("want wanted wanting wants offer offered offering offers".split(), ("to",)),
    **dict.fromkeys("agreed agreeing hoping".split(), ("to",)),
    **dict.fromkeys("vote voted votes voting".split(), ("for", "against", "to")),
}
_HOLDER_PRONOUNS = _set(
    "he she they we i who he's she's they've we've they're we're i've he’s she’s they’ve we’ve they’re we’re i’ve"
)
_HOLDER_HEADS = _set("paper newspaper outlet publication editorial nation country state city government")
_NP_TIME = _set("this last on today yesterday week month year monday tuesday wednesday thursday friday saturday sunday")
_NP_ASIDE = _set(", ( ) ' ’ . - &")


@cache
def _people_words() -> frozenset[str]:
    """Heads that name people or bodies of people: roles, organisations, constituencies."""
    return _lex("role_nouns") | _lex("org_words") | _words("constituencies") | _HOLDER_HEADS | _lex("titles")


#: what can be cited as a source besides roles, bodies and documents: people by relation, and results
_CITABLE_WORDS = _set(
    "source people person someone insider official witness friend relative pal acquaintance neighbor neighbour "
    "family colleague associate confidant confidante spokesman spokeswoman spokesperson result"
)


#: heads of the reasons cited for a refusal or a decision, not sources
_REASON_HEADS = _set("privacy confidentiality reasons concerns concern cost costs health safety security grounds")


def _citable(np_toks: Sequence[Token]) -> bool:
    """Could what is cited be a source? A person, group, body, document or name ("citing two
    officials", "citing people familiar with the talks", "citing a report", "citing Bloomberg"),
    not a reason ("citing exhaustion", "citing rising pension costs", "citing her gambling
    debts"). Only the words before a preposition or comma count; a possessor names the owner of
    a reason, not its source."""
    words = []
    for t in np_toks:
        if t.lower in _PREPOSITIONS or t.text in (",", ";", "(") or t.text in _QUOTE_MARKS:
            break
        words.append(t)
    if words and words[-1].lower in _REASON_HEADS:
        return False  # "citing patient privacy", "citing safety concerns": a reason, whoever it concerns
    people = _people_words()
    for k, t in enumerate(words):
        w = t.lower.rstrip(".")
        singular = w[:-1] if w.endswith("s") and not w.endswith("ss") else w
        if w in people or singular in people or w in _lex("document_nouns") or singular in _lex("document_nouns"):
            return True
        if w in _CITABLE_WORDS or singular in _CITABLE_WORDS:
            return True
        if _cap(t) and not (_POSSESSIVE_END.search(w) and k < len(words) - 1):
            return True  # a name, not the possessor of a reason ("Ostrander's debts")
    return not words


_MESSAGE_NOUNS = _set("message messages note notes post posts tweet tweets notice announcement update text texts")


#: verbs whose subject is not the author of the message they take ("Residents received an email claiming")
_RECEIVE_VERBS = _set(
    "receive received receives receiving get got gets getting obtain obtained obtains read reads reading see saw "
    "sees seen find found finds discover discovered discovers review reviewed reviews view viewed point pointed "
    "points cite cited cites quote quoted quotes forward forwarded forwards leak leaked leaks show showed shows "
    "shown"
)
#: verbs whose subject wrote the message after them; the message's words stop there ("issued a statement")
_ISSUE_VERBS = _set(
    "issue issued issues issuing release released releases releasing post posted posts posting send sent sends "
    "sending publish published publishes publishing file filed files filing write wrote writes writing share shared "
    "shares sharing email emailed emails emailing tweet tweeted tweets tweeting draft drafted drafts drafting "
    "circulate circulated circulates circulating put puts putting submit submitted submits submitting"
)


_SERIES_NOUNS = _set("series string flurry stream barrage volley pair couple number batch slew")


def _verb_before(toks: Sequence[Token], a: int, scan_to: int) -> int | None:
    """The verb of the clause that the object starting at ``a`` belongs to: the first finite-looking
    verb (:func:`_clause_verb`) after the last clause stop before ``scan_to``."""
    start = max((m + 1 for m in range(scan_to) if toks[m].lower in _CLAUSE_STOP), default=0)
    return _clause_verb(toks, start, a)


def _message_gap_end(toks: Sequence[Token], i: int) -> int:
    """Where a message noun ends when a time or a recipient stands between it and the gerund at
    ``i`` ("a statement Monday saying", "a letter to the council last week saying"): the index
    just after the noun; ``i`` when there is no such gap.

    >>> toks = tokenize("The mayor sent a letter to the council last week saying it was short")
    >>> toks[_message_gap_end(toks, 9) - 1].text
    'letter'
    """
    k = i
    while k > 1 and i - k < 4 and (toks[k - 1].lower in _DAYS or toks[k - 1].lower in _GAP_TIME):
        k -= 1
    if k < i and _message_noun(toks[k - 1].lower):
        return k
    for m in range(k - 1, max(0, k - 6), -1):
        w = toks[m].lower
        if w in ("to", "with") and _message_noun(toks[m - 1].lower):
            return m  # "a letter to the council", "an email to members"
        if not (w in _DETERMINERS or (toks[m].text.isalpha() and not w.endswith(("ed", "ing")))):
            break
    return i


def _message_np(toks: Sequence[Token], i: int) -> tuple[int, int]:
    """The message right before token ``i``: from its determiner, at most five words back
    ("pointed to a two-line statement saying": "a two-line statement"), else the noun alone."""
    for k in range(i - 2, max(-1, i - 6), -1):
        w = toks[k].lower
        if w in _DETERMINERS or w.endswith(("'s", "’s")):
            return (k, i)
        if w == "of" and k > 0 and toks[k - 1].lower in _SERIES_NOUNS:
            continue  # "a series of posts", "a string of messages"
        if w in _PREPOSITIONS or w in _NP_STOP or w == "," or w in _OBJECT_PRONOUNS or w in _ISSUE_VERBS:
            return (k + 1, i)
    return (i - 1, i)


def _message_noun(w: str) -> bool:
    """Can ``w`` carry words, so that a speech gerund after it reports them ("a statement saying")?"""
    return w in _MESSAGE_NOUNS or w in _lex("document_nouns") or w in _lex("social_media")


#: words with a people-noun ending that name no person
_NOT_AGENTS = _set(
    "quarter number matter order water power border corner chapter paper newspaper computer monitor counter "
    "letter winter summer weather chamber disaster register shelter trigger barrier error factor sector motor "
    "tractor elevator indicator mirror meteor rumor rumour favor labor ancestor percent event incident element "
    "content"
)
#: endings of nouns for people by what they do ("insurer", "researcher", "economist", "student")
_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ent", "ant")


def _speaker_ok(np_toks: Sequence[Token], sentence_start: bool) -> bool:
    """Whether the subject of a clause a reporting participle hangs on can be its speaker:
    a holder of views (see :func:`_holder_ok`) or a document, record or post ("Photographs
    released with the statement ..., suggesting"), not a thing ("The declines followed ...,
    citing").
    """
    while len(np_toks) > 1 and np_toks[-1].lower in _REFLEXIVES:
        np_toks = np_toks[:-1]  # "The governor herself brushed off the questions, calling ..."
    comma = next((k for k, t in enumerate(np_toks) if t.text == ","), len(np_toks))
    if _holder_ok(np_toks, sentence_start) or (comma and _holder_ok(np_toks[:comma], sentence_start)):
        return True  # "Commission Chair Ana Ruiz, a judge who was appointed as the tiebreaker,"
    words = [t.lower for t in np_toks[:comma] if t.lower[:1].isalpha()]
    if not words:
        return False
    head = words[-1][:-1] if words[-1].endswith("s") and not words[-1].endswith("ss") else words[-1]
    return (
        head in _lex("titles")
        or head in _lex("anaphoric_heads")
        or words[-1] in _lex("document_nouns")
        or words[-1] in _lex("social_media")
        or (len(head) > 4 and head.endswith(_AGENT_SUFFIXES))  # "Several insurers", "Two researchers"
        or words[-1] in ("coach", "coaches")
    )


def _holder_ok(np_toks: Sequence[Token], sentence_start: bool) -> bool:
    """Whether a subject noun phrase can hold a position: a person, a body or a group of
    people, not a thing ("the bill", "Ruiz's plan") or a clause that ran into a verb.

    >>> _holder_ok(tokenize("the county's teachers union"), False), _holder_ok(tokenize("The measure"), True)
    (True, False)
    """
    lowers = [t.lower for t in np_toks]
    if len(lowers) == 1 and lowers[0] in _HOLDER_PRONOUNS:
        return True
    words = [k for k, w in enumerate(lowers) if w[:1].isalnum()]
    if not words or any(not w[:1].isalnum() and w not in _NP_ASIDE for w in lowers):
        return False
    if any(w in _VERB_FORMS or w in _SUBJECT_PRONOUNS for w in lowers):
        return False
    if np_toks[-1].text == ")":  # "Sen. Ana Ruiz (D-Ore.)": the name is before the aside
        k = max((m for m, t in enumerate(np_toks) if t.text == "("), default=0)
        return k > 0 and _holder_ok(np_toks[:k], sentence_start)
    head = lowers[words[-1]]
    if lowers[0] in _PREPOSITIONS or head in _DETERMINERS or head in _PREPOSITIONS or head in _POSSESSIVE_PRONOUNS:
        return False
    singular = head[:-3] + "y" if head.endswith("ies") else head[:-1] if head.endswith("s") else head
    people = _people_words()
    if head in people or singular in people or head in _PARTY_PLURALS:
        return True  # "the county's teachers union", "Nine Republicans voted"
    if not _cap(np_toks[words[-1]]):
        return False  # "Ruiz's plan", "the bill": a thing, whoever owns it
    return classify_source(np_toks, sentence_start) in ("named_person", "named_organization")


_PARTICLES = _set("out off away down up")
#: reporting and finding verbs that end the clause before a stance holder
_HOLDER_CUTS = _set("show shows showed shown find finds found say says said tell tells told")
#: the three kinds of position; every other stance verb reports support
_STANCE_TYPES = {
    **dict.fromkeys(
        "oppose opposed opposes opposing reject rejected rejecting rejects rail railed railing rails "
        "downplay downplayed downplaying downplays refuse refused refuses refusing".split(),
        "opposition",
    ),
    **dict.fromkeys(
        "aim aiming aims intend intending intends plan planned planning plans seek seeking seeks sought "
        "decided decides want wanted wanting wants offer offered offering offers agreed agreeing hoping".split(),
        "intention",
    ),
}


def _holder_before(toks: Sequence[Token], v: int) -> tuple[int, int] | None:
    """The holder of a stance verb at ``v``: its subject, past adverbs ("has steadfastly
    refused"), a leading "with" ("with Russia backing") and a trailing time ("the court
    this month rejected")."""
    k = v
    while k > 0 and (
        toks[k - 1].text in _AUX_SKIP
        or toks[k - 1].lower in ("not", "n't", "yet", "also", "generally")
        or (toks[k - 1].text.endswith("ly") and toks[k - 1].text.islower() and len(toks[k - 1].text) > 4)
    ):
        k -= 1
    np = _np_left(toks, k, limit=10)
    if np is None:
        return None
    a, b = np
    while b - a > 1 and toks[b - 1].lower in _NP_TIME:
        b -= 1
    if toks[a].lower == "with" and b - a > 1:
        a += 1
    return (a, b)


def stance_positions(cues: Iterable[Cue]) -> list[tuple[Cue, Cue]]:
    """``(holder, verb)`` pairs of a sentence's stance cues, in order, for display.

    >>> t = "The union endorsed Ruiz."
    >>> [(h.text, v.text) for h, v in stance_positions(_stance_cues(t, tokenize(t), []))]
    [('The union', 'endorsed')]
    """
    cues = list(cues)
    holders = [c for c in cues if c.type == "stance_holder"]
    verbs = [c for c in cues if c.kind == "stance"]
    return list(zip(holders, verbs))


def _stance_cues(text: str, toks: Sequence[Token], cues: Sequence[Cue]) -> list[Cue]:
    """A position held or taken by a person or body: ``X supports Y``, ``X plans to``,
    ``Y was endorsed by X``.

    PolNeAR counts these as attributions (expression events); the guide does not
    source the sentence on them, so they are kept apart from the cues the features
    read. The verb must follow its holder (no determiner: "the plans", "his support"),
    take its usual complement ("plans to", "pushed for"), and not be a verb another cue
    already covers. In a passive the ``by`` agent holds the position.

    >>> [(c.type, c.text) for c in _stance_cues("The union endorsed Ruiz.", tokenize("The union endorsed Ruiz."), [])]
    [('support', 'endorsed'), ('stance_holder', 'The union')]
    """
    out: list[Cue] = []
    taken = [(c.start, c.end) for c in cues if c.kind in ("attribution", "status", "source")]
    stance = _words("attribution_stance")
    for v, tok in enumerate(toks):
        w = tok.lower
        if w not in stance or v == 0 or tok.text != w:
            continue  # a capital makes it a title's noun: "A Curious Plan to ..."
        if any(a < tok.end and tok.start < b for a, b in taken):
            continue
        nxt = toks[v + 1].lower if v + 1 < len(toks) else ""
        needs = _STANCE_NEEDS.get(w)
        if nxt == "by" and w.endswith(("ed", "ought")):
            holder = _np_right(toks, v + 2, limit=10)
            passive = True
        elif (needs and nxt not in needs) or nxt in _PARTICLES or not nxt[:1].isalnum():
            continue  # "backed out" is a retreat, not a position
        else:
            holder = _holder_before(toks, v)
            passive = False
        if holder is None:
            continue
        a, b = holder
        cut = max((k + 1 for k in range(a, b) if toks[k].lower in _HOLDER_CUTS), default=a)
        if cut > a:  # "told Reuters that several members", "tell us the minister"
            cut = max((k + 1 for k in range(cut, b) if toks[k].lower == "that"), default=cut)
            while cut < b and toks[cut].lower in _OBJECT_PRONOUNS:
                cut += 1
        if cut >= b:
            continue
        a = cut  # "Records show Ruiz voted against it": Ruiz, not the records' clause
        if not passive and w.endswith(("ed", "ought")) and any(t.lower in _BE_FORMS for t in toks[b:v]):
            continue  # "is opposed to", "was backed": a state, or a passive without its agent
        if not _holder_ok(toks[a:b], a == 0):
            continue
        kind = "opposition" if nxt == "against" else _STANCE_TYPES.get(w, "support")  # "voted against"
        out.append(Cue("stance", kind, tok.start, tok.end, tok.text))
        s, e = toks[a].start, toks[b - 1].end
        out.append(Cue("source", "stance_holder", s, e, text[s:e]))
    return out


_WEAK_COGNITIVE = _set(
    "see sees view views know knows knew feel feels felt understood considered expected agreed thought"
)
_CREDIT_START = _set(
    "photo image credit credits copyright courtesy reporting editing photograph file additional getty ap written edited"
)


#: headline labels that report a finding ("Poll: ...", "Gallup poll: ..."), as against labels
#: that name the piece itself ("Transcript: ...", "Review: ...")
_FINDING_LABELS = _set("poll polls survey study studies research report reports")
#: first words of a rubric over a story ("SPECIAL REPORT:"), whatever document noun follows
_RUBRIC_OPENERS = _set("special investigative in-depth")
_TRANSCRIPT_ROLES = _set("moderator host anchor reporter announcer interviewer correspondent caller panelist")
#: a transcript's own voices and the one holder of a post at a hearing ("NARRATOR:", "CITY CLERK:")
_LABEL_OFFICES = _TRANSCRIPT_ROLES | _set(
    "presenter narrator anchorman anchorwoman clerk chair chairman chairwoman secretary speaker"
)
_LABEL_SOURCES = _set("sources source officials insiders witnesses reports police")
_NOT_SPEAKERS = _set(
    "breaking update updated updates exclusive watch live developing correction clarification analysis opinion "
    "video photos photo editorial note warning alert urgent new just flashback report editor's editors "
    "explainer recap preview profile perspective commentary exposed revealed bombshell edit shocking shock "
    "outrage outrageous leaked busted scandal unbelievable disgusting horrifying insane wow omg viral must-see"
)


_DASHES = frozenset("\u2015 \u2014 \u2013 -".split())


def _quote_credit_end(toks: Sequence[Token]) -> tuple[int, int] | None:
    """``(dash, end)`` token indices of a credit line under a quotation: ``— Maria Lopez``,
    ``”― Ana Ruiz.``; None for anything else.

    >>> _quote_credit_end(tokenize("— Maria Lopez"))
    (0, 3)
    """
    k = 0
    while k < len(toks) and toks[k].text in _QUOTE_MARKS:
        k += 1
    if k >= len(toks) or toks[k].text not in _DASHES:
        return None
    end = len(toks)
    while end > k + 1 and toks[end - 1].text in (".", ","):
        end -= 1
    rest = [t for t in toks[k + 1 : end] if t.text != "."]
    if not rest or len(rest) > 6 or not all(_cap(t) or t.lower in ("de", "la", "van", "von", "al") for t in rest):
        return None
    return k, end


_CREDIT_TAIL = _set("on at am pm a.m. p.m. , . pdt pst edt est cdt cst mdt mst utc gmt bst")


def _embed_credit(toks: Sequence[Token]) -> tuple[tuple[int, int], int, int] | None:
    """The credit line of an embedded social-media post run into the post's text, as scraped
    pages print it: "Out Friday! pic.twitter.com/x— Lena Marsh (@lenamarsh) September 27, 2016",
    "Open today! A post shared by Harbor Bakery (@harborbakes) on Sep 3, 2016 at 9:12am PDT".
    Returns the lead's token span (the dash, or "shared by"), and the name's start and end. A
    credit on a line of its own is found too, like "— Maria Lopez" under a quotation: it names
    the author of the post before it."""
    for h in range(len(toks) - 4, 1, -1):  # "(", "@", the handle and ")" from h on
        if not (toks[h].text == "(" and toks[h + 1].text == "@" and toks[h + 3].text == ")"):
            continue
        tail = toks[h + 4 :]
        if not all(t.lower in _CREDIT_TAIL or t.lower.rstrip(".") in _MONTHS or t.text[:1].isdigit() for t in tail):
            return None
        k = h - 1
        while k > 0 and h - k <= 7 and toks[k].text not in _DASHES and toks[k].lower != "by":
            k -= 1
        if toks[k].text not in _DASHES and toks[k].lower != "by":
            return None  # "Mayor Ben Okwu (@MayorOkwu)" with no dash: a name, not a credit
        if k == h - 1 or (toks[k].lower == "by" and k == 0):
            return None
        if toks[k].lower == "by":
            if toks[k - 1].lower != "shared":
                return None
            return (k - 1, k + 1), k + 1, h
        return (k, k + 1), k + 1, h
    return None


def _account_type(name: Sequence[Token]) -> str:
    """The source type of an embedded post's display name: a person's or a body's name is
    typed as any name is; a name in lower case, or with digits or symbols ("TruthRanger88",
    "sunny side up", "Badger Sentinel 🇺🇸"), identifies nobody: a bare account, ``social_media``."""
    words = [t for t in name if t.text not in (".", "-", "'", "’", "&")]
    if any(not _cap(t) and t.lower not in ("of", "the", "and", "for", "de", "van") for t in words) or any(
        not t.text.replace(".", "").replace("-", "").replace("'", "").replace("’", "").isalpha() for t in words
    ):
        return "social_media"
    return classify_source(name, False)


#: a web link as scraped pages print it ("https://t.co/Xa81", "pic.twitter.com/Q2mf", "www.example.org/a")
_LINK = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S*", re.IGNORECASE)


def _caps_label(toks: Sequence[Token]) -> bool:
    """A transcript turn in capitals ("WALLACE: ...", '"PENCE: ...', "ANA RUIZ, MAYOR: ..."): its
    speaker speaks every clause of the turn, whatever reporting verbs the turn holds."""
    k = 1 if toks and toks[0].lower in _QUOTE_MARKS else 0
    if len(toks) > k + 2 and toks[k + 1].text == ":" and toks[k].text.isupper() and len(toks[k].text) > 1:
        return True
    return _caps_role_label(toks) is not None


#: punctuation a capitals label with a role may hold ("SEN. ANA RUIZ (D), OHIO:")
_LABEL_PUNCT = frozenset(", . ( ) & - ' ’".split())
#: words that make a capitals label an unnamed speaker ("WOMAN:", "UNIDENTIFIED MALE:")
_UNNAMED_LABEL = _set(
    "unidentified unknown woman man male female voice speaker crowd audience member protester resident"
    " voter caller participant student parent"
)


#: US states and their wire-style abbreviations, the second part of a dateline ("HARWICK, OHIO:")
_US_STATES = frozenset(
    " ".join(ws.split())
    for ws in (
        "alabama|ala|alaska|arizona|ariz|arkansas|ark|california|calif|colorado|colo|connecticut|conn|"
        "delaware|del|florida|fla|georgia|ga|hawaii|idaho|illinois|ill|indiana|ind|iowa|kansas|kan|"
        "kentucky|ky|louisiana|la|maine|maryland|md|massachusetts|mass|michigan|mich|minnesota|minn|"
        "mississippi|miss|missouri|mo|montana|mont|nebraska|neb|nevada|nev|new hampshire|n.h|"
        "new jersey|n.j|new mexico|n.m|new york|n.y|north carolina|n.c|north dakota|n.d|ohio|"
        "oklahoma|okla|oregon|ore|pennsylvania|pa|rhode island|r.i|south carolina|s.c|"
        "south dakota|s.d|tennessee|tenn|texas|utah|vermont|vt|virginia|va|washington|wash|"
        "west virginia|w.va|wisconsin|wis|wyoming|wyo|d.c"
    ).split("|")
)


def _caps_role_label(toks: Sequence[Token]) -> int | None:
    """A transcript turn label in capitals that gives the speaker's role after a comma,
    ``NIA ORTIZ, DEMOCRATIC STRATEGIST: ...`` or ``KEN RAE, DIRECTOR, ASHBY WATER AUTHORITY: ...``:
    the index of its colon, else None. The label may be longer than the short labels
    :func:`_speaker_label_end` looks at, so it is found apart: every word before the colon in
    capitals, a name of one to four words, and ordinary writing after it (a headline set in
    capitals has none)."""
    k = 1 if toks and toks[0].lower in _QUOTE_MARKS else 0
    colon = next((m for m, t in enumerate(toks[k : k + 20], k) if t.text == ":"), None)
    if colon is None or colon + 1 >= len(toks):
        return None
    comma = next((m for m in range(k, colon) if toks[m].text == ","), None)
    if comma is None or not all(t.text in _LABEL_PUNCT or t.text.isupper() for t in toks[k:colon]):
        return None
    name = [t for t in toks[k:comma] if t.lower[:1].isalpha()]
    if not 1 <= len(name) <= 4 or not any(t.text != t.text.upper() for t in toks[colon + 1 :]):
        return None
    if _not_a_speaker(name[0].lower) or _dateline_place(toks[k:colon]) or _figure_row(toks[colon + 1 :]):
        return None
    return colon


def _not_a_speaker(first: str) -> bool:
    """Does a label's first word make it page furniture or a credit, not a speaker ("Read more:",
    "BREAKING:", "Photo:", "Contact:")?"""
    return first in _lex("boilerplate") or first in _BOILER_WEAK or first in _CREDIT_START or first in _NOT_SPEAKERS


def _caller_label(label: Sequence[Token]) -> bool:
    """A capitals label of one name and a place, a radio caller's "MARGUERITE, ASHBY": a first name
    and a town name nobody (the guide's session-13 ruling). A role, title or body after the comma
    ("WALLACE, HOST", "QUILL, CVPR NEWS") makes it a speaker's label."""
    words = [t for t in label if t.lower[:1].isalpha()]
    comma = next((m for m, t in enumerate(label) if t.text == ","), None)
    if comma is None or len([t for t in label[:comma] if t.lower[:1].isalpha()]) != 1:
        return False
    tail = {t.lower for t in label[comma + 1 :]}
    return len(words) <= 4 and tail.isdisjoint(_label_role_words())


@cache
def _label_role_words() -> frozenset[str]:
    """Words after a label's comma that make it a speaker's role, title or body ("HOST", "NEWS")."""
    return _lex("role_nouns") | _lex("titles") | _lex("org_words") | _TRANSCRIPT_ROLES | _lex("outlets")


def _dateline_place(label: Sequence[Token]) -> bool:
    """Is a label before a colon a dateline, not a speaker? A city, as in "Karachi: ..." or "NEW
    DELHI: ..." ("Lahore, Pakistan" counts by its first part), or any place of plain words followed
    by its state or country ("HARWICK, OHIO", "SPRINGFIELD, ILL.", "LAGOS, NIGERIA"); a title or
    party before the comma makes a speaker ("SEN. ANA RUIZ (D), OHIO")."""
    names = " ".join(t.lower for t in label).split(" , ")
    if names[0] in _words("dateline_places") and len(names) <= 2:
        return True
    comma = next((m for m, t in enumerate(label) if t.text == ","), None)
    if comma is None or not 1 <= comma <= 3 or not all(t.lower.isalpha() for t in label[:comma]):
        return False
    if label[0].lower in _lex("titles") or label[0].lower.rstrip(".") in _lex("titles"):
        return False
    tail = label[comma + 1 :]
    dotted = "".join(t.lower for t in tail).rstrip(".")
    words = " ".join(t.lower for t in tail if t.text != ".")
    return dotted in _US_STATES or words in _US_STATES or words in _words("dateline_places")


#: units a row of figures may end with ("Ortiz: + 4 points", "Harrow: 41 seats")
_ROW_UNITS = _set(
    "point points pts pt percent per cent seats seat votes vote goals runs wins games laps strokes "
    "yards metres meters kilometres km miles million billion trillion bn m k"
)
_ROW_SIGNS = frozenset("+ - \u2212 \u2013 $ \u00a3 \u20ac ~ \u00b1".split())


def _figure_row(after: Sequence[Token]) -> bool:
    """Is what follows a label's colon only a figure: "41%", "+ 4 points", "$1.2 million"?"""
    if not any(t.lower[:1].isalpha() for t in after):
        return True
    rest = list(after)
    while rest and rest[0].text in _ROW_SIGNS:
        rest = rest[1:]
    if not rest or not rest[0].text[:1].isdigit():
        return False
    words = [t for t in rest[1:] if t.lower[:1].isalpha()]
    return len(words) <= 2 and all(t.lower in _ROW_UNITS and not _cap(t) for t in words) and len(rest) <= 5


def _speaker_label_end(toks: Sequence[Token]) -> int | None:
    """Index of the colon ending a speaker label or a headline attribution, else None.

    ``WALLACE: Let's start``, ``Sen. Ortiz: We will win``, ``Poll: Voters sour on tax``
    (an unidentified document) and ``Gallup poll: ...`` count; ``Read more: ...``,
    ``BREAKING: ...``, ``Photo: ...`` and a row of figures (``Ortiz: 41%``) do not.
    """
    if toks and toks[0].lower in _RUBRIC_OPENERS:
        return None  # "SPECIAL REPORT:", "INVESTIGATIVE REPORT:": the page's rubric, not a document that speaks
    role_label = _caps_role_label(toks)
    if role_label is not None:
        return role_label
    colon = next((k for k, t in enumerate(toks[:7]) if t.text == ":"), None)
    if not colon or colon + 1 >= len(toks):
        return None
    if _figure_row(toks[colon + 1 :]):
        return None  # "Ortiz: 41%", "Ortiz: + 4 points" is a row of a results table, not a turn
    words = [t for t in toks[:colon] if t.lower[:1].isalpha()]
    if (
        1 < len(words) <= 4
        and words[-1].lower in _FINDING_LABELS
        and all(_cap(t) and t.lower not in _NOT_SPEAKERS and t.lower not in _DETERMINERS for t in words[:-1])
    ):
        return colon  # "Harwick University poll: Blaylock lead shrinks": a named document
    if not words or not all(_cap(t) for t in words):
        return None
    lows = [t.lower for t in words]
    if _dateline_place(toks[:colon]):
        return None  # "LAGOS: The state government ...": a dateline in the house style of many outlets
    if lows in (["report"], ["reports"]) and _HEADLINE.get():
        return colon  # "Report: Tessaly eyes a second takeover": a headline's unnamed report, like "Poll:"
    if (
        # "LEAKED MEMO:" names a document: the kicker word opens it but does not make it furniture
        (_not_a_speaker(lows[0]) and not (len(lows) > 1 and lows[-1] in _lex("document_nouns")))
        or (
            len(lows) > 1
            and lows[-1] in _NOT_SPEAKERS
            and lows[-1] not in _lex("document_nouns")  # "AUDITOR'S REPORT:" names a document
            and all(t.text != "(" for t in toks[:colon])
        )
    ):
        return None  # "BREAKING:", and a kicker's last word too: "HEALTH ALERT:", "MARKET UPDATE:"
    if any(w.endswith(("'s", "’s")) for w in lows):
        # "COMPTROLLER'S AUDIT: ..." names a document; "JUNO'S SPLIT SHOCK: ..." is a tabloid
        # kicker, and a speaker's label is never possessive
        return colon if lows[-1] in _lex("document_nouns") else None
    if len(lows) == 1 and (
        lows[0] in _TRANSCRIPT_ROLES or lows[0] in _lex("document_nouns") or lows[0] in _LABEL_SOURCES
    ):
        return colon  # "Sources: Riverhawks closing in on trade"
    if all(not _ordinary_word(w) or w.rstrip(".") in _lex("titles") for w in lows):
        return colon
    if len(words) <= 3 and all(t.text.isupper() and len(t.text) > 1 for t in words):
        return colon  # transcript labels in capitals, even when the name is a word: "PENCE:", "ROSE:"
    return None


def _find_publisher(toks: Sequence[Token], publisher: str) -> list[tuple[int, int]]:
    """Spans where the publisher's own name appears as a relay ("told The Ledger" in a Ledger story)."""
    want = [t.lower for t in tokenize(publisher)]
    if want and want[0] == "the":
        want = want[1:]
    out = []
    n = len(want)
    for i in _mentions(toks, want):
        a = i - 1 if i and toks[i - 1].lower == "the" else i
        if _outlet_ok(toks, a, i + n) or (a > 0 and toks[a - 1].lower in _RELAY_PREV):
            out.append((a, i + n))
    return out


def _mentions(toks: Sequence[Token], words: Sequence[str]) -> Iterator[int]:
    """Where the lower-case ``words`` stand in ``toks`` with a capital first letter (an outlet's
    name mentioned in a sentence).

    >>> list(_mentions(tokenize("The Ledger and the ledger: ask the Ledger"), ["ledger"]))
    [1, 8]
    """
    n = len(words)
    if not n:
        return
    for i in range(len(toks) - n + 1):
        if _cap(toks[i]) and all(toks[i + m].lower == w for m, w in enumerate(words)):
            yield i


#: a scraped page's counter on a line of its own: "Page 2 of 3", "Page 2"
_PAGE_COUNTER = re.compile(r"\s*page\s+\d{1,3}(\s*(of|/)\s*\d{1,3})?\s*\.?\s*", re.IGNORECASE)


def _outlet_as_body(cues: list[Cue], text: str, s: int, e: int) -> None:
    """Type a source that is an outlet found by its name ("the Riverton Dispatch reported") as a
    body, in place: the shape rules that found the outlet know more than the phrase's words."""
    for n, c in enumerate(cues):
        same = c.kind == "source" and c.type == "named_person" and c.end == e and s >= c.start
        if same and text[c.start : s].strip().lower() in ("", "the"):
            cues[n] = replace(c, type="named_organization")


def find_cues(text: str, spans: Sequence[tuple[int, int]], publisher: str | None = None) -> list[list[Cue]]:
    """Cues of every sentence span of ``text`` (article offsets)."""
    return [sc.cues for sc in analyze_sentences(text, spans, publisher)]


def analyze_sentences(
    text: str,
    spans: Sequence[tuple[int, int]],
    publisher: str | None = None,
    quotes: Sequence[tuple[int, int]] | None = None,
) -> list[SentenceCues]:
    """:func:`analyze_sentence` for every sentence span of an article, with what the article
    as a whole tells: its quotations (found here unless given) and the words it writes as names."""
    if quotes is None:
        quotes = quote_spans(text)
    sentences = [tokenize(text[s:e], s) for s, e in spans]
    token = _ARTICLE_NAMES.set(_names_of(sentences))
    turns = _ARTICLE_TURNS.set(any(_has_turn_label(toks) for toks in sentences))
    outlets = _ARTICLE_OUTLETS.set(
        frozenset(
            tuple(t.lower for t in toks[a:b])
            for toks in sentences
            if not _OUTLET_DESCRIPTORS.isdisjoint(t.lower for t in toks)
            for a, b in _outlets_by_descriptor(toks, (), any_context=True)
        )
    )
    last_person = _LAST_PERSON.set(None)
    last_body = _LAST_BODY.set(None)
    try:
        out: list[SentenceCues] = []
        for (s, e), toks in zip(spans, sentences):
            _LAST_BODY.set(_last_body(out))
            # only a sentence that opens with "She"/"He" or with a quotation ('"...," she said') can
            # carry the pronoun back; one that names anyone (the opening word and its repeats aside)
            # gives it to that name
            first = toks[0].lower if toks else ""
            carries = (first in ("he", "she") or first in _QUOTE_MARKS) and not any(
                _is_name_token(t, k, k == 0) for k, t in enumerate(toks) if t.lower != first
            )
            _LAST_PERSON.set(_last_unnamed_speaker(out) if carries else None)
            out.append(analyze_sentence(text, s, e, publisher, quotes, toks))
        return out
    finally:
        _LAST_BODY.reset(last_body)
        _LAST_PERSON.reset(last_person)
        _ARTICLE_OUTLETS.reset(outlets)
        _ARTICLE_TURNS.reset(turns)
        _ARTICLE_NAMES.reset(token)


def _last_body(done: Sequence[SentenceCues]) -> str | None:
    """The source type an "it" speaker takes from the sentence before it: a named body or an
    identified record that was the only source there ("The utility said P. It said Q.")."""
    if not done:
        return None
    types = {c.type for c in done[-1].cues if c.kind == "source" and c.type != "stance_holder"}
    return types.pop() if len(types) == 1 and types <= {"named_organization", "document"} else None


def _last_unnamed_speaker(done: Sequence[SentenceCues]) -> str | None:
    """The source type a "she" or "he" takes from the sentences before it: of the last three,
    the nearest with a source decides, and only a single unnamed person counts ("a senior
    official", "a person close to the talks"); a named speaker, a group or a document leaves the
    pronoun a named person, and so does any line between other than a quotation."""
    for sc in reversed(done[-3:]):
        types = {c.type for c in sc.cues if c.kind == "source" and c.type != "stance_holder"}
        if types:
            return types.pop() if len(types) == 1 and types <= {"anonymous", "generic_anonymous"} else None
        if not (sc.tokens and sc.tokens[0].lower in _QUOTE_MARKS):
            return None  # only the official's own quotation may come between; any other line ends the thread
    return None


def _has_turn_label(toks: Sequence[Token]) -> bool:
    """Does the sentence open with a speaker's label ("WALLACE:", "Q:", "Sen. Ortiz:")?"""
    if len(toks) > 2 and toks[0].text in ("Q", "A") and toks[1].text == ":":
        return True
    return _speaker_label_end(toks) is not None
