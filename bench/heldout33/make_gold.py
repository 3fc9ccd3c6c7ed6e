"""Writes gold.json for the thirty-third held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, org, person, rel, write_gold  # noqa: E402

GSL, SL = "Government of Sierra Leone", "Sierra Leone Red Cross Society"
NO, NP, MOHP = "Norwegian Red Cross", "Nepal Red Cross Society", "Ministry of Health and Population"
DE, SE, SD = "Government of Germany", "Government of Sweden", "Sudanese Red Crescent Society"
PH, DOH = "Philippine Red Cross", "Department of Health"
YE, SA, OCO = (
    "Yemen Red Crescent Society",
    "Saudi Red Crescent Authority",
    "Oman Charitable Organization",
)
VISA, VF, MX, ID = "Visa", "Visa Foundation", "Mexican Red Cross", "Indonesian Red Cross Society"
DOCS = [
    (
        "r01_status_agreement.txt",
        "2024-07-01",
        [org(IFRC, MB, None, "IFRC"), org(GSL, GOV, "SL", "Sierra Leone"), org(SL, NS, "SL")],
        [
            person("Caroline Holt", "Under Secretary General for Global Relations", IFRC),
            person("Timothy Kabba", "Minister of Foreign Affairs", GSL),
        ],
        [
            rel("agreement", [IFRC, GSL], ["Caroline Holt", "Timothy Kabba"], place="Freetown"),
        ],
    ),
    (
        "r02_through_partnership.txt",
        None,
        [org(NO, NS, "NO"), org(NP, NS, "NP"), org(MOHP, GOV, "NP")],
        [],
        [rel("alliance", [NO, NP]), rel("support", [NO, NP]), rel("alliance", [MOHP, NP])],
    ),
    (
        "r03_pledging_conference.txt",
        "2024-04-15",
        [
            org(DE, GOV, "DE", "Germany"),
            org(ICRC, MB, None, "ICRC"),
            org(SE, GOV, "SE", "Sweden"),
            org(IFRC, MB, None, "IFRC"),
            org(SD, NS, "SD"),
        ],
        [],
        [
            rel("donation", [DE, ICRC]),
            rel("donation", [SE, IFRC]),
            rel("support", [SE, SD]),
            rel("support", [IFRC, SD]),
        ],
    ),
    (
        "r04_extended_moa.txt",
        "2025-02-03",
        [org(PH, NS, "PH"), org(DOH, GOV, "PH")],
        [],
        [rel("agreement", [PH, DOH]), rel("support", [DOH, PH])],
    ),
    (
        "r05_auspices.txt",
        "2024-05-22",
        [org(YE, NS, "YE"), org(SA, NS, "SA"), org(ICRC, MB, None, "ICRC"), org(OCO, NGO, "OM")],
        [],
        [rel("meeting", [YE, SA, ICRC, OCO], place="Muscat")],
    ),
    (
        "r06_strategic_partnership.txt",
        None,
        [
            org(VISA, "company", "US"),
            org(IFRC, MB, None, "IFRC"),
            org(VF, NGO, "US"),
            org(MX, NS, "MX"),
            org(ID, NS, "ID"),
        ],
        [],
        [
            rel("alliance", [VISA, IFRC]),
            rel("donation", [VF, IFRC]),
            rel("support", [VISA, MX]),
            rel("support", [VISA, ID]),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
