"""Inter-annotator agreement between the corpus (first pass) and the blind second pass.

    python training/agreement.py            # alpha figures and the confusion of the two passes

Krippendorff's alpha for two coders with no missing values, computed from the
coincidence matrix: ordinal alpha over the five claim labels (on_record=4 ...
unsourced=0, sentences both coders call claims), nominal alpha for claim vs
not_a_claim, and nominal alpha over all six labels.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus_tool import parse_file  # noqa: E402

LEVEL = {"on_record": 4, "anonymous": 3, "weak": 2, "vague": 1, "unsourced": 0}


def krippendorff_alpha(pairs: list[tuple[str, str]], metric: str = "nominal", order: list[str] | None = None) -> float:
    """Alpha for two coders; ``metric`` is 'nominal' or 'ordinal' (needs ``order``, low to high)."""
    values = sorted({v for p in pairs for v in p}, key=(order.index if order else str))
    coinc: Counter[tuple[str, str]] = Counter()
    for a, b in pairs:  # each unit has two values: both ordered pairs, weight 1/(m-1) = 1
        coinc[(a, b)] += 1
        coinc[(b, a)] += 1
    n_v = Counter()
    for (a, _), c in coinc.items():
        n_v[a] += c
    n = sum(n_v.values())

    def delta(c: str, k: str) -> float:
        if metric == "nominal":
            return 0.0 if c == k else 1.0
        assert order is not None
        i, j = sorted((order.index(c), order.index(k)))
        s = sum(n_v[order[g]] for g in range(i, j + 1)) - (n_v[order[i]] + n_v[order[j]]) / 2
        return s * s

    d_o = sum(coinc[(c, k)] * delta(c, k) for c in values for k in values)
    d_e = sum(n_v[c] * n_v[k] * delta(c, k) for c in values for k in values) / (n - 1)
    return 1.0 - d_o / d_e if d_e else 1.0


def first_pass_overrides(path: Path, consistency: Path | None = None) -> dict[tuple[str, int], str]:
    """Labels of the first pass where adjudication or the consistency pass later changed the corpus line.

    A line the consistency pass changed gets back its ``old`` label; a line that was
    adjudicated gets back annotator A's label (the first pass), whatever happened later.
    """
    import json

    out: dict[tuple[str, int], str] = {}
    for src, key in ((consistency, "old"), (path, "label_A")):
        if src is not None and src.is_file():
            for line in src.read_text(encoding="utf-8").split("\n"):
                if line.strip():
                    row = json.loads(line)
                    out[(row["file"], int(row["line"]))] = row[key]
    return out


def load_pairs(
    corpus: Path, second: Path, overrides: dict[tuple[str, int], str] | None = None
) -> list[tuple[str, str, str]]:
    """(file, first-pass label, second-pass label) for every doubly annotated sentence.

    The corpus holds the adjudicated labels; ``overrides`` restores the first pass."""
    overrides = overrides or {}
    out = []
    for f in sorted(second.rglob("*.txt")):
        rel = f.relative_to(second)
        a = parse_file(corpus / rel, corpus)
        b = parse_file(f, second)
        if [x["start"] for x in a.sentences] != [x["start"] for x in b.sentences]:
            raise SystemExit(f"{rel}: the two passes do not have the same sentences")
        for sa, sb in zip(a.sentences, b.sentences):
            first = overrides.get((str(rel), int(sa["line"])), str(sa["label"]))
            out.append((str(rel), first, str(sb["label"])))
    return out


def main() -> int:
    ann = HERE / "annotation"
    pairs = load_pairs(
        HERE / "corpus",
        ann / "second_pass",
        first_pass_overrides(ann / "adjudication.jsonl", ann / "consistency_pass.jsonl"),
    )
    adjudicated = load_pairs(HERE / "corpus", ann / "second_pass")
    changed = sum(a != b for (_, a, _), (_, b, _) in zip(pairs, adjudicated))
    both = [(a, b) for _, a, b in pairs]
    claims = [(a, b) for a, b in both if a in LEVEL and b in LEVEL]
    order = sorted(LEVEL, key=LEVEL.get)
    binary = [(str(a != "not_a_claim"), str(b != "not_a_claim")) for a, b in both]
    print(f"articles: {len({d for d, _, _ in pairs})}, sentences: {len(pairs)}")
    print(f"raw agreement (6 labels): {sum(a == b for a, b in both) / len(both):.3f}")
    print(f"alpha ordinal, five claim labels (n={len(claims)}): {krippendorff_alpha(claims, 'ordinal', order):.3f}")
    print(f"alpha nominal, claim vs not_a_claim: {krippendorff_alpha(binary):.3f}")
    print(f"alpha nominal, six labels: {krippendorff_alpha(both):.3f}")
    print(
        f"disagreements settled by adjudication: {sum(a != b for a, b in both)}; "
        f"first-pass labels changed: {changed} (training/annotation/ADJUDICATION.md)"
    )
    conf = Counter((a, b) for a, b in both if a != b)
    print("most frequent disagreements (first -> second):")
    for (a, b), c in conf.most_common(12):
        print(f"  {a:12} -> {b:12} {c}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
