"""Writes gold.json for the seventy-fourth held-out probe set: operations told as "in
cooperation with", "together with", a joint assessment "supported by", a gift thanked for
(written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NS, OTHER, org, rel, write_gold  # noqa: E402

YE, PS, SHIFA = "Yemen Red Crescent Society", "Palestine Red Crescent Society", "Al-Shifa Hospital"
MZ, PT = "Mozambique Red Cross Society", "Portuguese Red Cross"
NP, IN = "Nepal Red Cross Society", "Government of India"
DOCS = [
    (
        "ah01_in_cooperation_with.txt",
        "2024-11-18",
        [org(ICRC, MB, None, "ICRC"), org(YE, NS, "YE")],
        [],
        [rel("alliance", [ICRC, YE])],
    ),
    (
        "ah02_hospital_supplies.txt",
        "2023-12-06",
        [org(ICRC, MB, None, "ICRC"), org(SHIFA, OTHER, "PS"), org(PS, NS, "PS")],
        [],
        [rel("donation", [ICRC, SHIFA]), rel("alliance", [ICRC, PS])],
    ),
    (
        "ah03_joint_assessment.txt",
        "2024-12-20",
        [org(MZ, NS, "MZ"), org(IFRC, MB, None, "IFRC"), org(PT, NS, "PT")],
        [],
        [rel("alliance", [MZ, IFRC]), rel("support", [PT, MZ]), rel("support", [PT, IFRC])],
    ),
    (
        "ah04_thanked_government.txt",
        "2024-07-09",
        [org(NP, NS, "NP"), org(IN, GOV, "IN", "India")],
        [],
        [rel("donation", [IN, NP], place="Kathmandu, Nepal", date="2024-07-08")],
    ),
]

write_gold(DOCS, Path(__file__).parent)
