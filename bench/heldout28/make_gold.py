"""Writes gold.json for the twenty-eighth held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, IFRC, MB, NGO, NS, UN, org, person, rel, write_gold  # noqa: E402

OX, CARE, PLAN = "Oxfam", "CARE International", "Plan International"
WV, LWF = "World Vision", "Lutheran World Federation"
SIDA = "Swedish International Development Cooperation Agency"
DHL, PH, TR = "DHL Group", "Philippine Red Cross", "Turkish Red Crescent"
SA, ID, IDN = (
    "Saudi Red Crescent Authority",
    "Government of Indonesia",
    "Indonesian Red Cross Society",
)
TJ, DE, CES = (
    "Red Crescent Society of Tajikistan",
    "German Red Cross",
    "Committee of Emergency Situations",
)
UNICEF, SD = "United Nations Children's Fund", "Sudanese Red Crescent Society"
CN, SY, CRCF = (
    "Red Cross Society of China",
    "Syrian Arab Red Crescent",
    "Chinese Red Cross Foundation",
)
DOCS = [
    (
        "m01_ngo_coalition.txt",
        "2024-05-02",
        [
            org(OX, NGO),
            org(CARE, NGO),
            org(PLAN, NGO),
            org(WV, NGO),
            org(LWF, NGO),
            org(SIDA, GOV, "SE", "Sida"),
        ],
        [person("Fatou Diallo", "regional director", CARE)],
        [
            rel("alliance", [OX, CARE, PLAN, WV, LWF], place="Dakar"),
            *[rel("support", [SIDA, x]) for x in (OX, CARE, PLAN, WV, LWF)],
        ],
    ),
    (
        "m02_logistics_partnership.txt",
        "2025-01-27",
        [org(DHL, "company"), org(IFRC, MB, None, "IFRC"), org(PH, NS, "PH"), org(TR, NS, "TR")],
        [
            person("Katja Busch", "Chief Commercial Officer", DHL),
            person("Birgitte Ebbesen", "Regional Director for Europe", IFRC),
        ],
        [
            rel("agreement", [DHL, IFRC], ["Katja Busch", "Birgitte Ebbesen"]),
            rel("alliance", [DHL, IFRC]),
            rel("support", [DHL, IFRC]),
            rel("support", [DHL, PH]),
            rel("support", [DHL, TR]),
        ],
    ),
    (
        "m03_riyadh_meeting.txt",
        None,
        [org(SA, NS, "SA"), org(ID, GOV, "ID"), org(IDN, NS, "ID")],
        [
            person("Saleh bin Hamad Al-Otaibi", "President", SA),
            person("Abdul Aziz Ahmad", "Ambassador", ID),
        ],
        [rel("meeting", [SA, ID], place="Riyadh")],
    ),
    (
        "m04_dref_support.txt",
        None,
        [org(TJ, NS, "TJ"), org(IFRC, MB, None, "IFRC"), org(DE, NS, "DE"), org(CES, GOV, "TJ")],
        [],
        [
            rel("support", [IFRC, TJ]),
            rel("support", [DE, TJ]),
            rel("alliance", [TJ, CES]),
        ],
    ),
    (
        "m05_unicef_pca.txt",
        "2024-07-09",
        [org(UNICEF, UN, None, "UNICEF"), org(SD, NS, "SD", "SRCS")],
        [
            person("Ahmed Rahman", "Representative in Sudan", UNICEF),
            person("Aida Elsayed", "Secretary General", SD),
        ],
        [
            rel("agreement", [UNICEF, SD], ["Ahmed Rahman", "Aida Elsayed"], place="Port Sudan"),
            rel("support", [UNICEF, SD]),
        ],
    ),
    (
        "m06_xinhua_donation.txt",
        None,
        [
            org(CN, NS, "CN", "RCSC"),
            org(SY, NS, "SY", "SARC"),
            org(TR, NS, "TR"),
            org(CRCF, NGO, "CN"),
        ],
        [],
        [
            rel("donation", [CN, SY]),
            rel("donation", [CN, TR]),
            rel("support", [CN, TR]),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
