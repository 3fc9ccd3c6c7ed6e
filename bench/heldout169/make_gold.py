"""Gold annotations for held-out set 169 (prefix lc): the Andes (Peruvian, Ecuadorian, Bolivian, Colombian and Venezuelan Red Cross; El Niño, floods, migration, the Andean Community, a mining company, banks).

lc01 - national society press release (Lima, 11 Feb 2026): Peruvian RC / INDECI five-year framework agreement signed "yesterday" by the society's President and "the head of INDECI, Eng. ..." (honorifics Dr./Eng. dropped), BCP (Banco de Crédito del Perú) gift of 400,000 soles at the same ceremony, Spanish RC funding the early action programme (passive "is funded by"), Secretary General's talks with the Regional Government of Piura "last Friday", background 2019 Peruvian RC / Ministry of Health (MINSA) agreement; traps: Minister of Defence by title only (only attended), SENAMHI and the Andina agency cited as sources, Ministry of Education agreement only hoped for, "About" boilerplate naming IFRC and ICRC, media contact (a named person with post: counted).
lc02 - wire story with hard line breaks (QUITO, March 18, 2026 (EFE)): Lundin Gold (mining company) transfer of 150,000 dollars "on Monday", Banco Pichincha food kits (passive "donated by ... to the Red Cross"), one three-party coordination meeting (Ecuadorian RC, SNGR, WFP) in Guayaquil "on Tuesday", WFP funding cash transfers, Colombian RC rescue team sent to Babahoyo "last Thursday" (mission + support, the society first named as "Colombia's Red Cross"); traps: EFE as the agency, INAMHI cited as source, company spokesman unnamed and a second contribution only "considering", meeting with the Ministry of Economy and Finance postponed (not held), mayor of Babahoyo by title only.
lc03 - IFRC-style DREF operation update, Beni and La Paz floods in Bolivia (issued 9 April 2026): IFRC DREF support approved 14 March (acronym used before it is spelled out), IFRC surge team sent to Trinidad (mission), Banco Mercantil Santa Cruz donation of nets and blankets, Swiss RC financing hygiene kit replenishment, one four-party coordination meeting (BRC, IFRC, Vice Ministry of Civil Defence, Departmental Government of Beni; officials given as "the Vice Minister of Civil Defence, X" and "the Governor of Beni, X"; the VIDECI acronym only appears after), background 2022 BRC / VIDECI agreement, BRC supporting the Ministry of Health and Sports in a dengue campaign; traps: SENAMHI cited as source, Minister of the Presidency by title only, Partner National Societies generic, Argentine RC only offered conditionally, extension only possible, contact lines with titles only.
lc04 - HTML-ish newsroom page with page furniture (menu, breadcrumbs, "Share this", related news, cookie banner; Lima, published 22 May 2026): first Andean Forum on Disaster Risk Management and Human Mobility hosted by the CAN General Secretariat on Wednesday and Thursday (one participation of eleven organisations, five societies named in compressed form "the Red Cross societies of Bolivia, Colombia, Ecuador, Peru and Venezuela", ICRC and UNHCR as observers counted), CAN / IFRC MoU signed "on Thursday", Andean Red Cross Network on Human Mobility launched by four societies "a day earlier" (alliance, compressed form), CAF financing the Peruvian and Ecuadorian RC early warning project since 2025 (passive, two supports), Venezuelan RC president's talks with IOM on the sidelines, IFRC courtesy call on Peru's foreign minister "on Tuesday"; traps: Bolivian RC only deciding later whether to join, UNHCR invited to the network but no reply, ambassador of Spain by title only, Andean humanitarian fund only proposed / to be discussed, Andina cited as source, next forum only "could be held", Andean Committee for Disaster Prevention and Assistance only named in the MoU content and in related news.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

PRC = "Peruvian Red Cross"
ECRC = "Ecuadorian Red Cross"
BRC = "Bolivian Red Cross"
CORC = "Colombian Red Cross"
VRC = "Venezuelan Red Cross"
SPRC = "Spanish Red Cross"
SWRC = "Swiss Red Cross"
INDECI = "National Institute of Civil Defence"
PE_MINSA = "Ministry of Health"
PIURA = "Regional Government of Piura"
PE_MFA = "Ministry of Foreign Affairs"
BCP = "Banco de Crédito del Perú"
LUNDIN = "Lundin Gold"
PICHINCHA = "Banco Pichincha"
SNGR = "National Secretariat for Risk Management"
WFP = "World Food Programme"
MERCANTIL = "Banco Mercantil Santa Cruz"
VIDECI = "Vice Ministry of Civil Defence"
BENI = "Departmental Government of Beni"
BO_HEALTH = "Ministry of Health and Sports"
CAN = "General Secretariat of the Andean Community"
IOM = "International Organization for Migration"
UNHCR = "United Nations High Commissioner for Refugees"
CAF = "CAF – Development Bank of Latin America and the Caribbean"

DOCS = [
    (
        "lc01_peru_indeci_el_nino_agreement.txt",
        "2026-02-11",
        [
            org(PRC, NS, "PE", "Cruz Roja Peruana"),
            org(INDECI, GOV, "PE", "INDECI"),
            org(BCP, CO, "PE", "BCP"),
            org(SPRC, NS, "ES"),
            org(PIURA, GOV, "PE"),
            org(PE_MINSA, GOV, "PE", "MINSA"),
        ],
        [
            person("Rosa Elvira Quispe Mendoza", "President", PRC),
            person("Jorge Luis Cárdenas Villanueva", "Head", INDECI),
            person("Gianella Torres Arana", "Corporate Sustainability Manager", BCP),
            person("Martín Pacheco Ríos", "Secretary General", PRC),
            person("Aurelio Sánchez Tello", "Governor", PIURA),
            person("Lucía Rojas Salazar", "Head of Communications", PRC),
        ],
        [
            rel(
                "agreement",
                [PRC, INDECI],
                signatories=["Rosa Elvira Quispe Mendoza", "Jorge Luis Cárdenas Villanueva"],
                place="Lima, Peru",
                date="2026-02-10",
                evidence="The Peruvian Red Cross and the National Institute of Civil Defence (INDECI) yesterday signed a five-year framework agreement on inter-institutional cooperation",
            ),
            rel(
                "donation",
                [BCP, PRC],
                place="Lima, Peru",
                date="2026-02-10",
                evidence="Banco de Crédito del Perú (BCP) handed over a donation of 400,000 soles to the Peruvian Red Cross",
            ),
            rel(
                "support",
                [SPRC, PRC],
                evidence="is funded by the Spanish Red Cross",
            ),
            rel(
                "meeting",
                [PRC, PIURA],
                place="Piura, Peru",
                date="2026-02-06",
                evidence="travelled to Piura for talks with the Regional Government of Piura",
            ),
            rel(
                "agreement",
                [PRC, PE_MINSA],
                date="2019",
                evidence="the agreement on first aid and pre-hospital care that the Peruvian Red Cross signed with the Ministry of Health (MINSA) in 2019",
            ),
        ],
    ),
    (
        "lc02_ecuador_floods_lundin_gold.txt",
        "2026-03-18",
        [
            org(ECRC, NS, "EC", "Cruz Roja Ecuatoriana", "Ecuador Red Cross"),
            org(LUNDIN, CO, "CA"),
            org(PICHINCHA, CO, "EC"),
            org(SNGR, GOV, "EC", "SNGR"),
            org(WFP, UN, None, "WFP"),
            org(CORC, NS, "CO", "Colombian Red Cross Society", "Colombia's Red Cross"),
        ],
        [
            person(
                "Daniela Ordóñez Vega", "Vice President of Corporate Affairs in Ecuador", LUNDIN
            ),
            person("Patricio Andrade Cevallos", "President", ECRC),
            person("Esteban Villacís Mora", "Risk Management Secretary", SNGR),
            person("Helena Brückner", "Country Director in Ecuador", WFP),
            person("Andrés Felipe Ocampo Ruiz", "National Relief Director", CORC),
        ],
        [
            rel(
                "donation",
                [LUNDIN, ECRC],
                date="2026-03-16",
                evidence="on Monday transferred 150,000 dollars to the Ecuadorian Red Cross for",
            ),
            rel(
                "donation",
                [PICHINCHA, ECRC],
                evidence="About 4,000 food kits donated by Banco Pichincha to the Red Cross were",
            ),
            rel(
                "meeting",
                [ECRC, SNGR, WFP],
                place="Guayaquil, Ecuador",
                date="2026-03-17",
                evidence="Ecuadorian Red Cross president Patricio Andrade Cevallos met officials",
            ),
            rel(
                "support",
                [WFP, ECRC],
                evidence="WFP is funding cash transfers that Red Cross volunteers are handing",
            ),
            rel(
                "mission",
                [CORC],
                place="Babahoyo, Ecuador",
                date="2026-03-12",
                evidence="Neighbouring Colombia's Red Cross sent a team of eight water rescue",
            ),
            rel(
                "support",
                [CORC, ECRC],
                evidence="volunteers are helping their Ecuadorian counterparts evacuate elderly",
            ),
        ],
    ),
    (
        "lc03_bolivia_beni_floods_dref_update.txt",
        "2026-04-09",
        [
            org(BRC, NS, "BO", "BRC", "Cruz Roja Boliviana"),
            org(IFRC, MB, None, "IFRC"),
            org(MERCANTIL, CO, "BO"),
            org(SWRC, NS, "CH"),
            org(VIDECI, GOV, "BO", "VIDECI"),
            org(BENI, GOV, "BO", "Government of Beni", "Gobernación del Beni"),
            org(BO_HEALTH, GOV, "BO"),
        ],
        [
            person("Ernesto Villarroel Suárez", "President", BRC),
            person(
                "Mariana Castells Oliveira", "Head of Delegation for the Andean countries", IFRC
            ),
            person("Gonzalo Rojas Antelo", "Vice Minister of Civil Defence", VIDECI),
            person("Jhonny Salvatierra Méndez", "Governor of Beni", BENI),
        ],
        [
            rel(
                "support",
                [IFRC, BRC],
                date="2026-03-14",
                evidence="approved on 14 March from the IFRC's Disaster Response Emergency Fund supports the Bolivian Red Cross (BRC)",
            ),
            rel(
                "mission",
                [IFRC],
                place="Trinidad, Bolivia",
                date="2026-03-19",
                evidence="sent a two-person surge team (information management and cash) to Trinidad on 19 March",
            ),
            rel(
                "donation",
                [MERCANTIL, BRC],
                place="Trinidad, Bolivia",
                date="2026-03-24",
                evidence="On 24 March Banco Mercantil Santa Cruz donated 2,000 long-lasting insecticide-treated mosquito nets and 800 blankets to the BRC",
            ),
            rel(
                "support",
                [SWRC, BRC],
                evidence="The Swiss Red Cross financed the replenishment of 500 family hygiene kits",
            ),
            rel(
                "meeting",
                [BRC, IFRC, VIDECI, BENI],
                place="Trinidad, Bolivia",
                date="2026-03-27",
                evidence="held a coordination meeting in Trinidad with the Vice Minister of Civil Defence",
            ),
            rel(
                "agreement",
                [BRC, VIDECI],
                date="2022",
                evidence="the inter-institutional cooperation agreement the BRC and VIDECI signed in 2022",
            ),
            rel(
                "support",
                [BRC, BO_HEALTH],
                place="Trinidad, Bolivia",
                date="2026-04-02",
                evidence="On 2 April BRC volunteers supported the Ministry of Health and Sports",
            ),
        ],
    ),
    (
        "lc04_lima_can_forum_human_mobility.txt",
        "2026-05-22",
        [
            org(CAN, OTHER, None, "Andean Community", "CAN", "Comunidad Andina"),
            org(BRC, NS, "BO", "Red Cross of Bolivia"),
            org(CORC, NS, "CO", "Colombian Red Cross Society", "Red Cross of Colombia"),
            org(ECRC, NS, "EC", "Red Cross of Ecuador"),
            org(PRC, NS, "PE", "Red Cross of Peru"),
            org(VRC, NS, "VE", "Red Cross of Venezuela"),
            org(IFRC, MB, None, "IFRC"),
            org(IOM, UN, None, "IOM"),
            org(CAF, OTHER, None, "CAF", "Development Bank of Latin America and the Caribbean"),
            org(ICRC, MB, None, "ICRC"),
            org(UNHCR, UN, None, "UNHCR", "UN refugee agency"),
            org(PE_MFA, GOV, "PE", "Peru's Ministry of Foreign Affairs"),
        ],
        [
            person("Ricardo Valdivieso Larrea", "Secretary General", CAN),
            person("Carmen Lucía Ferrer Ibarra", "Regional Director for the Americas", IFRC),
            person("Mario Enrique Villegas Rondón", "President", VRC),
            person("Tomás Lindqvist", "Regional Director for South America", IOM),
            person("Alberto Quiroga Benavides", "Minister of Foreign Affairs", PE_MFA),
        ],
        [
            rel(
                "participation",
                [CAN, BRC, CORC, ECRC, PRC, VRC, IFRC, IOM, CAF, ICRC, UNHCR],
                event="Andean Forum on Disaster Risk Management and Human Mobility",
                place="Lima, Peru",
                date="2026-05-20",
                evidence="brought together the Red Cross societies of Bolivia, Colombia, Ecuador, Peru and Venezuela",
            ),
            rel(
                "agreement",
                [CAN, IFRC],
                signatories=["Ricardo Valdivieso Larrea", "Carmen Lucía Ferrer Ibarra"],
                place="Lima, Peru",
                date="2026-05-21",
                evidence="signed a memorandum of understanding that gives national Red Cross societies a standing seat",
            ),
            rel(
                "alliance",
                [CORC, ECRC, PRC, VRC],
                place="Lima, Peru",
                date="2026-05-20",
                evidence="the Colombian, Ecuadorian, Peruvian and Venezuelan Red Cross societies launched the Andean Red Cross Network on Human Mobility",
            ),
            rel(
                "support",
                [CAF, PRC],
                evidence="financed since 2025 by CAF",
            ),
            rel(
                "support",
                [CAF, ECRC],
                evidence="financed since 2025 by CAF",
            ),
            rel(
                "meeting",
                [VRC, IOM],
                place="Lima, Peru",
                evidence="held talks with IOM Regional Director for South America, Tomás Lindqvist",
            ),
            rel(
                "meeting",
                [IFRC, PE_MFA],
                place="Lima, Peru",
                date="2026-05-19",
                evidence="paid a courtesy call on Peru's Minister of Foreign Affairs, Alberto Quiroga Benavides",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
