"""Gold annotations for held-out set 183 (prefix lq): China, Hong Kong and Macau, Mongolia (Red Cross Society of China, Hong Kong Red Cross, Macau Red Cross, Mongolian Red Cross Society; provincial governments, tech companies, banks, earthquakes and floods).

lq01 - national society press release (Beijing, 14 May 2025): RCSC / Mongolian RC three-year cooperation agreement signed "on Tuesday" (13 May) by the RCSC Executive Vice President and the MRCS Secretary General, background 2016 MoU ("the two National Societies"), RCSC firmly committing to fund two MRCS warehouses and volunteer training, MRCS delegation talks at the China Earthquake Administration "the day before the signing" (12 May), Xiaomi gift of lamps and power banks to the RCSC "last month" (2025-04); traps: MRCS president only witnessed the signing (not a signatory), Mongolian ambassador by title only, joint blood donor campaign only "will discuss", IFRC delegation invited to a planned exercise but not confirmed, RCSC only "considering" sending lamps to Mongolia, Xinhua cited as source, "About" boilerplate naming ICRC and IFRC, media contact (a named person with post: counted).
lq02 - wire story with hard line breaks (HONG KONG, July 24, 2025 (Reuters)): Hong Kong RC team crossing into Meizhou "on Tuesday" (mission) and supporting the RCSC's distributions, one three-party coordination meeting "on Wednesday" (HKRC, RCSC, Guangdong Provincial Emergency Management Department; the chair is named as the department's deputy director after his post), Hong Kong government grant from the Disaster Relief Fund "on Monday" (support), HSBC gift to the appeal "on Wednesday", Macau RC transfer of 1 million patacas to the RCSC (no date given); traps: Reuters as the agency, CCTV and a government statement cited as sources, Bank of East Asia only considering, talks with an unnamed charitable trust fell through, RCSC spokesperson by title only, Macau RC second transfer only possible, hoped-for extension to Heyuan, reporting/editing credits.
lq03 - IFRC-style DREF operation update, flash floods in Mongolia (issued 12 August 2025): IFRC DREF support to the MRCS approved 18 July (acronym MRCS used before it is spelled out), one five-party coordination meeting convened by NEMA on 22 July (MRCS, IFRC, NEMA, UNICEF, World Vision Mongolia), background 2019 MRCS / NEMA protocol ("the two organisations"), Unitel sending warnings free of charge (support), Khan Bank cash gift on 25 July, RCSC water purification team deployed to Ulaanbaatar on 27 July (mission + support); traps: meteorological agency cited as source, Prime Minister by title only, Partner National Societies generic, Korean RC only "may contribute", extension only "may be requested", contact lines with titles only.
lq04 - HTML-ish local news page with byline and page furniture (Macau, published 21 Nov 2025): Greater Bay Area Humanitarian Innovation Forum "on Wednesday and Thursday" (one participation of ten organisations, the co-hosting Social Welfare Bureau and the Mongolian RC observers included), standing Bay Area emergency network of Macau RC, Hong Kong RC and RCSC launched "yesterday" (alliance), Macau RC / University of Macau MoU "on Wednesday" with two signatories (Prof. dropped), background 2021 Hong Kong RC / Tencent cooperation agreement and Tencent running the HKRC donation platform (support), Huawei gift of satellite terminals at the closing session (Thursday), ICRC courtesy call on the Social Welfare Bureau "on Thursday afternoon"; traps: menus, "Share this", related headlines and cookie text, byline, Japanese RC invited but absent, RCSC data platform proposal only tabled, drill and next forum only planned, Secretary for Social Affairs and Culture by title only, TDM cited as source.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

RCSC = "Red Cross Society of China"
MRCS = "Mongolian Red Cross Society"
HKRC = "Hong Kong Red Cross"
MORC = "Macau Red Cross"
JRCS = "Japanese Red Cross Society"
CEA = "China Earthquake Administration"
XIAOMI = "Xiaomi"
GDEM = "Guangdong Provincial Emergency Management Department"
HKGOV = "Government of the Hong Kong Special Administrative Region"
HSBC = "HSBC"
NEMA = "National Emergency Management Agency"
UNICEF = "United Nations Children's Fund"
WVM = "World Vision Mongolia"
UNITEL = "Unitel"
KHAN = "Khan Bank"
SWB = "Social Welfare Bureau"
UM = "University of Macau"
TENCENT = "Tencent"
HUAWEI = "Huawei"

MACAU = "Macau, China"

DOCS = [
    (
        "lq01_rcsc_mongolia_cooperation_agreement.txt",
        "2025-05-14",
        [
            org(RCSC, NS, "CN", "RCSC"),
            org(MRCS, NS, "MN", "MRCS"),
            org(CEA, GOV, "CN"),
            org(XIAOMI, CO, "CN"),
        ],
        [
            person("Zhao Minghui", "Executive Vice President", RCSC),
            person("Bolormaa Tsendsuren", "Secretary General", MRCS),
            person("Enkhjargal Batsaikhan", "President", MRCS),
            person("Sun Haoran", "Deputy Administrator", CEA),
            person("Wu Jiayi", "Head of the corporate social responsibility programme", XIAOMI),
            person("Li Wenjing", "Deputy Director of the Liaison Department", RCSC),
        ],
        [
            rel(
                "agreement",
                [RCSC, MRCS],
                signatories=["Zhao Minghui", "Bolormaa Tsendsuren"],
                place="Beijing, China",
                date="2025-05-13",
                evidence="on Tuesday signed a three-year cooperation agreement covering disaster preparedness",
            ),
            rel(
                "agreement",
                [RCSC, MRCS],
                date="2016",
                evidence="builds on a memorandum of understanding the two National Societies first concluded in 2016",
            ),
            rel(
                "support",
                [RCSC, MRCS],
                evidence="the RCSC will fund the refurbishment of two MRCS relief warehouses",
            ),
            rel(
                "meeting",
                [MRCS, CEA],
                place="Beijing, China",
                date="2025-05-12",
                evidence="the Mongolian delegation visited the China Earthquake Administration in Beijing",
            ),
            rel(
                "donation",
                [XIAOMI, RCSC],
                date="2025-04",
                evidence="the technology company Xiaomi donated 5,000 solar-powered emergency lamps and 2,000 power banks to the society last month",
            ),
        ],
    ),
    (
        "lq02_hongkong_redcross_guangdong_floods.txt",
        "2025-07-24",
        [
            org(HKRC, NS, "HK"),
            org(RCSC, NS, "CN"),
            org(GDEM, GOV, "CN"),
            org(HKGOV, GOV, "HK", "Hong Kong government"),
            org(HSBC, CO, "HK"),
            org(MORC, NS, "MO"),
        ],
        [
            person("Ho Ka-yan", "Senior Disaster Management Officer", HKRC),
            person("Cheung Wai-lun", "Secretary General", HKRC),
            person("Huang Zhiqiang", "Deputy Director", GDEM),
            person("Fiona Leung", "Head of Community Investment in Hong Kong", HSBC),
            person("Leong Chi-man", "President", MORC),
        ],
        [
            rel(
                "mission",
                [HKRC],
                place="Meizhou, China",
                date="2025-07-22",
                evidence="The team, which crossed into mainland China on Tuesday, is led by",
            ),
            rel(
                "support",
                [HKRC, RCSC],
                evidence="Red Cross Society of China in distributing hygiene kits, tarpaulins",
            ),
            rel(
                "meeting",
                [HKRC, RCSC, GDEM],
                place="Meizhou, China",
                date="2025-07-23",
                evidence="On Wednesday the team joined a coordination meeting in Meizhou with the",
            ),
            rel(
                "support",
                [HKGOV, HKRC],
                date="2025-07-21",
                evidence="The Hong Kong government on Monday approved a HK$10 million ($1.27",
            ),
            rel(
                "donation",
                [HSBC, HKRC],
                date="2025-07-23",
                evidence="Lender HSBC gave HK$3 million to the group's flood appeal on Wednesday,",
            ),
            rel(
                "donation",
                [MORC, RCSC],
                evidence="Across the estuary, the Macau Red Cross said it had transferred 1",
            ),
        ],
    ),
    (
        "lq03_mongolia_flash_floods_dref_update.txt",
        "2025-08-12",
        [
            org(MRCS, NS, "MN", "MRCS"),
            org(IFRC, MB, None, "IFRC", "IFRC Country Cluster Delegation for East Asia"),
            org(NEMA, GOV, "MN", "NEMA"),
            org(UNICEF, UN, None, "UNICEF"),
            org(WVM, NGO, "MN"),
            org(UNITEL, CO, "MN"),
            org(KHAN, CO, "MN"),
            org(RCSC, NS, "CN"),
        ],
        [
            person("Oyunchimeg Dashdorj", "Head of the disaster management department", MRCS),
            person("Ganzorig Tumurbaatar", "Chief", NEMA),
            person("Bolormaa Tsendsuren", "Secretary General", MRCS),
            person("Sophie Lindqvist", "Operations Manager", IFRC),
        ],
        [
            rel(
                "support",
                [IFRC, MRCS],
                date="2025-07-18",
                evidence="The DREF allocation approved on 18 July supports the MRCS in assisting 6,000 flood-affected people",
            ),
            rel(
                "meeting",
                [MRCS, IFRC, NEMA, UNICEF, WVM],
                place="Ulaanbaatar, Mongolia",
                date="2025-07-22",
                evidence="took part in a coordination meeting convened by the National Emergency Management Agency (NEMA)",
            ),
            rel(
                "agreement",
                [MRCS, NEMA],
                date="2019",
                evidence="follows the protocol on emergency response that the two organisations signed in 2019",
            ),
            rel(
                "support",
                [UNITEL, MRCS],
                evidence="the telecommunications operator Unitel has sent flood warnings and MRCS hotline messages to its subscribers in the capital free of charge",
            ),
            rel(
                "donation",
                [KHAN, MRCS],
                date="2025-07-25",
                evidence="On 25 July Khan Bank donated MNT 80 million to the MRCS",
            ),
            rel(
                "mission",
                [RCSC],
                place="Ulaanbaatar, Mongolia",
                date="2025-07-27",
                evidence="The Red Cross Society of China deployed a four-member water purification team",
            ),
            rel(
                "support",
                [RCSC, MRCS],
                evidence="The team is supporting the MRCS in producing safe drinking water",
            ),
        ],
    ),
    (
        "lq04_macau_bay_area_humanitarian_forum.txt",
        "2025-11-21",
        [
            org(MORC, NS, "MO"),
            org(HKRC, NS, "HK"),
            org(RCSC, NS, "CN", "RCSC"),
            org(MRCS, NS, "MN"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(TENCENT, CO, "CN"),
            org(HUAWEI, CO, "CN"),
            org(UM, OTHER, "MO"),
            org(SWB, GOV, "MO"),
        ],
        [
            person("Leong Chi-man", "President", MORC),
            person("Cheung Wai-lun", "Secretary General", HKRC),
            person("Ieong Weng-kin", "Vice Rector", UM),
            person("Lin Haoyu", "Director of the Sustainable Social Value unit", TENCENT),
            person("Martina Zeller", "Head of the Regional Delegation for East Asia", ICRC),
            person("Chan Mei-lin", "President", SWB),
            person("Wang Yufen", "Vice President", RCSC),
        ],
        [
            rel(
                "participation",
                [MORC, SWB, HKRC, RCSC, IFRC, ICRC, TENCENT, HUAWEI, UM, MRCS],
                event="Greater Bay Area Humanitarian Innovation Forum",
                place=MACAU,
                date="2025-11-19",
                evidence="Besides the three founding members, the forum was attended by",
            ),
            rel(
                "alliance",
                [MORC, HKRC, RCSC],
                place=MACAU,
                date="2025-11-20",
                evidence="yesterday launched a standing emergency response network for the Greater Bay Area",
            ),
            rel(
                "agreement",
                [MORC, UM],
                signatories=["Leong Chi-man", "Ieong Weng-kin"],
                place=MACAU,
                date="2025-11-19",
                evidence="the Macau Red Cross and the University of Macau signed a memorandum of understanding on Wednesday",
            ),
            rel(
                "agreement",
                [TENCENT, HKRC],
                date="2021",
                evidence="under a cooperation agreement signed in 2021",
            ),
            rel(
                "support",
                [TENCENT, HKRC],
                evidence="whose engineers have run the Hong Kong Red Cross's online donation platform",
            ),
            rel(
                "donation",
                [HUAWEI, MORC],
                place=MACAU,
                date="2025-11-20",
                evidence="Huawei donated 20 satellite communication terminals to the Macau Red Cross at the closing session",
            ),
            rel(
                "meeting",
                [ICRC, SWB],
                place=MACAU,
                date="2025-11-20",
                evidence="paid a courtesy call on Chan Mei-lin, President of the Social Welfare Bureau",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
