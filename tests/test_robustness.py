"""Issue 5: hostile input, pathological text and tampered models.

Every bad input is a row of a table with what it must give: the decoded text, or an
error that names the file. The linear-time rewrites of the cue finder and the
splitter are checked against the plain (quadratic) definitions they replaced.
"""

from __future__ import annotations

import codecs
import gzip
import json
import math
import random
import shutil
import warnings
from pathlib import Path

import pytest
from _scriptload import load_script

import sourcecheck
from sourcecheck import LABELS, ModelCardError
from sourcecheck.batch import (
    InputError,
    InputWarning,
    decode_bytes,
    looks_like_html,
    read_article,
    score_files,
    strip_html,
)
from sourcecheck.cli import main as cli_main
from sourcecheck.cues import (
    _SINGLE_QUOTES,
    _dedupe,
    _quotes_between,
    _token_flags,
    _with_single_quotes,
    find_cues,
    quote_spans,
    tokenize,
)
from sourcecheck.model import default_model_path, load_model
from sourcecheck.segment import sentence_spans

ROOT = Path(__file__).resolve().parents[1]

# ----------------------------------------------------------------------------- files: decoding

OK_FILES = [
    # (id, bytes, read_article keyword arguments, expected text)
    ("empty", b"", {}, ""),
    ("ascii", b"Police said so.", {}, "Police said so."),
    ("utf8-bom", codecs.BOM_UTF8 + "Café said.".encode(), {}, "Café said."),
    ("utf16-le-bom", codecs.BOM_UTF16_LE + "Café said.".encode("utf-16-le"), {}, "Café said."),
    ("utf16-be-bom", codecs.BOM_UTF16_BE + "Café said.".encode("utf-16-be"), {}, "Café said."),
    ("utf32-le-bom", codecs.BOM_UTF32_LE + "Café said.".encode("utf-32-le"), {}, "Café said."),
    ("utf32-be-bom", codecs.BOM_UTF32_BE + "Café said.".encode("utf-32-be"), {}, "Café said."),
    ("crlf-kept", b"One said.\r\nTwo said.\r\n", {}, "One said.\r\nTwo said.\r\n"),
    ("lone-cr-kept", b"One said.\rTwo said.", {}, "One said.\rTwo said."),
    ("control-chars-kept", b"Police\x07 said \x1b[31mso\x1b[0m.\x0c", {}, "Police\x07 said \x1b[31mso\x1b[0m.\x0c"),
    ("nul-after-8k-kept", b"a" * 9000 + b"\x00 said.", {}, "a" * 9000 + "\x00 said."),
    ("unicode-separators", "One.\u2028Two.\u2029Three\u200b.".encode(), {}, "One.\u2028Two.\u2029Three\u200b."),
    ("one-tag-is-not-html", b"Use <b> to make text bold, he said.", {}, "Use <b> to make text bold, he said."),
    ("latin1-explicit", b"caf\xe9 said", {"encoding": "latin-1"}, "café said"),
    ("cp1252-explicit", b"\x93Hi,\x94 he said.", {"encoding": "cp1252"}, "“Hi,” he said."),
    ("utf16-no-bom-explicit", "Hi there.".encode("utf-16-le"), {"encoding": "utf-16-le"}, "Hi there."),
    ("replace-explicit", b"caf\xff said", {"encoding": "utf-8", "errors": "replace"}, "caf\ufffd said"),
    ("html-kept-on-request", b"<p>A.</p><p>B.</p>", {"html": "keep"}, "<p>A.</p><p>B.</p>"),
]

