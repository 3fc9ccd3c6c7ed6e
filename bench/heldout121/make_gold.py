"""Gold annotations for held-out set 121 (prefix ge): Pacific and Southeast Asia.

ge01 - IFRC-style operations update on a Vanuatu cyclone; bulleted partner list mixing support,
       funding chains (DFAT -> Australian RC, MFAT -> NZ RC) and donations; traps: a possible
       Japanese RC contribution (not a relation), an appeal "under consideration", "on Friday".
ge02 - press release on a PMI / CVTL / ICRC tripartite RFL agreement in Dili; traps: an ambassador
       present at the signing (not a signatory), background 2017 bilateral MoU, a four-party
       meeting with a government office, relative weekdays, a planned invitation to Australian RC,
       IFRC/ICRC mentioned only in "About" boilerplate.
ge03 - local-newspaper story on a bank donation to Fiji Red Cross with a photo caption; traps:
       chiefly title "Adi" before a name, a minister present at the handover, NDMO cited only as a
       source, talks with Fiji Airways (not a relation), byline and photo credit, "yesterday".
ge04 - annual-report extract (Australian Red Cross) summarising many partnerships of the year:
       agreement renewal, MoU, alliance, support, visit, secondment, participation, corporate
       donations; traps: plans for 2024-25, generic thanks, first-person "we" = Australian RC.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, org, person, rel, write_gold  # noqa: E402

CO = "company"

VRCS = "Vanuatu Red Cross Society"
ARC = "Australian Red Cross"
NZRC = "New Zealand Red Cross"
DFAT = "Department of Foreign Affairs and Trade"
MFAT = "New Zealand Ministry of Foreign Affairs and Trade"
PMI = "Indonesian Red Cross"
CVTL = "Timor-Leste Red Cross"
FRCS = "Fiji Red Cross Society"
TRCS = "Tonga Red Cross Society"
PRC = "Philippine Red Cross"
AHA = "ASEAN Coordinating Centre for Humanitarian Assistance on disaster management"

DOCS = [
    (
        "ge01_vanuatu_cyclone_reuben_update.txt",
        "2025-02-18",
        [
            org(VRCS, NS, "VU", "VRCS"),
            org("National Disaster Management Office", GOV, "VU", "NDMO"),
            org(IFRC, MB, None, "IFRC"),
            org(ARC, NS, "AU"),
            org(DFAT, GOV, "AU", "DFAT", "Australia's Department of Foreign Affairs and Trade"),
            org(NZRC, NS, "NZ"),
            org(MFAT, GOV, "NZ", "MFAT", "Ministry of Foreign Affairs and Trade"),
            org("French Red Cross", NS, "FR"),
            org("Digicel Vanuatu", CO, "VU"),
            org("BRED Bank Vanuatu", CO, "VU"),
        ],
        [
            person("Mathilda Kalsakau-Tari", "Chief Executive Officer", VRCS),
            person("Joel Iauko Tabi", "Director", "National Disaster Management Office"),
            person(
                "Anjali Deo-Whitfield", "Head of the IFRC Pacific Country Cluster Delegation", IFRC
            ),
        ],
        [
            rel(
                "meeting",
                [VRCS, "National Disaster Management Office"],
                place="Port Vila, Vanuatu",
                date="2025-02-14",
                evidence="On Friday the VRCS operations team met the Director of the National Disaster "
                "Management Office (NDMO), Joel Iauko Tabi, and provincial authorities in Port Vila",
            ),
            rel(
                "support",
                [IFRC, VRCS],
                date="2025-02-10",
                evidence="released CHF 380,000 from its Disaster Response Emergency Fund (DREF) on 10 "
                "February to support the VRCS response",
            ),
            rel(
                "support",
                [ARC, VRCS],
                evidence="Australian Red Cross – two surge personnel (shelter and logistics) and 1,200 "
                "shelter toolkits released from its Brisbane warehouse",
            ),
            rel(
                "support",
                [DFAT, ARC],
                evidence="funded by Australia's Department of Foreign Affairs and Trade (DFAT)",
            ),
            rel(
                "support",
                [NZRC, VRCS],
                evidence="New Zealand Red Cross – a water, sanitation and hygiene (WASH) delegate and two "
                "water purification units",
            ),
            rel(
                "support",
                [MFAT, NZRC],
                evidence="with funding from the New Zealand Ministry of Foreign Affairs and Trade (MFAT)",
            ),
            rel(
                "donation",
                ["French Red Cross", VRCS],
                date="2025-02-12",
                evidence="French Red Cross – 800 tarpaulins, 1,500 jerrycans and hygiene kits "
                "prepositioned in Nouméa, which arrived in Port Vila on 12 February",
            ),
            rel(
                "support",
                ["Digicel Vanuatu", VRCS],
                evidence="Digicel Vanuatu – free SMS broadcasts of VRCS health and shelter messages",
            ),
            rel(
                "donation",
                ["BRED Bank Vanuatu", VRCS],
                evidence="BRED Bank Vanuatu – a cash donation of VT 2.5 million to the VRCS cyclone appeal",
            ),
        ],
    ),
    (
        "ge02_pmi_cvtl_icrc_tripartite.txt",
        "2025-04-24",
        [
            org(PMI, NS, "ID", "Palang Merah Indonesia", "PMI"),
            org(CVTL, NS, "TL", "Cruz Vermelha de Timor-Leste", "CVTL"),
            org(ICRC, MB, None, "ICRC"),
            org("Government of Indonesia", GOV, "ID", "Republic of Indonesia"),
            org(
                "Secretariat of State for Civil Protection",
                GOV,
                "TL",
                "Secretary of State for Civil Protection",
            ),
        ],
        [
            person("Hendra Wibisono Saputra", "Secretary General", PMI),
            person("Filomena Ximenes Soares", "President", CVTL),
            person(
                "Mathieu Grandjean",
                "Head of the ICRC Regional Delegation for Indonesia and Timor-Leste",
                ICRC,
            ),
            person(
                "Rinaldi Prasetyo",
                "Ambassador of the Republic of Indonesia to Timor-Leste",
                "Government of Indonesia",
            ),
            person(
                "Agostinho Ribeiro Guterres",
                "Secretary of State for Civil Protection",
                "Secretariat of State for Civil Protection",
            ),
        ],
        [
            rel(
                "agreement",
                [PMI, CVTL, ICRC],
                signatories=[
                    "Hendra Wibisono Saputra",
                    "Filomena Ximenes Soares",
                    "Mathieu Grandjean",
                ],
                place="Dili, Timor-Leste",
                date="2025-04-22",
                evidence="on Tuesday signed a tripartite agreement to strengthen restoring family links (RFL) "
                "services",
            ),
            rel(
                "support",
                [ICRC, CVTL],
                evidence="The ICRC will provide technical guidance, data protection standards and funding for "
                "the joint training programme",
            ),
            rel(
                "support",
                [ICRC, PMI],
                evidence="The ICRC will provide technical guidance, data protection standards and funding for "
                "the joint training programme",
            ),
            rel(
                "agreement",
                [PMI, CVTL],
                place="Atambua, Indonesia",
                date="2017",
                evidence="a bilateral memorandum of understanding that PMI and CVTL signed in Atambua in 2017",
            ),
            rel(
                "support",
                [ICRC, CVTL],
                evidence="The ICRC has supported CVTL's RFL programme since the National Society was founded.",
            ),
            rel(
                "meeting",
                [PMI, CVTL, ICRC, "Secretariat of State for Civil Protection"],
                date="2025-04-21",
                evidence="the three delegations on Monday held talks with Timor-Leste's Secretary of State for "
                "Civil Protection, Agostinho Ribeiro Guterres",
            ),
            rel(
                "meeting",
                [PMI, CVTL],
                place="Maliana, Timor-Leste",
                date="2025-04-23",
                evidence="On Wednesday, the PMI delegation travelled to Maliana to visit CVTL's Bobonaro branch",
            ),
        ],
    ),
    (
        "ge03_bsp_fiji_red_cross_donation.txt",
        "2025-03-11",
        [
            org(FRCS, NS, "FJ", "Fiji Red Cross"),
            org("BSP Fiji", CO, "FJ", "Bank of the South Pacific", "BSP"),
            org("Ministry of Rural and Maritime Development and Disaster Management", GOV, "FJ"),
            org(NZRC, NS, "NZ"),
            org(
                "Ministry of Foreign Affairs and Trade",
                GOV,
                "NZ",
                "MFAT",
                "New Zealand's Ministry of Foreign Affairs and Trade",
            ),
            org("Rotary Club of Lautoka", NGO, "FJ"),
        ],
        [
            person("Ravindra Naidu", "Country Manager", "BSP Fiji"),
            person("Mereoni Tuilau", "Director General", FRCS),
            person(
                "Iliesa Vakarau",
                "Minister for Rural and Maritime Development and Disaster Management",
                "Ministry of Rural and Maritime Development and Disaster Management",
            ),
            person("Epeli Naceva", "Western Division Coordinator", FRCS),
        ],
        [
            rel(
                "donation",
                ["BSP Fiji", FRCS],
                place="Lautoka, Fiji",
                date="2025-03-10",
                evidence="received a $50,000 boost yesterday when the Bank of the South Pacific (BSP) Fiji "
                "handed over a cheque at the society's Lautoka branch",
            ),
            rel(
                "support",
                [NZRC, FRCS],
                date="2024",
                evidence="it had prepositioned relief stocks in Lautoka, Nadi and Ba last year with support "
                "from the New Zealand Red Cross",
            ),
            rel(
                "support",
                ["Ministry of Foreign Affairs and Trade", NZRC],
                date="2024",
                evidence="under a programme funded by New Zealand's Ministry of Foreign Affairs and Trade (MFAT)",
            ),
            rel(
                "donation",
                ["Rotary Club of Lautoka", FRCS],
                date="2025-03",
                evidence="Earlier this month, the Rotary Club of Lautoka donated 300 collapsible water "
                "containers to the society",
            ),
        ],
    ),
    (
        "ge04_australian_red_cross_annual_report.txt",
        "2024-10-30",
        [
            org(ARC, NS, "AU"),
            org(DFAT, GOV, "AU", "DFAT"),
            org(FRCS, NS, "FJ"),
            org(TRCS, NS, "TO"),
            org(VRCS, NS, "VU"),
            org(NZRC, NS, "NZ"),
            org(IFRC, MB, None, "IFRC"),
            org(PMI, NS, "ID", "Palang Merah Indonesia", "PMI"),
            org(CVTL, NS, "TL", "Cruz Vermelha de Timor-Leste", "CVTL"),
            org(PRC, NS, "PH"),
            org(AHA, OTHER, None, "AHA Centre"),
            org(ICRC, MB, None, "ICRC"),
            org("Qantas", CO, "AU"),
            org("ANZ", CO, "AU"),
        ],
        [
            person("Rebecca Lawn-Harper", "Chief Executive Officer", ARC),
            person("Corazon Villareal-Dizon", "Secretary General", PRC),
        ],
        [
            rel(
                "agreement",
                [ARC, DFAT],
                date="2023-12",
                evidence="In December 2023 we renewed our five-year partnership agreement with the Department "
                "of Foreign Affairs and Trade (DFAT)",
            ),
            rel(
                "support", [DFAT, ARC], evidence="which funds the core of our international program"
            ),
            rel(
                "support",
                [ARC, FRCS],
                evidence="our funding and technical support reached the Fiji Red Cross Society",
            ),
            rel(
                "support",
                [ARC, TRCS],
                evidence="our funding and technical support reached the Fiji Red Cross Society, the Tonga Red "
                "Cross Society",
            ),
            rel(
                "support",
                [ARC, VRCS],
                evidence="the Tonga Red Cross Society and the Vanuatu Red Cross Society",
            ),
            rel(
                "agreement",
                [ARC, TRCS],
                place="Nuku'alofa, Tonga",
                date="2024-03",
                evidence="In March 2024 we signed a three-year memorandum of understanding with the Tonga Red "
                "Cross Society in Nuku'alofa",
            ),
            rel(
                "alliance",
                [ARC, NZRC, IFRC],
                evidence="we also formalised the Pacific Surge Alliance, a standing arrangement under which the "
                "three organisations pool trained emergency responders",
            ),
            rel(
                "support",
                [ARC, PMI],
                evidence="we continued to support the Indonesian Red Cross (Palang Merah Indonesia, PMI) in "
                "strengthening its blood services",
            ),
            rel(
                "support",
                [ARC, CVTL],
                evidence="funded the community health program of the Timor-Leste Red Cross (Cruz Vermelha de "
                "Timor-Leste, CVTL)",
            ),
            rel(
                "meeting",
                [ARC, PRC],
                place="Manila, Philippines",
                date="2024-05",
                evidence="In May 2024 our Chief Executive Officer, Rebecca Lawn-Harper, visited the Philippine "
                "Red Cross in Manila",
            ),
            rel(
                "support",
                [ARC, AHA],
                evidence="We also seconded an information management specialist for six months to the ASEAN "
                "Coordinating Centre for Humanitarian Assistance on disaster management (AHA Centre)",
            ),
            rel(
                "participation",
                [ARC, NZRC],
                event="Pacific Humanitarian Partnership Meeting",
                place="Suva, Fiji",
                date="2023-10",
                evidence="Our teams took part in the Pacific Humanitarian Partnership Meeting in Suva in October "
                "2023, alongside New Zealand Red Cross",
            ),
            rel(
                "donation",
                [ARC, IFRC],
                evidence="we contributed A$1.2 million to the IFRC's Disaster Response Emergency Fund (DREF)",
            ),
            rel(
                "support",
                [ARC, ICRC],
                evidence="funded the International Committee of the Red Cross (ICRC) for its protection work",
            ),
            rel(
                "support",
                ["Qantas", ARC],
                evidence="Qantas carried relief items to Vanuatu and Tonga free of charge",
            ),
            rel(
                "donation",
                ["ANZ", ARC],
                date="2024",
                evidence="ANZ donated A$150,000 to our Pacific Disaster Appeal",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
