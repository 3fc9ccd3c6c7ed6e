"""Gold annotations for held-out set 176 (prefix lj): the south-west Indian Ocean (Malagasy, Mauritius, Comoros and Seychelles Red Cross / Red Crescent, Tanzania Red Cross; cyclones and floods, PIROI, the Indian Ocean Commission, AFD, banks and shipping companies).

lj01 - national society press release (Antananarivo, 19 Feb 2026): Malagasy RC / BNGRC cooperation agreement renewed "on Tuesday" (signed by the CRM Secretary General and the BNGRC Director General, whose post comes before the name), background 2017 first protocol ("the two bodies"), AFD grant funding the CRM early-warning work, PIROI (given as "the French Red Cross's ... platform") backing the CRM's teams, BNI Madagascar gift of 120 million ariary "also on Tuesday", IOC delegation received at CRM headquarters "the day before the signing" (meeting, person "who heads the Commission's disaster risk reduction unit"); traps: CRM President (Dr., dropped) and Prefect only present at the signing, Prefect by title only, Ministry of Public Health only invited, Comoros Red Crescent only hoped-for, Direction Générale de la Météorologie cited as source, French Red Cross only in apposition, "About" boilerplate with IFRC membership, media contact (named person with post: counted).
lj02 - wire story with hard line breaks (PORT LOUIS, March 9, 2026 (AFP)): PIROI team flying in from Reunion "on Saturday" (mission to Port Louis) and helping the society run its logistics (support, in a quote: "helping us"), Mauritius Shipping Corporation carrying relief free of charge (support, passive), MCB cheque "on Friday" (donation, bank named by full name and acronym), three-party coordination meeting (Red Cross, PIROI team, NDRRMC) "on Sunday", background 2019 MoU with the Rodrigues Regional Assembly; traps: AFP as the agency ("told AFP"), Mauritius Meteorological Services cited as source, Prime Minister by title only, CMA CGM offer not finalised, Seychelles RC only "stood ready", WFP talks only due later this week, French Red Cross only in apposition, reporting/editing credits, president with "Dr." (dropped).
lj03 - IFRC-style DREF operation update, floods in the Comoros (issued 8 April 2026): IFRC DREF allocation supporting the Comoros Red Crescent (CRCo) on 24 March, PIROI deployment from La Réunion to Moroni on 26 March (mission) and handover of stock to the CRCo on 29 March (donation, "the platform"), CMA CGM waiving freight charges for "the National Society" (support), French Red Cross covering the costs of CRCo branch coordinators (support), Tanzania RC NDRT members sent to Mutsamudu on 31 March (mission + support), one five-party coordination meeting convened by the DGSC with CRCo, IFRC, UNICEF and WHO, background 2020 CRCo / DGSC protocol ("it"); traps: Météo-France La Réunion and the Ministry of Health cited as sources, Partner National Societies generic, Qatar Red Crescent only interested, Minister of the Interior by title only, extension only possible, generic DREF donor line, contact lines (two named people with posts counted, one title only).
lj04 - HTML-ish news page of the Red Cross Society of Seychelles with menu, breadcrumb, "Share this", related news, Movement line and cookie banner (Victoria, published 15 May 2026): Regional Humanitarian Preparedness Forum 12-14 May (one participation of fourteen organisations: co-organisers IOC and PIROI, "our society" as host, the minister who opened it, participants and two observers, WFP and OCHA), alliance of five named in compressed form ("the Red Cross and Red Crescent societies of Madagascar, Mauritius, Comoros and Seychelles and the French Red Cross") declared "yesterday", IOC / French Red Cross framework agreement "on Wednesday" with two signatories, AFD financing the IOC programme (passive), RCSS ("our Secretary General") talks with a Tanzania RC delegation, IFRC Regional Director's courtesy call on the Minister of Internal Affairs "on Tuesday", Nouvobanq cheque to the RCSS at the closing ceremony; traps: Tanzania RC attended but only "would consider joining", Maldivian Red Crescent invited but absent, Mayotte stockpile only discussed and to be proposed, Seychelles News Agency cited as source, Principal Secretary by title only, honorifics Hon. and Eng. (dropped), page furniture and Movement boilerplate.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

CRM = "Malagasy Red Cross Society"
MRCS = "Mauritius Red Cross Society"
CRCO = "Comoros Red Crescent"
RCSS = "Red Cross Society of Seychelles"
TRCS = "Tanzania Red Cross Society"
FRC = "French Red Cross"
PIROI = "Plateforme d'Intervention Régionale de l'Océan Indien"
IOC = "Indian Ocean Commission"
AFD = "Agence Française de Développement"
BNGRC = "Bureau National de Gestion des Risques et des Catastrophes"
BNI = "BNI Madagascar"
MCB = "Mauritius Commercial Bank"
MSCORP = "Mauritius Shipping Corporation"
NDRRMC = "National Disaster Risk Reduction and Management Centre"
RRA = "Rodrigues Regional Assembly"
CMA = "CMA CGM"
DGSC = "Direction Générale de la Sécurité Civile"
UNICEF = "United Nations Children's Fund"
WHO = "World Health Organization"
WFP = "World Food Programme"
OCHA = "United Nations Office for the Coordination of Humanitarian Affairs"
SC_MIA = "Ministry of Internal Affairs"
DRDM = "Division of Risk and Disaster Management"
NOUVOBANQ = "Nouvobanq"


def piroi():
    return org(PIROI, OTHER, "FR", "PIROI", "Indian Ocean Regional Intervention Platform")


def ioc():
    return org(IOC, OTHER, None, "IOC", "Commission de l'océan Indien", "COI")


def afd():
    return org(AFD, GOV, "FR", "AFD", "French Development Agency")


DOCS = [
    (
        "lj01_madagascar_bngrc_cyclone_agreement.txt",
        "2026-02-19",
        [
            org(CRM, NS, "MG", "Malagasy Red Cross", "Croix-Rouge Malagasy", "CRM"),
            org(BNGRC, GOV, "MG", "BNGRC", "National Office for Risk and Disaster Management"),
            afd(),
            piroi(),
            org(BNI, CO, "MG", "BNI"),
            ioc(),
        ],
        [
            person("Andry Rakotondrazaka", "Secretary General", CRM),
            person("Fanja Rasoanaivo", "Director General", BNGRC),
            person("Hanitra Ravelojaona", "President", CRM),
            person("Jean-Claude Hoareau", "Head of the disaster risk reduction unit", IOC),
            person("Lova Rakotoarisoa", "Communications Officer", CRM),
        ],
        [
            rel(
                "agreement",
                [CRM, BNGRC],
                signatories=["Andry Rakotondrazaka", "Fanja Rasoanaivo"],
                place="Antananarivo, Madagascar",
                date="2026-02-17",
                evidence="on Tuesday renewed the cooperation agreement that governs how the two organisations share early warnings",
            ),
            rel(
                "agreement",
                [CRM, BNGRC],
                date="2017",
                evidence="It replaces the first protocol between the two bodies, concluded in 2017",
            ),
            rel(
                "support",
                [AFD, CRM],
                evidence="funded through a three-year grant from the Agence Française de Développement (AFD) to the Malagasy Red Cross",
            ),
            rel(
                "support",
                [PIROI, CRM],
                evidence="backs the CRM's disaster management teams with training in warehouse management",
            ),
            rel(
                "donation",
                [BNI, CRM],
                date="2026-02-17",
                evidence="BNI Madagascar handed over a contribution of 120 million ariary to the Malagasy Red Cross",
            ),
            rel(
                "meeting",
                [IOC, CRM],
                place="Antananarivo, Madagascar",
                date="2026-02-16",
                evidence="was received by Mr Rakotondrazaka at the CRM headquarters in Ampefiloha",
            ),
        ],
    ),
    (
        "lj02_mauritius_rodrigues_cyclone_relief.txt",
        "2026-03-09",
        [
            org(MRCS, NS, "MU", "Mauritius Red Cross", "MRCS"),
            piroi(),
            org(MSCORP, CO, "MU"),
            org(MCB, CO, "MU", "MCB", "MCB Ltd"),
            org(NDRRMC, GOV, "MU", "NDRRMC"),
            org(RRA, GOV, "MU"),
        ],
        [
            person("Vikash Ramdhony", "Secretary General", MRCS),
            person("Claire Dufresne", "Head of PIROI", PIROI),
            person("Priya Gungah", "Head of corporate sustainability", MCB),
            person("Anil Beeharry", "Director", NDRRMC),
            person("Marie-Claire Lagesse", "President", MRCS),
        ],
        [
            rel(
                "mission",
                [PIROI],
                place="Port Louis, Mauritius",
                date="2026-03-07",
                evidence="platform, flew in from Reunion on Saturday and set up a logistics hub at",
            ),
            rel(
                "support",
                [PIROI, MRCS],
                evidence="They are helping us track every tarpaulin and jerrycan from Port Louis to",
            ),
            rel(
                "support",
                [MSCORP, MRCS],
                evidence="Mauritius Shipping Corporation aboard its cargo vessel, the society said.",
            ),
            rel(
                "donation",
                [MCB, MRCS],
                date="2026-03-06",
                evidence="On Friday the Mauritius Commercial Bank (MCB) handed the Red Cross a",
            ),
            rel(
                "meeting",
                [MRCS, PIROI, NDRRMC],
                place="Port Louis, Mauritius",
                date="2026-03-08",
                evidence="Disaster Risk Reduction and Management Centre (NDRRMC) met in Port Louis",
            ),
            rel(
                "agreement",
                [MRCS, RRA],
                date="2019",
                evidence="understanding the society signed with the Rodrigues Regional Assembly in",
            ),
        ],
    ),
    (
        "lj03_comoros_floods_dref_update.txt",
        "2026-04-08",
        [
            org(CRCO, NS, "KM", "Croissant-Rouge Comorien", "CRCo", "Comoros Red Crescent Society"),
            org(IFRC, MB, None, "IFRC"),
            piroi(),
            org(FRC, NS, "FR", "Croix-Rouge française"),
            org(CMA, CO, "FR", "CMA CGM Group"),
            org(TRCS, NS, "TZ", "TRCS", "Tanzania Red Cross"),
            org(DGSC, GOV, "KM", "DGSC", "General Directorate of Civil Security"),
            org(UNICEF, UN, None, "UNICEF"),
            org(WHO, UN, None, "WHO"),
        ],
        [
            person("Neema Mwakalinga", "Disaster Management Coordinator", TRCS),
            person("Ibrahim Mzimba", "Director General", DGSC),
            person("Moinadjoumoi Ahamada", "Secretary General", CRCO),
            person("Erik Lindqvist", "Head of Delegation", IFRC),
        ],
        [
            rel(
                "support",
                [IFRC, CRCO],
                date="2026-03-24",
                evidence="allocated from the IFRC's Disaster Response Emergency Fund (DREF) to support the Comoros Red Crescent",
            ),
            rel(
                "mission",
                [PIROI],
                place="Moroni, Comoros",
                date="2026-03-26",
                evidence="deployed a logistics delegate and a water and sanitation technician from La Réunion to Moroni on 26 March",
            ),
            rel(
                "donation",
                [PIROI, CRCO],
                date="2026-03-29",
                evidence="On 29 March the platform handed over 1,200 tarpaulins, 800 hygiene kits and 2,000 jerrycans from its regional stock to the CRCo",
            ),
            rel(
                "support",
                [CMA, CRCO],
                evidence="shipped from Le Port to Moroni by CMA CGM, which waived all freight charges for the National Society",
            ),
            rel(
                "support",
                [FRC, CRCO],
                evidence="is also covering the costs of two CRCo branch coordinators",
            ),
            rel(
                "mission",
                [TRCS],
                place="Mutsamudu, Comoros",
                date="2026-03-31",
                evidence="On 31 March the Tanzania Red Cross Society (TRCS) sent two members of its National Disaster Response Team to Mutsamudu",
            ),
            rel(
                "support",
                [TRCS, CRCO],
                evidence="where they are helping CRCo volunteers roll out household water treatment",
            ),
            rel(
                "meeting",
                [DGSC, CRCO, IFRC, UNICEF, WHO],
                place="Moroni, Comoros",
                date="2026-03-30",
                evidence="On 30 March the Direction Générale de la Sécurité Civile (DGSC) convened a coordination meeting in Moroni with the CRCo, the IFRC, UNICEF and the World Health Organization (WHO)",
            ),
            rel(
                "agreement",
                [CRCO, DGSC],
                date="2020",
                evidence="In line with the protocol it signed with the DGSC in 2020",
            ),
        ],
    ),
    (
        "lj04_victoria_forum_island_network.txt",
        "2026-05-15",
        [
            org(RCSS, NS, "SC", "Seychelles Red Cross", "RCSS"),
            org(CRM, NS, "MG", "Malagasy Red Cross", "Croix-Rouge Malagasy"),
            org(MRCS, NS, "MU", "Mauritius Red Cross"),
            org(CRCO, NS, "KM", "Croissant-Rouge Comorien"),
            org(FRC, NS, "FR", "Croix-Rouge française"),
            org(TRCS, NS, "TZ", "Tanzania Red Cross"),
            ioc(),
            piroi(),
            org(IFRC, MB, None, "IFRC"),
            afd(),
            org(SC_MIA, GOV, "SC"),
            org(DRDM, GOV, "SC", "DRDM"),
            org(WFP, UN, None, "WFP"),
            org(OCHA, UN, None, "OCHA", "UN Office for the Coordination of Humanitarian Affairs"),
            org(NOUVOBANQ, CO, "SC", "Seychelles International Mercantile Banking Corporation"),
        ],
        [
            person("Sylvia Morel", "Minister of Internal Affairs", SC_MIA),
            person("Rivo Andrianjaka", "Secretary General", IOC),
            person("Hélène Marchetti", "President", FRC),
            person("Mathieu Garnier", "Regional Director for the Indian Ocean", AFD),
            person("Bernard Labrosse", "Secretary General", RCSS),
            person("Joseph Mwakyusa", "Secretary General", TRCS),
            person("Kwame Asante-Mensah", "Regional Director for Africa", IFRC),
            person("Daniel Esparon", "Director General", DRDM),
            person("Jeanette Payet", "President", RCSS),
        ],
        [
            rel(
                "participation",
                [IOC, PIROI, RCSS, SC_MIA, CRM, MRCS, CRCO, TRCS, FRC, IFRC, AFD, DRDM, WFP, OCHA],
                event="Regional Humanitarian Preparedness Forum",
                place="Victoria, Seychelles",
                date="2026-05-12",
                evidence="brought together the Malagasy Red Cross, the Mauritius Red Cross Society, the Comoros Red Crescent, the Tanzania Red Cross Society",
            ),
            rel(
                "alliance",
                [CRM, MRCS, CRCO, RCSS, FRC],
                place="Victoria, Seychelles",
                date="2026-05-14",
                evidence="The Red Cross and Red Crescent societies of Madagascar, Mauritius, Comoros and Seychelles and the French Red Cross yesterday declared a standing alliance",
            ),
            rel(
                "agreement",
                [IOC, FRC],
                signatories=["Rivo Andrianjaka", "Hélène Marchetti"],
                place="Victoria, Seychelles",
                date="2026-05-13",
                evidence="IOC Secretary General Rivo Andrianjaka and the President of the French Red Cross, Hélène Marchetti, signed a framework agreement",
            ),
            rel(
                "support",
                [AFD, IOC],
                evidence="The second phase of the Commission's regional resilience programme is financed by AFD",
            ),
            rel(
                "meeting",
                [RCSS, TRCS],
                place="Victoria, Seychelles",
                evidence="held talks with a Tanzania Red Cross Society delegation led by its Secretary General",
            ),
            rel(
                "meeting",
                [IFRC, SC_MIA],
                place="Victoria, Seychelles",
                date="2026-05-12",
                evidence="paid a courtesy call on Minister Morel at the Ministry of Internal Affairs on Tuesday",
            ),
            rel(
                "donation",
                [NOUVOBANQ, RCSS],
                place="Victoria, Seychelles",
                date="2026-05-14",
                evidence="Nouvobanq presented a cheque for SCR 300,000 to the Red Cross Society of Seychelles",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
