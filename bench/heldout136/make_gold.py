"""Gold annotations for held-out set 136 (prefix ih): Western Europe and North America.

ih01 - press release: German Red Cross and DHL Group sign logistics framework (Berlin); minister of
       state present but not a signatory; DHL cash gift; background 2018 DHL-IFRC MoU; Federal
       Foreign Office co-financing as background support; possible extension to the Austrian Red
       Cross is only being examined (no relation, org not listed); press contact unnamed.
ih02 - wire copy with hard line breaks: Nova Scotia-Canadian Red Cross $5M agreement signed "Tuesday";
       Sobeys gift "on Monday"; American Red Cross team supports CRC; mayor's matching funds only
       under consideration; byline, The Canadian Press cited as source, Environment Canada / DNR
       merely quoted; evacuee is a private individual; 2023 background agreement.
ih03 - feature: Swiss Red Cross heat-buddy scheme; 2023 research agreement with University of Bern;
       FOPH funding, Migros gift of goods, City of Zurich support, meeting "last month" (2025-07);
       IFRC translation help is support, but its invitation to Budapest is not a relation;
       first-name-only private individuals.
ih04 - conference report: Paris Humanitarian Forum at Sciences Po (one participation relation);
       AFD grant to the French Red Cross; British-French Channel MoU with IFRC director looking on
       (not a signatory); five-society alliance; two separate bilateral IFRC meetings; ICRC-Sciences
       Po course is only intended; AFP cited as source; byline; generic partner National Societies.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

DRK = "German Red Cross"
DHL = "DHL Group"
AA = "Federal Foreign Office"

NSG = "Government of Nova Scotia"
CRC = "Canadian Red Cross"
ARC = "American Red Cross"
SOBEYS = "Sobeys Inc."
HRM = "Halifax Regional Municipality"

SRK = "Swiss Red Cross"
UNIBE = "University of Bern"
FOPH = "Federal Office of Public Health"
MIGROS = "Migros"
ZH = "City of Zurich"

CRF = "French Red Cross"
BRC = "British Red Cross"
NLRC = "Netherlands Red Cross"
BERC = "Belgian Red Cross"
CRI = "Italian Red Cross"
SCPO = "Sciences Po"
AFD = "Agence française de développement"
UNHCR = "UN Refugee Agency"

DOCS = [
    (
        "ih01_drk_dhl_logistics.txt",
        "2025-02-12",
        [
            org(DRK, NS, "DE", "DRK", "Deutsches Rotes Kreuz"),
            org(DHL, CO, "DE", "DHL"),
            org(AA, GOV, "DE"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [
            person("Katharina Vollmer", "Secretary General", DRK),
            person("Jens Oberländer", "Executive Vice President for Group Sustainability", DHL),
            person("Friederike Lang", "Minister of State", AA),
        ],
        [
            rel(
                "agreement",
                [DRK, DHL],
                signatories=["Katharina Vollmer", "Jens Oberländer"],
                place="Berlin, Germany",
                date="2025-02-12",
                evidence="The German Red Cross (Deutsches Rotes Kreuz, DRK) and DHL Group today signed a three-year framework agreement",
            ),
            rel(
                "donation",
                [DHL, DRK],
                date="2025-02-12",
                evidence="The company also handed over a donation of EUR 250,000 to the DRK emergency fund",
            ),
            rel(
                "agreement",
                [DHL, IFRC],
                date="2018",
                evidence="DHL and the International Federation of Red Cross and Red Crescent Societies (IFRC) concluded a memorandum of understanding on airport emergency logistics in 2018",
            ),
            rel(
                "support",
                [AA, DRK],
                evidence="The Federal Foreign Office has co-financed the DRK's international logistics centre at Schönefeld since 2021",
            ),
        ],
    ),
    (
        "ih02_nova_scotia_wildfire.txt",
        "2025-07-09",
        [
            org(NSG, GOV, "CA", "Nova Scotia government"),
            org(CRC, NS, "CA"),
            org(ARC, NS, "US"),
            org(SOBEYS, CO, "CA", "Sobeys"),
            org(HRM, GOV, "CA"),
        ],
        [
            person("Daniel Ferreira", "Emergency Management Minister", NSG),
            person("Ines Boudreau", "Vice-president for Atlantic Canada", CRC),
            person("Andrew Lachance", "Mayor", HRM),
        ],
        [
            rel(
                "agreement",
                [NSG, CRC],
                signatories=["Daniel Ferreira", "Ines Boudreau"],
                place="Dartmouth, Canada",
                date="2025-07-08",
                evidence="The Nova Scotia government has signed a $5-million agreement",
            ),
            rel(
                "donation",
                [SOBEYS, CRC],
                date="2025-07-07",
                evidence="Separately, Stellarton-based grocery chain Sobeys Inc. donated $250,000",
            ),
            rel(
                "support",
                [ARC, CRC],
                place="Halifax, Canada",
                evidence="The American Red Cross has sent a team of 30 disaster caseworkers and",
            ),
            rel(
                "agreement",
                [NSG, CRC],
                date="2023",
                evidence="The province signed a similar, smaller agreement with the Red Cross",
            ),
        ],
    ),
    (
        "ih03_srk_heat_buddies.txt",
        "2025-08-20",
        [
            org(SRK, NS, "CH", "SRK"),
            org(UNIBE, OTHER, "CH"),
            org(FOPH, GOV, "CH", "FOPH"),
            org(MIGROS, CO, "CH"),
            org(ZH, GOV, "CH"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [
            person("Lea Brunner", "Project lead", SRK),
            person("Martin Egli", "Professor of climate epidemiology", UNIBE),
            person("Annemarie Keller", "President", SRK),
            person("Sabine Wyss", "City councillor responsible for health", ZH),
        ],
        [
            rel(
                "agreement",
                [SRK, UNIBE],
                date="2023",
                evidence="Under a research cooperation agreement signed in 2023, epidemiologists at the University of Bern have been following participants",
            ),
            rel(
                "support",
                [FOPH, SRK],
                evidence="The scheme is financed largely by the Federal Office of Public Health (FOPH), which granted CHF 1.1 million for 2025–2027",
            ),
            rel(
                "donation",
                [MIGROS, SRK],
                date="2025",
                evidence="this spring the retailer Migros donated 2,000 electric fans and 15,000 reusable water bottles",
            ),
            rel(
                "meeting",
                [SRK, ZH],
                date="2025-07",
                evidence="Last month SRK president Annemarie Keller sat down with Sabine Wyss, the Zurich city councillor responsible for health",
            ),
            rel(
                "support",
                [ZH, SRK],
                evidence="The City of Zurich has since made its cooling rooms in four community centres available to heat buddies and their partners.",
            ),
            rel(
                "support",
                [IFRC, SRK],
                evidence="The IFRC's Regional Office for Europe helped the SRK translate its volunteer handbook into English and Italian last winter",
            ),
        ],
    ),
    (
        "ih04_paris_migration_forum.txt",
        "2025-11-27",
        [
            org(CRF, NS, "FR", "CRF", "Croix-Rouge française"),
            org(BRC, NS, "GB"),
            org(NLRC, NS, "NL"),
            org(BERC, NS, "BE"),
            org(CRI, NS, "IT"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(UNHCR, UN, None, "UNHCR"),
            org(SCPO, OTHER, "FR"),
            org(AFD, GOV, "FR", "AFD"),
        ],
        [
            person("Thomas Lefebvre", "Director for civil-society partnerships", AFD),
            person("Hélène Marchetti", "President", CRF),
            person("Oliver Haines", "Chief executive", BRC),
            person("Anneke Vos", "Regional director for Europe", IFRC),
            person("Marc Dufresne", "Head of the Paris regional delegation", ICRC),
            person("Leila Haddad", "Representative in France", UNHCR),
        ],
        [
            rel(
                "participation",
                [SCPO, CRF, BRC, NLRC, BERC, CRI, IFRC, ICRC, UNHCR, AFD],
                event="Paris Humanitarian Forum on Migration and Protection",
                place="Paris, France",
                date="2025-11-25",
                evidence="gathered at Sciences Po in Paris on Tuesday for the Paris Humanitarian Forum on Migration and Protection",
            ),
            rel(
                "support",
                [AFD, CRF],
                evidence="The one-day forum was financed by the Agence française de développement (AFD) through a grant to the French Red Cross",
            ),
            rel(
                "agreement",
                [CRF, BRC],
                signatories=["Hélène Marchetti", "Oliver Haines"],
                place="Paris, France",
                date="2025-11-25",
                evidence="the French and British societies signed a memorandum of understanding on the protection of people attempting to cross the Channel",
            ),
            rel(
                "alliance",
                [CRF, BRC, NLRC, BERC, CRI],
                date="2025-11-25",
                evidence="the five National Societies present went further, announcing a standing operational alliance",
            ),
            rel(
                "meeting",
                [IFRC, BERC],
                place="Paris, France",
                date="2025-11-25",
                evidence="Vos also held separate bilateral talks on the margins with the Belgian Red Cross and with the Italian Red Cross",
            ),
            rel(
                "meeting",
                [IFRC, CRI],
                place="Paris, France",
                date="2025-11-25",
                evidence="Vos also held separate bilateral talks on the margins with the Belgian Red Cross and with the Italian Red Cross",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
