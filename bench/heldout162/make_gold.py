"""Gold annotations for held-out set 162 (prefix kv): the Caucasus, Türkiye and Iran (Georgia Red Cross, Armenian Red Cross, Red Crescent Society of Azerbaijan, Turkish Red Crescent / Türk Kızılay, Red Crescent Society of the Islamic Republic of Iran; AFAD, earthquakes, refugees).

kv01 - press release (Tbilisi, 16 Apr 2025): GRCS / ARCS cross-border MoU concluded "yesterday" (signed by the two secretaries general), Austrian RC pledge covering both societies (firm commitment = support), TBC Bank gift of first aid kits and a vehicle to GRCS, ARCS delegation received "on Monday" by the Emergency Management Service (meeting), background 2021 GRCS / EMS cooperation agreement; traps: IFRC cluster head only attended as a guest, Civil.ge cited as a source, Azerbaijan RC only hoped-for, governor named only by title and only expected to visit, "About" boilerplate (IFRC membership is not a relation), media contact (named person with post: counted).
kv02 - wire story with hard line breaks (ANKARA, Feb 5, 2026): Kızılay / AFAD protocol renewed "on Wednesday" (two presidents sign), background 2014 original protocol, IFRC regional director's talks with the Kızılay president "on Tuesday" in Kahramanmaraş, ECHO financing Kızılay's refugee cash programme, Azerbaijan RC convoy handed over in Antakya "on Monday" (donation) with a volunteer team (mission), UNICEF funding Kızılay psychosocial teams; traps: interior minister expected but stayed away (person counted, no relation), WHO blood-safety agreement only "possible", Anadolu Agency cited as source, unnamed UNHCR spokesperson, commemorations only planned, reporting/editing credits.
kv03 - IFRC-style DREF operation update, Salmas earthquake (issued 14 Oct 2025): IFRC DREF allocation to IRCS, Turkish RC truckloads (donation) and logistics team sent to Salmas (mission), Japanese RC bilateral cash contribution (donation), one three-party meeting IRCS + IFRC + NDMO in Urmia, background 2022 IRCS / UNICEF cooperation agreement plus a UNICEF gift of kits in this operation, ICRC assisting RFL; traps: Iranian Seismological Center cited as source, Partner National Societies generic, Qatar RC only "expressed interest", ministry and Housing Foundation mere co-mention, Governor-General named only by title, OCHA co-mention, extension only conditional, contact block with titles only.
kv04 - local news with byline (Baku, 10 Oct 2025): 2nd Regional Humanitarian Forum on DRR in the Caucasus and Central Asia (one participation of ten organisations, co-organising ministry included), five-society alliance declared "yesterday", AzRCS / Türk Kızılay MoU "on Wednesday" (signatories named), background 2017 AzRCS / Ministry of Emergency Situations agreement (ministry named as "his ministry"), minister receives the IFRC regional director (meeting), two separate bilateral ICRC meetings (GRCS, IRCS), Azercell financing the AzRCS SMS service; traps: byline, Uzbek society took part but did not join the alliance, Turkmen society invited but absent, UNDP fund only proposed, UNDP resident representative named only by title, Kyrgyz RC only hoped-for, APA cited as source, next forum only due.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

GRCS = "Georgia Red Cross Society"
ARCS = "Armenian Red Cross Society"
AZRCS = "Red Crescent Society of Azerbaijan"
TRC = "Turkish Red Crescent"
IRCS = "Red Crescent Society of the Islamic Republic of Iran"
KZRC = "Kazakh Red Crescent"
UZRC = "Red Crescent Society of Uzbekistan"
AURC = "Austrian Red Cross"
JRCS = "Japanese Red Cross Society"
EMS = "Emergency Management Service"
AFAD = "Disaster and Emergency Management Presidency"
TRMOI = "Ministry of Interior"
ECHO = "Directorate-General for European Civil Protection and Humanitarian Aid Operations"
UNICEF = "United Nations Children's Fund"
NDMO = "National Disaster Management Organization"
AZMES = "Ministry of Emergency Situations"
UNDP = "United Nations Development Programme"

DOCS = [
    (
        "kv01_georgia_armenia_border_mou.txt",
        "2025-04-16",
        [
            org(GRCS, NS, "GE", "GRCS", "The Georgia Red Cross Society"),
            org(ARCS, NS, "AM", "ARCS"),
            org(IFRC, MB, None, "IFRC"),
            org(AURC, NS, "AT"),
            org("TBC Bank", CO, "GE"),
            org(EMS, GOV, "GE", "Emergency Management Service of Georgia"),
        ],
        [
            person("Tamar Gelashvili", "Secretary General", GRCS),
            person("Hovhannes Melikyan", "Secretary General", ARCS),
            person(
                "Henrik Solberg",
                "Head of the IFRC Country Cluster Delegation for the South Caucasus",
                IFRC,
            ),
            person("Levan Kiknadze", "First Deputy Head", EMS),
            person("Nino Chkheidze", "Communications Officer", GRCS),
        ],
        [
            rel(
                "agreement",
                [GRCS, ARCS],
                signatories=["Tamar Gelashvili", "Hovhannes Melikyan"],
                place="Tbilisi, Georgia",
                date="2025-04-15",
                evidence="The Georgia Red Cross Society (GRCS) and the Armenian Red Cross Society yesterday concluded a three-year memorandum of understanding on disaster preparedness",
            ),
            rel(
                "support",
                [AURC, GRCS],
                evidence="The Austrian Red Cross, a long-standing partner of both societies in the South Caucasus, has pledged EUR 150,000",
            ),
            rel(
                "support",
                [AURC, ARCS],
                evidence="The Austrian Red Cross, a long-standing partner of both societies in the South Caucasus, has pledged EUR 150,000",
            ),
            rel(
                "donation",
                ["TBC Bank", GRCS],
                place="Marneuli, Georgia",
                evidence="TBC Bank donated 1,200 first aid kits and a four-wheel-drive vehicle to the GRCS branch in Marneuli",
            ),
            rel(
                "meeting",
                [ARCS, EMS],
                place="Tbilisi, Georgia",
                date="2025-04-14",
                evidence="On Monday, the Armenian delegation was received at the Emergency Management Service of Georgia by its First Deputy Head, Levan Kiknadze",
            ),
            rel(
                "agreement",
                [GRCS, EMS],
                date="2021",
                evidence="a cooperation agreement it signed with the Emergency Management Service in 2021",
            ),
        ],
    ),
    (
        "kv02_turkiye_kizilay_afad_protocol.txt",
        "2026-02-05",
        [
            org(TRC, NS, "TR", "Kızılay", "Türk Kızılay"),
            org(AFAD, GOV, "TR", "AFAD"),
            org(TRMOI, GOV, "TR"),
            org(IFRC, MB, None, "IFRC"),
            org(ECHO, GOV, None, "ECHO", "European Union"),
            org(AZRCS, NS, "AZ", "Azerbaijani Red Crescent"),
            org(UNICEF, UN, None, "UNICEF"),
        ],
        [
            person("Ayşe Nur Karaosmanoğlu", "President", TRC),
            person("Hakan Yıldırımlı", "President", AFAD),
            person("Selim Ertuğrul", "Interior Minister", TRMOI),
            person("Sebastian Ruiz-Lindqvist", "Regional Director for Europe", IFRC),
        ],
        [
            rel(
                "agreement",
                [TRC, AFAD],
                signatories=["Ayşe Nur Karaosmanoğlu", "Hakan Yıldırımlı"],
                place="Ankara, Türkiye",
                date="2026-02-04",
                evidence="The renewed text was signed at AFAD headquarters in Ankara by",
            ),
            rel(
                "agreement",
                [TRC, AFAD],
                date="2014",
                evidence="The original protocol between the two bodies dates from 2014 and",
            ),
            rel(
                "meeting",
                [IFRC, TRC],
                place="Kahramanmaraş, Türkiye",
                date="2026-02-03",
                evidence="for Europe, toured container settlements in Kahramanmaraş and held",
            ),
            rel(
                "support",
                [ECHO, TRC],
                evidence="financed by the European Union's humanitarian aid department,",
            ),
            rel(
                "donation",
                [AZRCS, TRC],
                place="Antakya, Türkiye",
                date="2026-02-02",
                evidence="clothing sent by the Red Crescent Society of Azerbaijan reached",
            ),
            rel(
                "mission",
                [AZRCS],
                place="Antakya, Türkiye",
                date="2026-02-02",
                evidence="Crescent's Hatay branch. A team of ten Azerbaijani Red Crescent",
            ),
            rel(
                "support",
                [UNICEF, TRC],
                evidence="UNICEF has been funding the psychosocial support teams that Kızılay",
            ),
        ],
    ),
    (
        "kv03_iran_salmas_earthquake_dref.txt",
        "2025-10-14",
        [
            org(IRCS, NS, "IR", "Iranian Red Crescent Society", "IRCS"),
            org(IFRC, MB, None, "IFRC"),
            org(TRC, NS, "TR"),
            org(JRCS, NS, "JP"),
            org(NDMO, GOV, "IR", "NDMO"),
            org(UNICEF, UN, None, "UNICEF"),
            org(ICRC, MB, None, "ICRC"),
        ],
        [
            person("Mohammad-Reza Tavakoli", "Secretary General", IRCS),
            person(
                "Elin Marstrander",
                "Head of the IFRC Delegation in the Islamic Republic of Iran",
                IFRC,
            ),
            person("Hossein Rahimzadeh", "Deputy Head", NDMO),
        ],
        [
            rel(
                "support",
                [IFRC, IRCS],
                date="2025-09-19",
                evidence="On 19 September the IFRC allocated CHF 497,600 from its Disaster Response Emergency Fund (DREF) to support the National Society",
            ),
            rel(
                "donation",
                [TRC, IRCS],
                date="2025-09-24",
                evidence="On 24 September the Turkish Red Crescent delivered 12 truckloads of family tents, heaters and hygiene kits to the National Society",
            ),
            rel(
                "mission",
                [TRC],
                place="Salmas, Iran",
                date="2025-09-24",
                evidence="A four-person logistics team from the Turkish society was sent to Salmas with the convoy",
            ),
            rel(
                "donation",
                [JRCS, IRCS],
                date="2025-10-02",
                evidence="The Japanese Red Cross Society transferred a bilateral contribution of CHF 100,000 to IRCS on 2 October",
            ),
            rel(
                "meeting",
                [IRCS, IFRC, NDMO],
                place="Urmia, Iran",
                date="2025-09-29",
                evidence="On 29 September, IRCS Secretary General Mohammad-Reza Tavakoli and Elin Marstrander",
            ),
            rel(
                "agreement",
                [IRCS, UNICEF],
                date="2022",
                evidence="under a cooperation agreement signed with UNICEF in 2022",
            ),
            rel(
                "donation",
                [UNICEF, IRCS],
                date="2025-09-26",
                evidence="UNICEF provided 60 recreation kits and 5,000 hygiene kits for children to the National Society on 26 September",
            ),
            rel(
                "support",
                [ICRC, IRCS],
                evidence="The ICRC assists the National Society's restoring family links services",
            ),
        ],
    ),
    (
        "kv04_baku_forum_caucasus_alliance.txt",
        "2025-10-10",
        [
            org(AZRCS, NS, "AZ", "AzRCS"),
            org(TRC, NS, "TR", "Türk Kızılay"),
            org(GRCS, NS, "GE"),
            org(IRCS, NS, "IR"),
            org(KZRC, NS, "KZ"),
            org(UZRC, NS, "UZ"),
            org(AZMES, GOV, "AZ"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(UNDP, UN, None, "UNDP"),
            org("Azercell", CO, "AZ"),
        ],
        [
            person("Elchin Huseynzade", "Secretary General", AZRCS),
            person("Kerem Özdemir", "Director General", TRC),
            person("Rashad Aliyarov", "Minister of Emergency Situations", AZMES),
            person("Sebastian Ruiz-Lindqvist", "Regional Director for Europe", IFRC),
            person("Thomas Brändli", "Head of the ICRC delegation in Baku", ICRC),
            person("Tamar Gelashvili", "Secretary General", GRCS),
            person("Farzaneh Mousavi", "Under-Secretary for International Affairs", IRCS),
        ],
        [
            rel(
                "participation",
                [AZRCS, TRC, GRCS, IRCS, KZRC, AZMES, UZRC, IFRC, ICRC, UNDP],
                event="2nd Regional Humanitarian Forum on Disaster Risk Reduction in the Caucasus and Central Asia",
                place="Baku, Azerbaijan",
                date="2025-10-07",
                evidence="The alliance was the main outcome of the 2nd Regional Humanitarian Forum on Disaster Risk Reduction in the Caucasus and Central Asia",
            ),
            rel(
                "alliance",
                [AZRCS, TRC, GRCS, IRCS, KZRC],
                place="Baku, Azerbaijan",
                date="2025-10-09",
                evidence="The Caucasus–Caspian Earthquake Response Alliance unites the host Red Crescent Society of Azerbaijan with the Turkish Red Crescent",
            ),
            rel(
                "agreement",
                [AZRCS, TRC],
                signatories=["Elchin Huseynzade", "Kerem Özdemir"],
                place="Baku, Azerbaijan",
                date="2025-10-08",
                evidence="On Wednesday, the AzRCS and Türk Kızılay put pen to paper on a memorandum of understanding on joint logistics",
            ),
            rel(
                "agreement",
                [AZRCS, AZMES],
                date="2017",
                evidence="since a cooperation agreement between the society and his ministry was signed in 2017",
            ),
            rel(
                "meeting",
                [AZMES, IFRC],
                place="Baku, Azerbaijan",
                date="2025-10-07",
                evidence="Later on Tuesday, the minister received the IFRC's regional director for Europe, Sebastian Ruiz-Lindqvist",
            ),
            rel(
                "meeting",
                [ICRC, GRCS],
                place="Baku, Azerbaijan",
                evidence="Thomas Brändli, who heads the ICRC delegation in Baku, met separately with Tamar Gelashvili",
            ),
            rel(
                "meeting",
                [ICRC, IRCS],
                place="Baku, Azerbaijan",
                evidence="and with the Iranian society's under-secretary for international affairs, Farzaneh Mousavi",
            ),
            rel(
                "support",
                ["Azercell", AZRCS],
                evidence="which mobile operator Azercell has been financing since 2022",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
