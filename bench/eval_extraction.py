"""Score extraction against a gold file, through the same path as the CLI.

    .venv/bin/python bench/eval_extraction.py ../shared/dev-set/gold.json ../shared/dev-set/*.txt

Ingests the files into a fresh in-memory store, writes the partners, people and events
tables as the CLI does, and runs the scorer (``../shared/score_extraction.py``, or
``--scorer``), printing precision, recall and F1 per table.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph import tables  # noqa: E402
from graph.pipeline import ingest_files, load_reference_data  # noqa: E402
from graph.store import open_store  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("files", nargs="+")
    parser.add_argument("--scorer", default=str(ROOT.parent / "shared" / "score_extraction.py"))
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    store = open_store(":memory:")
    load_reference_data(store)
    report = ingest_files(store, args.files)
    for item in report.failed:
        print(f"skipped {item.name}: {item.error}", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for name, fn, cols in (
            ("partners", tables.partner_rows, tables.PARTNER_COLUMNS),
            ("people", tables.people_rows, tables.PEOPLE_COLUMNS),
            ("events", tables.event_rows, tables.EVENT_COLUMNS),
        ):
            path = Path(tmp) / f"{name}.csv"
            path.write_text(tables.format_rows(fn(store), cols, "csv"), encoding="utf-8")
            paths.append(str(path))
        cmd = [sys.executable, args.scorer, args.gold, *paths] + (["-v"] if args.verbose else [])
        return subprocess.call(cmd)


if __name__ == "__main__":
    raise SystemExit(main())
