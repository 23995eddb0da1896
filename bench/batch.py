"""`timeline batch` over a corpus of N documents: --jobs 1 against --jobs 2, and memory.

    python bench/batch.py [--docs 1000] [--jobs 1 2] [--keep DIR] [--timeml DIR]

Builds a JSON Lines corpus of N records from the TimeML documents in
../shared/data/timeml (with their DCT) and the texts of examples/, cycled with
distinct ids, three of them broken on purpose (not JSON, no text, an impossible
date). Each run is a fresh process; it prints the wall time, the parent's CPU, the
CPU each worker spent on documents (the busiest worker's is the wall time the run
needs when that many cores are free: on a shared machine wall time says little), the
CPU of all workers including their start-up, and the peak RSS of the parent and of
the largest worker. The outputs of all runs must be identical.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEML = ROOT.parent / "shared" / "data" / "timeml"


def build_corpus(n: int, path: Path, timeml: Path = TIMEML) -> int:
    sys.path.insert(0, str(ROOT))
    from timeline.timeml.reader import read_tml

    texts = []
    for tml in sorted(timeml.rglob("*.tml")):
        doc = read_tml(tml)
        texts.append({"text": doc.text, "date": doc.dct.isoformat() if doc.dct else None, "lang": "en"})
    for example in sorted((ROOT / "examples").glob("*.txt")):
        texts.append({"text": example.read_text(encoding="utf-8"), "date": "2021-06-16"})
    broken = {n // 10: '{"id": "broken-json", "text": "unterminated',
              n // 2: json.dumps({"id": "no-text", "date": "2021-06-16"}),
              n - n // 10: json.dumps({"id": "bad-date", "text": "at 10:00 GMT", "date": "2021-02-30"})}
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            line = broken.get(i) or json.dumps({"id": f"doc-{i:05d}", **texts[i % len(texts)]}, ensure_ascii=False)
            out.write(line + "\n")
    return len(texts)


_ORIGINAL_MANY = None  # timeline.batch.process_many before it is wrapped


def _timed_many(tasks, defaults):
    """process_many, with the worker's pid, CPU spent and peak RSS (module level: it is
    sent to the worker processes)."""
    many = _ORIGINAL_MANY
    if many is None:  # a worker started afresh (not forked) imports the original
        from timeline.batch import process_many as many
    started = time.process_time()
    lines = many(tasks, defaults)
    return lines, (os.getpid(), time.process_time() - started, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def child(source: str, output: str, jobs: int) -> None:
    """One measured run (in its own process, so that peak RSS is this run's)."""
    sys.path.insert(0, str(ROOT))
    import timeline.batch as batch

    global _ORIGINAL_MANY
    _ORIGINAL_MANY, original_results = batch.process_many, batch._results

    per_worker: dict[int, list[float]] = {}

    def results(batches, defaults, jobs_):
        for tasks, (lines, (pid, cpu, rss)) in original_results(batches, defaults, jobs_):
            cpu_so_far, rss_so_far = per_worker.get(pid, [0.0, 0])
            per_worker[pid] = [cpu_so_far + cpu, max(rss_so_far, rss)]
            yield tasks, lines

    batch.process_many, batch._results = _timed_many, results
    wall, cpu = time.perf_counter(), time.process_time()
    summary = batch.run_batch(source, output, jobs=jobs)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    own_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = sorted(per_worker.values(), reverse=True)
    print(summary.line())
    line = f"--jobs {jobs}: wall {wall:.1f} s; parent CPU {cpu:.2f} s"
    if jobs > 1:
        line += (f"; CPU per worker on documents: {', '.join(f'{w[0]:.2f} s' for w in workers)}"
                 f"; all workers with start-up {children.ru_utime + children.ru_stime:.2f} s"
                 f"; peak RSS parent {own_rss / 1024:.0f} MB, largest worker {max(w[1] for w in workers) / 1024:.0f} MB")
    else:
        line += f"; peak RSS {own_rss / 1024:.0f} MB"
    print(line)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--keep", help="write the corpus and outputs here (default: a temporary folder)")
    parser.add_argument("--timeml", type=Path, default=TIMEML, help="TimeML folder (default ../shared/data/timeml)")
    parser.add_argument("--child", nargs=3, metavar=("IN", "OUT", "JOBS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.child[1], int(args.child[2]))
        return 0
    if not args.timeml.is_dir():
        print(f"{args.timeml} is not present: nothing to measure")
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(args.keep or scratch)
        folder.mkdir(parents=True, exist_ok=True)
        corpus = folder / f"corpus{args.docs}.jsonl"
        distinct = build_corpus(args.docs, corpus, args.timeml)
        print(f"{args.docs} records ({corpus.stat().st_size / 1e6:.1f} MB, {distinct} distinct texts, 3 broken)")
        outputs = []
        for jobs in args.jobs:
            out = folder / f"out{args.docs}-jobs{jobs}.jsonl"
            subprocess.run([sys.executable, __file__, "--child", str(corpus), str(out), str(jobs)], check=True)
            outputs.append(out.read_bytes())
        print("outputs identical" if len(set(outputs)) == 1 else "OUTPUTS DIFFER")
    return 0


if __name__ == "__main__":
    sys.exit(main())