BAD_FILES = [
    # (id, bytes, read_article keyword arguments, parts the message must contain besides the file name)
    ("latin1", b"caf\xe9 au lait", {}, ["as UTF-8 at byte 3: invalid continuation byte", "pass --encoding"]),
    ("cp1252-quotes", b"\x93Hi\x94", {}, ["as UTF-8 at byte 0: invalid start byte"]),
    ("utf8-bom-then-bad", codecs.BOM_UTF8 + b"ab\xff", {}, ["as UTF-8 at byte 5"]),
    ("truncated-utf8", b"caf\xc3", {}, ["as UTF-8 at byte 3: unexpected end of data"]),
    ("encoded-surrogate", b"ok \xed\xa0\x80", {}, ["as UTF-8 at byte 3"]),
    ("overlong", b"\xc0\xaf", {}, ["as UTF-8 at byte 0"]),
    ("utf16-odd-length", codecs.BOM_UTF16_LE + b"a\x00b", {}, ["as UTF-16 at byte 4: truncated data"]),
    ("utf16-no-bom", "Hi there.".encode("utf-16-le"), {}, ["contains NUL bytes", "the first is at byte 1"]),
    ("nul-binary", b"\x01\x02\x00\x03", {}, ["contains NUL bytes", "the first is at byte 2"]),
    ("random-bytes", random.Random(5).randbytes(4096), {}, ["contains NUL bytes"]),
    ("control-dense", b"\x01\x02\x03\x04 hi " * 200, {}, ["looks like a binary file", "control characters"]),
    ("control-dense-latin1", b"\x01\x02\x03 \x00\x05" * 200, {"encoding": "latin-1"}, ["looks like a binary file"]),
    ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", {}, ["is a PDF, not plain text; extract its text first"]),
    ("pdf-explicit-encoding", b"%PDF-1.4\n", {"encoding": "latin-1"}, ["is a PDF"]),
    ("docx", b"PK\x03\x04\x14\x00\x06\x00word/document.xml", {}, ["is a ZIP archive (.docx"]),
    ("old-office", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", {}, ["is an old Office document"]),
    ("rtf", b"{\\rtf1\\ansi Police said so.}", {}, ["is an RTF document"]),
    ("gzip", gzip.compress(b"Police said so."), {}, ["is gzip-compressed"]),
    ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", {}, ["is a PNG image"]),
    ("jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF", {}, ["is a JPEG image"]),
    ("gif", b"GIF89a\x01\x00", {}, ["is a GIF image"]),
    ("elf", b"\x7fELF\x02\x01\x01", {}, ["is an executable (ELF)"]),
    ("exe", b"MZ\x90\x00\x03\x00", {}, ["is an executable (Windows)"]),
    ("unknown-encoding", b"x", {"encoding": "klingon"}, ["unknown encoding 'klingon' for"]),
    ("explicit-ascii-strict", b"caf\xe9", {"encoding": "ascii"}, ["as ascii at byte 3"]),
    ("html-refused", b"<!DOCTYPE html><p>Police said so.</p>", {"html": "refuse"}, ["is HTML, not plain text"]),
    ("too-large", b"x" * 101, {"max_bytes": 100}, ["is 101 bytes, more than the 100 bytes allowed"]),
]


@pytest.mark.parametrize("data,kwargs,text", [c[1:] for c in OK_FILES], ids=[c[0] for c in OK_FILES])
def test_good_files_are_read(tmp_path, data, kwargs, text):
    p = tmp_path / "in.txt"
    p.write_bytes(data)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # none of these is HTML: no warning
        assert read_article(p, **kwargs) == text


@pytest.mark.parametrize("data,kwargs,parts", [c[1:] for c in BAD_FILES], ids=[c[0] for c in BAD_FILES])
def test_bad_files_are_refused_naming_the_file(tmp_path, data, kwargs, parts):
    p = tmp_path / "dir with space" / "bad ü 名.txt"
    p.parent.mkdir()
    p.write_bytes(data)
    with pytest.raises(InputError) as e:
        read_article(p, **kwargs)
    msg = str(e.value)
    assert str(p) in msg
    for part in parts:
        assert part in msg


@pytest.mark.parametrize(
    "make,part",
    [
        (lambda d: d / "missing.txt", "No such file or directory"),
        (lambda d: d, "Is a directory"),
    ],
    ids=["missing", "directory"],
)
def test_unreadable_paths_name_the_path(tmp_path, make, part):
    p = make(tmp_path)
    with pytest.raises(InputError) as e:
        read_article(p)
    assert str(e.value) == f"cannot read {p}: {part}"


def test_unknown_html_choice_lists_the_choices():
    with pytest.raises(ValueError, match=r"unknown html choice 'drop'; expected one of strip, refuse, keep"):
        decode_bytes(b"x", "a.txt", html="drop")


# ----------------------------------------------------------------------------- files: HTML

PAGE = b"""<!DOCTYPE html>
<html><head><title>Ignored title</title><style>p { color: red }</style>
<script>var s = "<p>not text</p>";</script></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Port reopens after fire</h1>
<p>The port   reopened on Tuesday,
the harbour authority said.</p><!-- ad slot -->
<p>&ldquo;We are back,&rdquo; said Ana&nbsp;Ruiz &amp; colleagues.<br>Ships queued.</p>
<ul><li>One</li><li>Two</li></ul></article>
<form><button>Subscribe</button></form></body></html>"""
PAGE_TEXT = (
    "Port reopens after fire\n\n"
    "The port reopened on Tuesday, the harbour authority said.\n\n"
    "“We are back,” said Ana Ruiz & colleagues.\nShips queued.\n\n"
    "One\n\nTwo"
)


def test_html_page_is_stripped_with_a_warning_naming_the_file(tmp_path):
    p = tmp_path / "page.txt"
    p.write_bytes(PAGE)
    with pytest.warns(InputWarning) as rec:
        text = read_article(p)
    assert text == PAGE_TEXT
    assert [str(w.message) for w in rec] == [f"{p} is HTML: its tags were removed and the text between them scored"]


STRIP_CASES = [
    # (id, html, text)
    ("fragment", "<p>One.</p><p>Two &amp; three.</p>", "One.\n\nTwo & three."),
    ("inline-tags-join", "<p>Po<b>lice</b> <i>said</i> so.</p>", "Police said so."),
    ("uppercase-tags", "<P>One.</P><SCRIPT>x()</SCRIPT><DIV>Two.</DIV>", "One.\n\nTwo."),
    ("self-closing-script", "<p>A.</p><script src='x.js'/><p>B.</p>", "A.\n\nB."),
    ("attribute-with-gt", '<p title="a>b">Text.</p>', 'b">Text.'),
    ("unclosed-comment", "<p>Kept.</p><!-- never closed <p>Dropped.</p>", "Kept."),
    ("unclosed-script", "<p>Kept.</p><script>never closed", "Kept."),
    ("stray-lt", "<p>3 < 4 and 5 <6.</p>", "3 < 4 and 5 <6."),
    ("tag-without-gt", "<p>Kept.</p><a href='x' Dropped? no: kept", "Kept.\n\n<a href='x' Dropped? no: kept"),
    ("bogus-close", "<p>A.</p></ 3>B.", "A.\n\nB."),
    ("cdata-and-pi", "<?xml version='1.0'?><p>A.</p><![CDATA[x]]>B.", "A.\n\nB."),
    ("numeric-entities", "<p>&#8220;Hi&#x201d; &#0; &bogus;</p>", "“Hi” \ufffd &bogus;"),
    ("dotted-i-before-tags", "<p>İstanbul İİ</p><script>bad()</script><p>Good.</p>", "İstanbul İİ\n\nGood."),
    ("only-markup", "<div><span></span><br/></div>", ""),
]


@pytest.mark.parametrize("markup,text", [c[1:] for c in STRIP_CASES], ids=[c[0] for c in STRIP_CASES])
def test_strip_html(markup, text):
    assert strip_html(markup) == text


@pytest.mark.parametrize(
    "text,is_html",
    [
        ("<!doctype html><title>x</title>", True),
        ("\n\n  <HTML lang=en>", True),
        ("<body>Text", True),
        ("<p>A</p><p>B</p>", True),  # four common tags
        ("<p>A</p> and <b>B", False),  # three
        ("Use <b> for bold and <i> for italics.", False),
        ("if a<b and c>d: print(x)", False),
        ("<notatag> <foo> <bar> <baz>", False),
        ("The <html> element is the root of a page.", False),  # not at the start
    ],
)
def test_looks_like_html(text, is_html):
    assert looks_like_html(text) is is_html


@pytest.mark.parametrize(
    "markup",
    ["<" * 200_000, "<a " * 70_000, "<!--" * 50_000, "</" * 100_000, "<!" * 100_000, "<p>" * 70_000],
    ids=["lt", "open-tags", "comments", "close-slashes", "declarations", "paragraphs"],
)
def test_strip_html_survives_malformed_markup(markup):
    """Inputs that make html.parser (Python 3.11) quadratic; here each finishes with a
    sensible result (the benchmark times them)."""
    out = strip_html(markup)
    assert set(out) <= set("<a ")


def test_batch_records_the_html_warning(tmp_path):
    (tmp_path / "a.txt").write_bytes(PAGE)
    (tmp_path / "b.txt").write_text("Police said the road is closed.", encoding="utf-8")
    res = list(score_files(sorted(tmp_path.iterdir())))
    assert [r.error for r in res] == [None, None]
    assert res[0].warnings == (f"{tmp_path / 'a.txt'} is HTML: its tags were removed and the text between them scored",)
    assert res[0].analysis.text == PAGE_TEXT
    assert res[1].warnings == ()


# ----------------------------------------------------------------------------- the command line on a bad folder


def _jsonl(path: Path) -> list[dict]:
    # split at "\n" only: JSON keeps U+2028, U+2029 and U+0085 raw, and str.splitlines() breaks there
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]


