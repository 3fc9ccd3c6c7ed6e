"""Gold annotations for held-out set 200 (prefix na): North America and the Caribbean (American Red Cross, The Canadian Red Cross Society, Haitian Red Cross, Jamaican Red Cross, Cuban Red Cross, Dominican Red Cross, The Bahamas Red Cross Society; CDEMA, ODPEM, Haiti's Ministry of Public Health and Population, Global Affairs Canada, Indigenous Services Canada, Emergency Management Ontario; an invented US satellite company and its foundation, an invented Haitian drug maker, an invented Jamaican hardware chain and an invented Canadian grocer; the 2026 hurricane season with an invented storm, Kyle).

na01 - US corporate press release on GlobeNewswire (MIAMI, June 02, 2026, with a "Source:" line, a ticker, a sub-headline, a bulleted "Highlights of the collaboration:", quotes, an "About" boilerplate for each body, a forward-looking-statements paragraph and media contacts): Corvane Networks' "three-year, $3 million commitment to the American Red Cross" (support), "The agreement was signed Monday at the Red Cross South Florida Region offices in Miami by" the company's President and CEO "and" the Red Cross's Chief Development Officer (agreement, post after the name, "the Red Cross" as the short form), the Bahamas society's Director General who "flew in from Nassau and sat down with both executives before the ceremony" (one three-party meeting), "Corvane has donated 400 portable satellite terminals to the Red Cross" in a bullet (donation), "Corvane field engineers spent five days in Nassau in May teaching 40 Bahamas Red Cross volunteers" in a bullet (support), the American Red Cross's International Services team that "handed over 90 of them to The Bahamas Red Cross Society and 60 to the Dominican Red Cross" (two donations of goods passed on; the type could be argued as support, the pairs are the same), "the Corvane Foundation, the company's charitable arm, has made a $200,000 gift to" CDEMA (donation, a second body of the company's name); people: a Dominican Red Cross "national coordinator of the ... emergency telecommunications unit", a foundation "executive director" in lower case, a media contact with a post (counted), a bare "American Red Cross Media Relations" contact (no person); traps: Colorado State University cited as a forecaster, "do not endorse", "early conversations with the Canadian Red Cross" and terminals that "could later be lent to" the IFRC ("No decision has been made on either": neither annotated, neither body listed), ports and customers generic, the boilerplates.
na02 - question-and-answer interview with the Haitian Red Cross Director General in an invented online magazine (CARIBBEAN POLICY REVIEW | THE INTERVIEW, byline, 18 Mar 2026, "edited for length and clarity", first-person answers in which "we", "us" and "our" are the Haitian Red Cross): "In the second week of January, in Port-au-Prince, I signed a memorandum with Dr. Frantz Célestin, the Director General of the Ministry of Public Health and Population (MSPP)" (agreement, the interviewee and the official as signatories, date to the month), "The Canadian Red Cross has carried most of the cost since 2023" (support), "The Canadian Red Cross in turn receives that money from Global Affairs Canada" (support from GAC to the Canadian Red Cross only; the chained money is not annotated as GAC supporting the Haitian society), "The ICRC is with us every day there. Its delegation trains our first-aid teams" (support), "In February the IFRC gave us around 400,000 Swiss francs from its Disaster Response Emergency Fund" (support), "Laboratoires Sainte-Marthe, a pharmaceutical maker in Port-au-Prince, donated 12,000 oral rehydration kits to us" (donation), "in February I spent a day at the Dominican Red Cross headquarters with its President" in Santo Domingo (meeting); people: "who heads our ambulance service", "the head of the ICRC delegation"; traps: IOM, UNICEF and the World Health Organization cited as sources of figures, a border protocol with the Dominican Red Cross that "We would like to conclude" ("Nothing is signed yet"), the American Red Cross "we have talked about it, but there is no programme today" (a hope, not annotated), "Some partners" generic, the interviewer's byline and bio (not counted), related-story furniture.
na03 - Jamaican newspaper report in an invented paper (THE CORNWALL COURIER | NEWS | PARISH, Thursday, October 15, 2026, byline "Staff Reporter", dateline "SAVANNA-LA-MAR, Westmoreland:", cross-heads in capitals, photo caption with a photographer's credit, READ MORE links, reporter's e-mail): Mullings Hardware & Supplies that "On Tuesday ... handed over 2,000 tarpaulins and 500 hygiene kits to the Red Cross's Westmoreland branch" (donation to the JRC, the branch not a body of its own; "managing director Owen Mullings" with the post before the name), cash grants "which the JRC will pay" and "The Canadian Red Cross is bankrolling the grants" (support), a CDEMA rapid needs assessment team that "arrived in Savanna-la-Mar on Monday" (mission) "to assist the Office of Disaster Preparedness and Emergency Management (ODPEM)" (support), "JRC Director General ... and ODPEM Director General ... met at the National Emergency Operations Centre" in Kingston on Wednesday (meeting), "a memorandum of understanding it signed with ODPEM in 2019" (background agreement), skills "they learned in 2025 from instructors of the Cuban Red Cross" (support) "under a cooperation agreement the two Red Cross societies signed in Havana in 2024" (background agreement); people: a team "headed by Dr. ... of CDEMA's Barbados-based Coordinating Unit" (the unit only locates her), "its programme manager for the Caribbean", "Westmoreland branch president"; traps: the Meteorological Service of Jamaica cited as a source, an application to the IFRC for an allocation with an answer only expected (the IFRC not listed), the Mayor of Savanna-la-Mar by title only and an unnamed municipal corporation, the National Works Agency only in a READ MORE headline, the photographer's and reporter's credits (not counted).
na04 - the Canadian Red Cross's monthly partners' newsletter as an e-mail (issue line, "View in browser", rule lines, a president's note signed with a dash, an IN THIS ISSUE list, items with capitalised labels, a footer with an unsubscribe line and the reference name "The Canadian Red Cross Society"; published 30 Nov 2026): "we contributed $750,000 to the IFRC's Emergency Appeal for Cuba" in October (support to the IFRC) and "The appeal supports the Cuban Red Cross" (support), the president and the Haitian Red Cross Director General who "put their signatures to a renewed partnership agreement covering 2027 to 2029" in Port-au-Prince on 4 November (agreement) and "the Canadian Red Cross will keep funding the CRH's 24-hour ambulance service" (support), "The work was paid for by Indigenous Services Canada (ISC)" (support) "under the evacuation support agreement we renewed with ISC in April" (agreement), a Jamaican Red Cross Director General and her director of disaster management who "spent two days with our international operations team at the national office in Ottawa" on 18 and 19 November (meeting), the "Great Lakes Cross-Border Mass Care Workshop" in Windsor on 10 and 11 November that "gathered about 70 planners from the Canadian Red Cross, the American Red Cross and Emergency Management Ontario" (participation of three; an American Red Cross regional CEO who "led the first day's exercise"), "Northfield Market donated $400,000 to the Canadian Red Cross" (donation, money raised in October but the gift itself undated); people: a staff appointment with "joins us this month as Director, International Programs" (a person, no relationship); traps: Cuba's National Civil Defence and the Canadian Interagency Forest Fire Centre cited as sources, 14 unnamed First Nations, "We have started talking with the Dominican Red Cross about a draft memorandum" ("nothing is agreed": not annotated, the society not listed), the "partners, donors and staff" audience line generic.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

ARC = "American Red Cross"
CRC = "The Canadian Red Cross Society"
HRC = "Haitian Red Cross"
JRC = "Jamaican Red Cross"
CUBAN = "Cuban Red Cross"
DRC = "Dominican Red Cross"
BRCS = "The Bahamas Red Cross Society"
CDEMA = "Caribbean Disaster Emergency Management Agency"
ODPEM = "Office of Disaster Preparedness and Emergency Management"
MSPP = "Ministry of Public Health and Population"
GAC = "Global Affairs Canada"
ISC = "Indigenous Services Canada"
EMO = "Emergency Management Ontario"
CORVANE = "Corvane Networks"
CORVANE_F = "Corvane Foundation"
SAINTE_MARTHE = "Laboratoires Sainte-Marthe"
MULLINGS = "Mullings Hardware & Supplies"
NORTHFIELD = "Northfield Market"

DOCS = [
    (
        "na01_corvane_red_cross_satellite_terminals_globenewswire.txt",
        "2026-06-02",
        [
            org(CORVANE, CO, "US", "Corvane Networks, Inc.", "Corvane"),
            org(ARC, NS, "US", "Red Cross"),
            org(BRCS, NS, "BS", "Bahamas Red Cross"),
            org(DRC, NS, "DO"),
            org(CORVANE_F, OTHER, "US"),
            org(CDEMA, OTHER, None, "CDEMA"),
        ],
        [
            person("Daniel R. Whitacre", "President and Chief Executive Officer", CORVANE),
            person("Lorraine Ebanks-Moore", "Chief Development Officer", ARC),
            person("Kendra Rolle-Ferguson", "Director General", BRCS),
            person(
                "Rafael Espaillat Mejía",
                "national coordinator of the emergency telecommunications unit",
                DRC,
            ),
            person("Marisol Delgado", "executive director", CORVANE_F),
            person("Priya Venkataraman", "Director, Corporate Communications", CORVANE),
        ],
        [
            rel(
                "support",
                [CORVANE, ARC],
                evidence="today announced a three-year, $3 million commitment to the American Red Cross",
            ),
            rel(
                "agreement",
                [CORVANE, ARC],
                signatories=["Daniel R. Whitacre", "Lorraine Ebanks-Moore"],
                place="Miami, United States",
                date="2026-06-01",
                evidence="The agreement was signed Monday at the Red Cross South Florida Region offices in Miami",
            ),
            rel(
                "meeting",
                [BRCS, CORVANE, ARC],
                place="Miami, United States",
                date="2026-06-01",
                evidence="flew in from Nassau and sat down with both executives before the ceremony",
            ),
            rel(
                "donation",
                [CORVANE, ARC],
                evidence="Corvane has donated 400 portable satellite terminals to the Red Cross",
            ),
            rel(
                "support",
                [CORVANE, BRCS],
                place="Nassau, Bahamas",
                date="2026-05",
                evidence="Corvane field engineers spent five days in Nassau in May teaching 40 Bahamas Red Cross volunteers",
            ),
            rel(
                "donation",
                [ARC, BRCS],
                date="2026-05",
                evidence="handed over 90 of them to The Bahamas Red Cross Society",
            ),
            rel(
                "donation",
                [ARC, DRC],
                date="2026-05",
                evidence="handed over 90 of them to The Bahamas Red Cross Society and 60 to the Dominican Red Cross",
            ),
            rel(
                "donation",
                [CORVANE_F, CDEMA],
                evidence="the Corvane Foundation, the company's charitable arm, has made a $200,000 gift to the Caribbean Disaster Emergency Management Agency (CDEMA)",
            ),
        ],
    ),
    (
        "na02_haitian_red_cross_director_general_interview.txt",
        "2026-03-18",
        [
            org(HRC, NS, "HT", "Croix-Rouge Haïtienne", "CRH"),
            org(MSPP, GOV, "HT", "MSPP"),
            org(CRC, NS, "CA", "Canadian Red Cross"),
            org(GAC, GOV, "CA"),
            org(ICRC, MB, None, "ICRC"),
            org(IFRC, MB, None, "IFRC"),
            org(SAINTE_MARTHE, CO, "HT"),
            org(DRC, NS, "DO"),
        ],
        [
            person("Marie-Claude Joseph", "Director General", HRC),
            person("Frantz Célestin", "Director General", MSPP),
            person("Pierre-Richard Alcindor", "head of the ambulance service", HRC),
            person("Matthias Kessler", "head of the ICRC delegation", ICRC),
            person("Rosa Elena Taveras", "President", DRC),
        ],
        [
            rel(
                "agreement",
                [HRC, MSPP],
                signatories=["Marie-Claude Joseph", "Frantz Célestin"],
                place="Port-au-Prince, Haiti",
                date="2026-01",
                evidence="I signed a memorandum with Dr. Frantz Célestin, the Director General of the Ministry of Public Health and Population (MSPP)",
            ),
            rel(
                "support",
                [CRC, HRC],
                evidence="The Canadian Red Cross has carried most of the cost since 2023",
            ),
            rel(
                "support",
                [GAC, CRC],
                evidence="The Canadian Red Cross in turn receives that money from Global Affairs Canada",
            ),
            rel(
                "support",
                [ICRC, HRC],
                evidence="Its delegation trains our first-aid teams in Cité Soleil and Martissant",
            ),
            rel(
                "support",
                [IFRC, HRC],
                date="2026-02",
                evidence="In February the IFRC gave us around 400,000 Swiss francs from its Disaster Response Emergency Fund",
            ),
            rel(
                "donation",
                [SAINTE_MARTHE, HRC],
                date="2026-02",
                evidence="Laboratoires Sainte-Marthe, a pharmaceutical maker in Port-au-Prince, donated 12,000 oral rehydration kits to us",
            ),
            rel(
                "meeting",
                [HRC, DRC],
                place="Santo Domingo, Dominican Republic",
                date="2026-02",
                evidence="in February I spent a day at the Dominican Red Cross headquarters with its President, Rosa Elena Taveras",
            ),
        ],
    ),
    (
        "na03_jamaica_westmoreland_floods_newspaper.txt",
        "2026-10-15",
        [
            org(JRC, NS, "JM", "JRC"),
            org(MULLINGS, CO, "JM"),
            org(CRC, NS, "CA", "Canadian Red Cross"),
            org(CDEMA, OTHER, None, "CDEMA"),
            org(ODPEM, GOV, "JM", "ODPEM"),
            org(CUBAN, NS, "CU"),
        ],
        [
            person("Owen Mullings", "managing director", MULLINGS),
            person("Marc-André Gagnon", "programme manager for the Caribbean", CRC),
            person("Keisha Alleyne", "head of the rapid needs assessment team", CDEMA),
            person("Yvonne Clarke-Barrett", "Director General", JRC),
            person("Desmond Heslop", "Director General", ODPEM),
            person("Sharon Facey", "Westmoreland branch president", JRC),
        ],
        [
            rel(
                "donation",
                [MULLINGS, JRC],
                place="Savanna-la-Mar, Jamaica",
                date="2026-10-13",
                evidence="handed over 2,000 tarpaulins and 500 hygiene kits to the Red Cross's Westmoreland branch",
            ),
            rel(
                "support",
                [CRC, JRC],
                evidence="The Canadian Red Cross is bankrolling the grants for 800 households",
            ),
            rel(
                "mission",
                [CDEMA],
                place="Savanna-la-Mar, Jamaica",
                date="2026-10-12",
                evidence="A four-member rapid needs assessment team from the Caribbean Disaster Emergency Management Agency (CDEMA) arrived in Savanna-la-Mar on Monday",
            ),
            rel(
                "support",
                [CDEMA, ODPEM],
                evidence="to assist the Office of Disaster Preparedness and Emergency Management (ODPEM) with damage and needs assessments",
            ),
            rel(
                "meeting",
                [JRC, ODPEM],
                place="Kingston, Jamaica",
                date="2026-10-14",
                evidence="JRC Director General Yvonne Clarke-Barrett and ODPEM Director General Desmond Heslop met at the National Emergency Operations Centre",
            ),
            rel(
                "agreement",
                [JRC, ODPEM],
                date="2019",
                evidence="rests on a memorandum of understanding it signed with ODPEM in 2019",
            ),
            rel(
                "support",
                [CUBAN, JRC],
                date="2025",
                evidence="using swiftwater rescue skills they learned in 2025 from instructors of the Cuban Red Cross",
            ),
            rel(
                "agreement",
                [JRC, CUBAN],
                place="Havana, Cuba",
                date="2024",
                evidence="That training took place under a cooperation agreement the two Red Cross societies signed in Havana in 2024.",
            ),
        ],
    ),
    (
        "na04_canadian_red_cross_partnerships_monthly_november.txt",
        "2026-11-30",
        [
            org(CRC, NS, "CA", "Canadian Red Cross"),
            org(IFRC, MB, None, "IFRC"),
            org(CUBAN, NS, "CU"),
            org(HRC, NS, "HT", "CRH"),
            org(ISC, GOV, "CA", "ISC"),
            org(JRC, NS, "JM", "JRC"),
            org(ARC, NS, "US", "American Red Cross Michigan Region"),
            org(EMO, GOV, "CA"),
            org(NORTHFIELD, CO, "CA", "Northfield"),
        ],
        [
            person("Geneviève Arsenault", "President and CEO", CRC),
            person("Marie-Claude Joseph", "Director General", HRC),
            person("Yvonne Clarke-Barrett", "Director General", JRC),
            person("Delroy Thompson", "director of disaster management", JRC),
            person("Darnell Hughes", "Regional Chief Executive Officer, Michigan Region", ARC),
            person("Brian Kowalczyk", "chief executive officer", NORTHFIELD),
            person("Aaron Whitfield", "Director, International Programs", CRC),
        ],
        [
            rel(
                "support",
                [CRC, IFRC],
                date="2026-10",
                evidence="we contributed $750,000 to the IFRC's Emergency Appeal for Cuba",
            ),
            rel(
                "support",
                [IFRC, CUBAN],
                evidence="The appeal supports the Cuban Red Cross in distributing drinking water",
            ),
            rel(
                "agreement",
                [CRC, HRC],
                signatories=["Geneviève Arsenault", "Marie-Claude Joseph"],
                place="Port-au-Prince, Haiti",
                date="2026-11-04",
                evidence="put their signatures to a renewed partnership agreement covering 2027 to 2029",
            ),
            rel(
                "support",
                [CRC, HRC],
                evidence="the Canadian Red Cross will keep funding the CRH's 24-hour ambulance service",
            ),
            rel(
                "support",
                [ISC, CRC],
                evidence="The work was paid for by Indigenous Services Canada (ISC)",
            ),
            rel(
                "agreement",
                [CRC, ISC],
                date="2026-04",
                evidence="under the evacuation support agreement we renewed with ISC in April",
            ),
            rel(
                "meeting",
                [JRC, CRC],
                place="Ottawa, Canada",
                date="2026-11-18",
                evidence="spent two days with our international operations team at the national office in Ottawa",
            ),
            rel(
                "participation",
                [CRC, ARC, EMO],
                event="Great Lakes Cross-Border Mass Care Workshop",
                place="Windsor, Canada",
                date="2026-11-10",
                evidence="The workshop gathered about 70 planners from the Canadian Red Cross, the American Red Cross and Emergency Management Ontario",
            ),
            rel(
                "donation",
                [NORTHFIELD, CRC],
                evidence="Northfield Market donated $400,000 to the Canadian Red Cross",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
