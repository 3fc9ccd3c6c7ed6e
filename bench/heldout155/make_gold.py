"""Gold annotations for held-out set 155 (prefix ko): Southern Europe and the Mediterranean (Italian, Spanish, Hellenic, Malta and Cyprus Red Cross; Lampedusa, wildfires, floods, migration).

ko01 - press release (Rome): Italian RC / Malta RC memorandum "yesterday inked" (dateline-relative), co-financing by the European Commission's DG HOME for both societies, Enel gift of generators to the Lampedusa team, background March 2024 convention of CRI with the Ministry of the Interior; traps: IFRC regional director and an unnamed ambassador only looked on, UNHCR/IOM working group only intended, contingency plan being drafted, Movement boilerplate in the notes to editors, press-office line.
ko02 - wire story with hard line breaks (ATHENS, Aug 6): HRC president held talks with the civil protection minister (ministry named only through the minister's title), IFRC DREF release, Cyprus RC team flown to Athens (mission + support), SNF money and AB Vassilopoulos goods (donations), background 2022 agreement with the Hellenic Fire Service; traps: ANA-MPA cited as a source, Spanish RC only offered a team, mayor named only by title, 2023 Evros fire background, reporting/editing credits.
ko03 - IFRC-style DREF operation update, Murcia floods: SRC supports Lorca City Council in shelters, IFRC DREF for SRC, DG ECHO replenishes the IFRC's DREF (acronym never expanded), Mercadona and Inditex in-kind donations, one four-party coordination meeting (SRC, IFRC, regional government, DGPCE), background 2019 SRC/UME agreement (UME used before it is defined); traps: AEMET cited as source, Partner National Societies generic, ICRC mere co-mention, UNHCR only approached, nameless contact lines.
ko04 - local news with byline (Valletta): one participation of eleven organisations in the migration conference, coalition of five societies named in compressed form ("the Italian, Spanish, Hellenic, Cyprus and Malta Red Cross societies"), CRI / Tunisian RC protocol renewal (ICRC head only looked on) plus the 2021 original as background, two separate bilateral meetings of the Malta RC, ICRC courtesy call on the Maltese home affairs ministry, UNHCR financing of a Malta RC service (passive); traps: byline, Libyan RC invited but absent, EC appeal discussed but not agreed, French RC would only "consider" joining, Frontex cited as a source, next conference only due.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

CRI = "Italian Red Cross"
MRCS = "Malta Red Cross Society"
HRC = "Hellenic Red Cross"
CYRC = "Cyprus Red Cross Society"
SRC = "Spanish Red Cross"
FRC = "French Red Cross"
TRC = "Tunisian Red Crescent"
MRC = "Moroccan Red Crescent"
UNHCR = "United Nations High Commissioner for Refugees"

DGHOME = "Directorate-General for Migration and Home Affairs"
ITMOI = "Ministry of the Interior"
GRMIN = "Ministry of Climate Crisis and Civil Protection"
HFS = "Hellenic Fire Service"
SNF = "Stavros Niarchos Foundation"
ECHO = "Directorate-General for European Civil Protection and Humanitarian Aid Operations"
LORCA = "Lorca City Council"
UME = "Military Emergencies Unit"
MURCIA = "Government of the Region of Murcia"
DGPCE = "Directorate-General for Civil Protection and Emergencies"
MTMIN = "Ministry for Home Affairs, Security and Employment"

DOCS = [
    (
        "ko01_italy_malta_sea_arrivals.txt",
        "2025-05-14",
        [
            org(CRI, NS, "IT", "Croce Rossa Italiana", "CRI"),
            org(MRCS, NS, "MT", "Malta Red Cross"),
            org(IFRC, MB, None, "IFRC"),
            org(DGHOME, GOV, None, "DG HOME", "European Commission"),
            org(ITMOI, GOV, "IT", "Italian Ministry of the Interior"),
            org("Enel", CO, "IT"),
        ],
        [
            person("Giulio Ferraresi", "President", CRI),
            person("Doreen Azzopardi", "Chair", MRCS),
            person("Birgitte Halvorsen", "Regional Director for Europe", IFRC),
            person("Salvatore Lo Presti", "Coordinator of operations on Lampedusa", CRI),
            person("Ryan Vella", "Secretary General", MRCS),
        ],
        [
            rel(
                "agreement",
                [CRI, MRCS],
                signatories=["Giulio Ferraresi", "Doreen Azzopardi"],
                place="Rome, Italy",
                date="2025-05-13",
                evidence="The Italian Red Cross and the Malta Red Cross Society yesterday inked a memorandum of understanding",
            ),
            rel(
                "support",
                [DGHOME, CRI],
                evidence="The training programme is co-financed by the European Commission's Directorate-General for Migration and Home Affairs (DG HOME)",
            ),
            rel(
                "support",
                [DGHOME, MRCS],
                evidence="The training programme is co-financed by the European Commission's Directorate-General for Migration and Home Affairs (DG HOME)",
            ),
            rel(
                "agreement",
                [CRI, ITMOI],
                date="2024-03",
                evidence="a convention which the Italian Red Cross and the Ministry of the Interior signed in March 2024",
            ),
            rel(
                "donation",
                ["Enel", CRI],
                evidence="the energy group Enel has donated two mobile generators and 600 solar-powered phone chargers to the Red Cross team on Lampedusa",
            ),
        ],
    ),
    (
        "ko02_greece_attica_wildfire.txt",
        "2025-08-06",
        [
            org(HRC, NS, "GR", "HRC", "Greek Red Cross"),
            org(HFS, GOV, "GR"),
            org(GRMIN, GOV, "GR", "Climate Crisis and Civil Protection Ministry"),
            org(IFRC, MB, None),
            org(CYRC, NS, "CY", "Cyprus Red Cross"),
            org(SNF, OTHER, "GR", "SNF"),
            org("AB Vassilopoulos", CO, "GR"),
        ],
        [
            person("Vasilis Koutsoumbas", "Spokesman", HFS),
            person("Theodoros Manolakis", "President", HRC),
            person("Kostas Diamantidis", "Minister of Climate Crisis and Civil Protection", GRMIN),
            person("Marios Hadjipetrou", "Secretary General", CYRC),
        ],
        [
            rel(
                "meeting",
                [HRC, GRMIN],
                place="Athens, Greece",
                date="2025-08-05",
                evidence="Manolakis held talks on Tuesday evening with Climate Crisis and Civil",
            ),
            rel(
                "support",
                [IFRC, HRC],
                evidence="said on Wednesday it had released 295,000 Swiss francs from its",
            ),
            rel(
                "mission",
                [CYRC],
                place="Athens, Greece",
                date="2025-08-05",
                evidence="The Cyprus Red Cross Society flew a team of eight psychosocial support",
            ),
            rel(
                "support",
                [CYRC, HRC],
                evidence="volunteers to Athens on Tuesday to reinforce the HRC shelter teams,",
            ),
            rel(
                "donation",
                [SNF, HRC],
                date="2025-08-05",
                evidence="transferred 1 million euros to the Hellenic Red Cross on Tuesday, while",
            ),
            rel(
                "donation",
                ["AB Vassilopoulos", HRC],
                place="Lavrio, Greece",
                evidence="supermarket chain AB Vassilopoulos handed over 30 tonnes of bottled",
            ),
            rel(
                "agreement",
                [HRC, HFS],
                date="2022",
                evidence="Under a 2022 cooperation agreement with the Hellenic Fire Service, HRC",
            ),
        ],
    ),
    (
        "ko03_spain_murcia_floods_update.txt",
        "2025-10-22",
        [
            org(SRC, NS, "ES", "Cruz Roja Española", "SRC"),
            org(LORCA, GOV, "ES", "Ayuntamiento de Lorca"),
            org(UME, GOV, "ES", "UME"),
            org(IFRC, MB, None, "IFRC"),
            org(ECHO, GOV, None, "DG ECHO", "ECHO"),
            org("Mercadona", CO, "ES"),
            org("Inditex", CO, "ES"),
            org(MURCIA, GOV, "ES"),
            org(DGPCE, GOV, "ES", "DGPCE", "Ministry of the Interior"),
        ],
        [
            person(
                "Pilar Navarro Ruiz",
                "President of the regional committee in the Region of Murcia",
                SRC,
            ),
            person("Tomás Ekberg", "Operations Manager", IFRC),
        ],
        [
            rel(
                "support",
                [SRC, LORCA],
                evidence="SRC is supporting Lorca City Council (Ayuntamiento de Lorca) in running two temporary shelters",
            ),
            rel(
                "agreement",
                [SRC, UME],
                date="2019",
                evidence="the collaboration agreement that SRC and the UME signed in 2019",
            ),
            rel(
                "support",
                [IFRC, SRC],
                date="2025-10-14",
                evidence="the IFRC approved CHF 468,214 the following day to support the National Society's operation",
            ),
            rel(
                "support",
                [ECHO, IFRC],
                evidence="DG ECHO replenished the IFRC's DREF with CHF 150,000 for this operation",
            ),
            rel(
                "donation",
                ["Mercadona", SRC],
                evidence="Mercadona donated 40 tonnes of food and hygiene products",
            ),
            rel(
                "donation",
                ["Inditex", SRC],
                place="Murcia, Spain",
                evidence="Inditex handed over 9,500 blankets and items of new clothing to the Spanish Red Cross logistics centre in Murcia",
            ),
            rel(
                "meeting",
                [SRC, IFRC, MURCIA, DGPCE],
                place="Murcia, Spain",
                date="2025-10-15",
                evidence="met representatives of the Government of the Region of Murcia and of the Directorate-General for Civil Protection and Emergencies (DGPCE)",
            ),
        ],
    ),
    (
        "ko04_valletta_migration_conference.txt",
        "2025-11-20",
        [
            org(MRCS, NS, "MT", "Malta Red Cross"),
            org(CRI, NS, "IT"),
            org(SRC, NS, "ES"),
            org(HRC, NS, "GR"),
            org(CYRC, NS, "CY", "Cyprus Red Cross"),
            org(FRC, NS, "FR"),
            org(TRC, NS, "TN"),
            org(MRC, NS, "MA"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(UNHCR, UN, None, "UNHCR"),
            org(MTMIN, GOV, "MT"),
        ],
        [
            person("Doreen Azzopardi", "President", MRCS),
            person("Giulio Ferraresi", "President", CRI),
            person("Lucía Berrocal", "International Cooperation Director", SRC),
            person("Eleni Vlachou", "Head of the migration programme", HRC),
            person("Francesca Rinaldi", "Secretary General", CRI),
            person("Hichem Ben Salah", "Secretary General", TRC),
            person("Matthias Keller", "Head of delegation for the EU and NATO", ICRC),
            person("Ryan Vella", "Secretary General", MRCS),
            person("Youssef El Amrani", "Director General", MRC),
            person("Clayton Borg", "Minister for Home Affairs, Security and Employment", MTMIN),
            person("Alessandra Conti", "Head of the UNHCR office in Malta", UNHCR),
        ],
        [
            rel(
                "participation",
                [MRCS, CRI, SRC, HRC, CYRC, FRC, TRC, MRC, IFRC, ICRC, UNHCR],
                event="Mediterranean Red Cross Red Crescent Migration Conference",
                place="Valletta, Malta",
                date="2025-11-18",
                evidence="Alongside the five founding societies, the French Red Cross, the Tunisian Red Crescent and the Moroccan Red Crescent sent delegations",
            ),
            rel(
                "alliance",
                [CRI, SRC, HRC, CYRC, MRCS],
                place="Valletta, Malta",
                date="2025-11-19",
                evidence="The Mediterranean Sea Arrivals Coalition was set up on Wednesday by the Italian, Spanish, Hellenic, Cyprus and Malta Red Cross societies",
            ),
            rel(
                "agreement",
                [CRI, TRC],
                signatories=["Francesca Rinaldi", "Hichem Ben Salah"],
                place="Valletta, Malta",
                date="2025-11-18",
                evidence="the Italian Red Cross and the Tunisian Red Crescent renewed the protocol on restoring family links",
            ),
            rel(
                "agreement",
                [CRI, TRC],
                date="2021",
                evidence="that they first concluded in 2021",
            ),
            rel(
                "meeting",
                [MRCS, TRC],
                place="Valletta, Malta",
                date="2025-11-19",
                evidence="held separate bilateral meetings on Wednesday morning with the Tunisian delegation and with Youssef El Amrani",
            ),
            rel(
                "meeting",
                [MRCS, MRC],
                place="Valletta, Malta",
                date="2025-11-19",
                evidence="held separate bilateral meetings on Wednesday morning with the Tunisian delegation and with Youssef El Amrani",
            ),
            rel(
                "meeting",
                [ICRC, MTMIN],
                place="Valletta, Malta",
                date="2025-11-18",
                evidence="paid a courtesy call on Tuesday on Clayton Borg, Minister for Home Affairs, Security and Employment",
            ),
            rel(
                "support",
                [UNHCR, MRCS],
                evidence="which is financed by UNHCR",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
