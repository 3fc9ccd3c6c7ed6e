"""Gold annotations for held-out set 184 (prefix lr): Germany, Switzerland and the Netherlands (German Red Cross, Swiss Red Cross, Netherlands Red Cross; GIZ, SDC, the Dutch Relief Alliance, foundations, insurers, anticipatory action).

lr01 - German Red Cross press release (Berlin, 22 Oct 2025): DRK / GIZ framework agreement on anticipatory action signed "on Tuesday" (SG Matthias Oberländer and GIZ board member "Dr." Henrike Faltermeier as signatories), DRK programme carried out "with funding from" the Federal Foreign Office (passive support), DRK assisting the Mozambique Red Cross Society (CVM) since 2020, background 2021 DRK / Deutscher Wetterdienst cooperation agreement ("it signed ... with"), Munich Re Foundation donation of 250,000 euros handed over at the signing; people in several shapes (President "Dr." Katrin Wehmeyer, "head of programmes at the foundation", "who heads the DRK's international cooperation unit", press contact with post: counted); traps: pilots in Mozambique and Madagascar only intended and Malagasy RC only hoped-for, World Meteorological Organization cited as a source, a State Secretary of the Federal Foreign Office by title only, "About the German Red Cross" boilerplate naming the Movement and IFRC membership.
lr02 - wire story with hard line breaks (BERN, March 12, 2026 (Keystone-SDA)): Swiss Red Cross / SDC programme agreement renewed "on Wednesday" in Bern (director and SDC deputy director as signatories), background 2014 programme agreement ("the two partners"), SDC firmly committing 38 million francs (support), SRC helping the Nepal Red Cross Society (support), Swiss Re Foundation paying for the Nepal component since 2023 (passive support), insurer Helvetia's 500,000-franc gift "last Friday", SRC president's talks with the ICRC in Geneva "on Tuesday", SRC team dispatched to Blantyre "on Monday" (mission); traps: Keystone-SDA as the agency and quoted-to source, Caritas Switzerland only examining, Swiss Solidarity to decide next week, failed SRC / canton of Zurich talks, cantonal health department cited as source, Helvetia spokeswoman and the foreign minister by title only, reporting/editing credits.
lr03 - IFRC-style DREF operation update, Meuse floods in the Netherlands (issued 6 February 2026): IFRC DREF allocation supporting the NLRC (19 January), background 2022 covenant NLRC / Veiligheidsregio Limburg-Noord (VRLN), German Red Cross mobile kitchen deployed to Venlo (mission) and supporting the NLRC (support, subject "They"), one four-party coordination meeting in Roermond (NLRC, IFRC, VRLN, Waterschap Limburg; officials as "the chair of the VRLN, Joost Schreurs" and "the dike-reeve of Waterschap Limburg, Ruud Hermans"), Jumbo food parcels and Rabobank transfer (donations, the latter to "the National Society"); traps: Rijkswaterstaat and KNMI cited as sources, Prime Minister by title only, 510 as an internal team of the NLRC, Belgian RC only offered conditionally, Partner National Societies generic, IFRC Regional Office for Europe only a channel, Early Action Protocol with the Climate Centre only proposed, extension only conditional, contact line with a title only (a named contact with post is counted).
lr04 - HTML-ish Netherlands Red Cross news page with page furniture (menus, breadcrumb, cookie banner, "Share this", related news, footer; published 29 May 2026): Anticipatory Action Forum Europe in The Hague "from Tuesday to Thursday" (one participation of thirteen organisations, co-hosts and the OCHA observer included), alliance of NLRC, Cordaid, ZOA and Save the Children Netherlands launched "on the closing day" (Thursday), Climate Centre / WFP memorandum of understanding "on Wednesday" ("Dr." Annelies Koopmans and "who heads WFP's anticipatory action unit" as signatories), Achmea Foundation firmly agreeing to fund the NLRC-hosted secretariat (support), Dutch Relief Alliance "funded by" the Dutch Ministry of Foreign Affairs (passive support), SRC delegation's talks with the ministry's humanitarian director "on Tuesday evening" (meeting); traps: German RC took part but did not join the coalition, follow-up meeting only due in September, Somali Red Crescent invited but absent, 2027 edition in Bern only hoped-for, IFRC Regional Director by title only, text/photo credits with ANP, related-news headline, "About" boilerplate naming the Movement.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

DRK = "German Red Cross"
SRC = "Swiss Red Cross"
NLRC = "Netherlands Red Cross"
CVM = "Mozambique Red Cross Society"
NRCS = "Nepal Red Cross Society"
GIZ = "Deutsche Gesellschaft für Internationale Zusammenarbeit"
AA = "Federal Foreign Office"
DWD = "Deutscher Wetterdienst"
MUNICH_RE_F = "Munich Re Foundation"
SDC = "Swiss Agency for Development and Cooperation"
SWISS_RE_F = "Swiss Re Foundation"
HELVETIA = "Helvetia"
VRLN = "Veiligheidsregio Limburg-Noord"
WL = "Waterschap Limburg"
JUMBO = "Jumbo"
RABO = "Rabobank"
CLIMATE = "Red Cross Red Crescent Climate Centre"
NL_MFA = "Ministry of Foreign Affairs of the Netherlands"
DRA = "Dutch Relief Alliance"
START = "Start Network"
WFP = "World Food Programme"
OCHA = "United Nations Office for the Coordination of Humanitarian Affairs"
CORDAID = "Cordaid"
ZOA = "ZOA"
SCNL = "Save the Children Netherlands"
ACHMEA_F = "Achmea Foundation"

DOCS = [
    (
        "lr01_drk_giz_anticipatory_agreement.txt",
        "2025-10-22",
        [
            org(DRK, NS, "DE", "DRK", "Deutsches Rotes Kreuz"),
            org(GIZ, GOV, "DE", "GIZ"),
            org(AA, GOV, "DE", "German Federal Foreign Office", "Auswärtiges Amt"),
            org(CVM, NS, "MZ", "CVM", "Mozambique Red Cross"),
            org(DWD, GOV, "DE", "DWD"),
            org(MUNICH_RE_F, OTHER, "DE"),
        ],
        [
            person("Matthias Oberländer", "Secretary General", DRK),
            person("Henrike Faltermeier", "Member of the Management Board", GIZ),
            person("Thomas Leitner-Saaf", "Head of programmes", MUNICH_RE_F),
            person("Katrin Wehmeyer", "President", DRK),
            person("Leonie Brandstätter", "Head of the international cooperation unit", DRK),
            person("Svenja Kroll", "Press Officer", DRK),
        ],
        [
            rel(
                "agreement",
                [DRK, GIZ],
                signatories=["Matthias Oberländer", "Henrike Faltermeier"],
                place="Berlin, Germany",
                date="2025-10-21",
                evidence="signed a framework agreement on anticipatory humanitarian action at the DRK headquarters in Berlin on Tuesday",
            ),
            rel(
                "support",
                [AA, DRK],
                evidence="is carried out with funding from the German Federal Foreign Office",
            ),
            rel(
                "support",
                [DRK, CVM],
                evidence="the DRK has been assisting the Mozambique Red Cross Society (CVM) since 2020",
            ),
            rel(
                "agreement",
                [DRK, DWD],
                date="2021",
                evidence="builds on a cooperation agreement it signed in 2021 with the Deutscher Wetterdienst (DWD)",
            ),
            rel(
                "donation",
                [MUNICH_RE_F, DRK],
                place="Berlin, Germany",
                date="2025-10-21",
                evidence="the Munich Re Foundation handed over a donation of 250,000 euros to the German Red Cross",
            ),
        ],
    ),
    (
        "lr02_src_sdc_programme_renewal_wire.txt",
        "2026-03-12",
        [
            org(SRC, NS, "CH", "SRC", "Schweizerisches Rotes Kreuz"),
            org(SDC, GOV, "CH", "SDC", "DEZA"),
            org(NRCS, NS, "NP", "NRCS"),
            org(SWISS_RE_F, OTHER, "CH"),
            org(HELVETIA, CO, "CH"),
            org(ICRC, MB, None, "ICRC"),
        ],
        [
            person("Nora Kälin-Bürgi", "Director", SRC),
            person("Beat Aeschlimann", "Deputy Director", SDC),
            person("Simone Brunner", "Head of resilience programmes", SWISS_RE_F),
            person("Regula Zwahlen-Moser", "President", SRC),
            person("Elias Baumgartner", "Deputy Director of Operations", ICRC),
        ],
        [
            rel(
                "agreement",
                [SRC, SDC],
                signatories=["Nora Kälin-Bürgi", "Beat Aeschlimann"],
                place="Bern, Switzerland",
                date="2026-03-11",
                evidence="The renewed agreement was signed in Bern on Wednesday by SRC director",
            ),
            rel(
                "agreement",
                [SRC, SDC],
                date="2014",
                evidence="The two partners first concluded a programme agreement in 2014",
            ),
            rel(
                "support",
                [SDC, SRC],
                evidence="The SDC will contribute 38 million Swiss francs to the programme",
            ),
            rel(
                "support",
                [SRC, NRCS],
                evidence="where the SRC helps the Nepal Red Cross",
            ),
            rel(
                "support",
                [SWISS_RE_F, SRC],
                evidence="That component has been paid for since 2023 by the Swiss Re",
            ),
            rel(
                "donation",
                [HELVETIA, SRC],
                date="2026-03-06",
                evidence="Separately, insurer Helvetia gave the SRC 500,000 francs last Friday",
            ),
            rel(
                "meeting",
                [SRC, ICRC],
                place="Geneva, Switzerland",
                date="2026-03-10",
                evidence="talks in Geneva on Tuesday with the International Committee of the",
            ),
            rel(
                "mission",
                [SRC],
                place="Blantyre, Malawi",
                date="2026-03-09",
                evidence="The SRC also dispatched two logisticians and a water engineer to",
            ),
        ],
    ),
    (
        "lr03_netherlands_meuse_floods_dref_update.txt",
        "2026-02-06",
        [
            org(NLRC, NS, "NL", "NLRC", "Het Nederlandse Rode Kruis"),
            org(IFRC, MB, None, "IFRC"),
            org(DRK, NS, "DE", "DRK"),
            org(VRLN, GOV, "NL", "VRLN", "Safety Region Limburg-Noord"),
            org(WL, GOV, "NL", "Limburg Water Board"),
            org(JUMBO, CO, "NL"),
            org(RABO, CO, "NL"),
        ],
        [
            person("Marieke Verhoeven-Smit", "Director", NLRC),
            person("Katja Lindholm", "Operations Coordinator for Europe", IFRC),
            person("Joost Schreurs", "Chair", VRLN),
            person("Ruud Hermans", "Dike-reeve", WL),
            person("Sanne Oosterhuis", "Head of National Disaster Response", NLRC),
        ],
        [
            rel(
                "support",
                [IFRC, NLRC],
                date="2026-01-19",
                evidence="the IFRC allocated CHF 412,560 from its Disaster Response Emergency Fund (DREF) to support the Netherlands Red Cross (NLRC)",
            ),
            rel(
                "agreement",
                [NLRC, VRLN],
                date="2022",
                evidence="the covenant the NLRC signed in 2022 with the Veiligheidsregio Limburg-Noord (VRLN)",
            ),
            rel(
                "mission",
                [DRK],
                place="Venlo, Netherlands",
                date="2026-01-20",
                evidence="The German Red Cross (DRK) deployed a mobile kitchen unit and 14 volunteers to Venlo on 20 January",
            ),
            rel(
                "support",
                [DRK, NLRC],
                evidence="They are supporting the NLRC in serving up to 3,000 hot meals a day",
            ),
            rel(
                "meeting",
                [NLRC, IFRC, VRLN, WL],
                place="Roermond, Netherlands",
                date="2026-01-22",
                evidence="On 22 January, NLRC Director Marieke Verhoeven-Smit and Katja Lindholm, IFRC Operations Coordinator for Europe, met the chair of the VRLN",
            ),
            rel(
                "donation",
                [JUMBO, NLRC],
                date="2026-01-21",
                evidence="On 21 January the supermarket chain Jumbo delivered 6,000 food parcels to the NLRC reception centres in Venlo and Roermond",
            ),
            rel(
                "donation",
                [RABO, NLRC],
                date="2026-01-23",
                evidence="Rabobank transferred EUR 100,000 to the National Society's flood appeal on 23 January",
            ),
        ],
    ),
    (
        "lr04_hague_anticipatory_forum_coalition_page.txt",
        "2026-05-29",
        [
            org(NLRC, NS, "NL", "Het Nederlandse Rode Kruis"),
            org(CLIMATE, OTHER, "NL", "Climate Centre"),
            org(DRK, NS, "DE"),
            org(SRC, NS, "CH"),
            org(IFRC, MB, None, "IFRC"),
            org(
                NL_MFA,
                GOV,
                "NL",
                "Dutch Ministry of Foreign Affairs",
                "Ministry of Foreign Affairs",
            ),
            org(DRA, NGO, "NL"),
            org(START, NGO, None),
            org(WFP, UN, None, "WFP"),
            org(CORDAID, NGO, "NL"),
            org(ZOA, NGO, "NL"),
            org(SCNL, NGO, "NL", "Save the Children Nederland"),
            org(OCHA, UN, None, "OCHA", "UN Office for the Coordination of Humanitarian Affairs"),
            org(ACHMEA_F, OTHER, "NL"),
        ],
        [
            person("Marieke Verhoeven-Smit", "Director", NLRC),
            person("Hanneke Bosman-Tijl", "Chief Executive", CORDAID),
            person("Annelies Koopmans", "Director", CLIMATE),
            person("Tomás Arancibia", "Head of the anticipatory action unit", WFP),
            person("Pieter-Jan Mulder", "Chair", DRA),
            person("Nora Kälin-Bürgi", "Director", SRC),
            person("Ruben Dekkers", "Director of Stabilisation and Humanitarian Aid", NL_MFA),
        ],
        [
            rel(
                "participation",
                [NLRC, CLIMATE, DRK, SRC, IFRC, NL_MFA, DRA, START, WFP, CORDAID, ZOA, SCNL, OCHA],
                event="Anticipatory Action Forum Europe",
                place="The Hague, Netherlands",
                date="2026-05-26",
                evidence="It brought together the German Red Cross, the Swiss Red Cross, the IFRC",
            ),
            rel(
                "alliance",
                [NLRC, CORDAID, ZOA, SCNL],
                place="The Hague, Netherlands",
                date="2026-05-28",
                evidence="the Netherlands Red Cross, Cordaid, ZOA and Save the Children Netherlands launched the Dutch Anticipatory Action Coalition, a standing coalition",
            ),
            rel(
                "agreement",
                [CLIMATE, WFP],
                signatories=["Annelies Koopmans", "Tomás Arancibia"],
                place="The Hague, Netherlands",
                date="2026-05-27",
                evidence="On Wednesday, the Climate Centre and the World Food Programme signed a memorandum of understanding",
            ),
            rel(
                "support",
                [ACHMEA_F, NLRC],
                evidence="The Achmea Foundation, the charitable arm of the insurer, has agreed to fund the coalition's secretariat, hosted by the Netherlands Red Cross",
            ),
            rel(
                "support",
                [NL_MFA, DRA],
                evidence="a group of Dutch aid organisations that is funded by the Dutch Ministry of Foreign Affairs",
            ),
            rel(
                "meeting",
                [SRC, NL_MFA],
                place="The Hague, Netherlands",
                date="2026-05-26",
                evidence="a Swiss Red Cross delegation led by its director Nora Kälin-Bürgi held talks with Ruben Dekkers",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
