"""Writes gold.json for the seventeenth held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

CDC, GATES = "Africa Centres for Disease Control and Prevention", "Bill & Melinda Gates Foundation"
MOJ, KG = "Ministry of Justice of the Kyrgyz Republic", "Red Crescent Society of Kyrgyzstan"
SO, KE, QA, WFP = (
    "Somali Red Crescent Society",
    "Kenya Red Cross Society",
    "Qatar Red Crescent Society",
    "World Food Programme",
)
CO, NRC, EU = "Colombian Red Cross", "Norwegian Refugee Council", "European Union"
DOCS = [
    (
        "b01_ifrc_release.txt",
        "2022-04-06",
        [
            org(IFRC, MB, None, "IFRC"),
            org(CDC, OTHER, None, "Africa CDC"),
            org(GATES, NGO, "US", "Gates Foundation"),
        ],
        [
            person("Mohammed Omer Mukhier", "Regional Director for Africa", IFRC),
            person("Jean Kaseya", "Director", CDC),
        ],
        [rel("alliance", [IFRC, CDC]), rel("support", [GATES, IFRC]), rel("support", [GATES, CDC])],
    ),
    (
        "b02_icrc_detention.txt",
        "2023-10-19",
        [
            org(ICRC, MB, None, "ICRC"),
            org(MOJ, GOV, "KG", "Ministry of Justice"),
            org(KG, NS, "KG"),
        ],
        [
            person("Boris Michel", "Head of regional delegation", ICRC),
            person("Ayaz Baetov", "Minister of Justice", MOJ),
        ],
        [rel("agreement", [ICRC, MOJ], ["Boris Michel", "Ayaz Baetov"])],
    ),
    (
        "b03_two_meetings.txt",
        "2024-02-27",
        [org(SO, NS, "SO"), org(KE, NS, "KE"), org(QA, NS, "QA", "QRCS"), org(WFP, UN)],
        [
            person("Yusuf Hassan Mohamed", "President", SO),
            person("Michael Dunford", "Regional Director for Eastern Africa", WFP),
        ],
        [
            rel("meeting", [SO, KE], place="Nairobi, Kenya"),
            rel("meeting", [SO, QA], place="Doha, Qatar"),
            rel("support", [QA, SO]),
            rel("meeting", [SO, WFP]),
        ],
    ),
    (
        "b04_byline.txt",
        "2023-06-03",
        [
            org(CO, NS, "CO"),
            org(NRC, NGO, "NO"),
            org(EU, GOV, None, "European Union's humanitarian aid department"),
        ],
        [person("Judith Carvajal de Álvarez", "Executive President", CO)],
        [rel("agreement", [CO, NRC]), rel("support", [EU, CO]), rel("support", [EU, NRC])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