def _bad_folder(root: Path) -> dict[str, str]:
    """Write every bad file of the table plus good ones; return name -> expected reason part."""
    root.mkdir()
    expected = {}
    for case_id, data, kwargs, parts in BAD_FILES:
        if kwargs:
            continue  # the command line passes no keyword arguments but --encoding
        (root / f"{case_id}.txt").write_bytes(data)
        expected[f"{case_id}.txt"] = parts[0]
    for case_id, data, kwargs, _ in OK_FILES:
        if not kwargs:
            (root / f"ok-{case_id}.txt").write_bytes(data)
    (root / "ok-page.txt").write_bytes(PAGE)
    return expected


def test_score_reports_every_bad_file_and_scores_the_rest(tmp_path):
    expected = _bad_folder(tmp_path / "in")
    out = tmp_path / "out"
    assert cli_main(["score", str(tmp_path / "in"), "--out", str(out), "--quiet"]) == 1
    errs = _jsonl(out / "errors.jsonl")
    assert sorted(e["path"] for e in errs) == sorted(expected)
    for e in errs:
        assert str(tmp_path / "in" / e["path"]) in e["reason"]
        assert expected[e["path"]] in e["reason"]
    scored = [r["path"] for r in _jsonl(out / "sentences.jsonl")]
    assert "ok-page.txt" in scored and "ok-control-chars-kept.txt" in scored
    assert not set(scored) & set(expected)


