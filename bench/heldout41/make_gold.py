"""Writes gold.json for the forty-first held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, NS, UN, org, person, rel, write_gold  # noqa: E402

TR, IMM = "Turkish Red Crescent", "Istanbul Metropolitan Municipality"
QA, SD, QFFD = (
    "Qatar Red Crescent Society",
    "Sudanese Red Crescent Society",
    "Qatar Fund for Development",
)
UNHCR, BD = "United Nations High Commissioner for Refugees", "Bangladesh Red Crescent Society"
JP, NP = "Japanese Red Cross Society", "Nepal Red Cross Society"
KS, YE = "King Salman Humanitarian Aid and Relief Centre", "Yemen Red Crescent Society"
ZM, MOH, WHO, UNICEF = (
    "Zambia Red Cross Society",
    "Ministry of Health",
    "World Health Organization",
    "United Nations Children's Fund",
)
DOCS = [
    (
        "a01_kizilay_protocol.txt",
        "2024-02-19",
        [org(TR, NS, "TR", "Türk Kızılay", "Kızılay"), org(IMM, GOV, "TR")],
        [
            person("Fatma Meriç Yılmaz", "President", TR),
            person("Ekrem İmamoğlu", "Mayor", IMM),
        ],
        [
            rel(
                "agreement",
                [TR, IMM],
                ["Fatma Meriç Yılmaz", "Ekrem İmamoğlu"],
                place="Istanbul",
                date="2024-02-19",
            )
        ],
    ),
    (
        "a02_qrcs_qffd.txt",
        "2024-10-02",
        [org(QA, NS, "QA", "QRCS"), org(SD, NS, "SD", "SRCS"), org(QFFD, GOV, "QA", "QFFD")],
        [
            person("Faisal Mohamed Al-Emadi", "Secretary-General", QA),
            person("Aida Alsayed Sanad", "Secretary General", SD),
        ],
        [
            rel(
                "agreement",
                [QA, SD],
                ["Faisal Mohamed Al-Emadi", "Aida Alsayed Sanad"],
                date="2024-10-02",
            ),
            rel("support", [QFFD, QA]),
            rel("support", [QFFD, SD]),
        ],
    ),
    (
        "a03_unhcr_renewal.txt",
        "2025-01-08",
        [org(UNHCR, UN, None, "UNHCR", "UN Refugee Agency"), org(BD, NS, "BD", "BDRCS")],
        [person("Sumbul Rizvi", "Representative in Bangladesh", UNHCR)],
        [rel("agreement", [UNHCR, BD], date="2025-01-08"), rel("support", [UNHCR, BD])],
    ),
    (
        "a04_japanese_visit.txt",
        "2024-05-24",
        [org(JP, NS, "JP", "Japanese Red Cross"), org(NP, NS, "NP", "NRCS")],
        [
            person("Hideyuki Yamamoto", "Director General for International Operations", JP),
            person("Binod Prasad Pant", "Chairman", NP),
        ],
        [rel("meeting", [JP, NP], place="Kathmandu"), rel("support", [JP, NP])],
    ),
    (
        "a05_ksrelief_ambulances.txt",
        None,
        [org(KS, GOV, "SA", "KSrelief"), org(YE, NS, "YE")],
        [person("Mohammed Ahmed Al-Kebsi", "Secretary General", YE)],
        [rel("donation", [KS, YE])],
    ),
    (
        "a06_partners_quote.txt",
        "2024-03-04",
        [
            org(ZM, NS, "ZM", "Zambia Red Cross"),
            org(MOH, GOV, "ZM"),
            org(WHO, UN, None, "WHO"),
            org(UNICEF, UN, None, "UNICEF"),
        ],
        [person("Kennedy Mwale", "Secretary General", ZM)],
        [
            rel("alliance", [ZM, MOH]),
            rel("alliance", [ZM, WHO]),
            rel("alliance", [ZM, UNICEF]),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
