"""Writes gold.json for the ninety-eighth held-out probe set: a wire-copy donation with an
airline's logistics help and a future MoU, a Gulf agency meeting with an MoU and an
invitation, a newspaper research partnership with a grant and a "works with" co-mention,
and a climate-summit release with a co-hosted side event and a joint statement (written by
the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NS, UN, org, person, rel, write_gold  # noqa: E402

RCSC, ERCS, ET = (
    "Red Cross Society of China",
    "Ethiopian Red Cross Society",
    "Ethiopian Airlines",
)
ERC, KM = "Emirates Red Crescent", "Comoros Red Crescent"
CRC, UC, AI, AHS = (
    "Canadian Red Cross",
    "University of Calgary",
    "Alberta Innovates",
    "Alberta Health Services",
)
AZ, PK, KE, FJ, CC, WMO = (
    "Azerbaijan Red Crescent Society",
    "Pakistan Red Crescent Society",
    "Kenya Red Cross Society",
    "Fiji Red Cross Society",
    "Red Cross Red Crescent Climate Centre",
    "World Meteorological Organization",
)
DOCS = [
    (
        "ca01_xinhua_ethiopia_relief.txt",
        "2024-10-15",
        [
            org(RCSC, NS, "CN", "RCSC", "Chinese Red Cross"),
            org(ERCS, NS, "ET", "ERCS"),
            org(ET, "company", "ET"),
        ],
        [
            person("Wang Liqun", "Vice President", RCSC),
            person("Getachew Tadesse Worku", "Secretary General", ERCS),
        ],
        [
            rel("donation", [RCSC, ERCS], place="Addis Ababa", date="2024-10-15"),
            rel("support", [ET, ERCS]),
        ],
    ),
    (
        "ca02_wam_comoros_delegation.txt",
        "2024-02-12",
        [org(ERC, NS, "AE", "ERC"), org(KM, NS, "KM")],
        [
            person("Saeed Obaid Al Kaabi", "Secretary-General", ERC),
            person("Ahmed Said Mohamed", "President", KM),
            person(
                "Rashid Mubarak Al Mansouri", "Deputy Secretary-General for Relief Affairs", ERC
            ),
        ],
        [
            rel("meeting", [ERC, KM], place="Abu Dhabi", date="2024-02-12"),
            rel(
                "agreement",
                [ERC, KM],
                signatories=["Saeed Obaid Al Kaabi", "Ahmed Said Mohamed"],
                place="Abu Dhabi",
                date="2024-02-12",
            ),
            rel("support", [ERC, KM]),
        ],
    ),
    (
        "ca03_herald_smoke_study.txt",
        "2025-04-22",
        [
            org(CRC, NS, "CA", "Red Cross"),
            org(UC, "other", "CA", "U of C"),
            org(AI, GOV, "CA"),
            org(AHS, GOV, "CA"),
        ],
        [
            person(
                "Maryam Haddad", "Vice-President for Alberta and the Northwest Territories", CRC
            ),
            person("Colin Brenner", "Associate Professor of Community Health Sciences", UC),
        ],
        [rel("alliance", [CRC, UC]), rel("support", [AI, UC])],
    ),
    (
        "ca04_ifrc_cop29_release.txt",
        "2024-11-14",
        [
            org(IFRC, MB, None, "IFRC"),
            org(AZ, NS, "AZ"),
            org(PK, NS, "PK"),
            org(KE, NS, "KE"),
            org(FJ, NS, "FJ"),
            org(CC, MB, None),
            org(WMO, UN, None, "WMO"),
            org(ICRC, MB, None, "ICRC"),
        ],
        [
            person(
                "Lena Marković",
                "Under Secretary General for Global Relations, Humanitarian Diplomacy and "
                "Digitalization",
                IFRC,
            )
        ],
        [
            rel(
                "participation",
                [IFRC, AZ, PK, KE, FJ, CC, WMO],
                event="UN Climate Change Conference (COP29)",
                place="Baku, Azerbaijan",
                date="2024-11",
            ),
            rel("alliance", [IFRC, WMO]),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
