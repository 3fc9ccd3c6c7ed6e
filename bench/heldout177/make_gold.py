"""Gold annotations for held-out set 177 (prefix lk): North America (American Red Cross, Canadian Red Cross, Mexican Red Cross; hurricanes, wildfires, border migration, FEMA, Public Safety Canada, retailers, insurers and foundations).

lk01 - American Red Cross news release (HOUSTON (May 28, 2026), a Thursday): American RC / Texas Division of Emergency Management (TDEM) shelter MoU renewed "on Tuesday" in Austin (signed by the regional CEO and "TDEM Chief Graham Ellsworth", post before the name), background first version of the agreement signed in 2018, H-E-B gift of $750,000 and bottled water ("thanked H-E-B, which has given"), Walmart Foundation paying for volunteer training (passive), Texas Baptist Men Disaster Relief firmly committing its mobile kitchens, meeting "on Wednesday" with the Harris County Office of Homeland Security and Emergency Management ("Dr." dropped, "who heads disaster operations for the region"); traps: "opening on Monday" refers to the future season start, hoped-for agreement with Louisiana's GOHSEP, Coast Guard invited but has not replied, governor by title only, NOAA cited as source, FEMA mere co-mention, "About the American Red Cross" boilerplate naming the Movement and IFRC membership, media contact (a named person with post: counted).
lk02 - wire story with hard line breaks (TIJUANA, Mexico, Nov. 20, 2025 (EFE), a Thursday): Mexican RC (Cruz Roja Mexicana) / ICRC cooperation agreement renewed "on Wednesday" in Mexico City with two signatories, background framework "the two first signed in 2016", ECHO financing the society's mobile health posts (passive), Banorte ambulance gift "On Monday", one three-party coordination meeting "On Tuesday" (Mexican RC, IOM, UNHCR), American RC specialists sent to Tijuana (mission) to help the Mexican society's tracing service (support, "the Mexican society"); traps: EFE as the agency, INM invited but absent, mayor by title only, talks with the Guatemalan RC called off, UNHCR only hoping to open a point in Mexicali, CBP and Milenio cited as sources, reporting/editing credits.
lk03 - IFRC-style DREF operation update, wildfires in Manitoba and Saskatchewan (issued 19 June 2026): IFRC DREF support to the Canadian RC (approved 4 June), background 2021 multi-year agreement CRC / Indigenous Services Canada plus ISC reimbursing the CRC, CRC Humanitarian Workforce "funded by Public Safety Canada" (passive participle), American RC deployment to Winnipeg on 9 June (mission + support "working alongside CRC teams"), Intact Financial Corporation CAD 1 million gift, Canadian Tire Corporation cots and blankets, one four-party meeting in Thompson on 15 June (CRC, IFRC, Manitoba EMO, MKO; MKO used as acronym before it is spelled out, "Grand Chief" as post); traps: Canadian Interagency Forest Fire Centre cited as source, Premier by title only, Canadian Armed Forces and Saskatchewan Public Safety Agency mere co-mention, RBC Convention Centre as a venue (a bank's name, no gift), Partner National Societies generic, Mexican RC offer only conditional, extension only conditional, contact lines with titles only.
lk04 - HTML-ish local news page with menus, cookie banner, "Share this", related stories and footer (The Ottawa Ledger, byline, published Oct. 9, 2026, a Friday): alliance of three societies named in compressed form ("The Red Cross societies of Canada, the United States and Mexico") declared "on Thursday", North American Humanitarian Preparedness Forum (one participation of eleven organisations: host, attendees and two observer societies), IFRC / PAHO MoU "On Wednesday" with two signatories ("Dr." dropped), J.W. McConnell Family Foundation grant to the Canadian RC, Mexican RC courtesy call on the Public Safety Minister "on Tuesday", two separate bilateral ICRC meetings with the American RC and the Canadian RC; traps: byline, Haitian RC invited but could not attend, FEMA deputy administrator by title only, shared stockpile only to be discussed, Salvation Army mere co-mention, next forum only expected, CBC News cited as source, related-story headline.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

ARC = "American Red Cross"
CRC = "Canadian Red Cross"
MRC = "Mexican Red Cross"
BSRC = "Bahamas Red Cross Society"
CURC = "Cuban Red Cross"
TDEM = "Texas Division of Emergency Management"
HCOHSEM = "Harris County Office of Homeland Security and Emergency Management"
HEB = "H-E-B"
WALMART_FDN = "Walmart Foundation"
TBM = "Texas Baptist Men Disaster Relief"
ECHO = "European Civil Protection and Humanitarian Aid Operations"
BANORTE = "Banorte"
IOM = "International Organization for Migration"
UNHCR = "United Nations High Commissioner for Refugees"
ISC = "Indigenous Services Canada"
PSC = "Public Safety Canada"
INTACT = "Intact Financial Corporation"
CTC = "Canadian Tire Corporation"
EMO = "Manitoba Emergency Management Organization"
MKO = "Manitoba Keewatinowi Okimakanak"
FEMA = "Federal Emergency Management Agency"
CNPC = "National Civil Protection Coordination"
PAHO = "Pan American Health Organization"
MCCONNELL = "J.W. McConnell Family Foundation"

DOCS = [
    (
        "lk01_texas_shelter_mou_renewal.txt",
        "2026-05-28",
        [
            org(ARC, NS, "US", "American Red Cross Texas Gulf Coast Region"),
            org(TDEM, GOV, "US", "TDEM"),
            org(HEB, CO, "US", "HEB"),
            org(WALMART_FDN, OTHER, "US"),
            org(TBM, NGO, "US", "Texas Baptist Men"),
            org(HCOHSEM, GOV, "US"),
        ],
        [
            person("Tamara Quintero", "Regional Chief Executive Officer", ARC),
            person("Graham Ellsworth", "Chief", TDEM),
            person("Leonard Okafor", "Head of disaster operations for the region", ARC),
            person("Brianna Holt", "Regional Communications Manager", ARC),
        ],
        [
            rel(
                "agreement",
                [ARC, TDEM],
                signatories=["Tamara Quintero", "Graham Ellsworth"],
                place="Austin, United States",
                date="2026-05-26",
                evidence="on Tuesday renewed the memorandum of understanding that sets out how the two organizations open",
            ),
            rel(
                "agreement",
                [ARC, TDEM],
                date="2018",
                evidence="The first version of the agreement was signed in 2018",
            ),
            rel(
                "donation",
                [HEB, ARC],
                evidence="The Red Cross also thanked H-E-B, which has given $750,000 toward supplies stored ahead of the 2026 season",
            ),
            rel(
                "support",
                [WALMART_FDN, ARC],
                evidence="is being paid for by the Walmart Foundation, which has backed the region's volunteer drive since 2023",
            ),
            rel(
                "support",
                [TBM, ARC],
                evidence="Texas Baptist Men Disaster Relief has committed its mobile kitchens to Red Cross shelters again this year",
            ),
            rel(
                "meeting",
                [ARC, HCOHSEM],
                place="Houston, United States",
                date="2026-05-27",
                evidence="met officials of the Harris County Office of Homeland Security and Emergency Management in Houston",
            ),
        ],
    ),
    (
        "lk02_tijuana_migrants_icrc_agreement.txt",
        "2025-11-20",
        [
            org(MRC, NS, "MX", "Cruz Roja Mexicana"),
            org(ICRC, MB, None, "ICRC"),
            org(ECHO, GOV, None, "ECHO", "European Union's humanitarian aid department"),
            org(BANORTE, CO, "MX", "Grupo Financiero Banorte"),
            org(IOM, UN, None, "IOM"),
            org(UNHCR, UN, None, "UNHCR"),
            org(ARC, NS, "US"),
        ],
        [
            person("Ricardo Alcocer Bárcena", "National President", MRC),
            person(
                "Olivier Dufresne",
                "Head of the ICRC regional delegation for Mexico and Central America",
                ICRC,
            ),
            person("Laura Castañeda", "Coordinator of the Red Cross in Baja California", MRC),
            person("Hendrik Vos", "Chief of mission in Mexico", IOM),
            person("Marisol Echeverría", "Head of the UNHCR office in Tijuana", UNHCR),
        ],
        [
            rel(
                "agreement",
                [MRC, ICRC],
                signatories=["Ricardo Alcocer Bárcena", "Olivier Dufresne"],
                place="Mexico City, Mexico",
                date="2025-11-19",
                evidence="renewed their cooperation agreement on aid to migrants on Wednesday,",
            ),
            rel(
                "agreement",
                [MRC, ICRC],
                date="2016",
                evidence="to 2028 a framework the two first signed in 2016",
            ),
            rel(
                "support",
                [ECHO, MRC],
                evidence="Juárez are financed by the European Union's humanitarian aid",
            ),
            rel(
                "donation",
                [BANORTE, MRC],
                place="Tijuana, Mexico",
                date="2025-11-17",
                evidence="On Monday, the financial group Banorte handed two fully equipped",
            ),
            rel(
                "meeting",
                [MRC, IOM, UNHCR],
                place="Tijuana, Mexico",
                date="2025-11-18",
                evidence="Baja California, held a coordination meeting in Tijuana with",
            ),
            rel(
                "mission",
                [ARC],
                place="Tijuana, Mexico",
                date="2025-11",
                evidence="The American Red Cross sent three specialists in restoring",
            ),
            rel(
                "support",
                [ARC, MRC],
                evidence="family links to Tijuana this week to help the Mexican society's",
            ),
        ],
    ),
    (
        "lk03_canada_wildfires_dref_update.txt",
        "2026-06-19",
        [
            org(CRC, NS, "CA", "CRC", "Canadian Red Cross Society"),
            org(IFRC, MB, None, "IFRC"),
            org(ISC, GOV, "CA", "ISC"),
            org(PSC, GOV, "CA"),
            org(ARC, NS, "US"),
            org(INTACT, CO, "CA", "Intact"),
            org(CTC, CO, "CA", "Canadian Tire"),
            org(EMO, GOV, "CA", "EMO"),
            org(MKO, OTHER, "CA", "MKO"),
        ],
        [
            person("Dana Whitford", "Vice-President for Manitoba and Nunavut", CRC),
            person("Sebastián Ortega", "Operations Manager", IFRC),
            person("Curtis Brandt", "Executive Director", EMO),
            person("Elaine Beardy", "Grand Chief", MKO),
        ],
        [
            rel(
                "support",
                [IFRC, CRC],
                date="2026-06-04",
                evidence="from the IFRC's Disaster Response Emergency Fund (DREF) supports the Canadian Red Cross (CRC)",
            ),
            rel(
                "agreement",
                [CRC, ISC],
                date="2021",
                evidence="a multi-year agreement that the CRC signed with Indigenous Services Canada (ISC) in 2021",
            ),
            rel(
                "support",
                [ISC, CRC],
                evidence="ISC reimburses the CRC for hotel stays of evacuees from those communities",
            ),
            rel(
                "support",
                [PSC, CRC],
                evidence="The CRC's Humanitarian Workforce, funded by Public Safety Canada",
            ),
            rel(
                "mission",
                [ARC],
                place="Winnipeg, Canada",
                date="2026-06-09",
                evidence="On 9 June the American Red Cross deployed 12 shelter and logistics specialists to Winnipeg",
            ),
            rel(
                "support",
                [ARC, CRC],
                evidence="They are working alongside CRC teams at the evacuee reception site",
            ),
            rel(
                "donation",
                [INTACT, CRC],
                date="2026-06-11",
                evidence="On 11 June the insurer Intact Financial Corporation donated CAD 1 million to the CRC's wildfire appeal",
            ),
            rel(
                "donation",
                [CTC, CRC],
                place="Winnipeg, Canada",
                date="2026-06-13",
                evidence="Canadian Tire Corporation supplied 2,500 camp cots and 4,000 blankets",
            ),
            rel(
                "meeting",
                [CRC, IFRC, EMO, MKO],
                place="Thompson, Canada",
                date="2026-06-15",
                evidence="and MKO Grand Chief Elaine Beardy met in Thompson to agree on a sequence for returns",
            ),
        ],
    ),
    (
        "lk04_ottawa_forum_heat_wildfire_alliance.txt",
        "2026-10-09",
        [
            org(CRC, NS, "CA"),
            org(ARC, NS, "US"),
            org(MRC, NS, "MX"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(PSC, GOV, "CA"),
            org(FEMA, GOV, "US", "FEMA", "U.S. Federal Emergency Management Agency"),
            org(CNPC, GOV, "MX", "Coordinación Nacional de Protección Civil"),
            org(PAHO, UN, None, "PAHO"),
            org(BSRC, NS, "BS"),
            org(CURC, NS, "CU"),
            org(MCCONNELL, OTHER, "CA", "McConnell Foundation"),
        ],
        [
            person("Marie-Hélène Tremblay", "President and CEO", CRC),
            person("Lucía Barreto", "Regional Director for the Americas", IFRC),
            person("Rafael Montaño", "Assistant Director", PAHO),
            person("Ricardo Alcocer Bárcena", "National President", MRC),
            person("Aaron Delisle", "Minister of Public Safety", PSC),
            person(
                "Thomas Verhagen",
                "Head of the regional delegation for the United States and Canada",
                ICRC,
            ),
            person("Jonathan Pierce", "Senior Vice President for disaster operations", ARC),
        ],
        [
            rel(
                "alliance",
                [CRC, ARC, MRC],
                place="Ottawa, Canada",
                date="2026-10-08",
                evidence="The Red Cross societies of Canada, the United States and Mexico declared a standing alliance on heat and wildfire response on Thursday",
            ),
            rel(
                "participation",
                [CRC, ARC, MRC, IFRC, ICRC, PSC, FEMA, CNPC, PAHO, BSRC, CURC],
                event="North American Humanitarian Preparedness Forum",
                place="Ottawa, Canada",
                date="2026-10-06",
                evidence="Besides the three societies, the forum was attended by the International Federation of Red Cross and Red Crescent Societies (IFRC)",
            ),
            rel(
                "agreement",
                [IFRC, PAHO],
                signatories=["Lucía Barreto", "Rafael Montaño"],
                place="Ottawa, Canada",
                date="2026-10-07",
                evidence="On Wednesday, the IFRC and PAHO signed a memorandum of understanding on heat-health early warning",
            ),
            rel(
                "support",
                [MCCONNELL, CRC],
                evidence="A grant from the J.W. McConnell Family Foundation to the Canadian Red Cross covered travel for 40 volunteers",
            ),
            rel(
                "meeting",
                [MRC, PSC],
                place="Ottawa, Canada",
                date="2026-10-06",
                evidence="paid a courtesy call on Public Safety Minister Aaron Delisle on Parliament Hill on Tuesday",
            ),
            rel(
                "meeting",
                [ICRC, ARC],
                place="Ottawa, Canada",
                evidence="held separate meetings with the American Red Cross and the Canadian Red Cross",
            ),
            rel(
                "meeting",
                [ICRC, CRC],
                place="Ottawa, Canada",
                evidence="held separate meetings with the American Red Cross and the Canadian Red Cross",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
