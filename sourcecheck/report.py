"""Writers for results: JSON-lines records, CSV rows and a self-contained HTML page.

Everything taken from an article (text, cue text, file names, titles) is escaped
before it reaches HTML, so an article containing ``<script>`` displays as text; the
page also carries a Content-Security-Policy that forbids scripts and any network
fetch. The HTML needs no JavaScript: hovering a sentence, or clicking it (it takes
keyboard focus), shows its label, score and the cues behind it.

CSV cells that a spreadsheet would run as a formula (text starting with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return) get a leading ``'``; the exact
text is always in ``sentences.jsonl``.

>>> import sourcecheck
>>> page = article_html(sourcecheck.analyze("<b>Police</b> said the road is closed."))
>>> "&lt;b&gt;Police&lt;/b&gt;" in page and "<b>Police" not in page
True
"""

from __future__ import annotations

import csv
import html
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from io import StringIO
from typing import IO, TYPE_CHECKING, Any, TypeVar

from ._version import __version__

if TYPE_CHECKING:
    from .analysis import Analysis, Cue
    from .batch import ArticleResult

C = TypeVar("C", bound="Cue | Mapping[str, Any]")

__all__ = [
    "ARTICLE_COLUMNS",
    "LABEL_COLORS",
    "LABEL_MEANINGS",
    "MARKED_CUE_KINDS",
    "SENTENCE_COLUMNS",
    "TINT_ALPHA",
    "RenderedArticle",
    "article_html",
    "article_record",
    "csv_safe",
    "csv_text",
    "flat_sentence",
    "folder_html",
    "marked_cues",
    "records_html",
    "render_result",
    "sentence_html",
    "sentence_records",
    "write_csv",
    "write_folder_html",
]

#: Okabe-Ito colours (safe under protan-, deutan- and tritanopia), strongest to weakest
#: sourcing: blue, sky blue, yellow, orange, vermillion; grey for "not a claim".
LABEL_COLORS = {
    "on_record": "#0072B2",
    "anonymous": "#56B4E9",
    "weak": "#F0E442",
    "vague": "#E69F00",
    "unsourced": "#D55E00",
    "not_a_claim": "#999999",
}
#: a second, colour-free signal: the underline style of each label
LABEL_BORDERS = {
    "on_record": "3px solid",
    "anonymous": "3px double",
    "weak": "2px dashed",
    "vague": "2px dotted",
    "unsourced": "3px solid",
    "not_a_claim": "1px solid",
}
#: opacity of the sentence background tint (dark text keeps a contrast above 10:1)
TINT_ALPHA = 0.45
#: what each label says about the origin of a sentence's claim (README, "What the labels mean")
LABEL_MEANINGS = {
    "on_record": "named and accountable: a person, an official body, a document, the outlet's own observation",
    "anonymous": "unnamed but placed by institution, role or access",
    "weak": "unnamed with generic access, or an unnamed source relayed by another outlet",
    "vague": "not identified at all",
    "unsourced": "not given: a disputable claim in the writer's own voice",
    "not_a_claim": "nothing to source: credits, questions, opinion, no-comment, settled background",
}
LABEL_SCORE_TEXT = {
    "on_record": "1.00",
    "anonymous": "0.75",
    "weak": "0.50",
    "vague": "0.25",
    "unsourced": "0.00",
    "not_a_claim": "none",
}
#: cue kinds marked inside sentences, in order of priority when spans overlap
MARKED_CUE_KINDS = ("source", "attribution", "hedge", "status", "relay", "booster", "speculation")
_CUE_STYLE_NAMES = {
    "source": "bold: who the claim comes from",
    "attribution": "underlined: the attribution (said, according to)",
    "hedge": "wavy underline: a hedge (may, reportedly)",
    "status": "dotted underline: unconfirmed, denied, no comment, relayed, boosted, speculative",
}

