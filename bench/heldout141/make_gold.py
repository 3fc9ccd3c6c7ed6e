"""Gold annotations for held-out set 141 (prefix ka): the Pacific (Fiji, Tonga, Samoa, Vanuatu, New Zealand and Australian Red Cross).

ka01 - press release: Fiji RC / NZ RC partnership signed "yesterday" (dateline-relative), MFAT funding, NZRC gift of toolkits, background 2021 MoU with NDMO; traps: IFRC head and NDMO director present but not signatories, unnamed High Commissioner, WFP pilot only intended, boilerplate about the Movement.
ka02 - local news with hard line breaks: Japan grant contract with Tonga RC (agreement + donation), ambassador's tour of NEMO, Australian RC training funded by Australian Government; traps: byline, NEMO director only witnessed, Radio New Zealand cited as a source, NZ High Commission funding only hoped for, 2022 eruption background.
ka03 - IFRC-style operation update, Vanuatu cyclone: DFAT-funded pre-positioning, DREF support, Australian RC donation, NZ RC team sent to Lenakel, VRCS/IFRC meeting with NDMO (acronym used before it is defined); traps: UNICEF supply only possible, Partner National Societies generic, 2023 cyclones background, contact line.
ka04 - news report on a leadership forum in Apia: one participation of ten organisations, coalition of six island societies, ARC/Samoa RC renewal (IFRC head only looked on), separate bilateral meetings with NZ RC, ICRC talks with Samoa MFAT; traps: byline, Kiribati RC invited but absent, ARC/NZRC only "would consider" support, regional appeal only proposed, Pacific Islands Forum mere co-mention.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

FRCS = "Fiji Red Cross Society"
NZRC = "New Zealand Red Cross"
ARC = "Australian Red Cross"
TRCS = "Tonga Red Cross Society"
VRCS = "Vanuatu Red Cross Society"
SRCS = "Samoa Red Cross Society"
CIRC = "Cook Islands Red Cross Society"
SIRC = "Solomon Islands Red Cross"

DOCS = [
    (
        "ka01_fiji_nzrc_partnership.txt",
        "2025-04-10",
        [
            org(FRCS, NS, "FJ", "Fiji Red Cross"),
            org(NZRC, NS, "NZ"),
            org("Ministry of Foreign Affairs and Trade", GOV, "NZ", "MFAT"),
            org("National Disaster Management Office", GOV, "FJ", "NDMO"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [
            person("Semisi Naivalu", "Director General", FRCS),
            person("Claire Whitmore", "Secretary General", NZRC),
            person("Vasiti Koroi", "Director", "National Disaster Management Office"),
            person(
                "Katarina Lindqvist", "Head of the IFRC Pacific Country Cluster Delegation", IFRC
            ),
        ],
        [
            rel(
                "agreement",
                [FRCS, NZRC],
                signatories=["Semisi Naivalu", "Claire Whitmore"],
                place="Suva, Fiji",
                date="2025-04-09",
                evidence="The Fiji Red Cross Society and New Zealand Red Cross yesterday signed a three-year partnership agreement",
            ),
            rel(
                "support",
                ["Ministry of Foreign Affairs and Trade", FRCS],
                evidence="With funding from New Zealand's Ministry of Foreign Affairs and Trade (MFAT), Fiji Red Cross branches in Levuka and Lakeba will train 300 community volunteers",
            ),
            rel(
                "donation",
                [NZRC, FRCS],
                place="Suva, Fiji",
                date="2025-04-09",
                evidence="New Zealand Red Cross also handed over 1,200 shelter toolkits and 600 solar lanterns",
            ),
            rel(
                "agreement",
                [FRCS, "National Disaster Management Office"],
                date="2021",
                evidence="the memorandum of understanding that the Fiji Red Cross Society concluded with the NDMO in 2021",
            ),
        ],
    ),
    (
        "ka02_tonga_japan_warehouse.txt",
        "2025-06-20",
        [
            org(TRCS, NS, "TO", "Tonga Red Cross"),
            org("Government of Japan", GOV, "JP", "Japan"),
            org("National Emergency Management Office", GOV, "TO", "NEMO"),
            org(ARC, NS, "AU"),
            org("Government of Australia", GOV, "AU", "Australian Government"),
        ],
        [
            person("Takeshi Morimoto", "Ambassador to Tonga", "Government of Japan"),
            person("Sioeli Fonua", "Secretary General", TRCS),
            person("Tevita Halaholo", "Director", "National Emergency Management Office"),
        ],
        [
            rel(
                "agreement",
                ["Government of Japan", TRCS],
                signatories=["Takeshi Morimoto", "Sioeli Fonua"],
                place="Nuku'alofa, Tonga",
                date="2025-06-18",
                evidence="The contract was signed at the Embassy of Japan in Nuku'alofa by Japan's",
            ),
            rel(
                "donation",
                ["Government of Japan", TRCS],
                date="2025-06-18",
                evidence="The grant, provided under Japan's Grant Assistance for Grassroots Human",
            ),
            rel(
                "meeting",
                ["Government of Japan", "National Emergency Management Office"],
                place="Nuku'alofa, Tonga",
                date="2025-06-18",
                evidence="After the ceremony the ambassador toured NEMO's national emergency operations",
            ),
            rel(
                "support",
                [ARC, TRCS],
                evidence="training the Vava'u branch's 60 volunteers in warehouse and stock management",
            ),
            rel(
                "support",
                ["Government of Australia", ARC],
                evidence="Australian Red Cross, with funding from the Australian Government, is",
            ),
        ],
    ),
    (
        "ka03_vanuatu_cyclone_update.txt",
        "2025-03-05",
        [
            org(VRCS, NS, "VU", "VRCS"),
            org("Department of Foreign Affairs and Trade", GOV, "AU", "DFAT"),
            org(IFRC, MB, None, "IFRC"),
            org(ARC, NS, "AU"),
            org(NZRC, NS, "NZ"),
            org("National Disaster Management Office", GOV, "VU", "NDMO"),
        ],
        [
            person("Abraham Natuman", "Director", "National Disaster Management Office"),
            person("Lisa Tari", "Secretary General", VRCS),
            person("Rhys Calder", "Operations Manager", IFRC),
        ],
        [
            rel(
                "support",
                ["Department of Foreign Affairs and Trade", VRCS],
                evidence="With funding from the Australian Government's Department of Foreign Affairs and Trade (DFAT), VRCS had pre-positioned relief stock for 1,000 households",
            ),
            rel(
                "support",
                [IFRC, VRCS],
                evidence="The IFRC's Disaster Response Emergency Fund (DREF) is supporting the VRCS operation",
            ),
            rel(
                "donation",
                [ARC, VRCS],
                evidence="Australian Red Cross has donated 800 hygiene kits and 400 tarpaulins from its Brisbane warehouse",
            ),
            rel(
                "mission",
                [NZRC],
                place="Lenakel, Vanuatu",
                date="2025-03-04",
                evidence="New Zealand Red Cross has sent a three-person team of delegates (logistics, WASH and psychosocial support) to Lenakel, on Tanna.",
            ),
            rel(
                "meeting",
                [VRCS, IFRC, "National Disaster Management Office"],
                place="Port Vila, Vanuatu",
                date="2025-03-03",
                evidence="On Monday, VRCS and IFRC representatives met the Director of the National Disaster Management Office, Abraham Natuman, in Port Vila",
            ),
        ],
    ),
    (
        "ka04_samoa_leadership_forum.txt",
        "2025-09-11",
        [
            org(SRCS, NS, "WS", "Samoa Red Cross"),
            org(FRCS, NS, "FJ", "Fiji Red Cross"),
            org(TRCS, NS, "TO", "Tonga Red Cross"),
            org(VRCS, NS, "VU"),
            org(CIRC, NS, "CK"),
            org(SIRC, NS, "SB"),
            org(ARC, NS, "AU"),
            org(NZRC, NS, "NZ"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org("Samoa Ministry of Foreign Affairs and Trade", GOV, "WS"),
        ],
        [
            person("Peni Aumua", "President", SRCS),
            person("Nadia Thornton", "Director of International Programs", ARC),
            person("Mareta Leota", "Secretary General", SRCS),
            person("Katarina Lindqvist", "Head of the IFRC Pacific delegation", IFRC),
            person("Semisi Naivalu", "Director General", FRCS),
            person("Sioeli Fonua", "Secretary General", TRCS),
            person("Claire Whitmore", "Secretary General", NZRC),
            person("Marc-André Dufour", "Head of the ICRC regional delegation in Suva", ICRC),
        ],
        [
            rel(
                "participation",
                [SRCS, FRCS, TRCS, VRCS, CIRC, SIRC, ARC, NZRC, IFRC, ICRC],
                event="2025 Pacific Red Cross Leadership Forum",
                place="Apia, Samoa",
                date="2025-09-08",
                evidence="The 2025 Pacific Red Cross Leadership Forum, hosted by the Samoa Red Cross Society at the Taumeasina conference centre, opened on Monday.",
            ),
            rel(
                "alliance",
                [SRCS, FRCS, TRCS, VRCS, CIRC, SIRC],
                place="Apia, Samoa",
                date="2025-09-10",
                evidence="formally launched the Pacific Red Cross Climate Resilience Coalition, a standing alliance",
            ),
            rel(
                "agreement",
                [ARC, SRCS],
                signatories=["Nadia Thornton", "Mareta Leota"],
                place="Apia, Samoa",
                date="2025-09-09",
                evidence="Australian Red Cross and the Samoa Red Cross Society renewed their partnership agreement for 2026 to 2028",
            ),
            rel(
                "meeting",
                [FRCS, NZRC],
                place="Apia, Samoa",
                date="2025-09-09",
                evidence="each held separate meetings with New Zealand Red Cross Secretary General Claire Whitmore on Tuesday afternoon",
            ),
            rel(
                "meeting",
                [TRCS, NZRC],
                place="Apia, Samoa",
                date="2025-09-09",
                evidence="each held separate meetings with New Zealand Red Cross Secretary General Claire Whitmore on Tuesday afternoon",
            ),
            rel(
                "meeting",
                [ICRC, "Samoa Ministry of Foreign Affairs and Trade"],
                place="Apia, Samoa",
                date="2025-09-10",
                evidence="held talks on Wednesday with officials of the Samoa Ministry of Foreign Affairs and Trade",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
