"""Writes gold.json for the forty-second held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, IFRC, MB, NGO, NS, UN, org, person, rel, write_gold  # noqa: E402

FR, SN, AFD = "French Red Cross", "Senegalese Red Cross Society", "French Development Agency"
MW, MOH = "Malawi Red Cross Society", "Ministry of Health"
GCZ, UA, CZ = (
    "Government of the Czech Republic",
    "Ukrainian Red Cross Society",
    "Czech Red Cross",
)
NO, NRC = "Norwegian Red Cross", "Norwegian Refugee Council"
EG, PS, WHO, WFP = (
    "Egyptian Red Crescent",
    "Palestine Red Crescent Society",
    "World Health Organization",
    "World Food Programme",
)
KW, GPH, PH = (
    "Kuwait Red Crescent Society",
    "Government of the Philippines",
    "Philippine Red Cross",
)
DOCS = [
    (
        "b01_french_senegal.txt",
        "2024-03-14",
        [org(FR, NS, "FR"), org(SN, NS, "SN"), org(AFD, GOV, "FR", "AFD")],
        [
            person("Nathalie Smirnov", "Director General", FR),
            person("Abdoul Azize Diallo", "President", SN),
        ],
        [
            rel(
                "agreement",
                [FR, SN],
                ["Nathalie Smirnov", "Abdoul Azize Diallo"],
                place="Dakar",
                date="2024-03-14",
            ),
            rel("support", [AFD, FR]),
            rel("support", [AFD, SN]),
        ],
    ),
    (
        "b02_dref_malawi.txt",
        "2025-01-29",
        [org(IFRC, MB, None, "IFRC"), org(MW, NS, "MW"), org(MOH, GOV, "MW")],
        [],
        [rel("support", [IFRC, MW]), rel("alliance", [MW, MOH])],
    ),
    (
        "b03_czech_donation.txt",
        "2024-12-05",
        [org(GCZ, GOV, "CZ", "Czech Republic", "Czechia"), org(UA, NS, "UA"), org(CZ, NS, "CZ")],
        [person("Maksym Dotsenko", "Director General", UA)],
        [rel("donation", [GCZ, UA]), rel("support", [CZ, UA])],
    ),
    (
        "b04_appointment.txt",
        "2024-06-10",
        [org(NO, NS, "NO"), org(NRC, NGO, "NO")],
        [
            person("Anne Bergh", "Secretary General", NO),
            person("Bernt G. Apeland", "Secretary General", NO),
            person("Thor Inge Sveinsvoll", "Board President", NO),
        ],
        [],
    ),
    (
        "b05_gaza_convoy.txt",
        "2023-10-21",
        [
            org(EG, NS, "EG"),
            org(PS, NS, "PS"),
            org(WHO, UN, None, "WHO"),
            org(WFP, UN, None, "WFP"),
        ],
        [],
        [
            rel("donation", [EG, PS]),
            rel("alliance", [EG, WHO]),
            rel("alliance", [EG, WFP]),
        ],
    ),
    (
        "b06_ambassador_call.txt",
        None,
        [org(KW, NS, "KW", "KRCS"), org(GPH, GOV, "PH", "Philippines"), org(PH, NS, "PH")],
        [
            person("Khaled Al-Mughamis", "Chairman of the Board of Directors", KW),
            person("Jose Cabrera", "Ambassador", GPH),
        ],
        [rel("meeting", [KW, GPH]), rel("alliance", [KW, PH])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