def test_score_with_encoding_reads_what_utf8_refuses(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "latin1.txt").write_bytes(b"The caf\xe9 owner said the road is closed.")
    (d / "pdf.txt").write_bytes(b"%PDF-1.4\nbinary")
    out = tmp_path / "out"
    assert cli_main(["score", str(d), "--out", str(out), "--quiet"]) == 1
    assert cli_main(["score", str(d), "--out", str(out), "--quiet", "--encoding", "latin-1"]) == 1
    rows = _jsonl(out / "sentences.jsonl")
    assert [r["text"] for r in rows] == ["The café owner said the road is closed."]
    errs = _jsonl(out / "errors.jsonl")
    assert [e["path"] for e in errs] == ["pdf.txt"]
    assert "is a PDF" in errs[0]["reason"]


def test_score_survives_line_separators_in_the_text(tmp_path):
    """Issue 5: cli.py read its JSON-lines logs back with str.splitlines(), which also breaks
    at U+2028, U+2029 and U+0085 (json.dumps(ensure_ascii=False) leaves them raw)."""
    d = tmp_path / "in"
    d.mkdir()
    text = "Police said\u2028the road is closed. They\u2029left.\n\nThen\x85it rained."
    (d / "a.txt").write_text(text, encoding="utf-8")
    assert cli_main(["score", str(d), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    rows = _jsonl(tmp_path / "out" / "sentences.jsonl")
    assert [r["text"] for r in rows] == [text[a:b] for a, b in sentence_spans(text)]
    assert any("\u2028" in r["text"] for r in rows)


# ----------------------------------------------------------------------------- analyze on strange strings


def check_invariants(text: str, a: sourcecheck.Analysis) -> None:
    """The contract of STYLE.md: offsets, order, labels, probabilities, cue spans."""
    assert a.text == text
    prev_end = 0
    for s in a.sentences:
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        assert s.start >= prev_end
        prev_end = s.end
        assert s.label in LABELS
        assert set(s.probabilities) == set(LABELS)
        assert math.isclose(sum(s.probabilities.values()), 1.0, abs_tol=1e-9)
        assert all(0.0 <= p <= 1.0 for p in s.probabilities.values())
        assert (s.score is None) == (s.label == "not_a_claim")
        if s.score is not None:
            assert 0.0 <= s.score <= 1.0
        for c in s.cues:
            assert s.start <= c.start < c.end <= s.end
            assert text[c.start : c.end] == c.text


STRANGE = [
    ("nul", "Police said\x00 the fire\x00\x00 was out."),
    ("c0-controls", "".join(chr(c) for c in range(32)) + " Police said so."),
    ("c1-controls", "Police\x85 said\x9b so.\x9c"),
    ("lone-surrogates", "\ud800 said the man. \udfff Police said so."),
    ("bom-inside", "\ufeffPolice said so.\ufeff \ufeffThey left."),
    ("line-separators", "Police said so.\u2028They left.\u2029Then it rained."),
    ("zero-width", "Pol\u200bice sa\u200did so.\u2060 “It\u200d is out,” he said."),
    ("combining", "Poli\u0301ce\u0308 said so. Ca\u0327fe\u0301 owner said."),
    ("rtl-and-cjk", "قال المتحدث إن الطريق مغلق. 警方表示道路已关闭。 Police said so."),
    ("emoji", "🔥 Police said 🚒 the fire was out 👍🏽. 👨‍👩‍👧 They left."),
    ("only-punctuation", ".... ?!?! “”‘’ ((((  )))) :::: ----"),
    ("only-quotes", "“" * 500 + '"' * 501),
    ("dots-everywhere", "a." * 2000),
    ("long-word", "x" * 100_000 + " said the man."),
    ("cr-only", "Police said so.\rThey left.\r\rThen it rained."),
    ("tabs-and-formfeeds", "Police\tsaid\tso.\x0c\x0bThey\tleft."),
    ("fullwidth", "Ｐｏｌｉｃｅ ｓａｉｄ ｓｏ． Ｔｈｅｙ ｌｅｆｔ．"),
    ("html-in-text", '<script>alert("x")</script> <p onclick="x()">Police</p> said so.'),
    ("nested-parens", "(" * 3000 + "Police said so." + ")" * 3000),
    ("many-said", "Police said " * 2000),
]


@pytest.mark.parametrize("text", [c[1] for c in STRANGE], ids=[c[0] for c in STRANGE])
def test_analyze_never_crashes_on_strange_text(text):
    check_invariants(text, sourcecheck.analyze(text))


def test_max_chars_refuses_longer_text_only():
    an = sourcecheck.Analyzer(max_chars=20)
    assert len(an.analyze("x" * 20).sentences) == 1
    with pytest.raises(ValueError, match=r"article of 21 characters is longer than max_chars=20; raise"):
        an.analyze("x" * 21)


BENCH = load_script("adversarial_bench", "benchmarks/adversarial.py")


@pytest.mark.parametrize("name", sorted(BENCH.UNITS))
def test_benchmark_inputs_keep_the_invariants(name):
    """Each hostile input class of the benchmark, 6 KB of it, keeps the contract."""
    text = BENCH._fill(BENCH.UNITS[name][1], 6000)
    check_invariants(text, sourcecheck.analyze(text))


def test_splitting_a_long_paragraph_does_not_hit_nltks_regex_time_limit(monkeypatch):
    """Issue 5: nltk 3.10 runs Punkt's period-context scan (nltk.redos) under a 5 s wall-clock
    limit for a whole paragraph, so a long paragraph dense in periods (~150 KB of "B. C. D.")
    raised TimeoutError; segment.py compiles that (linear) pattern without the limit."""
    import nltk.redos

    # the same failure as at 5 s on ~150 KB, scaled down: 0.01 s against ~0.1 s of work (the
    # splitter memoises Punkt's decisions, so a repetitive paragraph alone no longer takes 1 s)
    monkeypatch.setattr(nltk.redos, "DEFAULT_TIMEOUT", 0.01)
    text = BENCH._fill(BENCH.UNITS["initials_chain"][1], 40_000)
    spans = sentence_spans(text)
    assert spans and spans[0][0] == 0


def test_untimed_memoised_punkt_splits_like_nltks_own(monkeypatch):
    """Issue 5: the splitter runs nltk's Punkt patterns without nltk.redos's time limit and
    memoises Punkt's decision per boundary context; both only change the speed."""
    import nltk.redos
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from sourcecheck.segment import Segmenter

    monkeypatch.setattr(nltk.redos, "DEFAULT_TIMEOUT", None)  # the reference must not time out
    fast = Segmenter()
    plain = Segmenter()
    plain._punkt = PunktSentenceTokenizer(plain._punkt._params)
    rng = random.Random(5)
    pieces = ["A.", "b.", "U.S.", "No. 5", "Sen.", "said.", "Ab.", "“Go.”", '"Now?"', "!", "...", " ", "  ", "\n", "x"]
    texts = [(ROOT / "seeds" / "000_2370f5f62fc33515.txt").read_text(encoding="utf-8")]
    texts += [BENCH._fill(unit, 3000) for _, unit in BENCH.UNITS.values()]
    texts += [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 80))) for _ in range(300)]
    for text in texts + texts:  # twice: the second pass answers from the memo
        assert fast.spans(text) == plain.spans(text), text[:200]


