"""Writes gold.json for the eighty-fifth held-out probe set: a DREF operation with its
partners and a pledge to the fund, a bank's cheque with a second agreement, a youth
exchange co-funded by an EU programme, and a meeting with a cash consortium of five NGOs
(written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, IFRC, MB, NGO, NS, OTHER, org, person, rel, write_gold  # noqa: E402

BD, DE, DK, GB = (
    "Bangladesh Red Crescent Society",
    "German Red Cross",
    "Danish Red Cross",
    "British Red Cross",
)
DDM, FSCD = "Department of Disaster Management", "Fire Service and Civil Defence"
CB, QA, PS, QC = (
    "Commercial Bank",
    "Qatar Red Crescent Society",
    "Palestine Red Crescent Society",
    "Qatar Charity",
)
AT, SI, LJ, EU = "Austrian Red Cross", "Slovenian Red Cross", "City of Ljubljana", "European Union"
IQ, CCI = "Iraqi Red Crescent Society", "Cash Consortium of Iraq"
DRC, IRC, MC, NRC, OXFAM = (
    "Danish Refugee Council",
    "International Rescue Committee",
    "Mercy Corps",
    "Norwegian Refugee Council",
    "Oxfam",
)
ECHO = "European Civil Protection and Humanitarian Aid Operations"
DOCS = [
    (
        "as01_dref_operation.txt",
        "2024-08-24",
        [
            org(IFRC, MB, None, "IFRC"),
            org(BD, NS, "BD", "BDRCS"),
            org(DE, NS, "DE"),
            org(DK, NS, "DK"),
            org(GB, NS, "GB"),
            org(DDM, GOV, "BD"),
            org(FSCD, GOV, "BD"),
        ],
        [],
        [
            rel("support", [IFRC, BD]),
            rel("support", [DE, BD]),
            rel("support", [DK, BD]),
            rel("support", [GB, IFRC]),
        ],
    ),
    (
        "as02_bank_donation.txt",
        "2023-11-15",
        [
            org(CB, "company", "QA"),
            org(QA, NS, "QA", "QRCS", "Qatar Red Crescent"),
            org(PS, NS, "PS"),
            org(QC, NGO, "QA"),
        ],
        [
            person("Joseph Abraham", "Group Chief Executive Officer", CB),
            person("Faisal Mohamed Al-Emadi", "Secretary-General", QA),
        ],
        [rel("donation", [CB, QA]), rel("agreement", [QC, QA], date="2023-11")],
    ),
    (
        "as03_youth_exchange.txt",
        "2025-07-09",
        [
            org(AT, NS, "AT"),
            org(SI, NS, "SI"),
            org(LJ, GOV, "SI", "city of Ljubljana"),
            org(EU, OTHER, None),
        ],
        [person("Andreja Lavrič", "Secretary General", SI)],
        [
            rel("meeting", [AT, SI]),
            rel("meeting", [AT, LJ]),
            rel("support", [EU, AT, SI]),
        ],
    ),
    (
        "as04_cash_consortium.txt",
        "2024-12-02",
        [
            org(IQ, NS, "IQ", "IRCS", "Iraqi Red Crescent"),
            org(CCI, OTHER, "IQ", "CCI"),
            org(DRC, NGO, "DK"),
            org(IRC, NGO, None),
            org(MC, NGO, None),
            org(NRC, NGO, "NO"),
            org(OXFAM, NGO, None),
            org(ECHO, OTHER, None, "ECHO"),
        ],
        [person("Yaseen Ahmed Abbas", "President", IQ)],
        [
            rel("meeting", [IQ, CCI], place="Erbil", date="2024-12-01"),
            rel("alliance", [CCI, DRC, IRC, MC, NRC, OXFAM]),
            rel("support", [ECHO, CCI]),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
