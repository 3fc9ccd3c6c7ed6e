"""Gold annotations for held-out set 206 (prefix sc): the Southern Cone and Brazil (Brazilian Red Cross, Chilean Red Cross, Paraguayan Red Cross, Uruguayan Red Cross, Argentine Red Cross; the Rio Grande do Sul State Civil Defence, Paraguay's Secretaría de Emergencia Nacional, the Government of the City of Buenos Aires, INUMET; a Chilean mining company, a dairy cooperative, a water bottler, a mobile operator; the IFRC, the Climate Centre and partner societies). Four kinds of text: a regional newspaper article translated from Portuguese, a company's sustainability report excerpt, an IFRC Emergency Appeal revision summary, a webinar recap with its speakers.

sc01 - regional newspaper article translated from Portuguese (Gazeta do Vale, Lajeado (RS), Friday 12 June 2026, page furniture: section, page, byline with translator credit, sub-headline, crossheads in capitals, "READ ALSO" footer): the Brazilian Red Cross and the Rio Grande do Sul State Civil Defence "put their signatures this Thursday (11) to a technical cooperation term" (agreement; Brazilian-style day in brackets resolved to 11 June; signed "in the auditorium of the Lajeado city hall" by "the president of the Rio Grande do Sul branch of the Cruz Vermelha Brasileira (CVB), Rosângela Weber Pinheiro, and by the chief of the state Civil Defence, Colonel Anderson Luiz Barcellos"; the branch is the society), "The new term replaces the emergency protocol that the two institutions signed in May 2024" (background agreement), "the Red Cross delegation was received in his office by the mayor of Lajeado, Cláudio Roberto Schneider" (meeting with the municipality, "Prefeitura de Lajeado" later), "The training of the coordinators is financed by the Swiss Red Cross" (support; its programme coordinator "followed the ceremony by video", counted as a person), Cooperativa Leiteira Alto Taquari (Coolat) "handed the Red Cross" milk and blankets at the Estrela warehouse (donation; its president after a quote); traps: the state secretary of Social Development and councillors present by title only, a similar term with the Santa Catarina Civil Defence only intended, a volunteer exchange with the Uruguayan Red Cross only proposed and "still awaiting an answer", MetSul Meteorologia and the Civil Defence cited for figures, a named resident (private individual, not counted), the byline, thanks to "all the companies, churches and volunteers", "READ ALSO" headlines naming a state department of roads.
sc02 - excerpt of a Chilean mining company's integrated sustainability report (Compañía Minera Altos de Taltal S.A., report 2025 published 28 April 2026; chapter header, GRI disclosure tags, "Highlights" bullets that repeat the relations, a quote, a "Looking ahead" section, an investment table with dotted leaders and a source line, page footer): framework collaboration agreement with the Chilean Red Cross signed "On 19 March 2025, in Santiago" by "our Chief Executive Officer, ..." and "the National President of the Chilean Red Cross, ..." (agreement), under which "the Company pays for the equipment and training costs of the Red Cross branch in Taltal" (support; the courses the "Cruz Roja Chilena" delivers are the same agreement, not annotated apart), a delegation "of the IFRC's Americas Regional Office and the Chilean Red Cross visited our desalination plant and the fishing cove of Paposo" in September, "led by" an IFRC coordinator and "hosted by our Vice-President for Sustainability and Corporate Affairs" (one three-party meeting), CLP 180 million "donated ... to the Chilean Red Cross's national emergency appeal" for the February 2025 Valparaíso wildfires (donation), "In July we renewed, for four more years, our agreement with the Cuerpo de Bomberos de Taltal (Taltal Fire Brigade), signed by its Superintendent, ..." (agreement, one signatory named) and "In November we handed the brigade a forest-fire response vehicle" (donation), "we placed two water trucks and a backhoe at the disposal of the Municipality of Taltal" (support); traps: the Undersecretary of Mining present by title only, SENAPRED and CONAF cited for figures, "local authorities, community organisations and humanitarian partners" generic, talks with the regional health authority "suspended in October without an agreement", an arrangement with the Peruvian Red Cross only to be explored, the Finance Department as a table source, the table rows that repeat the relations.
sc03 - IFRC Emergency Appeal revision summary, South America: Drought and Wildfires (Paraguay and Brazil), MDR43014, Revision No. 1 issued 6 October 2026 (header block with appeal and GLIDE numbers, timeframe, operating societies with Spanish and Portuguese names and acronyms, requirement "previously ..."; capitalised section heads, bullets): "so that the IFRC can keep supporting the Paraguayan Red Cross in the Chaco and the Brazilian Red Cross in Mato Grosso do Sul" (two supports), a FACT that "arrived in Filadelfia, Boquerón, on 19 August, led by ..., the IFRC's regional disaster management coordinator" (mission), "the CRP and the Secretaría de Emergencia Nacional (SEN) signed a letter of agreement" on 2 September (agreement), the Spanish Red Cross "has put its M15 water-treatment module and two technicians at the CRP's disposal" (support), Agua Chaqueña S.A. "gave the CRP 150,000 litres of drinking water in September" (donation), "CRP and CVB teams met in Pedro Juan Caballero, across the street from Ponta Porã" on 24 September (meeting), "The Government of Canada contributed CHF 500,000 and the Japanese Red Cross Society CHF 300,000" (two supports of the IFRC's appeal); traps: the Directorate of Meteorology and Hydrology and INPE cited for figures, the Governor of Boquerón's emergency declaration (title only, no relation), the Government of Switzerland's contribution only "being finalised", "Participating National Societies" invited (generic), "national civil protection authorities" and "the UN country teams" generic, CVB / SEDEC discussions "ongoing", "The ICRC is not operational", a DREF the CVB "may request", contact lines with names and posts (counted; the IFRC delegation named with four countries).
sc04 - IFRC Southern Cone delegation story, a recap of the online dialogue "Calor sin Fronteras" (second edition, "On Tuesday evening", published Thursday 3 December 2026: 1 December; "Who spoke" list of speakers "Name, Post, Organisation" and a moderator, crossheads, quotes, tags): one participation of six (the Uruguayan and Argentine societies that organised it "with the Red Cross Red Crescent Climate Centre", the IFRC that moderated, INUMET and the Government of the City of Buenos Aires, whose officials spoke; online, no place), "the Cruz Roja Uruguaya and INUMET had put their cooperation in writing the previous Thursday: under a letter of understanding signed on 26 November" (agreement), "the Salto–Concordia Binational Heat Brigade, which the Argentine Red Cross and the Uruguayan Red Cross set up in January 2026 as a standing joint team" (alliance), "the Uruguayan mobile operator Celeste Móvil sends the Society's heat alerts ... free of charge" (support), the city "has made three municipal buildings ... available to the Argentine Red Cross as cooling points" (support), "The \"Calor sin Fronteras\" series and the brigade are financed by the German Red Cross" (two supports); traps: the World Meteorological Organization and PAHO cited as sources, the city "is studying" its own warning, the Chilean Red Cross "sent apologies" (no participant), the next edition with the Paraguayan Red Cross only planned, the Intendencia de Montevideo only "considering" the model, questions from "municipalities, universities and youth networks" (generic), the moderator's delegation named with four countries.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

BRC = "Brazilian Red Cross"
CRC = "Chilean Red Cross"
PYRC = "Paraguayan Red Cross"
URC = "Uruguayan Red Cross"
ARC = "Argentine Red Cross"
SWISS = "Swiss Red Cross"
SPANISH = "Spanish Red Cross"
JRCS = "Japanese Red Cross Society"
DRK = "German Red Cross"
RS_CD = "Rio Grande do Sul State Civil Defence"
LAJEADO = "Municipality of Lajeado"
COOLAT = "Cooperativa Leiteira Alto Taquari"
ALTOS = "Compañía Minera Altos de Taltal S.A."
BOMBEROS = "Cuerpo de Bomberos de Taltal"
TALTAL = "Municipality of Taltal"
SEN = "Secretaría de Emergencia Nacional"
AGUA = "Agua Chaqueña S.A."
CANADA = "Government of Canada"
CLIMATE = "Red Cross Red Crescent Climate Centre"
INUMET = "Uruguayan Institute of Meteorology"
GCBA = "Government of the City of Buenos Aires"
CELESTE = "Celeste Móvil"

DOCS = [
    (
        "sc01_taquari_valley_shelter_term_gazeta.txt",
        "2026-06-12",
        [
            org(BRC, NS, "BR", "Cruz Vermelha Brasileira", "CVB"),
            org(RS_CD, GOV, "BR", "Defesa Civil do Rio Grande do Sul", "state Civil Defence"),
            org(LAJEADO, GOV, "BR", "Prefeitura de Lajeado", "Lajeado city hall"),
            org(SWISS, NS, "CH"),
            org(COOLAT, CO, "BR", "Coolat"),
        ],
        [
            person("Rosângela Weber Pinheiro", "president of the Rio Grande do Sul branch", BRC),
            person("Anderson Luiz Barcellos", "chief", RS_CD),
            person("Cláudio Roberto Schneider", "mayor", LAJEADO),
            person("Léa Rochat-Bianchi", "programme coordinator for Brazil", SWISS),
            person("Elemar Hoffmann", "president", COOLAT),
        ],
        [
            rel(
                "agreement",
                [BRC, RS_CD],
                signatories=["Rosângela Weber Pinheiro", "Anderson Luiz Barcellos"],
                place="Lajeado, Brazil",
                date="2026-06-11",
                evidence="the Brazilian Red Cross and the Rio Grande do Sul State Civil Defence put their signatures this Thursday (11) to a technical cooperation term",
            ),
            rel(
                "agreement",
                [BRC, RS_CD],
                date="2024-05",
                evidence="The new term replaces the emergency protocol that the two institutions signed in May 2024",
            ),
            rel(
                "meeting",
                [BRC, LAJEADO],
                place="Lajeado, Brazil",
                date="2026-06-11",
                evidence="the Red Cross delegation was received in his office by the mayor of Lajeado, Cláudio Roberto Schneider",
            ),
            rel(
                "support",
                [SWISS, BRC],
                evidence="The training of the coordinators is financed by the Swiss Red Cross",
            ),
            rel(
                "donation",
                [COOLAT, BRC],
                place="Estrela, Brazil",
                date="2026-06-11",
                evidence="the Cooperativa Leiteira Alto Taquari (Coolat), a dairy cooperative based in Teutônia, handed the Red Cross 8,000 litres of long-life milk and 1,200 blankets",
            ),
        ],
    ),
    (
        "sc02_altos_de_taltal_sustainability_report.txt",
        "2026-04-28",
        [
            org(ALTOS, CO, "CL", "Altos de Taltal"),
            org(CRC, NS, "CL", "Cruz Roja Chilena"),
            org(IFRC, MB, None, "IFRC"),
            org(BOMBEROS, NGO, "CL", "Taltal Fire Brigade"),
            org(TALTAL, GOV, "CL"),
        ],
        [
            person("Ignacio Valdivieso Ruiz-Tagle", "Chief Executive Officer", ALTOS),
            person("María Angélica Sepúlveda Lagos", "National President", CRC),
            person("Ricardo Esquivel Bonilla", "disaster risk reduction coordinator for South America", IFRC),
            person("Carolina Mardones Fuentes", "Vice-President for Sustainability and Corporate Affairs", ALTOS),
            person("Hernán Cortés Araya", "Superintendent", BOMBEROS),
        ],
        [
            rel(
                "agreement",
                [ALTOS, CRC],
                signatories=["Ignacio Valdivieso Ruiz-Tagle", "María Angélica Sepúlveda Lagos"],
                place="Santiago, Chile",
                date="2025-03-19",
                evidence="On 19 March 2025, in Santiago, our Chief Executive Officer, Ignacio Valdivieso Ruiz-Tagle, and the National President of the Chilean Red Cross, María Angélica Sepúlveda Lagos, signed a framework collaboration agreement for 2025–2027.",
            ),
            rel(
                "support",
                [ALTOS, CRC],
                evidence="the Company pays for the equipment and training costs of the Red Cross branch in Taltal",
            ),
            rel(
                "meeting",
                [IFRC, CRC, ALTOS],
                place="Paposo, Chile",
                date="2025-09",
                evidence="In September, a delegation of the IFRC's Americas Regional Office and the Chilean Red Cross visited our desalination plant and the fishing cove of Paposo",
            ),
            rel(
                "donation",
                [ALTOS, CRC],
                date="2025-02",
                evidence="the Company donated CLP 180 million to the Chilean Red Cross's national emergency appeal",
            ),
            rel(
                "agreement",
                [ALTOS, BOMBEROS],
                signatories=["Hernán Cortés Araya"],
                date="2025-07",
                evidence="In July we renewed, for four more years, our agreement with the Cuerpo de Bomberos de Taltal (Taltal Fire Brigade)",
            ),
            rel(
                "donation",
                [ALTOS, BOMBEROS],
                date="2025-11",
                evidence="In November we handed the brigade a forest-fire response vehicle with a 4,000-litre tank.",
            ),
            rel(
                "support",
                [ALTOS, TALTAL],
                date="2025-06",
                evidence="we placed two water trucks and a backhoe at the disposal of the Municipality of Taltal",
            ),
        ],
    ),
    (
        "sc03_chaco_pantanal_drought_fires_appeal_revision.txt",
        "2026-10-06",
        [
            org(IFRC, MB, None, "IFRC"),
            org(PYRC, NS, "PY", "Cruz Roja Paraguaya", "CRP"),
            org(BRC, NS, "BR", "Cruz Vermelha Brasileira", "CVB"),
            org(SEN, GOV, "PY", "SEN"),
            org(SPANISH, NS, "ES"),
            org(AGUA, CO, "PY"),
            org(CANADA, GOV, "CA"),
            org(JRCS, NS, "JP"),
        ],
        [
            person("Verónica Ibarra Lugo", "regional disaster management coordinator", IFRC),
            person("Lorena Giménez Benítez", "Secretary General", PYRC),
            person("Paulo Henrique Sampaio", "National Emergency Coordinator", BRC),
            person("Tomás Echeverría Iturbe", "Head of Delegation", IFRC),
            person("Daniela Corredor Ríos", "Operations Coordinator", IFRC),
        ],
        [
            rel(
                "support",
                [IFRC, PYRC],
                evidence="so that the IFRC can keep supporting the Paraguayan Red Cross in the Chaco and the Brazilian Red Cross in Mato Grosso do Sul",
            ),
            rel(
                "support",
                [IFRC, BRC],
                evidence="so that the IFRC can keep supporting the Paraguayan Red Cross in the Chaco and the Brazilian Red Cross in Mato Grosso do Sul",
            ),
            rel(
                "mission",
                [IFRC],
                place="Filadelfia, Paraguay",
                date="2026-08-19",
                evidence="A five-member Field Assessment and Coordination Team (FACT) arrived in Filadelfia, Boquerón, on 19 August",
            ),
            rel(
                "agreement",
                [PYRC, SEN],
                date="2026-09-02",
                evidence="On 2 September the CRP and the Secretaría de Emergencia Nacional (SEN) signed a letter of agreement",
            ),
            rel(
                "support",
                [SPANISH, PYRC],
                evidence="has put its M15 water-treatment module and two technicians at the CRP's disposal in Mariscal Estigarribia",
            ),
            rel(
                "donation",
                [AGUA, PYRC],
                date="2026-09",
                evidence="Agua Chaqueña S.A., a bottler based in Loma Plata, gave the CRP 150,000 litres of drinking water in September.",
            ),
            rel(
                "meeting",
                [PYRC, BRC],
                place="Pedro Juan Caballero, Paraguay",
                date="2026-09-24",
                evidence="On 24 September, CRP and CVB teams met in Pedro Juan Caballero",
            ),
            rel(
                "support",
                [CANADA, IFRC],
                evidence="The Government of Canada contributed CHF 500,000 and the Japanese Red Cross Society CHF 300,000",
            ),
            rel(
                "support",
                [JRCS, IFRC],
                evidence="The Government of Canada contributed CHF 500,000 and the Japanese Red Cross Society CHF 300,000",
            ),
        ],
    ),
    (
        "sc04_calor_sin_fronteras_webinar_recap.txt",
        "2026-12-03",
        [
            org(URC, NS, "UY", "Cruz Roja Uruguaya"),
            org(ARC, NS, "AR"),
            org(CLIMATE, OTHER, None, "Climate Centre"),
            org(IFRC, MB, None, "IFRC"),
            org(INUMET, GOV, "UY", "INUMET"),
            org(GCBA, GOV, "AR"),
            org(CELESTE, CO, "UY"),
            org(DRK, NS, "DE"),
        ],
        [
            person("Gabriela Ferreira Olivera", "President", URC),
            person("Martín Iglesias Bianchi", "Head of Disaster Risk Management", ARC),
            person("Inés Arregui Klein", "Urban Heat Adviser", CLIMATE),
            person("Diego Sosa Pereyra", "Head of Forecasting", INUMET),
            person("Valeria Montenegro Paz", "Director-General of Civil Defence", GCBA),
            person(
                "Tomás Echeverría Iturbe",
                "Head of the IFRC Country Cluster Delegation for Argentina, Chile, Paraguay and Uruguay",
                IFRC,
            ),
        ],
        [
            rel(
                "participation",
                [URC, ARC, CLIMATE, IFRC, INUMET, GCBA],
                event="Calor sin Fronteras",
                date="2026-12-01",
                evidence="The session, organised by the Uruguayan Red Cross and the Argentine Red Cross with the Red Cross Red Crescent Climate Centre, ran for two hours and was moderated by the IFRC.",
            ),
            rel(
                "agreement",
                [URC, INUMET],
                date="2026-11-26",
                evidence="under a letter of understanding signed on 26 November",
            ),
            rel(
                "alliance",
                [ARC, URC],
                date="2026-01",
                evidence="which the Argentine Red Cross and the Uruguayan Red Cross set up in January 2026 as a standing joint team",
            ),
            rel(
                "support",
                [CELESTE, URC],
                evidence="the Uruguayan mobile operator Celeste Móvil sends the Society's heat alerts to its subscribers by text message free of charge",
            ),
            rel(
                "support",
                [GCBA, ARC],
                evidence="the Government of the City of Buenos Aires has made three municipal buildings in Constitución, La Boca and Villa Lugano available to the Argentine Red Cross",
            ),
            rel(
                "support",
                [DRK, URC],
                evidence='The "Calor sin Fronteras" series and the brigade are financed by the German Red Cross.',
            ),
            rel(
                "support",
                [DRK, ARC],
                evidence='The "Calor sin Fronteras" series and the brigade are financed by the German Red Cross.',
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
