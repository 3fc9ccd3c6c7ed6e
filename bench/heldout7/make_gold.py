"""Writes gold.json for the seventh held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, UN, org, person, rel, write_gold  # noqa: E402

MDA, ARC, AFMDA = "Magen David Adom", "American Red Cross", "American Friends of Magen David Adom"
MZ = "Mozambique Red Cross Society"
MX, INM = "Mexican Red Cross", "National Institute of Migration"
GR, AL, BG, MK, RS = (
    "Hellenic Red Cross",
    "Albanian Red Cross",
    "Bulgarian Red Cross",
    "Red Cross of North Macedonia",
    "Red Cross of Serbia",
)
AF = "Afghan Red Crescent Society"
JP, PH, JICA = (
    "Japanese Red Cross Society",
    "Philippine Red Cross",
    "Japan International Cooperation Agency",
)
DOCS = [
    (
        "r01_mda_israel.txt",
        "2019-05-07",
        [org(MDA, NS, "IL", "MDA"), org(ARC, NS, "US"), org(AFMDA, NGO, "US")],
        [
            person("Eli Bin", "Director General", MDA),
            person("Gail McGovern", "Chief Executive Officer", ARC),
        ],
        [
            rel("agreement", [MDA, ARC], ["Eli Bin", "Gail McGovern"], place="Jerusalem"),
            rel("donation", [AFMDA, MDA]),
        ],
    ),
    (
        "r02_dref_mozambique.txt",
        "2023-03-16",
        [
            org(IFRC, MB, None, "IFRC"),
            org(MZ, NS, "MZ", "CVM", "Mozambique Red Cross"),
            org("Spanish Red Cross", NS, "ES"),
            org("Belgian Red Cross", NS, "BE"),
            org("Government of the Netherlands", GOV, "NL"),
            org("European Union", GOV),
        ],
        [],
        [
            rel("support", [IFRC, MZ]),
            rel("support", ["Spanish Red Cross", MZ]),
            rel("support", ["Belgian Red Cross", MZ]),
            rel("support", ["Government of the Netherlands", IFRC]),
            rel("support", ["European Union", IFRC]),
        ],
    ),
    (
        "r03_cruz_roja.txt",
        "2024-01-25",
        [
            org(MX, NS, "MX", "Cruz Roja Mexicana"),
            org(ARC, NS, "US", "Cruz Roja Americana"),
            org(ICRC, MB, None, "ICRC"),
            org(INM, GOV, "MX", "INM"),
        ],
        [person("Fernando Suinaga Cárdenas", "President", MX)],
        [
            rel("agreement", [MX, ARC]),
            rel("support", [ICRC, MX]),
            rel("support", [ICRC, ARC]),
            rel("agreement", [MX, INM], date="2023"),
        ],
    ),
    (
        "r04_greece_hellenic.txt",
        "2022-10-03",
        [
            org(GR, NS, "GR"),
            org(AL, NS, "AL"),
            org(BG, NS, "BG"),
            org(MK, NS, "MK"),
            org(RS, NS, "RS"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [
            person("Antonios Avgerinos", "President", GR),
            person("Birgitte Bischoff Ebbesen", "Director", IFRC),
        ],
        [rel("meeting", [GR, AL, BG, MK, RS, IFRC], place="Athens, Greece")],
    ),
    (
        "r05_wire_afghan.txt",
        None,
        [
            org(ICRC, MB, None, "ICRC"),
            org(AF, NS, "AF", "ARCS"),
            org("World Health Organization", UN),
            org("United Nations Children's Fund", UN, None, "UNICEF"),
        ],
        [
            person("Mattiul Haq Khales", "acting President", AF),
            person("Alberto Cairo", "Head of delegation", ICRC),
        ],
        [rel("donation", [ICRC, AF]), rel("meeting", [AF, ICRC], place="Kabul, Afghanistan")],
    ),
    (
        "r06_japan_philippines.txt",
        "2024-02-02",
        [org(JP, NS, "JP", "JRCS"), org(PH, NS, "PH", "PRC"), org(JICA, GOV, "JP", "JICA")],
        [
            person("Atsushi Seike", "President", JP),
            person("Richard J. Gordon", "Chairman and CEO", PH),
        ],
        [
            rel(
                "agreement", [JP, PH], ["Atsushi Seike", "Richard J. Gordon"], place="Tokyo, Japan"
            ),
            rel("support", [JP, PH]),
            rel("support", [JICA, JP]),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
