"""Gold annotations for held-out set 147 (prefix kg): South Asia (Nepal, Bangladesh, Sri Lanka, Maldives; ADB, UNICEF).

kg01 - press release: BDRCS-UNICEF WASH agreement in Dhaka; IFRC head of delegation is a witness, not
       a signatory; background 2023 MoU with DPHE; soap donation "on Monday"; plan to extend to Sylhet
       and an invitation to the Water Development Board are not relations.
kg02 - Reuters wire copy with hard line breaks (one name split across lines): ADB grant to the government, company gift to the Red
       Cross, IFRC staff deployment, SLRCS-DMC meeting; Reuters and bylines are not organisations/people;
       UNICEF only "ready to step in" (no relation); parliamentary debate is a plan.
kg03 - feature/blog on child drowning prevention in the Maldives: UNICEF funding, background 2019 MoU
       with the Ministry of Education, IFRC technical help, resort donation "last month", Australian Red
       Cross talks in Male; byline, WHO as a cited source, MNDF plan and generic PNS are traps.
kg04 - report on the Second South Asia Anticipatory Action Dialogue in Kathmandu: participation list
       (acronym NDRRMA defined later), Pakistan RC invited but absent, NRCS-IRCS MoU signed in presence
       of the IFRC regional director, a declared alliance, two separate bilateral meetings, German funding;
       ADB "looking at" financing and the Dhaka 2026 dialogue are not relations.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

BDRCS = "Bangladesh Red Crescent Society"
SLRCS = "Sri Lanka Red Cross Society"
MRC = "Maldivian Red Crescent"
NRCS = "Nepal Red Cross Society"
UNICEF = "United Nations Children's Fund"
ADB = "Asian Development Bank"
WFP = "World Food Programme"

DOCS = [
    (
        "kg01_bdrcs_unicef_wash.txt",
        "2025-04-09",
        [
            org(BDRCS, NS, "BD", "BDRCS", "Bangladesh Red Crescent"),
            org(UNICEF, UN, None, "UNICEF"),
            org(IFRC, MB, None, "IFRC"),
            org("Department of Public Health Engineering", GOV, "BD", "DPHE"),
            org("Unilever Bangladesh Limited", CO, "BD", "Unilever Bangladesh"),
        ],
        [
            person("Nazmul Hasan Talukder", "Secretary General", BDRCS),
            person("Elena Marchetti", "Representative in Bangladesh", UNICEF),
            person("Thomas Lindqvist", "Head of Delegation in Bangladesh", IFRC),
        ],
        [
            rel(
                "agreement",
                [BDRCS, UNICEF],
                signatories=["Nazmul Hasan Talukder", "Elena Marchetti"],
                place="Dhaka, Bangladesh",
                date="2025-04-09",
                evidence="The Bangladesh Red Crescent Society and the United Nations Children's Fund today signed a two-year partnership agreement",
            ),
            rel(
                "support",
                [UNICEF, BDRCS],
                date="2025-04-09",
                evidence="Under the partnership, UNICEF will provide BDRCS with BDT 420 million over the two years",
            ),
            rel(
                "agreement",
                [BDRCS, "Department of Public Health Engineering"],
                date="2023-11",
                evidence="a memorandum of understanding that the Society concluded in November 2023 with the Department of Public Health Engineering (DPHE)",
            ),
            rel(
                "support",
                [IFRC, BDRCS],
                evidence="Lindqvist said the IFRC had supported the Society in preparing the programme's community engagement plan",
            ),
            rel(
                "donation",
                ["Unilever Bangladesh Limited", BDRCS],
                place="Cox's Bazar, Bangladesh",
                date="2025-04-07",
                evidence="On Monday, Unilever Bangladesh Limited handed over 50,000 bars of soap and 8,000 hygiene kits to the BDRCS operation in Cox's Bazar",
            ),
        ],
    ),
    (
        "kg02_srilanka_floods_wire.txt",
        "2025-05-27",
        [
            org(ADB, OTHER, None, "ADB"),
            org("Government of Sri Lanka", GOV, "LK"),
            org(SLRCS, NS, "LK", "Sri Lanka Red Cross", "Red Cross"),
            org("Hemas Holdings PLC", CO, "LK", "Hemas Holdings"),
            org(IFRC, MB, None, "IFRC"),
            org("Disaster Management Centre", GOV, "LK", "DMC"),
            org(UNICEF, UN, None, "UNICEF"),
        ],
        [
            person("Chandana Wickramasinghe", "Director General", SLRCS),
            person("Ravindra Kumarasinghe", "Director General", "Disaster Management Centre"),
            person("Karin Holmgren", "Representative in Sri Lanka", UNICEF),
        ],
        [
            rel(
                "donation",
                [ADB, "Government of Sri Lanka"],
                date="2025-05-26",
                evidence="$3 million grant to the Government of Sri Lanka on Monday to help",
            ),
            rel(
                "donation",
                ["Hemas Holdings PLC", SLRCS],
                evidence="Colombo-based conglomerate Hemas Holdings PLC has given the Red Cross",
            ),
            rel(
                "support",
                [IFRC, SLRCS],
                evidence="engineer from its regional office to support the Sri Lanka Red Cross",
            ),
            rel(
                "meeting",
                [SLRCS, "Disaster Management Centre"],
                place="Colombo, Sri Lanka",
                date="2025-05-27",
                evidence="Wickramasinghe met DMC director general Ravindra Kumarasinghe",
            ),
        ],
    ),
    (
        "kg03_maldives_swim_blog.txt",
        "2025-07-18",
        [
            org(MRC, NS, "MV", "MRC"),
            org(UNICEF, UN, None, "UNICEF"),
            org("Ministry of Education", GOV, "MV"),
            org(IFRC, MB, None, "IFRC"),
            org("Sun Siyam Resorts", CO, "MV"),
            org("Australian Red Cross", NS, "AU"),
        ],
        [
            person("Mariyam Shifa", "Addu City branch coordinator", MRC),
            person("Ahmed Rasheed", "Secretary General", MRC),
        ],
        [
            rel(
                "support",
                [UNICEF, MRC],
                evidence="It is funded by UNICEF, whose support covers instructors' allowances, rescue tubes and the bright laminated safety cards that every child takes home.",
            ),
            rel(
                "agreement",
                [MRC, "Ministry of Education"],
                date="2019",
                evidence="Back in 2019, the Maldivian Red Crescent (MRC) signed a memorandum of understanding with the Ministry of Education",
            ),
            rel(
                "support",
                [IFRC, MRC],
                evidence="With technical help from the IFRC, through its country cluster delegation in New Delhi, the Society has certified 40 lifeguard instructors since last year",
            ),
            rel(
                "donation",
                ["Sun Siyam Resorts", MRC],
                date="2025-06",
                evidence="Sun Siyam Resorts donated 200 children's life jackets to the MRC's Addu branch",
            ),
            rel(
                "meeting",
                ["Australian Red Cross", MRC],
                place="Malé, Maldives",
                date="2025-03",
                evidence="In March, a team from the Australian Red Cross held talks with MRC leadership in Malé",
            ),
        ],
    ),
    (
        "kg04_kathmandu_anticipatory_dialogue.txt",
        "2025-09-29",
        [
            org(NRCS, NS, "NP", "NRCS"),
            org(IFRC, MB, None, "IFRC"),
            org("German Federal Foreign Office", GOV, "DE"),
            org(BDRCS, NS, "BD", "Bangladesh Red Crescent"),
            org(SLRCS, NS, "LK"),
            org(MRC, NS, "MV"),
            org("Bhutan Red Cross Society", NS, "BT"),
            org("Indian Red Cross Society", NS, "IN"),
            org(UNICEF, UN, None, "UNICEF"),
            org(WFP, UN, None),
            org(ADB, OTHER, None, "ADB"),
            org("International Centre for Integrated Mountain Development", OTHER, None, "ICIMOD"),
            org("National Disaster Risk Reduction and Management Authority", GOV, "NP", "NDRRMA"),
        ],
        [
            person("Ramesh Prasad Dhungel", "Secretary General", NRCS),
            person(
                "Kiran Raj Pandey",
                "Executive Chief",
                "National Disaster Risk Reduction and Management Authority",
            ),
            person("Anil Mehra", "Secretary General", "Indian Red Cross Society"),
            person("Clara Bergström", "Regional Director for Asia Pacific", IFRC),
            person("Farzana Haque", "Director of Disaster Response", BDRCS),
            person("Farida Karimova", "Senior Disaster Risk Management Specialist", ADB),
        ],
        [
            rel(
                "participation",
                [
                    NRCS,
                    IFRC,
                    BDRCS,
                    SLRCS,
                    MRC,
                    "Bhutan Red Cross Society",
                    "Indian Red Cross Society",
                    UNICEF,
                    WFP,
                    ADB,
                    "International Centre for Integrated Mountain Development",
                    "National Disaster Risk Reduction and Management Authority",
                ],
                event="Second South Asia Anticipatory Action Dialogue",
                place="Kathmandu, Nepal",
                date="2025-09-25",
                evidence="the Second South Asia Anticipatory Action Dialogue, which brought together humanitarian agencies, donors and government officials at a hotel in Kathmandu last Thursday",
            ),
            rel(
                "support",
                ["German Federal Foreign Office", NRCS],
                evidence="which organised it with financial support from the German Federal Foreign Office",
            ),
            rel(
                "agreement",
                [NRCS, "Indian Red Cross Society"],
                signatories=["Ramesh Prasad Dhungel", "Anil Mehra"],
                place="Kathmandu, Nepal",
                date="2025-09-25",
                evidence="Dhungel and Anil Mehra, secretary general of the Indian Red Cross Society, signed a memorandum of understanding on sharing flood early-warning information",
            ),
            rel(
                "alliance",
                [
                    NRCS,
                    "Bhutan Red Cross Society",
                    "International Centre for Integrated Mountain Development",
                ],
                evidence="The Nepal Red Cross Society, the Bhutan Red Cross Society and ICIMOD announced that they had formed a standing alliance on glacial lake outburst flood preparedness",
            ),
            rel(
                "meeting",
                [BDRCS, WFP],
                place="Kathmandu, Nepal",
                date="2025-09-25",
                evidence="held separate talks with the World Food Programme and with UNICEF",
            ),
            rel(
                "meeting",
                [BDRCS, UNICEF],
                place="Kathmandu, Nepal",
                date="2025-09-25",
                evidence="held separate talks with the World Food Programme and with UNICEF",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