# ----------------------------------------------------------------------------- the linear-time rewrites


def _dedupe_reference(spans):
    kept = []
    for a, b in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if all(b <= x or a >= y for x, y in kept):
            kept.append((a, b))
    return sorted(kept)


@pytest.mark.parametrize("seed", range(30))
def test_dedupe_equals_the_quadratic_definition(seed):
    rng = random.Random(seed)
    spans = []
    for _ in range(rng.randint(0, 40)):
        a = rng.randint(0, 30)
        spans.append((a, a + rng.randint(1, 6)))
    assert _dedupe(spans) == _dedupe_reference(spans)


def _single_quotes_reference(text, spans):
    """The first definition: every single-mark span checked against every span kept."""
    found = [m.span() for rx in _SINGLE_QUOTES for m in rx.finditer(text) if m.end() - m.start() >= 5]
    out = list(spans)
    for a, b in sorted(found):
        if not any(x < b and a < y for x, y in out):
            out.append((a, b))
    return sorted(out)


@pytest.mark.parametrize("seed", range(30))
def test_single_quotes_merge_equals_the_quadratic_definition(seed):
    rng = random.Random(seed)
    text = "".join(rng.choice(['"', "“", "”", "‘", "’", "'", "\n", " ", "ab", "cd ", "said "]) for _ in range(300))
    doubles = quote_spans(text.replace("‘", "x").replace("’", "x").replace("'", "x"))
    assert _with_single_quotes(text, doubles) == _single_quotes_reference(text, doubles)


