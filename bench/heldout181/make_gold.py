"""Gold annotations for held-out set 181 (prefix lo): Movement-wide bodies and donors (the ICRC in Geneva, the IFRC, the Standing Commission, the Climate Centre; donors such as ECHO, the Netherlands, Japan, SDC, FCDO, the Gates Foundation, the Z Zurich Foundation and companies).

lo01 - ICRC news release (Geneva, 5 Feb 2026): ICRC / Dutch Ministry of Foreign Affairs four-year framework agreement signed "yesterday" by the ICRC Director-General and the Dutch minister (honorifics Dr. / H.E. dropped), the Dutch government's firm commitment of 180 million euros (support), the minister's talks with the ICRC President before the signing and her visit to the IFRC secretariat the same afternoon ("was received by Secretary General ..."), Netherlands Red Cross seconding surgical teams to ICRC hospitals (support), Philips gift of ultrasound scanners "last month", background 1993 headquarters agreement with the Swiss Federal Council; traps: Dutch Permanent Representative by title only and only attending, demining extension only to be discussed at a planned review, Belgium and Luxembourg only invited (no reply), "About the ICRC" boilerplate co-mentioning the IFRC, media contact (a named person with post: counted).
lo02 - wire story with hard line breaks (GENEVA, Oct 21, 2025 (Reuters)): one three-party meeting "on Monday" of the ICRC and IFRC presidents with the Standing Commission (chair given as "which is chaired by Kenyan surgeon Dr. ..."), ECHO financing the IFRC's programmatic partnership (passive), IFRC / Islamic Development Bank MoU renewed "on Monday" with two signatories, Government of Japan gift to the ICRC "last week" (month precision); traps: Reuters as agency and source, ICRC spokesperson and British official by title only, Council of Delegates only "will discuss" in 2027, IFRC / U.S. State Department meeting called off, FCDO only reviewing, German Federal Foreign Office declined to comment, closing description of the Standing Commission's composition (co-mention of ICRC and IFRC), reporting/editing credits.
lo03 - IFRC-style emergency appeal operation update (Global Cholera Emergency Appeal, issued 18 March 2026): IFRC support to the Malawi, Mozambique and Zambia Red Cross societies (one sentence, three relations), IFRC rapid response team deployed to Lilongwe on 2 March (mission), FCDO funding the British Red Cross ("with funding from") which seconded staff to the Zambia Red Cross Society, Unilever soap donation delivered to Nairobi on 14 January (passive "donated by"), four-party coordination meeting in Geneva on 10 March (IFRC, WHO, UNICEF, ICRC), background 2022 IFRC / UNICEF framework agreement, "grateful for contributions" from ECHO, SDC and the Gates Foundation (three support relations); traps: WHO case figures cited as source, Partner National Societies generic, Norwegian Red Cross only "may provide" if extended, revised plan only under consideration, contact line with a title only.
lo04 - HTML-ish Climate Centre news page with page furniture (menu, cookie banner, "Share this", tags, related news, footer; published 27 Nov 2025): Climate Centre / WMO MoU signed "on Tuesday" in Berlin with two signatories (one with Dr.), Global Dialogue Platform on Anticipatory Humanitarian Action "from Monday to Wednesday" (one participation of nine organisations, co-hosts included), German Federal Foreign Office financing the German Red Cross's Anticipation Hub (a platform, not an organisation), sidelines meeting of the Climate Centre Director with FAO's emergencies director, Z Zurich Foundation contribution of CHF 3 million (donation), Zurich Climate Resilience Alliance of five named members (alliance; the funder Zurich foundation is not named as a member); traps: byline "Posted by", Start Network only hopes to join the WMO cooperation, African Union Commission only invited (no reply), related-news headlines, reference-centre footer boilerplate.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

NL_MFA = "Ministry of Foreign Affairs of the Netherlands"
NLRC = "Netherlands Red Cross"
PHILIPS = "Philips"
SWISS_FC = "Swiss Federal Council"
SC = "Standing Commission of the Red Cross and Red Crescent"
ECHO = "European Civil Protection and Humanitarian Aid Operations"
ISDB = "Islamic Development Bank"
JAPAN = "Government of Japan"
MWRCS = "Malawi Red Cross Society"
MZRCS = "Mozambique Red Cross Society"
ZRCS = "Zambia Red Cross Society"
BRC = "British Red Cross"
FCDO = "Foreign, Commonwealth and Development Office"
UNILEVER = "Unilever"
WHO = "World Health Organization"
UNICEF = "United Nations Children's Fund"
SDC = "Swiss Agency for Development and Cooperation"
GATES = "Gates Foundation"
CC = "Red Cross Red Crescent Climate Centre"
WMO = "World Meteorological Organization"
GRC = "German Red Cross"
GFFO = "German Federal Foreign Office"
OCHA = "United Nations Office for the Coordination of Humanitarian Affairs"
WFP = "World Food Programme"
FAO = "Food and Agriculture Organization"
START = "Start Network"
ZZF = "Z Zurich Foundation"
CONCERN = "Concern Worldwide"
MERCY = "Mercy Corps"
PRACTICAL = "Practical Action"

DOCS = [
    (
        "lo01_icrc_netherlands_framework_agreement.txt",
        "2026-02-05",
        [
            org(ICRC, MB, None, "ICRC"),
            org(NL_MFA, GOV, "NL", "Netherlands", "Dutch government", "the Netherlands"),
            org(IFRC, MB, None, "IFRC"),
            org(NLRC, NS, "NL"),
            org(PHILIPS, CO, "NL", "Royal Philips"),
            org(SWISS_FC, GOV, "CH", "Switzerland"),
        ],
        [
            person("Lukas Wehrli-Manzoni", "Director-General", ICRC),
            person(
                "Marieke van Dongen-Prins",
                "Minister for Foreign Trade and Development Cooperation",
                NL_MFA,
            ),
            person("Sofía Barreiro Lindqvist", "President", ICRC),
            person("Tendai Mavhunga", "Secretary General", IFRC),
            person("Anouk de Bruijn", "Director General", NLRC),
            person("Elodie Marchetti", "spokesperson", ICRC),
        ],
        [
            rel(
                "agreement",
                [ICRC, NL_MFA],
                signatories=["Lukas Wehrli-Manzoni", "Marieke van Dongen-Prins"],
                place="Geneva, Switzerland",
                date="2026-02-04",
                evidence="and the Ministry of Foreign Affairs of the Netherlands yesterday signed a four-year framework agreement",
            ),
            rel(
                "support",
                [NL_MFA, ICRC],
                evidence="the Dutch government will provide 180 million euros in unearmarked contributions to the ICRC's operations",
            ),
            rel(
                "meeting",
                [NL_MFA, ICRC],
                place="Geneva, Switzerland",
                date="2026-02-04",
                evidence="Ms van Dongen-Prins held talks with ICRC President Sofía Barreiro Lindqvist",
            ),
            rel(
                "meeting",
                [NL_MFA, IFRC],
                place="Geneva, Switzerland",
                date="2026-02-04",
                evidence="where she was received by Secretary General Tendai Mavhunga",
            ),
            rel(
                "support",
                [NLRC, ICRC],
                evidence="whose surgical teams have been seconded to ICRC-run hospitals in South Sudan and Yemen since 2022",
            ),
            rel(
                "donation",
                [PHILIPS, ICRC],
                date="2026-01",
                evidence="Philips last month donated 40 portable ultrasound scanners to the ICRC",
            ),
            rel(
                "agreement",
                [ICRC, SWISS_FC],
                date="1993",
                evidence="the headquarters agreement it concluded with the Swiss Federal Council in 1993",
            ),
        ],
    ),
    (
        "lo02_geneva_movement_funding_squeeze_wire.txt",
        "2025-10-21",
        [
            org(ICRC, MB, None, "ICRC"),
            org(IFRC, MB, None, "IFRC"),
            org(SC, MB, None, "Standing Commission"),
            org(ECHO, GOV, None, "ECHO", "European Union's humanitarian aid department"),
            org(ISDB, OTHER, None, "IsDB"),
            org(JAPAN, GOV, "JP", "Japan", "Japan's government"),
        ],
        [
            person("Sofía Barreiro Lindqvist", "President", ICRC),
            person("Hamid Rezaei-Bowen", "President", IFRC),
            person("Njeri Kamau-Oduya", "Chair", SC),
            person("Tendai Mavhunga", "Secretary General", IFRC),
            person("Ibrahim Saleh Al-Jubouri", "Vice President for Operations", ISDB),
            person(
                "Marguerite Onyango-Fischer",
                "Director of Financial Resources and Logistics",
                ICRC,
            ),
        ],
        [
            rel(
                "meeting",
                [ICRC, IFRC, SC],
                place="Geneva, Switzerland",
                date="2025-10-20",
                evidence="Standing Commission in Geneva on Monday to take stock of",
            ),
            rel(
                "support",
                [ECHO, IFRC],
                evidence="countries is financed by the European Union's humanitarian",
            ),
            rel(
                "agreement",
                [IFRC, ISDB],
                signatories=["Tendai Mavhunga", "Ibrahim Saleh Al-Jubouri"],
                place="Geneva, Switzerland",
                date="2025-10-20",
                evidence="Also on Monday, the IFRC and the Islamic Development Bank",
            ),
            rel(
                "donation",
                [JAPAN, ICRC],
                date="2025-10",
                evidence="Swiss francs, said Japan's government handed it a further",
            ),
        ],
    ),
    (
        "lo03_global_cholera_appeal_operation_update.txt",
        "2026-03-18",
        [
            org(IFRC, MB, None, "IFRC"),
            org(MWRCS, NS, "MW"),
            org(MZRCS, NS, "MZ"),
            org(ZRCS, NS, "ZM"),
            org(BRC, NS, "GB"),
            org(FCDO, GOV, "GB", "FCDO", "UK Foreign, Commonwealth and Development Office"),
            org(UNILEVER, CO, "GB"),
            org(WHO, UN, None, "WHO"),
            org(UNICEF, UN, None, "UNICEF", "UNICEF's Supply Division"),
            org(ICRC, MB, None, "ICRC"),
            org(ECHO, GOV, None, "ECHO"),
            org(SDC, GOV, "CH", "SDC"),
            org(GATES, OTHER, "US", "Bill & Melinda Gates Foundation"),
        ],
        [
            person("Zeynep Arslan-Mwale", "Operations Manager", IFRC),
            person("Chikondi Banda-Phiri", "Secretary General", MWRCS),
        ],
        [
            rel(
                "support",
                [IFRC, MWRCS],
                evidence="continues to support the Malawi Red Cross Society, the Mozambique Red Cross Society and the Zambia Red Cross Society",
            ),
            rel(
                "support",
                [IFRC, MZRCS],
                evidence="continues to support the Malawi Red Cross Society, the Mozambique Red Cross Society and the Zambia Red Cross Society",
            ),
            rel(
                "support",
                [IFRC, ZRCS],
                evidence="continues to support the Malawi Red Cross Society, the Mozambique Red Cross Society and the Zambia Red Cross Society",
            ),
            rel(
                "mission",
                [IFRC],
                place="Lilongwe, Malawi",
                date="2026-03-02",
                evidence="On 2 March the IFRC deployed a five-person rapid response team",
            ),
            rel(
                "support",
                [FCDO, BRC],
                evidence="with funding from the UK Foreign, Commonwealth and Development Office (FCDO)",
            ),
            rel(
                "support",
                [BRC, ZRCS],
                date="2026-02",
                evidence="seconded a water engineer and a surveillance officer to the Zambia Red Cross Society in February",
            ),
            rel(
                "donation",
                [UNILEVER, IFRC],
                place="Nairobi, Kenya",
                date="2026-01-14",
                evidence="600,000 bars of soap donated by Unilever",
            ),
            rel(
                "meeting",
                [IFRC, WHO, UNICEF, ICRC],
                place="Geneva, Switzerland",
                date="2026-03-10",
                evidence="On 10 March the IFRC hosted a coordination meeting in Geneva with the World Health Organization (WHO)",
            ),
            rel(
                "agreement",
                [IFRC, UNICEF],
                date="2022",
                evidence="the long-term framework agreement the IFRC signed with UNICEF's Supply Division in 2022",
            ),
            rel(
                "support",
                [ECHO, IFRC],
                evidence="The IFRC is grateful for contributions received from the European Civil Protection and Humanitarian Aid Operations (ECHO)",
            ),
            rel(
                "support",
                [SDC, IFRC],
                evidence="the Swiss Agency for Development and Cooperation (SDC) and the Gates Foundation",
            ),
            rel(
                "support",
                [GATES, IFRC],
                evidence="the Swiss Agency for Development and Cooperation (SDC) and the Gates Foundation",
            ),
        ],
    ),
    (
        "lo04_climate_centre_wmo_berlin_dialogue_platform.txt",
        "2025-11-27",
        [
            org(CC, MB, "NL", "Climate Centre"),
            org(WMO, UN, None, "WMO"),
            org(IFRC, MB, None, "IFRC"),
            org(GRC, NS, "DE"),
            org(GFFO, GOV, "DE", "Federal Foreign Office"),
            org(OCHA, UN, None, "OCHA", "UN Office for the Coordination of Humanitarian Affairs"),
            org(WFP, UN, None, "WFP"),
            org(FAO, UN, None, "FAO"),
            org(START, NGO, None),
            org(ZZF, OTHER, "CH"),
            org(CONCERN, NGO, "IE"),
            org(MERCY, NGO, "US"),
            org(PRACTICAL, NGO, "GB"),
        ],
        [
            person("Ingrid Sønstebø-Achebe", "Director", CC),
            person("Rafael Quintero-Mbeki", "Deputy Secretary-General", WMO),
            person("Kwame Asante-Rourke", "Director of Emergencies and Resilience", FAO),
        ],
        [
            rel(
                "agreement",
                [CC, WMO],
                signatories=["Ingrid Sønstebø-Achebe", "Rafael Quintero-Mbeki"],
                place="Berlin, Germany",
                date="2025-11-25",
                evidence="on Tuesday signed a memorandum of understanding",
            ),
            rel(
                "participation",
                [IFRC, GRC, CC, GFFO, OCHA, WFP, FAO, START, WMO],
                event="Global Dialogue Platform on Anticipatory Humanitarian Action",
                place="Berlin, Germany",
                date="2025-11-24",
                evidence="Its co-hosts, the IFRC, the German Red Cross and the Climate Centre, were joined by delegations from the German Federal Foreign Office",
            ),
            rel(
                "support",
                [GFFO, GRC],
                evidence="with financing from the German Federal Foreign Office",
            ),
            rel(
                "meeting",
                [CC, FAO],
                place="Berlin, Germany",
                date="2025-11",
                evidence="On the sidelines, Ms Sønstebø-Achebe met FAO's Director of Emergencies and Resilience",
            ),
            rel(
                "donation",
                [ZZF, CC],
                evidence="the Z Zurich Foundation has contributed CHF 3 million to its urban heat programme",
            ),
            rel(
                "alliance",
                [CC, IFRC, CONCERN, MERCY, PRACTICAL],
                evidence="The Climate Centre is a member of the Zurich Climate Resilience Alliance, a multi-sector partnership with the IFRC, Concern Worldwide, Mercy Corps and Practical Action",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
