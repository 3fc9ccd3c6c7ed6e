"""Writes gold.json for the third held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, UN, org, person, rel, write_gold  # noqa: E402

IR, IQ = "Iranian Red Crescent Society", "Iraqi Red Crescent Society"
KE = "Kenya Red Cross Society"
BRC, PMI = "British Red Cross", "Indonesian Red Cross Society"
URCS, SRK, ORK = "Ukrainian Red Cross Society", "Swiss Red Cross", "Austrian Red Cross"
MOH_UA = "Ministry of Health of Ukraine"
GULF = [
    "Saudi Red Crescent Authority",
    "Emirates Red Crescent",
    "Bahrain Red Crescent Society",
    "Qatar Red Crescent Society",
    "Kuwait Red Crescent Society",
    "Oman Charitable Organization",
]
MW = "Malawi Red Cross Society"
DOCS = [
    (
        "m01_iran_iraq_protocol.txt",
        None,
        [
            org(IR, NS, "IR", "IRCS", "Red Crescent Society of the Islamic Republic of Iran"),
            org(IQ, NS, "IQ", "Iraqi Red Crescent"),
            org("Ministry of Health of Iraq", GOV, "IQ", "Ministry of Health"),
            org(ICRC, MB, None, "ICRC"),
        ],
        [person("Pir-Hossein Kolivand", "Head", IR), person("Yaseen Ahmed Abbas", "President", IQ)],
        [
            rel(
                "agreement",
                [IR, IQ],
                ["Pir-Hossein Kolivand", "Yaseen Ahmed Abbas"],
                place="Tehran, Iran",
            ),
            rel("agreement", [IR, "Ministry of Health of Iraq"]),
            rel("donation", [ICRC, IR]),
            rel("donation", [ICRC, IQ]),
        ],
    ),
    (
        "m02_kenya_wire.txt",
        "2024-05-03",
        [
            org(KE, NS, "KE", "KRCS", "Kenya Red Cross"),
            org("County Government of Kisumu", GOV, "KE"),
            org("Safaricom", "company", "KE"),
            org("World Food Programme", UN, None, "WFP"),
        ],
        [
            person("Ahmed Idris", "Secretary General", KE),
            person("Anyang' Nyong'o", "Governor", "County Government of Kisumu"),
        ],
        [rel("donation", ["Safaricom", KE]), rel("support", ["World Food Programme", KE])],
    ),
    (
        "m03_ifrc_general_assembly.html",
        "2022-06-26",
        [
            org(IFRC, MB, None, "IFRC"),
            org(KE, NS, "KE"),
            org(BRC, NS, "GB"),
            org(PMI, NS, "ID", "PMI"),
            org("American Red Cross", NS, "US"),
            org(ICRC, MB, None, "ICRC"),
        ],
        [
            person("Kate Forbes", "President", IFRC),
            person("Kate Forbes", "President of the Board of Governors", "American Red Cross"),
            person("Robert Mardini", "Director-General", ICRC),
        ],
        [
            rel(
                "participation",
                [IFRC, KE, BRC, PMI, ICRC],
                event="23rd General Assembly",
                place="Geneva, Switzerland",
                date="2022-06",
            ),
            rel("agreement", [BRC, PMI]),
        ],
    ),
    (
        "m04_ukraine_support.txt",
        "2023-01-10",
        [
            org(SRK, NS, "CH"),
            org(ORK, NS, "AT"),
            org(URCS, NS, "UA", "Ukrainian Red Cross"),
            org("State Emergency Service of Ukraine", GOV, "UA"),
            org(MOH_UA, GOV, "UA", "Ministry of Health"),
        ],
        [
            person("Maksym Dotsenko", "Director General", URCS),
            person("Iryna Mykychak", "Deputy Minister of Health", MOH_UA),
        ],
        [
            rel("support", [SRK, URCS]),
            rel("support", [ORK, URCS]),
            rel("donation", [ORK, URCS]),
            rel("agreement", [URCS, "State Emergency Service of Ukraine"], date="2022-12"),
            rel("meeting", [SRK, MOH_UA]),
        ],
    ),
    (
        "m05_gcc_meeting.txt",
        "2023-03-05",
        [
            org(GULF[0], NS, "SA", "SRCA"),
            org(GULF[1], NS, "AE"),
            org(GULF[2], NS, "BH"),
            org(GULF[3], NS, "QA"),
            org(GULF[4], NS, "KW"),
            org(GULF[5], NGO, "OM"),
        ],
        [
            person("Jalal bin Mohammed Al-Owaisi", "President", GULF[0]),
            person("Rashid Mubarak Al Mansoori", "Secretary General", GULF[1]),
        ],
        [rel("meeting", GULF, place="Riyadh, Saudi Arabia", date="2023-03-05")],
    ),
    (
        "m06_msf_unicef_cholera.txt",
        "2023-02-14",
        [
            org(MW, NS, "MW"),
            org("Médecins Sans Frontières", NGO, None, "MSF"),
            org("United Nations Children's Fund", UN, None, "UNICEF"),
            org(BRC, NS, "GB"),
            org("Norwegian Red Cross", NS, "NO"),
            org("Government of Malawi", GOV, "MW"),
            org("Ministry of Health", GOV, "MW"),
        ],
        [
            person("McBain Mkandawire", "Secretary General", MW),
            person(
                "Storn Kabuluzi", "Director of Preventive Health Services", "Ministry of Health"
            ),
        ],
        [
            rel("alliance", [MW, "Médecins Sans Frontières", "United Nations Children's Fund"]),
            rel("support", [BRC, MW]),
            rel("support", ["Norwegian Red Cross", MW]),
            rel("donation", ["Government of Malawi", MW]),
            rel("meeting", ["Ministry of Health", MW]),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
