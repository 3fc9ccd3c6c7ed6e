"""Writes gold.json for the sixty-second held-out probe set: shapes of people's posts
(long appositions, Chinese names, lower-case titles, possessive titles, "the chief executive
of"; written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import NS, org, person, rel, write_gold  # noqa: E402

AE, SD = "Red Crescent Society of the United Arab Emirates", "Sudanese Red Crescent"
CN, NP = "Red Cross Society of China", "Nepal Red Cross Society"
FJ, AU = "Fiji Red Cross Society", "Australian Red Cross"
DUNNES, IE = "Dunnes Stores", "Irish Red Cross Society"
DOCS = [
    (
        "v01_long_apposition.txt",
        "2025-02-03",
        [org(AE, NS, "AE", "Emirates Red Crescent"), org(SD, NS, "SD")],
        [person("Hamdan bin Zayed Al Nahyan", "Chairman", AE)],
        [rel("donation", [AE, SD], place="Port Sudan, Sudan")],
    ),
    (
        "v02_chinese_names_lowercase.txt",
        "2024-10-08",
        [org(CN, NS, "CN", "RCSC"), org(NP, NS, "NP")],
        [
            person("Wang Ke", "Executive Vice President", CN),
            person("Bharat Raj Shrestha", "Secretary General", NP),
        ],
        [rel("donation", [CN, NP], place="Kathmandu, Nepal", date="2024-10-07")],
    ),
    (
        "v03_possessive_titles.txt",
        "2025-05-21",
        [org(FJ, NS, "FJ"), org(AU, NS, "AU")],
        [
            person("Losana Tuilau", "Director General", FJ),
            person("Michael Grant", "Head of international programs", AU),
        ],
        [rel("agreement", [FJ, AU], date="2025-05-21")],
    ),
    (
        "v04_ceo_the_of.txt",
        "2025-03-10",
        [org(DUNNES, "company", "IE"), org(IE, NS, "IE", "Irish Red Cross")],
        [
            person("Tom Byrne", "Chief Executive", DUNNES),
            person("Liam O'Dwyer", "Secretary General", IE),
        ],
        [rel("donation", [DUNNES, IE])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