SENTENCE_COLUMNS = [
    "path",
    "sentence",
    "start",
    "end",
    "label",
    "score",
    "p_on_record",
    "p_anonymous",
    "p_weak",
    "p_vague",
    "p_unsourced",
    "p_not_a_claim",
    "attributed",
    "hedged",
    "cues",
    "text",
]
ARTICLE_COLUMNS = [
    "path",
    "title",
    "publisher",
    "sourcing_index",
    "sentences",
    "claims",
    "n_on_record",
    "n_anonymous",
    "n_weak",
    "n_vague",
    "n_unsourced",
    "n_not_a_claim",
    "named_sources",
    "anonymous_sources",
    "vague_sources",
    "share_unsourced",
    "share_vague_or_unsourced",
    "unconfirmed_or_denied",
    "hedged_claims",
    "warnings",
]


def _esc(s: object) -> str:
    return html.escape(str(s), quote=True)


# ----------------------------------------------------------------------------- records


def sentence_records(path: str, analysis: Analysis) -> list[dict[str, Any]]:
    """One JSON-ready record per sentence: the article path, its index, then ``Sentence.to_dict()``.

    Examples
    --------
    >>> import sourcecheck
    >>> [r["label"] for r in sentence_records("a.txt", sourcecheck.analyze("Police said so."))]
    ['on_record']
    """
    return [{"path": path, "sentence": i, **s.to_dict()} for i, s in enumerate(analysis.sentences)]


def article_record(
    path: str,
    analysis: Analysis,
    *,
    title: str | None = None,
    publisher: str | None = None,
    warnings: Sequence[str] = (),
) -> dict[str, Any]:
    """One row per article: path, title, publisher, the flat part of ``Analysis.summary()``
    and what the reader did to the file before scoring it (``warnings``, joined by ``"; "``,
    empty when the file was scored as it stood: see ``ArticleResult.warnings``).

    The keys are exactly :data:`ARTICLE_COLUMNS`; ``publisher`` defaults to the analysis's.
    """
    summ = analysis.summary()
    row: dict[str, Any] = {
        "path": path,
        "title": title,
        "publisher": publisher if publisher is not None else analysis.publisher,
    }
    for k in ARTICLE_COLUMNS[3:-1]:
        row[k] = summ["label_counts"][k[2:]] if k.startswith("n_") else summ[k]
    row["warnings"] = "; ".join(warnings)
    return row


def flat_sentence(rec: Mapping[str, Any]) -> dict[str, Any]:
    """A sentence record flattened for CSV: ``p_<label>`` columns, cues as ``kind:type:text; ...``
    and the text with runs of whitespace (line breaks too) collapsed to one space."""
    probs = rec["probabilities"]
    cues = "; ".join(f"{c['kind']}:{c['type']}:{' '.join(str(c['text']).split())}" for c in rec["cues"])
    text = " ".join(str(rec["text"]).split())
    extra = {"cues": cues, "text": text}
    return {
        k: extra[k] if k in extra else probs.get(k[2:]) if k.startswith("p_") else rec.get(k) for k in SENTENCE_COLUMNS
    }


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: object) -> object:
    """A cell value a spreadsheet will not run as a formula; ``None`` becomes an empty cell.

    >>> csv_safe("=HYPERLINK(1)"), csv_safe(-0.5), csv_safe(None)
    ("'=HYPERLINK(1)", -0.5, '')
    """
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(f: IO[str], rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> int:
    """Write a header and one line per row (cells through :func:`csv_safe`); return the row count.

    Open ``f`` with ``newline=""`` as the :mod:`csv` module asks.
    """
    w = csv.writer(f)
    w.writerow(columns)
    n = 0
    for r in rows:
        w.writerow([csv_safe(r.get(k)) for k in columns])
        n += 1
    return n


def csv_text(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], *, header: bool = False) -> str:
    """The lines :func:`write_csv` writes for ``rows``, as one string (the header only if asked).

    Lets workers render their CSV rows so that the writer only concatenates them.

    >>> csv_text([{"a": "x, y", "b": -0.5}], ["a", "b"], header=True).splitlines()
    ['a,b', '"x, y",-0.5']
    """
    buf = StringIO()
    if header:
        write_csv(buf, rows, columns)
    else:
        w = csv.writer(buf)
        w.writerows([csv_safe(r.get(k)) for k in columns] for r in rows)
    return buf.getvalue()


