"""Print each sentence of the bundled seed article with its label, score and cues.

python examples/explain_seed.py
"""

from pathlib import Path

import sourcecheck

text = (Path(__file__).resolve().parents[1] / "seeds" / "000_2370f5f62fc33515.txt").read_text(encoding="utf-8")
analysis = sourcecheck.analyze(text)
for s in analysis.sentences:
    print(f"{s.label:12} {'' if s.score is None else f'{s.score:.2f}':5} {s.text[:90]}")
    print(f"{'':18}{s.explain()}")
print("sourcing index:", analysis.sourcing_index)
