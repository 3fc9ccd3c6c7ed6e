"""Writes gold.json for the thirty-seventh held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, org, person, rel, write_gold  # noqa: E402

NP, NCELL, DHM = (
    "Nepal Red Cross Society",
    "Ncell Axiata Limited",
    "Department of Hydrology and Meteorology",
)
EE, FI, LV, LT = (
    "Estonian Red Cross",
    "Finnish Red Cross",
    "Latvian Red Cross",
    "Lithuanian Red Cross Society",
)
EC, NO = "Ecuadorian Red Cross", "Norwegian Red Cross"
ZAIN, IQ = "Zain Iraq", "Iraqi Red Crescent Society"
PK, HAI, NDMA = (
    "Pakistan Red Crescent Society",
    "HelpAge International",
    "National Disaster Management Authority",
)
MR, MA = "Mauritanian Red Crescent", "Moroccan Red Crescent"
DOCS = [
    (
        "v01_sms_warning.txt",
        "2024-05-14",
        [
            org(NP, NS, "NP", "NRCS", "Nepal Red Cross"),
            org(NCELL, OTHER, "NP", "Ncell"),
            org(DHM, GOV, "NP"),
        ],
        [
            person("Umesh Prasad Dhakal", "Secretary General", NP),
            person("Jabbor Kayumov", "Chief Executive Officer", NCELL),
        ],
        [
            rel(
                "agreement",
                [NP, NCELL],
                ["Umesh Prasad Dhakal", "Jabbor Kayumov"],
                place="Kathmandu",
                date="2024-05-14",
            )
        ],
    ),
    (
        "v02_baltic_side_meeting.txt",
        "2024-10-03",
        [
            org(EE, NS, "EE"),
            org(FI, NS, "FI"),
            org(LV, NS, "LV"),
            org(LT, NS, "LT"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
        ],
        [],
        [
            rel("meeting", [EE, FI, LV, LT], place="Tallinn", date="2024-10-03"),
            rel(
                "participation",
                [EE, FI, LV, LT, IFRC, ICRC],
                event="11th European Red Cross and Red Crescent Regional Conference",
                place="Tallinn",
            ),
        ],
    ),
    (
        "v03_cash_ecuador.txt",
        "2024-07-09",
        [org(ICRC, MB, None, "ICRC"), org(EC, NS, "EC"), org(NO, NS, "NO")],
        [person("Jean-Nicolas Marti", "Head of delegation", ICRC)],
        [rel("support", [ICRC, EC]), rel("support", [NO, EC])],
    ),
    (
        "v04_company_donation.txt",
        None,
        [org(ZAIN, OTHER, "IQ", "Zain"), org(IQ, NS, "IQ")],
        [
            person("Yassin Ahmed Abbas", "Secretary General", IQ),
            person("Ali Al-Zahid", "Corporate affairs director", ZAIN),
        ],
        [rel("donation", [ZAIN, IQ])],
    ),
    (
        "v05_alliance_heat.txt",
        "2024-06-20",
        [org(PK, NS, "PK"), org(HAI, NGO), org(NDMA, GOV, "PK")],
        [person("Abrar ul Haq", "Chairman", PK)],
        [rel("alliance", [PK, HAI, NDMA])],
    ),
    (
        "v06_visit_headquarters.txt",
        "2024-09-02",
        [org(MR, NS, "MR"), org(MA, NS, "MA")],
        [
            person("Mohamed Lemine Ould Ahmed", "President", MR),
            person("Mohamed Amine Benjelloun", "Secretary General", MA),
        ],
        [rel("meeting", [MR, MA], place="Rabat"), rel("agreement", [MR, MA], place="Rabat")],
    ),
]

if __name__ == "__main__":
    write_gold(DOCS, Path(__file__).parent)
