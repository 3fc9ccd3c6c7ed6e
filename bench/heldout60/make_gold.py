"""Writes gold.json for the sixtieth held-out probe set: mostly things that are not
relationships (a plan, calls, warnings, an invitation, a joint statement) beside a few that
are (written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, MB, NS, org, person, rel, write_gold  # noqa: E402

BO, MOH = "Bolivian Red Cross", "Ministry of Health and Sports"
SD, NO, SE = "Sudanese Red Crescent", "Norwegian Red Cross", "Swedish Red Cross"
LB, CY = "Lebanese Red Cross", "Cyprus Red Cross Society"
MV, CN = "Maldivian Red Crescent", "Red Cross Society of China"
GR, IT, ES, ATH = (
    "Hellenic Red Cross",
    "Italian Red Cross",
    "Spanish Red Cross",
    "Municipality of Athens",
)
DOCS = [
    (
        "t01_plan_after_a_letter.txt",
        "2025-06-04",
        [org(BO, NS, "BO"), org(MOH, GOV, "BO")],
        [],
        [rel("agreement", [BO, MOH], date="2025-03")],
    ),
    (
        "t02_calls_on_parties.txt",
        "2025-02-12",
        [org(ICRC, MB, None, "ICRC"), org(SD, NS, "SD"), org(NO, NS, "NO"), org(SE, NS, "SE")],
        [],
        [],
    ),
    (
        "t03_quote_and_invitation.txt",
        "2024-11-28",
        [org(LB, NS, "LB"), org(CY, NS, "CY")],
        [person("Hamid Karimi", "Head of operations", LB)],
        [],
    ),
    (
        "t04_kits_received.txt",
        "2024-07-15",
        [org(MV, NS, "MV"), org(CN, NS, "CN")],
        [],
        [rel("donation", [CN, MV], date="2024-07-14")],
    ),
    (
        "t05_statement_not_support.txt",
        "2024-07-20",
        [org(GR, NS, "GR"), org(IT, NS, "IT"), org(ES, NS, "ES"), org(ATH, GOV, "GR")],
        [],
        [rel("support", [ATH, GR])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
