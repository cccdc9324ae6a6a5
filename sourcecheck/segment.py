"""Offline sentence splitting with character offsets into the untouched input.

The splitter is nltk's Punkt algorithm with parameters the package ships as data
(``data/abbreviations.txt``, ``data/sentence_starters.txt``). Nothing is downloaded:
``nltk.sent_tokenize`` and ``nltk.download`` are never called.

Three layers, each tracking offsets as it goes:

1. **Blocks.** Blank lines always end a block. A single line break ends one too
   (headlines, bylines, captions, transcript turns), unless the text is plainly
   hard-wrapped: the next line starts with a lower-case word, or the line ends in
   a comma, a semicolon, an article, a preposition or a title ("Sen.").
2. **Punkt** inside each block, via ``span_tokenize``.
3. **Repairs** Punkt cannot make alone: a piece that starts with a lower-case
   word or with closing punctuation or a dash continues the sentence before
   ("Wait! he said", "SPRINGFIELD, Ill. (AP) —"); a list marker ("1.", "Q.") or
   "No." before a number does not end a sentence; a single capital initial does
   not end a sentence ("George W. Bush") unless a common sentence starter follows; an
   ellipsis before a word that opens sentences ends one ("We tried... Then we gave up."), an
   inline stage direction stands alone ("(LAUGHTER)"), and a brand in lower case opens a
   sentence after a full stop ("iRobot hired him").
   Punkt's orthographic context (``data/ortho_context.txt``, counted on the team's
   corpus) tells it which capitalised words after an abbreviation start a sentence.

Example
-------
>>> from sourcecheck.segment import sentence_spans
>>> text = "Sen. Ann Lee arrived at 9 a.m. on Sept. 11. She left."
>>> [text[a:b] for a, b in sentence_spans(text)]
['Sen. Ann Lee arrived at 9 a.m. on Sept. 11.', 'She left.']
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from nltk.tokenize import punkt as _punkt
from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer, PunktToken

from .lexicons import read_wordlist

__all__ = ["Segmenter", "get_segmenter", "sentence_spans"]

_LINE = re.compile(r"[^\n]*\n?")
# a line ending in one of these words continues on the next line (hard-wrapped text)
_WRAP_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "to",
        "for",
        "and",
        "or",
        "but",
        "by",
        "with",
        "from",
        "at",
        "as",
        "that",
        "his",
        "her",
        "their",
        "its",
        "our",
        "mr.",
        "mrs.",
        "ms.",
        "dr.",
        "sen.",
        "rep.",
        "gov.",
        "gen.",
        "lt.",
        "col.",
        "maj.",
        "capt.",
        "sgt.",
        "adm.",
        "rev.",
        "prof.",
        "st.",
        "sens.",
        "reps.",
        "govs.",
        "gens.",
        "atty.",
        "supt.",
        "insp.",
        "det.",
        "cmdr.",
        "cpl.",
        "fr.",
        "messrs.",
        "hon.",
    ]
)
_LOWER_WORD = re.compile(r"[a-z]+(?:[\s,;:.!?'’)\-]|$)")
_CONTINUATION_START = re.compile(r"[a-z]+(?:[\s,;:.!?'’)\-]|$)|[,;:)\]}\u2014\u2013.!?]|-(?!\s)")
_LIST_MARK = re.compile(r"^(?:\(?\d{1,3}[.)]|[A-Z]\.)$")  # "1." or "Q." alone is a marker, not a sentence
_NUMBER_ABBREV = re.compile(r"\bNos?\.$")
_VERSUS_END = re.compile(r"(?:^|\s)vs?\.$")  # "Leeds vs. Hull", "Ruiz v. Hale": never the end of a sentence
_DATELINE_CREDIT = re.compile(r"\([A-Za-z][\w.&' -]{0,30}\)\s*[\u2014\u2013-]")
#: a title abbreviation ending a piece ("Gov.", "Lt. Gov.", "Sens."): Punkt ends the sentence
#: there when the name after it is also a common word ("Gov. Sue Park", "Rep. Rose Hill"), because
#: the word is mostly seen in lower case; a title is followed by a name, not by a new sentence.
#: "Jr.", "Sr." and "St." are left out: they end names and streets ("Main St. The ...").
_TITLE_END = re.compile(
    r"(?:^|[\s(\"'\u201c\u2018\[])(?:Mrs?|Ms|Mx|Messrs|Dr|Profs?|Sens?|Reps?|Govs?|Gens?|Lt|Col|Maj|Capt|Sgt|Cpl|Pvt"
    r"|Adm|Cmdr|Rev|Fr|Atty|Supt|Insp|Det|Hon|Amb|Pres)\.$"
)
_INITIAL_END = re.compile(r"(?:^|[\s(.])[A-Z]\.$")
_FIRST_WORD = re.compile(r"[\"'\u201c\u2018(\[]*([A-Za-z]+)")
#: a title abbreviation right after an opening quote or bracket ("“Mr.", "(Dr."), which Punkt
#: does not recognise because the quote is part of its token
_QUOTED_TITLE_END = re.compile(
    r"(?:^|\s)[\"'\u201c\u2018(\[]+(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Maj|Adm|Prof|Rev|St|Fr)\.$"
)


_STAGE_WORDS = (
    r"\((?:LAUGHTER|APPLAUSE|CROSSTALK|BOOING|CHEERING|CHEERS|INAUDIBLE|LAUGHS|SIGHS|PAUSE|COMMERCIAL BREAK)\)"
)
#: inside a Punkt sentence: an ellipsis, with any closing quote, before a capitalised word (the
#: word is group 1); a stage direction in capitals between two sentences; a full stop before a
#: brand in lower case ("iRobot", "eBay")
_ELLIPSIS_CUT = re.compile(r"(?<=\w)(?:\.\.\.|\u2026)[\"'\u201d\u2019]?(?=\s+[\"'\u201c\u2018]?([A-Z][a-z]*)\b)")
_STAGE_CUT = re.compile(r"(?<=[.!?])\s+(" + _STAGE_WORDS + r")(?=\s+[A-Z\"\u201c])")
_CAMEL_HINT = re.compile(r"[.!?][\"'\u201d\u2019]?\s+[ie][A-Z]")  # cheap test before _CAMEL_CUT
_CAMEL_CUT = re.compile(r"(?<=[a-z0-9)])[.!?][\"'\u201d\u2019]?(?=\s+[ie][A-Z][a-z])")
_LEADING_STAGE = re.compile(r"(" + _STAGE_WORDS + r")\s+(?=[A-Z\"\u201c])")
#: words that open a sentence after an ellipsis ("We tried... Then we gave up."); a name may
#: not ("the plan... Ortiz disagreed" stays one), so names are left alone
_ELLIPSIS_OPENERS = frozenset(
    "i you we they he she it this that these those there then now so no yes nobody nothing everyone everybody "
    "what why how when where who if but and or yet still maybe perhaps instead meanwhile later finally well oh "
    "okay ok my our your his her their its a an the in on at after before not one some many".split()
)

try:  # nltk >= 3.10 wraps every regex in nltk.redos.TimedPattern: the ``regex`` engine under a time limit
    from nltk import redos as _redos
except ImportError:  # pragma: no cover - older nltk compiles Punkt's patterns with ``re``, untimed
    _redos = None


def _untimed(rx: Any) -> Any:
    """One of nltk's own Punkt patterns without nltk's time limit: the same compiled
    pattern (:func:`nltk.redos.compile` re-wraps it), so the same matches."""
    if _redos is not None and isinstance(rx, _redos.TimedPattern):
        return _redos.compile(rx, timeout=None)
    return rx


class _LanguageVars(PunktLanguageVars):
    """nltk's English Punkt variables, with its patterns free of nltk's time limit.

    nltk 3.10 runs them through :mod:`nltk.redos`, whose wall-clock limit (5 s) covers a
    whole ``finditer`` of the period-context scan over a block *including* the Python work
    Punkt does between matches, so a long paragraph dense in periods ("a. a. a. ...",
    "B. C. D. ...") raised ``TimeoutError`` although the work is linear; the limit also makes
    every small match about 2.5 times slower. The patterns are nltk's fixed ones (no nested
    quantifier, linear in the input), compiled once by nltk with the same engine, so the
    matches and the sentences are unchanged.

    >>> _LanguageVars().period_context_re().pattern == PunktLanguageVars().period_context_re().pattern
    True
    """

    __slots__ = ("_untimed_period_context", "_untimed_word_tokenizer")

    re_boundary_realignment = _untimed(PunktLanguageVars.re_boundary_realignment)

    def period_context_re(self) -> Any:
        try:
            return self._untimed_period_context
        except AttributeError:
            self._untimed_period_context: Any = _untimed(super().period_context_re())
            return self._untimed_period_context

    def _word_tokenizer_re(self) -> Any:
        try:
            return self._untimed_word_tokenizer
        except AttributeError:
            self._untimed_word_tokenizer: Any = _untimed(super()._word_tokenizer_re())
            return self._untimed_word_tokenizer


class _Token(PunktToken):
    """nltk's Punkt token, its patterns free of nltk's time limit (see :class:`_LanguageVars`)."""

    __slots__ = ()

    _RE_ELLIPSIS = _untimed(PunktToken._RE_ELLIPSIS)
    _RE_NUMERIC = _untimed(PunktToken._RE_NUMERIC)
    _RE_INITIAL = _untimed(PunktToken._RE_INITIAL)
    _RE_ALPHA = _untimed(PunktToken._RE_ALPHA)
    _RE_NON_PUNCT = _untimed(_punkt._re_non_punct)

    @property
    def is_non_punct(self) -> Any:
        """True if the token is either a number or is alphabetic (nltk's, untimed)."""
        return self._RE_NON_PUNCT.search(self.type)


class _Punkt(PunktSentenceTokenizer):
    """nltk's Punkt tokenizer with its decision on each candidate boundary memoised.

    Punkt decides every period, ``?`` or ``!`` from a short context (the word before, the
    mark, the next token) by tokenising and annotating that context again, about 20 µs a
    time. The decision depends on the context and the fixed parameters only, so it is
    cached per context string: text that repeats a few patterns ("B. C. D. ...", boilerplate)
    costs a dictionary look-up per period; other text is unchanged.
    """

    _CACHE_SIZE = 1 << 14  # contexts kept (at most a few MB); the cache is emptied when full
    _CACHE_KEY_CHARS = 80  # longer contexts (giant tokens) are not kept

    def __init__(self, params: PunktParameters) -> None:
        super().__init__(params, lang_vars=_LanguageVars(), token_cls=_Token)
        self._sentbreak: dict[str, bool] = {}

    def text_contains_sentbreak(self, text: str) -> bool:
        found = self._sentbreak.get(text)
        if found is None:
            found = bool(super().text_contains_sentbreak(text))
            if len(text) <= self._CACHE_KEY_CHARS:
                if len(self._sentbreak) >= self._CACHE_SIZE:
                    self._sentbreak.clear()
                self._sentbreak[text] = found
        return found


def _blocks(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into trimmed blocks at blank lines and line-final boundaries.

    ``"Headline\\nBody one. Body two."`` gives two blocks: the headline and the body.
    """
    blocks: list[tuple[int, int]] = []
    cur_start = -1
    cur_end = -1
    prev_line = ""
    pos = 0
    for m in _LINE.finditer(text):
        line = m.group()
        if not line:
            break
        start = pos
        pos += len(line)
        stripped = line.strip()
        if not stripped:
            if cur_start >= 0:
                blocks.append((cur_start, cur_end))
                cur_start = -1
            prev_line = ""
            continue
        lead = len(line) - len(line.lstrip())
        line_start = start + lead
        line_end = start + len(line.rstrip())
        prev_word = prev_line.rsplit(None, 1)[-1].lower() if prev_line else ""
        # a line ending in a comma or semicolon runs on, unless the semicolon follows a
        # question or exclamation mark that already closed it ("Ready for A vs. B?;")
        wrapped = (
            prev_word in _WRAP_WORDS
            or prev_line[-1:] == ","
            or (prev_line[-1:] == ";" and prev_line[-2:-1] not in ("?", "!"))
            or _LOWER_WORD.match(stripped)
        )
        if cur_start >= 0 and not wrapped:
            blocks.append((cur_start, cur_end))
            cur_start = -1
        if cur_start < 0:
            cur_start = line_start
        cur_end = line_end
        prev_line = stripped
    if cur_start >= 0:
        blocks.append((cur_start, cur_end))
    return blocks


class Segmenter:
    """Punkt sentence splitter built from the packaged parameter lists.

    Parameters
    ----------
    abbreviations, sentence_starters : iterable of str, optional
        Lower-case abbreviation types (without the final period) and sentence
        starters. Default: the packaged lists.

    Examples
    --------
    >>> Segmenter().spans("He left.\\n\\nShe stayed.")
    [(0, 8), (10, 21)]
    """

    def __init__(self, *, abbreviations=None, sentence_starters=None, ortho_context=None) -> None:
        params = PunktParameters()
        if ortho_context is None:
            ortho_context = {}
            for line in read_wordlist("ortho_context.txt"):
                word, _, flags = line.rpartition(" ")
                ortho_context[word] = int(flags)
        for word, flags in dict(ortho_context).items():
            params.ortho_context[word] = flags
        params.abbrev_types = set(read_wordlist("abbreviations.txt") if abbreviations is None else abbreviations)
        starters = read_wordlist("sentence_starters.txt") if sentence_starters is None else sentence_starters
        params.sent_starters = set(starters)
        self.sentence_starters = frozenset(params.sent_starters)
        self._punkt = _Punkt(params)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Half-open ``(start, end)`` offsets of the sentences of ``text``."""
        out: list[tuple[int, int]] = []
        for b0, b1 in _blocks(text):
            block = text[b0:b1]
            pieces = [(b0 + s, b0 + e) for s, e in self._punkt.span_tokenize(block)]
            merged: list[tuple[int, int]] = []
            for s, e in pieces:
                if merged and (self._continues(text, merged[-1], s) or _quote_tag(text, merged[-1], s, e)):
                    merged[-1] = (merged[-1][0], e)
                else:
                    merged.append((s, e))
            for s, e in merged:
                out.extend(self._split_inside(text, s, e))
        return out

    def _split_inside(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Split one sentence where Punkt misses a boundary: after an ellipsis followed by a
        common sentence starter ("We tried... Then we gave up."), around an inline stage
        direction ("We will win. (LAUGHTER) We really will."), and before a brand in lower case
        ("He joined in 2019. iRobot hired him.")."""
        cuts: list[int] = []
        if text.find("...", start, end) >= 0 or text.find("\u2026", start, end) >= 0:
            for m in _ELLIPSIS_CUT.finditer(text, start, end):
                word = m.group(1).lower()
                if word in self.sentence_starters or word in _ELLIPSIS_OPENERS:
                    cuts.append(m.end())
        if text.find("(", start, end) >= 0:
            lead = _LEADING_STAGE.match(text, start, end)
            if lead:
                cuts.append(lead.end(1))
            for m in _STAGE_CUT.finditer(text, start, end):
                cuts.extend((m.start(1), m.end(1)))
        # "He joined in 2019. iRobot hired him.": a brand in lower case opens the sentence
        if _CAMEL_HINT.search(text, start, end):
            cuts.extend(m.end() for m in _CAMEL_CUT.finditer(text, start, end))
        if not cuts:
            return [(start, end)]
        out, s = [], start
        for c in sorted(cuts):
            e = c
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                out.append((s, e))
            s = c
            while s < end and text[s].isspace():
                s += 1
        if s < end:
            out.append((s, end))
        return out

    def _continues(self, text: str, prev: tuple[int, int], start: int) -> bool:
        """Does the piece starting at ``start`` continue the sentence ``prev``?"""
        nxt = text[start : start + 40]
        if _CONTINUATION_START.match(nxt) or _DATELINE_CREDIT.match(nxt):
            return True
        # only the tail matters (a list marker is at most 5 characters, "Nos." 4 plus a
        # boundary): slicing the whole, growing sentence here made merging quadratic
        piece = text[max(prev[0], prev[1] - 8) : prev[1]]
        if _LIST_MARK.match(piece) or (_NUMBER_ABBREV.search(piece) and nxt[:1].isdigit()):
            return True
        if _QUOTED_TITLE_END.search(piece) and nxt[:1].isupper():
            return True  # '“Mr. President, ...' is one sentence
        if _TITLE_END.search(text[max(prev[0], prev[1] - 10) : prev[1]]) and self._name_follows(nxt):
            return True  # "Lt. Gov. Sue Park": the name after a title
        if _VERSUS_END.search(piece) and "\n" not in text[prev[1] : start]:
            return True  # "Leeds vs. Hull": the next side of the contest, not a new sentence
        # "George W. Bush": a single initial is no sentence end before a name
        return bool(_INITIAL_END.search(text[max(prev[0], prev[1] - 3) : prev[1]])) and self._name_follows(nxt)

    def _name_follows(self, nxt: str) -> bool:
        """Does the text after a title or an initial open with a capitalised word that is not a
        common sentence starter (a name, not a new sentence)?"""
        m = _FIRST_WORD.match(nxt)
        return m is not None and m.group(1)[0].isupper() and m.group(1).lower() not in self.sentence_starters


#: a quotation that ends in "?" or "!" and its closing mark, at the end of a piece
_EXCLAIMED_QUOTE_END = re.compile(r"[?!][\"\u201d']\s*$")
#: a short speaker tag after it: '"Why now?" Hale asked.', '"Lock her up!" Trump tweeted.'
_SPEAKER_TAG = re.compile(
    r"(?:[A-Z][\w.'\u2019-]*\s+){1,4}(?:said|says|asked|asks|tweeted|wrote|writes|told\s+\w+|added|adds|shouted|"
    r"yelled|replied|responded|posted|exclaimed|chanted|joked|quipped|insisted|declared|warned|wondered)"
    r"(?:\s+[\w,.'\u2019-]+){0,6}?\s*[.!?]?\s*$"
)


def _quote_tag(text: str, prev: tuple[int, int], start: int, end: int) -> bool:
    """Is the piece ``text[start:end]`` only the speaker tag of a quotation that ended in "?" or
    "!" ('"Lock her up!" Trump tweeted.')? Punkt ends a sentence there; the tag belongs to it.

    >>> t = '"Why now?" Hale asked. Then she left.'
    >>> _quote_tag(t, (0, 10), 11, 22), _quote_tag(t, (11, 22), 23, 37)
    (True, False)
    """
    tail = text[max(prev[0], prev[1] - 3) : prev[1]]
    return bool(_EXCLAIMED_QUOTE_END.search(tail)) and bool(_SPEAKER_TAG.match(text, start, end))


@lru_cache(maxsize=1)
def get_segmenter() -> Segmenter:
    """The shared default :class:`Segmenter` (built once)."""
    return Segmenter()


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence offsets of ``text`` with the default segmenter."""
    return get_segmenter().spans(text)