@dataclass(frozen=True)
class RenderedArticle:
    """One article made ready for the writers (small and cheap to send between processes)."""

    sentence_lines: str
    """``sentences.jsonl`` lines of the article, each ending in a newline"""
    row: dict[str, Any]
    """its ``articles.csv`` row (:func:`article_record`)"""
    html: str
    """its highlighted text for ``report.html`` (:func:`article_html`, without styles)"""
    csv_lines: str = ""
    """its ``sentences.csv`` rows (:func:`csv_text` of :func:`flat_sentence`), without the header"""


def render_result(res: ArticleResult) -> ArticleResult:
    """Turn a scored :class:`~sourcecheck.batch.ArticleResult` into a :class:`RenderedArticle`.

    Meant as ``score_files(..., postprocess=render_result)``: the work runs in the worker
    and only strings come back. Failed results pass through unchanged.
    """
    from dataclasses import replace

    a = res.analysis
    if a is None:
        return res
    recs = sentence_records(res.path, a)
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    row = article_record(res.path, a, title=res.title, publisher=res.publisher, warnings=res.warnings)
    table = csv_text([flat_sentence(r) for r in recs], SENTENCE_COLUMNS)
    return replace(res, analysis=None, data=RenderedArticle(lines, row, article_html(a, standalone=False), table))


# ----------------------------------------------------------------------------- html


def _cue_fields(c: Cue | Mapping[str, Any]) -> tuple[str, str, int, int, str]:
    if isinstance(c, Mapping):
        return str(c["kind"]), str(c["type"]), int(c["start"]), int(c["end"]), str(c["text"])
    return c.kind, c.type, c.start, c.end, c.text


def marked_cues(cues: Iterable[C], start: int, end: int) -> list[tuple[int, int, list[C]]]:
    """The cue spans to mark inside the sentence ``[start, end)``, without overlaps.

    Cues (:class:`~sourcecheck.Cue` or their ``to_dict()``) of the kinds in
    :data:`MARKED_CUE_KINDS` that share a span are marked together; when spans
    overlap, the kind earlier in that tuple wins, then the longer span. Returns
    ``(start, end, cues)`` sorted by start, offsets into the article.

    Examples
    --------
    >>> import sourcecheck
    >>> a = sourcecheck.analyze("The rebels have reportedly seized a second airfield.")
    >>> [(s, e, [c.kind for c in cs]) for s, e, cs in marked_cues(a.sentences[0].cues, 0, 52)]
    [(16, 26, ['source', 'attribution', 'hedge'])]
    """
    rank = {k: i for i, k in enumerate(MARKED_CUE_KINDS)}
    groups: dict[tuple[int, int], list[tuple[int, C]]] = {}
    for c in cues:
        kind, typ, cs, ce, _ = _cue_fields(c)
        if typ == "stance_holder":
            continue  # who holds a position is not who the claim comes from
        if kind in rank and start <= cs < ce <= end:
            groups.setdefault((cs, ce), []).append((rank[kind], c))
    order = sorted(groups, key=lambda se: (min(r for r, _ in groups[se]), se[0] - se[1], se[0]))
    chosen: list[tuple[int, int]] = []
    for s, e in order:
        if all(e <= cs or s >= ce for cs, ce in chosen):
            chosen.append((s, e))
    return [(s, e, [c for _, c in sorted(groups[(s, e)], key=lambda rc: rc[0])]) for s, e in sorted(chosen)]


def _tip(rec: Mapping[str, Any]) -> str:
    label, score = str(rec["label"]), rec["score"]
    p = float(rec["probabilities"].get(label, 0.0))
    head = "no claim" if score is None else f"score {float(score):.2f}"
    lines = [f"<b>{_esc(label.replace('_', ' '))}</b> · {head} · p {p:.2f}"]
    every = [_cue_fields(c) for c in rec["cues"]]
    cues = [c for c in every if c[1] != "stance_holder"]
    for kind in MARKED_CUE_KINDS:
        items = [f"“{_esc(text)}” <i>{_esc(typ.replace('_', ' '))}</i>" for k, typ, _, _, text in cues if k == kind]
        if items:
            lines.append(f"{_esc(kind)}: {', '.join(items)}")
    if not any(c[0] == "source" for c in cues):
        lines.append("no source found in the sentence")
    from .cues import Cue, stance_positions  # the cue finder, only when a tooltip is drawn

    positions = stance_positions(Cue(*c) for c in every)
    if positions:
        lines.append("position of: " + ", ".join(f"“{_esc(h.text)}” ({_esc(v.text)})" for h, v in positions))
    return '<span class="sc-tip" role="tooltip">' + "<br>".join(lines) + "</span>"


