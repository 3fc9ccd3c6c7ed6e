"""Writes gold.json for the twentieth held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, IFRC, MB, NS, OTHER, org, person, rel, write_gold  # noqa: E402

GB, JP, CA = "British Red Cross", "Japanese Red Cross Society", "Government of Canada"
MZ, ES = "Mozambique Red Cross Society", "Spanish Red Cross"
GH, UG = "Ghana Red Cross Society", "University of Ghana"
CN = "Red Cross Society of China"
QA, SD = "Qatar Red Crescent Society", "Sudanese Red Crescent Society"
BY, RU = "Belarusian Red Cross", "Russian Red Cross Society"
DOCS = [
    (
        "e01_appeal_update.txt",
        "2024-03-18",
        [
            org(IFRC, MB, None, "IFRC"),
            org(GB, NS, "GB"),
            org(JP, NS, "JP"),
            org(CA, GOV, "CA"),
            org(MZ, NS, "MZ"),
            org(ES, NS, "ES"),
        ],
        [person("Jamie LeSueur", "Head of Emergency Operations", IFRC)],
        [
            rel("support", [GB, IFRC]),
            rel("support", [JP, IFRC]),
            rel("support", [CA, IFRC]),
            rel("support", [IFRC, MZ]),
            rel("support", [ES, MZ]),
        ],
    ),
    (
        "e02_university_mou.txt",
        None,
        [org(GH, NS, "GH"), org(UG, OTHER, "GH")],
        [
            person("Nana Aba Appiah Amfo", "Vice-Chancellor", UG),
            person("Kwame Asante", "Secretary General", GH),
        ],
        [rel("agreement", [GH, UG], ["Nana Aba Appiah Amfo", "Kwame Asante"], place="Accra")],
    ),
    (
        "e03_china_consignment.txt",
        None,
        [org(CN, NS, "CN"), org(MZ, NS, "MZ")],
        [person("Luisa Jose", "President", MZ)],
        [rel("donation", [CN, MZ], place="Maputo")],
    ),
    (
        "e04_visit_received.txt",
        "2024-02-09",
        [org(QA, NS, "QA", "QRCS"), org(SD, NS, "SD")],
        [
            person("Faisal Mohamed Al-Emadi", "Secretary General", QA),
            person("Aida Al-Sayed Abdullah", "President", SD),
        ],
        [rel("meeting", [QA, SD], place="Port Sudan"), rel("support", [QA, SD])],
    ),
    (
        "e05_video_talks.txt",
        "2024-06-05",
        [
            org(BY, NS, "BY"),
            org(RU, NS, "RU"),
            org("International Committee of the Red Cross", MB, None, "ICRC"),
        ],
        [
            person("Dmitry Shevtsov", "President", BY),
            person("Pavel Savchuk", "Chairman", RU),
        ],
        [rel("meeting", [BY, RU])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
