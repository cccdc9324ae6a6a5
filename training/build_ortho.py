"""Build sourcecheck/data/ortho_context.txt from the team's corpus.

    python training/build_ortho.py

Punkt decides whether a capitalised word after an abbreviation or initial starts a
new sentence by its orthographic context: has the word been seen in lower case, and
has it been seen capitalised in the middle of a sentence? This script counts that
context on the team's own corpus with nltk's PunktTrainer and writes only the
context (the trainer's learned abbreviations are discarded: on a corpus this size
they are noisy; the curated list in data/abbreviations.txt is used instead).
"""

from __future__ import annotations

import sys
from pathlib import Path

from nltk.tokenize.punkt import PunktTrainer

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus_tool import read_corpus  # noqa: E402

OUT = HERE.parent / "sourcecheck" / "data" / "ortho_context.txt"
HEADER = """# Orthographic context of words for nltk Punkt (word, then the bit flags of nltk's
# ortho_context: 2 begins-sentence upper, 4 mid-sentence upper, 8 unknown-position upper,
# 16 begins-sentence lower, 32 mid-sentence lower, 64 unknown-position lower).
# Counted by training/build_ortho.py on the sourcecheck team's own corpus; only words
# whose letters are all ASCII lower-case or apostrophes/hyphens/periods are kept.
"""


def main() -> int:
    arts = read_corpus(HERE / "corpus")
    trainer = PunktTrainer()
    trainer.INCLUDE_ALL_COLLOCS = False
    # title-case lines (headlines) would mark ordinary words as seen capitalised mid-sentence
    texts = []
    for a in arts:
        for s in a.sentences:
            sent = a.text[s["start"] : s["end"]]
            words = [w for w in sent.split() if w[:1].isalpha()]
            if words and sum(w[0].isupper() for w in words) / len(words) <= 0.5:
                texts.append(sent)
    trainer.train(" ".join(texts), finalize=True)
    ctx = trainer.get_params().ortho_context
    rows = sorted(
        f"{w} {f}"
        for w, f in ctx.items()
        if w.replace("'", "").replace("-", "").replace(".", "").isalpha() and w.isascii() and w == w.lower()
    )
    OUT.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} words to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