def sentence_html(rec: Mapping[str, Any]) -> str:
    """One sentence as a highlighted ``<span class="sc-s sc-LABEL">`` with its cue spans marked.

    ``rec`` is a sentence record (``Sentence.to_dict()`` or a ``sentences.jsonl`` line);
    the span holds a tooltip with the label, score and cues, shown on hover or focus.
    """
    text, base = str(rec["text"]), int(rec["start"])
    inner = []
    pos = 0
    for cs, ce, group in marked_cues(rec["cues"], base, int(rec["end"])):
        fields = [_cue_fields(c) for c in group]
        kinds = " ".join(f"sc-cue-{_esc(f[0])}" for f in fields)
        what = "; ".join(f"{f[0]}/{f[1]}" for f in fields)
        inner.append(_esc(text[pos : cs - base]))
        inner.append(f'<span class="sc-cue {kinds}" data-cue="{_esc(what)}">{_esc(text[cs - base : ce - base])}</span>')
        pos = ce - base
    inner.append(_esc(text[pos:]))
    label = _esc(rec["label"])
    score = "" if rec["score"] is None else repr(float(rec["score"]))
    return (
        f'<span class="sc-s sc-{label}" tabindex="0" data-label="{label}" data-score="{score}">'
        f"{''.join(inner)}{_tip(rec)}</span>"
    )


def records_html(records: Iterable[Mapping[str, Any]]) -> str:
    """An article's highlighted text rebuilt from its sentence records alone (no article text:
    sentences are joined by a space, so paragraph breaks are lost)."""
    return '<div class="sc-article">' + " ".join(sentence_html(r) for r in records) + "</div>"


def _css() -> str:
    rules = [
        ".sc-article{line-height:1.75;white-space:pre-wrap;font-family:Georgia,'Times New Roman',serif;"
        "font-size:1.05em;max-width:48em;color:#111}",
        ".sc-s{position:relative;padding:.1em 0;cursor:help;-webkit-box-decoration-break:clone;"
        "box-decoration-break:clone}",
        ".sc-s:focus{outline:2px solid #000;outline-offset:1px}",
        ".sc-tip{display:none;position:absolute;left:0;top:100%;z-index:10;width:max-content;max-width:34em;"
        "padding:.4em .6em;background:#fff;color:#111;border:1px solid #444;border-radius:4px;"
        "box-shadow:0 2px 8px rgba(0,0,0,.3);font:13px/1.45 system-ui,sans-serif;white-space:normal}",
        ".sc-s:hover>.sc-tip,.sc-s:focus>.sc-tip{display:block}",
        ".sc-cue-source{font-weight:700}",
        ".sc-cue-attribution{text-decoration:underline;text-decoration-thickness:2px}",
        ".sc-cue-hedge{text-decoration:underline wavy;text-decoration-thickness:1px}",
        ".sc-cue-status,.sc-cue-relay,.sc-cue-booster,.sc-cue-speculation{text-decoration:underline dotted}",
        ".sc-legend{display:flex;flex-wrap:wrap;gap:.3em 1.2em;margin:.6em 0;font:14px/1.5 system-ui,sans-serif}",
        ".sc-legend .sc-swatch{padding:0 .3em;font-weight:600}",
        ".sc-legend small{color:#444}",
    ]
    for lab, col in LABEL_COLORS.items():
        r, g, b = (int(col[i : i + 2], 16) for i in (1, 3, 5))
        rules.append(f".sc-{lab}{{background:rgba({r},{g},{b},{TINT_ALPHA});border-bottom:{LABEL_BORDERS[lab]} {col}}}")
    return "\n".join(rules)


def legend_html() -> str:
    """The legend: each label with its colour, underline, score and meaning, and the cue marks."""
    items = [
        f'<span><span class="sc-swatch sc-{lab}">{_esc(lab)}</span> <small>{LABEL_SCORE_TEXT[lab]} · '
        f"{_esc(LABEL_MEANINGS[lab])}</small></span>"
        for lab in LABEL_COLORS
    ]
    items += [
        f'<span><span class="sc-cue sc-cue-{kind}">{kind}</span> <small>{_esc(what)}</small></span>'
        for kind, what in _CUE_STYLE_NAMES.items()
    ]
    return '<div class="sc-legend">' + "".join(items) + "</div>"


