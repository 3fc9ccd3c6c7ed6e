"""Writes gold.json for the ninety-ninth held-out probe set: a translated-sounding protocol
signing with an observer and a planned exercise, a bylined fuel deal funded through a channel
society with an appeal, an IFRC release with DREF, ECHO and seconded staff beside a "works
alongside" co-mention, and a newspaper visit with separate bilateral meetings and plans
(written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NS, UN, org, person, rel, write_gold  # noqa: E402

UZ, MES = (
    "Red Crescent Society of Uzbekistan",
    "Ministry of Emergency Situations of the Republic of Uzbekistan",
)
QRCS, LRC, QFFD = "Qatar Red Crescent Society", "Lebanese Red Cross", "Qatar Fund for Development"
ZM, ECHO, BRC, MOH, UNICEF = (
    "Zambia Red Cross Society",
    "European Civil Protection and Humanitarian Aid Operations",
    "British Red Cross",
    "Ministry of Health",
    "United Nations Children's Fund",
)
PMI, MFA, MSA = (
    "Indonesian Red Cross",
    "Ministry of Foreign Affairs",
    "Ministry of Social Affairs",
)
DOCS = [
    (
        "cb01_uzbekistan_protocol.txt",
        "2025-01-27",
        [
            org(UZ, NS, "UZ"),
            org(MES, GOV, "UZ", "Ministry of Emergency Situations"),
            org(IFRC, MB, None),
        ],
        [
            person("Dilnoza Karimova", "Chairperson", UZ),
            person("Bakhtiyor Usmonov", "First Deputy Minister of Emergency Situations", MES),
            person(
                "Kanat Seitkaliyev", "Head of the Country Cluster Delegation for Central Asia", IFRC
            ),
        ],
        [
            rel("meeting", [UZ, MES], place="Tashkent", date="2025-01-27"),
            rel(
                "agreement",
                [UZ, MES],
                signatories=["Dilnoza Karimova", "Bakhtiyor Usmonov"],
                place="Tashkent",
                date="2025-01-27",
            ),
        ],
    ),
    (
        "cb02_beirut_fuel_deal.txt",
        "2025-06-10",
        [
            org(QRCS, NS, "QA", "QRCS"),
            org(LRC, NS, "LB", "LRC"),
            org(QFFD, GOV, "QA", "QFFD"),
        ],
        [
            person("Ali Hassan Al-Hammadi", "Head of the Representation Mission in Lebanon", QRCS),
            person("Nabil Akiki", "Secretary General", LRC),
        ],
        [
            rel(
                "agreement",
                [QRCS, LRC],
                signatories=["Ali Hassan Al-Hammadi", "Nabil Akiki"],
                place="Beirut, Lebanon",
                date="2025-06-10",
            ),
            rel("support", [QFFD, QRCS]),
            rel("support", [QRCS, LRC]),
        ],
    ),
    (
        "cb03_ifrc_zambia_cholera.txt",
        "2024-02-06",
        [
            org(ZM, NS, "ZM", "Zambia Red Cross"),
            org(IFRC, MB, None, "IFRC"),
            org(ECHO, GOV, None, "ECHO", "European Union"),
            org(BRC, NS, "GB"),
            org(MOH, GOV, "ZM"),
            org(UNICEF, UN, None, "UNICEF"),
        ],
        [
            person("Kennedy Mwale", "Secretary General", ZM),
            person(
                "Grace Chilufya", "Head of the Country Cluster Delegation for Southern Africa", IFRC
            ),
        ],
        [
            rel("support", [IFRC, ZM]),
            rel("support", [ECHO, ZM]),
            rel("support", [BRC, ZM]),
        ],
    ),
    (
        "cb04_jakarta_icrc_visit.txt",
        "2023-11-08",
        [
            org(ICRC, MB, None, "ICRC"),
            org(PMI, NS, "ID", "PMI"),
            org(MFA, GOV, "ID", "Foreign Ministry"),
            org(MSA, GOV, "ID", "Social Affairs Ministry"),
        ],
        [
            person("Marianne Vogt", "Vice-President", ICRC),
            person("Arifin Mahmud", "Secretary-General", PMI),
            person("Rudi Santoso", "Deputy Foreign Minister", MFA),
        ],
        [
            rel("meeting", [ICRC, PMI], place="Jakarta", date="2023-11-07"),
            rel("support", [ICRC, PMI]),
            rel("meeting", [ICRC, MFA], place="Jakarta", date="2023-11-07"),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
