"""Run every benchmark in turn (about 10 minutes on 2 cores) and print their tables.

.venv/bin/python bench/run_all.py        (or: make bench)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
RUNS = [
    ["eval_extraction.py", "--all"],
    ["extraction_speed.py", "--articles", "10000"],
    ["bench_api.py", "--requests", "500"],
    ["bench_sparql.py", "--repeat", "30"],
    ["bench_ingest.py", "--articles", "500"],
    ["load_test.py", "--seconds", "30", "--clients", "16"],
]


def main() -> int:
    failed = 0
    for script, *args in RUNS:
        print(f"\n## {script} {' '.join(a for a in args if not a.endswith('.txt'))}", flush=True)
        failed += subprocess.call([sys.executable, str(BENCH / script), *args], cwd=ROOT) != 0
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