def article_html(analysis: Analysis, *, standalone: bool = True) -> str:
    """The article as HTML, each sentence highlighted by label with its cue spans marked.

    Hover or click (focus) a sentence to see its label, score and cues. Text between
    sentences and line breaks are kept.

    Parameters
    ----------
    analysis : Analysis
        The analysed article.
    standalone : bool, default True
        Include the styles, the legend and a one-line summary (for Jupyter, where this
        is ``Analysis._repr_html_``); ``False`` gives only the article ``<div>``.

    Examples
    --------
    >>> import sourcecheck
    >>> page = article_html(sourcecheck.analyze("Officials said the port reopened."), standalone=False)
    >>> page.count('class="sc-s ')
    1
    """
    text = analysis.text
    parts = ['<div class="sc-article">']
    pos = 0
    for s in analysis.sentences:
        parts.append(_esc(text[pos : s.start]))
        parts.append(sentence_html(s.to_dict()))
        pos = s.end
    parts.append(_esc(text[pos:]))
    parts.append("</div>")
    body = "".join(parts)
    if not standalone:
        return body
    idx = analysis.sourcing_index
    n_claims = sum(1 for s in analysis.sentences if s.label != "not_a_claim")
    head = (
        f"<p style='font:14px system-ui,sans-serif'>{len(analysis.sentences)} sentences, {n_claims} claims, "
        f"sourcing index {'n/a' if idx is None else f'{idx:.2f}'}"
        + (f", publisher {_esc(analysis.publisher)}" if analysis.publisher else "")
        + "</p>"
    )
    return f'<div class="sc-report"><style>{_css()}</style>{legend_html()}{head}{body}</div>'


_PAGE_CSS = """
body{font-family:system-ui,sans-serif;margin:1.5em auto;max-width:72em;padding:0 1em;color:#111}
h1{margin-bottom:.2em}.sc-meta{color:#444;margin:.2em 0}
table.sc-index{border-collapse:collapse;font-size:14px}
.sc-index td,.sc-index th{padding:.25em .6em;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
.sc-index td.num{text-align:right;font-variant-numeric:tabular-nums}
.sc-bar{display:inline-block;height:.7em;background:#0072B2;margin-left:.4em;vertical-align:middle}
section.sc-doc{margin-top:2.5em;border-top:2px solid #888;padding-top:.5em}
section.sc-doc h2{margin:.2em 0}
.sc-errors li{font-family:ui-monospace,monospace;font-size:13px}
"""
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


def _s(k: int) -> str:
    return "" if k == 1 else "s"


def _fmt(v: object, spec: str = ".2f") -> str:
    return "n/a" if v is None else format(v, spec)


