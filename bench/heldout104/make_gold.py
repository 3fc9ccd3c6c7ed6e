"""Writes gold.json for the hundred-and-fourth held-out probe set: a Syrian society's notice
translated from Arabic with a WHO visit, a bakery protocol, a Jordanian convoy and a joint
statement, an IFRC release with a grant through a channel, a long quote, a telecom
partnership, a plan and an "About" boilerplate, a Myanmar society's website news of a courtesy
call with a renewed MoU, seconded delegates, a gift and an invitation, and a Mozambique cyclone
story with a list of partners, a company gift, a governor's visit and "working with" (written
by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, UN, org, person, rel, write_gold  # noqa: E402

SY, WHO, IR, JHCO, UNHCR = (
    "Syrian Arab Red Crescent",
    "World Health Organization",
    "Islamic Relief Worldwide",
    "Jordan Hashemite Charity Organization",
    "United Nations High Commissioner for Refugees",
)
KOICA, PH, SMART, PAGASA = (
    "Korea International Cooperation Agency",
    "Philippine Red Cross",
    "Smart Communications",
    "Philippine Atmospheric, Geophysical and Astronomical Services Administration",
)
MM, UNFPA, JRCS, KRC = (
    "Myanmar Red Cross Society",
    "United Nations Population Fund",
    "Japanese Red Cross Society",
    "Korean Red Cross",
)
MZ, ES, VODA, CABO, INGD = (
    "Mozambique Red Cross Society",
    "Spanish Red Cross",
    "Vodacom Mozambique",
    "Provincial Government of Cabo Delgado",
    "National Institute for Disaster Risk Management and Reduction",
)
DOCS = [
    (
        "db01_sarc_translated.txt",
        "2024-04-16",
        [
            org(SY, NS, "SY", "SARC", "Syrian Arab Red Crescent Organization"),
            org(WHO, UN, None, "WHO"),
            org(IR, NGO, "GB", "Islamic Relief"),
            org(JHCO, NGO, "JO"),
            org(UNHCR, UN, None, "UNHCR"),
        ],
        [
            person("Nizar Al-Khatib", "President", SY),
            person("Imran Siddiqui", "Representative in Syria", WHO),
            person("Samer Haddad", "Secretary General", SY),
            person("Tariq Abdel-Hadi", "Country Director in Syria", IR),
        ],
        [
            rel("meeting", [SY, WHO], place="Damascus", date="2024-04-16"),
            rel("support", [WHO, SY]),
            rel(
                "agreement",
                [SY, IR],
                signatories=["Samer Haddad", "Tariq Abdel-Hadi"],
                date="2024-04-15",
            ),
            rel("support", [IR, SY]),
            rel("donation", [JHCO, SY], date="2024-04"),
            # the joint statement with UNHCR is not a relation
        ],
    ),
    (
        "db02_ifrc_koica_philippines.txt",
        "2024-10-09",
        [
            org(KOICA, GOV, "KR", "KOICA", "Korea"),
            org(IFRC, MB, None, "IFRC"),
            org(PH, NS, "PH"),
            org(SMART, "company", "PH"),
            org(PAGASA, GOV, "PH", "PAGASA"),
        ],
        [
            person(
                "Katrien Delmotte", "Head of the IFRC Country Delegation in the Philippines", IFRC
            ),
            person("Park Ji-won", "Country Director in the Philippines", KOICA),
            person("Maria Concepcion Lacson", "Secretary General", PH),
        ],
        [
            # KOICA's money goes through the IFRC to the Philippine Red Cross programme
            rel("support", [KOICA, IFRC]),
            rel("support", [IFRC, PH]),
            rel("alliance", [PH, SMART]),
            # the planned PAGASA agreement and the "About" paragraph are not relations
        ],
    ),
    (
        "db03_mrcs_website_unfpa.txt",
        "2025-04-10",
        [
            org(MM, NS, "MM", "MRCS"),
            org(UNFPA, UN, None, "UNFPA"),
            org(JRCS, NS, "JP"),
            org(ICRC, MB, None, "ICRC"),
            org(KRC, NS, "KR"),
        ],
        [
            person("Aung Kyaw Moe", "President", MM),
            person("Sarah Whitfield", "Representative for Myanmar", UNFPA),
            person("Nay Lin Tun", "Secretary General", MM),
        ],
        [
            rel("meeting", [MM, UNFPA], place="Yangon", date="2025-04-08"),
            rel(
                "agreement",
                [MM, UNFPA],
                signatories=["Nay Lin Tun", "Sarah Whitfield"],
                place="Yangon",
                date="2025-04-08",
            ),
            rel("support", [UNFPA, MM]),
            rel("support", [JRCS, MM]),
            rel("donation", [ICRC, MM], place="Mandalay", date="2025-04-03"),
            # the invitation to the Korean Red Cross is not a relation
        ],
    ),
    (
        "db04_mozambique_chido.txt",
        "2024-12-30",
        [
            org(MZ, NS, "MZ", "CVM", "Cruz Vermelha de Moçambique", "Red Cross"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(ES, NS, "ES"),
            org(VODA, "company", "MZ"),
            org(CABO, GOV, "MZ", "Cabo Delgado"),
            org(INGD, GOV, "MZ", "INGD"),
        ],
        [
            person("Armindo Chale", "Governor", CABO),
            person("Jacinto Massingue", "Provincial Secretary", MZ),
            person("Ilda Sitoe", "Secretary General", MZ),
        ],
        [
            rel("support", [IFRC, MZ]),
            rel("support", [ICRC, MZ]),
            rel("support", [ES, MZ]),
            rel("donation", [VODA, MZ], place="Maputo", date="2024-12-27"),
            rel("meeting", [CABO, MZ], place="Pemba", date="2024-12-28"),
            # the INGD "working with the Red Cross on" a registration list is not a relation
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
