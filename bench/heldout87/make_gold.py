"""Writes gold.json for the eighty-seventh held-out probe set: an NGO's cooperation
agreement with a society and its own funders, a regional director's visit with a courtesy
call and a meeting with partner societies, a convoy financed by two charities and received
by the other society, and a joint repair programme with a donation to a hospital (written
by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import (  # noqa: E402
    GOV,
    ICRC,
    IFRC,
    MB,
    NGO,
    NS,
    OTHER,
    UN,
    org,
    person,
    rel,
    write_gold,
)

NRC, LB = "Norwegian Refugee Council", "Lebanese Red Cross"
MFA, GFFO = "Norwegian Ministry of Foreign Affairs", "German Federal Foreign Office"
TZ, PMO, UNHCR = "Tanzania Red Cross Society", "Prime Minister's Office", "UNHCR"
FI, BEF = "Finnish Red Cross", "Belgian Red Cross – Flanders"
KW, DAS, KAPF, YE = (
    "Kuwait Red Crescent Society",
    "Direct Aid Society",
    "Kuwait Awqaf Public Foundation",
    "Yemen Red Crescent Society",
)
UA, KH = "Ukrainian Red Cross Society", "Kharkiv Regional Clinical Hospital"
DOCS = [
    (
        "au01_nrc_ns_agreement.txt",
        "2025-03-06",
        [
            org(NRC, NGO, "NO", "NRC"),
            org(LB, NS, "LB"),
            org(MFA, GOV, "NO"),
            org(GFFO, GOV, "DE"),
        ],
        [person("Maureen Philippon", "Country Director for Lebanon", NRC)],
        [
            rel("agreement", [NRC, LB]),
            rel("support", [MFA, NRC]),
            rel("support", [GFFO, NRC]),
        ],
    ),
    (
        "au02_tanzania_visit.txt",
        "2025-05-14",
        [
            org(IFRC, MB, None, "IFRC"),
            org(TZ, NS, "TZ", "TRCS"),
            org(PMO, GOV, "TZ", "Prime Minister's Office – Disaster Management Department"),
            org(UNHCR, UN, None),
            org(FI, NS, "FI"),
            org(BEF, NS, "BE", "Belgian Red Cross"),
        ],
        [
            person("Mohammed Mukhier", "Regional Director for Africa", IFRC),
            person("David Kihenzile", "President", TZ),
            person("Lucia Pande", "Secretary General", TZ),
        ],
        [
            rel("meeting", [IFRC, TZ]),
            rel("meeting", [IFRC, PMO], place="Dodoma"),
            rel("support", [UNHCR, TZ]),
            rel("meeting", [IFRC, FI, BEF]),
        ],
    ),
    (
        "au03_kuwait_pledge_yemen.txt",
        None,
        [
            org(KW, NS, "KW", "KRCS"),
            org(DAS, NGO, "KW"),
            org(KAPF, OTHER, "KW"),
            org(YE, NS, "YE", "Yemen Red Crescent"),
        ],
        [person("Maha Al-Barjas", "Secretary-General", KW)],
        [
            rel("donation", [KW, YE]),
            rel("support", [DAS, KW]),
            rel("support", [KAPF, KW]),
            rel("agreement", [KW, YE]),
        ],
    ),
    (
        "au04_icrc_ukraine_update.txt",
        "2024-09-30",
        [
            org(ICRC, MB, None, "ICRC"),
            org(UA, NS, "UA", "Ukrainian Red Cross"),
            org(KH, OTHER, "UA"),
        ],
        [person("Pascal Hundt", "head of the ICRC delegation in Ukraine", ICRC)],
        [
            rel("support", [ICRC, UA]),
            rel("donation", [ICRC, KH]),
            rel("support", [ICRC, KH]),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
