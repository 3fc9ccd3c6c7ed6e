"""Gold annotations for held-out set 125 (prefix ha): East Africa and the Horn.

ha01 - Kenyan newspaper: Turkana County-KRCS MoU signed by governor and SG; traps: CEC member and
       NDMA present at signing (not signatories), Samburu deal only expected, resident quoted,
       "told the Nation"; background MoUs with Safaricom (2023) and Marsabit (January).
ha02 - IFRC drought appeal update: donor list (one with an amount, Canada via Canadian RC),
       IFRC support to three NSs, a three-party meeting in Addis, ICRC/Danish RC support to SRCS,
       GHACOF participation; traps: Austrian RC talks only, NDMA bulletins used (co-mention).
ha03 - WFP/UNHCR press release: joint programme with URCS, tripartite letter of understanding,
       BMZ contribution to both agencies, 2024 service agreements with MTN Uganda and Equity Bank;
       traps: minister launches (no relation), extension only hoped for, About boilerplate.
ha04 - TRCS news item on a Finnish RC delegation: series of separate meetings (TRCS; PMO with
       TRCS SG present; UNHCR alone), MFA Finland funding chain, UNHCR support to TRCS, renewed
       framework signed by two SGs with the President only present; photo credit.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

CO = "company"

KRCS = "Kenya Red Cross Society"
TURKANA = "Turkana County Government"
NDMA = "National Drought Management Authority"
ERCS = "Ethiopian Red Cross Society"
SRCS = "Somali Red Crescent Society"
EU = "European Union"
WFP = "World Food Programme"
UNHCR = "United Nations High Commissioner for Refugees"
URCS = "Uganda Red Cross Society"
OPM = "Office of the Prime Minister"
BMZ = "Federal Ministry for Economic Cooperation and Development"
TRCS = "Tanzania Red Cross Society"
FRC = "Finnish Red Cross"
PMO = "Prime Minister's Office"
MFAFI = "Ministry for Foreign Affairs of Finland"

DOCS = [
    (
        "ha01_turkana_krcs_mou.txt",
        "2025-03-13",
        [
            org(TURKANA, GOV, "KE", "Turkana County"),
            org(KRCS, NS, "KE", "KRCS", "Kenya Red Cross"),
            org(NDMA, GOV, "KE", "NDMA"),
            org("Safaricom PLC", CO, "KE", "Safaricom"),
            org("County Government of Marsabit", GOV, "KE", "Marsabit"),
            org(IFRC, MB, None, "IFRC"),
            org(EU, OTHER, None),
        ],
        [
            person("Samuel Ekiru Lokwawi", "Governor", TURKANA),
            person("Grace Atieno Murithi", "Secretary General", KRCS),
            person(
                "Esther Nakiru Lopeyok",
                "CEC Member for Water, Environment and Mineral Resources",
                TURKANA,
            ),
            person("Joseph Ekal Akiru", "Turkana County Drought Coordinator", NDMA),
        ],
        [
            rel(
                "agreement",
                [TURKANA, KRCS],
                signatories=["Samuel Ekiru Lokwawi", "Grace Atieno Murithi"],
                place="Lodwar, Kenya",
                date="2025-03-11",
                evidence="Turkana County Government and the Kenya Red Cross Society (KRCS) on Tuesday signed a memorandum of understanding",
            ),
            rel(
                "agreement",
                [KRCS, "Safaricom PLC"],
                date="2023",
                evidence="a framework agreement the society signed with Safaricom PLC in 2023",
            ),
            rel(
                "agreement",
                [KRCS, "County Government of Marsabit"],
                date="2025-01",
                evidence="The Kenya Red Cross inked a similar MoU with the County Government of Marsabit in January",
            ),
            rel(
                "support",
                [NDMA, TURKANA],
                evidence="the authority had already released Sh35 million from the Drought Contingency Fund to the county government",
            ),
            rel(
                "support",
                [IFRC, KRCS],
                evidence="with support from partners including the IFRC and the European Union",
            ),
            rel(
                "support",
                [EU, KRCS],
                evidence="with support from partners including the IFRC and the European Union",
            ),
        ],
    ),
    (
        "ha02_ifrc_horn_drought_update.txt",
        "2025-05-27",
        [
            org(IFRC, MB, None, "IFRC"),
            org(ERCS, NS, "ET", "ERCS"),
            org(KRCS, NS, "KE", "KRCS"),
            org(SRCS, NS, "SO", "SRCS"),
            org("British Red Cross", NS, "GB"),
            org(
                EU,
                OTHER,
                None,
                "Directorate-General for European Civil Protection and Humanitarian Aid Operations",
                "DG ECHO",
            ),
            org("Japanese Red Cross Society", NS, "JP"),
            org("Norwegian Red Cross", NS, "NO"),
            org("Swedish Red Cross", NS, "SE"),
            org("Canadian Red Cross Society", NS, "CA"),
            org("Government of Canada", GOV, "CA"),
            org("Ethiopian Disaster Risk Management Commission", GOV, "ET", "EDRMC"),
            org(ICRC, MB, None, "ICRC"),
            org("Danish Red Cross", NS, "DK"),
        ],
        [
            person("Hodan Abdirahman Warsame", "President", SRCS),
            person("Daniel Okello Achieng", "Regional Director for Africa", IFRC),
            person("Tobias Lindqvist", "Head of Delegation for Ethiopia and Djibouti", IFRC),
            person("Getachew Bekele Woldu", "Secretary General", ERCS),
            person(
                "Meseret Alemayehu Tadesse",
                "Commissioner",
                "Ethiopian Disaster Risk Management Commission",
            ),
            person("Ruth Wambui Njoroge", "Operations Coordinator, Horn of Africa", IFRC),
        ],
        [
            rel(
                "support",
                [IFRC, ERCS],
                evidence="the IFRC is supporting the Ethiopian Red Cross Society (ERCS)",
            ),
            rel("support", [IFRC, KRCS], evidence="the Kenya Red Cross Society (KRCS)"),
            rel(
                "support",
                [IFRC, SRCS],
                evidence="the Somali Red Crescent Society (SRCS) to reach 1.1 million people",
            ),
            rel(
                "donation",
                ["British Red Cross", IFRC],
                evidence="The IFRC wishes to thank the British Red Cross, which has contributed CHF 2.4 million",
            ),
            rel(
                "support",
                [EU, IFRC],
                evidence="the European Union through its Directorate-General for European Civil Protection and Humanitarian Aid Operations (DG ECHO)",
            ),
            rel(
                "support",
                ["Japanese Red Cross Society", IFRC],
                evidence="the Japanese Red Cross Society",
            ),
            rel("support", ["Norwegian Red Cross", IFRC], evidence="the Norwegian Red Cross"),
            rel("support", ["Swedish Red Cross", IFRC], evidence="the Swedish Red Cross"),
            rel(
                "support",
                ["Canadian Red Cross Society", IFRC],
                evidence="the Canadian Red Cross Society with funds from the Government of Canada, for their generous contributions",
            ),
            rel(
                "support",
                ["Government of Canada", "Canadian Red Cross Society"],
                evidence="the Canadian Red Cross Society with funds from the Government of Canada",
            ),
            rel(
                "meeting",
                [IFRC, ERCS, "Ethiopian Disaster Risk Management Commission"],
                place="Addis Ababa, Ethiopia",
                date="2025-05-14",
                evidence="ERCS Secretary General Getachew Bekele Woldu met the Commissioner of the Ethiopian Disaster Risk Management Commission (EDRMC)",
            ),
            rel(
                "support",
                [ICRC, SRCS],
                evidence="the ICRC continues to support the SRCS network of 28 maternal and child health clinics",
            ),
            rel(
                "support",
                ["Danish Red Cross", SRCS],
                evidence="the Danish Red Cross is funding the Society's multipurpose cash programme",
            ),
            rel(
                "participation",
                [IFRC, KRCS, ERCS],
                event="Greater Horn of Africa Climate Outlook Forum",
                place="Nairobi, Kenya",
                date="2025-02",
                evidence="The IFRC, KRCS and ERCS took part in the Greater Horn of Africa Climate Outlook Forum (GHACOF) in Nairobi, Kenya, in February",
            ),
        ],
    ),
    (
        "ha03_wfp_unhcr_uganda_joint_programme.txt",
        "2025-04-08",
        [
            org(WFP, UN, None, "United Nations World Food Programme", "WFP"),
            org(UNHCR, UN, None, "UN Refugee Agency", "UNHCR"),
            org(URCS, NS, "UG", "URCS"),
            org(OPM, GOV, "UG", "OPM"),
            org(BMZ, GOV, "DE", "BMZ"),
            org("MTN Uganda", CO, "UG"),
            org("Equity Bank Uganda Limited", CO, "UG", "Equity Bank Uganda"),
        ],
        [
            person(
                "Rose Nakabugo Kintu",
                "Minister of State for Relief, Disaster Preparedness and Refugees",
                OPM,
            ),
            person("Clarisse Mbeki-Dupont", "Country Director", WFP),
            person("Arvid Solheim", "Representative in Uganda", UNHCR),
            person("Moses Kizito Ssemanda", "Secretary General", URCS),
            person("Sarah Nansubuga", "Communications Officer", WFP),
        ],
        [
            rel(
                "agreement",
                [WFP, UNHCR, URCS],
                signatories=["Clarisse Mbeki-Dupont", "Arvid Solheim", "Moses Kizito Ssemanda"],
                place="Nakivale, Uganda",
                date="2025-04-07",
                evidence="WFP and UNHCR signed a letter of understanding with URCS",
            ),
            rel(
                "donation",
                [BMZ, WFP],
                evidence="a contribution of EUR 18 million from Germany's Federal Ministry for Economic Cooperation and Development (BMZ) to WFP and UNHCR",
            ),
            rel(
                "donation",
                [BMZ, UNHCR],
                evidence="a contribution of EUR 18 million from Germany's Federal Ministry for Economic Cooperation and Development (BMZ) to WFP and UNHCR",
            ),
            rel(
                "agreement",
                [WFP, "MTN Uganda"],
                date="2024",
                evidence="service agreements that WFP signed in 2024 with MTN Uganda and Equity Bank Uganda Limited",
            ),
            rel(
                "agreement",
                [WFP, "Equity Bank Uganda Limited"],
                date="2024",
                evidence="service agreements that WFP signed in 2024 with MTN Uganda and Equity Bank Uganda Limited",
            ),
        ],
    ),
    (
        "ha04_trcs_finnish_rc_visit.txt",
        "2025-10-22",
        [
            org(TRCS, NS, "TZ", "TRCS"),
            org(FRC, NS, "FI", "FRC"),
            org(MFAFI, GOV, "FI"),
            org(PMO, GOV, "TZ"),
            org(UNHCR, UN, None, "UNHCR"),
        ],
        [
            person("Liisa Koskinen-Aho", "Secretary General", FRC),
            person("Zainabu Mussa Kilonzo", "President", TRCS),
            person("Emmanuel Joseph Mtui", "Secretary General", TRCS),
            person("Juhani Rautio", "Head of International Operations", FRC),
            person("Helena Mäkelä", "Africa Desk Coordinator", FRC),
            person("Hamisi Juma Makame", "Director of Disaster Management", PMO),
            person("Awa Diallo Sène", "Head of Field Office in Kasulu", UNHCR),
        ],
        [
            rel(
                "meeting",
                [TRCS, FRC],
                place="Dar es Salaam, Tanzania",
                date="2025-10-13",
                evidence="During the opening meeting on 13 October, the two sides reviewed progress",
            ),
            rel(
                "support",
                [FRC, TRCS],
                evidence="which the Finnish Red Cross has supported since 2019",
            ),
            rel(
                "support",
                [MFAFI, FRC],
                evidence="with funding from the Ministry for Foreign Affairs of Finland",
            ),
            rel(
                "meeting",
                [FRC, TRCS, PMO],
                date="2025-10-14",
                evidence="the visitors, accompanied by Mr. Mtui, paid a courtesy call on the Prime Minister's Office",
            ),
            rel(
                "mission",
                [FRC],
                place="Kigoma, Tanzania",
                evidence="The team then travelled to Kigoma",
            ),
            rel(
                "meeting",
                [FRC, UNHCR],
                place="Nyarugusu, Tanzania",
                date="2025-10-16",
                evidence="the FRC delegation held a separate meeting at Nyarugusu refugee camp with the UNHCR Head of Field Office in Kasulu",
            ),
            rel(
                "support",
                [UNHCR, TRCS],
                evidence="TRCS, with support from UNHCR, runs water and sanitation services",
            ),
            rel(
                "agreement",
                [TRCS, FRC],
                signatories=["Emmanuel Joseph Mtui", "Liisa Koskinen-Aho"],
                place="Dar es Salaam, Tanzania",
                date="2025-10-17",
                evidence="The agreement was signed by Mr. Mtui and Ms. Koskinen-Aho",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
