"""Gold annotations for held-out set 175 (prefix li): Western Europe (Netherlands, French, British, Belgian, Luxembourg and Irish Red Cross; heatwaves, migrants on the Channel coast, first aid, supermarket chains, foundations, EU bodies).

li01 - national society press release (The Hague, 3 Jul 2025, a Thursday): Netherlands RC / Albert Heijn partnership agreement renewed "on Wednesday" (2 Jul) in Zaandam, signed by the NLRC Director General and Albert Heijn's director of corporate responsibility (post given after the organisation: "Albert Heijn's director of corporate responsibility, Jeroen Hofstede"), background 2021 agreement ("The two organisations first put their partnership on paper"), Albert Heijn gift of water and cooling towels "this week" (no date), Nationale Postcode Loterij funding the Heat Buddies service (passive, "made possible by a contribution from"), Rabobank transfer of 150,000 euros "on Tuesday" (1 Jul), one three-party coordination meeting "on Monday" (30 Jun) of the NLRC, RIVM and GGD GHOR Nederland in Bilthoven, RIVM official whose post is given as "who leads the heat plan team"; traps: KNMI cited as source, the mayor of Eindhoven by title only, Jumbo only approached / expected to decide, Red Cross proposal to municipalities, "About" boilerplate naming ICRC and IFRC, media contact (a named person with post: counted).
li02 - wire story with hard line breaks (CALAIS, France, Aug 19 (Reuters), a Tuesday): protocol on tracing signed "on Monday" (18 Aug) by the French and British Red Cross, named in compressed form ("The French and British Red Cross"), with both signatories (one post before the name, with a hard line break between the president's first name and surname; one as "the chief executive of the British Red Cross, Owen Caddick"), talks at the French society's day centre before the signing (meeting), British RC caseworkers sent to Calais (mission), a separate three-party meeting "later on Monday" with UNHCR's deputy representative in France ("the U.N. refugee agency UNHCR"), European Commission co-financing the French RC mobile teams (passive), Decathlon gift of blankets and sleeping bags "last week" (2025-08); traps: Reuters as the agency, IOM's Missing Migrants Project cited as source, Utopia 56 mere co-mention, prefecture spokesman by title only and declining comment, French RC requests for a warehouse that "have so far come to nothing", Home Office only "would consider" funding, Belgian RC only hoped-for, reporting and editing credits.
li03 - IFRC-style DREF operation update, heatwave in Belgium (issued 25 July 2025): IFRC DREF allocation of 8 July supporting the Belgian Red Cross (BRC, acting through Rode Kruis-Vlaanderen and the Croix-Rouge de Belgique, both aliases), King Baudouin Foundation financing the check-in line, Colruyt Group delivery of water and sun-protection kits to the BRC centre in Mechelen on 11 July, Luxembourg RC team deployed to Liège on 14 July (mission + support of the BRC), one four-party coordination meeting in Brussels on 16 July (BRC, IFRC, National Crisis Centre, Sciensano), background 2019 protocol BRC / FPS Public Health; traps: RMI cited as data source, the federal Minister of Health by title only, Partner National Societies generic, IFRC Regional Office for Europe only as IFRC, Netherlands RC offer only conditional ("should the heat persist"), possible extension only, contact lines with titles only.
li04 - HTML-ish news page with page furniture (Irish Red Cross website, 10 Oct 2025, byline): European Red Cross First Aid Convention 2025 at Dublin Castle on 7-8 Oct (one participation of eleven organisations, the host, delegations and two observers: the Department of Health and DG ECHO, "the European Commission's Directorate-General ..."), Irish First Aid Alliance launched on the second day by the Irish RC, Order of Malta Ireland and St John Ambulance Ireland (standing coalition), Irish RC / National Ambulance Service MoU with both signatories (honorific Dr. dropped), Lidl Ireland sponsoring the convention (support) and presenting 120 defibrillators (donation), background 2019 cross-border agreement Irish RC / British RC, IFRC Regional Director's courtesy call on the Minister of State at the Department of Foreign Affairs on 9 Oct, the Department's Irish Aid programme funding "the society's" international work; traps: byline, menus, "Share this", related-news headlines, cookie text and footer, Luxembourg RC invited but unable to attend, the Lord Mayor of Dublin by title only, RTÉ cited as source, Red Cross EU Office only hoping to present recommendations to the European Parliament, next convention in Luxembourg only agreed as a wish, Movement boilerplate.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

NLRC = "Netherlands Red Cross"
FRC = "French Red Cross"
GBRC = "British Red Cross"
BERC = "Belgian Red Cross"
LURC = "Luxembourg Red Cross"
IERC = "Irish Red Cross"
RCEU = "Red Cross EU Office"
UNHCR = "United Nations High Commissioner for Refugees"
AH = "Albert Heijn"
NPL = "Nationale Postcode Loterij"
RABO = "Rabobank"
RIVM = "National Institute for Public Health and the Environment"
GGD = "GGD GHOR Nederland"
EC = "European Commission"
DECATHLON = "Decathlon"
KBF = "King Baudouin Foundation"
COLRUYT = "Colruyt Group"
NCCN = "National Crisis Centre"
SCIENSANO = "Sciensano"
FPS = "Federal Public Service Health, Food Chain Safety and Environment"
OMI = "Order of Malta Ireland"
SJAI = "St John Ambulance Ireland"
IE_DOH = "Department of Health"
ECHO = "Directorate-General for European Civil Protection and Humanitarian Aid Operations"
NAS = "National Ambulance Service"
LIDL = "Lidl Ireland"
IE_DFA = "Department of Foreign Affairs"

DOCS = [
    (
        "li01_netherlands_red_cross_albert_heijn_heat.txt",
        "2025-07-03",
        [
            org(NLRC, NS, "NL", "Het Nederlandse Rode Kruis"),
            org(AH, CO, "NL"),
            org(NPL, OTHER, "NL"),
            org(RABO, CO, "NL"),
            org(RIVM, GOV, "NL", "RIVM"),
            org(GGD, OTHER, "NL"),
        ],
        [
            person("Marloes Verhagen-Stam", "Director General", NLRC),
            person("Jeroen Hofstede", "Director of corporate responsibility", AH),
            person("Hanneke Oosterveld", "Head of the heat plan team", RIVM),
            person("Sanne Kuipers", "Press officer", NLRC),
        ],
        [
            rel(
                "agreement",
                [NLRC, AH],
                signatories=["Marloes Verhagen-Stam", "Jeroen Hofstede"],
                place="Zaandam, Netherlands",
                date="2025-07-02",
                evidence="supermarket chain Albert Heijn renewed their partnership agreement on Wednesday",
            ),
            rel(
                "agreement",
                [NLRC, AH],
                date="2021",
                evidence="The two organisations first put their partnership on paper in 2021",
            ),
            rel(
                "donation",
                [AH, NLRC],
                evidence="Albert Heijn delivered 24,000 bottles of water and 6,000 cooling towels to Red Cross depots",
            ),
            rel(
                "support",
                [NPL, NLRC],
                evidence="It is made possible by a contribution from the Nationale Postcode Loterij",
            ),
            rel(
                "donation",
                [RABO, NLRC],
                date="2025-07-01",
                evidence="On Tuesday, Rabobank also transferred 150,000 euros to the Red Cross heat fund",
            ),
            rel(
                "meeting",
                [NLRC, RIVM, GGD],
                place="Bilthoven, Netherlands",
                date="2025-06-30",
                evidence="On Monday, Red Cross staff met officials of the National Institute for Public Health and the Environment (RIVM) and GGD GHOR Nederland",
            ),
        ],
    ),
    (
        "li02_calais_channel_tracing_protocol.txt",
        "2025-08-19",
        [
            org(FRC, NS, "FR"),
            org(GBRC, NS, "GB"),
            org(UNHCR, UN, None, "UNHCR", "U.N. refugee agency"),
            org(EC, GOV, None),
            org(DECATHLON, CO, "FR"),
        ],
        [
            person("Hélène Marchetti-Roux", "President", FRC),
            person("Owen Caddick", "Chief Executive", GBRC),
            person("Ingrid Solberg", "Deputy Representative in France", UNHCR),
        ],
        [
            rel(
                "agreement",
                [FRC, GBRC],
                signatories=["Hélène Marchetti-Roux", "Owen Caddick"],
                place="Calais, France",
                date="2025-08-18",
                evidence="signed a protocol in Calais on Monday to pool their work on tracing",
            ),
            rel(
                "meeting",
                [FRC, GBRC],
                place="Calais, France",
                date="2025-08-18",
                evidence="Owen Caddick, after talks at the French society's day centre near",
            ),
            rel(
                "mission",
                [GBRC],
                place="Calais, France",
                evidence="The British Red Cross has sent four tracing caseworkers to Calais",
            ),
            rel(
                "meeting",
                [FRC, GBRC, UNHCR],
                place="Calais, France",
                date="2025-08-18",
                evidence="Later on Monday Caddick and Marchetti-Roux met Ingrid Solberg,",
            ),
            rel(
                "support",
                [EC, FRC],
                evidence="the European Commission under its Asylum, Migration and Integration",
            ),
            rel(
                "donation",
                [DECATHLON, FRC],
                date="2025-08",
                evidence="Sporting goods retailer Decathlon handed over 3,000 thermal",
            ),
        ],
    ),
    (
        "li03_belgium_heatwave_dref_update.txt",
        "2025-07-25",
        [
            org(BERC, NS, "BE", "BRC", "Rode Kruis-Vlaanderen", "Croix-Rouge de Belgique"),
            org(IFRC, MB, None, "IFRC"),
            org(KBF, NGO, "BE"),
            org(COLRUYT, CO, "BE", "Colruyt"),
            org(LURC, NS, "LU"),
            org(NCCN, GOV, "BE", "NCCN"),
            org(SCIENSANO, GOV, "BE"),
            org(FPS, GOV, "BE", "FPS Public Health"),
        ],
        [
            person("Claude Reuter", "Head of the emergency unit", LURC),
            person("Pieter De Smedt", "Director of emergency services", BERC),
            person("Tomasz Wróbel", "Operations Coordinator for Western Europe", IFRC),
        ],
        [
            rel(
                "support",
                [IFRC, BERC],
                date="2025-07-08",
                evidence="was allocated from the IFRC's Disaster Response Emergency Fund (DREF) to support the Belgian Red Cross (BRC)",
            ),
            rel(
                "support",
                [KBF, BERC],
                evidence="The King Baudouin Foundation is financing the extension of the check-in telephone line",
            ),
            rel(
                "donation",
                [COLRUYT, BERC],
                place="Mechelen, Belgium",
                date="2025-07-11",
                evidence="On 11 July, Colruyt Group delivered 36,000 litres of bottled water and 4,000 sun-protection kits to the BRC logistics centre in Mechelen",
            ),
            rel(
                "mission",
                [LURC],
                place="Liège, Belgium",
                date="2025-07-14",
                evidence="The Luxembourg Red Cross deployed a team of six volunteers with a mobile cooling tent to Liège on 14 July",
            ),
            rel(
                "support",
                [LURC, BERC],
                place="Liège, Belgium",
                evidence="is supporting the BRC at the city's night shelter",
            ),
            rel(
                "meeting",
                [BERC, IFRC, NCCN, SCIENSANO],
                place="Brussels, Belgium",
                date="2025-07-16",
                evidence="held a coordination meeting in Brussels with the National Crisis Centre (NCCN) and Sciensano",
            ),
            rel(
                "agreement",
                [BERC, FPS],
                date="2019",
                evidence="a protocol it signed with the Federal Public Service Health, Food Chain Safety and Environment (FPS Public Health) in 2019",
            ),
        ],
    ),
    (
        "li04_dublin_european_first_aid_convention.txt",
        "2025-10-10",
        [
            org(IERC, NS, "IE", "Irish Red Cross Society"),
            org(GBRC, NS, "GB"),
            org(FRC, NS, "FR"),
            org(BERC, NS, "BE"),
            org(NLRC, NS, "NL"),
            org(RCEU, MB, None),
            org(IFRC, MB, None, "IFRC"),
            org(OMI, NGO, "IE"),
            org(SJAI, NGO, "IE"),
            org(IE_DOH, GOV, "IE"),
            org(ECHO, GOV, None, "DG ECHO"),
            org(NAS, GOV, "IE"),
            org(LIDL, CO, "IE"),
            org(IE_DFA, GOV, "IE", "Irish Aid"),
        ],
        [
            person("Brendan Keogh", "Chief Officer", SJAI),
            person("Niamh Costigan", "Secretary General", IERC),
            person("Declan Furlong", "Director", NAS),
            person("Anke Sørensen-Mayer", "Regional Director for Europe", IFRC),
            person("Ciarán Brophy", "Minister of State", IE_DFA),
            person("Gwen Tallon", "Director", RCEU),
        ],
        [
            rel(
                "participation",
                [IERC, GBRC, FRC, BERC, NLRC, RCEU, IFRC, OMI, SJAI, IE_DOH, ECHO],
                event="European Red Cross First Aid Convention 2025",
                place="Dublin, Ireland",
                date="2025-10-07",
                evidence="Alongside the host society, delegations came from the British Red Cross",
            ),
            rel(
                "alliance",
                [IERC, OMI, SJAI],
                place="Dublin, Ireland",
                date="2025-10-08",
                evidence="launched the Irish First Aid Alliance, a standing coalition",
            ),
            rel(
                "agreement",
                [IERC, NAS],
                signatories=["Niamh Costigan", "Declan Furlong"],
                place="Dublin, Ireland",
                date="2025-10-08",
                evidence="Director of the National Ambulance Service, signed a memorandum of understanding",
            ),
            rel(
                "support",
                [LIDL, IERC],
                evidence="Lidl Ireland, which sponsored the convention",
            ),
            rel(
                "donation",
                [LIDL, IERC],
                evidence="presented 120 automated external defibrillators to the Irish Red Cross",
            ),
            rel(
                "agreement",
                [IERC, GBRC],
                date="2019",
                evidence="the cross-border cooperation agreement that the Irish Red Cross and the British Red Cross signed in 2019",
            ),
            rel(
                "meeting",
                [IFRC, IE_DFA],
                date="2025-10-09",
                evidence="paid a courtesy call on Minister of State Ciarán Brophy at the Department of Foreign Affairs",
            ),
            rel(
                "support",
                [IE_DFA, IERC],
                evidence="whose Irish Aid programme funds the society's international work",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
