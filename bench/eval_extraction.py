"""Score extraction against a gold file, through the same path as the CLI.

    .venv/bin/python bench/eval_extraction.py ../shared/dev-set/gold.json ../shared/dev-set/*.txt
    .venv/bin/python bench/eval_extraction.py --all      # dev set and every held-out set

Ingests the files into a fresh in-memory store, writes the partners, people and events
tables as the CLI does, and runs the scorer (``../shared/score_extraction.py``, or
``--scorer``), printing precision, recall and F1 per table. ``--all`` scores the shared dev
set and each of our own held-out sets (``bench/heldout*/``, articles we wrote to probe the
rules on phrasings they had not seen) and prints one Markdown table.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph import tables  # noqa: E402
from graph.pipeline import ingest_files, load_reference_data  # noqa: E402
from graph.store import open_store  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "score_extraction.py"


def evaluate(
    gold: str, files: list[str], *, scorer: str = str(SCORER), verbose: bool = False
) -> str:
    """The scorer's report for ``files`` against ``gold`` (its last line is the summary)."""
    store = open_store(":memory:")
    load_reference_data(store)
    report = ingest_files(store, files)
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
        cmd = [sys.executable, scorer, gold, *paths] + (["-v"] if verbose else [])
        return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def _sets() -> list[tuple[str, Path, list[str]]]:
    """(name, gold, articles) of the dev set and of every held-out set."""
    out = []
    dev = ROOT.parent / "shared" / "dev-set"
    if (dev / "gold.json").is_file():
        out.append(("shared dev set", dev / "gold.json", sorted(map(str, dev.glob("*.txt")))))
    for d in sorted(ROOT.glob("bench/heldout*"), key=lambda p: int(p.name[7:] or 1)):
        if not (d / "gold.json").is_file():
            continue  # a set still being written
        files = sorted(str(p) for p in d.iterdir() if p.suffix in (".txt", ".html"))
        out.append((d.name, d / "gold.json", files))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?")
    parser.add_argument("files", nargs="*")
    parser.add_argument("--all", action="store_true", help="the dev set and every held-out set")
    parser.add_argument("--scorer", default=str(SCORER))
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    if not args.all:
        if not args.gold or not args.files:
            parser.error("give GOLD and FILES, or --all")
        print(evaluate(args.gold, args.files, scorer=args.scorer, verbose=args.verbose), end="")
        return 0
    print("| set | articles | pairs P / R / F1 | people P / R / F1 | participants F1 |")
    print("| --- | --- | --- | --- | --- |")
    for name, gold, files in _sets():
        line = evaluate(str(gold), files, scorer=args.scorer).strip().splitlines()[-1]
        got = re.findall(
            r"(pairs|people|participants) (?:P=([\d.]+) R=([\d.]+) )?F1=([\d.]+|n/a)", line
        )
        cells = {k: (p, r, f) for k, p, r, f in got}
        pair, people = cells.get("pairs", ("", "", "")), cells.get("people", ("", "", ""))
        part = cells.get("participants", ("", "", "n/a"))[2]
        people_cell, pair_cell = " / ".join(people), " / ".join(pair)
        if re.search(r"people [^;]*\(gold 0, found 0\)", line):
            people_cell = "n/a"  # a set with no officials: nothing to score
        if re.search(r"pairs [^;]*\(gold 0, found 0,", line):
            pair_cell = "n/a"  # a set of events only: no pairs to score
        print(f"| {name} | {len(files)} | {pair_cell} | {people_cell} | {part} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
