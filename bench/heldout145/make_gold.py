"""Gold annotations for held-out set 145 (prefix ke): the Gulf and the Middle East (Qatar, UAE, Kuwait, Jordan, Yemen).

ke01 - Doha press release: QRCS-QFFD financing agreement for Taiz health centres; traps: Yemeni
       ambassador present but not a signatory, planned implementation with YRCS and a planned
       second phase, background 2022 MoU with WHO, IFRC/Movement membership blurb.
ke02 - KUNA wire copy with hard line breaks: KRCS gift of medicines to JNRCS financed by Kuwait
       Zakat House, KRCS team sent to Amman, KRCS-UNHCR meeting; traps: byline, news agency cited,
       request under study from unnamed Aden authorities, relative weekdays, Gaza shipment with no partner.
ke03 - IFRC-style operation update (Yemen cholera): DREF funding, UNICEF in-kind delivery, ICRC
       framework agreement renewed as background plus supplies, Danish RC secondment, YRCS-WHO
       meeting; traps: Norwegian RC "may contribute", generic Partner National Societies, clusters,
       contact list.
ke04 - Feature on the Abu Dhabi heat forum: participation list, a six-society alliance, ERC-BRCS MoU
       with the IFRC official only looking on, ERC-ICRC talks; traps: byline, Saudi RC invited but
       absent, a proposal sent to a working group, NCM "open to discussing", Kuwait's offer to host 2026.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

QRCS = "Qatar Red Crescent Society"
KRCS = "Kuwait Red Crescent Society"
JNRCS = "Jordan National Red Crescent Society"
YRCS = "Yemen Red Crescent Society"
ERC = "Emirates Red Crescent"
BRCS = "Bahrain Red Crescent Society"
QFFD = "Qatar Fund for Development"
WHO = "World Health Organization"
YEGOV = "Government of Yemen"
KZH = "Kuwait Zakat House"
UNHCR = "UNHCR"
UNICEF = "UNICEF"
DRC = "Danish Red Cross"
ARCO = "Arab Red Crescent and Red Cross Organization"
NCM = "National Center of Meteorology"
WMO = "World Meteorological Organization"

AD = "Abu Dhabi, United Arab Emirates"

DOCS = [
    (
        "ke01_qrcs_qffd_taiz.txt",
        "2025-05-12",
        [
            org(QRCS, NS, "QA", "QRCS"),
            org(QFFD, GOV, "QA", "QFFD"),
            org(YEGOV, GOV, "YE", "Republic of Yemen"),
            org(WHO, UN, None, "WHO"),
        ],
        [
            person("Hamad Nasser Al-Kuwari", "Secretary-General", QRCS),
            person("Yousef Ali Al-Sulaiti", "Director of Development Projects", QFFD),
            person(
                "Abdulrahman Saeed Bamatraf",
                "Ambassador of the Republic of Yemen to the State of Qatar",
                YEGOV,
            ),
        ],
        [
            rel(
                "agreement",
                [QRCS, QFFD],
                signatories=["Hamad Nasser Al-Kuwari", "Yousef Ali Al-Sulaiti"],
                place="Doha, Qatar",
                date="2025-05-12",
                evidence="The Qatar Red Crescent Society (QRCS) today signed a financing agreement with the Qatar Fund for Development (QFFD)",
            ),
            rel(
                "support",
                [QFFD, QRCS],
                date="2025-05-12",
                evidence="Under the agreement, QFFD will provide USD 3.2 million to cover the rehabilitation works",
            ),
            rel(
                "agreement",
                [QRCS, WHO],
                date="2022",
                evidence="a memorandum of understanding on emergency health cooperation that QRCS concluded with the World Health Organization (WHO) in 2022",
            ),
        ],
    ),
    (
        "ke02_krcs_jordan_medicines.txt",
        "2025-02-04",
        [
            org(KRCS, NS, "KW", "KRCS"),
            org(JNRCS, NS, "JO", "JNRCS", "Jordanian Red Crescent"),
            org(KZH, GOV, "KW"),
            org(UNHCR, UN, None, "UN refugee agency"),
        ],
        [
            person("Khaled Abdullah Al-Mutairi", "Chairman", KRCS),
            person("Omar Fayez Al-Khasawneh", "Secretary-General", JNRCS),
            person("Mona Al-Enezi", "Director of Relief Operations", KRCS),
            person("Nadia Karim", "Representative in Kuwait", UNHCR),
        ],
        [
            rel(
                "donation",
                [KRCS, JNRCS],
                place="Amman, Jordan",
                date="2025-02-03",
                evidence="on Tuesday it had handed over 12 tonnes of medicines and medical supplies",
            ),
            rel(
                "support",
                [KZH, KRCS],
                evidence="was financed by Kuwait Zakat House as part of its winter",
            ),
            rel(
                "mission",
                [KRCS],
                place="Amman, Jordan",
                date="2025-02-01",
                evidence="of relief operations, flew to Amman on Saturday to oversee the handover",
            ),
            rel(
                "meeting",
                [KRCS, UNHCR],
                place="Kuwait City, Kuwait",
                date="2025-02-02",
                evidence="the representative of the UN refugee agency UNHCR in Kuwait, Nadia Karim,",
            ),
        ],
    ),
    (
        "ke03_yemen_cholera_update.txt",
        "2024-09-18",
        [
            org(YRCS, NS, "YE", "YRCS"),
            org(IFRC, MB, None, "IFRC"),
            org(UNICEF, UN, None),
            org(ICRC, MB, None),
            org(DRC, NS, "DK"),
            org(WHO, UN, None, "WHO"),
        ],
        [
            person("Fuad Abdo Al-Maqtari", "Secretary General", YRCS),
            person("Ingrid Solberg", "WHO Representative in Yemen", WHO),
            person("Nabil Hassan Al-Wazir", "Head of Disaster Management", YRCS),
            person("Maria Lindqvist", "Head of Delegation", IFRC),
        ],
        [
            rel(
                "support",
                [IFRC, YRCS],
                date="2024-08-02",
                evidence="On 2 August the IFRC allocated CHF 498,000 from its Disaster Response Emergency Fund (DREF) to enable YRCS to scale up oral rehydration points (ORPs)",
            ),
            rel(
                "donation",
                [UNICEF, YRCS],
                evidence="UNICEF has delivered 1.2 million water purification tablets and 40,000 family hygiene kits to YRCS warehouses in Sana'a and Aden",
            ),
            rel(
                "agreement",
                [ICRC, YRCS],
                date="2024-01",
                evidence="which renewed its Partnership Framework Agreement with YRCS in January 2024",
            ),
            rel(
                "support",
                [ICRC, YRCS],
                evidence="continues to provide the society with oral rehydration salts, chlorine and fuel for ambulances",
            ),
            rel(
                "support",
                [DRC, YRCS],
                evidence="The Danish Red Cross has seconded a water, sanitation and hygiene (WASH) delegate to the YRCS headquarters for three months",
            ),
            rel(
                "meeting",
                [YRCS, WHO],
                place="Sana'a, Yemen",
                date="2024-09-10",
                evidence="On 10 September, YRCS Secretary General Dr. Fuad Abdo Al-Maqtari met Dr. Ingrid Solberg, WHO Representative in Yemen, in Sana'a",
            ),
        ],
    ),
    (
        "ke04_abudhabi_heat_forum.txt",
        "2025-11-20",
        [
            org(ERC, NS, "AE", "ERC"),
            org(IFRC, MB, None, "IFRC"),
            org(QRCS, NS, "QA"),
            org(KRCS, NS, "KW"),
            org(BRCS, NS, "BH"),
            org(JNRCS, NS, "JO"),
            org(YRCS, NS, "YE"),
            org(ICRC, MB, None, "ICRC"),
            org(ARCO, OTHER, None),
            org(NCM, GOV, "AE", "NCM"),
            org(WMO, UN, None),
        ],
        [
            person("Salma Al-Rawi", "Regional Head of Health and Care", IFRC),
            person("Rashid Obaid Al-Dhaheri", "Secretary General", ERC),
            person("Mubarak Yusuf Al-Hajeri", "Secretary General", BRCS),
            person(
                "Pierre Vautrin",
                "Head of Regional Delegation for the Gulf Cooperation Council countries",
                ICRC,
            ),
            person("Hamdan Saif Al-Shamsi", "Director", NCM),
            person("Reem Abdulkarim Saleh", "Head of Community Health Programme", YRCS),
        ],
        [
            rel(
                "participation",
                [ERC, IFRC, QRCS, KRCS, BRCS, JNRCS, YRCS, ICRC, ARCO, NCM, WMO],
                event="Regional Forum on Extreme Heat and Humanitarian Action",
                place=AD,
                date="2025-11-17",
                evidence="The forum, hosted by the Emirates Red Crescent (ERC) with the IFRC's Middle East and North Africa regional office, brought together delegations",
            ),
            rel(
                "alliance",
                [ERC, QRCS, KRCS, BRCS, JNRCS, YRCS],
                place=AD,
                date="2025-11-18",
                evidence="the six participating National Societies formally launched the Gulf and Levant Heat Action Alliance",
            ),
            rel(
                "agreement",
                [ERC, BRCS],
                signatories=["Rashid Obaid Al-Dhaheri", "Mubarak Yusuf Al-Hajeri"],
                place=AD,
                date="2025-11-17",
                evidence="the ERC and the Bahrain Red Crescent Society put their names to a memorandum of understanding on volunteer exchange and joint training",
            ),
            rel(
                "meeting",
                [ERC, ICRC],
                place=AD,
                evidence="Al-Dhaheri also held talks with Pierre Vautrin, head of the ICRC's regional delegation",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
