"""Gold annotations for held-out set 154 (prefix kn): East Asia (Mongolian Red Cross Society, Republic of Korea National Red Cross, Japanese Red Cross Society, Red Cross Society of China).

kn01 - IFRC-style DREF operation update, Mongolia dzud: IFRC DREF allocation supporting MRCS, German Red Cross financing anticipatory cash with German Federal Foreign Office funding (two supports), Khan Bank contribution in the passive voice (donation), background 2021 early action protocol with NAMEM (acronym used before it is defined), Korean Red Cross delegation to Uliastai (mission), one three-party meeting MRCS/IFRC/NEMA; traps: Zavkhan governor named only by title, FAO only intends to distribute and a division of areas only expected, Humanitarian Country Team / UN agencies / NGOs and Partner National Societies generic, DREF boilerplate, contact line without names.
kn02 - wire story with a dateline and hard line breaks inside sentences: Korean Red Cross / Ministry of Unification agreement extended "on Thursday" (signatories), ministry financing from the Inter-Korean Cooperation Fund (support), ICRC courtesy call "a day earlier", background June 2018 Mount Kumgang talks with the DPRK Red Cross (meeting), Hyundai Motor Group funding "last year" (support); the acronym KNRC is used before it is defined; traps: Yonhap cited as a source, video reunions only proposed with no reply, ministry official unnamed, sponsor only hoped for, UN General Assembly only planned, private applicants, editor credit.
kn03 - local news report with a byline, Shizuoka disaster drill: one participation of seven organisations at the named drill, revised prefecture/JRCS dispatch agreement signed by the governor and the Shizuoka chapter director (JRCS president only looked on), NTT Docomo lending phones (support), background 2017 Yamato Transport agreement, courtesy call "on Monday" (meeting); traps: byline, Cabinet Office damage estimates mere co-mention, fire departments generic, JR Central invited but declined, Yaizu mayor and a prefectural official named only by title, Korean Red Cross observers only hoped for, interpreter group unnamed.
kn04 - translated statement of the Red Cross Society of China, Beijing blood services forum: one participation of seven organisations, RCSC/MRCS memorandum concluded (signatories), RCSC hands vehicles over to "its Mongolian counterpart" (donation), separate bilateral talks with JRCS and KNRC (two meetings), background 2018 RCSC/KNRC agreement; traps: DPRK Red Cross invited but absent, joint training only to be studied, Xinhua cited as a source, honorific "Dr." on a name, internal departments locating people, Movement boilerplate.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

MRCS = "Mongolian Red Cross Society"
KNRC = "Republic of Korea National Red Cross"
JRCS = "Japanese Red Cross Society"
RCSC = "Red Cross Society of China"
DPRKRC = "Red Cross Society of the Democratic People's Republic of Korea"
GRC = "German Red Cross"
NAMEM = "National Agency for Meteorology and Environmental Monitoring"
NEMA = "National Emergency Management Agency"
GFFO = "German Federal Foreign Office"
MOU = "Ministry of Unification"
SPG = "Shizuoka Prefectural Government"
NHC = "National Health Commission of the People's Republic of China"
WHO = "World Health Organization"


def mrcs():
    return org(MRCS, NS, "MN", "Mongolian Red Cross", "MRCS")


def knrc():
    return org(
        KNRC,
        NS,
        "KR",
        "The Republic of Korea National Red Cross",
        "Korean Red Cross",
        "Korean National Red Cross",
        "KNRC",
        "South Korea's Red Cross",
    )


def jrcs():
    return org(JRCS, NS, "JP", "Japanese Red Cross", "JRCS")


DOCS = [
    (
        "kn01_mongolia_dzud_update.txt",
        "2025-02-27",
        [
            mrcs(),
            org(IFRC, MB, None, "IFRC"),
            org(NAMEM, GOV, "MN", "NAMEM"),
            org(GRC, NS, "DE"),
            org(GFFO, GOV, "DE", "Federal Foreign Office"),
            org("Khan Bank", CO, "MN"),
            knrc(),
            org(NEMA, GOV, "MN", "NEMA"),
        ],
        [
            person("Oyunchimeg Batsaikhan", "Secretary General", MRCS),
            person(
                "Marta Lindgren",
                "Head of the IFRC Country Cluster Delegation for East Asia",
                IFRC,
            ),
            person("Ganzorig Tumurbaatar", "Head", NEMA),
        ],
        [
            rel(
                "support",
                [IFRC, MRCS],
                date="2025-01-13",
                evidence="was allocated from the IFRC's Disaster Response Emergency Fund (DREF) to support the Mongolian Red Cross Society (MRCS)",
            ),
            rel(
                "agreement",
                [MRCS, NAMEM],
                date="2021",
                evidence="under the early action protocol that MRCS and the National Agency for Meteorology and Environmental Monitoring (NAMEM) signed in 2021",
            ),
            rel(
                "support",
                [GFFO, GRC],
                evidence="The German Red Cross, drawing on funding from the German Federal Foreign Office, financed that round",
            ),
            rel(
                "support",
                [GRC, MRCS],
                evidence="The German Red Cross, drawing on funding from the German Federal Foreign Office, financed that round",
            ),
            rel(
                "donation",
                ["Khan Bank", MRCS],
                date="2025-02-05",
                evidence="A contribution of MNT 300 million was handed over by Khan Bank to the MRCS on 5 February.",
            ),
            rel(
                "mission",
                [KNRC],
                place="Uliastai, Mongolia",
                date="2025-02-10",
                evidence="The Republic of Korea National Red Cross sent a two-person delegation to Uliastai from 10 to 17 February",
            ),
            rel(
                "meeting",
                [MRCS, IFRC, NEMA],
                place="Ulaanbaatar, Mongolia",
                date="2025-02-19",
                evidence="held talks in Ulaanbaatar with Ganzorig Tumurbaatar, head of the National Emergency Management Agency (NEMA)",
            ),
        ],
    ),
    (
        "kn02_korea_separated_families.txt",
        "2025-09-18",
        [
            knrc(),
            org(MOU, GOV, "KR", "Unification Ministry"),
            org(ICRC, MB, None, "ICRC"),
            org(DPRKRC, NS, "KP"),
            org("Hyundai Motor Group", CO, "KR", "Hyundai"),
        ],
        [
            person("Lee Hyun-joo", "Secretary General", KNRC),
            person("Kang Dong-wook", "Vice Minister of Unification", MOU),
            person(
                "Thomas Achterberg",
                "Head of the ICRC regional delegation in Beijing",
                ICRC,
            ),
            person("Yoon Sang-cheol", "President", KNRC),
        ],
        [
            rel(
                "agreement",
                [KNRC, MOU],
                signatories=["Lee Hyun-joo", "Kang Dong-wook"],
                place="Seoul, Republic of Korea",
                date="2025-09-18",
                evidence="agreement with the Ministry of Unification on collecting and storing the",
            ),
            rel(
                "support",
                [MOU, KNRC],
                evidence="The programme is financed from the Inter-Korean Cooperation Fund, which",
            ),
            rel(
                "meeting",
                [ICRC, KNRC],
                place="Seoul, Republic of Korea",
                date="2025-09-17",
                evidence="of the Red Cross (ICRC) regional delegation in Beijing, paid a courtesy",
            ),
            rel(
                "meeting",
                [KNRC, DPRKRC],
                place="Mount Kumgang, North Korea",
                date="2018-06",
                evidence="The last face-to-face talks between the Korean Red Cross and its",
            ),
            rel(
                "support",
                ["Hyundai Motor Group", KNRC],
                date="2024",
                evidence="Motor Group funded the filming of 2,000 video letters by elderly",
            ),
        ],
    ),
    (
        "kn03_shizuoka_quake_drill.txt",
        "2025-11-04",
        [
            org(SPG, GOV, "JP", "Shizuoka Prefecture", "Shizuoka prefecture"),
            jrcs(),
            org("Japan Ground Self-Defense Force", GOV, "JP", "Ground Self-Defense Force"),
            org("Japan Coast Guard", GOV, "JP"),
            org("Yamato Transport Co.", CO, "JP", "Yamato Transport", "Yamato"),
            org("NTT Docomo", CO, "JP", "Docomo"),
            org("Shizuoka Medical Association", OTHER, "JP"),
        ],
        [
            person("Kenji Mochizuki", "Governor", SPG),
            person("Masahiro Uchida", "Director of the Shizuoka chapter", JRCS),
            person("Tetsuya Hoshino", "President", JRCS),
        ],
        [
            rel(
                "participation",
                [
                    SPG,
                    JRCS,
                    "Japan Ground Self-Defense Force",
                    "Japan Coast Guard",
                    "Yamato Transport Co.",
                    "NTT Docomo",
                    "Shizuoka Medical Association",
                ],
                event="2025 Shizuoka Prefectural Comprehensive Disaster Drill",
                place="Yaizu, Japan",
                date="2025-11-02",
                evidence="Hosted by the Shizuoka Prefectural Government, the drill brought together the Japanese Red Cross Society",
            ),
            rel(
                "support",
                ["NTT Docomo", JRCS],
                place="Yaizu, Japan",
                date="2025-11-02",
                evidence="NTT Docomo lent the Red Cross teams 40 satellite phones for the day",
            ),
            rel(
                "agreement",
                ["Yamato Transport Co.", JRCS],
                date="2017",
                evidence="under an agreement concluded with the society's national headquarters in 2017",
            ),
            rel(
                "agreement",
                [SPG, JRCS],
                signatories=["Kenji Mochizuki", "Masahiro Uchida"],
                place="Yaizu, Japan",
                date="2025-11-02",
                evidence="the prefecture and the Red Cross inked a revised agreement on the dispatch of medical relief teams",
            ),
            rel(
                "meeting",
                [JRCS, SPG],
                place="Shizuoka, Japan",
                date="2025-11-03",
                evidence="Hoshino paid a courtesy call on Mochizuki at the prefectural office in Shizuoka City on Monday",
            ),
        ],
    ),
    (
        "kn04_beijing_blood_forum.txt",
        "2025-06-12",
        [
            org(RCSC, NS, "CN", "RCSC", "Chinese Red Cross"),
            jrcs(),
            knrc(),
            mrcs(),
            org(IFRC, MB, None, "IFRC"),
            org(WHO, UN, None, "WHO"),
            org(NHC, GOV, "CN", "National Health Commission"),
        ],
        [
            person("Liu Ruiqing", "Executive Vice President", RCSC),
            person(
                "Zhao Ming",
                "Deputy Director-General of the Department of Medical Administration",
                NHC,
            ),
            person("Michiko Takahashi", "Vice President", JRCS),
            person("Oyunchimeg Batsaikhan", "Secretary General", MRCS),
            person("Lee Hyun-joo", "Secretary General", KNRC),
            person(
                "Marta Lindgren",
                "Head of the IFRC Country Cluster Delegation for East Asia",
                IFRC,
            ),
        ],
        [
            rel(
                "participation",
                [RCSC, JRCS, KNRC, MRCS, IFRC, WHO, NHC],
                event="East Asia Red Cross Blood Services Forum",
                place="Beijing, China",
                date="2025-06-10",
                evidence="the East Asia Red Cross Blood Services Forum was held in Beijing",
            ),
            rel(
                "agreement",
                [RCSC, MRCS],
                signatories=["Liu Ruiqing", "Oyunchimeg Batsaikhan"],
                place="Beijing, China",
                date="2025-06-11",
                evidence="the RCSC and the Mongolian Red Cross Society concluded a memorandum of understanding",
            ),
            rel(
                "donation",
                [RCSC, MRCS],
                place="Beijing, China",
                date="2025-06-11",
                evidence="the Chinese side handed over to its Mongolian counterpart two mobile blood donation vehicles",
            ),
            rel(
                "meeting",
                [RCSC, JRCS],
                place="Beijing, China",
                date="2025-06-10",
                evidence="Liu Ruiqing held separate talks on 10 June with the Japanese delegation led by Michiko Takahashi",
            ),
            rel(
                "meeting",
                [RCSC, KNRC],
                place="Beijing, China",
                date="2025-06-10",
                evidence="and with Lee Hyun-joo, secretary general of the Korean Red Cross",
            ),
            rel(
                "agreement",
                [RCSC, KNRC],
                date="2018",
                evidence="the technical cooperation agreement on blood services that the two societies signed in 2018",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
