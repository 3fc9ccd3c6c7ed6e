"""Gold annotations for held-out set 179 (prefix lm): the Gulf, Iraq and Yemen (Qatar, Yemen, Iraqi, Kuwait, Emirates, Saudi and Bahrain Red Crescent; KSrelief, QFFD, the Kuwait Fund, WFP, the ICRC and IFRC, Gulf banks).

lm01 - national society press release (Doha, 22 Oct 2025): QRCS / YRCS framework agreement renewed "yesterday" (21 Oct) and signed by both secretaries general (titles Dr. dropped), background framework agreement first signed in 2018 ("The two National Societies"), QRCS firmly committing to fund YRCS community health volunteers ("will fund"), Qatar Fund for Development financing the water work through a grant to QRCS (passive), YRCS delegation received at QFFD "on Monday" (20 Oct), Qatar Islamic Bank cash donation to QRCS "on Sunday" (19 Oct); people in the shapes "X, Secretary-General of QRCS", "his Yemeni counterpart, X, Secretary General of YRCS", "Eng. X, who heads the society's Relief and International Development Division", "X, QFFD Director of Development Projects", and a media contact (named person with post: counted); traps: Yemeni ambassador by title only and present at the signing (not a signatory, embassy not a party), joint blood project only "will discuss", invitation to an unnamed third Gulf society not answered, QNA cited as source of UN figures, "About QRCS" boilerplate with Movement / IFRC membership.
lm02 - wire story with hard line breaks (BAGHDAD, Feb 18, 2026 (Reuters)): Iraqi Red Crescent / WFP memorandum of understanding signed "on Tuesday" (17 Feb) in Baghdad by the IRCS president and the WFP Iraq country director, KSrelief grant to WFP paying for the scheme (passive, "is being paid for with"), background 2017 field-level agreement IRCS / WFP ("they signed a first field-level agreement"), IRCS president's talks with the migration minister "on Monday" (16 Feb), Kuwait Red Crescent handing over winter goods to the IRCS in Mosul "on Sunday" (15 Feb); people: president, country director, minister, spokesman (two names broken across hard line breaks, gold joins them with a space; surname-only later mentions); traps: Reuters as the agency and "told Reuters", officials of the migration ministry only attending the ceremony, failed attempt to involve the KRG Joint Crisis Coordination Centre (meeting called off), WFP only hoping to extend to Anbar, ICRC official by title only and ICRC explicitly not part of the arrangement, government figures as source, reporting/editing credits.
lm03 - IFRC-style DREF operation update, Yemen flash floods (issued 4 Sep 2025): IFRC support to YRCS through the DREF approved 12 Aug ("the IFRC is helping"), one four-party Movement coordination meeting in Sana'a on 20 Aug (YRCS, IFRC, ICRC, QRCS), background tripartite Movement coordination agreement YRCS / IFRC / ICRC of 2022 ("concluded by"), ICRC backing YRCS branches with fuel and burial kits, QRCS medical team deployed to Hodeidah on 18 Aug (mission) and supporting YRCS mobile health units, Emirates Red Crescent donation handed over to the YRCS Lahj branch on 22 Aug, WFP making high-energy biscuits available to YRCS (goods), Yemen Kuwait Bank cash contribution; people: head of the disaster management department (Eng. dropped), contact lines with a named Secretary General and IFRC Operations Manager; traps: OCHA cited as source of figures, Partner National Societies generic, Saudi Red Crescent Authority only offered a team subject to clearances (no deployment), no-cost extension only considered, IFRC Head of Delegation by title only.
lm04 - HTML-ish local news page with byline and page furniture (Kuwait City, published Thu 19 Mar 2026): standing Gulf Emergency Logistics Network declared "on Wednesday" (18 Mar) by five Red Crescent bodies (alliance), Gulf Humanitarian Partnership Forum opened "from Tuesday" (17 Mar; one participation of ten organisations: the five founders incl. host KRCS, IFRC, ICRC, Kuwait Fund, and observers ARCO and the GCC Emergency Management Center), Kuwait Fund paying for the forum (passive, "were paid for by"), NBK cheque to KRCS at the opening session on Tuesday, KRCS / Kuwait Finance House cooperation agreement signed the same day with both signatories ("put their signatures to"), two separate bilateral meetings on the sidelines (SRCA president / ICRC head of regional delegation; KRCS chairman receiving an Emirates Red Crescent delegation), background 2019 KRCS / ERC MoU signed in Abu Dhabi ("The two societies"); people with H.E./Dr. honorifics dropped and one in brackets "(Qatar Red Crescent Society, Director of Partnerships)"; traps: byline, menus, "Share this", Iraqi Red Crescent invited but unable to travel, joint blood reserve only a proposal with no decision, KUNA cited as source, next edition only expected in Manama, related-article headlines and tags, cookie notice and copyright footer.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

QRCS = "Qatar Red Crescent Society"
YRCS = "Yemen Red Crescent Society"
IRCS = "Iraqi Red Crescent Society"
KRCS = "Kuwait Red Crescent Society"
SRCA = "Saudi Red Crescent Authority"
ERC = "Emirates Red Crescent"
BRCS = "Bahrain Red Crescent Society"
WFP = "World Food Programme"
KSRELIEF = "King Salman Humanitarian Aid and Relief Centre"
QFFD = "Qatar Fund for Development"
KFAED = "Kuwait Fund for Arab Economic Development"
IQ_MOMD = "Ministry of Migration and Displacement"
ARCO = "Arab Red Crescent and Red Cross Organization"
GCC_EMC = "GCC Emergency Management Center"
QIB = "Qatar Islamic Bank"
YKB = "Yemen Kuwait Bank"
NBK = "National Bank of Kuwait"
KFH = "Kuwait Finance House"

DOCS = [
    (
        "lm01_qrcs_yemen_framework_renewal.txt",
        "2025-10-22",
        [
            org(QRCS, NS, "QA", "QRCS", "Qatar Red Crescent"),
            org(YRCS, NS, "YE", "YRCS", "Yemen Red Crescent"),
            org(QFFD, GOV, "QA", "QFFD"),
            org(QIB, CO, "QA", "QIB"),
        ],
        [
            person("Khalid Rashid Al-Mannai", "Secretary-General", QRCS),
            person("Abdulwahab Saleh Al-Haddad", "Secretary General", YRCS),
            person(
                "Ali Hassan Al-Marri",
                "Head of the Relief and International Development Division",
                QRCS,
            ),
            person("Hamad Nasser Al-Kuwari", "Director of Development Projects", QFFD),
            person("Noora Saad Al-Sulaiti", "Media Officer", QRCS),
        ],
        [
            rel(
                "agreement",
                [QRCS, YRCS],
                signatories=["Khalid Rashid Al-Mannai", "Abdulwahab Saleh Al-Haddad"],
                place="Doha, Qatar",
                date="2025-10-21",
                evidence="yesterday renewed the framework agreement that guides their joint humanitarian work in Yemen",
            ),
            rel(
                "agreement",
                [QRCS, YRCS],
                date="2018",
                evidence="The two National Societies first signed a framework agreement in 2018",
            ),
            rel(
                "support",
                [QRCS, YRCS],
                evidence="QRCS will fund the monthly incentives of 120 YRCS community health volunteers",
            ),
            rel(
                "support",
                [QFFD, QRCS],
                evidence="Much of the water work in Taiz and Hajjah is financed by the Qatar Fund for Development (QFFD), which has extended its grant to QRCS",
            ),
            rel(
                "meeting",
                [YRCS, QFFD],
                place="Doha, Qatar",
                date="2025-10-20",
                evidence="On Monday, the YRCS delegation was received at the Fund by Hamad Nasser Al-Kuwari",
            ),
            rel(
                "donation",
                [QIB, QRCS],
                date="2025-10-19",
                evidence="Qatar Islamic Bank (QIB) handed QRCS a donation of QR 1.5 million",
            ),
        ],
    ),
    (
        "lm02_iraq_wfp_sinjar_cash_mou.txt",
        "2026-02-18",
        [
            org(IRCS, NS, "IQ", "Iraqi Red Crescent"),
            org(WFP, UN, None, "WFP"),
            org(KSRELIEF, GOV, "SA", "KSrelief"),
            org(IQ_MOMD, GOV, "IQ", "Ministry of Migration and Displaced", "migration ministry"),
            org(KRCS, NS, "KW", "Kuwait Red Crescent"),
        ],
        [
            person("Hayder Kadhim al-Jubouri", "President", IRCS),
            person("Maren Lindqvist", "Iraq Country Director", WFP),
            person("Salwa Hameed al-Tamimi", "Minister of Migration and Displacement", IQ_MOMD),
            person("Mohammed Khudair al-Obeidi", "Spokesman", IRCS),
        ],
        [
            rel(
                "agreement",
                [IRCS, WFP],
                signatories=["Hayder Kadhim al-Jubouri", "Maren Lindqvist"],
                place="Baghdad, Iraq",
                date="2026-02-17",
                evidence="Food Programme signed a memorandum of understanding on Tuesday to give",
            ),
            rel(
                "support",
                [KSRELIEF, WFP],
                evidence="grant to WFP from Saudi Arabia's King Salman Humanitarian Aid and Relief",
            ),
            rel(
                "agreement",
                [IRCS, WFP],
                date="2017",
                evidence="they signed a first field-level agreement for food distributions in the",
            ),
            rel(
                "meeting",
                [IRCS, IQ_MOMD],
                date="2026-02-16",
                evidence="Jubouri held talks on Monday with Migration and Displacement Minister",
            ),
            rel(
                "donation",
                [KRCS, IRCS],
                place="Mosul, Iraq",
                date="2026-02-15",
                evidence="Separately, the Kuwait Red Crescent Society on Sunday handed over 12",
            ),
        ],
    ),
    (
        "lm03_yemen_floods_dref_update.txt",
        "2025-09-04",
        [
            org(YRCS, NS, "YE", "YRCS"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(QRCS, NS, "QA", "QRCS"),
            org(ERC, NS, "AE"),
            org(WFP, UN, None, "WFP"),
            org(YKB, CO, "YE"),
        ],
        [
            person("Nabil Ahmed Al-Sharabi", "Head of the disaster management department", YRCS),
            person("Abdulwahab Saleh Al-Haddad", "Secretary General", YRCS),
            person("Lina Farouk", "Operations Manager", IFRC),
        ],
        [
            rel(
                "support",
                [IFRC, YRCS],
                date="2025-08-12",
                evidence="Through it the IFRC is helping the Yemen Red Crescent Society (YRCS) reach 35,000 people",
            ),
            rel(
                "meeting",
                [YRCS, IFRC, ICRC, QRCS],
                place="Sana'a, Yemen",
                date="2025-08-20",
                evidence="On 20 August a coordination meeting in Sana'a brought together YRCS, the IFRC, the ICRC and Qatar Red Crescent Society (QRCS)",
            ),
            rel(
                "agreement",
                [YRCS, IFRC, ICRC],
                date="2022",
                evidence="a tripartite Movement coordination agreement concluded by YRCS, the IFRC and the ICRC in 2022",
            ),
            rel(
                "support",
                [ICRC, YRCS],
                evidence="The ICRC has backed the YRCS branches in Hodeidah and Hajjah with fuel for ambulances",
            ),
            rel(
                "mission",
                [QRCS],
                place="Hodeidah, Yemen",
                date="2025-08-18",
                evidence="QRCS deployed a four-member medical team to Hodeidah on 18 August",
            ),
            rel(
                "support",
                [QRCS, YRCS],
                evidence="the team is supporting YRCS mobile health units",
            ),
            rel(
                "donation",
                [ERC, YRCS],
                place="Lahj, Yemen",
                date="2025-08-22",
                evidence="On 22 August the Emirates Red Crescent donated 2,000 food baskets and 500 family tents",
            ),
            rel(
                "donation",
                [WFP, YRCS],
                evidence="made 45 tonnes of high-energy biscuits from its Hodeidah warehouse available to YRCS",
            ),
            rel(
                "donation",
                [YKB, YRCS],
                evidence="Yemen Kuwait Bank contributed YER 60 million to the operation through the YRCS Aden branch",
            ),
        ],
    ),
    (
        "lm04_kuwait_gulf_forum_logistics_network.txt",
        "2026-03-19",
        [
            org(KRCS, NS, "KW", "KRCS", "Kuwait Red Crescent"),
            org(SRCA, NS, "SA", "SRCA"),
            org(ERC, NS, "AE"),
            org(QRCS, NS, "QA", "QRCS"),
            org(BRCS, NS, "BH", "Bahrain Red Crescent"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(KFAED, GOV, "KW", "Kuwait Fund", "KFAED"),
            org(ARCO, OTHER, None, "ARCO"),
            org(GCC_EMC, OTHER, None),
            org(NBK, CO, "KW", "NBK"),
            org(KFH, CO, "KW", "KFH"),
        ],
        [
            person("Bader Fahad Al-Otaibi", "Chairman", KRCS),
            person("Mishari Abdulaziz Al-Hajri", "Secretary General", KRCS),
            person("Dalal Yousef Al-Roumi", "Chief Community Officer", KFH),
            person("Saad Abdullah Al-Qahtani", "President", SRCA),
            person("Mathilde Renaud", "Head of the regional delegation in Kuwait", ICRC),
            person("Hamdan Saeed Al Ketbi", "Secretary General", ERC),
            person("Tarek Haddad", "Regional Director for the Middle East and North Africa", IFRC),
            person("Fatima Jassim Al-Kuwari", "Director of Partnerships", QRCS),
        ],
        [
            rel(
                "alliance",
                [KRCS, SRCA, ERC, QRCS, BRCS],
                place="Kuwait City, Kuwait",
                date="2026-03-18",
                evidence="on Wednesday declared a standing Gulf Emergency Logistics Network",
            ),
            rel(
                "participation",
                [KRCS, SRCA, ERC, QRCS, BRCS, IFRC, ICRC, KFAED, ARCO, GCC_EMC],
                event="Gulf Humanitarian Partnership Forum",
                place="Kuwait City, Kuwait",
                date="2026-03-17",
                evidence="Apart from the five founders, the forum was attended by delegations of the International Federation",
            ),
            rel(
                "support",
                [KFAED, KRCS],
                evidence="The forum's sessions were paid for by the Kuwait Fund for Arab Economic Development",
            ),
            rel(
                "donation",
                [NBK, KRCS],
                place="Kuwait City, Kuwait",
                date="2026-03-17",
                evidence="National Bank of Kuwait (NBK) presented KRCS with a cheque for KD 200,000",
            ),
            rel(
                "agreement",
                [KRCS, KFH],
                signatories=["Mishari Abdulaziz Al-Hajri", "Dalal Yousef Al-Roumi"],
                place="Kuwait City, Kuwait",
                date="2026-03-17",
                evidence="KRCS and Kuwait Finance House (KFH) signed a cooperation agreement",
            ),
            rel(
                "meeting",
                [SRCA, ICRC],
                place="Kuwait City, Kuwait",
                evidence="held talks with Mathilde Renaud, head of the ICRC regional delegation in Kuwait",
            ),
            rel(
                "meeting",
                [KRCS, ERC],
                place="Kuwait City, Kuwait",
                evidence="Dr. Al-Otaibi received an Emirates Red Crescent delegation led by its Secretary General",
            ),
            rel(
                "agreement",
                [KRCS, ERC],
                place="Abu Dhabi, United Arab Emirates",
                date="2019",
                evidence="The two societies have worked under a memorandum of understanding signed in Abu Dhabi in 2019",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
