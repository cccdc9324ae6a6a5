"""Cue finding: hedges, attribution, sources, relay, status, quotes and more.

Each sentence is tokenised once; one combined phrase matcher (a first-token index
over every packaged lexicon) finds all lexicon entries in a single pass, and small
pure rule functions turn those matches into typed :class:`Cue` spans in article
offsets. Article-level context (quotations that run over several sentences, the
publisher) is handled by :func:`find_cues`, which sees every sentence at once.

Cue kinds and types
-------------------
``hedge``        modal, epistemic_verb, adverb, adjective, approximator, not_knowing
``booster``      booster
``attribution``  speech, cognitive, according_to, agentless
``source``       named_person, named_organization, anonymous, generic_anonymous, vague,
                 document, observation, social_media, pronoun
``relay``        outlet (another outlet carries the claim), own (the publisher itself)
``status``       no_comment, unconfirmed, denial
``quote``        direct
``speculation``  prediction
``specificity``  number, date, name
``boilerplate``  byline, credit, navigation

Example
-------
>>> text = "The rebels have reportedly seized a second airfield."
>>> [(c.kind, c.type, c.text) for c in find_cues(text, [(0, len(text))])[0]]
[('hedge', 'adverb', 'reportedly'), ('attribution', 'agentless', 'reportedly'), ('source', 'vague', 'reportedly')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .lexicons import read_lexicon

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


#: sourcing level of each source type (ANNOTATION.md rule 6); pronouns resolve to a
#: named speaker in news prose nearly always.
SOURCE_LEVEL = {
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


@dataclass(frozen=True)
class Token:
    start: int  # offset in the article
    end: int
    text: str
    lower: str


_TOKEN = re.compile(r"\w+(?:[’'\-.&]\w+)*|[^\w\s]")


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Word and punctuation tokens with article offsets.

    >>> [t.text for t in tokenize("U.S. officials' view")]
    ['U.S', '.', "officials'", 'view']
    """
    out = []
    for m in _TOKEN.finditer(text):
        s = m.group()
        out.append(Token(offset + m.start(), offset + m.end(), s, s.lower().replace("’", "'")))
    return out


# --------------------------------------------------------------------------- matcher

