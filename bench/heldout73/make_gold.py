"""Writes gold.json for the seventy-third held-out probe set: money as the Movement's news
tells it (a DREF allocation and a contributor to the DREF, a government's contribution to
an appeal, a cheque "presented by", pledges at a pledging event; written by the rcgraph
developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NS, org, person, rel, write_gold  # noqa: E402

BD, EU = "Bangladesh Red Crescent Society", "European Union"
IE = "Government of Ireland"
MUKUBA, ZM = "Mukuba Insurance", "Zambia Red Cross Society"
KOR, KR = "Government of the Republic of Korea", "Korean Red Cross"
DOCS = [
    (
        "ag01_dref_allocation.txt",
        "2024-08-24",
        [org(IFRC, MB, None, "IFRC"), org(BD, NS, "BD"), org(EU, GOV, None)],
        [],
        [rel("support", [IFRC, BD]), rel("support", [EU, IFRC])],
    ),
    (
        "ag02_announced_contribution.txt",
        "2025-04-15",
        [org(IE, GOV, "IE", "Ireland"), org(ICRC, MB, None, "ICRC")],
        [],
        [rel("donation", [IE, ICRC], date="2025-04-14")],
    ),
    (
        "ag03_cheque_presented_by.txt",
        "2025-01-30",
        [org(MUKUBA, "company", "ZM"), org(ZM, NS, "ZM")],
        [person("Kelvin Mulenga", "Secretary General", ZM)],
        [rel("donation", [MUKUBA, ZM], date="2025-01-30")],
    ),
    (
        "ag04_pledged_at.txt",
        "2025-04-10",
        [
            org(KOR, GOV, "KR", "Republic of Korea"),
            org(KR, NS, "KR", "Republic of Korea National Red Cross"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [],
        [rel("donation", [KOR, IFRC]), rel("donation", [KR, IFRC])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
