"""Writes gold.json for the sixty-fourth held-out probe set: relationships told as
background ("Under a 2022 agreement", "dates back to 2013", "first cooperated … when"),
a workshop of three societies, a gift "on behalf of the people of", honours for support
(written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, NS, org, person, rel, write_gold  # noqa: E402

MA, MOI = "Moroccan Red Crescent", "Ministry of Interior"
SE, IKEA = "Swedish Red Cross", "IKEA"
GT, SV, HN = "Guatemalan Red Cross", "Salvadorean Red Cross Society", "Honduran Red Cross"
JP, PH = "Government of Japan", "Philippine Red Cross"
KW, KOC, ZAIN = "Kuwait Red Crescent Society", "Kuwait Oil Company", "Zain Kuwait"
NP, CN = "Nepal Red Cross Society", "Red Cross Society of China"
DOCS = [
    (
        "x01_under_a_2022_agreement.txt",
        "2024-08-01",
        [org(MA, NS, "MA"), org(MOI, GOV, "MA")],
        [],
        [rel("agreement", [MA, MOI], date="2022")],
    ),
    (
        "x02_partnership_dates_back.txt",
        "2024-11-05",
        [org(SE, NS, "SE"), org(IKEA, "company", "SE")],
        [],
        [rel("alliance", [SE, IKEA], date="2013"), rel("support", [IKEA, SE])],
    ),
    (
        "x03_gathered_for_workshop.txt",
        "2024-10-22",
        [org(GT, NS, "GT"), org(SV, NS, "SV", "Salvadorean Red Cross"), org(HN, NS, "HN")],
        [],
        [rel("meeting", [GT, SV, HN], place="San Salvador, El Salvador", date="2024-10-21")],
    ),
    (
        "x04_on_behalf_of_the_people.txt",
        "2024-11-04",
        [org(JP, GOV, "JP", "Japan"), org(PH, NS, "PH")],
        [person("Takeshi Kato", "Ambassador", JP)],
        [rel("donation", [JP, PH], date="2024-11-04")],
    ),
    (
        "x05_honoured_for_support.txt",
        "2025-03-20",
        [org(KW, NS, "KW"), org(KOC, "company", "KW"), org(ZAIN, "company", "KW")],
        [],
        [rel("support", [KOC, KW]), rel("support", [ZAIN, KW])],
    ),
    (
        "x06_first_cooperated_when.txt",
        "2025-04-25",
        [org(NP, NS, "NP"), org(CN, NS, "CN")],
        [],
        [rel("donation", [CN, NP], date="2015")],
    ),
]

write_gold(DOCS, Path(__file__).parent)