_LEXICONS = (
    "hedge_modal",
    "hedge_epistemic_verb",
    "hedge_adverb",
    "hedge_adjective",
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
        index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for name, entries in lexicons.items():
            for entry in entries:
                toks = tuple(t.lower for t in tokenize(entry))
                if toks:
                    index.setdefault(toks[0], []).append((toks, name))
        for cands in index.values():
            cands.sort(key=lambda c: -len(c[0]))
        self._index = index
        self.words = frozenset(index)

    def match(self, lowers: Sequence[str]) -> list[tuple[int, int, str]]:
        """``(i, j, lexicon)`` for every entry found at ``lowers[i:j]``; longest first per lexicon."""
        out = []
        n = len(lowers)
        index = self._index
        for i, w in enumerate(lowers):
            cands = index.get(w)
            if not cands:
                continue
            seen = set()
            for toks, name in cands:
                if name in seen:
                    continue
                k = len(toks)
                if i + k <= n and (k == 1 or tuple(lowers[i : i + k]) == toks):
                    out.append((i, i + k, name))
                    seen.add(name)
        return out


@lru_cache(maxsize=1)
def _matcher() -> PhraseMatcher:
    return PhraseMatcher({name: read_lexicon(name) for name in _LEXICONS})


@lru_cache(maxsize=1)
def _words(name: str) -> frozenset[str]:
    return frozenset(read_lexicon(name))


def _lex(name: str) -> frozenset[str]:
    return _words(name)


# --------------------------------------------------------------------------- quotes

_OPEN = "\u201c"
_CLOSE = "\u201d"


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of direct quotation (marks included), in one left-to-right pass.

    Curly marks open and close explicitly; a straight ``"`` toggles. A quotation
    left open at a paragraph end and reopened at the start of the next paragraph
    (the newspaper convention for a quote running over paragraphs) is kept as one
    span per paragraph; an unclosed quotation ends at its paragraph's end.

    >>> quote_spans('He said "Go now." Then “stop.”')
    [(8, 17), (23, 30)]
    """
    spans = []
    start = -1
    for i, ch in enumerate(text):
        if ch == "\n":
            if start >= 0:  # a line end closes an open quotation; it may reopen on the next line
                spans.append((start, i))
                start = -1
        elif ch == _OPEN or (ch == '"' and start < 0):
            if start < 0:
                start = i
        elif (ch == _CLOSE or ch == '"') and start >= 0:
            spans.append((start, i + 1))
            start = -1
    if start >= 0:
        spans.append((start, len(text)))
    return spans


# --------------------------------------------------------------------------- rules

_DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "such",
        "no",
        "any",
        "some",
        "new",
        "recent",
        "latest",
        "earlier",
        "another",
        "every",
        "each",
        "one's",
        "'s",
    ]
)
_BE = frozenset(["is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re"])
_NOUN_VERB = frozenset(
    [
        "report",
        "reports",
        "post",
        "posts",
        "claim",
        "claims",
        "note",
        "notes",
        "estimate",
        "estimates",
        "charge",
        "charges",
        "find",
        "finds",
        "show",
        "shows",
        "remarks",
        "state",
        "states",
        "view",
        "views",
        "record",
        "tweet",
        "tweets",
        "statement",
        "order",
        "found",
    ]
)
_ABILITY_AFTER = frozenset(
    [
        "not",
        "n't",
        "never",
        "only",
        "barely",
        "hardly",
        "see",
        "hear",
        "feel",
        "smell",
        "taste",
        "swim",
        "read",
        "afford",
        "walk",
        "speak",
    ]
)
_NUMERIC = re.compile(
    r"^(?:\$|£|€)?\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|"
    r"thousand|thousands|million|millions|billion|dozen|dozens|half|a|an)$"
)
_MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)
_DAYS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight"]
)
_MONTH_PREV = frozenset(
    ["in", "on", "of", "since", "until", "by", "early", "late", "mid", "last", "next", "this", "through", "from"]
)
_NUMBER_APPROX = frozenset(["about", "around", "some", "up", "close", "as", "upwards"])
_APPEAR_NEXT = frozenset(["to", "that", "likely", "unlikely", "as", "increasingly"])
_NP_STOP = frozenset(
    [
        "that",
        "and",
        "but",
        "or",
        "because",
        "while",
        "when",
        "if",
        "as",
        "so",
        "than",
        "then",
        "which",
        "whom",
        "whose",
        "what",
        "where",
        "why",
        "how",
        "after",
        "before",
        "since",
        "until",
        "although",
        "though",
        "whether",
        ";",
        ":",
        "—",
        "–",
        '"',
        "“",
        "”",
        "(",
        ")",
        "[",
        "]",
        "?",
        "!",
    ]
)
_SUBJECT_PRONOUNS = frozenset(["he", "she", "they", "we", "i", "it", "who", "you"])
_SPOKES = frozenset(["spokesman", "spokeswoman", "spokesperson", "spokespeople", "press", "secretary"])
_INSTITUTION_SINGLE = frozenset(
    [
        "police",
        "prosecutors",
        "pentagon",
        "ministry",
        "government",
        "company",
        "firm",
        "agency",
        "department",
        "administration",
        "court",
        "military",
        "army",
        "navy",
        "kremlin",
        "campaign",
        "council",
        "commission",
        "committee",
        "authority",
        "hospital",
        "university",
        "school",
        "district",
        "county",
        "city",
        "state",
        "club",
        "team",
        "airline",
        "bank",
        "regulator",
        "regulators",
        "board",
        "office",
        "embassy",
        "church",
        "union",
        "party",
    ]
)
_GENERIC_HEADS = frozenset(
    [
        "source",
        "person",
        "people",
        "someone",
        "insider",
        "insiders",
        "friend",
        "friends",
        "pal",
        "pals",
        "relative",
        "relatives",
        "acquaintance",
        "associate",
        "associates",
        "ally",
        "allies",
        "confidant",
        "confidante",
        "tipster",
        "whistleblower",
        "informant",
        "contact",
        "neighbour",
        "neighbor",
        "those",
    ]
)
_BYLINE = re.compile(
    r"^\s*(?:By|BY|by)\s+[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|and|&|de|van|von|al|la|le))*"
    r"(?:\s*[,|/\-—–]\s*.{0,80})?\s*$"
)
_SPEAKER_LABEL = re.compile(r"^\s*[A-Z][A-Z.'’\- ]{1,40}:")


def _cap(tok: Token) -> bool:
    return tok.text[:1].isupper()


def _is_month_may(toks: Sequence[Token], i: int) -> bool:
    """'May' the month: capitalised mid-sentence, or before a day number."""
    t = toks[i]
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    prev = toks[i - 1].lower if i else ""
    if t.text == "May" and (i > 0 or nxt[:1].isdigit()):
        return True
    return prev in _MONTH_PREV and t.text == "May"


def _hedge_ok(toks: Sequence[Token], i: int, j: int, lex: str) -> bool:
    """Filter false friends for a hedge match at ``toks[i:j]``."""
    w = toks[i].lower
    nxt = toks[j].lower if j < len(toks) else ""
    prev = toks[i - 1].lower if i else ""
    if w == "may" and j == i + 1:
        return not _is_month_may(toks, i)
    if w == "could" and j == i + 1:
        return nxt not in _ABILITY_AFTER
    if lex == "hedge_approximator" and w in _NUMBER_APPROX:
        return bool(_NUMERIC.match(nxt)) or nxt in ("$", "£", "€")
    if w in ("appear", "appears", "appeared", "appearing"):
        return nxt in _APPEAR_NEXT
    if w in ("suspect", "suspects"):
        return prev in _SUBJECT_PRONOUNS or prev in ("police", "investigators", "officials", "authorities")
    if w in ("estimate", "estimates") and prev in _DETERMINERS:
        return False
    return not (w == "potential" and nxt in ("customers", "buyers", "candidates", "clients"))


_QUOTE_MARKS = frozenset(['"', "“", "”", "'", "‘", "’"])
_PREPOSITIONS = frozenset(
    ["to", "of", "in", "by", "from", "with", "on", "per", "for", "at", "about", "under", "after", "into", "as"]
)


def _verb_ok(toks: Sequence[Token], i: int, j: int) -> bool:
    """Is the reporting-verb match at ``toks[i:j]`` used as a verb (not a noun, not passive)?

    ``"Officials said"`` yes; ``"the report said"`` yes for *said*, but *report* in
    ``"according to reports"`` or ``"the report"`` is a noun; ``"the United States"``
    is a name; ``"was found dead"`` is passive.
    """
    w = toks[i].lower
    prev = toks[i - 1].lower if i else ""
    if i > 0 and _cap(toks[i]) and prev not in _QUOTE_MARKS:
        return False
    if prev.endswith("'s") or (prev in _PREPOSITIONS and j == i + 1 and w in _NOUN_VERB):
        return False
    if j == i + 1 and w in _NOUN_VERB:
        ok_prev = (
            prev in _SUBJECT_PRONOUNS
            or prev in _QUOTE_MARKS
            or prev in (",", "also", "later")
            or (i > 0 and _cap(toks[i - 1]) and i > 1)
            or (prev.endswith("s") and prev not in _DETERMINERS)
        )
        if not ok_prev or prev in _DETERMINERS:
            return False
    return not (
        j == i + 1
        and w
        in (
            "found",
            "shown",
            "charged",
            "accused",
            "told",
            "described",
            "considered",
            "expected",
            "thought",
            "believed",
            "reported",
            "said",
            "known",
            "seen",
            "viewed",
            "alleged",
        )
        and prev in _BE
    )


def _np_left(toks: Sequence[Token], v: int, limit: int = 14) -> tuple[int, int] | None:
    """Subject noun phrase ending just before token ``v``: ``(i, v)`` or None.

    Skips one appositive (``Smith, a spokesman for X, said``) and stops at quote
    marks, conjunctions and clause punctuation.
    """
    i = v - 1
    if i >= 0 and toks[i].lower in (
        "also",
        "later",
        "previously",
        "earlier",
        "then",
        "has",
        "have",
        "had",
        "repeatedly",
        "publicly",
        "privately",
        "recently",
        "once",
        "often",
        "never",
        "reportedly",
        "allegedly",
        "had",
        "would",
        "will",
        "did",
        "does",
        "do",
        "could",
        "may",
        "might",
        "has",
        "have",
    ):
        i -= 1
        if i >= 0 and toks[i].lower in ("has", "have", "had", "also", "not", "n't"):
            i -= 1
    end = i + 1
    start = end
    commas = 0
    while i >= 0 and end - i <= limit:
        t = toks[i]
        if t.lower == ",":
            commas += 1
            if commas > 2:
                break
            # appositive: the part between commas belongs to the NP only if a name-like word
            # precedes the first comma
            i -= 1
            continue
        if t.lower in _NP_STOP or (t.lower in ("said", "says") and i < v - 1):
            break
        start = i
        i -= 1
    if start >= end:
        return None
    # drop a leading dangling comma region that is really the end of a quote
    while start < end and toks[start].lower == ",":
        start += 1
    if commas % 2 == 1:
        # an odd comma means we crossed a clause boundary: keep the part after the last comma
        k = end - 1
        while k >= start and toks[k].lower != ",":
            k -= 1
        if k >= start:
            start = k + 1
    return (start, end) if start < end else None


def _np_right(toks: Sequence[Token], v: int, limit: int = 12) -> tuple[int, int] | None:
    """Noun phrase starting at token ``v`` (after an inverted verb or 'according to')."""
    i = v
    while i < len(toks) and i - v < limit:
        t = toks[i]
        if t.lower == "as" and i + 1 < len(toks) and toks[i + 1].lower == "yet":
            i += 2
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
        i += 1
    return (v, i) if i > v else None


def classify_source(np_toks: Sequence[Token], sentence_start: bool) -> str:
    """Source type of a subject noun phrase.

    >>> classify_source(tokenize("an unidentified senior U.S. defense official"), False)
    'anonymous'
    >>> classify_source(tokenize("people familiar with the matter"), False)
    'generic_anonymous'
    >>> classify_source(tokenize("Muzahem al Saloum"), False)
    'named_person'
    """
    lowers = [t.lower for t in np_toks]
    if "," in lowers[1:]:
        head_part = np_toks[: lowers.index(",", 1)]
        if any(_cap(t) for t in head_part[1:]) or (head_part and _cap(head_part[0]) and not sentence_start):
            return classify_source(head_part, sentence_start)
    lset = set(lowers)
    m = _matcher()
    hits = {name for _, _, name in m.match(lowers)}
    if len(lowers) == 1 and lowers[0] in _SUBJECT_PRONOUNS:
        return "named_person" if lowers[0] in ("he", "she", "i") else "pronoun"
    caps = [
        t
        for k, t in enumerate(np_toks)
        if _cap(t)
        and t.lower not in _DETERMINERS
        and not (k == 0 and sentence_start and t.lower in _lex("source_vague"))
    ]
    role = lset & _lex("role_nouns")
    if "observation" in hits:
        return "observation"
    if "anonymity_markers" in hits:
        if "source_generic_anonymous" in hits and not (role - _GENERIC_HEADS):
            return "generic_anonymous"
        return "anonymous"
    if lset & _SPOKES:
        return "named_organization"
    if (
        "source_generic_anonymous" in hits
        and (lset & _GENERIC_HEADS or "a" in lset or "one" in lset)
        and (not (role - {"insider", "insiders", "resident", "residents"}) or "familiar" in lset)
    ):
        return "generic_anonymous"
    head = lowers[-1] if lowers else ""
    named_caps = [
        t
        for t in caps
        if t.lower not in _lex("rank_words") and t.lower not in _lex("role_nouns") and t.lower not in _lex("titles")
    ]
    if role and not named_caps:
        qualified = (
            bool(lset & _lex("rank_words")) or any(_cap(t) for t in np_toks[1:]) or bool(lset & _INSTITUTION_SINGLE)
        )
        if head in ("officials", "authorities") and not qualified:
            return "vague"
        if (
            head
            in (
                "lawmakers",
                "residents",
                "witnesses",
                "scientists",
                "researchers",
                "doctors",
                "experts",
                "analysts",
                "insiders",
            )
            and not qualified
        ):
            return "vague"
        if lset & {"police", "prosecutors"} and len(lowers) <= 3:
            return "named_organization"
        return "anonymous"
    if "social_media" in hits and not named_caps:
        return "social_media"
    if "document_nouns" in hits and (not named_caps or head in _lex("document_nouns")):
        identified = (
            bool(named_caps)
            or bool(lset & {"the", "this", "that", "its", "their", "his", "her"})
            or any(t.text[:1].isdigit() for t in np_toks)
        )
        if identified or "source_vague" not in hits:
            return "document"
        return "vague"
    if lset & {"police", "prosecutors", "pentagon", "kremlin"} or (
        lset & _INSTITUTION_SINGLE and ("the" in lset or named_caps)
    ):
        return "named_organization"
    if named_caps:
        if lset & _lex("org_words") or any(t.text.isupper() and len(t.text) > 1 for t in named_caps):
            return "named_organization"
        return "named_person"
    if "source_vague" in hits or "source_generic_anonymous" in hits:
        return "vague" if "source_vague" in hits else "generic_anonymous"
    return "vague"


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


def _norm_outlet(s: str) -> str:
    s = s.lower().replace("’", "'")
    s = re.sub(r"^the\s+", "", s.strip())
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def _outlet_ok(toks: Sequence[Token], i: int, j: int) -> bool:
    first = toks[i]
    if toks[i].lower == "the" and j > i + 1:
        first = toks[i + 1]
    if not _cap(first):
        return False
    # an outlet counts as a relay only beside a reporting word
    prev = toks[i - 1].lower if i else ""
    nxt = toks[j].lower if j < len(toks) else ""
    return prev in ("told", "to", "by", "with", "reached", "in", "on", "from", "via", "cited") or nxt in (
        "reported",
        "reports",
        "said",
        "says",
        "cited",
        "quoted",
        "reporting",
        "learned",
        "has",
        "that",
        "'s",
        "interview",
        "report",
        "article",
    )


def analyze_sentence(
    text: str, start: int, end: int, publisher: str | None = None, quotes: Sequence[tuple[int, int]] = ()
) -> SentenceCues:
    """Find the cues of ``text[start:end]`` (offsets in article coordinates)."""
    toks = tokenize(text[start:end], start)
    lowers = [t.lower for t in toks]
    cues: list[Cue] = []
    matches = _matcher().match(lowers)

    def add(kind: str, typ: str, i: int, j: int) -> None:
        s, e = toks[i].start, toks[j - 1].end
        cues.append(Cue(kind, typ, s, e, text[s:e]))

    def in_quote(i: int) -> bool:
        p = toks[i].start
        return any(a <= p < b for a, b in quotes)

    by_lex: dict[str, list[tuple[int, int]]] = {}
    for i, j, name in matches:
        by_lex.setdefault(name, []).append((i, j))

    # hedges (one cue per token span, the longest)
    hedge_spans: list[tuple[int, int, str]] = []
    for name in (
        "hedge_not_knowing",
        "hedge_epistemic_verb",
        "hedge_modal",
        "hedge_adverb",
        "hedge_adjective",
        "hedge_approximator",
    ):
        for i, j in by_lex.get(name, ()):
            if any(a <= i < b for a, b, _ in hedge_spans):
                continue
            if _hedge_ok(toks, i, j, name):
                hedge_spans.append((i, j, name[len("hedge_") :]))
    for i, j, typ in sorted(hedge_spans):
        add("hedge", typ, i, j)
    for i, j in by_lex.get("booster", ()):
        if toks[i].lower in ("always", "never") and in_quote(i):
            continue
        add("booster", "booster", i, j)

    # attribution verbs and their sources
    governed: list[str] = []
    n_verbs = 0
    used_np: set[tuple[int, int]] = set()

    def add_source(span: tuple[int, int] | None) -> None:
        if span is None or span in used_np:
            return
        a, b = span
        while b > a + 1 and toks[b - 1].lower in (",", "—", "-"):
            b -= 1
        span = (a, b)
        if any(in_quote(k) for k in range(a, b)) and not in_quote_all_sentence:
            return
        typ = classify_source(toks[a:b], a == 0)
        used_np.add(span)
        governed.append(typ)
        add("source", typ, a, b)

    in_quote_all_sentence = bool(toks) and all(in_quote(k) for k in range(len(toks)) if toks[k].lower.isalnum())
    agentless_idx = {i for i, _ in by_lex.get("attribution_agentless", ())}
    for name, typ in (("attribution_speech", "speech"), ("attribution_cognitive", "cognitive")):
        for i, j in by_lex.get(name, ()):
            if i in agentless_idx or not _verb_ok(toks, i, j):
                continue
            if in_quote(i) and not in_quote_all_sentence:
                continue
            if typ == "cognitive" and toks[i].lower in (
                "see",
                "sees",
                "sure",
                "certain",
                "view",
                "views",
                "know",
                "knows",
                "knew",
                "feel",
                "felt",
                "understood",
                "considered",
                "expected",
                "agreed",
                "confident",
                "concerned",
                "thought",
            ):
                left = _np_left(toks, i, 4)
                if not left:
                    continue
            n_verbs += 1
            add("attribution", typ, i, j)
            prev = toks[i - 1].lower if i else ""
            prev2 = toks[i - 2].lower if i > 1 else ""
            inverted = prev in _QUOTE_MARKS or (prev == "," and prev2 in _QUOTE_MARKS)
            left = None if inverted else _np_left(toks, i)
            if left is None and toks[i].lower not in ("told", "tell", "tells"):
                right = _np_right(toks, j)
                if right and (right[1] - right[0]) <= 10:
                    add_source(right)
                    continue
            add_source(left)
    for i, j in by_lex.get("attribution_according_to", ()):
        w = toks[i].lower
        if w == "per" and not (j < len(toks) and (_cap(toks[j]) or toks[j].lower in _DETERMINERS)):
            continue
        if w in ("cited", "quoted", "citing", "quoting") and j < len(toks) and toks[j].lower == "by":
            j += 1
        n_verbs += 1
        add("attribution", "according_to", i, j)
        add_source(_np_right(toks, j))
    for i, j in by_lex.get("attribution_agentless", ()):
        add("attribution", "agentless", i, j)
        s = toks[i].start
        e = toks[j - 1].end
        cues.append(Cue("source", "vague", s, e, text[s:e]))
        governed.append("vague")
    # vague or generic sources that are not verb subjects ("according to reports" handled above)
    covered = [(c.start, c.end) for c in cues if c.kind == "source"]
    for name, typ in (("source_generic_anonymous", "generic_anonymous"),):
        for i, j in by_lex.get(name, ()):
            s, e = toks[i].start, toks[j - 1].end
            if any(a <= s < b for a, b in covered):
                continue
            if toks[i].lower in ("a", "one", "the") and j - i == 2 and toks[j - 1].lower in ("person",):
                continue
            cues.append(Cue("source", typ, s, e, text[s:e]))
            covered.append((s, e))

    # social media, observation as sources when no verb subject found
    for i, j in by_lex.get("observation", ()):
        s, e = toks[i].start, toks[j - 1].end
        if not any(a <= s < b for a, b in covered):
            cues.append(Cue("source", "observation", s, e, text[s:e]))
            covered.append((s, e))

    # relay through an outlet
    relay = own = False
    pub = _norm_outlet(publisher) if publisher else ""
    for i, j in by_lex.get("outlets", ()):
        if not _outlet_ok(toks, i, j):
            continue
        name = text[toks[i].start : toks[j - 1].end]
        mine = bool(pub) and (
            _norm_outlet(name) == pub or _norm_outlet(name) in pub.split() or pub in _norm_outlet(name)
        )
        add("relay", "own" if mine else "outlet", i, j)
        own |= mine
        relay |= not mine

    # status lines
    for name, typ in (
        ("status_no_comment", "no_comment"),
        ("status_unconfirmed", "unconfirmed"),
        ("status_denial", "denial"),
    ):
        for i, j in by_lex.get(name, ()):
            add("status", typ, i, j)

    # quotes intersected with the sentence
    for a, b in quotes:
        s, e = max(a, start), min(b, end)
        if s < e and text[s:e].strip():
            cues.append(Cue("quote", "direct", s, e, text[s:e]))

    for i, j in by_lex.get("prediction", ()):
        add("speculation", "prediction", i, j)

    # specificity
    for k, t in enumerate(toks):
        if t.text[:1].isdigit():
            add("specificity", "number", k, k + 1)
        elif (t.lower in _MONTHS and _cap(t) and not (t.lower == "may" and not _is_month_may(toks, k))) or (
            t.lower in _DAYS and _cap(t)
        ):
            add("specificity", "date", k, k + 1)
    k = 1
    while k < len(toks):
        if (
            _cap(toks[k])
            and toks[k].lower not in _MONTHS
            and toks[k].lower not in _DAYS
            and toks[k - 1].lower not in (".", '"', "“", ":", "—")
        ):
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
    else:
        for i, j in by_lex.get("boilerplate", ()):
            if (
                i == 0
                and toks[0].lower != "by"
                and (j >= len(toks) or toks[j].lower in (":", "|", "-", "—", "by") or len(toks) <= 14)
            ):
                add(
                    "boilerplate",
                    "credit"
                    if toks[0].lower
                    in (
                        "photo",
                        "image",
                        "credit",
                        "copyright",
                        "courtesy",
                        "reporting",
                        "editing",
                        "photograph",
                        "file",
                        "additional",
                        "getty",
                        "ap",
                        "written",
                        "edited",
                    )
                    else "navigation",
                    i,
                    j,
                )
                break

    # actor in the writer's voice: capitalised subject, no reporting verb, no attribution
    actor = (
        bool(toks)
        and _cap(toks[0])
        and n_verbs == 0
        and not by_lex.get("attribution_agentless")
        and (
            toks[0].lower not in _lex("first_person")
            and toks[0].lower not in ("the", "a", "an", "it", "this", "there", "in", "on", "at")
        )
    )
    cues.sort(key=lambda c: (c.start, c.end, c.kind))
    return SentenceCues(start, end, toks, cues, governed, n_verbs, actor, speaker, relay, own)


def find_cues(text: str, spans: Sequence[tuple[int, int]], publisher: str | None = None) -> list[list[Cue]]:
    """Cues of every sentence span of ``text`` (article offsets)."""
    quotes = quote_spans(text)
    return [analyze_sentence(text, s, e, publisher, quotes).cues for s, e in spans]
