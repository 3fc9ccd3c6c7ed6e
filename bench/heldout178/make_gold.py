"""Gold annotations for held-out set 178 (prefix ll): Southeastern Europe (Croatian, Slovenian, Bulgarian, Romanian and Hungarian Red Cross; earthquakes, floods, the Balkan migration route, EU civil protection, DG ECHO, energy and telecom companies).

ll01 - national society press release (Zagreb, 15 Oct 2025): Croatian RC / Hrvatska elektroprivreda (HEP) five-year cooperation agreement signed "yesterday" by the CRC Secretary General and the HEP Management Board president, HEP gift of twelve generators and cabling, HEP's firm commitment (in a quote) to train volunteers, background 2021 protocol on cooperation with the Civil Protection Directorate, A1 Hrvatska financing the first aid app (passive, "since 2023"), Slovenian RC delegation received the same day (mission + meeting); traps: CRC President only attended the signing (counted as a person, not a signatory), state secretary and City of Zagreb by title / unnamed attendance, proposal to Hrvatski Telekom not answered, cross-border agreement only hoped for, HINA cited as source, "About" boilerplate naming ICRC and IFRC, media contact (a named person with post: counted).
ll02 - wire story with hard line breaks (SOFIA, March 18, 2026 (BTA)): Bulgarian RC / State Agency for Refugees agreement signed "on Tuesday" in Sofia, background 2013 memorandum with "the UN refugee agency" (UNHCR representative named as attending), Austrian RC funding the border mobile health teams (passive), Yettel Bulgaria gift of SIM cards and tablets "last Friday", Hungarian RC delegation arriving in Harmanli "on Monday" (mission) and holding talks with Bulgarian RC staff there (meeting), person given as "who heads the society's migration and integration unit" spelled without diacritics as in the wire; traps: BTA as the agency, Interior Ministry data cited as source, extension to Migration Directorate homes only "would discuss", Romanian RC invited but not confirmed, IOM only considering, reporting/editing credits.
ll03 - IFRC-style DREF operation update, Siret/Bârlad floods in Romania (issued 22 May 2026): IFRC DREF support to the Romanian RC approved 6 May, DG ECHO's firm commitment to replenish the allocation (support to the IFRC), OMV Petrom money transfer on 9 May, Orange Romania short number free of charge (support), Hungarian RC water purification team deployed to Galați on 11 May (mission + support), one four-party coordination meeting on 13 May (RRC, IFRC, Galați County Prefecture, IGSU) with "Eng." dropped from the prefect's name, background 2019 RRC / IGSU cooperation protocol; traps: ANM cited as source, Prime Minister by title only, generic Partner National Societies, Moldova Red Cross offer only conditional, EU Civil Protection Mechanism not activated, extension only conditional, contact lines with titles only.
ll04 - HTML-ish news page of the Slovenian RC with menus, breadcrumbs, "Share this", related news, footer and cookie banner (published 21 Nov 2025): Regional Forum on Flood and Earthquake Preparedness in Ljubljana "on Wednesday and Thursday" (one participation of ten organisations, co-host URSZR and the Austrian RC observer included), Danube–Sava Preparedness Network launched "on Thursday" by five societies named in compressed form (alliance), Slovenian RC / Petrol framework agreement renewed on the first day with two signatories, Telekom Slovenije sponsoring the forum (support), one DG ECHO coordination meeting with the Croatian, Slovenian and Hungarian societies, IFRC courtesy call on the Slovenian Minister of Defence; traps: Red Cross of Serbia took part but did not join the network, Red Cross of Montenegro invited but absent, shared stockpile only to be discussed, Romanian ambassador by title only, STA cited as source (the URSZR director general it quotes is still a named person with post), "About the Movement" boilerplate, page furniture.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

CRC = "Croatian Red Cross"
SRC = "Slovenian Red Cross"
BRC = "Bulgarian Red Cross"
RRC = "Romanian Red Cross"
HRC = "Hungarian Red Cross"
AURC = "Austrian Red Cross"
SERC = "Red Cross of Serbia"
UNHCR = "United Nations High Commissioner for Refugees"
ECHO = "Directorate-General for European Civil Protection and Humanitarian Aid Operations"
HEP = "Hrvatska elektroprivreda"
A1 = "A1 Hrvatska"
CPD = "Civil Protection Directorate"
SAR = "State Agency for Refugees"
YETTEL = "Yettel Bulgaria"
OMV = "OMV Petrom"
ORANGE = "Orange Romania"
IGSU = "General Inspectorate for Emergency Situations"
PREF = "Galați County Prefecture"
URSZR = "Administration of the Republic of Slovenia for Civil Protection and Disaster Relief"
SI_MOD = "Ministry of Defence"
PETROL = "Petrol"
TELEKOM = "Telekom Slovenije"

DOCS = [
    (
        "ll01_croatia_hep_shelter_power_agreement.txt",
        "2025-10-15",
        [
            org(CRC, NS, "HR", "Hrvatski Crveni križ"),
            org(HEP, CO, "HR", "HEP"),
            org(CPD, GOV, "HR", "Ravnateljstvo civilne zaštite"),
            org(A1, CO, "HR", "A1"),
            org(SRC, NS, "SI", "Rdeči križ Slovenije"),
        ],
        [
            person("Tihana Barić", "Secretary General", CRC),
            person("Zoran Vuković", "President of the Management Board", HEP),
            person("Josip Šarić", "President", CRC),
            person("Matej Zupančič", "Secretary General", SRC),
            person("Ivana Perić", "Head of Communications", CRC),
        ],
        [
            rel(
                "agreement",
                [CRC, HEP],
                signatories=["Tihana Barić", "Zoran Vuković"],
                place="Zagreb, Croatia",
                date="2025-10-14",
                evidence="yesterday signed a five-year cooperation agreement",
            ),
            rel(
                "donation",
                [HEP, CRC],
                place="Zagreb, Croatia",
                date="2025-10-14",
                evidence="HEP donated twelve mobile generators and 40 kilometres of heavy-duty cabling to the Croatian Red Cross",
            ),
            rel(
                "support",
                [HEP, CRC],
                evidence="Under this agreement HEP engineers will train our volunteers",
            ),
            rel(
                "agreement",
                [CRC, CPD],
                date="2021",
                evidence="the protocol on cooperation that the Croatian Red Cross signed with the Civil Protection Directorate in 2021",
            ),
            rel(
                "support",
                [A1, CRC],
                evidence="has been financed since 2023 by the telecoms operator A1 Hrvatska",
            ),
            rel(
                "mission",
                [SRC],
                place="Zagreb, Croatia",
                date="2025-10-14",
                evidence="Ms Barić received a delegation of the Slovenian Red Cross",
            ),
            rel(
                "meeting",
                [CRC, SRC],
                place="Zagreb, Croatia",
                date="2025-10-14",
                evidence="Later the same day Ms Barić received a delegation of the Slovenian Red Cross, led by its Secretary General Matej Zupančič, for talks on joint flood exercises",
            ),
        ],
    ),
    (
        "ll02_bulgaria_refugee_agency_psychosocial_deal.txt",
        "2026-03-18",
        [
            org(BRC, NS, "BG"),
            org(SAR, GOV, "BG", "State Agency for Refugees with the Council of Ministers"),
            org(UNHCR, UN, None, "UNHCR", "UN refugee agency"),
            org(AURC, NS, "AT"),
            org(YETTEL, CO, "BG", "Yettel"),
            org(HRC, NS, "HU", "Magyar Vöröskereszt"),
        ],
        [
            person("Kalina Dobreva", "Secretary General", BRC),
            person("Emil Rusev", "Chairman", SAR),
            person("Helena Lindqvist", "Representative in Bulgaria", UNHCR),
            person("Zsofia Kertesz", "Head of the migration and integration unit", HRC),
        ],
        [
            rel(
                "agreement",
                [BRC, SAR],
                signatories=["Kalina Dobreva", "Emil Rusev"],
                place="Sofia, Bulgaria",
                date="2026-03-17",
                evidence="The document was signed in Sofia by Bulgarian Red Cross Secretary General",
            ),
            rel(
                "agreement",
                [BRC, UNHCR],
                date="2013",
                evidence="under a memorandum of understanding signed in 2013, which covers family",
            ),
            rel(
                "support",
                [AURC, BRC],
                evidence="have been funded since 2024 by the Austrian Red Cross, which also pays for",
            ),
            rel(
                "donation",
                [YETTEL, BRC],
                date="2026-03-13",
                evidence="Last Friday, telecoms operator Yettel Bulgaria handed over 2,000 prepaid",
            ),
            rel(
                "mission",
                [HRC],
                place="Harmanli, Bulgaria",
                date="2026-03-16",
                evidence="A three-member delegation of the Hungarian Red Cross arrived in Harmanli",
            ),
            rel(
                "meeting",
                [HRC, BRC],
                place="Harmanli, Bulgaria",
                date="2026-03-16",
                evidence="society's migration and integration unit, the delegation held talks with",
            ),
        ],
    ),
    (
        "ll03_romania_galati_floods_dref_update.txt",
        "2026-05-22",
        [
            org(RRC, NS, "RO", "RRC"),
            org(IFRC, MB, None, "IFRC"),
            org(ECHO, GOV, None, "DG ECHO", "ECHO", "European Union"),
            org(OMV, CO, "RO"),
            org(ORANGE, CO, "RO"),
            org(HRC, NS, "HU"),
            org(IGSU, GOV, "RO", "IGSU"),
            org(PREF, GOV, "RO", "prefecture"),
        ],
        [
            person("Gábor Szalai", "Head of the emergency water and sanitation unit", HRC),
            person("Cristina Vlădescu", "Secretary General", RRC),
            person("Niels Mortensen", "Operations Manager", IFRC),
            person("Marius Popa", "Prefect of Galați County", PREF),
        ],
        [
            rel(
                "support",
                [IFRC, RRC],
                date="2026-05-06",
                evidence="was approved on 6 May to support the Romanian Red Cross (RRC)",
            ),
            rel(
                "support",
                [ECHO, IFRC],
                evidence="The European Union, through DG ECHO, has committed to replenishing this allocation in full",
            ),
            rel(
                "donation",
                [OMV, RRC],
                date="2026-05-09",
                evidence="On 9 May the energy company OMV Petrom transferred RON 500,000 to the RRC emergency account",
            ),
            rel(
                "support",
                [ORANGE, RRC],
                evidence="Orange Romania has made the short number 8844 available free of charge for SMS donations to the RRC",
            ),
            rel(
                "mission",
                [HRC],
                place="Galați, Romania",
                date="2026-05-11",
                evidence="The Hungarian Red Cross deployed a water purification unit and a four-person team to Galați on 11 May",
            ),
            rel(
                "support",
                [HRC, RRC],
                evidence="The team is helping the RRC to supply up to 60,000 litres of safe drinking water a day",
            ),
            rel(
                "meeting",
                [RRC, IFRC, PREF, IGSU],
                place="Galați, Romania",
                date="2026-05-13",
                evidence="On 13 May, RRC Secretary General Cristina Vlădescu and Niels Mortensen, IFRC Operations Manager, met Eng. Marius Popa, Prefect of Galați County",
            ),
            rel(
                "agreement",
                [RRC, IGSU],
                date="2019",
                evidence="The RRC works with IGSU under a cooperation protocol signed in 2019",
            ),
        ],
    ),
    (
        "ll04_ljubljana_forum_danube_sava_network.txt",
        "2025-11-21",
        [
            org(SRC, NS, "SI", "Rdeči križ Slovenije"),
            org(URSZR, GOV, "SI", "URSZR"),
            org(CRC, NS, "HR"),
            org(HRC, NS, "HU"),
            org(RRC, NS, "RO"),
            org(BRC, NS, "BG"),
            org(SERC, NS, "RS"),
            org(IFRC, MB, None, "IFRC"),
            org(ECHO, GOV, None, "DG ECHO", "ECHO"),
            org(AURC, NS, "AT"),
            org(PETROL, CO, "SI"),
            org(TELEKOM, CO, "SI"),
            org(SI_MOD, GOV, "SI"),
        ],
        [
            person("Matej Zupančič", "Secretary General", SRC),
            person("Nika Grošelj", "President of the Management Board", PETROL),
            person("Lucia Ferraro", "Director for Emergency Management", ECHO),
            person("Tihana Barić", "Head", CRC),
            person("Péter Horváth", "Director General", HRC),
            person("Ewa Nowakowska", "Regional Director for Europe", IFRC),
            person("Tina Potočnik", "Minister of Defence", SI_MOD),
            person("Darko Mlakar", "Director General", URSZR),
        ],
        [
            rel(
                "participation",
                [SRC, URSZR, CRC, HRC, RRC, BRC, SERC, IFRC, ECHO, AURC],
                event="Regional Forum on Flood and Earthquake Preparedness",
                place="Ljubljana, Slovenia",
                date="2025-11-19",
                evidence="The forum brought together the Croatian Red Cross, the Hungarian Red Cross",
            ),
            rel(
                "alliance",
                [SRC, CRC, HRC, RRC, BRC],
                place="Ljubljana, Slovenia",
                date="2025-11-20",
                evidence="On Thursday the Red Cross societies of Slovenia, Croatia, Hungary, Romania and Bulgaria formally launched the Danube–Sava Preparedness Network",
            ),
            rel(
                "agreement",
                [SRC, PETROL],
                signatories=["Matej Zupančič", "Nika Grošelj"],
                place="Ljubljana, Slovenia",
                date="2025-11-19",
                evidence="the Slovenian Red Cross and the energy company Petrol renewed their framework agreement",
            ),
            rel(
                "support",
                [TELEKOM, SRC],
                evidence="The forum itself was sponsored by Telekom Slovenije",
            ),
            rel(
                "meeting",
                [ECHO, CRC, SRC, HRC],
                place="Ljubljana, Slovenia",
                evidence="held a joint coordination meeting with the heads of the Croatian, Slovenian and Hungarian societies",
            ),
            rel(
                "meeting",
                [IFRC, SI_MOD],
                evidence="paid a courtesy call on Slovenia's Minister of Defence, Tina Potočnik",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
