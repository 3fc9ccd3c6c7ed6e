"""Writes gold.json for the ninety-fifth held-out probe set: a partnership release with a
media contact and an "About" boilerplate, societies named in their own languages, and a
meeting told in the passive with a gift after it (written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, IFRC, MB, NS, UN, org, person, rel, write_gold  # noqa: E402

WMO, GDE = "World Meteorological Organization", "Government of Germany"
BD, IN, NP, PK = (
    "Bangladesh Red Crescent Society",
    "Indian Red Cross Society",
    "Nepal Red Cross Society",
    "Pakistan Red Crescent Society",
)
FR, ES, IT, GR, DE = (
    "French Red Cross",
    "Spanish Red Cross",
    "Italian Red Cross",
    "Hellenic Red Cross",
    "German Red Cross",
)
PS, UNRWA, EG = (
    "Palestine Red Crescent Society",
    "United Nations Relief and Works Agency for Palestine Refugees",
    "Egyptian Red Crescent",
)
DOCS = [
    (
        "bc01_boilerplate_release.txt",
        "2025-05-12",
        [
            org(IFRC, MB, None, "IFRC"),
            org(WMO, UN, None, "WMO"),
            org(BD, NS, "BD"),
            org(IN, NS, "IN"),
            org(NP, NS, "NP"),
            org(PK, NS, "PK"),
            org(GDE, GOV, "DE"),
        ],
        [
            person("Jagan Chapagain", "Secretary General", IFRC),
            person("Celeste Saulo", "Secretary-General", WMO),
        ],
        [rel("alliance", [IFRC, WMO]), rel("support", [GDE, IFRC, WMO])],
    ),
    (
        "bc02_native_names.txt",
        "2024-09-30",
        [
            org(FR, NS, "FR", "Croix-Rouge française"),
            org(ES, NS, "ES", "Cruz Roja Española"),
            org(IT, NS, "IT", "Croce Rossa Italiana"),
            org(GR, NS, "GR"),
            org(DE, NS, "DE", "Deutsches Rotes Kreuz"),
        ],
        [
            person("Philippe Da Costa", "President", FR),
            person("María del Mar Pageo", "President", ES),
        ],
        [
            rel(
                "agreement",
                [FR, ES],
                signatories=["Philippe Da Costa", "María del Mar Pageo"],
                place="Marseille",
                date="2024-09-30",
            )
        ],
    ),
    (
        "bc03_meeting_passive.txt",
        "2025-01-21",
        [
            org(PS, NS, "PS", "PRCS"),
            org(UNRWA, UN, None, "UNRWA"),
            org(EG, NS, "EG"),
        ],
        [
            person("Younis Al-Khatib", "President", PS),
            person("Sam Rose", "Director of Affairs in Gaza", UNRWA),
        ],
        [rel("meeting", [PS, UNRWA], date="2025-01-20"), rel("donation", [EG, PS])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
