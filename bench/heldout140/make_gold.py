"""Gold annotations for held-out set 140 (prefix jd): global and Movement-wide.

jd01 - press release: IFRC-WFP framework signed in Geneva (KRCS/BRCS officials only witness), 2018 MoU as background, ECHO funding, WFP in-kind gift to BDRCS; traps: UNICEF talks (plan), ICRC co-mention, media contact.
jd02 - wire copy with hard line breaks: IKEA Foundation grant to IFRC plus 2021 gift, Netherlands RC support to PRCS; traps: byline/editor, AFP cited, Lagos talks with Nigerian RC (no deal), unnamed donors.
jd03 - feature: ICRC-ICMP talks in The Hague (last month) and 2023 agreement, FDFA renewed funding, Norwegian RC secondment, ICRC training of SRCS volunteers; traps: byline, private individual, Central Tracing Agency (internal), INTERPOL (plan).
jd04 - side-event report at the Council of Delegates: one participation, NS-NS agreement with witness, ICRC ambulance gift (background), three-society coalition, next-day IFRC-OCHA meeting; traps: Start Network invited but withdrew, Norway's intention, Council of Delegates itself not the event.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

WFP = "World Food Programme"
KRCS = "Kenya Red Cross Society"
BDRCS = "Bangladesh Red Crescent Society"
ECHO = "Directorate-General for European Civil Protection and Humanitarian Aid Operations"
IKEAF = "IKEA Foundation"
PRCS = "Pakistan Red Crescent Society"
NLRC = "Netherlands Red Cross"
ICMP = "International Commission on Missing Persons"
FDFA = "Swiss Federal Department of Foreign Affairs"
NORCROSS = "Norwegian Red Cross"
SRCS = "Sudanese Red Crescent Society"
PRC = "Philippine Red Cross"
SARC = "Syrian Arab Red Crescent"
NRCS = "Nepal Red Cross Society"
OCHA = "UN Office for the Coordination of Humanitarian Affairs"
NOMFA = "Ministry of Foreign Affairs of Norway"

DOCS = [
    (
        "jd01_ifrc_wfp_anticipatory_framework.txt",
        "2025-03-12",
        [
            org(IFRC, MB, None, "IFRC"),
            org(WFP, UN, None, "WFP", "United Nations World Food Programme"),
            org(KRCS, NS, "KE"),
            org(BDRCS, NS, "BD"),
            org(ECHO, OTHER, None, "ECHO"),
        ],
        [
            person("Helena Marsh-Okafor", "Under Secretary General for Operations", IFRC),
            person("Tomas Lindqvist", "Assistant Executive Director for Programme and Policy", WFP),
            person("Asha Mwangi", "Secretary General", KRCS),
            person("Rezaul Karim Chowdhury", "Director of Disaster Response", BDRCS),
            person("Pierre-Louis Favre", "Media Officer", IFRC),
        ],
        [
            rel(
                "agreement",
                [IFRC, WFP],
                signatories=["Helena Marsh-Okafor", "Tomas Lindqvist"],
                place="Geneva, Switzerland",
                date="2025-03-12",
                evidence="The framework was signed at the IFRC secretariat in Geneva by Dr. Helena Marsh-Okafor",
            ),
            rel(
                "agreement",
                [IFRC, WFP],
                place="Rome, Italy",
                date="2018",
                evidence="The new framework replaces a memorandum of understanding signed by the two organisations in Rome in 2018",
            ),
            rel(
                "support",
                [ECHO, IFRC],
                evidence="which has allocated EUR 8 million to the IFRC for the two countries",
            ),
            rel(
                "donation",
                [WFP, BDRCS],
                place="Cox's Bazar, Bangladesh",
                date="2024-11",
                evidence="Last November, WFP handed over 40 mobile storage units to the Bangladesh Red Crescent Society for cyclone shelters in Cox's Bazar",
            ),
        ],
    ),
    (
        "jd02_ikea_foundation_heat_grant.txt",
        "2025-06-04",
        [
            org(IKEAF, OTHER, "NL"),
            org(IFRC, MB, None, "IFRC"),
            org(PRCS, NS, "PK", "Pakistan Red Crescent"),
            org(NLRC, NS, "NL"),
        ],
        [
            person("Maarten Hollander", "Director of Climate Action", IKEAF),
            person("Lucia Brandt", "Head of Urban Resilience Unit", IFRC),
            person("Farah Naz Qureshi", "Head of Disaster Management", PRCS),
        ],
        [
            rel(
                "donation",
                [IKEAF, IFRC],
                place="Geneva, Switzerland",
                date="2025-06-04",
                evidence="The IKEA Foundation has awarded a\n25-million-euro grant to the International Federation of\nRed Cross and Red Crescent Societies (IFRC)",
            ),
            rel(
                "donation",
                [IKEAF, IFRC],
                date="2021",
                evidence="In 2021 it gave 10 million euros to the\nIFRC for a heat programme in South Asia",
            ),
            rel(
                "support",
                [NLRC, PRCS],
                place="Karachi, Pakistan",
                evidence="Society has already opened 14 cooling points in Karachi with\nsupport from the Netherlands Red Cross",
            ),
        ],
    ),
    (
        "jd03_missing_persons_feature.txt",
        "2025-05-20",
        [
            org(ICRC, MB, None, "ICRC"),
            org(ICMP, OTHER, None, "ICMP"),
            org(FDFA, GOV, "CH", "FDFA"),
            org(NORCROSS, NS, "NO"),
            org(SRCS, NS, "SD", "Sudanese Red Crescent"),
        ],
        [
            person("Mireille Achkar", "Head of the Central Tracing Agency", ICRC),
            person("Jonas Wetterberg", "Director of International Law and Policy", ICRC),
            person("Katarina Holm-Verne", "Director-General", ICMP),
            person("Abdelrahim Osman", "Tracing Coordinator", SRCS),
        ],
        [
            rel(
                "agreement",
                [ICRC, ICMP],
                date="2023",
                evidence="concluded a cooperation agreement on the exchange of forensic data",
            ),
            rel(
                "meeting",
                [ICRC, ICMP],
                place="The Hague, Netherlands",
                date="2025-04",
                evidence="Last month Jonas Wetterberg, the ICRC's director of international law and policy, travelled to The Hague for two days of talks with ICMP",
            ),
            rel(
                "support",
                [FDFA, ICRC],
                date="2025-01",
                evidence="renewed its multi-year funding for the agency in January",
            ),
            rel(
                "support",
                [NORCROSS, ICRC],
                place="Amman, Jordan",
                evidence="The Norwegian Red Cross, meanwhile, has seconded two forensic anthropologists to the ICRC's regional team in Amman",
            ),
            rel(
                "support",
                [ICRC, SRCS],
                place="Port Sudan, Sudan",
                evidence="In Port Sudan, the ICRC has trained 120 volunteers of the Sudanese Red Crescent Society",
            ),
        ],
    ),
    (
        "jd04_cod_side_event_local_financing.txt",
        "2024-10-29",
        [
            org(NORCROSS, NS, "NO"),
            org(PRC, NS, "PH"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(SARC, NS, "SY", "SARC"),
            org(NRCS, NS, "NP"),
            org(OCHA, UN, None, "OCHA"),
            org(NOMFA, GOV, "NO", "Norway's Ministry of Foreign Affairs"),
        ],
        [
            person("Ingrid Solberg", "Secretary General", NORCROSS),
            person("Ramon Dizon", "Secretary General", PRC),
            person(
                "Kwame Asante-Boadi",
                "Under Secretary General for National Society Development",
                IFRC,
            ),
            person("Elise Fournier", "Deputy Director of Operations", ICRC),
            person("Hazem Al-Khatib", "Director of Operations", SARC),
            person("Sunita Gurung", "Secretary General", NRCS),
            person("Nadia Okonjo-Fields", "Head of Pooled Funds Section", OCHA),
            person("Erik Brandvold", "State Secretary for Development", NOMFA),
        ],
        [
            rel(
                "participation",
                [NORCROSS, PRC, IFRC, ICRC, SARC, NRCS, OCHA, NOMFA],
                event="Money Where the Water Is: Financing Local Action in Protracted Crises",
                place="Geneva, Switzerland",
                date="2024-10-27",
                evidence='"Money Where the Water Is: Financing Local Action in Protracted Crises", a side event on the margins of the Council of Delegates',
            ),
            rel(
                "agreement",
                [NORCROSS, PRC],
                signatories=["Ingrid Solberg", "Ramon Dizon"],
                place="Geneva, Switzerland",
                date="2024-10-27",
                evidence="Solberg and Dizon signed a renewed three-year partnership agreement between their two National Societies",
            ),
            rel(
                "donation",
                [ICRC, SARC],
                date="2023",
                evidence="the ICRC's donation of 14 ambulances to the Syrian Arab Red Crescent in 2023",
            ),
            rel(
                "alliance",
                [NRCS, PRC, SARC],
                place="Geneva, Switzerland",
                date="2024-10-27",
                evidence="used the session to launch the Frontline Financing Coalition, a standing alliance",
            ),
            rel(
                "meeting",
                [IFRC, OCHA],
                place="Geneva, Switzerland",
                date="2024-10-28",
                evidence="On the following morning, Asante-Boadi and Okonjo-Fields held a bilateral meeting at the IFRC secretariat",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
