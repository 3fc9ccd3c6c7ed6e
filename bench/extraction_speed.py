"""Extraction speed on one core: articles/s, words/s, peak memory.

    .venv/bin/python bench/extraction_speed.py [--articles 10000] [--density 0.15] [DIR]

Reads and extracts every article of DIR (default: the corpus that
``bench/extraction_corpus.py`` writes at that density of relationship sentences, created
if missing) in this one process pinned to one core, without the store, and prints a
Markdown table.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph.documents import read_document  # noqa: E402
from graph.extract import extract_document  # noqa: E402
from graph.extract.organisations import gazetteer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?")
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--density", type=float, default=0.15)
    args = parser.parse_args()
    corpus = Path(
        args.directory or ROOT / "bench" / "out" / f"corpus-{args.articles}-{args.density}"
    )
    if not corpus.is_dir():
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "bench" / "extraction_corpus.py"),
                "--articles",
                str(args.articles),
                "-o",
                str(corpus),
                "--density",
                str(args.density),
            ],
            check=True,
        )
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    files = sorted(corpus.glob("*.txt"))[: args.articles]
    gazetteer()  # built once per process; not part of the per-article cost
    words = relations = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    for f in files:
        doc = read_document(f)
        words += len(doc.text.split())
        relations += len(extract_document(doc).relations)
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu_started  # this process's own core time: robust to neighbours
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # the machine's own speed at the time (shared hosts vary by 2× from hour to hour)
    ref_started = time.process_time()
    total = 0
    for i in range(10_000_000):
        total += i
    reference = time.process_time() - ref_started
    print(f"\n### Extraction speed ({len(files)} articles, {corpus.name}, one core)\n")
    print(
        "| articles | words | wall s | CPU s | articles/s (CPU) | words/s (CPU) | "
        "articles/s (wall) | relations | peak RSS |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    print(
        f"| {len(files)} | {words} | {seconds:.1f} | {cpu:.1f} | {len(files) / cpu:.0f} | "
        f"{words / cpu:,.0f} | {len(files) / seconds:.0f} | {relations} | {peak:.0f} MB |"
    )
    print(
        f"\nMachine speed at the time: a 10-million-step Python loop took {reference:.2f} s of CPU "
        "(about 0.6 s on an unloaded host of this kind; scale the rates by it to compare runs)."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
