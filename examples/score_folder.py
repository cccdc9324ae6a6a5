"""Score a folder of articles: tables (JSONL, CSV) and an HTML report.

    python examples/score_folder.py DIR --out OUTDIR [--format jsonl,csv,html] [--jobs N]

The same as the ``sourcecheck score`` command; ``--help`` lists every option.
"""

import sys

from sourcecheck.cli import main

if __name__ == "__main__":
    sys.exit(main(["score", *sys.argv[1:]]))
