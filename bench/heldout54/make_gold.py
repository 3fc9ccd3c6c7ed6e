"""Writes gold.json for the fifty-fourth held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

NP, NO = "Nepal Red Cross Society", "Norwegian Red Cross"
KE, REAP, WFP = (
    "Kenya Red Cross Society",
    "Risk-informed Early Action Partnership",
    "World Food Programme",
)
JP, MN, JICA = (
    "Japanese Red Cross Society",
    "Mongolian Red Cross Society",
    "Japan International Cooperation Agency",
)
EG, JO, PS = (
    "Egyptian Red Crescent Society",
    "Jordan National Red Crescent Society",
    "Palestine Red Crescent Society",
)
CH, BA = "Swiss Red Cross", "Red Cross Society of Bosnia and Herzegovina"
ZM, MW = "Zambia Red Cross Society", "Malawi Red Cross Society"
DOCS = [
    (
        "n01_renewed_framework.txt",
        "2025-03-14",
        [org(NP, NS, "NP"), org(NO, NS, "NO")],
        [
            person("Bishnu Prasad Adhikari", "Secretary General", NP),
            person("Kristin Hovland", "Head of International Operations", NO),
        ],
        [
            rel(
                "agreement",
                [NP, NO],
                ["Bishnu Prasad Adhikari", "Kristin Hovland"],
                place="Kathmandu, Nepal",
                date="2025-03-14",
            ),
            rel("support", [NO, NP]),
        ],
    ),
    (
        "n02_joins_partnership.txt",
        "2025-02-07",
        [org(KE, NS, "KE", "Kenya Red Cross"), org(REAP, OTHER, None, "REAP"), org(WFP, UN, None)],
        [person("Amina Wekesa", "Deputy Secretary General", KE)],
        [rel("alliance", [KE, REAP])],
    ),
    (
        "n03_ambulances_handed_over.txt",
        "2024-10-21",
        [org(JP, NS, "JP", "Japanese Red Cross"), org(MN, NS, "MN"), org(JICA, GOV, "JP", "JICA")],
        [person("Bolormaa Tserendorj", "President", MN)],
        [
            rel("donation", [JP, MN], date="2024-10-21", place="Ulaanbaatar, Mongolia"),
            rel("support", [JICA, JP]),
        ],
    ),
    (
        "n04_three_societies_met.txt",
        "2025-04-10",
        [org(EG, NS, "EG"), org(JO, NS, "JO"), org(PS, NS, "PS")],
        [person("Mohammed Al-Hadid", "President", JO)],
        [rel("meeting", [EG, JO, PS], place="Amman, Jordan", date="2025-04-10")],
    ),
    (
        "n05_trainers_delivered.txt",
        "2024-09-18",
        [org(CH, NS, "CH"), org(BA, NS, "BA")],
        [person("Amra Hodžić", "Head of disaster management", BA)],
        [rel("support", [CH, BA]), rel("donation", [CH, BA])],
    ),
    (
        "n06_pan_african_sidelines.txt",
        "2024-11-06",
        [org(ZM, NS, "ZM"), org(MW, NS, "MW")],
        [],
        [
            rel(
                "participation",
                [ZM, MW],
                event="10th Pan-African Conference of Red Cross and Red Crescent Societies",
                place="Abuja, Nigeria",
            ),
            rel("meeting", [ZM, MW]),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
