"""Writes gold.json for the hundred-and-first held-out probe set: an IFRC press release with a
development-bank memorandum, a background grant, a plan, an invitation and an "About"
boilerplate, a municipal convenio renewal translated from Spanish with a minister present at
the signing, an ICRC release translated from French with a gift, a ministerial meeting, an
appeal and "collaborates with", and a regional forum with co-organisers, observers, a
sideline protocol, a joint declaration and an invitation (written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

IDB, HN = "Inter-American Development Bank", "Honduran Red Cross"
PE, MML, MINDEF, UNICEF, UPCH = (
    "Peruvian Red Cross",
    "Metropolitan Municipality of Lima",
    "Ministry of Defence",
    "United Nations Children's Fund",
    "Universidad Peruana Cayetano Heredia",
)
HT, HUEH, MSPP, PAHO = (
    "Haitian Red Cross Society",
    "Hôpital de l'Université d'État d'Haïti",
    "Ministry of Public Health and Population",
    "Pan American Health Organization",
)
KZ, KZMES, KG, UZ, TJ, WFP, DE = (
    "Kazakh Red Crescent Society",
    "Ministry of Emergency Situations of the Republic of Kazakhstan",
    "Red Crescent Society of Kyrgyzstan",
    "Red Crescent Society of Uzbekistan",
    "Red Crescent Society of Tajikistan",
    "World Food Programme",
    "German Red Cross",
)
DOCS = [
    (
        "cc01_ifrc_idb_release.txt",
        "2024-10-08",
        [
            org(IFRC, MB, None, "IFRC"),
            org(IDB, OTHER, None, "IDB", "BID"),
            org(HN, NS, "HN"),
        ],
        [
            person("Carolina Mejía Ruiz", "Regional Director for the Americas", IFRC),
            person("Ricardo Almeida Souza", "Vice President for Countries", IDB),
        ],
        [
            rel(
                "agreement",
                [IFRC, IDB],
                signatories=["Carolina Mejía Ruiz", "Ricardo Almeida Souza"],
                place="Washington, D.C.",
                date="2024-10-08",
            ),
            rel("support", [IDB, HN]),
        ],
    ),
    (
        "cc02_peru_translated.txt",
        "2023-09-12",
        [
            org(PE, NS, "PE", "Cruz Roja Peruana"),
            org(MML, GOV, "PE", "Municipalidad Metropolitana de Lima"),
            org(MINDEF, GOV, "PE"),
            org(UNICEF, UN, None, "UNICEF"),
            org(UPCH, OTHER, "PE"),
        ],
        [
            person("Rosa María Quispe Huamán", "President", PE),
            person("Jorge Villanueva Salas", "Mayor", MML),
            person("Luis Alberto Paredes Rojas", "Minister of Defence", MINDEF),
        ],
        [
            rel(
                "agreement",
                [PE, MML],
                signatories=["Rosa María Quispe Huamán", "Jorge Villanueva Salas"],
                place="Lima",
                date="2023-09-11",
            ),
            rel("support", [UNICEF, PE]),
            rel("alliance", [PE, UPCH]),
        ],
    ),
    (
        "cc03_haiti_icrc_release.txt",
        "2024-05-28",
        [
            org(ICRC, MB, None, "ICRC"),
            org(HT, NS, "HT", "Haitian Red Cross", "Croix-Rouge haïtienne"),
            org(HUEH, OTHER, "HT", "HUEH"),
            org(MSPP, GOV, "HT"),
            org(PAHO, UN, None, "PAHO"),
        ],
        [
            person("Marie-Lourdes Désir", "Executive Director", HT),
            person("Jean-Baptiste Morel", "Head of Delegation", ICRC),
            person("Claudette Fils-Aimé", "Minister of Public Health and Population", MSPP),
        ],
        [
            rel("support", [ICRC, HT]),
            rel("donation", [ICRC, HUEH], date="2024-05-23"),
            rel("meeting", [ICRC, MSPP], place="Port-au-Prince", date="2024-05-24"),
        ],
    ),
    (
        "cc04_central_asia_forum.txt",
        "2025-06-19",
        [
            org(KZ, NS, "KZ"),
            org(KZMES, GOV, "KZ"),
            org(KG, NS, "KG"),
            org(UZ, NS, "UZ"),
            org(TJ, NS, "TJ"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(WFP, UN, None, "WFP"),
            org(DE, NS, "DE"),
        ],
        [
            person("Yerlan Abenov", "Deputy Minister of Emergency Situations", KZMES),
            person("Aigerim Sadykova", "Secretary General", KZ),
            person("Tilek Osmonaliev", "Secretary General", KG),
        ],
        [
            rel(
                "participation",
                [KZ, KZMES, KG, UZ, TJ, IFRC, ICRC, WFP, DE],
                event="Central Asian Forum on Disaster Preparedness and Climate Adaptation",
                place="Almaty, Kazakhstan",
                date="2025-06",
            ),
            rel("alliance", [KZ, KZMES]),
            rel(
                "agreement",
                [KZ, KG],
                signatories=["Aigerim Sadykova", "Tilek Osmonaliev"],
                place="Almaty, Kazakhstan",
                date="2025-06",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