@pytest.mark.parametrize("seed", range(30))
def test_quote_lookup_equals_a_scan_of_every_quote(seed):
    rng = random.Random(seed)
    text = "".join(rng.choice(['"', "“", "”", "\n", " ", "a", "b ", "said "]) for _ in range(300))
    quotes = quote_spans(text)
    for _ in range(20):
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert list(_quotes_between(quotes, start, end)) == [(a, b) for a, b in quotes if b > start and a < end]
        toks = tokenize(text[start:end], start)
        assert _token_flags(toks, _quotes_between(quotes, start, end)) == [
            any(a <= t.start < b for a, b in quotes) for t in toks
        ]


@pytest.mark.parametrize(
    "text,n_sentences",
    [
        ("No. 5 No. 6 No. 7 No. 8 were late.", 1),  # each "No." before a number continues
        ("George W. Bush and H. W. Bush spoke.", 1),
        ("It was B. C. D. F. G. H. J. K. Lopez.", 1),
        ("1. The first. 2. The second.", 2),
    ],
)
def test_splitter_repairs_look_at_the_tail_only(text, n_sentences):
    """Regression, issue 5: the repairs looked at the whole growing sentence (quadratic on
    "No. 5 No. 6 ..."); they need only its last 8 characters."""
    assert len(sentence_spans(text)) == n_sentences


def test_cues_of_one_huge_sentence_match_those_of_its_parts():
    """Dedupe, hedge overlap, blocked verbs and source cover now use sets; a sentence made
    of 300 copies of a clause gets 300 times the cues of one copy (same types, shifted)."""
    clause = "officials reportedly said people familiar with the matter may have declined to comment and "
    one = find_cues(clause, [(0, len(clause))])[0]
    many_text = clause * 300
    many = find_cues(many_text, [(0, len(many_text))])[0]
    kinds_one = sorted((c.kind, c.type, c.text) for c in one if c.kind != "specificity")
    kinds_many = sorted((c.kind, c.type, c.text) for c in many if c.kind != "specificity")
    assert kinds_many == sorted(kinds_one * 300)


# ----------------------------------------------------------------------------- model integrity (beyond test_model.py)


@pytest.fixture()
def model_copy(tmp_path):
    src = default_model_path()
    dst = tmp_path / "user model.joblib"
    shutil.copy(src, dst)
    shutil.copy(src.with_suffix(".json"), dst.with_suffix(".json"))
    return dst


