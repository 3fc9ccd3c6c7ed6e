"""Gold annotations for held-out set 192 (prefix md): the Mediterranean migration route in southern Europe (Italian Red Cross / Croce Rossa Italiana, Spanish Red Cross / Cruz Roja Española, Hellenic Red Cross, Malta Red Cross Society, Cyprus Red Cross Society, the IFRC Europe Regional Office, DG ECHO, UNHCR, IOM, SOS MEDITERRANEE and the civil fleet, regional governments, companies and foundations; search-and-rescue disembarkation, reception centres, heatwaves and wildfires).

md01 - Italian Red Cross press release, read as translated from Italian (Rome, 8 July 2026): CRI / Prefecture of Agrigento convention for the Lampedusa hotspot "signed yesterday" at the seat of the Prefecture in Agrigento ("Dott.ssa" Ilaria Montanari, "the Secretary General of the Italian Red Cross", and "Dott." Vincenzo Russotto, "the Prefect of Agrigento", as signatories, each named after the post), "It renews the convention that the two parties signed on 1 June 2023" (background agreement), "The activities, entirely financed by the Ministry of the Interior" (support), the Fondazione Vodafone Italia's ambulances and satellite telephones "During the ceremony" (donation), CRI President "received in Lampedusa a delegation of the Malta Red Cross Society, led by its Secretary General, Mr. ..." "On Monday 6 July" (meeting); people: president after a quote with "Avv.", "director of the hotspot for the CRI"; traps: the Questore and the Mayor of Lampedusa and Linosa present by title only, UNHCR cited as a source of figures, a "possible memorandum of understanding" with the Malta Red Cross only discussed, a model the CRI "intends to propose to the Prefecture of Ragusa", the IFRC Europe Regional Office that "could support" an exchange (none annotated), "Within the framework of" phrasing, "About" boilerplate naming the Movement and "the Partner National Societies", a press office without a name.
md02 - EFE wire story with hard line breaks (LAS PALMAS DE GRAN CANARIA, Oct 14 (EFE)): Spanish Red Cross / Government of the Canary Islands agreement worth 3.2 million euros "signed on Tuesday" in Las Palmas de Gran Canaria (the regional minister for Social Welfare and "the president of the Spanish Red Cross in the Canary Islands, Gerardo Padrón / Afonso", the name broken over a line, as signatories) and "It funds first aid, ..." (support), "Cruz Roja sent 25 volunteers of its Emergency Immediate Response Teams (ERIE) ... to El Hierro on Monday" (mission), Mercadona's 12 tonnes of food "Also on Monday" "to the Spanish Red Cross at La Restinga" (donation), "The United Nations refugee agency's representative in Spain, Hélène / Courtois-Miranda, visited the La Restinga quay on Tuesday with Red Cross officials and met the volunteers" (meeting; name broken over a line), Las Raíces centre "financed by the Ministry of Inclusion, Social Security and Migration" (support); traps: Salvamento Marítimo, the Interior Ministry and a Frontex spokesperson cited as sources, "The head of the regional government" by title only and a call on Madrid (no relationship), the IOM only "expected to join the dock coordination in November" (not annotated), reporting/editing credits and the EFE slug.
md03 - IFRC-style DREF Operation Update, Greece heatwave and wildfires (issued 5 August 2026), with a header block and bullet lists: "This DREF supports the Hellenic Red Cross (HRC)" (support), an IFRC surge Operations Manager "deployed to Athens on 23 July" (mission), one three-party coordination meeting "On 24 July" in Athens (HRC, IFRC, the General Secretariat for Civil Protection), the Cyprus Red Cross Society's psychosocial team "deployed ... to Chalkida on 26 July" (mission) and "The team is supporting the HRC's Chalkida branch" (support), the Stavros Niarchos Foundation (SNF) "donated EUR 750,000 to the HRC" "On 28 July" (donation), UNHCR "handed over 1,500 cooling kits ... to the HRC on 30 July" (donation), the heat helpline that "runs with the support of the Region of Attica" (support); traps: the Hellenic National Meteorological Service (EMY) and the Hellenic Fire Service cited as sources, the Copernicus Emergency Management Service "activated" (no relationship), the Regional Governor of Central Greece by title only, "No Partner National Societies" (generic), the German Red Cross's ERU "offered" but "not activated" (not annotated), cash "being planned with the municipalities", an extension only conditional and DG ECHO that "may co-finance a recovery phase" (not annotated), contact lines with names and posts (counted; the IFRC Europe Regional Office only locates an IFRC official).
md04 - HTML-ish SOS MEDITERRANEE news page with page furniture (HTML title with site name, skip link, cookie banner, language switch, menu with DONATE, breadcrumb, reading time, categories, photo caption with credit, "Share this", "Related articles", footer boilerplate; published 12 March 2026): SOS MEDITERRANEE / Italian Red Cross memorandum of understanding "signed on Tuesday in Rome" ("The memorandum was signed by A, Director of Operations of SOS MEDITERRANEE, and B, head of the Migration Unit of the Italian Red Cross"), a delegation that "met the UNHCR Representative for Italy, the Holy See and San Marino, ..., in Rome" "On the same day" as the Wednesday disembarkation (meeting), the Civil Fleet Medical Network that five NGOs "founded" "On 2 March" (alliance of five), the Fondation de France's EUR 200,000 "On 5 March" (donation); people: a local committee president "led by its president, ..." (counted for the Italian Red Cross); traps: the Italian Coast Guard that "had assigned a port of safety" (no relationship), the Prefect of Ravenna by title only, MSF "not part of the network" and in a related-article headline, Alarm Phone and IOM's Missing Migrants Project cited as sources, an extension to Sicilian ports only hoped-for and "early discussions with the Spanish Red Cross" (not annotated), the photographer's credit (not a person with a post), the footer boilerplate.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

CRI = "Italian Red Cross"
CRE = "Spanish Red Cross"
HRC = "Hellenic Red Cross"
MRCS = "Malta Red Cross Society"
CYRCS = "Cyprus Red Cross Society"
PREF_AG = "Prefecture of Agrigento"
MININT_IT = "Ministry of the Interior"
VODAFONE_F = "Fondazione Vodafone Italia"
CANARIAS = "Government of the Canary Islands"
MINCLUSION = "Ministry of Inclusion, Social Security and Migration"
MERCADONA = "Mercadona"
UNHCR = "United Nations High Commissioner for Refugees"
GSCP = "General Secretariat for Civil Protection"
SNF = "Stavros Niarchos Foundation"
ATTICA = "Region of Attica"
SOSMED = "SOS MEDITERRANEE"
SOS_HUMANITY = "SOS Humanity"
SEA_WATCH = "Sea-Watch"
EMERGENCY = "EMERGENCY"
MEDITERRANEA = "Mediterranea Saving Humans"
FDF = "Fondation de France"

DOCS = [
    (
        "md01_cri_prefecture_lampedusa_hotspot.txt",
        "2026-07-08",
        [
            org(CRI, NS, "IT", "Croce Rossa Italiana", "CRI"),
            org(PREF_AG, GOV, "IT"),
            org(MININT_IT, GOV, "IT"),
            org(VODAFONE_F, OTHER, "IT"),
            org(MRCS, NS, "MT"),
        ],
        [
            person("Ilaria Montanari", "Secretary General", CRI),
            person("Vincenzo Russotto", "Prefect of Agrigento", PREF_AG),
            person("Carmelo Distefano", "President", CRI),
            person("Francesca Bellomo", "Director of the hotspot", CRI),
            person("Joseph Camilleri Vella", "Secretary General", MRCS),
        ],
        [
            rel(
                "agreement",
                [CRI, PREF_AG],
                signatories=["Ilaria Montanari", "Vincenzo Russotto"],
                place="Agrigento, Italy",
                date="2026-07-07",
                evidence="The convention was signed at the seat of the Prefecture, in Agrigento, by the Secretary General of the Italian Red Cross",
            ),
            rel(
                "agreement",
                [CRI, PREF_AG],
                date="2023-06-01",
                evidence="It renews the convention that the two parties signed on 1 June 2023",
            ),
            rel(
                "support",
                [MININT_IT, CRI],
                evidence="The activities, entirely financed by the Ministry of the Interior",
            ),
            rel(
                "donation",
                [VODAFONE_F, CRI],
                place="Agrigento, Italy",
                date="2026-07-07",
                evidence="During the ceremony, the Fondazione Vodafone Italia delivered to the Italian Red Cross two off-road ambulances",
            ),
            rel(
                "meeting",
                [CRI, MRCS],
                place="Lampedusa, Italy",
                date="2026-07-06",
                evidence="On Monday 6 July, President Distefano received in Lampedusa a delegation of the Malta Red Cross Society",
            ),
        ],
    ),
    (
        "md02_cruz_roja_canarias_cayucos_wire.txt",
        "2026-10-14",
        [
            org(CRE, NS, "ES", "Cruz Roja"),
            org(CANARIAS, GOV, "ES", "Canary government"),
            org(MERCADONA, CO, "ES"),
            org(UNHCR, UN, None, "UNHCR", "United Nations refugee agency"),
            org(MINCLUSION, GOV, "ES"),
        ],
        [
            person("Nieves Marrero Santana", "Regional Minister for Social Welfare", CANARIAS),
            person("Gerardo Padrón Afonso", "President in the Canary Islands", CRE),
            person("Hélène Courtois-Miranda", "Representative in Spain", UNHCR),
        ],
        [
            rel(
                "agreement",
                [CRE, CANARIAS],
                signatories=["Nieves Marrero Santana", "Gerardo Padrón Afonso"],
                place="Las Palmas de Gran Canaria, Spain",
                date="2026-10-13",
                evidence="LAS PALMAS DE GRAN CANARIA, Oct 14 (EFE) - The Spanish Red Cross and the",
            ),
            rel(
                "support",
                [CANARIAS, CRE],
                evidence="Afonso. It funds first aid, water, dry clothing and thermal blankets on the",
            ),
            rel(
                "mission",
                [CRE],
                place="El Hierro, Spain",
                date="2026-10-12",
                evidence="Cruz Roja sent 25 volunteers of its Emergency Immediate Response Teams (ERIE)",
            ),
            rel(
                "donation",
                [MERCADONA, CRE],
                place="La Restinga, Spain",
                date="2026-10-12",
                evidence="Also on Monday, the supermarket chain Mercadona donated 12 tonnes of food and",
            ),
            rel(
                "meeting",
                [UNHCR, CRE],
                place="La Restinga, Spain",
                date="2026-10-13",
                evidence="Courtois-Miranda, visited the La Restinga quay on Tuesday with Red Cross",
            ),
            rel(
                "support",
                [MINCLUSION, CRE],
                evidence="Laguna, on Tenerife, which is financed by the Ministry of Inclusion, Social",
            ),
        ],
    ),
    (
        "md03_greece_heatwave_wildfires_dref_update.txt",
        "2026-08-05",
        [
            org(IFRC, MB, None, "IFRC"),
            org(HRC, NS, "GR", "HRC"),
            org(GSCP, GOV, "GR", "GSCP"),
            org(CYRCS, NS, "CY"),
            org(SNF, OTHER, "GR", "SNF"),
            org(UNHCR, UN, None, "UNHCR"),
            org(ATTICA, GOV, "GR"),
        ],
        [
            person("Eleni Papadimitriou", "Director of Disaster Management", HRC),
            person("Marco Bellini", "Regional Disaster Management Coordinator", IFRC),
            person("Tomasz Wieczorek", "Operations Manager", IFRC),
        ],
        [
            rel(
                "support",
                [IFRC, HRC],
                evidence="This DREF supports the Hellenic Red Cross (HRC) to deliver first aid",
            ),
            rel(
                "mission",
                [IFRC],
                place="Athens, Greece",
                date="2026-07-23",
                evidence="An IFRC surge Operations Manager was deployed to Athens on 23 July",
            ),
            rel(
                "meeting",
                [HRC, IFRC, GSCP],
                place="Athens, Greece",
                date="2026-07-24",
                evidence="On 24 July, the HRC, the IFRC and the General Secretariat for Civil Protection (GSCP) held a coordination meeting",
            ),
            rel(
                "mission",
                [CYRCS],
                place="Chalkida, Greece",
                date="2026-07-26",
                evidence="The Cyprus Red Cross Society deployed a team of six psychosocial support volunteers to Chalkida on 26 July",
            ),
            rel(
                "support",
                [CYRCS, HRC],
                evidence="The team is supporting the HRC's Chalkida branch",
            ),
            rel(
                "donation",
                [SNF, HRC],
                date="2026-07-28",
                evidence="On 28 July, the Stavros Niarchos Foundation (SNF) donated EUR 750,000 to the HRC",
            ),
            rel(
                "donation",
                [UNHCR, HRC],
                date="2026-07-30",
                evidence="UNHCR handed over 1,500 cooling kits",
            ),
            rel(
                "support",
                [ATTICA, HRC],
                evidence="The HRC heat helpline (1,140 calls so far) runs with the support of the Region of Attica",
            ),
        ],
    ),
    (
        "md04_sos_mediterranee_cri_ravenna_page.txt",
        "2026-03-12",
        [
            org(SOSMED, NGO, None),
            org(CRI, NS, "IT"),
            org(UNHCR, UN, None, "UNHCR"),
            org(SOS_HUMANITY, NGO, "DE"),
            org(SEA_WATCH, NGO, "DE"),
            org(EMERGENCY, NGO, "IT"),
            org(MEDITERRANEA, NGO, "IT"),
            org(FDF, OTHER, "FR"),
        ],
        [
            person("Sophie Larrieu-Beaumont", "Director of Operations", SOSMED),
            person("Stefano Orlandini", "Head of the Migration Unit", CRI),
            person("Marta Gasparini", "President of the committee in Ravenna", CRI),
            person(
                "Aurélie Ndiaye-Fontaine",
                "Representative for Italy, the Holy See and San Marino",
                UNHCR,
            ),
        ],
        [
            rel(
                "agreement",
                [SOSMED, CRI],
                signatories=["Sophie Larrieu-Beaumont", "Stefano Orlandini"],
                place="Rome, Italy",
                date="2026-03-10",
                evidence="SOS MEDITERRANEE and the Italian Red Cross signed on Tuesday in Rome a memorandum of understanding",
            ),
            rel(
                "meeting",
                [SOSMED, UNHCR],
                place="Rome, Italy",
                date="2026-03-11",
                evidence="On the same day, a delegation of SOS MEDITERRANEE met the UNHCR Representative for Italy, the Holy See and San Marino",
            ),
            rel(
                "alliance",
                [SOSMED, SOS_HUMANITY, SEA_WATCH, EMERGENCY, MEDITERRANEA],
                date="2026-03-02",
                evidence="On 2 March, SOS MEDITERRANEE, SOS Humanity, Sea-Watch, EMERGENCY and Mediterranea Saving Humans founded the Civil Fleet Medical Network",
            ),
            rel(
                "donation",
                [FDF, SOSMED],
                date="2026-03-05",
                evidence="On 5 March, the Fondation de France donated EUR 200,000 to SOS MEDITERRANEE",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
