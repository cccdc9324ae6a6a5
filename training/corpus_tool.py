"""Read, check and compile the team's annotated corpus.

Authoring format (one article per ``.txt`` file under ``training/corpus/``)::

    # publisher: Associated Press
    # register: wire
    # annotator: A
    US Senate passes stopgap bill hours before shutdown deadline

    NC By Jane Example, Associated Press
    OR WASHINGTON (AP) — The Senate voted 61-38 late Friday to fund the government, the majority leader's office said.
    OR "We did our job," Sen. Maria Example told reporters.

Header lines start with ``#``: ``publisher`` and ``register`` are required, other keys
are kept as metadata. Every other non-blank line is one sentence: a two-letter label
code, one space, then the sentence exactly as it appears in the article. A blank line
is a paragraph break. Sentences of one paragraph are joined with a single space; a
paragraph is joined to the next with a blank line ("\\n\\n").

Codes: OR on_record, AN anonymous, WK weak, VG vague, US unsourced, NC not_a_claim.

Usage::

    python training/corpus_tool.py check training/corpus            # validate, print counts
    python training/corpus_tool.py compile training/corpus out.jsonl  # one JSON article per line
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

CODES = {
    "OR": "on_record",
    "AN": "anonymous",
    "WK": "weak",
    "VG": "vague",
    "US": "unsourced",
    "NC": "not_a_claim",
}
LABELS = tuple(CODES.values())
_REQUIRED = ("publisher", "register")
_HEADER = re.compile(r"^#\s*([a-z_]+)\s*:\s*(.*?)\s*$")


@dataclass
class Article:
    """One compiled article: its text and the gold sentence spans with labels."""

    id: str
    path: str
    meta: dict[str, str]
    text: str
    sentences: list[dict[str, object]] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "path": self.path, **self.meta, "text": self.text, "sentences": self.sentences}


class CorpusError(ValueError):
    """A corpus file breaks the authoring format."""


def parse_file(path: Path, root: Path | None = None) -> Article:
    """Parse one authoring file into an :class:`Article`; raise CorpusError naming file and line."""
    raw = path.read_text(encoding="utf-8")
    meta: dict[str, str] = {}
    paragraphs: list[list[tuple[str, str, int]]] = [[]]
    for lineno, line in enumerate(raw.splitlines(), 1):
        stripped = line.rstrip()
        if not stripped.strip():
            if paragraphs[-1]:
                paragraphs.append([])
            continue
        m = _HEADER.match(stripped)
        if m and not any(paragraphs):
            meta[m.group(1)] = m.group(2)
            continue
        code, _, sentence = stripped.partition(" ")
        if code not in CODES:
            raise CorpusError(f"{path}:{lineno}: unknown label code {code!r}; expected one of {', '.join(CODES)}")
        sentence = sentence.strip()
        if not sentence:
            raise CorpusError(f"{path}:{lineno}: label {code} has no sentence after it")
        paragraphs[-1].append((CODES[code], sentence, lineno))
    for key in _REQUIRED:
        if key not in meta:
            raise CorpusError(f"{path}: missing header line '# {key}: ...'")
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        raise CorpusError(f"{path}: no labelled sentences")
    text_parts: list[str] = []
    sentences: list[dict[str, object]] = []
    pos = 0
    for pi, para in enumerate(paragraphs):
        if pi:
            text_parts.append("\n\n")
            pos += 2
        for si, (label, sentence, lineno) in enumerate(para):
            if si:
                text_parts.append(" ")
                pos += 1
            sentences.append(
                {"start": pos, "end": pos + len(sentence), "label": label, "paragraph": pi, "line": lineno}
            )
            text_parts.append(sentence)
            pos += len(sentence)
    rel = path.relative_to(root) if root else path
    art_id = str(rel.with_suffix("")).replace("\\", "/")
    return Article(art_id, str(rel), meta, "".join(text_parts), sentences)


def read_corpus(root: Path) -> list[Article]:
    """Parse every ``*.txt`` file below ``root`` in sorted order."""
    files = sorted(root.rglob("*.txt"))
    if not files:
        raise CorpusError(f"{root}: no .txt corpus files found")
    return [parse_file(f, root) for f in files]


def curly_quotes(text: str) -> str:
    """The same text with typographic quotes: straight double quotes become “ and ”
    (alternating, reset at each line) and apostrophes become ’. Every replacement is
    one character for one, so sentence offsets stay valid.

    >>> print(curly_quotes('He said "go now" and left.'))
    He said “go now” and left.
    """
    out = []
    open_ = False
    for ch in text:
        if ch == "\n":
            open_ = False
            out.append(ch)
        elif ch == '"':
            out.append("”" if open_ else "“")
            open_ = not open_
        elif ch == "'":
            out.append("’")
        else:
            out.append(ch)
    return "".join(out)


def corpus_hash(articles: list[Article]) -> str:
    """SHA-256 over the compiled corpus, stable across machines."""
    h = hashlib.sha256()
    for a in articles:
        h.update(json.dumps(a.to_dict(), sort_keys=True, ensure_ascii=False).encode("utf-8"))
    return h.hexdigest()


def check(articles: list[Article], min_sentences: int = 8) -> list[str]:
    """Return a list of problems (empty when the corpus is clean)."""
    problems = []
    seen: dict[str, str] = {}
    for a in articles:
        if len(a.sentences) < min_sentences:
            problems.append(f"{a.path}: only {len(a.sentences)} sentences (at least {min_sentences})")
        for s in a.sentences:
            sent = a.text[s["start"] : s["end"]]  # type: ignore[misc]
            key = " ".join(sent.lower().split())
            if len(key) > 25 and key in seen and seen[key] != a.path:
                problems.append(f"{a.path}:{s['line']}: sentence repeats {seen[key]}: {sent[:60]!r}")
            seen.setdefault(key, a.path)
    return problems


def summary(articles: list[Article]) -> str:
    counts = Counter(s["label"] for a in articles for s in a.sentences)
    regs = Counter(a.meta["register"] for a in articles)
    n = sum(counts.values())
    lines = [f"{len(articles)} articles, {n} sentences"]
    lines += [f"  {lab:12} {counts[lab]:6d}  {counts[lab] / max(n, 1):6.1%}" for lab in LABELS]
    lines.append("registers: " + ", ".join(f"{r}={c}" for r, c in sorted(regs.items())))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("check", help="validate files and print label counts")
    c.add_argument("root", type=Path)
    k = sub.add_parser("compile", help="write the corpus as JSONL")
    k.add_argument("root", type=Path)
    k.add_argument("out", type=Path)
    args = ap.parse_args(argv)
    try:
        arts = read_corpus(args.root)
    except CorpusError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    if args.cmd == "check":
        problems = check(arts)
        print(summary(arts))
        for p in problems:
            print("problem:", p)
        return 1 if problems else 0
    with args.out.open("w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps(a.to_dict(), ensure_ascii=False) + "\n")
    print(f"wrote {len(arts)} articles to {args.out}; sha256 {corpus_hash(arts)[:16]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
