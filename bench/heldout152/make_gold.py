"""Gold annotations for held-out set 152 (prefix kl): the Maghreb (Moroccan, Algerian, Tunisian, Libyan Red Crescent).

kl01 - press release (Rabat, 2025-03-18): Moroccan RC / Spanish RC livelihoods agreement inked "on Monday" in Marrakech (dateline-relative), Spanish RC support to the National Society, AECID financing of the Spanish RC response, Maroc Telecom gift of satellite phones to the Al Haouz branch, IFRC emergency appeal support, background 2019 protocol with the Ministry of Health and Social Protection; traps: IFRC head of delegation and unnamed governor only looked on, UNICEF / World Bank only hoped for, Médecins du Monde and Oxfam mere co-mention, "About" boilerplate on the Movement, nameless media contact; IFRC acronym used before the full name appears.
kl02 - wire story with hard line breaks (Zarzis, 2025-10-15): UNHCR funding of the Tunisian RC reception centre, IOM donation of hygiene kits "on Monday", Italian RC delegation to Tunis and talks with the Tunisian RC on Oct. 9, background 2017 MoU between the two societies; traps: TAP cited as a source, reporting/editing byline, widened MoU only intended, SOS Mediterranee and rights groups mere co-mention, National Guard (employer of a named spokesman) in no relation.
kl03 - IFRC-style operation update (Libya, Kufra, issued 2025-06-02): IFRC appeal support to the LRC (acronym used before it is defined), IFRC surge team sent to Kufra, one meeting of LRC/IFRC/UNHCR/WFP in Benghazi, ICRC RFL support, WHO supplying medicines, QRCS donation of ambulances; traps: Partner National Societies generic, DG ECHO proposal unconfirmed, mayor of Kufra by title only and cash pilot only planned, NCDC only approached, IFRC boilerplate.
kl04 - local news with a byline (Algiers, 2025-11-24): ICRC / Algerian RC agreement extended "yesterday", ICRC financing of the CRA tracing service, participation of eight organisations in the Maghreb Forum on Missing Migrants, a coalition of the five Maghreb societies, ICRC courtesy call on the Ministry of Justice (minister by title only), background 1999 arrangement with the ministry, Sonatrach ambulances "last month"; traps: byline, Egyptian RC invited but absent, APS cited as a source, ambassadors only attended, Ministry of National Solidarity agreement only sought.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

MRC = "Moroccan Red Crescent"
SPRC = "Spanish Red Cross"
AECID = "Spanish Agency for International Development Cooperation"
MOH_MA = "Ministry of Health and Social Protection"
TRC = "Tunisian Red Crescent"
ITRC = "Italian Red Cross"
IOM = "International Organization for Migration"
UNHCR = "United Nations High Commissioner for Refugees"
LRC = "Libyan Red Crescent"
QRCS = "Qatar Red Crescent Society"
WHO = "World Health Organization"
WFP = "World Food Programme"
CRA = "Algerian Red Crescent"
MRRC = "Mauritanian Red Crescent"
MOJ_DZ = "Ministry of Justice"

DOCS = [
    (
        "kl01_morocco_spanish_rc_haouz.txt",
        "2025-03-18",
        [
            org(MRC, NS, "MA", "Croissant-Rouge marocain"),
            org(SPRC, NS, "ES", "Cruz Roja Española"),
            org(AECID, GOV, "ES", "AECID"),
            org("Maroc Telecom", CO, "MA"),
            org(IFRC, MB, None, "IFRC"),
            org(MOH_MA, GOV, "MA"),
        ],
        [
            person("Youssef El Amrani", "Secretary General", MRC),
            person("Lucía Herrero Calvo", "Head of International Cooperation", SPRC),
            person("Karim Oubella", "Head of Delegation for the Maghreb", IFRC),
            person("Hicham Bensaid", "Regional Director for Marrakech-Safi", "Maroc Telecom"),
        ],
        [
            rel(
                "agreement",
                [MRC, SPRC],
                signatories=["Youssef El Amrani", "Lucía Herrero Calvo"],
                place="Marrakech, Morocco",
                date="2025-03-17",
                evidence="The Moroccan Red Crescent and the Spanish Red Cross (Cruz Roja Española) on Monday inked a three-year cooperation agreement",
            ),
            rel(
                "support",
                [SPRC, MRC],
                evidence="the Spanish Red Cross has supported the National Society since the first week after the disaster",
            ),
            rel(
                "support",
                [AECID, SPRC],
                date="2023-10",
                evidence="Its earthquake response in Morocco has been financed since October 2023 by the Spanish Agency for International Development Cooperation (AECID)",
            ),
            rel(
                "donation",
                ["Maroc Telecom", MRC],
                place="Tahannaout, Morocco",
                date="2025-03-17",
                evidence="Maroc Telecom handed over 40 satellite telephones and 25 solar charging kits to the Moroccan Red Crescent's Al Haouz branch",
            ),
            rel(
                "support",
                [IFRC, MRC],
                evidence="the International Federation of Red Cross and Red Crescent Societies has backed the Moroccan Red Crescent through its emergency appeal",
            ),
            rel(
                "agreement",
                [MRC, MOH_MA],
                date="2019",
                evidence="the protocol that the Moroccan Red Crescent concluded with the Ministry of Health and Social Protection in 2019",
            ),
        ],
    ),
    (
        "kl02_tunisia_zarzis_boat.txt",
        "2025-10-15",
        [
            org(TRC, NS, "TN"),
            org("National Guard", GOV, "TN"),
            org(UNHCR, UN, None, "UNHCR", "UN refugee agency"),
            org(IOM, UN, None, "IOM"),
            org(ITRC, NS, "IT"),
        ],
        [
            person("Mourad Trabelsi", "Spokesman", "National Guard"),
            person("Leila Gharbi", "Coordinator of the migration programme in the south", TRC),
            person("Giulia Marchetti", "Vice-President", ITRC),
            person("Hichem Ben Salah", "Secretary General", TRC),
            person("Anis Mejri", "Head of the Zarzis branch", TRC),
        ],
        [
            rel(
                "support",
                [UNHCR, TRC],
                place="Medenine, Tunisia",
                evidence="The centre is run by the Tunisian Red\nCrescent with funding from the UN refugee agency UNHCR",
            ),
            rel(
                "donation",
                [IOM, TRC],
                place="Medenine, Tunisia",
                date="2025-10-13",
                evidence="Monday the International Organization for Migration delivered\n2,000 hygiene kits and 1,500 thermal blankets to the society's\nMedenine branch as a donation",
            ),
            rel(
                "mission",
                [ITRC],
                place="Tunis, Tunisia",
                date="2025-10-09",
                evidence="the Italian Red Cross\nsent a delegation to Tunis for talks on coordination at sea",
            ),
            rel(
                "meeting",
                [ITRC, TRC],
                place="Tunis, Tunisia",
                date="2025-10-09",
                evidence="Giulia Marchetti, the Italian society's vice-president, met\nHichem Ben Salah, secretary general of the Tunisian Red\nCrescent, on Oct. 9",
            ),
            rel(
                "agreement",
                [ITRC, TRC],
                date="2017",
                evidence="since 2017, when they signed a memorandum of understanding",
            ),
        ],
    ),
    (
        "kl03_libya_kufra_update.txt",
        "2025-06-02",
        [
            org(LRC, NS, "LY", "LRC"),
            org(IFRC, MB, None, "IFRC"),
            org(UNHCR, UN, None, "UNHCR"),
            org(WFP, UN, None, "WFP"),
            org(ICRC, MB, None, "ICRC"),
            org(WHO, UN, None, "WHO"),
            org(QRCS, NS, "QA", "QRCS"),
        ],
        [
            person("Marwan Al-Tajouri", "Secretary General", LRC),
            person("Abdelhakim Bensalem", "Head of the Kufra branch", LRC),
            person("Ingrid Sørensen", "Operations Manager", IFRC),
        ],
        [
            rel(
                "support",
                [IFRC, LRC],
                evidence="This Emergency Appeal enables the IFRC to support the Libyan Red Crescent (LRC)",
            ),
            rel(
                "mission",
                [IFRC],
                place="Kufra, Libya",
                date="2025-05-08",
                evidence="the IFRC deployed a three-person surge team (health, logistics and information management) to Kufra on 8 May",
            ),
            rel(
                "meeting",
                [LRC, IFRC, UNHCR, WFP],
                place="Benghazi, Libya",
                date="2025-05-27",
                evidence="On 27 May, LRC and IFRC representatives met UNHCR and the World Food Programme (WFP) in Benghazi",
            ),
            rel(
                "support",
                [ICRC, LRC],
                evidence="The ICRC continues to support the LRC's Restoring Family Links service in Kufra",
            ),
            rel(
                "support",
                [WHO, LRC],
                evidence="Medicines and cholera preparedness supplies for these clinics are being provided by the World Health Organization (WHO)",
            ),
            rel(
                "donation",
                [QRCS, LRC],
                place="Kufra, Libya",
                date="2025-05-21",
                evidence="the Qatar Red Crescent Society (QRCS) donated two fully equipped ambulances and a stock of trauma kits to the Kufra branch",
            ),
        ],
    ),
    (
        "kl04_algeria_icrc_cra_forum.txt",
        "2025-11-24",
        [
            org(ICRC, MB, None, "ICRC"),
            org(CRA, NS, "DZ", "CRA"),
            org(TRC, NS, "TN"),
            org(MRC, NS, "MA"),
            org(LRC, NS, "LY"),
            org(MRRC, NS, "MR"),
            org(IFRC, MB, None, "IFRC"),
            org(IOM, UN, None),
            org(MOJ_DZ, GOV, "DZ"),
            org("Sonatrach", CO, "DZ"),
        ],
        [
            person("Nadia Khelifi", "President", CRA),
            person("Stefan Brunner", "Head of the ICRC delegation in Algeria", ICRC),
            person("Marwan Al-Tajouri", "Secretary General", LRC),
        ],
        [
            rel(
                "agreement",
                [ICRC, CRA],
                signatories=["Nadia Khelifi", "Stefan Brunner"],
                place="Algiers, Algeria",
                date="2025-11-23",
                evidence="The International Committee of the Red Cross and the Algerian Red Crescent yesterday extended their cooperation agreement by three years",
            ),
            rel(
                "support",
                [ICRC, CRA],
                evidence="the ICRC finances the society's tracing service",
            ),
            rel(
                "participation",
                [CRA, TRC, MRC, LRC, MRRC, ICRC, IFRC, IOM],
                event="Maghreb Forum on Missing Migrants",
                place="Algiers, Algeria",
                date="2025-11-22",
                evidence="Taking part were the Algerian Red Crescent, the Tunisian Red Crescent, the Moroccan Red Crescent, the Libyan Red Crescent and the Mauritanian Red Crescent, together with the ICRC, the International Federation of Red Cross and Red Crescent Societies (IFRC) and the International Organization for Migration",
            ),
            rel(
                "alliance",
                [CRA, TRC, MRC, LRC, MRRC],
                place="Algiers, Algeria",
                date="2025-11-23",
                evidence="the five Maghreb societies formed a coalition, the Maghreb Red Crescent Network on Missing Migrants",
            ),
            rel(
                "meeting",
                [ICRC, MOJ_DZ],
                date="2025-11-22",
                evidence="Mr Brunner also paid a courtesy call on Saturday on the Minister of Justice",
            ),
            rel(
                "agreement",
                [ICRC, MOJ_DZ],
                date="1999",
                evidence="under an arrangement concluded with the Ministry of Justice in 1999",
            ),
            rel(
                "donation",
                ["Sonatrach", CRA],
                date="2025-10",
                evidence="Last month the state energy group Sonatrach donated 15 ambulances to the society",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
