"""Writes gold.json for the ninety-second held-out probe set: a letter of intent signed
before a minister with a standing support told after it, a joint statement (not a
relationship), and a blood drive organised in collaboration with a company (written by the
rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NS, OTHER, org, person, rel, write_gold  # noqa: E402

MV, SG, MOH = "Maldivian Red Crescent", "Singapore Red Cross", "Ministry of Health"
PS, MDA, SD = "Palestine Red Crescent Society", "Magen David Adom", "Sudanese Red Crescent Society"
BH, BAPCO, SMC = (
    "Bahrain Red Crescent Society",
    "Bahrain Petroleum Company",
    ("Salmaniya Medical Complex"),
)
DOCS = [
    (
        "az01_letter_of_intent.txt",
        "2024-09-12",
        [org(MV, NS, "MV", "MRC"), org(SG, NS, "SG", "SRC"), org(MOH, GOV, "MV")],
        [
            person("Fathimath Nazla Rafeeg", "President", MV),
            person("Benjamin William", "Secretary General", SG),
            person("Abdulla Nazim Ibrahim", "Minister of Health", MOH),
        ],
        [
            rel(
                "agreement",
                [MV, SG],
                signatories=["Fathimath Nazla Rafeeg", "Benjamin William"],
                place="Malé",
            ),
            rel("support", [SG, MV], date="2016"),
        ],
    ),
    (
        "az02_statement_not_relation.txt",
        "2024-08-19",
        [
            org(ICRC, MB, None, "ICRC"),
            org(IFRC, MB, None, "IFRC"),
            org(PS, NS, "PS"),
            org(MDA, NS, "IL"),
            org(SD, NS, "SD"),
        ],
        [
            person("Mirjana Spoljaric", "President", ICRC),
            person("Kate Forbes", "President", IFRC),
        ],
        [],
    ),
    (
        "az03_blood_drive_collab.txt",
        "2025-06-14",
        [
            org(BH, NS, "BH", "Bahrain Red Crescent"),
            org(BAPCO, "company", "BH", "Bapco"),
            org(SMC, OTHER, "BH"),
        ],
        [
            person("Mark Thomas", "Chief Executive", BAPCO),
            person("Mubarak Al-Hadi", "Secretary-General", BH),
        ],
        [rel("alliance", [BH, BAPCO])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
