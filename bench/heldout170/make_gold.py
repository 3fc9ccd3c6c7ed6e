"""Gold annotations for held-out set 170 (prefix ld): Central Asia (Red Crescent Societies of Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan and Turkmenistan; mudflows, an earthquake, the Aga Khan Agency for Habitat, regional centres CESDRR and CAREC, telecom operators and banks).

ld01 - national society press release (Almaty, 21 May 2025): Red Crescent Society of Kazakhstan / Kcell memorandum of understanding signed in Almaty "yesterday" (signatories: the society's secretary general and Kcell's chief commercial officer), background 2019 cooperation agreement with the Ministry of Emergency Situations ("the ministry"), Halyk Bank transfer of 25 million tenge "last Friday" (donation, "the bank", recipient named "the Red Crescent"), the society's President (Dr., dropped) holding talks with the head of the IFRC Country Cluster Delegation "later on Tuesday"; traps: regional branch head only present at the ceremony (a named person with post: counted, not a signatory), akim of Talgar district by title only and only "would help", warnings that the ministry "will" issue, Kazhydromet forecast and the Kazinform news agency cited as sources, a second operator and Turkestan extension only hoped for / proposed, "About" boilerplate with IFRC membership, media contact (a named person with post: counted).
ld02 - wire story with hard line breaks (DUSHANBE, Oct 8, 2025 (Reuters)): Red Crescent Society of Tajikistan teams sent into Rasht and Tojikobod "on Sunday" (mission), Aga Khan Agency for Habitat (AKAH) engineers helping the Red Crescent teams (support), one coordination meeting "on Tuesday" in Dushanbe of five parties (the Committee of Emergency Situations and Civil Defence as chair, the Red Crescent, AKAH, UNICEF, WFP), Tcell gift of 300,000 somoni to the appeal (donation, announced on Tuesday), German Red Cross funding the Tajik society's programme since 2021 and releasing more (support); people in the shapes "who heads the society's disaster management department", "AKAH's chief executive in Tajikistan", "UNICEF's representative in Tajikistan, X"; traps: Reuters as the agency, committee first deputy chairman by title only, Asia-Plus cited as source, Kyrgyz Red Crescent only ready to help if asked, failed government / Asian Development Bank talks with further talks only planned, reporting/editing credits.
ld03 - IFRC-style DREF operation update, mudflows in Jalal-Abad and Osh regions of Kyrgyzstan (issued 19 June 2026): IFRC DREF allocation released on 5 June to enable the RCSK (support), agreement RCSK / Ministry of Emergency Situations renewed in 2024 (background), Turkish Red Crescent shelter team deployed to Jalal-Abad on 8 June (mission) and helping RCSK branch staff (support), satellite imagery shared with the RCSK on 6 June by CESDRR (passive support), one three-party meeting on 9 June in Bishkek (RCSK Secretary General, IFRC head of country cluster delegation, Deputy Minister with "Eng." dropped), MegaCom handing over power banks and airtime on 11 June (donation); traps: Kyrgyzhydromet cited as source, the President of the Kyrgyz Republic by title only, Partner National Societies generic, Swiss Red Cross only "may consider" funding, Kabar news agency cited, possible extension, contact lines with titles only.
ld04 - HTML-ish news page of the Red Crescent Society of Uzbekistan with page furniture (menus, breadcrumbs, view counter, "Share this", related news, cookie banner; published 27.11.2025): Central Asian Forum on Disaster Preparedness and Climate Resilience in Tashkent closing "yesterday" (one participation of twelve: two hosts, eight delegations, of which four named in compressed form "the Red Crescent Societies of Kazakhstan, Kyrgyzstan, Tajikistan and Turkmenistan", and two observers), alliance of the five Central Asian societies (Central Asia Red Crescent Climate Network, "a standing coalition") launched on the closing day, RCSU / Turkmen Red Crescent protocol signed "on Tuesday" (signatories; the minister only witnessed it, H.E. dropped), minister receiving the ICRC regional head (Dr. dropped) for a courtesy call on the first day, IFRC regional director's two separate bilateral meetings (Tajik and Kazakh societies), background 2017 framework agreement RCSU / ministry, Ucell support for the forum; traps: Afghan Red Crescent invited but absent, Japanese Red Cross proposal only, joint stockpile only to be discussed, next forum only offered, "(Kazakhstan)" bracket after the CAREC director's name, RCSU press service and UzA cited as sources, related-news headlines, "About the Movement" boilerplate.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

RCS_KZ = "Red Crescent Society of Kazakhstan"
RCS_KG = "Red Crescent Society of Kyrgyzstan"
RCS_TJ = "Red Crescent Society of Tajikistan"
RCS_UZ = "Red Crescent Society of Uzbekistan"
RCS_TM = "Red Crescent Society of Turkmenistan"
TRC = "Turkish Red Crescent"
GRC = "German Red Cross"
MRCS = "Mongolian Red Cross Society"
AZRCS = "Azerbaijan Red Crescent Society"
AKAH = "Aga Khan Agency for Habitat"
UNICEF = "United Nations Children's Fund"
WFP = "World Food Programme"
KZ_MES = "Ministry of Emergency Situations of the Republic of Kazakhstan"
KG_MES = "Ministry of Emergency Situations of the Kyrgyz Republic"
UZ_MES = "Ministry of Emergency Situations of the Republic of Uzbekistan"
TJ_COES = "Committee of Emergency Situations and Civil Defence"
CESDRR = "Center for Emergency Situations and Disaster Risk Reduction"
CAREC = "Regional Environmental Centre for Central Asia"
KCELL = "Kcell"
HALYK = "Halyk Bank"
TCELL = "Tcell"
MEGACOM = "MegaCom"
UCELL = "Ucell"

DOCS = [
    (
        "ld01_kazakhstan_kcell_mudflow_alerts.txt",
        "2025-05-21",
        [
            org(RCS_KZ, NS, "KZ", "Kazakh Red Crescent", "Kazakhstan Red Crescent"),
            org(KCELL, CO, "KZ"),
            org(KZ_MES, GOV, "KZ", "Ministry of Emergency Situations"),
            org(HALYK, CO, "KZ", "Halyk"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [
            person("Saule Temirbekova", "Secretary General", RCS_KZ),
            person("Ruslan Abenov", "Chief Commercial Officer", KCELL),
            person("Yerlan Dzhaksybekov", "Head of the Almaty regional branch", RCS_KZ),
            person("Gulnara Iskakova", "Director for Sustainable Development", HALYK),
            person("Marat Zhaksylykov", "President", RCS_KZ),
            person(
                "Tomasz Wierzbicki",
                "Head of the IFRC Country Cluster Delegation for Central Asia",
                IFRC,
            ),
            person("Dana Omarova", "Head of Communications", RCS_KZ),
        ],
        [
            rel(
                "agreement",
                [RCS_KZ, KCELL],
                signatories=["Saule Temirbekova", "Ruslan Abenov"],
                place="Almaty, Kazakhstan",
                date="2025-05-20",
                evidence="The Red Crescent Society of Kazakhstan and the mobile operator Kcell signed a memorandum of understanding in Almaty yesterday",
            ),
            rel(
                "agreement",
                [RCS_KZ, KZ_MES],
                date="2019",
                evidence="the cooperation agreement it concluded with the ministry back in 2019",
            ),
            rel(
                "donation",
                [HALYK, RCS_KZ],
                date="2025-05-16",
                evidence="Last Friday the bank transferred 25 million tenge to the Red Crescent",
            ),
            rel(
                "meeting",
                [RCS_KZ, IFRC],
                place="Almaty, Kazakhstan",
                date="2025-05-20",
                evidence="Later on Tuesday the society's President, Dr. Marat Zhaksylykov, held talks with Tomasz Wierzbicki",
            ),
        ],
    ),
    (
        "ld02_tajikistan_rasht_quake_wire.txt",
        "2025-10-08",
        [
            org(RCS_TJ, NS, "TJ", "Tajik Red Crescent"),
            org(AKAH, NGO, None, "AKAH"),
            org(
                TJ_COES,
                GOV,
                "TJ",
                "Committee of Emergency Situations and Civil Defence under the Government of the Republic of Tajikistan",
            ),
            org(UNICEF, UN, None, "UNICEF"),
            org(WFP, UN, None, "WFP"),
            org(TCELL, CO, "TJ"),
            org(GRC, NS, "DE"),
        ],
        [
            person("Farrukh Nazarov", "Head of the disaster management department", RCS_TJ),
            person("Shodmon Khudoyorov", "Chief Executive in Tajikistan", AKAH),
            person("Elena Marchetti", "Representative in Tajikistan", UNICEF),
        ],
        [
            rel(
                "mission",
                [RCS_TJ],
                place="Rasht, Tajikistan",
                date="2025-10-05",
                evidence="The Red Crescent Society of Tajikistan said it had sent 14 rapid",
            ),
            rel(
                "support",
                [AKAH, RCS_TJ],
                evidence="Engineers from the Aga Khan Agency for Habitat (AKAH) are helping",
            ),
            rel(
                "meeting",
                [TJ_COES, RCS_TJ, AKAH, UNICEF, WFP],
                place="Dushanbe, Tajikistan",
                date="2025-10-07",
                evidence="At a coordination meeting in Dushanbe on Tuesday, chaired by the",
            ),
            rel(
                "donation",
                [TCELL, RCS_TJ],
                evidence="Mobile operator Tcell said on Tuesday it had given 300,000 somoni",
            ),
            rel(
                "support",
                [GRC, RCS_TJ],
                evidence="The German Red Cross, which has funded a community disaster",
            ),
        ],
    ),
    (
        "ld03_kyrgyzstan_mudflows_dref_update.txt",
        "2026-06-19",
        [
            org(RCS_KG, NS, "KG", "RCSK", "Kyrgyz Red Crescent"),
            org(IFRC, MB, None, "IFRC"),
            org(KG_MES, GOV, "KG", "MES", "Ministry of Emergency Situations"),
            org(TRC, NS, "TR", "Türk Kızılay"),
            org(CESDRR, OTHER, None, "CESDRR"),
            org(MEGACOM, CO, "KG"),
        ],
        [
            person("Emre Kaya", "Shelter team leader", TRC),
            person("Chynara Abdyldaeva", "Secretary General", RCS_KG),
            person(
                "Tomasz Wierzbicki",
                "Head of the IFRC Country Cluster Delegation for Central Asia",
                IFRC,
            ),
            person("Bakyt Sultanaliev", "Deputy Minister of Emergency Situations", KG_MES),
        ],
        [
            rel(
                "support",
                [IFRC, RCS_KG],
                date="2026-06-05",
                evidence="On 5 June the IFRC released CHF 312,480 from its Disaster Response Emergency Fund to enable the RCSK",
            ),
            rel(
                "agreement",
                [RCS_KG, KG_MES],
                date="2024",
                evidence="the agreement on cooperation in disaster management that the RCSK and the Ministry of Emergency Situations of the Kyrgyz Republic (MES) renewed in 2024",
            ),
            rel(
                "mission",
                [TRC],
                place="Jalal-Abad, Kyrgyzstan",
                date="2026-06-08",
                evidence="The Turkish Red Crescent deployed a six-person shelter team to Jalal-Abad on 8 June",
            ),
            rel(
                "support",
                [TRC, RCS_KG],
                evidence="is helping RCSK branch staff to assess damaged houses",
            ),
            rel(
                "support",
                [CESDRR, RCS_KG],
                date="2026-06-06",
                evidence="Satellite imagery of the affected valleys was shared with the RCSK on 6 June by the Center for Emergency Situations and Disaster Risk Reduction (CESDRR)",
            ),
            rel(
                "meeting",
                [RCS_KG, IFRC, KG_MES],
                place="Bishkek, Kyrgyzstan",
                date="2026-06-09",
                evidence="On 9 June, RCSK Secretary General Chynara Abdyldaeva and Tomasz Wierzbicki, Head of the IFRC Country Cluster Delegation for Central Asia, met Eng. Bakyt Sultanaliev",
            ),
            rel(
                "donation",
                [MEGACOM, RCS_KG],
                place="Jalal-Abad, Kyrgyzstan",
                date="2026-06-11",
                evidence="On 11 June the mobile operator MegaCom handed over 2,000 power banks and prepaid airtime",
            ),
        ],
    ),
    (
        "ld04_tashkent_forum_climate_network.txt",
        "2025-11-27",
        [
            org(RCS_UZ, NS, "UZ", "RCSU", "Uzbek Red Crescent"),
            org(UZ_MES, GOV, "UZ", "Ministry of Emergency Situations"),
            org(RCS_KZ, NS, "KZ", "Kazakh Red Crescent"),
            org(RCS_KG, NS, "KG", "Kyrgyz Red Crescent"),
            org(RCS_TJ, NS, "TJ", "Tajik Red Crescent"),
            org(RCS_TM, NS, "TM", "Turkmen Red Crescent"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(CESDRR, OTHER, None, "CESDRR"),
            org(CAREC, OTHER, None, "CAREC"),
            org(MRCS, NS, "MN"),
            org(AZRCS, NS, "AZ"),
            org(UCELL, CO, "UZ"),
        ],
        [
            person("Kamola Yusupova", "Chairperson", RCS_UZ),
            person("Merdan Orazov", "Chairman", RCS_TM),
            person("Bahodir Ergashev", "Minister of Emergency Situations", UZ_MES),
            person("Ines Lacroix", "Head of the ICRC Regional Delegation for Central Asia", ICRC),
            person("Jonas Brekke", "Regional Director for Europe and Central Asia", IFRC),
            person("Aliya Nurmagambetova", "Executive Director", CAREC),
        ],
        [
            rel(
                "participation",
                [
                    RCS_UZ,
                    UZ_MES,
                    RCS_KZ,
                    RCS_KG,
                    RCS_TJ,
                    RCS_TM,
                    IFRC,
                    ICRC,
                    CESDRR,
                    CAREC,
                    MRCS,
                    AZRCS,
                ],
                event="Central Asian Forum on Disaster Preparedness and Climate Resilience",
                place="Tashkent, Uzbekistan",
                date="2025-11-25",
                evidence="Delegations came from the Red Crescent Societies of Kazakhstan, Kyrgyzstan, Tajikistan and Turkmenistan",
            ),
            rel(
                "alliance",
                [RCS_UZ, RCS_KZ, RCS_KG, RCS_TJ, RCS_TM],
                place="Tashkent, Uzbekistan",
                date="2025-11-26",
                evidence="On the closing day the five Central Asian National Societies launched the Central Asia Red Crescent Climate Network, a standing coalition",
            ),
            rel(
                "agreement",
                [RCS_UZ, RCS_TM],
                signatories=["Kamola Yusupova", "Merdan Orazov"],
                place="Tashkent, Uzbekistan",
                date="2025-11-25",
                evidence="Ms Yusupova and the Chairman of the Red Crescent Society of Turkmenistan, Merdan Orazov, signed a protocol",
            ),
            rel(
                "meeting",
                [UZ_MES, ICRC],
                place="Tashkent, Uzbekistan",
                date="2025-11-25",
                evidence="Minister Ergashev also received Dr. Ines Lacroix, head of the ICRC Regional Delegation for Central Asia, for a courtesy call",
            ),
            rel(
                "meeting",
                [IFRC, RCS_TJ],
                place="Tashkent, Uzbekistan",
                evidence="held separate bilateral meetings with the leaders of the Tajik and Kazakh societies",
            ),
            rel(
                "meeting",
                [IFRC, RCS_KZ],
                place="Tashkent, Uzbekistan",
                evidence="held separate bilateral meetings with the leaders of the Tajik and Kazakh societies",
            ),
            rel(
                "agreement",
                [RCS_UZ, UZ_MES],
                date="2017",
                evidence="The RCSU and the ministry have worked together since 2017 under a framework agreement on disaster response",
            ),
            rel(
                "support",
                [UCELL, RCS_UZ],
                evidence="The forum was made possible with support from mobile operator Ucell",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
