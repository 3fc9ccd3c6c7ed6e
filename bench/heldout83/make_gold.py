"""Writes gold.json for the eighty-third held-out probe set: a UN agency's partnership with
a society and its funder's channel, a company's renewed global partnership, separate
bilateral talks reported by a news agency, and an appointment with no relations at all
(written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, IFRC, MB, NS, UN, org, person, rel, write_gold  # noqa: E402

UNICEF, LB = "UNICEF", "Lebanese Red Cross"
BMZ = "German Federal Ministry for Economic Cooperation and Development"
KFW = "KfW Development Bank"
DHL, TR = "DHL Group", "Turkish Red Crescent"
IR, IQ, PK = (
    "Iranian Red Crescent Society",
    "Iraqi Red Crescent Society",
    "Pakistan Red Crescent Society",
)
KE = "Kenya Red Cross Society"
DOCS = [
    (
        "aq01_unicef_lebanon.txt",
        "2025-01-27",
        [
            org(UNICEF, UN, None),
            org(LB, NS, "LB"),
            org(BMZ, GOV, "DE", "BMZ"),
            org(KFW, GOV, "DE", "KfW"),
        ],
        [
            person("Ettie Higgins", "UNICEF Representative in Lebanon", UNICEF),
            person("Georges Kettaneh", "Secretary General", LB),
        ],
        [
            rel("support", [UNICEF, LB]),
            rel("alliance", [UNICEF, LB]),
            rel("support", [BMZ, UNICEF]),
            rel("support", [KFW, UNICEF]),
        ],
    ),
    (
        "aq02_dhl_ifrc_renewal.txt",
        "2024-09-05",
        [
            org(DHL, "company", "DE", "DHL"),
            org(IFRC, MB, None, "IFRC"),
            org(TR, NS, "TR"),
        ],
        [
            person("Katja Busch", "Chief Commercial Officer", DHL),
            person(
                "Xavier Castellanos",
                "Under Secretary General for National Society Development and "
                "Operations Coordination",
                IFRC,
            ),
        ],
        [rel("agreement", [DHL, IFRC]), rel("support", [DHL, TR], date="2023")],
    ),
    (
        "aq03_iran_red_crescent_talks.txt",
        "2024-12-03",
        [
            org(IR, NS, "IR", "IRCS"),
            org(IQ, NS, "IQ"),
            org(PK, NS, "PK"),
        ],
        [
            person("Pir-Hossein Kolivand", "Head", IR),
            person("Yaseen Ahmed Abbas", "President", IQ),
            person("Sardar Shah Nawaz Khan", "Chairman", PK),
        ],
        [
            rel("meeting", [IR, IQ], place="Tehran", date="2024-12-03"),
            rel("meeting", [IR, PK], place="Tehran", date="2024-12-03"),
            rel("agreement", [IR, PK], date="2024-12-03"),
            rel(
                "participation",
                [IR, IQ, PK],
                event="International Conference on Humanitarian Diplomacy",
                place="Tehran",
            ),
        ],
    ),
    (
        "aq04_appointment_kenya.txt",
        "2025-02-20",
        [org(KE, NS, "KE", "Kenya Red Cross"), org(IFRC, MB, None, "IFRC")],
        [
            person("Ahmed Idris", "Secretary General", KE),
            person("Asha Mohammed", "Secretary General", KE),
            person("Asha Mohammed", "Regional Director for Africa", IFRC),
            person("Anne Gitau", "Council Chairperson", KE),
        ],
        [],
    ),
]

write_gold(DOCS, Path(__file__).parent)
