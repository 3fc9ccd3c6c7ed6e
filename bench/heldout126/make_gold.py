"""Gold annotations for held-out set 126 (prefix hb): East Asia.

hb01 - translated Xinhua-style report of an RCSC donation ceremony in Beijing; relative date
       ("on Wednesday"), two corporate/foundation donors, onward allocation to a provincial branch,
       donations from Hong Kong and Macao Red Cross dated "last week", a 2021 background agreement;
       traps: Xinhua dateline and Ministry of Emergency Management cited only as sources, a plan
       to open an online channel.
hb02 - Samsung Electronics CSR press release on an MOU with the Korean Red Cross (signed
       "yesterday"); the KRC president attends but does not sign; background support chain to the
       Turkish Red Crescent (no Samsung-Turkish Red Crescent pair), a 2022 Samsung-KOICA agreement;
       traps: a planned pilot with the Ministry of the Interior and Safety, generic blood drives,
       "About" boilerplate and media contact.
hb03 - Japanese Red Cross news item on a medical team deployed to Myanmar, run jointly with the
       Finnish Red Cross in support of the MRCS; courtesy call (meeting), contribution to the IFRC
       appeal, Toyota donation, 2018 background agreement; traps: "coordinated by the IFRC" is not a
       support relation, JICA/JDR, Government of Japan and Tzu Chi are only co-mentioned, a
       department that only locates a person, photo caption.
hb04 - report of the 15th East Asia Red Cross Red Crescent Leadership Meeting in Ulaanbaatar
       (annotated as participation only, not as pairwise meetings); sideline MoU MRCS-KRC with
       KOICA funding background, a bilateral JRCS-RCSC talk ("the Chinese delegation"), city
       government funding; traps: DPRK society invited but absent, Hong Kong offer to host next
       meeting (plan), closing discussion that is not an agreement.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, org, person, rel, write_gold  # noqa: E402

CO = "company"

RCSC = "Red Cross Society of China"
KRC = "Republic of Korea National Red Cross"
JRCS = "Japanese Red Cross Society"
HKRC = "Hong Kong Red Cross"
KOICA = "Korea International Cooperation Agency"

DOCS = [
    (
        "hb01_rcsc_gansu_donation.txt",
        "2025-08-14",
        [
            org(RCSC, NS, "CN", "RCSC"),
            org("Tencent Charity Foundation", NGO, "CN"),
            org("China Merchants Group", CO, "CN"),
            org(
                "Gansu Provincial Branch of the Red Cross Society of China",
                NS,
                "CN",
                "Gansu provincial branch",
            ),
            org(HKRC, NS, "HK"),
            org("Macao Red Cross", NS, "MO"),
        ],
        [
            person("Wang Jianmin", "Vice President", RCSC),
            person("Zhou Lihua", "Secretary-General", "Tencent Charity Foundation"),
            person("Li Guoqiang", "Vice President", "China Merchants Group"),
            person(
                "Ma Yuqing",
                "Executive Vice President",
                "Gansu Provincial Branch of the Red Cross Society of China",
            ),
        ],
        [
            rel(
                "donation",
                ["Tencent Charity Foundation", RCSC],
                place="Beijing, China",
                date="2025-08-13",
                evidence="the Tencent Charity Foundation handed over 30 million yuan in cash",
            ),
            rel(
                "donation",
                ["China Merchants Group", RCSC],
                place="Beijing, China",
                date="2025-08-13",
                evidence="China Merchants Group donated tents, folding beds, cotton quilts and "
                "water purification equipment valued at 20 million yuan",
            ),
            rel(
                "donation",
                [RCSC, "Gansu Provincial Branch of the Red Cross Society of China"],
                evidence="It has so far allocated 6 million yuan in relief funds and 4,500 family "
                "relief kits to the Gansu Provincial Branch of the Red Cross Society of China",
            ),
            rel(
                "donation",
                [HKRC, RCSC],
                date="2025-08",
                evidence="The Hong Kong Red Cross contributed 2 million Hong Kong dollars to the "
                "RCSC's relief operation last week",
            ),
            rel(
                "donation",
                ["Macao Red Cross", RCSC],
                date="2025-08",
                evidence="the Macao Red Cross transferred 500,000 patacas",
            ),
            rel(
                "agreement",
                ["Tencent Charity Foundation", RCSC],
                date="2021",
                evidence="The Tencent Charity Foundation and the RCSC signed a strategic cooperation "
                "agreement in 2021",
            ),
        ],
    ),
    (
        "hb02_samsung_krc_mou.txt",
        "2025-05-08",
        [
            org("Samsung Electronics", CO, "KR", "Samsung", "Samsung Electronics Co., Ltd."),
            org(KRC, NS, "KR", "Korean Red Cross"),
            org("Turkish Red Crescent", NS, "TR", "Türk Kızılay"),
            org(KOICA, GOV, "KR", "KOICA"),
        ],
        [
            person(
                "Park Seo-yeon",
                "Executive Vice President and Head of the Corporate Sustainability Center",
                "Samsung Electronics",
            ),
            person("Kim Dong-hyun", "Secretary General", KRC),
            person("Choi Young-ja", "President", KRC),
        ],
        [
            rel(
                "agreement",
                ["Samsung Electronics", KRC],
                signatories=["Park Seo-yeon", "Kim Dong-hyun"],
                place="Seoul, South Korea",
                date="2025-05-07",
                evidence="The MOU was signed yesterday at the Korean Red Cross headquarters in "
                "Jung-gu, Seoul",
            ),
            rel(
                "donation",
                ["Samsung Electronics", KRC],
                evidence="Samsung Electronics donated KRW 3 billion to the Korean Red Cross "
                "Disaster Relief Fund",
            ),
            rel(
                "support",
                ["Samsung Electronics", KRC],
                date="2023",
                evidence="Samsung Electronics supported the Korean Red Cross's response to the "
                "earthquakes in Türkiye and Syria",
            ),
            rel(
                "support",
                [KRC, "Turkish Red Crescent"],
                date="2023",
                evidence="the Korean Red Cross delivered winter tents, blankets and hygiene kits to "
                "the Turkish Red Crescent (Türk Kızılay)",
            ),
            rel(
                "agreement",
                ["Samsung Electronics", KOICA],
                date="2022",
                evidence="In 2022 the company signed an agreement with the Korea International "
                "Cooperation Agency (KOICA)",
            ),
        ],
    ),
    (
        "hb03_jrcs_myanmar_medical_team.txt",
        "2025-04-07",
        [
            org(JRCS, NS, "JP", "JRCS", "Japanese Red Cross"),
            org("Finnish Red Cross", NS, "FI"),
            org("Myanmar Red Cross Society", NS, "MM", "MRCS"),
            org(IFRC, MB, None, "IFRC"),
            org("Toyota Motor Corporation", CO, "JP", "Toyota"),
        ],
        [
            person("Ayumi Sato", "Team Leader", JRCS),
            person("Htun Aung Kyaw", "Secretary General", "Myanmar Red Cross Society"),
            person(
                "Mikko Laine", "Head of the Finnish Red Cross ERU component", "Finnish Red Cross"
            ),
            person("Kenji Takahashi", "Director General, International Department", JRCS),
        ],
        [
            rel(
                "mission",
                [JRCS],
                place="Sagaing, Myanmar",
                date="2025-04-03",
                evidence="left Narita Airport last Thursday",
            ),
            rel(
                "support",
                [JRCS, "Myanmar Red Cross Society"],
                place="Sagaing, Myanmar",
                date="2025-04-05",
                evidence="Since Saturday it has been running a basic health care clinic jointly with "
                "a team from the Finnish Red Cross, in support of the Myanmar Red Cross "
                "Society (MRCS)",
            ),
            rel(
                "support",
                ["Finnish Red Cross", "Myanmar Red Cross Society"],
                place="Sagaing, Myanmar",
                date="2025-04-05",
                evidence="Since Saturday it has been running a basic health care clinic jointly with "
                "a team from the Finnish Red Cross, in support of the Myanmar Red Cross "
                "Society (MRCS)",
            ),
            rel(
                "meeting",
                [JRCS, "Myanmar Red Cross Society"],
                place="Nay Pyi Taw, Myanmar",
                evidence="paid a courtesy call on the MRCS headquarters in Nay Pyi Taw, where they "
                "met MRCS Secretary General Dr. Htun Aung Kyaw",
            ),
            rel(
                "donation",
                [JRCS, IFRC],
                evidence="the JRCS has contributed 50 million yen to the IFRC's Emergency Appeal for "
                "the Myanmar earthquake",
            ),
            rel(
                "donation",
                ["Toyota Motor Corporation", JRCS],
                evidence="were purchased with a donation from Toyota Motor Corporation",
            ),
            rel(
                "agreement",
                [JRCS, "Myanmar Red Cross Society"],
                date="2018",
                evidence="In 2018 the two National Societies signed a partnership agreement",
            ),
        ],
    ),
    (
        "hb04_east_asia_leadership_meeting.txt",
        "2025-06-20",
        [
            org("Mongolian Red Cross Society", NS, "MN", "MRCS"),
            org(RCSC, NS, "CN"),
            org(HKRC, NS, "HK"),
            org("Macau Red Cross", NS, "MO"),
            org(JRCS, NS, "JP"),
            org(KRC, NS, "KR", "Korean Red Cross"),
            org(IFRC, MB, None, "IFRC", "IFRC East Asia Country Cluster Delegation"),
            org(ICRC, MB, None, "ICRC"),
            org(KOICA, GOV, "KR", "KOICA"),
            org("Ulaanbaatar City Government", GOV, "MN"),
        ],
        [
            person("Bolormaa Tserendorj", "President", "Mongolian Red Cross Society"),
            person("Liu Xiaoping", "Executive Vice President", RCSC),
            person(
                "Claudia Ferreira", "Head of the IFRC East Asia Country Cluster Delegation", IFRC
            ),
            person("Enkhjargal Batbayar", "Secretary General", "Mongolian Red Cross Society"),
            person("Lee Jae-won", "Secretary General", KRC),
            person("Hiroshi Nakamura", "Vice President", JRCS),
            person("Martin Keller", "Head of the ICRC regional delegation for East Asia", ICRC),
        ],
        [
            rel(
                "participation",
                [
                    "Mongolian Red Cross Society",
                    RCSC,
                    HKRC,
                    "Macau Red Cross",
                    JRCS,
                    KRC,
                    IFRC,
                    ICRC,
                ],
                event="15th East Asia Red Cross Red Crescent Leadership Meeting",
                place="Ulaanbaatar, Mongolia",
                date="2025-06-17",
                evidence="Delegations from the Red Cross Society of China, the Hong Kong Red Cross, "
                "the Macau Red Cross, the Japanese Red Cross Society and the Republic of "
                "Korea National Red Cross took part",
            ),
            rel(
                "agreement",
                ["Mongolian Red Cross Society", KRC],
                signatories=["Enkhjargal Batbayar", "Lee Jae-won"],
                place="Ulaanbaatar, Mongolia",
                date="2025-06",
                evidence="the Mongolian Red Cross Society and the Korean Red Cross signed a "
                "memorandum of understanding on dzud and heatwave anticipatory action",
            ),
            rel(
                "support",
                [KOICA, KRC],
                date="2022",
                evidence="with funding from the Korea International Cooperation Agency (KOICA)",
            ),
            rel(
                "support",
                [KOICA, "Mongolian Red Cross Society"],
                date="2022",
                evidence="with funding from the Korea International Cooperation Agency (KOICA)",
            ),
            rel(
                "meeting",
                [JRCS, RCSC],
                place="Ulaanbaatar, Mongolia",
                date="2025-06",
                evidence="Japanese Red Cross Society Vice President Hiroshi Nakamura also held "
                "bilateral talks with the Chinese delegation",
            ),
            rel(
                "support",
                ["Ulaanbaatar City Government", "Mongolian Red Cross Society"],
                evidence="that the MRCS runs with funding from the Ulaanbaatar City Government",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