def _edit_card(path: Path, **changes: object) -> None:
    card_path = path.with_suffix(".json")
    card = json.loads(card_path.read_text(encoding="utf-8"))
    for k, v in changes.items():
        if v is None:
            card.pop(k, None)
        else:
            card[k] = v
    card_path.write_text(json.dumps(card), encoding="utf-8")


def test_user_model_without_card_is_refused_by_analyzer(model_copy):
    model_copy.with_suffix(".json").unlink()
    with pytest.raises(ModelCardError) as e:
        sourcecheck.Analyzer(model_path=model_copy).analyze("Police said so.")
    assert str(e.value) == (
        f"model card {model_copy.with_suffix('.json')} is missing; every model file needs its .json card beside it"
    )


@pytest.mark.parametrize(
    "changes,message",
    [
        ({"model_sha256": "0" * 64}, r"match its card: SHA-256 [0-9a-f]{12}\.\.\. but the card records 000000000000"),
        ({"model_sha256": None}, r"does not match its card: .* but the card records None\.\.\."),
        ({"feature_names": ["a", "b"]}, r"was built with different feature names \(2 vs \d+\)"),
        ({"labels": list(reversed(LABELS))}, r"was trained for labels \['not_a_claim'"),
    ],
    ids=["wrong-sha", "no-sha", "feature-names", "label-order"],
)
def test_card_mismatches_are_refused_before_unpickling(model_copy, monkeypatch, changes, message):
    _edit_card(model_copy, **changes)

    def no_unpickling(*args, **kwargs):
        raise AssertionError("joblib.load ran: the file was unpickled before the card check")

    monkeypatch.setattr("sourcecheck.model.joblib.load", no_unpickling)
    with pytest.raises(ModelCardError, match=message):
        load_model(model_copy)
    with pytest.raises(ModelCardError, match=message):
        sourcecheck.Analyzer(model_path=str(model_copy)).analyze("Police said so.")


def test_card_that_is_not_json_is_refused(model_copy):
    model_copy.with_suffix(".json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelCardError, match=r"model card .*user model\.json is not valid JSON"):
        load_model(model_copy)


def test_a_model_beside_the_working_folder_is_never_picked_up(tmp_path, monkeypatch, model_copy):
    """Only the packaged model loads by default; a joblib file in the current folder,
    even with the packaged name, is not looked at."""
    planted = tmp_path / default_model_path().name
    planted.write_bytes(b"not a pickle")
    monkeypatch.chdir(tmp_path)
    an = sourcecheck.Analyzer()
    assert an.model_path is None
    assert an.analyze("Police said so.").sentences[0].label in LABELS
    assert default_model_path().parent.parent == Path(sourcecheck.__file__).parent


def test_lower_view_reads_like_the_list_of_lower_cased_words():
    """_root_may reads the sentence through a view instead of copying it for every "may" (a
    sentence of many "may"s was quadratic: benchmarks/adversarial.py, class hedges)."""
    from sourcecheck.cues import _LowerView, tokenize

    toks = tokenize("Prices May rise, Officials say; the Lease may be renewed.")
    words = [t.lower for t in toks]
    view = _LowerView(toks)
    assert len(view) == len(words)
    assert [view[k] for k in range(len(words))] == words
    assert view[2:7] == words[2:7] and view[-3:] == words[-3:] and view[5:2] == []


@pytest.mark.parametrize("seed", range(30))
def test_subordinate_check_equals_the_whole_prefix_count(seed):
    """_in_subordinate stops counting at the third word before the subordinator; it must agree
    with counting the whole prefix (which was quadratic on a sentence of many reporting verbs)."""
    from sourcecheck.cues import _CLAUSE_SUBORDINATORS, _in_subordinate

    def reference(lowers, a):
        if a >= 2 and lowers[a - 1] == "that" and lowers[a - 2] in ("given", "now", "so"):
            k = a - 2
        elif a >= 1 and lowers[a - 1] in _CLAUSE_SUBORDINATORS:
            k = a - 1
        else:
            return False
        return sum(1 for w in lowers[:k] if w[:1].isalnum()) >= 3

    rng = random.Random(seed)
    pool = ["because", "that", "given", "so", "officials", ",", "said", "the", "—", "now", "plan", ";", "although"]
    lowers = [rng.choice(pool) for _ in range(rng.randint(1, 25))]
    assert [_in_subordinate(lowers, a) for a in range(len(lowers) + 1)] == [
        reference(lowers, a) for a in range(len(lowers) + 1)
    ]