def _index_order(articles: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    return sorted(
        articles,
        key=lambda a: (a["sourcing_index"] is None, a["sourcing_index"] or 0.0, str(a["path"])),
    )


def write_folder_html(
    f: IO[str],
    articles: Sequence[Mapping[str, Any]],
    fragment: Callable[[Mapping[str, Any]], str],
    errors: Sequence[Mapping[str, Any]] = (),
    *,
    title: str = "sourcecheck report",
) -> None:
    """Write the folder report to ``f``, one article at a time.

    Parameters
    ----------
    f : text file
        Where the page goes.
    articles : sequence of dict
        Rows as made by :func:`article_record`; the index lists them by sourcing index,
        weakest first (articles without claims last).
    fragment : callable
        Gives an article's highlighted text (``article_html(..., standalone=False)``) for
        its row; called once per article, in index order, so the fragments can be read
        from disk one by one.
    errors : sequence of dict
        ``{"path": ..., "reason": ...}`` for files that could not be scored.
    title : str
        The page title.
    """
    order = _index_order(articles)
    n_sent = sum(int(a["sentences"]) for a in articles)
    failed = f", {len(errors)} file{_s(len(errors))} could not be scored" if errors else ""
    f.write(
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<meta http-equiv='Content-Security-Policy' content=\"{_CSP}\">"
        "<meta name='viewport' content='width=device-width,initial-scale=1'>"
        f"<title>{_esc(title)}</title><style>{_PAGE_CSS}{_css()}</style></head><body>\n"
        f"<h1>{_esc(title)}</h1><p class='sc-meta'>{len(articles)} articles, {n_sent} sentences"
        f"{failed} · sourcecheck {_esc(__version__)} · "
        "hover or click a sentence for its label, score and cues</p>\n"
        f"{legend_html()}\n"
        "<h2 id='index'>Articles by sourcing index, weakest first</h2>\n<table class='sc-index'><thead><tr>"
        "<th>#</th><th>article</th><th>publisher</th><th>sourcing index</th><th>claims</th>"
        "<th>unsourced</th><th>vague</th><th>hedged claims</th></tr></thead><tbody>\n"
    )
    for k, a in enumerate(order, 1):
        idx = a["sourcing_index"]
        bar = "" if idx is None else f"<span class='sc-bar' style='width:{4 * idx:.2f}em'></span>"
        name = _esc(a.get("title") or a["path"])
        sub = f"<br><small>{_esc(a['path'])}</small>" if a.get("title") else ""
        f.write(
            f"<tr><td class='num'>{k}</td><td><a href='#a{k}'>{name}</a>{sub}</td>"
            f"<td>{_esc(a.get('publisher') or '')}</td><td class='num'>{_fmt(idx)}{bar}</td>"
            f"<td class='num'>{int(a['claims'])}</td><td class='num'>{int(a.get('n_unsourced') or 0)}</td>"
            f"<td class='num'>{int(a.get('n_vague') or 0)}</td>"
            f"<td class='num'>{int(a.get('hedged_claims') or 0)}</td></tr>\n"
        )
    f.write("</tbody></table>\n")
    if errors:
        f.write("<h2 id='errors'>Files that could not be scored</h2><ul class='sc-errors'>\n")
        for e in errors:
            f.write(f"<li>{_esc(e['path'])}: {_esc(e['reason'])}</li>\n")
        f.write("</ul>\n")
    for k, a in enumerate(order, 1):
        meta = [_esc(a["path"])]
        if a.get("publisher"):
            meta.append(_esc(a["publisher"]))
        meta.append(f"sourcing index {_fmt(a['sourcing_index'])}")
        n_s, n_c = int(a["sentences"]), int(a["claims"])
        meta.append(f"{n_s} sentence{_s(n_s)}, {n_c} claim{_s(n_c)}")
        f.write(
            f"<section class='sc-doc' id='a{k}'><h2>{k}. {_esc(a.get('title') or a['path'])}</h2>"
            f"<p class='sc-meta'>{' · '.join(meta)} · <a href='#index'>index</a></p>\n"
        )
        f.write(fragment(a))
        f.write("\n</section>\n")
    f.write("</body></html>\n")


def folder_html(
    articles: Sequence[Mapping[str, Any]],
    sentences: Iterable[Mapping[str, Any]] | Mapping[str, str],
    errors: Sequence[Mapping[str, Any]] = (),
    *,
    title: str = "sourcecheck report",
) -> str:
    """The folder report as one string (see :func:`write_folder_html`).

    ``sentences`` is either every sentence record (``sentences.jsonl`` lines; each
    article is rebuilt with :func:`records_html`) or a mapping from each article's
    path to its ``article_html(..., standalone=False)``, which keeps paragraph breaks.

    Examples
    --------
    >>> import sourcecheck
    >>> a = sourcecheck.analyze("Officials said the port reopened.")
    >>> page = folder_html([article_record("a.txt", a)], sentence_records("a.txt", a))
    >>> page.startswith("<!DOCTYPE html>"), page.count('class="sc-s ')
    (True, 1)
    """
    if isinstance(sentences, Mapping):
        fragments = dict(sentences)
    else:
        by_path: dict[str, list[Mapping[str, Any]]] = {}
        for r in sentences:
            by_path.setdefault(str(r["path"]), []).append(r)
        fragments = {p: records_html(rs) for p, rs in by_path.items()}
    buf = StringIO()
    write_folder_html(buf, articles, lambda a: fragments.get(str(a["path"]), records_html([])), errors, title=title)
    return buf.getvalue()
