"""Gold annotations for held-out set 138 (prefix jb): the Gulf and the Arabian Peninsula as donors and partners.

jb01 - press release: QRCS-QFFD grant agreement for Somali clinics; traps: ambassador present but not signing, background 2022 framework, second phase under discussion, IFRC only in boilerplate
jb02 - KUNA wire copy with hard line breaks: KRCS airlift to Lebanese Red Cross, air force aircraft, team to Beirut, ambassador meeting, renewed/first agreement; traps: KUNA/OCHA as sources, planned second flight, proposal, generic charities, wire initials
jb03 - situation report: Yemen cholera operation update; DREF, KSrelief (acronym before full name), ERC and OCO gifts, WHO kits, surge team, governor meeting; traps: Bahrain intention, possible appeal, generic PNS, ICRC with unnamed partners, agreement in principle
jb04 - conference report: Second Gulf Humanitarian Diplomacy Forum in Manama; alliance of five societies, SRCA-BRCS MoU with witness, separate ICRC bilaterals, UNHCR thanks KRCS; traps: byline, Aramex offer, KRCS offer to host, academy proposal
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, UN, org, person, rel, write_gold  # noqa: E402

CO = "company"

QRCS = "Qatar Red Crescent Society"
QFFD = "Qatar Fund for Development"
SRCS = "Somali Red Crescent Society"
SOM = "Government of Somalia"

KRCS = "Kuwait Red Crescent Society"
LRC = "Lebanese Red Cross"
KAF = "Kuwaiti Air Force"
LEB = "Government of Lebanon"

YRCS = "Yemen Red Crescent Society"
KSR = "King Salman Humanitarian Aid and Relief Centre"
ERC = "Emirates Red Crescent"
OCO = "Oman Charitable Organization"
WHO = "World Health Organization"
LAHJ = "Lahj Governorate"

BRCS = "Bahrain Red Crescent Society"
SRCA = "Saudi Red Crescent Authority"
UNHCR = "UNHCR"
ARAMEX = "Aramex"
MSD = "Ministry of Social Development"

DOCS = [
    (
        "jb01_qrcs_qffd_somalia_health.txt",
        "2025-02-18",
        [
            org(QRCS, NS, "QA", "QRCS"),
            org(QFFD, GOV, "QA", "QFFD"),
            org(SRCS, NS, "SO", "SRCS", "Somali Red Crescent"),
            org(SOM, GOV, "SO", "Federal Republic of Somalia"),
        ],
        [
            person("Ibrahim Saleh Al-Naimi", "Secretary-General", QRCS),
            person("Nasser Khalifa Al-Marri", "Director of Development Projects", QFFD),
            person("Abdirahman Osman Warsame", "Ambassador of Somalia to Qatar", SOM),
        ],
        [
            rel(
                "agreement",
                [QRCS, QFFD],
                signatories=["Ibrahim Saleh Al-Naimi", "Nasser Khalifa Al-Marri"],
                place="Doha, Qatar",
                date="2025-02-18",
                evidence="Qatar Red Crescent Society (QRCS) and the Qatar Fund for Development (QFFD) today signed a grant agreement worth US$4.2 million",
            ),
            rel(
                "support",
                [QFFD, QRCS],
                date="2025-02-18",
                evidence="Under the grant, QFFD will finance the running costs of 14 health centres and three mobile clinics",
            ),
            rel(
                "support",
                [QRCS, SRCS],
                evidence="QRCS has committed to supporting SRCS with training for 60 community health volunteers",
            ),
            rel(
                "agreement",
                [QFFD, QRCS],
                date="2022",
                evidence="a framework cooperation agreement that QFFD and QRCS concluded in 2022",
            ),
        ],
    ),
    (
        "jb02_krcs_lebanon_airlift.txt",
        "2024-10-06",
        [
            org(KRCS, NS, "KW", "KRCS"),
            org(LRC, NS, "LB"),
            org(KAF, GOV, "KW"),
            org(LEB, GOV, "LB"),
        ],
        [
            person("Khaled Musaed Al-Otaibi", "Chairman", KRCS),
            person("Maha Abdullah Al-Fadhli", "Secretary General", KRCS),
            person("Samir Aoun", "Secretary General", LRC),
            person("Nadim Haddad", "Head of Relief", LRC),
            person("Ali Hassan Mourad", "Ambassador of Lebanon to Kuwait", LEB),
        ],
        [
            rel(
                "donation",
                [KRCS, LRC],
                place="Beirut, Lebanon",
                date="2024-10-06",
                evidence="dispatched a relief aircraft carrying 40 tonnes of medical",
            ),
            rel(
                "support",
                [KAF, KRCS],
                date="2024-10-06",
                evidence="The Kuwaiti Air Force provided the C-130 transport aircraft for",
            ),
            rel(
                "mission",
                [KRCS],
                place="Beirut, Lebanon",
                date="2024-10-06",
                evidence="A five-member KRCS team travelled with the plane to Beirut to",
            ),
            rel(
                "meeting",
                [KRCS, LEB],
                place="Kuwait City, Kuwait",
                date="2024-10-03",
                evidence="Separately, KRCS Secretary General Maha Abdullah Al-Fadhli met",
            ),
            rel(
                "agreement",
                [KRCS, LRC],
                date="2024",
                evidence="Earlier this year, KRCS and the Lebanese Red Cross renewed a",
            ),
            rel(
                "agreement",
                [KRCS, LRC],
                date="2013",
                evidence="cooperation agreement first signed in 2013",
            ),
        ],
    ),
    (
        "jb03_yemen_cholera_update.txt",
        "2025-03-11",
        [
            org(YRCS, NS, "YE", "YRCS"),
            org(IFRC, MB, None, "IFRC"),
            org(KSR, GOV, "SA", "KSrelief"),
            org(ERC, NS, "AE"),
            org(OCO, NGO, "OM"),
            org(WHO, UN, None, "WHO"),
            org(LAHJ, GOV, "YE"),
        ],
        [
            person("Ahmed Saleh Bamatraf", "President", YRCS),
            person("Lena Johansson", "Head of Delegation for Yemen", IFRC),
            person("Ahmed Turki Al-Yafei", "Governor of Lahj", LAHJ),
            person("Fuad Abdulrahman Al-Maqtari", "Secretary General", YRCS),
        ],
        [
            rel(
                "support",
                [IFRC, YRCS],
                date="2025-02-12",
                evidence="The IFRC released CHF 498,000 from its Disaster Response Emergency Fund (DREF) on 12 February to support the YRCS operation for four months.",
            ),
            rel(
                "mission", [IFRC], place="Aden, Yemen", evidence="An IFRC surge health team of four"
            ),
            rel(
                "support",
                [KSR, YRCS],
                evidence="Forty of the oral rehydration points are funded by KSrelief",
            ),
            rel(
                "agreement",
                [KSR, YRCS],
                date="2023",
                evidence="since the two organisations signed a cooperation agreement in 2023",
            ),
            rel(
                "donation",
                [ERC, YRCS],
                place="Aden, Yemen",
                date="2025-03",
                evidence="Last week the Emirates Red Crescent handed over 12 tonnes of chlorine tablets, jerrycans and family hygiene kits to YRCS in Aden.",
            ),
            rel(
                "donation",
                [OCO, YRCS],
                place="Al Ghaydah, Yemen",
                date="2025-03-02",
                evidence="delivered food baskets and water filters to the YRCS Al Mahrah branch in Al Ghaydah, as a gift to displaced households",
            ),
            rel(
                "support",
                [WHO, YRCS],
                evidence="WHO has supplied 20 cholera investigation and treatment kits to the YRCS-run units",
            ),
            rel(
                "meeting",
                [YRCS, IFRC, LAHJ],
                place="Lahj, Yemen",
                date="2025-03-05",
                evidence="met the Governor of Lahj, Ahmed Turki Al-Yafei, in Lahj",
            ),
        ],
    ),
    (
        "jb04_manama_gulf_forum.txt",
        "2025-05-13",
        [
            org(BRCS, NS, "BH", "BRCS"),
            org(SRCA, NS, "SA", "SRCA"),
            org(ERC, NS, "AE", "ERC"),
            org(QRCS, NS, "QA", "QRCS"),
            org(KRCS, NS, "KW", "KRCS"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(UNHCR, UN, None),
            org(OCO, NGO, "OM"),
            org(ARAMEX, CO, "AE"),
            org(MSD, GOV, "BH"),
        ],
        [
            person("Noor Ahmed Al-Sayed", "Minister of Social Development", MSD),
            person("Rashid Saeed Al-Mazrouei", "Secretary-General", ERC),
            person("Turki Abdullah Al-Harbi", "President", SRCA),
            person("Mubarak Yousif Al-Hadi", "Secretary-General", BRCS),
            person("Karim Bensalem", "Regional Director", IFRC),
            person("Annette Brügger", "Head of Regional Delegation in Kuwait", ICRC),
            person(
                "Hamad Ali Al-Kubaisi", "Director of Relief and International Development", QRCS
            ),
            person("Daniela Ortiz", "Representative to the GCC countries", UNHCR),
        ],
        [
            rel(
                "participation",
                [BRCS, SRCA, ERC, QRCS, KRCS, IFRC, ICRC, UNHCR, OCO, ARAMEX, MSD],
                event="Second Gulf Humanitarian Diplomacy Forum",
                place="Manama, Bahrain",
                date="2025-05-11",
                evidence="The forum, hosted by the Bahrain Red Crescent Society (BRCS), drew around 220 delegates.",
            ),
            rel(
                "alliance",
                [BRCS, SRCA, ERC, QRCS, KRCS],
                place="Manama, Bahrain",
                date="2025-05-12",
                evidence="The headline outcome was the Gulf Red Crescent Logistics Alliance",
            ),
            rel(
                "agreement",
                [SRCA, BRCS],
                signatories=["Turki Abdullah Al-Harbi", "Mubarak Yousif Al-Hadi"],
                place="Manama, Bahrain",
                date="2025-05-12",
                evidence="A memorandum of understanding on volunteer exchange and ambulance training was also signed on Monday between the SRCA and the host society.",
            ),
            rel(
                "meeting",
                [ICRC, QRCS],
                place="Manama, Bahrain",
                date="2025-05-11",
                evidence="held separate talks on Sunday with QRCS's director of relief and international development, Hamad Ali Al-Kubaisi",
            ),
            rel(
                "meeting",
                [ICRC, ERC],
                place="Manama, Bahrain",
                date="2025-05-11",
                evidence="and with ERC Secretary-General Al-Mazrouei",
            ),
            rel(
                "support",
                [KRCS, UNHCR],
                date="2025-01",
                evidence="thanked the Kuwait Red Crescent Society for funding winter kits for 8,000 Syrian refugee families",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
