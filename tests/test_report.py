"""The writers of sourcecheck.report: HTML (escaping, highlighting, cue marks, index, colours),
CSV cells and rows, records; Analysis._repr_html_ and Analysis.to_frame (issue 4)."""

from __future__ import annotations

import csv
import io
import itertools
import json
import math
import re
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser

import pytest

import sourcecheck
from sourcecheck.batch import ArticleResult
from sourcecheck.cues import Cue
from sourcecheck.report import (
    ARTICLE_COLUMNS,
    LABEL_BORDERS,
    LABEL_COLORS,
    LABEL_MEANINGS,
    SENTENCE_COLUMNS,
    TINT_ALPHA,
    RenderedArticle,
    article_html,
    article_record,
    csv_safe,
    csv_text,
    flat_sentence,
    folder_html,
    marked_cues,
    records_html,
    render_result,
    sentence_records,
    write_csv,
)

# ----------------------------------------------------------------------------- a small DOM

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def find_all(self, tag: str | None = None, cls: str | None = None) -> list[Node]:
        return [n for n in self.iter() if (tag is None or n.tag == tag) and (cls is None or cls in n.classes)]

    def text(self, skip_class: str | None = None) -> str:
        out = []
        for c in self.children:
            if isinstance(c, str):
                out.append(c)
            elif skip_class is None or skip_class not in c.classes:
                out.append(c.text(skip_class))
        return "".join(out)


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(Node(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return
        raise AssertionError(f"stray </{tag}>")

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def parse_html(page: str) -> Node:
    """Parse HTML into a tree; fails on a stray end tag, and on unclosed elements."""
    b = _Builder()
    b.feed(page)
    b.close()
    assert [n.tag for n in b.stack] == ["#root"], f"unclosed: {[n.tag for n in b.stack[1:]]}"
    return b.root


# ----------------------------------------------------------------------------- article_html

INJECTIONS = [
    '<script>alert("x")</script> Officials said the bridge will close.',
    "The mayor said <img src=x onerror=alert(1)> was a test & more.",
    "Police said the \"fire\" wasn't 'set'. <iframe src='https://example.com'></iframe>",
    "Analysts said prices may rise.\n\n</div></span><b>bold?</b> The company denied it.",
]


@pytest.mark.parametrize("text", INJECTIONS, ids=range(len(INJECTIONS)))
def test_article_html_escapes_and_keeps_the_text(text):
    a = sourcecheck.analyze(text)
    page = article_html(a, standalone=False)
    dom = parse_html(page)
    tags = {n.tag for n in dom.iter()} - {"#root"}
    assert tags <= {"div", "span", "b", "br", "i"}  # b/i/br only inside the tooltips
    assert not any(n.tag in ("b", "i", "br") for n in dom.find_all(cls="sc-article")[0].children if isinstance(n, Node))
    assert dom.find_all("script") == [] and dom.find_all("img") == [] and dom.find_all("iframe") == []
    # the visible text, tooltips left out, is the article exactly
    assert dom.text(skip_class="sc-tip") == text
    sents = dom.find_all("span", "sc-s")
    assert [s.attrs["data-label"] for s in sents] == [s.label for s in a.sentences]
    assert [s.text("sc-tip") for s in sents] == [s.text for s in a.sentences]
    assert [s.attrs["data-score"] for s in sents] == ["" if s.score is None else repr(s.score) for s in a.sentences]
    assert all(f"sc-{s.label}" in n.classes and n.attrs["tabindex"] == "0" for s, n in zip(a.sentences, sents))


def test_article_html_marks_source_attribution_and_hedge_spans():
    text = "Police said the fire was likely caused by faulty wiring. The rebels have reportedly seized it."
    a = sourcecheck.analyze(text)
    dom = parse_html(article_html(a, standalone=False))
    marks = dom.find_all("span", "sc-cue")
    got = {(m.text(), k.removeprefix("sc-cue-")) for m in marks for k in m.classes if k.startswith("sc-cue-")}
    assert {("Police", "source"), ("said", "attribution"), ("likely", "hedge")} <= got
    assert {("reportedly", "hedge"), ("reportedly", "attribution"), ("reportedly", "source")} <= got
    # every mark is exactly what marked_cues chose, at the cue offsets
    expected = [text[s:e] for sent in a.sentences for s, e, _ in marked_cues(sent.cues, sent.start, sent.end)]
    assert [m.text() for m in marks] == expected
    for m in marks:
        kinds = sorted(k.removeprefix("sc-cue-") for k in m.classes if k.startswith("sc-cue-"))
        assert sorted(x.split("/")[0] for x in m.attrs["data-cue"].split("; ")) == kinds


def test_tooltip_shows_label_score_and_cues():
    a = sourcecheck.analyze("Police said the fire was likely caused by faulty wiring. Where is the car?")
    dom = parse_html(article_html(a, standalone=False))
    tips = [t.text() for t in dom.find_all("span", "sc-tip")]
    assert len(tips) == len(a.sentences) == 2
    for s, tip in zip(a.sentences, tips):
        head = f"{s.label.replace('_', ' ')} · " + ("no claim" if s.score is None else f"score {s.score:.2f}")
        assert tip.startswith(head + f" · p {s.probabilities[s.label]:.2f}")
        for c in s.cues:
            if c.kind in ("source", "attribution", "hedge"):
                assert f"“{c.text}” {c.type.replace('_', ' ')}" in tip
    assert "“Police” named organization" in tips[0] or "“Police” named person" in tips[0]
    assert "no source found in the sentence" in tips[1]


C = Cue  # short for the table


@pytest.mark.parametrize(
    "cues,start,end,expected",
    [
        ([], 0, 10, []),
        # specificity and quote are never marked; out-of-sentence cues are dropped
        ([C("specificity", "date", 0, 3, "Mon"), C("quote", "direct", 0, 9, '"a b c d"')], 0, 10, []),
        ([C("source", "vague", 8, 12, "they")], 0, 10, []),
        # same span: one mark, kinds in priority order
        (
            [C("hedge", "adverb", 4, 14, "reportedly"), C("source", "vague", 4, 14, "reportedly")],
            0,
            20,
            [(4, 14, ["source", "hedge"])],
        ),
        # overlap: the source wins over the hedge, whatever the order given
        (
            [C("hedge", "modal", 0, 5, "may b"), C("source", "anonymous", 2, 9, "y be of")],
            0,
            20,
            [(2, 9, ["source"])],
        ),
        # overlap within a kind: the longer span wins; disjoint spans all stay, sorted
        (
            [
                C("attribution", "speech", 10, 14, "said"),
                C("source", "named_person", 0, 3, "Ann"),
                C("source", "named_person", 0, 8, "Ann Ross"),
            ],
            0,
            20,
            [(0, 8, ["source"]), (10, 14, ["attribution"])],
        ),
    ],
)
def test_marked_cues(cues, start, end, expected):
    got = marked_cues(cues, start, end)
    assert [(s, e, [c.kind for c in cs]) for s, e, cs in got] == expected
    # the dict form of cues gives the same marks
    got_d = marked_cues([c.to_dict() for c in cues], start, end)
    assert [(s, e, [c["kind"] for c in cs]) for s, e, cs in got_d] == expected


def test_repr_html_is_standalone_with_styles_and_legend():
    a = sourcecheck.analyze("Officials said the port reopened. <script>x</script>")
    page = a._repr_html_()
    dom = parse_html(page)
    assert len(dom.find_all("style")) == 1 and dom.find_all("script") == []
    legend = dom.find_all("div", "sc-legend")[0].text()
    for lab, meaning in LABEL_MEANINGS.items():
        assert lab in legend and meaning in legend
    assert len(dom.find_all("span", "sc-s")) == len(a.sentences)
    idx = a.sourcing_index
    assert f"sourcing index {'n/a' if idx is None else f'{idx:.2f}'}" in dom.text()


def test_records_html_rebuilds_an_article_from_records():
    a = sourcecheck.analyze("Officials said the port reopened.\n\nThe <b>mayor</b> may resign.")
    recs = sentence_records("x.txt", a)
    from_records = parse_html(records_html(json.loads(json.dumps(recs))))
    from_text = parse_html(article_html(a, standalone=False))
    assert [s.text("sc-tip") for s in from_records.find_all("span", "sc-s")] == [s.text for s in a.sentences]
    assert [t.text() for t in from_records.find_all("span", "sc-tip")] == [
        t.text() for t in from_text.find_all("span", "sc-tip")
    ]
    assert [m.text() for m in from_records.find_all("span", "sc-cue")] == [
        m.text() for m in from_text.find_all("span", "sc-cue")
    ]


# ----------------------------------------------------------------------------- folder_html


def _row(path, idx, *, title=None, publisher=None, claims=1, sentences=1):
    return {
        "path": path,
        "title": title,
        "publisher": publisher,
        "sourcing_index": idx,
        "sentences": sentences,
        "claims": claims,
        "n_unsourced": 0,
        "n_vague": 0,
        "hedged_claims": 0,
    }


def test_folder_html_index_order_escaping_and_no_network():
    rows = [
        _row("b.txt", 0.8),
        _row("none.txt", None, claims=0, sentences=0),
        _row("a.txt", 0.8, title="<b>Port</b> & 'quay'", publisher='Example "Post"'),
        _row("c<i>.txt", 0.1),
    ]
    frags = {r["path"]: f"<div class='sc-article'>{r['path'].replace('<', '&lt;')}</div>" for r in rows}
    errors = [{"path": "bad<x>.txt", "reason": "cannot decode bad<x>.txt as UTF-8 at byte 3: <oops>"}]
    page = folder_html(rows, frags, errors, title="Daily <run>")
    dom = parse_html(page)
    assert page.startswith("<!DOCTYPE html>")
    # weakest first, ties by path, articles without claims last
    links = [a.text() for a in dom.find_all("table", "sc-index")[0].find_all("a")]
    assert links == ["c<i>.txt", "<b>Port</b> & 'quay'", "b.txt", "none.txt"]
    cells = [[td.text() for td in tr.find_all("td")] for tr in dom.find_all("tbody")[0].find_all("tr")]
    assert [c[3] for c in cells] == ["0.10", "0.80", "0.80", "n/a"]
    assert cells[1][1] == "<b>Port</b> & 'quay'a.txt" and cells[1][2] == 'Example "Post"'
    sections = dom.find_all("section", "sc-doc")
    assert [s.attrs["id"] for s in sections] == ["a1", "a2", "a3", "a4"]
    assert [a.attrs["href"] for a in dom.find_all("table")[0].find_all("a")] == ["#a1", "#a2", "#a3", "#a4"]
    assert sections[0].find_all("div", "sc-article")[0].text() == "c<i>.txt"
    assert dom.find_all("title")[0].text() == "Daily <run>"
    assert [li.text() for li in dom.find_all("ul", "sc-errors")[0].find_all("li")] == [
        "bad<x>.txt: cannot decode bad<x>.txt as UTF-8 at byte 3: <oops>"
    ]
    assert {n.tag for n in dom.iter()}.isdisjoint({"script", "img", "iframe", "link", "object", "embed", "b", "x"})
    csp = [m for m in dom.find_all("meta") if m.attrs.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0].attrs["content"] and "script-src" not in csp[0].attrs["content"]
    urls = [v for n in dom.iter() for k, v in n.attrs.items() if k in ("href", "src", "action")]
    assert all(u.startswith("#") for u in urls)
    assert "1 file could not be scored" in dom.find_all("p", "sc-meta")[0].text()


def test_folder_html_from_records_matches_analysis():
    a = sourcecheck.analyze("Officials said the port reopened. It may close again, sources said.")
    b = sourcecheck.analyze("")
    rows = [article_record("a.txt", a), article_record("empty.txt", b)]
    page = folder_html(rows, sentence_records("a.txt", a) + sentence_records("empty.txt", b))
    dom = parse_html(page)
    assert len(dom.find_all("span", "sc-s")) == len(a.sentences)
    assert len(dom.find_all("section", "sc-doc")) == 2


# ----------------------------------------------------------------------------- colours


_CVD = {  # Machado, Oliveira & Fernandes (2009), severity 1.0, on linear RGB
    "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
    "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
    "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]],
}


def _linear(hex_color: str, alpha: float = 1.0) -> list[float]:
    out = []
    for i in (1, 3, 5):
        c = (alpha * int(hex_color[i : i + 2], 16) + (1 - alpha) * 255) / 255  # over white
        out.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    return out


def _lab(rgb: list[float]) -> tuple[float, float, float]:
    r, g, b = rgb
    x, y, z = (
        (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
        0.2126 * r + 0.7152 * g + 0.0722 * b,
        (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
    )

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _seen(hex_color: str, matrix, alpha: float = 1.0) -> tuple[float, float, float]:
    lin = _linear(hex_color, alpha)
    return _lab([min(1.0, max(0.0, sum(m * v for m, v in zip(row, lin)))) for row in matrix])


@pytest.mark.parametrize("vision", sorted(_CVD))
@pytest.mark.parametrize("alpha,min_delta", [(1.0, 15.0), (TINT_ALPHA, 8.0)], ids=["underline", "tint"])
def test_label_colours_stay_apart_under_colour_blindness(vision, alpha, min_delta):
    """Every pair of label colours differs by a CIE76 ΔE of at least 15 (underlines) or 8
    (background tints) after simulating each kind of dichromacy."""
    seen = {lab: _seen(c, _CVD[vision], alpha) for lab, c in LABEL_COLORS.items()}
    worst = min((math.dist(seen[a], seen[b]), a, b) for a, b in itertools.combinations(seen, 2))
    assert worst[0] >= min_delta, worst


def test_tints_keep_dark_text_readable_and_underlines_differ():
    def luminance(hex_color: str, alpha: float = 1.0) -> float:
        r, g, b = _linear(hex_color, alpha)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    for lab, col in LABEL_COLORS.items():
        ratio = (luminance(col, TINT_ALPHA) + 0.05) / (luminance("#111111") + 0.05)
        assert ratio >= 7.0, (lab, ratio)  # WCAG AAA for body text
    claim_styles = [LABEL_BORDERS[lab] for lab in ("on_record", "anonymous", "weak", "vague")]
    assert len(set(claim_styles)) == 4  # a second, colour-free signal
    assert list(LABEL_COLORS) == list(sourcecheck.LABELS)


# ----------------------------------------------------------------------------- csv and records


@pytest.mark.parametrize(
    "value,expected",
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1 said", "'+1 said"),
        ("-- the minister said", "'-- the minister said"),
        ("@user wrote", "'@user wrote"),
        ("\tindented", "'\tindented"),
        ("Officials said", "Officials said"),
        ("", ""),
        (None, ""),
        (-0.5, -0.5),
        (0, 0),
        (True, True),
    ],
)
def test_csv_safe(value, expected):
    assert csv_safe(value) == expected


def test_csv_text_is_what_write_csv_writes():
    rows = [{"a": 'He said "yes",\nthen left', "b": None}, {"a": "@x", "b": 2}]
    buf = io.StringIO(newline="")
    write_csv(buf, rows, ["a", "b"])
    assert csv_text(rows, ["a", "b"], header=True) == buf.getvalue()
    assert csv_text(rows, ["a", "b"]) == '"He said ""yes"",\nthen left",\r\n\'@x,2\r\n'
    assert csv_text([], ["a", "b"], header=True) == "a,b\r\n"


def test_write_csv_round_trips_through_the_csv_module():
    rows = [
        {"a": 'He said "yes",\nthen left', "b": None, "c": 0.25},
        {"a": "=1+1", "b": "x", "c": -1},
    ]
    buf = io.StringIO(newline="")
    assert write_csv(buf, rows, ["a", "b", "c"]) == 2
    back = list(csv.DictReader(io.StringIO(buf.getvalue(), newline="")))
    assert back == [
        {"a": 'He said "yes",\nthen left', "b": "", "c": "0.25"},
        {"a": "'=1+1", "b": "x", "c": "-1"},
    ]


def test_records_and_flat_rows():
    text = "Officials  said\nthe port   reopened. Where?"
    a = sourcecheck.analyze(text, publisher="Example Post")
    recs = sentence_records("d/x.txt", a)
    assert [(r["path"], r["sentence"]) for r in recs] == [("d/x.txt", i) for i in range(len(a.sentences))]
    for r, s in zip(recs, a.sentences):
        assert {k: v for k, v in r.items() if k not in ("path", "sentence")} == s.to_dict()
    flat = flat_sentence(recs[0])
    assert list(flat) == [c for c in SENTENCE_COLUMNS if c in flat] and set(flat) == set(SENTENCE_COLUMNS)
    assert flat["text"] == "Officials said the port reopened."
    assert flat["cues"] == "; ".join(f"{c.kind}:{c.type}:{' '.join(c.text.split())}" for c in a.sentences[0].cues)
    assert [flat[f"p_{k}"] for k in sourcecheck.LABELS] == [a.sentences[0].probabilities[k] for k in sourcecheck.LABELS]
    row = article_record("d/x.txt", a, title="T")
    summ = a.summary()
    assert list(row) == ARTICLE_COLUMNS
    assert row["publisher"] == "Example Post" and row["title"] == "T" and row["path"] == "d/x.txt"
    assert row["sourcing_index"] == summ["sourcing_index"] and row["claims"] == summ["claims"]
    assert [row[f"n_{k}"] for k in sourcecheck.LABELS] == [summ["label_counts"][k] for k in sourcecheck.LABELS]


def test_render_result_makes_strings_and_passes_failures_through():
    a = sourcecheck.analyze("Officials said the port reopened.")
    res = render_result(ArticleResult("x.txt", a, publisher="P", title="T"))
    assert res.analysis is None and isinstance(res.data, RenderedArticle)
    lines = res.data.sentence_lines.splitlines()
    assert [json.loads(x) for x in lines] == sentence_records("x.txt", a)
    assert res.data.row == article_record("x.txt", a, title="T", publisher="P")
    assert res.data.html == article_html(a, standalone=False)
    table = io.StringIO(newline="")
    write_csv(table, [flat_sentence(r) for r in sentence_records("x.txt", a)], SENTENCE_COLUMNS)
    assert res.data.csv_lines == table.getvalue().split("\r\n", 1)[1]  # the writer's rows without the header
    assert res.data.csv_lines.count("\r\n") == len(a.sentences) == 1
    failed = ArticleResult("y.txt", error="boom")
    assert render_result(failed) is failed


# ----------------------------------------------------------------------------- to_frame


def test_to_frame_without_pandas_says_how_to_install(monkeypatch):
    a = sourcecheck.analyze("Officials said the port reopened.")
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    with pytest.raises(ImportError, match=re.escape("pip install 'sourcecheck[pandas]'")):
        a.to_frame()


def test_to_frame_with_pandas():
    pytest.importorskip("pandas")
    a = sourcecheck.analyze("Officials said the port reopened. Where is the car?")
    df = a.to_frame()
    cols = ["start", "end", "text", "label", "score", *(f"p_{k}" for k in sourcecheck.LABELS)]
    assert list(df.columns) == [*cols, "attributed", "hedged", "cues"]
    assert df["text"].tolist() == [s.text for s in a.sentences]
    assert df["label"].tolist() == [s.label for s in a.sentences]
    for got, s in zip(df["score"].tolist(), a.sentences):
        assert (math.isnan(got) and s.score is None) or got == s.score
    assert str(df["score"].dtype) == "float64"
    empty = sourcecheck.analyze("").to_frame()
    assert empty.shape == (0, len(df.columns)) and list(empty.columns) == list(df.columns)
