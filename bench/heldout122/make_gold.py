"""Gold annotations for held-out set 122 (prefix gf): Central Asia and the Caucasus.

gf01 - translated-sounding Tajik emergency-committee news item; long ceremonial titles, an unnamed
       "Leader of the Nation", "yesterday" dateline resolution, a 2018 background MoU, a handover of
       goods, UNICEF donation to the NS, and a plan to renew the memorandum (not a relation)
gf02 - ICRC regional delegation operational update (family links, detention visits); bullet figures,
       several separate bilateral supports, an RFL agreement with signatories, a three-party working
       meeting with a handover, a plan with the Kyrgyz NS and generic "authorities" (not relations)
gf03 - Georgian NS press release on an MoU with a long-named ministry; ICRC/IFRC heads only present at
       the signing, a 2019 background agreement, funding channelled ADA -> Austrian RC -> RCSG, WHO
       support, and an Armenian background agreement "last year"; exchange visit is only a plan
gf04 - newspaper report of a named sub-regional meeting (ten organisations, "Tuesday and Wednesday"),
       a sideline protocol with signatories, separate bilateral talks, IFRC support to the host, and
       a request/plan for the next meeting (not relations)
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NS, UN, org, person, rel, write_gold  # noqa: E402

COES = "Committee of Emergency Situations and Civil Defence under the Government of the Republic of Tajikistan"
RCST = "Red Crescent Society of Tajikistan"
RCSU = "Red Crescent Society of Uzbekistan"
RCSTM = "Red Crescent Society of Turkmenistan"
RCSK = "Red Crescent Society of Kyrgyzstan"
KRC = "Kazakh Red Crescent"
PEN = "Penitentiary Service under the Ministry of Justice of the Kyrgyz Republic"
MOH_KG = "Ministry of Health of the Kyrgyz Republic"
MOJ_TJ = "Ministry of Justice of the Republic of Tajikistan"
RCSG = "Red Cross Society of Georgia"
MIN_GE = "Ministry of Internally Displaced Persons from the Occupied Territories, Labour, Health and Social Affairs of Georgia"
ADA = "Austrian Development Agency"
ARC = "Austrian Red Cross"
WHO = "World Health Organization"
ARCS = "Armenian Red Cross Society"
MLSA_AM = "Ministry of Labour and Social Affairs of the Republic of Armenia"
TRC = "Turkish Red Crescent"
RRC = "Russian Red Cross"
AZRCS = "Azerbaijan Red Crescent Society"

SUBREG = "14th Sub-regional Meeting of Central Asian National Societies"
SUBREG_ORGS = [KRC, RCSK, RCST, RCSTM, RCSU, IFRC, ICRC, TRC, RRC, AZRCS]

DOCS = [
    (
        "gf01_committee_receives_delegation.txt",
        "2025-04-17",
        [
            org(COES, GOV, "TJ", "Committee"),
            org(RCST, NS, "TJ", "Red Crescent Society", "Society"),
            org(IFRC, MB, None, "IFRC", "International Federation"),
            org("United Nations Children's Fund", UN, None, "UNICEF"),
        ],
        [
            person("Bahrom Nazarzoda", "Chairman", COES),
            person("Madina Rahimzoda", "Chairperson", RCST),
            person(
                "Tomasz Wierzbicki", "Head of the Country Cluster Delegation for Central Asia", IFRC
            ),
            person("Sherali Qodirov", "Head of the Department of International Relations", COES),
            person("Farrukh Davlatov", "Secretary General", RCST),
        ],
        [
            rel(
                "meeting",
                [COES, RCST, IFRC],
                place="Dushanbe, Tajikistan",
                date="2025-04-16",
                evidence="Lieutenant General Bahrom Nazarzoda, received a delegation headed by the Chairperson of the Red Crescent Society of Tajikistan",
            ),
            rel(
                "agreement",
                [COES, RCST],
                date="2018",
                evidence="on the basis of the Memorandum of Mutual Understanding signed by the sides in 2018",
            ),
            rel(
                "donation",
                [RCST, COES],
                date="2025-04-16",
                evidence="the Red Crescent Society of Tajikistan handed over to the Committee 250 family tents, 1,200 blankets and 40 electric generators",
            ),
            rel(
                "support",
                [IFRC, RCST],
                evidence="the disaster preparedness programme implemented with the support of the IFRC",
            ),
            rel(
                "support",
                [IFRC, RCST],
                evidence="the International Federation will continue to assist the Red Crescent Society of Tajikistan",
            ),
            rel(
                "donation",
                ["United Nations Children's Fund", RCST],
                evidence="600 hygiene kits for families with small children, which had been donated to the Society by the United Nations Children's Fund (UNICEF) in Tajikistan",
            ),
        ],
    ),
    (
        "gf02_icrc_central_asia_update.txt",
        "2025-05-08",
        [
            org(ICRC, MB, None, "ICRC"),
            org(RCSU, NS, "UZ"),
            org(RCST, NS, "TJ"),
            org(KRC, NS, "KZ"),
            org(RCSTM, NS, "TM"),
            org(PEN, GOV, "KG", "Penitentiary Service"),
            org(MOH_KG, GOV, "KG"),
            org(MOJ_TJ, GOV, "TJ"),
        ],
        [
            person("Lukas Baumann", "Head of the ICRC Regional Delegation for Central Asia", ICRC),
            person("Saule Zhaksybekova", "Chairperson", KRC),
            person("Sino Yusufzoda", "First Deputy Minister of Justice", MOJ_TJ),
            person("Dilnoza Ergasheva", "protection coordinator", ICRC),
        ],
        [
            rel(
                "support",
                [ICRC, RCSU],
                evidence="the Red Crescent Society of Uzbekistan ran family-links services in all 14 of its regional branches, with financial and technical support from the ICRC",
            ),
            rel(
                "support",
                [ICRC, RCST],
                evidence="With ICRC funding, volunteers of the Red Crescent Society of Tajikistan facilitated 214 video calls",
            ),
            rel(
                "agreement",
                [ICRC, KRC],
                signatories=["Lukas Baumann", "Saule Zhaksybekova"],
                place="Astana, Kazakhstan",
                date="2025-03-12",
                evidence="On 12 March, the ICRC and the Kazakh Red Crescent signed a new cooperation agreement on restoring family links in Astana",
            ),
            rel(
                "support",
                [ICRC, RCSTM],
                place="Ashgabat, Turkmenistan",
                evidence="the ICRC delivered a three-day course for 22 staff and volunteers of the Red Crescent Society of Turkmenistan",
            ),
            rel(
                "meeting",
                [ICRC, PEN, MOH_KG],
                place="Bishkek, Kyrgyzstan",
                date="2025-04-03",
                evidence="On 3 April, the ICRC and the Penitentiary Service under the Ministry of Justice of the Kyrgyz Republic held a working meeting in Bishkek",
            ),
            rel(
                "donation",
                [ICRC, PEN],
                place="Bishkek, Kyrgyzstan",
                date="2025-04-03",
                evidence="the ICRC handed over to the Penitentiary Service two portable X-ray units and laboratory supplies for TB diagnosis",
            ),
            rel(
                "meeting",
                [ICRC, MOJ_TJ],
                place="Dushanbe, Tajikistan",
                date="2025-02-24",
                evidence="Mr Baumann met on 24 February with the First Deputy Minister of Justice of the Republic of Tajikistan, Sino Yusufzoda",
            ),
        ],
    ),
    (
        "gf03_georgia_ministry_memorandum.txt",
        "2025-02-26",
        [
            org(RCSG, NS, "GE", "RCSG"),
            org(MIN_GE, GOV, "GE", "Ministry"),
            org(ICRC, MB, None, "ICRC"),
            org(IFRC, MB, None, "IFRC"),
            org(ADA, GOV, "AT", "ADA"),
            org(ARC, NS, "AT"),
            org(WHO, UN, None, "WHO"),
            org(ARCS, NS, "AM"),
            org(MLSA_AM, GOV, "AM"),
        ],
        [
            person("Nino Kapanadze", "Secretary General", RCSG),
            person("Levan Beridze", "First Deputy Minister", MIN_GE),
            person("Anna Keller", "Head of the ICRC Delegation in Tbilisi", ICRC),
            person(
                "Mikael Sørensen",
                "Head of the IFRC Country Cluster Delegation for the South Caucasus",
                IFRC,
            ),
        ],
        [
            rel(
                "agreement",
                [RCSG, MIN_GE],
                signatories=["Nino Kapanadze", "Levan Beridze"],
                place="Tbilisi, Georgia",
                date="2025-02-26",
                evidence="today signed a Memorandum of Understanding that will bring home-based care and first aid services",
            ),
            rel(
                "agreement",
                [RCSG, MIN_GE],
                date="2019",
                evidence="the cooperation agreement first concluded between the Society and the Ministry in 2019",
            ),
            rel(
                "support",
                [ADA, RCSG],
                evidence="The home-care programme has run since 2016 with funding from the Austrian Development Agency (ADA)",
            ),
            rel(
                "support",
                [ADA, ARC],
                evidence="with funding from the Austrian Development Agency (ADA), channelled through the Austrian Red Cross",
            ),
            rel(
                "support",
                [ARC, RCSG],
                evidence="channelled through the Austrian Red Cross, which has also seconded a health delegate to Tbilisi",
            ),
            rel(
                "support",
                [WHO, RCSG],
                evidence="the World Health Organization (WHO) Country Office in Georgia supported the RCSG in developing heatwave guidance",
            ),
            rel(
                "agreement",
                [ARCS, MLSA_AM],
                date="2024",
                evidence="Last year, the Armenian Red Cross Society concluded a similar agreement with the Ministry of Labour and Social Affairs of the Republic of Armenia",
            ),
        ],
    ),
    (
        "gf04_almaty_subregional_meeting.txt",
        "2025-06-12",
        [
            org(KRC, NS, "KZ"),
            org(RCSK, NS, "KG"),
            org(RCST, NS, "TJ"),
            org(RCSTM, NS, "TM"),
            org(RCSU, NS, "UZ"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(TRC, NS, "TR", "Türk Kızılay"),
            org(RRC, NS, "RU"),
            org(AZRCS, NS, "AZ"),
        ],
        [
            person("Daniyar Mukhametov", "Chairman", KRC),
            person("Martin Aebi", "Head of the ICRC Regional Delegation for Central Asia", ICRC),
            person("Ogulgerek Annayeva", "Chairperson", RCSTM),
            person("Emre Yıldırım", "Vice President", TRC),
            person("Shukhrat Karimov", "Chairman", RCSU),
            person("Olga Zhukova", "Deputy Chairperson", RRC),
            person("Gulnara Abdrakhmanova", "Secretary General", RCSK),
            person("Birgitte Holm", "Deputy Regional Director for Europe", IFRC),
        ],
        [
            rel(
                "participation",
                SUBREG_ORGS,
                event=SUBREG,
                place="Almaty, Kazakhstan",
                date="2025-06-10",
                evidence="gathered in Almaty on Tuesday and Wednesday for the 14th Sub-regional Meeting of Central Asian National Societies",
            ),
            rel(
                "meeting",
                SUBREG_ORGS,
                event=SUBREG,
                place="Almaty, Kazakhstan",
                date="2025-06-10",
                evidence="The two-day meeting was hosted by the Kazakh Red Crescent",
            ),
            rel(
                "support",
                [IFRC, KRC],
                place="Almaty, Kazakhstan",
                date="2025-06-10",
                evidence="organised with the support of the IFRC Country Cluster Delegation for Central Asia",
            ),
            rel(
                "agreement",
                [TRC, RCSU],
                signatories=["Emre Yıldırım", "Shukhrat Karimov"],
                place="Almaty, Kazakhstan",
                date="2025-06",
                evidence="Türk Kızılay and the Red Crescent Society of Uzbekistan signed a protocol on cooperation in humanitarian logistics and warehousing",
            ),
            rel(
                "meeting",
                [RRC, RCSK],
                place="Almaty, Kazakhstan",
                date="2025-06",
                evidence="Olga Zhukova, Deputy Chairperson of the Russian Red Cross, held bilateral talks with Gulnara Abdrakhmanova",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
