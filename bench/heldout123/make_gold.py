"""Gold annotations for held-out set 123 (prefix gg): North America and the Caribbean.

gg01 - corporate (CNW-style) donor release: Sobeys cash + goods to Canadian Red Cross, a gift to
       Food Banks Canada, background agreement with the Government of Manitoba, federal matching;
       traps: parent company and store banners in the boilerplate, Movement mention, media contact.
gg02 - Jamaica newspaper hurricane-preparedness story: ECHO funding channelled via IFRC, talks with
       ODPEM, Digicel Foundation gift, a named regional forum (participation), Climate Centre help;
       traps: "told the Observer", planned agreement with a ministry, byline, photo caption.
gg03 - IFRC-style news release on a formal alliance of five Caribbean societies + IFRC (charter),
       2019 bilateral agreement as background, Canadian Red Cross/GAC funding commitment;
       traps: CDEMA only "welcomes", invited societies (Barbados, Cuba), planned exercise.
gg04 - speech: Bahamas Red Cross DG thanks partners for specific support on the Dorian anniversary;
       traps: titles-only addressees, honorifics/ranks, generic thanks, a hoped-for MoU with UB.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, IFRC, MB, NGO, NS, OTHER, org, person, rel, write_gold  # noqa: E402

CO = "company"

CRC = "Canadian Red Cross"
JRC = "Jamaica Red Cross"
BRCS = "Bahamas Red Cross Society"
CRH = "Haitian National Red Cross Society"
CRD = "Dominican Red Cross"
TTRCS = "Trinidad and Tobago Red Cross Society"
ECHO = "European Civil Protection and Humanitarian Aid Operations"
CDEMA = "Caribbean Disaster Emergency Management Agency"

DOCS = [
    (
        "gg01_sobeys_wildfire_donation.txt",
        "2025-06-04",
        [
            org("Sobeys Inc.", CO, "CA", "Sobeys"),
            org(CRC, NS, "CA", "Red Cross"),
            org("Food Banks Canada", NGO, "CA"),
            org("Government of Manitoba", GOV, "CA"),
            org("Government of Canada", GOV, "CA"),
        ],
        [
            person("Dana Whitcombe", "President and Chief Executive Officer", "Sobeys Inc."),
            person("Jean-Marc Thibodeau", "Vice-President, Emergency Management", CRC),
        ],
        [
            rel(
                "donation",
                ["Sobeys Inc.", CRC],
                date="2025-06-04",
                evidence="Sobeys Inc. today announced a contribution of $500,000 to the Canadian Red Cross",
            ),
            rel(
                "donation",
                ["Sobeys Inc.", CRC],
                date="2025-06-03",
                evidence="The commitment includes a $350,000 corporate donation, which was transferred to the Canadian Red Cross on Tuesday",
            ),
            rel(
                "donation",
                ["Sobeys Inc.", CRC],
                place="Winnipeg",
                evidence="eleven truckloads of bottled water, non-perishable food and hygiene products were dispatched from the company's Winnipeg distribution centre over the weekend and handed over to Red Cross teams",
            ),
            rel(
                "donation",
                ["Sobeys Inc.", "Food Banks Canada"],
                evidence="A separate gift of $40,000 will be made to Food Banks Canada",
            ),
            rel(
                "agreement",
                ["Government of Manitoba", CRC],
                date="2023",
                evidence="Under an agreement with the Government of Manitoba concluded in 2023, the Canadian Red Cross provides registration",
            ),
            rel(
                "support",
                ["Government of Canada", CRC],
                evidence="The Government of Canada has said it will match every dollar donated by individuals to the appeal",
            ),
        ],
    ),
    (
        "gg02_jamaica_hurricane_preparedness.txt",
        "2024-05-30",
        [
            org(JRC, NS, "JM", "JRC"),
            org(
                ECHO,
                OTHER,
                None,
                "ECHO",
                "Civil Protection and Humanitarian Aid Operations",
                "European Union",
            ),
            org(IFRC, MB, None, "IFRC"),
            org("Office of Disaster Preparedness and Emergency Management", GOV, "JM", "ODPEM"),
            org("Digicel Foundation", CO, "JM"),
            org("Barbados Red Cross Society", NS, "BB"),
            org(CDEMA, OTHER, None, "CDEMA"),
            org("Red Cross Red Crescent Climate Centre", OTHER, None, "Climate Centre"),
        ],
        [
            person("Andrea Whyte-Campbell", "Director General", JRC),
            person(
                "Desmond Bryce-Harris",
                "Director General",
                "Office of Disaster Preparedness and Emergency Management",
            ),
            person("Noel Ashbourne-Grant", "Chief Executive", "Digicel Foundation"),
        ],
        [
            rel(
                "support",
                [ECHO, JRC],
                evidence="were purchased with funding from the European Union's Civil Protection and Humanitarian Aid Operations (ECHO)",
            ),
            rel(
                "support",
                [ECHO, IFRC],
                evidence="funding from the European Union's Civil Protection and Humanitarian Aid Operations (ECHO), channelled through the International Federation of Red Cross and Red Crescent Societies (IFRC)",
            ),
            rel(
                "support",
                [IFRC, JRC],
                evidence="channelled through the International Federation of Red Cross and Red Crescent Societies (IFRC) under a regional disaster preparedness programme",
            ),
            rel(
                "meeting",
                [JRC, "Office of Disaster Preparedness and Emergency Management"],
                place="Kingston, Jamaica",
                date="2024-05-28",
                evidence="Whyte-Campbell and her team held talks with the Office of Disaster Preparedness and Emergency Management (ODPEM)",
            ),
            rel(
                "donation",
                ["Digicel Foundation", JRC],
                date="2024-05",
                evidence="The Digicel Foundation handed over 40 satellite phones and 25 solar charging stations to the society last week",
            ),
            rel(
                "participation",
                [JRC, "Barbados Red Cross Society", CDEMA, IFRC],
                event="CDEMA Regional Hurricane Preparedness Forum",
                place="Bridgetown, Barbados",
                date="2024-05",
                evidence="The JRC also represented Jamaica at the CDEMA Regional Hurricane Preparedness Forum, held in Bridgetown, Barbados, from May 14 to 16, alongside the Barbados Red Cross Society, the Caribbean Disaster Emergency Management Agency (CDEMA) and the IFRC's Port of Spain office",
            ),
            rel(
                "support",
                ["Red Cross Red Crescent Climate Centre", JRC],
                evidence="The Red Cross Red Crescent Climate Centre has helped the society refine its trigger for early action",
            ),
        ],
    ),
    (
        "gg03_caribbean_alliance.txt",
        "2024-11-14",
        [
            org(TTRCS, NS, "TT"),
            org(BRCS, NS, "BS"),
            org(JRC, NS, "JM"),
            org(CRH, NS, "HT", "Croix-Rouge Haïtienne", "CRH"),
            org(CRD, NS, "DO", "Cruz Roja Dominicana", "CRD"),
            org(
                IFRC,
                MB,
                None,
                "IFRC",
                "IFRC Country Cluster Delegation for the English- and Dutch-speaking Caribbean",
            ),
            org(CRC, NS, "CA"),
            org("Global Affairs Canada", GOV, "CA", "Government of Canada"),
            org(CDEMA, OTHER, None, "CDEMA"),
        ],
        [
            person(
                "Teresa Okafor-Liburd",
                "Head of the IFRC Country Cluster Delegation for the English- and Dutch-speaking Caribbean",
                IFRC,
            ),
            person("Marcus Baptiste", "President", TTRCS),
            person("Guerline Pierre-Louis", "Director General", CRH),
            person("Rafael Almonte Peña", "Executive Director", CRD),
            person("Sharlene Gittens-Roach", "Executive Director", CDEMA),
        ],
        [
            rel(
                "alliance",
                [TTRCS, BRCS, JRC, CRH, CRD, IFRC],
                place="Port of Spain, Trinidad and Tobago",
                date="2024-11-12",
                evidence="Five National Red Cross Societies and the International Federation of Red Cross and Red Crescent Societies (IFRC) on Tuesday formally established the Caribbean Red Cross Readiness Alliance",
            ),
            rel(
                "agreement",
                [TTRCS, BRCS, JRC, CRH, CRD, IFRC],
                signatories=["Teresa Okafor-Liburd"],
                place="Port of Spain, Trinidad and Tobago",
                date="2024-11-12",
                evidence="The founding charter was signed at the Hyatt Regency in Port of Spain by the heads of the Trinidad and Tobago Red Cross Society",
            ),
            rel(
                "agreement",
                [CRH, CRD],
                date="2019",
                evidence="The two neighbours signed a bilateral cross-border cooperation agreement in 2019",
            ),
            rel(
                "support",
                [CRC, CRH],
                evidence="will provide CAD 2.6 million over three years to the Haitian and Dominican societies",
            ),
            rel(
                "support",
                [CRC, CRD],
                evidence="will provide CAD 2.6 million over three years to the Haitian and Dominican societies",
            ),
            rel(
                "support",
                ["Global Affairs Canada", CRC],
                evidence="The Canadian Red Cross, with funding from the Government of Canada through Global Affairs Canada",
            ),
        ],
    ),
    (
        "gg04_bahamas_dorian_speech.txt",
        "2024-09-03",
        [
            org(BRCS, NS, "BS", "Bahamas Red Cross", "Red Cross"),
            org("American Red Cross", NS, "US"),
            org(CRC, NS, "CA"),
            org("National Emergency Management Agency", GOV, "BS", "NEMA"),
            org("University of The Bahamas", OTHER, "BS"),
            org("Rotary Club of East Nassau", NGO, "BS"),
            org("Bank of The Bahamas Foundation", CO, "BS"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [
            person("Lionel Cartwright-Rolle", "Director General", BRCS),
            person(
                "Renée Castellanos", "programme lead, international services", "American Red Cross"
            ),
            person("Stephen Russell-Moss", "Director", "National Emergency Management Agency"),
        ],
        [
            rel(
                "support",
                ["American Red Cross", BRCS],
                evidence="Your contribution of more than US$9 million financed the repair of 412 roofs across Abaco and Grand Bahama",
            ),
            rel(
                "support",
                [CRC, BRCS],
                evidence="To the Canadian Red Cross, which deployed an emergency field hospital team to Marsh Harbour in the first weeks and later trained 85 of our volunteers in psychosocial first aid",
            ),
            rel(
                "support",
                ["National Emergency Management Agency", BRCS],
                evidence="for giving the Red Cross a seat at every coordination table and for the use of its Freeport warehouse for eighteen months at no cost",
            ),
            rel(
                "support",
                ["University of The Bahamas", BRCS],
                evidence="The University of The Bahamas placed more than 120 nursing and social work students with our shelter teams",
            ),
            rel(
                "donation",
                ["Rotary Club of East Nassau", BRCS],
                date="2019",
                evidence="The Rotary Club of East Nassau gave us 30 generators in 2019",
            ),
            rel(
                "donation",
                ["Bank of The Bahamas Foundation", BRCS],
                date="2020",
                evidence="the Bank of The Bahamas Foundation donated B$250,000 to our cash assistance programme in 2020",
            ),
            rel(
                "support",
                [IFRC, BRCS],
                evidence="And to the IFRC, which launched the emergency appeal that kept us going",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
