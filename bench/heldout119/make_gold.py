"""Gold annotations for held-out set 119 (prefix gc): Middle East and North Africa.

gc01 - KUNA wire copy of a KRCS donation handover to the Lebanese Red Cross; long titles before
       names, funder (Zakat House) grant to KRCS, embassy official present (no relation), background
       MoU 2019 renewed 2023; KUNA is a source only; KRCS acronym.
gc02 - Press release on a CRM-CRT cooperation protocol; IFRC official present (not a signatory),
       signatory acting for an unnamed president, past support in Al Haouz earthquake, Spanish RC and
       ICRC support to a migration programme, 2014 background agreement, "About" boilerplate.
gc03 - Newspaper report (byline) of an Emirates Red Crescent visit to Egypt; "ERC" is the Emirati
       society; series of separate bilateral meetings (EgRC, ICRC, WFP, ministry); EgRC delivers aid
       on behalf of EmRC; MoU only to be studied (plan); UNRWA and UAE operation merely mentioned.
gc04 - Article on a regional conference in Amman listing attending societies; Sudanese RC did not
       attend; funders (QFFD, Norwegian RC) of the host; sideline MoU JNRCS-IRCS; next-edition offer
       is a plan.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

KRCS = "Kuwait Red Crescent Society"
LRC = "Lebanese Red Cross"
EMB = "Embassy of the State of Kuwait to the Lebanese Republic"
ZAK = "Kuwait Zakat House"

CRM = "Moroccan Red Crescent"
CRT = "Tunisian Red Crescent"
SPRC = "Spanish Red Cross"

EMRC = "Emirates Red Crescent"
EGRC = "Egyptian Red Crescent"
WFP = "World Food Programme"
MOSS = "Ministry of Social Solidarity"

JNRCS = "Jordan National Red Crescent Society"
ARCO = "Arab Red Crescent and Red Cross Organization"
PRCS = "Palestine Red Crescent Society"
SARC = "Syrian Arab Red Crescent"
IRCS = "Iraqi Red Crescent Society"
LIBRC = "Libyan Red Crescent"
YRCS = "Yemen Red Crescent Society"
QRCS = "Qatar Red Crescent Society"
BRCS = "Bahrain Red Crescent Society"
SRCA = "Saudi Red Crescent Authority"
UNRWA = "UN Relief and Works Agency for Palestine Refugees"
NORC = "Norwegian Red Cross"
GRC = "German Red Cross"
QFFD = "Qatar Fund for Development"

CONF = "2nd MENA Regional Conference on Localization and Humanitarian Diplomacy"

DOCS = [
    (
        "gc01_krcs_lrc_medical_aid.txt",
        "2025-02-11",
        [
            org(KRCS, NS, "KW", "KRCS", "Kuwait Red Crescent"),
            org(LRC, NS, "LB", "LRC"),
            org(EMB, GOV, "KW", "Embassy"),
            org(ZAK, GOV, "KW", "Bait Al-Zakat"),
        ],
        [
            person("Faisal Abdulaziz Al-Rashidi", "Member of the Board of Directors", KRCS),
            person(
                "Faisal Abdulaziz Al-Rashidi", "Chairman of the Relief and Disaster Committee", KRCS
            ),
            person("Bader Hamad Al-Enezi", "Charge d'Affaires", EMB),
            person("Rami Abi Nader", "Secretary-General", LRC),
        ],
        [
            rel(
                "donation",
                [KRCS, LRC],
                place="Beirut, Lebanon",
                date="2025-02-11",
                evidence="The Kuwait Red Crescent Society (KRCS) handed over on Tuesday a consignment of medical supplies weighing some 14 tonnes, along with two fully equipped ambulances, to the Lebanese Red Cross (LRC)",
            ),
            rel(
                "donation",
                [ZAK, KRCS],
                date="2025-01",
                evidence="financed by Kuwait Zakat House (Bait Al-Zakat) out of a grant of KD 250,000 (around USD 810,000) allocated last month to the KRCS",
            ),
            rel(
                "support",
                [KRCS, LRC],
                evidence="thanked the Kuwait Red Crescent Society for its continuous support to the LRC emergency medical services",
            ),
            rel(
                "agreement",
                [KRCS, LRC],
                place="Beirut, Lebanon",
                date="2019-05",
                evidence="the KRCS and the Lebanese Red Cross signed a memorandum of understanding in Beirut in May 2019",
            ),
            rel(
                "agreement",
                [KRCS, LRC],
                date="2023",
                evidence="which was renewed in 2023 for a further three years",
            ),
        ],
    ),
    (
        "gc02_crm_crt_protocol.txt",
        "2025-04-24",
        [
            org(CRM, NS, "MA", "CRM", "Croissant-Rouge Marocain"),
            org(CRT, NS, "TN", "CRT", "Croissant-Rouge Tunisien"),
            org(IFRC, MB, None, "IFRC"),
            org(SPRC, NS, "ES"),
            org(ICRC, MB, None, "ICRC"),
        ],
        [
            person("Youssef Bennani", "Secretary General", CRM),
            person("Sonia Trabelsi", "Vice-President", CRT),
            person(
                "Karim Haddad", "Head of the IFRC Country Cluster Delegation for the Maghreb", IFRC
            ),
        ],
        [
            rel(
                "agreement",
                [CRM, CRT],
                signatories=["Youssef Bennani", "Sonia Trabelsi"],
                place="Rabat, Morocco",
                date="2025-04-23",
                evidence="The protocol was signed at the CRM headquarters in Rabat by Mr. Youssef Bennani, Secretary General of the Moroccan Red Crescent, and Dr. Sonia Trabelsi, Vice-President of the Tunisian Red Crescent",
            ),
            rel(
                "support",
                [CRT, CRM],
                place="Taroudant, Morocco",
                date="2023-09",
                evidence="Volunteers of the Tunisian Red Crescent came to support our teams in the province of Taroudant",
            ),
            rel(
                "support",
                [SPRC, CRM],
                date="2016",
                evidence="which has been run since 2016 with the support of the Spanish Red Cross and the International Committee of the Red Cross (ICRC)",
            ),
            rel(
                "support",
                [ICRC, CRM],
                date="2016",
                evidence="which has been run since 2016 with the support of the Spanish Red Cross and the International Committee of the Red Cross (ICRC)",
            ),
            rel(
                "agreement",
                [CRM, CRT],
                place="Tunis, Tunisia",
                date="2014",
                evidence="a first cooperation agreement concluded between the two Societies in Tunis in 2014",
            ),
        ],
    ),
    (
        "gc03_emrc_egrc_talks.txt",
        "2025-03-13",
        [
            org(EMRC, NS, "AE", "ERC"),
            org(EGRC, NS, "EG"),
            org(ICRC, MB, None, "ICRC"),
            org(WFP, UN, None, "WFP"),
            org(MOSS, GOV, "EG"),
        ],
        [
            person("Obaid Khalfan Al Ketbi", "Secretary General", EMRC),
            person("Fatima Al Dhaheri", "Director of International Operations", EMRC),
            person("Hossam Eldin Lotfy", "Chief Executive", EGRC),
            person("Martin Oduya", "Head of the ICRC Delegation in Cairo", ICRC),
            person("Laila Mansour", "Head of Field Office in El Arish", WFP),
            person("Nevine Abdel Hamid", "Minister of Social Solidarity", MOSS),
        ],
        [
            rel(
                "mission",
                [EMRC],
                place="Egypt",
                date="2025-03-10",
                evidence="wrapped up on Wednesday a three-day visit to Egypt",
            ),
            rel(
                "meeting",
                [EMRC, EGRC],
                place="Cairo, Egypt",
                date="2025-03-10",
                evidence="were received at the Egyptian Red Crescent's headquarters in Heliopolis by Dr. Hossam Eldin Lotfy",
            ),
            rel(
                "support",
                [EGRC, EMRC],
                date="2023-11",
                evidence="the Egyptian Red Crescent has received, inspected and trucked to the border more than 9,000 tonnes of Emirati food, medicine and shelter items on behalf of the Emirates Red Crescent",
            ),
            rel(
                "meeting",
                [EMRC, ICRC],
                place="Cairo, Egypt",
                date="2025-03-10",
                evidence="Al Ketbi also met separately with Martin Oduya, Head of the ICRC Delegation in Cairo",
            ),
            rel(
                "meeting",
                [EMRC, EGRC],
                place="El Arish, Egypt",
                date="2025-03-11",
                evidence="toured the Egyptian Red Crescent's logistics hub",
            ),
            rel(
                "meeting",
                [EMRC, WFP],
                place="El Arish, Egypt",
                date="2025-03-11",
                evidence="was then briefed at the warehouses of the World Food Programme (WFP) by Laila Mansour",
            ),
            rel(
                "meeting",
                [EMRC, MOSS],
                date="2025-03-12",
                evidence="the delegation concluded its visit at the Ministry of Social Solidarity in the New Administrative Capital, east of Cairo, where it was received by Minister of Social Solidarity Dr. Nevine Abdel Hamid",
            ),
        ],
    ),
    (
        "gc04_amman_regional_conference.txt",
        "2025-10-16",
        [
            org(JNRCS, NS, "JO", "JNRCS"),
            org(IFRC, MB, None, "IFRC"),
            org(ARCO, OTHER, None, "ARCO"),
            org(PRCS, NS, "PS"),
            org(LRC, NS, "LB"),
            org(SARC, NS, "SY", "SARC"),
            org(IRCS, NS, "IQ", "Iraqi Red Crescent"),
            org(EGRC, NS, "EG"),
            org(LIBRC, NS, "LY"),
            org(CRT, NS, "TN"),
            org(YRCS, NS, "YE"),
            org(QRCS, NS, "QA"),
            org(KRCS, NS, "KW"),
            org(BRCS, NS, "BH"),
            org(SRCA, NS, "SA"),
            org(ICRC, MB, None, "ICRC"),
            org(UNRWA, UN, None, "UNRWA"),
            org(WFP, UN, None, "WFP"),
            org(NORC, NS, "NO"),
            org(GRC, NS, "DE"),
            org(QFFD, GOV, "QA", "QFFD"),
        ],
        [
            person("Ziad Al-Momani", "President", JNRCS),
            person(
                "Noura Bakri",
                "Regional Director of the IFRC for the Middle East and North Africa",
                IFRC,
            ),
            person("Abdullah Al-Harbi", "Secretary General", ARCO),
            person("Rania Qasem", "representative", PRCS),
            person("Haider Al-Jubouri", "Secretary General", IRCS),
        ],
        [
            rel(
                "participation",
                [
                    JNRCS,
                    IFRC,
                    ARCO,
                    PRCS,
                    LRC,
                    SARC,
                    IRCS,
                    EGRC,
                    LIBRC,
                    CRT,
                    YRCS,
                    QRCS,
                    KRCS,
                    BRCS,
                    SRCA,
                    ICRC,
                    UNRWA,
                    WFP,
                    NORC,
                    GRC,
                ],
                event=CONF,
                place="Amman, Jordan",
                date="2025-10-14",
                evidence="The 2nd MENA Regional Conference on Localization and Humanitarian Diplomacy",
            ),
            rel(
                "support",
                [QFFD, JNRCS],
                evidence="financial support to the society from the Qatar Fund for Development (QFFD) and the Norwegian Red Cross",
            ),
            rel(
                "support",
                [NORC, JNRCS],
                evidence="financial support to the society from the Qatar Fund for Development (QFFD) and the Norwegian Red Cross",
            ),
            rel(
                "agreement",
                [JNRCS, IRCS],
                signatories=["Ziad Al-Momani", "Haider Al-Jubouri"],
                place="Amman, Jordan",
                date="2025-10-14",
                evidence="the JNRCS and the Iraqi Red Crescent Society signed a memorandum of understanding on training paramedics and sharing stocks of relief items",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
