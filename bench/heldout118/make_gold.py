"""Gold annotations for held-out set 118 (prefix gb): South Asia.

gb01 - Dhaka newspaper report of a BDRCS-BRAC MoU; chief guest and presiding chairman are not
       signatories, "Md."/"Begum"/"Professor Dr." name styles, 2017 background agreement, British
       Red Cross support, a sidelines meeting with IFRC, a planned approach to the DDM (no
       relation), BMD and BSS cited only as sources.
gb02 - Government of Nepal press release (B.S. date) listing partner support; China donation to
       the Government (received by an NDRRMA official), NRCS with IFRC support, WFP and Nepal
       Telecom supporting NDRRMA, a bank donation, one three-party review meeting, planned ADB /
       World Bank consultations (no relation).
gb03 - IFRC-style emergency appeal operation update for Pakistan floods; DREF allocation, several
       Movement partners supporting PRCS, corporate donation, DG ECHO contribution to the IFRC
       appeal, PRCS-NDMA meeting, generic "Partner National Societies", Qatar RC only under
       discussion, PDMA co-location (no relation), contacts block.
gb04 - SLRCS news item on an MoU renewal with Dialog Axiata; President present but not signatory,
       background MoUs (2016 Dialog, 2019 DMC, 2024 Maldivian Red Crescent), Indian Red Cross
       ambulance donation, hoped-for telecom deal (no relation), photo caption and About
       boilerplate mentioning IFRC and Axiata Group.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

CO = "company"

BDRCS = "Bangladesh Red Crescent Society"
MODMR = "Ministry of Disaster Management and Relief"
NRCS = "Nepal Red Cross Society"
NDRRMA = "National Disaster Risk Reduction and Management Authority"
MOHA = "Ministry of Home Affairs"
PRCS = "Pakistan Red Crescent Society"
ECHO = "Directorate-General for European Civil Protection and Humanitarian Aid Operations"
SLRCS = "Sri Lanka Red Cross Society"
DIALOG = "Dialog Axiata PLC"

DOCS = [
    (
        "gb01_bdrcs_brac_early_warning.txt",
        "2025-10-16",
        [
            org(BDRCS, NS, "BD", "BDRCS"),
            org("BRAC", NGO, "BD"),
            org(MODMR, GOV, "BD"),
            org("British Red Cross", NS, "GB"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [
            person("Md. Rezaul Karim Bhuiyan", "Secretary General", BDRCS),
            person("Nasreen Akhter Shimu", "Director, Climate Change Programme", "BRAC"),
            person("Abul Kalam Majumder", "Adviser", MODMR),
            person("Shamima Parveen Chowdhury", "Chairman", BDRCS),
            person("Kamrul Hasan Talukder", "Senior Director", "BRAC"),
            person("Sigurd Halvorsen", "Head of Delegation in Bangladesh", IFRC),
        ],
        [
            rel(
                "agreement",
                [BDRCS, "BRAC"],
                signatories=["Md. Rezaul Karim Bhuiyan", "Nasreen Akhter Shimu"],
                place="Dhaka, Bangladesh",
                date="2025-10-15",
                evidence="The Bangladesh Red Crescent Society (BDRCS) and BRAC yesterday signed a memorandum of understanding (MoU)",
            ),
            rel(
                "agreement",
                [BDRCS, "BRAC"],
                date="2017",
                evidence="BDRCS and BRAC had first joined hands in 2017, when they signed an agreement to provide shelter and safe water to Rohingya refugees",
            ),
            rel(
                "support",
                ["British Red Cross", BDRCS],
                date="2020",
                evidence="the British Red Cross, which has supported the BDRCS forecast-based action programme since 2020",
            ),
            rel(
                "meeting",
                [MODMR, IFRC],
                place="Dhaka, Bangladesh",
                date="2025-10-15",
                evidence="the Adviser held a courtesy meeting with Sigurd Halvorsen, Head of Delegation of the International Federation of Red Cross and Red Crescent Societies (IFRC) in Bangladesh",
            ),
        ],
    ),
    (
        "gb02_nepal_moha_flood_press_release.txt",
        "2025-10-04",
        [
            org("Government of Nepal", GOV, "NP"),
            org(MOHA, GOV, "NP", "Ministry"),
            org(NDRRMA, GOV, "NP", "NDRRMA"),
            org("Government of the People's Republic of China", GOV, "CN"),
            org(NRCS, NS, "NP"),
            org(IFRC, MB, None, "IFRC"),
            org("World Food Programme", UN, None, "WFP"),
            org("Nepal Telecom", CO, "NP"),
            org("Nabil Bank Limited", CO, "NP"),
            org("United Nations", UN, None),
        ],
        [
            person("Bishnu Prasad Adhikari", "Executive Chief", NDRRMA),
            person("Devendra Prasad Khatiwada", "Minister for Home Affairs", MOHA),
            person("Sharada Koirala Bhattarai", "Chairperson", NRCS),
            person("Ingrid Solheim Varga", "Resident Coordinator in Nepal", "United Nations"),
            person("Hari Bahadur Shrestha", "Joint Secretary and Spokesperson", MOHA),
        ],
        [
            rel(
                "donation",
                ["Government of the People's Republic of China", "Government of Nepal"],
                place="Kathmandu, Nepal",
                date="2025-10-02",
                evidence="The Government of the People's Republic of China handed over 2,000 family tents, 500 water purifiers and 300 generators to the Government of Nepal",
            ),
            rel(
                "support",
                [IFRC, NRCS],
                evidence="The Nepal Red Cross Society, with support from the International Federation of Red Cross and Red Crescent Societies (IFRC), mobilised more than 1,100 volunteers",
            ),
            rel(
                "support",
                ["World Food Programme", NDRRMA],
                evidence="The World Food Programme (WFP) supported the NDRRMA with trucks, mobile storage units and warehouse space",
            ),
            rel(
                "support",
                ["Nepal Telecom", NDRRMA],
                evidence="Nepal Telecom disseminated early warning messages by SMS to subscribers in the high-risk areas free of charge on behalf of the NDRRMA",
            ),
            rel(
                "donation",
                ["Nabil Bank Limited", NRCS],
                evidence="Nabil Bank Limited donated NPR 5 million to the Nepal Red Cross Society",
            ),
            rel(
                "meeting",
                [MOHA, NRCS, "United Nations"],
                date="2025-10-03",
                evidence="held a review meeting at the Ministry with Dr. Sharada Koirala Bhattarai, Chairperson of the Nepal Red Cross Society, and Ms. Ingrid Solheim Varga, United Nations Resident Coordinator in Nepal",
            ),
        ],
    ),
    (
        "gb03_pakistan_floods_operation_update.txt",
        "2025-09-19",
        [
            org(IFRC, MB, None, "IFRC"),
            org(PRCS, NS, "PK", "PRCS"),
            org("Turkish Red Crescent", NS, "TR", "Türk Kızılay"),
            org("German Red Cross", NS, "DE"),
            org(ICRC, MB, None, "ICRC"),
            org("Engro Corporation", CO, "PK"),
            org(ECHO, OTHER, None, "DG ECHO", "European Union"),
            org("National Disaster Management Authority", GOV, "PK", "NDMA"),
        ],
        [
            person("Imtiaz Ahmed Khan", "Chairman", PRCS),
            person("Asif Mehmood Qureshi", "Chairman", "National Disaster Management Authority"),
            person("Farzana Naheed Abbasi", "Secretary General", PRCS),
            person("Tomasz Wieczorek", "Head of Delegation", IFRC),
            person("Mei Ling Tan", "Head of Disaster, Climate and Crisis Unit", IFRC),
        ],
        [
            rel(
                "support",
                [IFRC, PRCS],
                date="2025-08-28",
                evidence="allocated CHF 1 million from its Disaster Response Emergency Fund (DREF) to support the Pakistan Red Crescent Society (PRCS)",
            ),
            rel(
                "donation",
                ["Turkish Red Crescent", PRCS],
                evidence="The Turkish Red Crescent (Türk Kızılay) delivered 1,500 family tents and 3,000 food parcels to PRCS",
            ),
            rel(
                "support",
                ["German Red Cross", PRCS],
                evidence="In support of PRCS, the German Red Cross deployed a water and sanitation emergency response unit",
            ),
            rel(
                "support",
                [ICRC, PRCS],
                evidence="the International Committee of the Red Cross (ICRC) supported PRCS with first-aid kits, body bags and fuel for its ambulances",
            ),
            rel(
                "donation",
                ["Engro Corporation", PRCS],
                evidence="Engro Corporation donated PKR 50 million to PRCS",
            ),
            rel(
                "donation",
                [ECHO, IFRC],
                evidence="contributed EUR 500,000 to the IFRC Emergency Appeal",
            ),
            rel(
                "meeting",
                [PRCS, "National Disaster Management Authority"],
                place="Islamabad, Pakistan",
                date="2025-09-09",
                evidence="PRCS Chairman Imtiaz Ahmed Khan met the Chairman of the National Disaster Management Authority (NDMA), Lt Gen Asif Mehmood Qureshi, in Islamabad",
            ),
        ],
    ),
    (
        "gb04_slrcs_dialog_mou_renewal.txt",
        "2025-11-27",
        [
            org(SLRCS, NS, "LK", "SLRCS"),
            org(DIALOG, CO, "LK", "Dialog Axiata", "Dialog"),
            org("Disaster Management Centre", GOV, "LK", "DMC"),
            org("Maldivian Red Crescent", NS, "MV", "MRC"),
            org("Indian Red Cross Society", NS, "IN"),
        ],
        [
            person("Chaminda Wickramasinghe", "Director General", SLRCS),
            person("Nirosha Jayawardena", "Group Chief Sustainability Officer", DIALOG),
            person("Jagath Senaratne", "President", SLRCS),
            person("Ruwan Perera", "Head of Corporate Communications", DIALOG),
        ],
        [
            rel(
                "agreement",
                [SLRCS, DIALOG],
                signatories=["Chaminda Wickramasinghe", "Nirosha Jayawardena"],
                place="Colombo, Sri Lanka",
                date="2025-11-25",
                evidence="renewed their Memorandum of Understanding on Tuesday (25 November) at the SLRCS National Headquarters in Colombo",
            ),
            rel(
                "support",
                [DIALOG, SLRCS],
                evidence="Dialog was proud to have supported SLRCS's blood donation campaigns",
            ),
            rel(
                "agreement",
                [DIALOG, SLRCS],
                date="2016-06",
                evidence="Dialog Axiata and SLRCS first signed an MoU in June 2016",
            ),
            rel(
                "agreement",
                [SLRCS, "Disaster Management Centre"],
                date="2019",
                evidence="In 2019, SLRCS signed an MoU with the Disaster Management Centre (DMC)",
            ),
            rel(
                "agreement",
                [SLRCS, "Maldivian Red Crescent"],
                place="Malé, Maldives",
                date="2024-03",
                evidence="SLRCS and the Maldivian Red Crescent (MRC) concluded a cooperation agreement in Malé, Maldives, in March 2024",
            ),
            rel(
                "donation",
                ["Indian Red Cross Society", SLRCS],
                date="2023",
                evidence="The Indian Red Cross Society donated two fully equipped ambulances to SLRCS in 2023",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
