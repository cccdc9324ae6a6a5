"""Writers for results: JSON lines, CSV and a self-contained HTML page.

Everything taken from an article (text, cue text, file names) is escaped before it
reaches HTML, so an article containing ``<script>`` displays as text.
"""

from __future__ import annotations

import html
from typing import Any

__all__ = ["LABEL_COLORS", "article_html", "folder_html"]

#: colour-blind-safe palette (Okabe-Ito), strongest to weakest sourcing
LABEL_COLORS = {
    "on_record": "#009E73",
    "anonymous": "#56B4E9",
    "weak": "#F0E442",
    "vague": "#E69F00",
    "unsourced": "#D55E00",
    "not_a_claim": "#BBBBBB",
}


def _esc(s: object) -> str:
    return html.escape(str(s), quote=True)


def article_html(analysis: Any) -> str:
    """The article with each sentence highlighted by label; hover shows label, score and cues."""
    text = analysis.text
    parts = ['<div class="sourcecheck-article" style="line-height:1.6;white-space:pre-wrap">']
    pos = 0
    for s in analysis.sentences:
        parts.append(_esc(text[pos : s.start]))
        score = "n/a" if s.score is None else f"{s.score:.2f}"
        cues = "; ".join(f"{c.kind}/{c.type}: {c.text}" for c in s.cues if c.kind not in ("specificity",))
        title = f"{s.label} (score {score})" + (f" | {cues}" if cues else "")
        color = LABEL_COLORS.get(s.label, "#FFFFFF")
        parts.append(
            f'<span class="sc-sentence sc-{_esc(s.label)}" data-label="{_esc(s.label)}" '
            f'title="{_esc(title)}" style="background:{color}55;border-bottom:2px solid {color}">'
            f"{_esc(s.text)}</span>"
        )
        pos = s.end
    parts.append(_esc(text[pos:]))
    parts.append("</div>")
    return "".join(parts)


_CSS = """
body{font-family:system-ui,sans-serif;margin:2em;max-width:70em;color:#222}
table{border-collapse:collapse}td,th{padding:.2em .6em;border-bottom:1px solid #ddd;text-align:left}
.legend span{display:inline-block;padding:.1em .5em;margin:.1em;border-radius:3px}
.sc-sentence{cursor:help}.article{margin-top:2em;border-top:2px solid #888}
"""


def folder_html(articles: list[dict[str, Any]], sentences: list[dict[str, Any]], errors: list[dict[str, Any]]) -> str:
    """One self-contained page: index of articles by sourcing index, then each article's
    sentences highlighted by label (hover: label, score, cues). No scripts, no network."""
    by_path: dict[str, list[dict[str, Any]]] = {}
    for s in sentences:
        by_path.setdefault(str(s["path"]), []).append(s)
    order = sorted(articles, key=lambda a: (a["sourcing_index"] is None, a["sourcing_index"] or 0.0))
    out = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>sourcecheck report</title>",
        f"<style>{_CSS}</style></head><body><h1>sourcecheck report</h1>",
        f"<p>{len(articles)} articles, {len(sentences)} sentences, {len(errors)} files failed.</p>",
        "<p class='legend'>",
    ]
    out += [f"<span style='background:{c}'>{_esc(lab)}</span>" for lab, c in LABEL_COLORS.items()]
    out.append(
        "</p><h2>Articles, weakest sourcing first</h2><table><tr><th>#</th><th>article</th>"
        "<th>sourcing index</th><th>claims</th><th>unsourced</th><th>vague</th></tr>"
    )
    for k, a in enumerate(order):
        idx = "n/a" if a["sourcing_index"] is None else f"{a['sourcing_index']:.2f}"
        out.append(
            f"<tr><td>{k + 1}</td><td><a href='#a{k}'>{_esc(a.get('title') or a['path'])}</a></td>"
            f"<td>{idx}</td><td>{a['claims']}</td><td>{a.get('n_unsourced', 0)}</td>"
            f"<td>{a.get('n_vague', 0)}</td></tr>"
        )
    out.append("</table>")
    if errors:
        out.append("<h2>Files that could not be scored</h2><ul>")
        out += [f"<li>{_esc(e['path'])}: {_esc(e['reason'])}</li>" for e in errors]
        out.append("</ul>")
    for k, a in enumerate(order):
        out.append(f"<section class='article' id='a{k}'><h2>{_esc(a.get('title') or a['path'])}</h2>")
        out.append("<p>")
        for s in by_path.get(str(a["path"]), []):
            score = "n/a" if s["score"] is None else f"{s['score']:.2f}"
            cues = "; ".join(f"{c['kind']}/{c['type']}: {c['text']}" for c in s["cues"] if c["kind"] != "specificity")
            color = LABEL_COLORS.get(str(s["label"]), "#FFFFFF")
            title = f"{s['label']} (score {score})" + (f" | {cues}" if cues else "")
            out.append(
                f"<span class='sc-sentence' data-label='{_esc(s['label'])}' title='{_esc(title)}' "
                f"style='background:{color}55;border-bottom:2px solid {color}'>{_esc(s['text'])}</span> "
            )
        out.append("</p></section>")
    out.append("</body></html>\n")
    return "".join(out)
