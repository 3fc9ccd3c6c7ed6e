"""Gold annotations for held-out set 174 (prefix lh): Eastern Europe (Ukrainian, Moldovan, Polish, Romanian and Belarus Red Cross; displacement, winterisation, cash assistance, EU humanitarian funding through DG ECHO, energy companies).

lh01 - national society press release (Chișinău, 20 Nov 2025): Moldova RC / Ministry of Labour and Social Protection MoU signed "on Wednesday" (signatories the Secretary General and the State Secretary; the minister only attended, so she is a person but not a signatory), DG ECHO paying for the winter cash grants (passive, "paid for by the European Union through its Directorate-General ..."), IFRC helping run the cash platform, Premier Energy money gift "last week" (month precision), maib gift of blankets and radiators on 12 November, Romanian RC delegation visiting the headquarters "on Monday" (mission + meeting), background 2019 cooperation agreement with the IGSU ("with whom the society has worked"); traps: exercise only "agreed in principle" (a plan), Chișinău City Hall only hoped-for, proposal to UNHCR with no decision, Moldpres cited as source, Prime Minister by title only and only expected, "About" boilerplate naming the ICRC and IFRC membership, media contact (a named person with post: counted), honorific Dr. dropped, "who heads the society's disaster management unit".
lh02 - wire story with hard line breaks (KYIV, Jan 21 (Interfax-Ukraine), a Wednesday): Ukrainian RC / State Emergency Service (SESU) memorandum renewed "on Tuesday" (signatories the URCS director general and the head of the SESU), background first signing in 2022 ("the two"), Danish RC and Norwegian RC financing heating points (passive, two relations), DTEK gift of generators and fuel "on Monday", background URCS / UNHCR cash partnership agreement renewed in October (2025-10, "the U.N. refugee agency UNHCR"), ICRC head of delegation meeting the URCS president "Also on Monday", ICRC talks with the Belarus RC in Minsk "last week" (month precision; the name "Belarus / Red Cross" is split by a hard line break); traps: Interfax-Ukraine as the agency, DTEK statement and ICRC spokesperson as sources, Ukrenergo talks broke down, Ministry of Social Policy "would discuss", IFRC invitation not yet accepted, energy minister by title only, reporting/editing credits.
lh03 - IFRC-style operation update, winterisation in Poland and Romania (issued 12 February 2026, reporting period Dec 2025 - Jan 2026): IFRC managing the Polish RC cash platform (support), background March 2022 framework agreement Polish RC / Ministry of the Interior and Administration, Orlen in-kind gift of heating oil on 9 January, one four-party coordination meeting in Lublin on 21 January (PRC, IFRC, UNHCR, Lublin Voivodeship Office), Swiss RC financing the Romanian RC vouchers (passive), Hidroelectrica money gift on 18 December (2025), Romanian RC logistics team deployed to Chernivtsi on 3 February (mission) supporting the Ukrainian RC branch there (support); traps: Polish Border Guard cited as source, Partner National Societies generic, Hungarian RC only offered conditionally, IFRC plan subject to funding, generic thanks to "all donors", contact lines (named people with posts counted; "Communications Manager" by title only).
lh04 - HTML-ish national society web page with menus, "Share this", tags, related news, cookie banner and Movement boilerplate (Bucharest, published Friday 5 Dec 2025): Regional Forum on Winter Resilience "on Wednesday and Thursday" (one participation of eleven organisations: the two hosts, seven delegations and the two observers DG ECHO and UNHCR), Prut-Dniester Preparedness Network alliance of the Romanian, Moldovan and Ukrainian societies named in compressed form on the closing day, Romanian RC / Electrica cooperation protocol signed "Yesterday" (signatories RRC Director General and the Electrica CEO, honorific Eng. dropped), IFRC Regional Director and RRC President courtesy call on the Minister of Internal Affairs before the opening (one three-party meeting), Norwegian RC paying the travel of the Ukrainian and Moldovan delegations (passive, two relations); people in brackets ("Lilia Cojocaru (Red Cross Society of the Republic of Moldova, cash programme coordinator)"), "The head of the Ukrainian Red Cross Society, Taras Lysenko"; traps: Energocom framework only discussed, Polish RC offer to host next year's forum, Hungarian RC registered but absent, Belarus RC not represented, Slovak delegation head by title only, photo credit, page furniture and "About the Movement" boilerplate.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

MRC = "Red Cross Society of the Republic of Moldova"
URCS = "Ukrainian Red Cross Society"
PRC = "Polish Red Cross"
RRC = "Romanian Red Cross"
BYRC = "Belarus Red Cross"
DKRC = "Danish Red Cross"
NORC = "Norwegian Red Cross"
SWRC = "Swiss Red Cross"
BGRC = "Bulgarian Red Cross"
SKRC = "Slovak Red Cross"
ECHO = "European Civil Protection and Humanitarian Aid Operations"
UNHCR = "United Nations High Commissioner for Refugees"
MD_MLSP = "Ministry of Labour and Social Protection"
MD_IGSU = "General Inspectorate for Emergency Situations"
SESU = "State Emergency Service of Ukraine"
PL_MIA = "Ministry of the Interior and Administration"
LUBLIN = "Lublin Voivodeship Office"
RO_DSU = "Department for Emergency Situations"
RO_MAI = "Ministry of Internal Affairs"
PREMIER = "Premier Energy"
MAIB = "maib"
DTEK = "DTEK"
ORLEN = "Orlen"
HIDRO = "Hidroelectrica"
ELECTRICA = "Electrica"

DOCS = [
    (
        "lh01_moldova_winter_cash_memorandum.txt",
        "2025-11-20",
        [
            org(MRC, NS, "MD", "Moldova Red Cross", "Moldovan Red Cross"),
            org(MD_MLSP, GOV, "MD"),
            org(
                ECHO,
                GOV,
                None,
                "DG ECHO",
                "ECHO",
                "Directorate-General for European Civil Protection and Humanitarian Aid Operations",
                "European Union",
            ),
            org(IFRC, MB, None, "IFRC"),
            org(PREMIER, CO, "MD"),
            org(MAIB, CO, "MD"),
            org(RRC, NS, "RO"),
            org(MD_IGSU, GOV, "MD", "IGSU"),
        ],
        [
            person("Valentina Ciobanu", "Secretary General", MRC),
            person("Ion Grosu", "State Secretary", MD_MLSP),
            person("Natalia Ursu", "Minister of Labour and Social Protection", MD_MLSP),
            person("Sergiu Lupașcu", "Head of the disaster management unit", MRC),
            person("Andrei Pavelescu", "Director General", RRC),
            person("Doina Rusu", "Communications Officer", MRC),
        ],
        [
            rel(
                "agreement",
                [MRC, MD_MLSP],
                signatories=["Valentina Ciobanu", "Ion Grosu"],
                place="Chișinău, Moldova",
                date="2025-11-19",
                evidence="signed a memorandum of understanding on Wednesday",
            ),
            rel(
                "support",
                [ECHO, MRC],
                evidence="The grants are paid for by the European Union through its Directorate-General for European Civil Protection and Humanitarian Aid Operations (DG ECHO)",
            ),
            rel(
                "support",
                [IFRC, MRC],
                evidence="the International Federation of Red Cross and Red Crescent Societies (IFRC) helps the society run the registration and payment platform",
            ),
            rel(
                "donation",
                [PREMIER, MRC],
                date="2025-11",
                evidence="Last week the electricity distributor Premier Energy transferred 400,000 lei to the society's winter fund",
            ),
            rel(
                "donation",
                [MAIB, MRC],
                date="2025-11-12",
                evidence="On 12 November maib, the country's largest bank, handed over 1,200 thermal blankets and 600 oil-filled radiators",
            ),
            rel(
                "mission",
                [RRC],
                place="Chișinău, Moldova",
                date="2025-11-17",
                evidence="welcomed a delegation of the Romanian Red Cross to the society's headquarters in Chișinău",
            ),
            rel(
                "meeting",
                [MRC, RRC],
                place="Chișinău, Moldova",
                date="2025-11-17",
                evidence="On Monday Ms Ciobanu welcomed a delegation of the Romanian Red Cross",
            ),
            rel(
                "agreement",
                [MRC, MD_IGSU],
                date="2019",
                evidence="with whom the society has worked under a cooperation agreement signed in 2019",
            ),
        ],
    ),
    (
        "lh02_ukraine_sesu_memorandum_wire.txt",
        "2026-01-21",
        [
            org(URCS, NS, "UA", "Ukrainian Red Cross"),
            org(SESU, GOV, "UA", "SESU"),
            org(DKRC, NS, "DK"),
            org(NORC, NS, "NO"),
            org(DTEK, CO, "UA"),
            org(UNHCR, UN, None, "UNHCR", "U.N. refugee agency"),
            org(ICRC, MB, None, "ICRC"),
            org(BYRC, NS, "BY", "Belarusian Red Cross"),
        ],
        [
            person("Iryna Kovalchuk", "Director General", URCS),
            person("Andriy Rudenko", "Head", SESU),
            person("Pascal Mercier", "Head of delegation in Ukraine", ICRC),
            person("Taras Lysenko", "President", URCS),
        ],
        [
            rel(
                "agreement",
                [URCS, SESU],
                signatories=["Iryna Kovalchuk", "Andriy Rudenko"],
                place="Kyiv, Ukraine",
                date="2026-01-20",
                evidence="the State Emergency Service of Ukraine (SESU) renewed on Tuesday a",
            ),
            rel(
                "agreement",
                [URCS, SESU],
                date="2022",
                evidence="extending to 2028 an arrangement the two first signed in 2022, the",
            ),
            rel(
                "support",
                [DKRC, URCS],
                evidence="across the country, most of them financed by the Danish Red Cross",
            ),
            rel(
                "support",
                [NORC, URCS],
                evidence="and the Norwegian Red Cross, Kovalchuk told reporters after the",
            ),
            rel(
                "donation",
                [DTEK, URCS],
                date="2026-01-19",
                evidence="On Monday, the energy company DTEK handed the society 35 diesel",
            ),
            rel(
                "agreement",
                [URCS, UNHCR],
                date="2025-10",
                evidence="partnership agreement with the U.N. refugee agency UNHCR that",
            ),
            rel(
                "meeting",
                [ICRC, URCS],
                date="2026-01-19",
                evidence="Ukrainian Red Cross president Taras Lysenko to discuss access to",
            ),
            rel(
                "meeting",
                [ICRC, BYRC],
                place="Minsk, Belarus",
                date="2026-01",
                evidence="ICRC staff also held talks in Minsk last week with the Belarus",
            ),
        ],
    ),
    (
        "lh03_poland_romania_winterisation_update.txt",
        "2026-02-12",
        [
            org(PRC, NS, "PL", "PRC"),
            org(IFRC, MB, None, "IFRC"),
            org(PL_MIA, GOV, "PL"),
            org(ORLEN, CO, "PL"),
            org(UNHCR, UN, None, "UNHCR"),
            org(LUBLIN, GOV, "PL"),
            org(RRC, NS, "RO", "RRC"),
            org(SWRC, NS, "CH"),
            org(HIDRO, CO, "RO"),
            org(URCS, NS, "UA"),
        ],
        [
            person("Jerzy Malinowski", "President", PRC),
            person("Elena Marinescu", "Head of the Suceava branch", RRC),
            person("Kristiina Laine", "Head of Delegation, Poland", IFRC),
            person("Andrei Pavelescu", "Director General", RRC),
        ],
        [
            rel(
                "support",
                [IFRC, PRC],
                evidence="with the IFRC managing the cash platform on the National Society's behalf",
            ),
            rel(
                "agreement",
                [PRC, PL_MIA],
                date="2022-03",
                evidence="the framework agreement that the PRC concluded with the Ministry of the Interior and Administration in March 2022",
            ),
            rel(
                "donation",
                [ORLEN, PRC],
                date="2026-01-09",
                evidence="On 9 January the fuel group Orlen made an in-kind gift of 150,000 litres of heating oil to the PRC",
            ),
            rel(
                "meeting",
                [PRC, IFRC, UNHCR, LUBLIN],
                place="Lublin, Poland",
                date="2026-01-21",
                evidence="On 21 January the PRC, the IFRC, UNHCR and the Lublin Voivodeship Office held a coordination meeting in Lublin",
            ),
            rel(
                "support",
                [SWRC, RRC],
                evidence="The voucher programme is financed by the Swiss Red Cross",
            ),
            rel(
                "donation",
                [HIDRO, RRC],
                date="2025-12-18",
                evidence="On 18 December the state power producer Hidroelectrica donated RON 1.5 million to the RRC",
            ),
            rel(
                "mission",
                [RRC],
                place="Chernivtsi, Ukraine",
                date="2026-02-03",
                evidence="the RRC deployed a nine-member logistics team to Chernivtsi, Ukraine",
            ),
            rel(
                "support",
                [RRC, URCS],
                place="Chernivtsi, Ukraine",
                evidence="where it is supporting the regional branch of the Ukrainian Red Cross Society in setting up two heating points",
            ),
        ],
    ),
    (
        "lh04_bucharest_winter_resilience_forum.txt",
        "2025-12-05",
        [
            org(RRC, NS, "RO", "RRC", "Crucea Roșie Română"),
            org(IFRC, MB, None, "IFRC"),
            org(URCS, NS, "UA"),
            org(MRC, NS, "MD", "Moldova Red Cross"),
            org(PRC, NS, "PL"),
            org(BGRC, NS, "BG"),
            org(SKRC, NS, "SK"),
            org(ICRC, MB, None, "ICRC"),
            org(RO_DSU, GOV, "RO", "DSU"),
            org(ECHO, GOV, None, "DG ECHO", "ECHO", "European Commission"),
            org(UNHCR, UN, None, "UNHCR"),
            org(ELECTRICA, CO, "RO"),
            org(RO_MAI, GOV, "RO"),
            org(NORC, NS, "NO"),
        ],
        [
            person("Ioana Rădulescu", "President", RRC),
            person("Taras Lysenko", "Head", URCS),
            person("Andrei Pavelescu", "Director General", RRC),
            person("Mihai Dobre", "Chief Executive Officer", ELECTRICA),
            person("Birgitte Holm", "Regional Director for Europe", IFRC),
            person("Radu Mitrea", "Minister of Internal Affairs", RO_MAI),
            person("Lilia Cojocaru", "Cash programme coordinator", MRC),
            person("Hanna Nowicka", "Head of disaster management", PRC),
        ],
        [
            rel(
                "participation",
                [RRC, IFRC, URCS, MRC, PRC, BGRC, SKRC, ICRC, RO_DSU, ECHO, UNHCR],
                event="Regional Forum on Winter Resilience",
                place="Bucharest, Romania",
                date="2025-12-03",
                evidence="The Regional Forum on Winter Resilience, hosted on Wednesday and Thursday by the Romanian Red Cross",
            ),
            rel(
                "alliance",
                [RRC, MRC, URCS],
                place="Bucharest, Romania",
                date="2025-12-04",
                evidence="the Romanian, Moldovan and Ukrainian societies formally launched the Prut–Dniester Preparedness Network",
            ),
            rel(
                "agreement",
                [RRC, ELECTRICA],
                signatories=["Andrei Pavelescu", "Mihai Dobre"],
                place="Bucharest, Romania",
                date="2025-12-04",
                evidence="Yesterday the Romanian Red Cross also signed a cooperation protocol with the electricity distributor Electrica",
            ),
            rel(
                "meeting",
                [IFRC, RRC, RO_MAI],
                place="Bucharest, Romania",
                date="2025-12-03",
                evidence="paid a courtesy call at the Ministry of Internal Affairs on the minister, Radu Mitrea",
            ),
            rel(
                "support",
                [NORC, URCS],
                evidence="Travel for the Ukrainian and Moldovan delegations was paid for by the Norwegian Red Cross",
            ),
            rel(
                "support",
                [NORC, MRC],
                evidence="Travel for the Ukrainian and Moldovan delegations was paid for by the Norwegian Red Cross",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
