"""Score a folder of articles: tables (JSON lines, CSV) and an HTML report.

    python examples/score_folder.py DIR --out OUTDIR [--format jsonl,csv,html] [--jobs N]
        [--glob PATTERN] [--publisher NAME] [--encoding ENC] [--resume] [--quiet]

The same as ``sourcecheck score`` (``--help`` lists every option and the outputs).
In your own code the pieces are::

    from sourcecheck.batch import find_files, score_files
    for res in score_files(find_files("articles/"), n_jobs=2):
        if res.error:
            print(res.path, res.error)
        else:
            print(res.path, res.analysis.sourcing_index)
"""

import sys

from sourcecheck.cli import main, score_parser

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], parser=score_parser("score_folder.py")))
