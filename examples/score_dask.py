"""Score a folder on a Dask cluster: a LocalCluster on this machine, or a real one.

    pip install 'sourcecheck[dask]'
    python examples/score_dask.py DIR --out OUTDIR                    # starts a LocalCluster (2 workers)
    python examples/score_dask.py DIR --out OUTDIR --scheduler tcp://10.0.0.5:8786   # a running cluster

To use a real cluster: start a scheduler (``dask scheduler``) and workers
(``dask worker tcp://10.0.0.5:8786``) on machines that have the same Python and
``pip install 'sourcecheck[dask]'`` of the same version as here, and put DIR and
OUTDIR on a filesystem every worker mounts at the same path (each worker reads its
articles and writes its own part files there). The model comes from each worker's
sourcecheck install; it is loaded once per worker, never sent with the tasks.

The flow: write the folder scorer's outputs (sentence records as one part per
partition in OUTDIR/sentences/), then read the parts back as a dask bag and count
labels on the cluster. ``sourcecheck score DIR --out OUTDIR --scheduler ...`` does
the first step alone; :func:`sourcecheck.dask.score_bag` gives the records as a
lazy bag without writing anything.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

import dask.bag as db
from distributed import Client, LocalCluster

import sourcecheck.dask as scd


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", help="folder of .txt articles (metadata.jsonl beside them is read)")
    ap.add_argument("--out", required=True, help="output folder")
    ap.add_argument("--scheduler", default=None, help="address of a running scheduler, e.g. tcp://10.0.0.5:8786")
    ap.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes (default 2)")
    ap.add_argument("--batch-size", type=int, default=scd.DEFAULT_BATCH_SIZE, help="files per task (default 64)")
    args = ap.parse_args(argv)

    if args.scheduler:
        cluster = None
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(
            n_workers=args.workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address="127.0.0.1:0",
            silence_logs=logging.ERROR,
        )
        client = Client(cluster)
    try:
        print(f"cluster: {client}", file=sys.stderr)
        # 1. score: every worker writes the parts of its batches; the client writes the rest
        summary = scd.write_scores(args.dir, args.out, batch_size=args.batch_size)
        print(
            f"{summary.articles} articles, {summary.sentences} sentences, {summary.errors} failed; "
            f"{len(summary.parts)} part files in {Path(args.out) / 'sentences'}",
            file=sys.stderr,
        )
        # 2. analyse the parts on the cluster, without scoring again
        records = db.read_text(str(Path(args.out) / "sentences" / "part-*.jsonl")).map(json.loads)
        for label, n in sorted(records.pluck("label").frequencies().compute()):
            print(f"{label:12} {n}")
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return 1 if summary.errors else 0


if __name__ == "__main__":  # the guard matters: LocalCluster starts worker processes that import this file
    sys.exit(main())
