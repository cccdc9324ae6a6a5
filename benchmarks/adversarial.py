"""Seconds per MB of hostile text next to ordinary news text (issue 5).

Every input class is built to the same size (``--mb``, default 1 MB of UTF-8) and
timed through three stages separately:

* ``split``   the sentence splitter, :func:`sourcecheck.segment.sentence_spans`;
* ``cues``    the cue finder, :func:`sourcecheck.cues.find_cues`, on spans computed
  beforehand (not timed);
* ``analyze`` the whole :meth:`sourcecheck.Analyzer.analyze` (split, cues, features,
  model) with ``max_chars`` raised to fit.

Times are CPU seconds of this process (``time.process_time``, best of ``--repeat``),
so other work on the machine does not inflate them; BLAS is held to one thread.
The baseline is the team's corpus (``training/corpus``) analysed one article at a
time (``news``); ``news_one`` is the same text as one long article. A class fails
when its seconds per MB exceed ``--limit`` (default 3) times the news figure of the
same stage. ``--scaling`` also times the first half of each input and prints the
growth exponent ``log2(t(n) / t(n/2))``: about 1 is linear, 2 quadratic.

Usage::

    python benchmarks/adversarial.py                      # the table, 1 MB per class
    python benchmarks/adversarial.py --mb 0.25 --scaling  # quicker, with growth exponents
    python benchmarks/adversarial.py --only hedges --profile cues   # cProfile one class

Exit status 1 when a class is over the limit in the ``analyze`` stage (or in the
stages named by ``--gate``).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import math
import os
import pstats
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

MB = 1 << 20

_WORDS = (
    "the minister said officials police report government market claims people according city week "
    "president company sources analysts reportedly could may likely vote budget fire court told added "
    "warned statement data year percent spokesman agency council attack troops border inflation"
).split()
_CAPS = (
    "Washington Ministry Reuters Kyiv Senate Lopez Maria Pentagon Council Officials Police Sources "
    "Experts Brussels Tuesday Agency Committee Governor Petrov Alvarez Nakamura Commission Harbour"
).split()

Unit = Callable[[random.Random], str]


def _fill(unit: Unit, size: int, seed: int = 0) -> str:
    """Concatenate ``unit(rng)`` pieces until the text reaches ``size`` UTF-8 bytes."""
    rng = random.Random(seed)
    parts: list[str] = []
    n = 0
    while n < size:
        p = unit(rng)
        parts.append(p)
        n += len(p.encode("utf-8"))
    return "".join(parts)


def news_articles(size: int) -> list[str]:
    """The corpus articles (compiled plain text), repeated until ``size`` bytes."""
    if str(ROOT / "training") not in sys.path:
        sys.path.insert(0, str(ROOT / "training"))
    from corpus_tool import read_corpus

    texts = [a.text for a in read_corpus(ROOT / "training" / "corpus")]
    out: list[str] = []
    n = k = 0
    while n < size:
        t = texts[k % len(texts)]
        out.append(t)
        n += len(t.encode("utf-8"))
        k += 1
    return out


def _pick(*options: str) -> Unit:
    return lambda r: r.choice(options)


def _word(words: list[str], before: str = "", after: str = " ") -> Unit:
    return lambda r: before + r.choice(words) + after


def _initial(letters: str) -> Unit:
    return lambda r: r.choice(letters) + ". "


def _numbered(r: random.Random) -> str:
    return f"No. {r.randint(1, 99)} "


def _byline_name(r: random.Random) -> str:
    return r.choice(_CAPS) + "-" + r.choice(_CAPS) + " "


def _control_word(r: random.Random) -> str:
    return r.choice(_WORDS) + r.choice("\x00\x07\x1b\u2028\ufeff\x0c\r ")


def _unicode_word(r: random.Random) -> str:
    blocks = [(0x20, 0x2FF), (0x590, 0x6FF), (0x4E00, 0x4FFF), (0x1F300, 0x1F5FF)]
    word = "".join(chr(r.randint(*r.choice(blocks))) for _ in range(8))
    return word + r.choice([" ", ". ", "\n", "“"])


#: name -> (what the input is, the unit repeated up to the size asked)
UNITS: dict[str, tuple[str, Unit]] = {
    "no_punct": ("lower-case words, no punctuation, no line break", _word(_WORDS)),
    "caps_words": ("capitalised words only, one line", _word(_CAPS)),
    "open_quotes": ("“ opened and never closed before each clause", _word(_WORDS, "“", " said ")),
    "straight_quotes": ('" before every word', _word(_WORDS, '"')),
    "dots": ('"a.a.a.a..." one token', _pick("a.")),
    "dot_words": ('"word. word." lower-case after each period', _word(_WORDS, "", ". ")),
    "initials": ('"A. B. C. ..." capital initials', _initial("ABCDEFGHJKLMNPRSTW")),
    "initials_chain": ('"B. C. D. ..." initials that never end a sentence', _initial("BCDFGHJKLMNPRSTW")),
    "abbrevs": ('"U.S. Sen. Jan. a.m. No. 5" only', _pick("U.S. ", "Sen. ", "Jan. ", "a.m. ", "No. 5 ", "Gov. ")),
    "numbers": ('"No. 5 No. 6 ..." numbered items', _numbered),
    "spaces": ("words between runs of 10,000 spaces", _word(_WORDS, "", " " * 10_000)),
    "newlines": ("a capitalised word on each line", _word(_CAPS, "", "\n")),
    "blank_lines": ("a short sentence between 200 blank lines", _word(_CAPS, "", " said." + "\n" * 200)),
    "colons": ("capitalised words and colons, one line", _word(_CAPS, "", ": ")),
    "said": ('"said" repeated, one sentence', _pick("said ", "Lopez said ", "officials said ")),
    "parens": ("parentheses 50 deep around each word", _word(_WORDS, "(" * 50, ")" * 50 + " ")),
    "bangs": ('!" repeated with no space', _pick('!"')),
    "hedges": ("hedge words only, one sentence", _pick("may ", "possibly ", "likely ", "perhaps ", "about 5 ")),
    "agentless_said": ('"reportedly" and "said" alternating', _pick("officials reportedly said ", "allegedly ")),
    "status_said": (
        "no-comment phrases between reporting verbs",
        _pick("could not be reached and ", "officials said ", "declined to comment while "),
    ),
    "sources": (
        "anonymous and observation sources, one sentence",
        _pick("people familiar with the matter ", "a reporter saw ", "a close friend ", "sources said "),
    ),
    "relatives": (
        "restrictive relative speakers, one sentence",
        _pick("a driver who said ", "an architect who says ", "callers to the station who said ", "who told "),
    ),
    "doubled_quotes": ("typewriter quotation marks between words", _word(_WORDS, "''", " ``")),
    "control": ("NUL, BEL, ESC, U+2028, BOM, FF, CR between words", _control_word),
    "unicode": ("random code points: Latin, Hebrew/Arabic, CJK, emoji", _unicode_word),
}


def build_classes(size: int) -> dict[str, tuple[str, str | list[str]]]:
    """``name -> (description, text or list of article texts)``, each about ``size`` bytes."""
    news = news_articles(size)
    one = "\n\n".join(news)
    half = size // 2
    c: dict[str, tuple[str, str | list[str]]] = {
        "news": ("corpus articles, one at a time (baseline)", news),
        "news_one": ("the corpus as one long article", one),
        "long_line": ("the corpus on a single line (no line breaks)", " ".join(one.split())),
    }
    for name, (desc, unit) in UNITS.items():
        c[name] = (desc, _fill(unit, size))
    c["all_spaces"] = ("one run of spaces between two words", "Police" + " " * size + "said.")
    c["deep_parens"] = ("one nest of parentheses, half the size deep", "(" * half + "x" + ")" * half)
    c["long_token"] = ("one word the whole size long", "x" * size)
    c["byline"] = ('"By Ann-Lee Bo-Ra ..." one byline-like sentence', "By " + _fill(_byline_name, size) + "x")
    return c


def _texts(data: str | list[str]) -> list[str]:
    return data if isinstance(data, list) else [data]


def _stage(stage: str, max_chars: int) -> Callable[[list[str]], Callable[[], object]]:
    """``prepare(texts) -> run()``: untimed preparation, then the timed call."""
    import sourcecheck
    from sourcecheck.cues import find_cues
    from sourcecheck.segment import sentence_spans

    if stage == "split":
        return lambda texts: lambda: [sentence_spans(t) for t in texts]
    if stage == "cues":

        def prep_cues(texts: list[str]) -> Callable[[], object]:
            spans = [sentence_spans(t) for t in texts]
            return lambda: [find_cues(t, s) for t, s in zip(texts, spans)]

        return prep_cues
    if stage == "analyze":
        an = sourcecheck.Analyzer(max_chars=max_chars)
        an.analyze("Warm-up. Police said so.")
        return lambda texts: lambda: [an.analyze(t) for t in texts]
    raise SystemExit(f"unknown stage {stage!r}; expected split, cues or analyze")


def _time(run: Callable[[], object], repeat: int) -> float:
    best = math.inf
    for _ in range(repeat):
        gc.collect()
        t0 = time.process_time()
        run()
        best = min(best, time.process_time() - t0)
    return best


def _size(data: str | list[str]) -> int:
    return sum(len(t.encode("utf-8")) for t in _texts(data))


def _half(data: str | list[str]) -> str | list[str]:
    if isinstance(data, list):
        return data[: max(1, len(data) // 2)]
    return data[: len(data) // 2]


def main(argv: list[str] | None = None) -> int:
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")  # before numpy is imported: CPU time of one thread
    sys.path.insert(0, str(ROOT))  # this checkout's sourcecheck, installed or not
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0, help="size of each input in MB (default 1)")
    ap.add_argument("--only", default="", help="comma-separated class names (default: all)")
    ap.add_argument("--stages", default="split,cues,analyze", help="comma-separated: split, cues, analyze")
    ap.add_argument("--limit", type=float, default=3.0, help="allowed ratio to news per MB (default 3)")
    ap.add_argument("--gate", default="analyze", help="stages whose ratio sets the exit status (default analyze)")
    ap.add_argument("--repeat", type=int, default=1, help="best of this many runs (default 1)")
    ap.add_argument("--scaling", action="store_true", help="also time half-size inputs and print the exponent")
    ap.add_argument("--profile", default="", help="cProfile this stage for the --only classes; print the top 15")
    ap.add_argument(
        "--no-nltk-timeout",
        action="store_true",
        help="lift nltk's 5 s wall-clock limit on each regex scan (nltk.redos.DEFAULT_TIMEOUT = None)",
    )
    args = ap.parse_args(argv)
    if args.no_nltk_timeout:
        import nltk.redos

        nltk.redos.DEFAULT_TIMEOUT = None

    size = int(args.mb * MB)
    classes = build_classes(size)
    wanted = [c for c in args.only.split(",") if c] or list(classes)
    unknown = set(wanted) - set(classes)
    if unknown:
        ap.error(f"unknown class {sorted(unknown)}; expected any of {', '.join(classes)}")
    stages = [s for s in args.stages.split(",") if s]
    prepare = {s: _stage(s, 4 * size + 100) for s in set(stages) | ({args.profile} - {""})}

    if args.profile:
        for name in wanted:
            run = prepare[args.profile](_texts(classes[name][1]))
            prof = cProfile.Profile()
            prof.runcall(run)
            buf = io.StringIO()
            pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(15)
            print(f"== {name} / {args.profile}\n{buf.getvalue()}")
        return 0

    if "news" not in wanted:
        wanted.insert(0, "news")
    results: dict[str, dict[str, tuple[float, float | None]]] = {}
    failures: dict[tuple[str, str], str] = {}
    for name in wanted:
        data = classes[name][1]
        mb = _size(data) / MB
        row: dict[str, tuple[float, float | None]] = {}
        for s in stages:
            try:
                t = _time(prepare[s](_texts(data)), args.repeat)
            except Exception as e:  # report it in the table: a crash is a finding too
                failures[name, s] = type(e).__name__
                row[s] = (math.nan, None)
                continue
            expo = None
            if args.scaling:
                th = _time(prepare[s](_texts(_half(data))), args.repeat)
                expo = math.log2(t / th) if th > 0 and t > 0 else None
            row[s] = (t / mb, expo)
        results[name] = row
        cells = "  ".join(f"{s} {failures.get((name, s)) or format(row[s][0], '7.3f')}" for s in stages)
        print(f"  {name:16} {mb:5.2f} MB  s/MB: {cells}", file=sys.stderr, flush=True)

    base = results["news"]
    head = "| class | input | " + " | ".join(f"{s} s/MB | x news" for s in stages)
    if args.scaling:
        head += " | " + " | ".join(f"{s} exponent" for s in stages)
    print(head + " |")
    print("|" + "---|" * head.count("|"))
    over = []
    gate = {g for g in args.gate.split(",") if g}
    for name in wanted:
        row = results[name]
        cells = []
        for s in stages:
            if (name, s) in failures:
                if s in gate:
                    over.append(f"{name}/{s} raised {failures[name, s]}")
                cells.append(f"raised {failures[name, s]} | -")
                continue
            ratio = row[s][0] / base[s][0] if base[s][0] > 0 else math.inf
            if ratio > args.limit and s in gate:
                over.append(f"{name}/{s} {ratio:.1f}x")
            cells.append(f"{row[s][0]:.3f} | {ratio:.2f}")
        if args.scaling:
            cells += ["-" if row[s][1] is None else f"{row[s][1]:.2f}" for s in stages]
        print(f"| {name} | {classes[name][0]} | " + " | ".join(cells) + " |")
    print(f"\nsize {args.mb:g} MB per class; CPU seconds per MB, best of {args.repeat}")
    if over:
        print(f"over the {args.limit:g}x limit: {', '.join(over)}")
        return 1
    gated = sorted(gate & set(stages))
    if gated:
        print(f"every class within {args.limit:g}x of news text per MB in: {', '.join(gated)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
