"""Gold annotations for held-out set 120 (prefix gd): Europe.

gd01 - company press release (Coop Italia, "we") renewing a food-poverty agreement with the Italian
       Red Cross; a third co-signatory added in a later paragraph, a 2020 background agreement,
       a 2023 flood donation, and plans (Banco Alimentare, ministry round table) that are not relations.
gd02 - Spanish Red Cross blog on sea arrivals in Lanzarote with many partners (ministry funding,
       island council, UNHCR, Medicos del Mundo agreement, supermarket donation, Italian RC visit,
       meeting with the mayor); byline author, Salvamento Maritimo and IOM are not relations.
gd03 - DG ECHO-funded consortium project launch (five National Societies), a side protocol with
       Moldova's IGSU, Red Cross EU Office support, a forum participation, a separate standing
       alliance; observer status is only expected.
gd04 - short news brief: minister's visit to the Hellenic Red Cross, background MoU, next-day
       meeting with the Mayor of Athens, conference attendance; co-financing only "examined".
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

CO = "company"

CRI = "Italian Red Cross"
COOP = "Coop Italia"
CA3 = "Coop Alleanza 3.0"

SRC = "Spanish Red Cross"
MIN_ES = "Ministry of Inclusion, Social Security and Migration"
CABILDO = "Cabildo de Lanzarote"
MDM = "Médicos del Mundo"
ARRECIFE = "Arrecife City Council"

ARC = "Austrian Red Cross"
DRK = "German Red Cross"
PCK = "Polish Red Cross"
URCS = "Ukrainian Red Cross Society"
MRC = "Red Cross Society of the Republic of Moldova"
ECHO = "Directorate-General for European Civil Protection and Humanitarian Aid Operations"
IGSU = "General Inspectorate for Emergency Situations"
RCEU = "Red Cross EU Office"
LRC = "Lithuanian Red Cross"

HRC = "Hellenic Red Cross"
MIN_GR = "Ministry of Climate Crisis and Civil Protection"
ATHENS = "City of Athens"

ECHO_EV = (
    "The project is funded by the European Union through the European Commission's "
    "Directorate-General for European Civil Protection and Humanitarian Aid Operations (DG ECHO)"
)

DOCS = [
    (
        "gd01_coop_cri_food_poverty.txt",
        "2025-09-18",
        [
            org(COOP, CO, "IT", "Coop"),
            org(CRI, NS, "IT", "Croce Rossa Italiana", "CRI"),
            org(CA3, CO, "IT"),
        ],
        [
            person("Marco Pedrazzini", "President", COOP),
            person("Lucia Ferranti", "President", CRI),
            person("Daniela Rossetti-Bianchi", "Chief Executive", CA3),
            person("Francesca Gallo", "Director of Social Inclusion", CRI),
        ],
        [
            rel(
                "agreement",
                [COOP, CRI, CA3],
                signatories=["Marco Pedrazzini", "Lucia Ferranti", "Daniela Rossetti-Bianchi"],
                place="Rome, Italy",
                date="2025-09-17",
                evidence="The new agreement was signed yesterday in Rome",
            ),
            rel(
                "agreement",
                [COOP, CRI],
                date="2020",
                evidence="When we first signed with the Red Cross, in the spring of 2020",
            ),
            rel(
                "donation",
                [COOP, CRI],
                evidence="Coop will donate €750,000 over three years to the Red Cross programme",
            ),
            rel(
                "support",
                [COOP, CRI],
                evidence="the cooperatives will make available at least 1,200 tonnes of unsold "
                "but perfectly edible food every year",
            ),
            rel(
                "donation",
                [COOP, CRI],
                place="Ravenna, Italy",
                date="2023-05",
                evidence="Coop cooperatives delivered more than 90,000 bottles of water and "
                "30 tonnes of food to CRI emergency camps in the province of Ravenna",
            ),
        ],
    ),
    (
        "gd02_src_lanzarote_migration_blog.txt",
        "2025-03-14",
        [
            org(SRC, NS, "ES"),
            org(MIN_ES, GOV, "ES"),
            org(CABILDO, GOV, "ES"),
            org("UNHCR", UN, None, "UN Refugee Agency"),
            org(MDM, NGO, "ES"),
            org("HiperDino", CO, "ES"),
            org(CRI, NS, "IT"),
            org(ARRECIFE, GOV, "ES"),
        ],
        [
            person("Iratxe Goñi", "Coordinator in the Canary Islands", MDM),
            person("Paolo Sardi", "Head of Migration Operations", CRI),
            person("Tomás Betancor Rivero", "Island President (Lanzarote)", SRC),
            person("Elena Curbelo Martín", "Mayor of Arrecife", ARRECIFE),
        ],
        [
            rel(
                "support",
                [MIN_ES, SRC],
                evidence="The first-reception programme at the dock is financed by the Ministry "
                "of Inclusion, Social Security and Migration",
            ),
            rel(
                "support",
                [CABILDO, SRC],
                evidence="The Cabildo de Lanzarote, the island council, has lent us a warehouse "
                "next to the port and two minibuses",
            ),
            rel(
                "support",
                ["UNHCR", SRC],
                place="Arrecife, Spain",
                date="2025-01",
                evidence="have been deployed to Arrecife to support our teams",
            ),
            rel(
                "agreement",
                [MDM, SRC],
                date="2023",
                evidence="under a cooperation agreement our two organisations signed in 2023",
            ),
            rel(
                "support",
                [MDM, SRC],
                evidence="Psychologists from her organisation have joined our shifts twice a week",
            ),
            rel(
                "donation",
                ["HiperDino", SRC],
                date="2025-02",
                evidence="the supermarket chain HiperDino donated 14 tonnes of food and bottled water",
            ),
            rel(
                "meeting",
                [CRI, SRC],
                place="Lanzarote, Spain",
                date="2025-02",
                evidence="a team from the Italian Red Cross, led by Paolo Sardi, head of migration "
                "operations, spent four days with us",
            ),
            rel(
                "meeting",
                [SRC, ARRECIFE],
                place="Arrecife, Spain",
                date="2025-03-11",
                evidence="On Tuesday our island president, Tomás Betancor Rivero, met the Mayor of "
                "Arrecife, Elena Curbelo Martín, at the town hall",
            ),
        ],
    ),
    (
        "gd03_ready_east_echo_consortium.txt",
        "2025-06-12",
        [
            org(ARC, NS, "AT"),
            org(DRK, NS, "DE", "DRK"),
            org(PCK, NS, "PL", "PCK"),
            org(URCS, NS, "UA", "URCS"),
            org(MRC, NS, "MD", "Moldovan National Society"),
            org(ECHO, OTHER, None, "DG ECHO", "European Commission", "European Union"),
            org(IGSU, GOV, "MD", "IGSU"),
            org(RCEU, OTHER, "BE"),
            org(LRC, NS, "LT"),
        ],
        [
            person("Katharina Lehner-Staudt", "Secretary General", ARC),
            person("Victoria Rusu", "Secretary General", MRC),
            person("Mihai Botnaru", "Chief Inspector", IGSU),
            person("Henrik Solberg", "Head of the DG ECHO unit for disaster preparedness", ECHO),
            person("Oksana Melnychuk", "Director General", URCS),
        ],
        [
            *[rel("support", [ECHO, ns], evidence=ECHO_EV) for ns in (ARC, DRK, PCK, URCS, MRC)],
            rel(
                "agreement",
                [ARC, DRK, PCK, URCS, MRC],
                place="Vienna, Austria",
                date="2024-11",
                evidence="The five partners signed their consortium agreement in Vienna last November",
            ),
            rel(
                "agreement",
                [MRC, IGSU],
                signatories=["Victoria Rusu", "Mihai Botnaru"],
                place="Chișinău, Moldova",
                date="2025-06-10",
                evidence="signed a cooperation protocol on volunteer deployment during emergencies",
            ),
            rel(
                "support",
                [RCEU, ARC],
                evidence="The Red Cross EU Office in Brussels supported the Austrian Red Cross in "
                "drafting the proposal",
            ),
            rel(
                "participation",
                [ARC, URCS],
                event="European Humanitarian Forum",
                place="Brussels, Belgium",
                date="2025-05",
                evidence="took part in a side event at the European Humanitarian Forum in Brussels",
            ),
            rel(
                "alliance",
                [PCK, URCS, LRC],
                date="2023",
                evidence="a standing coalition formed in 2023 by the Polish Red Cross, the Ukrainian "
                "Red Cross Society and the Lithuanian Red Cross",
            ),
        ],
    ),
    (
        "gd04_hrc_minister_visit_athens.txt",
        "2025-07-04",
        [
            org(HRC, NS, "GR", "HRC"),
            org(MIN_GR, GOV, "GR"),
            org(ATHENS, GOV, "GR"),
            org(CRI, NS, "IT"),
            org(SRC, NS, "ES"),
        ],
        [
            person(
                "Stavros Kalogeropoulos", "Minister of Climate Crisis and Civil Protection", MIN_GR
            ),
            person("Antonios Vlachakis", "President", HRC),
            person(
                "Dimitra Karanikola", "Head of the Samaritans, Rescuers and Lifeguards corps", HRC
            ),
            person("Eleni Papadaki-Roussou", "Mayor of Athens", ATHENS),
        ],
        [
            rel(
                "meeting",
                [MIN_GR, HRC],
                place="Marousi, Greece",
                date="2025-07-02",
                evidence="visited the Hellenic Red Cross (HRC) ambulance and rescue hub in Marousi "
                "on Wednesday",
            ),
            rel(
                "agreement",
                [HRC, MIN_GR],
                date="2024-04",
                evidence="a memorandum of understanding on wildfire and heatwave response that the "
                "HRC and the Ministry of Climate Crisis and Civil Protection signed in April 2024",
            ),
            rel(
                "meeting",
                [HRC, ATHENS],
                place="Athens, Greece",
                date="2025-07-03",
                evidence="The next day, Vlachakis met the Mayor of Athens, Eleni Papadaki-Roussou, "
                "at City Hall",
            ),
            rel(
                "participation",
                [HRC, CRI, SRC],
                event="Mediterranean Red Cross and Red Crescent Conference",
                place="Valletta, Malta",
                date="2025-06",
                evidence="attended the Mediterranean Red Cross and Red Crescent Conference in "
                "Valletta, Malta",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
