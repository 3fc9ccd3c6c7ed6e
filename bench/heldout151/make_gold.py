"""Gold annotations for held-out set 151 (prefix kk): mainland Southeast Asia (Cambodian, Lao, Myanmar, Thai and Vietnam Red Cross; ASEAN AHA Centre; landmines, Mekong floods, blood services).

kk01 - press release, Phnom Penh: Cambodian Red Cross / CMAC mine risk education MoU "inked ... on Thursday" (resolved against the release date), KOICA grant to CRC, JRCS hand-over of tablets and a vehicle at the same ceremony, background 2019 CRC/ICRC cooperation agreement; traps: CMAA secretary general only witnessed, KOICA director only attended the signing, Governor of Battambang named only by title, extension to two provinces and an EU approach only intended, "About the Cambodian Red Cross" boilerplate (Movement membership), CMAA figures cited, unnamed international operators.
kk02 - wire story with hard line breaks, Vientiane dateline: IFRC DREF allocation to the Lao Red Cross, LRC president's talks with the Minister of Labour and Social Welfare (ministry named after the person), Vietnam RC relief packages handed over in Thakhek on Tuesday, Lao Brewery gift, AHA Centre assessment team sent to Thakhek (full name first, short form "the AHA Centre" later) and AHA Centre stock handed to the ministry; traps: KPL cited as a source, provincial governor's spokesman, Thai MFA only "stood ready" (no request made), WFP only assessing, IFRC head's comment on training (no relation), 2018 dam collapse background, Mekong River Commission forecast.
kk03 - IFRC-style DREF operation update, Myanmar floods: DREF support to MRCS (plus an earlier July DREF as background), MRCS/IFRC meeting with the DDM (acronym used before it is defined; the ministry only locates the department), IFRC surge officer sent to Pathein, Danish RC funding cash, JRCS donation of kits, ICRC covering water purification; traps: UN coordination office cited as a data source, generic Partner National Societies and Movement coordination meeting, British RC only "may contribute", WHO only approached, contact block with names and posts.
kk04 - local news with byline, Bangkok: participation of seven organisations in the 2nd Mekong Regional Blood Services Forum, five-society Mekong Blood Safety Network (standing coalition), Thai/Lao blood services agreement extended (post in parentheses) plus the 2016 original as background and Thai RC supply of reagents, VRCS courtesy call on the Thai RC blood centre director (internal department only locates her; "Dr." dropped), PTT gift of a blood bus; traps: writer byline, Malaysian Red Crescent invited but absent, WHO help only promised, unnamed IFRC official, Cambodian RC plans and next forum in Hanoi only expected.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

CRC = "Cambodian Red Cross"
LRC = "Lao Red Cross"
MRCS = "Myanmar Red Cross Society"
TRCS = "Thai Red Cross Society"
VRCS = "Vietnam Red Cross Society"
JRCS = "Japanese Red Cross Society"
DRC = "Danish Red Cross"
CMAC = "Cambodian Mine Action Centre"
CMAA = "Cambodian Mine Action and Victim Assistance Authority"
KOICA = "Korea International Cooperation Agency"
MLSW = "Ministry of Labour and Social Welfare"
AHA = "ASEAN Coordinating Centre for Humanitarian Assistance on disaster management"
DDM = "Department of Disaster Management"
WHO = "World Health Organization"
PTT = "PTT Public Company Limited"

DOCS = [
    (
        "kk01_cambodia_cmac_mine_risk.txt",
        "2025-02-14",
        [
            org(CRC, NS, "KH", "CRC"),
            org(CMAC, GOV, "KH", "CMAC"),
            org(CMAA, GOV, "KH", "CMAA"),
            org(KOICA, GOV, "KR", "KOICA"),
            org(JRCS, NS, "JP", "JRCS"),
            org(ICRC, MB, None, "ICRC"),
        ],
        [
            person("Keo Sovannara", "Secretary General", CRC),
            person("Chhim Vuthy", "Director General", CMAC),
            person("Ly Sokunthea", "Secretary General", CMAA),
            person("Park Ji-won", "Cambodia country director", KOICA),
            person("Mariko Sato", "Head of the JRCS country office in Phnom Penh", JRCS),
        ],
        [
            rel(
                "agreement",
                [CRC, CMAC],
                signatories=["Keo Sovannara", "Chhim Vuthy"],
                place="Phnom Penh, Cambodia",
                date="2025-02-13",
                evidence="The Cambodian Red Cross (CRC) and the Cambodian Mine Action Centre inked a memorandum of understanding on Thursday",
            ),
            rel(
                "support",
                [KOICA, CRC],
                evidence="The programme is financed through a grant of USD 1.4 million from the Korea International Cooperation Agency to the Cambodian Red Cross",
            ),
            rel(
                "donation",
                [JRCS, CRC],
                place="Phnom Penh, Cambodia",
                date="2025-02-13",
                evidence="the Japanese Red Cross Society handed over 40 tablet computers and a four-wheel-drive vehicle to the CRC",
            ),
            rel(
                "agreement",
                [CRC, ICRC],
                date="2019",
                evidence="the cooperation agreement the Cambodian Red Cross concluded with the International Committee of the Red Cross in 2019",
            ),
        ],
    ),
    (
        "kk02_laos_mekong_floods_wire.txt",
        "2025-08-21",
        [
            org(LRC, NS, "LA", "LRC"),
            org(IFRC, MB, None, "IFRC"),
            org(MLSW, GOV, "LA"),
            org(VRCS, NS, "VN", "Vietnam Red Cross"),
            org("Lao Brewery Company", CO, "LA"),
            org(AHA, OTHER, None, "AHA Centre"),
            org("World Food Programme", UN, None, "WFP"),
        ],
        [
            person("Bounmy Phommachanh", "President", LRC),
            person("Khamla Soukhaseum", "Minister of Labour and Social Welfare", MLSW),
            person("Phan Minh Duc", "Vice-President", VRCS),
            person("Dewi Anggraini", "Director of Operations", AHA),
            person(
                "Ingrid Solberg", "Head of the IFRC country cluster delegation in Bangkok", IFRC
            ),
        ],
        [
            rel(
                "support",
                [IFRC, LRC],
                evidence="The Lao Red Cross (LRC) said it had received an allocation of 210,000 Swiss",
            ),
            rel(
                "meeting",
                [LRC, MLSW],
                date="2025-08-20",
                evidence="Bounmy held talks on Wednesday with Khamla Soukhaseum, the Minister of Labour",
            ),
            rel(
                "donation",
                [VRCS, LRC],
                place="Thakhek, Laos",
                date="2025-08-19",
                evidence="relief packages to the Lao Red Cross in Thakhek on Tuesday",
            ),
            rel(
                "donation",
                ["Lao Brewery Company", LRC],
                evidence="The Lao Brewery Company also donated 300 million kip and 20,000 bottles",
            ),
            rel(
                "mission",
                [AHA],
                place="Thakhek, Laos",
                evidence="management deployed a five-member ASEAN Emergency Response and Assessment",
            ),
            rel(
                "donation",
                [AHA, MLSW],
                date="2025-08-20",
                evidence="The AHA Centre, as it is known, has also released 500 family tents and",
            ),
        ],
    ),
    (
        "kk03_myanmar_floods_dref_update.txt",
        "2025-10-03",
        [
            org(MRCS, NS, "MM", "MRCS"),
            org(IFRC, MB, None, "IFRC"),
            org(DDM, GOV, "MM", "DDM"),
            org(DRC, NS, "DK"),
            org(JRCS, NS, "JP"),
            org(ICRC, MB, None, "ICRC"),
        ],
        [
            person("Aung Kyaw Min", "Director General", DDM),
            person("Khin Thandar Win", "Secretary General", MRCS),
            person("Zaw Min Htet", "Director, Disaster Management Division", MRCS),
            person("Helena Vainio", "Head of Delegation", IFRC),
        ],
        [
            rel(
                "support",
                [IFRC, MRCS],
                evidence="The DREF allocation enables MRCS to replenish stock used in the first week",
            ),
            rel(
                "support",
                [IFRC, MRCS],
                date="2025-07",
                evidence="the first, launched in July, supported MRCS in responding to flash floods in Kachin State",
            ),
            rel(
                "meeting",
                [MRCS, IFRC, DDM],
                place="Nay Pyi Taw, Myanmar",
                date="2025-09-24",
                evidence="On 24 September, MRCS and IFRC representatives met Aung Kyaw Min, Director General of the Department of Disaster Management (DDM)",
            ),
            rel(
                "mission",
                [IFRC],
                place="Pathein, Myanmar",
                evidence="The IFRC has deployed a surge logistics officer to Pathein",
            ),
            rel(
                "support",
                [DRC, MRCS],
                evidence="The Danish Red Cross is funding the cash component in Bago Region",
            ),
            rel(
                "donation",
                [JRCS, MRCS],
                place="Yangon, Myanmar",
                date="2025-09-27",
                evidence="The Japanese Red Cross Society has donated 3,000 family kits and 1,500 kitchen sets",
            ),
            rel(
                "support",
                [ICRC, MRCS],
                evidence="The ICRC is covering the cost of water purification and hygiene promotion",
            ),
        ],
    ),
    (
        "kk04_bangkok_blood_forum.txt",
        "2025-11-14",
        [
            org(TRCS, NS, "TH", "The Thai Red Cross Society", "Thai Red Cross"),
            org(CRC, NS, "KH"),
            org(LRC, NS, "LA"),
            org(MRCS, NS, "MM"),
            org(VRCS, NS, "VN"),
            org(WHO, UN, None, "WHO"),
            org(IFRC, MB, None, "IFRC"),
            org(PTT, CO, "TH", "PTT"),
        ],
        [
            person(
                "Siriporn Chaiyaphum", "Director of the Thai Red Cross National Blood Centre", TRCS
            ),
            person("Thanakorn Rattanawong", "Secretary General", TRCS),
            person("Bounmy Phommachanh", "President", LRC),
            person("Phan Minh Duc", "Vice-President", VRCS),
            person(
                "Wiroj Sangthong",
                "Senior Executive Vice-President for Corporate Social Responsibility",
                PTT,
            ),
            person("Keo Sovannara", "Secretary General", CRC),
        ],
        [
            rel(
                "participation",
                [TRCS, CRC, LRC, MRCS, VRCS, WHO, IFRC],
                event="2nd Mekong Regional Blood Services Forum",
                place="Bangkok, Thailand",
                date="2025-11-11",
                evidence="The 2nd Mekong Regional Blood Services Forum, hosted by the Thai Red Cross Society at its National Blood Centre on Henri Dunant Road, opened on Tuesday.",
            ),
            rel(
                "alliance",
                [TRCS, CRC, LRC, MRCS, VRCS],
                place="Bangkok, Thailand",
                date="2025-11-13",
                evidence="On Thursday, the five national societies formed what they called the Mekong Blood Safety Network, a standing coalition",
            ),
            rel(
                "agreement",
                [TRCS, LRC],
                signatories=["Thanakorn Rattanawong", "Bounmy Phommachanh"],
                place="Bangkok, Thailand",
                date="2025-11-12",
                evidence="the Thai and Lao societies extended for another five years the blood services cooperation agreement",
            ),
            rel(
                "agreement",
                [TRCS, LRC],
                date="2016",
                evidence="the blood services cooperation agreement they first signed in 2016",
            ),
            rel(
                "support",
                [TRCS, LRC],
                evidence="the Thai Red Cross supplies reagents for the Lao society's blood centre in Vientiane",
            ),
            rel(
                "meeting",
                [VRCS, TRCS],
                place="Bangkok, Thailand",
                date="2025-11-12",
                evidence="Vietnam Red Cross Society vice-president Phan Minh Duc paid a courtesy call on Dr. Siriporn",
            ),
            rel(
                "donation",
                [PTT, TRCS],
                place="Bangkok, Thailand",
                date="2025-11-11",
                evidence="PTT Public Company Limited marked the forum by presenting a mobile blood collection bus to the Thai Red Cross Society on Tuesday",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
