"""Writes gold.json for the forty-sixth held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NS, OTHER, org, person, rel, write_gold  # noqa: E402

LB, EG, PS, IQ, JO = (
    "Lebanese Red Cross",
    "Egyptian Red Crescent",
    "Palestine Red Crescent Society",
    "Iraqi Red Crescent Society",
    "Jordan National Red Crescent Society",
)
HEMAS, LK = "Hemas Holdings PLC", "Sri Lanka Red Cross Society"
MOPH, AF = "Ministry of Public Health", "Afghan Red Crescent Society"
CH, NP = "Swiss Red Cross", "Nepal Red Cross Society"
FI, EE = "Finnish Red Cross", "Estonian Red Cross"
KR = "Korean Red Cross"
DOCS = [
    (
        "f01_participation_of.txt",
        "2024-11-04",
        [
            org(LB, NS, "LB"),
            org(EG, NS, "EG"),
            org(PS, NS, "PS"),
            org(IQ, NS, "IQ"),
            org(JO, NS, "JO"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [],
        [
            rel(
                "participation",
                [LB, EG, PS, IQ, JO],
                event="Arab Regional Conference on First Aid",
                place="Amman",
                date="2024-11-04",
            ),
            rel("support", [IFRC, JO]),
        ],
    ),
    (
        "f02_cheque_passive.txt",
        None,
        [org(HEMAS, OTHER, "LK", "Hemas", "Hemas Group"), org(LK, NS, "LK")],
        [
            person("Kasturi Chellaraja Wilson", "Group Chief Executive", HEMAS),
            person("Mahesh Johnny", "Director General", LK),
        ],
        [rel("donation", [HEMAS, LK])],
    ),
    (
        "f03_tripartite_with.txt",
        "2024-09-17",
        [org(ICRC, MB, None, "ICRC"), org(MOPH, GOV, "AF"), org(AF, NS, "AF")],
        [],
        [rel("agreement", [ICRC, MOPH, AF], date="2024-09-17")],
    ),
    (
        "f04_accompanied.txt",
        "2025-02-13",
        [org(IFRC, MB, None, "IFRC"), org(CH, NS, "CH"), org(NP, NS, "NP", "NRCS")],
        [
            person("Alexander Matheou", "Regional Director for Asia Pacific", IFRC),
            person("Martin Fischer", "Head of delegation", CH),
            person("Umesh Prasad Dhakal", "Secretary General", NP),
        ],
        [rel("meeting", [IFRC, CH, NP], place="Kathmandu")],
    ),
    (
        "f05_sister_societies.txt",
        "2021-06-06",
        [org(FI, NS, "FI"), org(EE, NS, "EE")],
        [],
        [rel("alliance", [FI, EE]), rel("support", [FI, EE])],
    ),
    (
        "f06_on_behalf.txt",
        "2023-10-19",
        [org(KR, NS, "KR", "Republic of Korea National Red Cross"), org(AF, NS, "AF")],
        [person("Mohammad Nabi", "Acting President", AF)],
        [rel("donation", [KR, AF])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
