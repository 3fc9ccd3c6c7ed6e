"""Gold annotations for held-out set 109 (prefix "fc"): Africa and the Middle East.

Four articles:
  fc01 - WAM-style wire item (hard line breaks) on an Emirates Red Crescent delegation
         visiting Port Sudan: talks with the Sudanese Red Crescent, the Federal Ministry
         of Health and WFP; a planned MoU and an invitation as non-relations.
  fc02 - relief shipment story: KSrelief hands 1,400 t of food to the Somali Red Crescent
         in Mogadishu, WFP warehouse support, an earlier ambulance donation to a hospital;
         a minister merely present, a possible agreement and an OCHA funding appeal as
         non-relations.
  fc03 - joint press release: JNRCS, PRCS and IFRC sign a three-year agreement, background
         2019 bilateral MoU, Norwegian Red Cross funding, a JHCO side meeting and ambulance
         donation; a ministry official merely present and a planned invitation as
         non-relations.
  fc04 - regional conference report (Addis Ababa) with a long participant paragraph,
         two funders and three bilateral side meetings; a planned cross-border meeting and
         a network to be explored as non-relations.

(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

CO = "company"

ERC_UAE = "Emirates Red Crescent"
SRCS_SD = "Sudanese Red Crescent Society"
FMOH_SD = "Federal Ministry of Health of Sudan"
WFP = "World Food Programme"

KSR = "King Salman Humanitarian Aid and Relief Centre"
SRCS_SO = "Somali Red Crescent Society"
MOHADM = "Ministry of Humanitarian Affairs and Disaster Management"
BANADIR = "Banadir Regional Hospital"
OCHA = "United Nations Office for the Coordination of Humanitarian Affairs"

JNRCS = "Jordan National Red Crescent Society"
PRCS = "Palestine Red Crescent Society"
MOH_JO = "Ministry of Health of Jordan"
NORCROSS = "Norwegian Red Cross"
JHCO = "Jordan Hashemite Charity Organization"

ERCS = "Ethiopian Red Cross Society"
AUC = "African Union Commission"
KRCS = "Kenya Red Cross Society"
URCS = "Uganda Red Cross Society"
DRCS = "Djibouti Red Crescent Society"
SSRC = "South Sudan Red Cross"
BRC = "Burundi Red Cross"
EGRC = "Egyptian Red Crescent"
IGAD = "Intergovernmental Authority on Development"
WHO = "World Health Organization"
UNICEF = "United Nations Children's Fund"
UNHCR = "Office of the United Nations High Commissioner for Refugees"
EDRMC = "Ethiopian Disaster Risk Management Commission"
SDC = "Swiss Agency for Development and Cooperation"
DANISH = "Danish Red Cross"

DOCS = [
    (
        "fc01_erc_delegation_port_sudan.txt",
        "2024-11-14",
        [
            org(ERC_UAE, NS, "AE", "ERC"),
            org(SRCS_SD, NS, "SD", "SRCS", "Sudanese Red Crescent"),
            org(FMOH_SD, GOV, "SD", "Federal Ministry of Health"),
            org(WFP, UN, None, "WFP"),
        ],
        [
            person(
                "Rashid Mubarak Al Ketbi",
                "Deputy Secretary-General for Relief and International Aid",
                ERC_UAE,
            ),
            person("Fatima Saeed Al Nuaimi", "Head of International Operations", ERC_UAE),
            person("Hanan Osman Babiker", "Secretary-General", SRCS_SD),
            person("Tariq Idris Fadul", "Director of Disaster Management", SRCS_SD),
            person("Osman Ahmed Kambal", "Minister of Health", FMOH_SD),
            person("Ingrid Solheim", "Head of Logistics in Sudan", WFP),
        ],
        [
            rel("mission", [ERC_UAE], place="Port Sudan, Sudan", date="2024-11"),
            rel("meeting", [ERC_UAE, SRCS_SD], place="Port Sudan, Sudan", date="2024-11-13"),
            rel("support", [ERC_UAE, SRCS_SD]),  # funded four mobile clinics run by SRCS
            rel("donation", [ERC_UAE, SRCS_SD]),  # 600 t food parcels, 2,000 shelter kits
            rel("meeting", [ERC_UAE, FMOH_SD], place="Port Sudan, Sudan", date="2024-11-13"),
            rel("meeting", [ERC_UAE, WFP], place="Port Sudan, Sudan", date="2024-11-13"),
            # NOT: possible MoU on a Kassala warehouse (plan); invitation to the volunteering
            # forum; UN warning / agencies' appeal; planned trip to Kassala on Friday.
        ],
    ),
    (
        "fc02_ksrelief_food_mogadishu.txt",
        "2025-03-06",
        [
            org(KSR, GOV, "SA", "KSrelief"),
            org(SRCS_SO, NS, "SO", "SRCS", "Somali Red Crescent"),
            org(MOHADM, GOV, "SO"),
            org(WFP, UN, None, "WFP"),
            org(BANADIR, OTHER, "SO"),
            org(OCHA, UN, None, "OCHA"),
        ],
        [
            person(
                "Abdirahman Yusuf Warsame",
                "Minister of Humanitarian Affairs and Disaster Management",
                MOHADM,
            ),
            person("Leyla Abdi Nur", "Secretary-General", SRCS_SO),
            person(
                "Fahad Saleh Al-Qahtani",
                "Assistant Supervisor General for Operations and Programs",
                KSR,
            ),
            person("Pieter van Houten", "Head of Office in Somalia", OCHA),
        ],
        [
            rel("donation", [KSR, SRCS_SO], place="Mogadishu, Somalia", date="2025-03-03"),
            rel("support", [WFP, KSR], place="Mogadishu, Somalia"),  # warehouse space + equipment
            rel(
                "support", [KSR, SRCS_SO], date="2023"
            ),  # KSrelief-funded food security project since 2023
            rel("donation", [KSR, BANADIR], date="2025-02"),  # two ambulances, ICU equipment
            # NOT: minister merely present at the ceremony; KSrelief "in discussions" with the
            # ministry on a possible agreement; OCHA appeal to donors; boilerplate partners.
        ],
    ),
    (
        "fc03_jnrcs_prcs_ifrc_agreement.txt",
        "2025-05-21",
        [
            org(JNRCS, NS, "JO", "JNRCS", "Jordan Red Crescent"),
            org(PRCS, NS, "PS", "PRCS", "Palestine Red Crescent"),
            org(IFRC, MB, None, "IFRC"),
            org(MOH_JO, GOV, "JO", "Ministry of Health"),
            org(NORCROSS, NS, "NO"),
            org(JHCO, NGO, "JO", "JHCO"),
        ],
        [
            person("Samer Khalil Haddadin", "President", JNRCS),
            person("Nidal Fawzi Abu Sharkh", "Director General", PRCS),
            person(
                "Helena Strand", "Head of the IFRC Country Cluster Delegation for the Levant", IFRC
            ),
            person("Rania Mahmoud Odeh", "Secretary-General", MOH_JO),
            person("Kari Lunde", "Country Representative in Jordan", NORCROSS),
            person("Omar Saleh Al-Rawashdeh", "Secretary-General", JHCO),
        ],
        [
            rel(
                "agreement",
                [JNRCS, PRCS, IFRC],
                signatories=["Samer Khalil Haddadin", "Nidal Fawzi Abu Sharkh", "Helena Strand"],
                place="Amman, Jordan",
                date="2025-05-20",
            ),
            rel("support", [NORCROSS, JNRCS]),  # funds the Jordan component; since 2021
            rel(
                "agreement", [JNRCS, PRCS], place="Amman, Jordan", date="2019-10"
            ),  # background MoU
            rel("meeting", [PRCS, JHCO], place="Amman, Jordan", date="2025-05-20"),
            rel("donation", [JHCO, PRCS], date="2025-02"),  # 12 ambulances
            # NOT: Ministry of Health official merely present; Partner National Societies
            # (generic); planned invitation to the Lebanese Red Cross; planned funding appeal.
        ],
    ),
    (
        "fc04_horn_africa_conference_addis.txt",
        "2024-09-27",
        [
            org(ERCS, NS, "ET", "ERCS"),
            org(AUC, OTHER, None, "AUC"),
            org(KRCS, NS, "KE"),
            org(URCS, NS, "UG"),
            org(SRCS_SD, NS, "SD"),
            org(SRCS_SO, NS, "SO"),
            org(DRCS, NS, "DJ"),
            org(SSRC, NS, "SS"),
            org(BRC, NS, "BI"),
            org(EGRC, NS, "EG"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(IGAD, OTHER, None, "IGAD"),
            org(WHO, UN, None, "WHO"),
            org(UNICEF, UN, None, "UNICEF"),
            org(UNHCR, UN, None, "UNHCR", "UN Refugee Agency"),
            org(EDRMC, GOV, "ET", "EDRMC", "Disaster Risk Management Commission"),
            org(SDC, GOV, "CH", "SDC"),
            org(DANISH, NS, "DK"),
        ],
        [
            person("Mesfin Alemu Tadesse", "Secretary-General", ERCS),
            person(
                "Moussa Ibrahim Chaibou",
                "Commissioner for Health, Humanitarian Affairs and Social Development",
                AUC,
            ),
            person("Hisham Farouk Eldin", "Deputy Secretary-General", EGRC),
            person("Joseph Kamau Njoroge", "Regional Director for Africa", IFRC),
            person("Claudia Brunner", "Head of Delegation in Ethiopia", ICRC),
            person("Berhanu Kebede Woldemariam", "Commissioner", EDRMC),
        ],
        [
            rel(
                "participation",
                [
                    ERCS,
                    KRCS,
                    URCS,
                    SRCS_SD,
                    SRCS_SO,
                    DRCS,
                    SSRC,
                    BRC,
                    EGRC,
                    IFRC,
                    ICRC,
                    AUC,
                    IGAD,
                    WHO,
                    UNICEF,
                    UNHCR,
                    EDRMC,
                ],
                event="Regional Conference on Climate, Conflict and Displacement in the Horn of Africa",
                place="Addis Ababa, Ethiopia",
                date="2024-09",
            ),
            rel("support", [SDC, ERCS]),  # funded the event hosted by ERCS
            rel("support", [DANISH, ERCS]),
            rel("meeting", [ERCS, EGRC], place="Addis Ababa, Ethiopia", date="2024-09-25"),
            rel("meeting", [IFRC, AUC], place="Addis Ababa, Ethiopia", date="2024-09-25"),
            rel("meeting", [ICRC, EDRMC], place="Addis Ababa, Ethiopia", date="2024-09-25"),
            # NOT: Somali RCS / Kenya RCS planned cross-border meeting (no date fixed);
            # communiqué appeal to donors; climate network "to explore" (no alliance).
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
