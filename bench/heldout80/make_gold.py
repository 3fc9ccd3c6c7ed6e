"""Writes gold.json for the eightieth held-out probe set: support told as a noun ("Thanks
to the ICRC's support", "a long-time donor to", "which receives funding from", "The ICRC's
partnership with"; written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, MB, NS, org, rel, write_gold  # noqa: E402

AF = "Afghan Red Crescent Society"
CA, HT = "Canadian Red Cross Society", "Haitian Red Cross"
LY, AICS = "Libyan Red Crescent", "Italian Agency for Development Cooperation"
IQ = "Iraqi Red Crescent Society"
DOCS = [
    (
        "an01_thanks_to_its_support.txt",
        "2024-06-04",
        [org(ICRC, MB, None, "ICRC"), org(AF, NS, "AF")],
        [],
        [rel("support", [ICRC, AF])],
    ),
    (
        "an02_long_time_donor.txt",
        "2024-10-15",
        [org(CA, NS, "CA", "Canadian Red Cross"), org(HT, NS, "HT")],
        [],
        [rel("support", [CA, HT]), rel("donation", [CA, HT])],
    ),
    (
        "an03_which_receives_funding.txt",
        "2025-05-09",
        [org(LY, NS, "LY"), org(AICS, GOV, "IT")],
        [],
        [rel("support", [AICS, LY])],
    ),
    (
        "an04_partnership_with_as_subject.txt",
        "2025-02-12",
        [org(ICRC, MB, None, "ICRC"), org(IQ, NS, "IQ")],
        [],
        [rel("alliance", [ICRC, IQ])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
