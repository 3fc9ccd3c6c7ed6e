"""Gold annotations for held-out set 150 (prefix kj): the Western Balkans (Serbia, Bosnia and Herzegovina, North Macedonia, Albania and Montenegro Red Cross; floods, migration, heat).

kj01 - press release: Red Cross of Serbia / Austrian Red Cross partnership "inked" on Monday (resolved against the 14 October 2025 date line), ADA firmly committed funding, Austrian RC handover of rescue boats (donation), background 2019 protocol with the Ministry of Interior; traps: ministry official only watched the ceremony (not a signatory), municipal headquarters generic, hydrometeorological service only hoped for, 2014 floods background, Movement boilerplate, media contact without a name.
kj02 - wire story with hard line breaks: IFRC DREF allocation to the Bosnian National Society, talks with the Ministry of Security, Croatian Red Cross convoy handed over in Doboj, UNICEF gift of tablets and hygiene kits; traps: FENA cited as a source, EU Civil Protection Mechanism request only being prepared, Red Cross of Serbia only "stood ready", mayor named only by title, 2014 floods background, reporting/editing credits.
kj03 - IFRC-style operation update, migration through North Macedonia: appeal support, DG ECHO funding, German RC donation, IFRC surge team sent to Gevgelija (mission), ICRC RFL support, one meeting of four organisations in Skopje (CMC acronym used before it is defined), background 2016 MoU with UNHCR; traps: Partner National Societies generic, Austrian RC funding only under discussion, contacts named only by title.
kj04 - local news with byline: participation of eight organisations in a named forum in Budva, standing coalition of five National Societies ("yesterday"), Montenegro/Albania protocol extended (IFRC deputy director only looked on), courtesy call on the Municipality of Budva, talks with the health minister, SDC financing; traps: byline, Croatian RC invited but sent apologies, EU funding only to be considered, MINA cited as a source, exercise only planned, mayor named only by title, generic municipalities/tourism associations.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

RCS = "Red Cross of Serbia"
AUTRC = "Austrian Red Cross"
RCSBH = "Red Cross Society of Bosnia and Herzegovina"
CRC = "Croatian Red Cross"
RCRNM = "Red Cross of the Republic of North Macedonia"
GRC = "German Red Cross"
RCM = "Red Cross of Montenegro"
ARC = "Albanian Red Cross"
ADA = "Austrian Development Agency"
MOI_RS = "Ministry of Interior"
MOS_BA = "Ministry of Security of Bosnia and Herzegovina"
UNICEF = "United Nations Children's Fund"
ECHO = "Directorate-General for European Civil Protection and Humanitarian Aid Operations"
CMC = "Crisis Management Centre"
UNHCR = "United Nations High Commissioner for Refugees"
WHO = "World Health Organization"
DPR = "Directorate for Protection and Rescue"
BUDVA = "Municipality of Budva"
MOH_ME = "Ministry of Health"
SDC = "Swiss Agency for Development and Cooperation"

DOCS = [
    (
        "kj01_serbia_austria_flood_partnership.txt",
        "2025-10-14",
        [
            org(RCS, NS, "RS", "The Red Cross of Serbia", "Serbian Red Cross"),
            org(AUTRC, NS, "AT"),
            org(ADA, GOV, "AT", "ADA"),
            org(
                MOI_RS,
                GOV,
                "RS",
                "Ministry of Interior of the Republic of Serbia",
                "Ministry of the Interior",
            ),
        ],
        [
            person("Dragana Milosavljević", "Secretary General", RCS),
            person("Bernhard Aichinger", "Head of the International Cooperation Department", AUTRC),
            person(
                "Nenad Stojković",
                "Assistant Head of the Sector for Emergency Management",
                MOI_RS,
            ),
        ],
        [
            rel(
                "agreement",
                [RCS, AUTRC],
                signatories=["Dragana Milosavljević", "Bernhard Aichinger"],
                place="Belgrade, Serbia",
                date="2025-10-13",
                evidence="The Red Cross of Serbia and the Austrian Red Cross on Monday inked a three-year partnership agreement",
            ),
            rel(
                "support",
                [ADA, RCS],
                evidence="The Serbian side of the programme is being financed by the Austrian Development Agency (ADA), which has committed EUR 1.2 million to the Red Cross of Serbia branches",
            ),
            rel(
                "donation",
                [AUTRC, RCS],
                place="Belgrade, Serbia",
                date="2025-10-13",
                evidence="the Austrian Red Cross donated four flat-bottomed rescue boats, 30 high-capacity water pumps and 200 sets of waders",
            ),
            rel(
                "agreement",
                [RCS, MOI_RS],
                date="2019",
                evidence="the cooperation protocol that the Red Cross of Serbia concluded with the Ministry of Interior in 2019",
            ),
        ],
    ),
    (
        "kj02_bosnia_flood_relief_wire.txt",
        "2025-05-20",
        [
            org(
                RCSBH,
                NS,
                "BA",
                "The Red Cross Society of Bosnia and Herzegovina",
                "Bosnian Red Cross",
            ),
            org(IFRC, MB, None, "IFRC"),
            org(MOS_BA, GOV, "BA", "Ministry of Security"),
            org(CRC, NS, "HR"),
            org(UNICEF, UN, None, "UNICEF"),
        ],
        [
            person("Amra Kovačević", "Secretary General", RCSBH),
            person("Davor Jurić", "Minister of Security", MOS_BA),
        ],
        [
            rel(
                "support",
                [IFRC, RCSBH],
                date="2025-05-19",
                evidence="(IFRC) on Monday released 410,000 Swiss francs from its Disaster Response",
            ),
            rel(
                "meeting",
                [RCSBH, MOS_BA],
                place="Sarajevo, Bosnia and Herzegovina",
                date="2025-05-19",
                evidence="Kovačević held talks in Sarajevo on Monday with Security Minister Davor",
            ),
            rel(
                "donation",
                [CRC, RCSBH],
                place="Doboj, Bosnia and Herzegovina",
                date="2025-05-20",
                evidence="sent by the Croatian Red Cross, loaded with canned food, bottled water",
            ),
            rel(
                "donation",
                [UNICEF, RCSBH],
                evidence="UNICEF, the United Nations children's agency, has given the National",
            ),
        ],
    ),
    (
        "kj03_north_macedonia_migration_update.txt",
        "2025-08-07",
        [
            org(RCRNM, NS, "MK", "RCRNM", "Red Cross of North Macedonia"),
            org(IFRC, MB, None, "IFRC"),
            org(
                ECHO,
                GOV,
                None,
                "DG ECHO",
                "ECHO",
                "European Civil Protection and Humanitarian Aid Operations",
                "European Union",
            ),
            org(GRC, NS, "DE"),
            org(ICRC, MB, None, "ICRC"),
            org(CMC, GOV, "MK", "CMC"),
            org(UNHCR, UN, None, "UNHCR"),
        ],
        [
            person("Elena Stojanovska", "Secretary General", RCRNM),
            person("Stevče Jovanovski", "Director", CMC),
            person("Henrik Sandvik", "Operations Manager", IFRC),
        ],
        [
            rel(
                "support",
                [IFRC, RCRNM],
                evidence="This Emergency Appeal, launched by the IFRC on 16 May, supports the National Society in meeting the basic needs of 15,000 people on the move.",
            ),
            rel(
                "support",
                [ECHO, RCRNM],
                evidence="Thanks to funding from the European Union through the Directorate-General for European Civil Protection and Humanitarian Aid Operations (DG ECHO), RCRNM has added a second mobile team",
            ),
            rel(
                "donation",
                [GRC, RCRNM],
                place="Tabanovce, North Macedonia",
                date="2025-07",
                evidence="In July the German Red Cross donated 3,000 sleeping bags, 1,500 rain ponchos and 800 pairs of children's shoes",
            ),
            rel(
                "mission",
                [IFRC],
                place="Gevgelija, North Macedonia",
                date="2025-07-28",
                evidence="The IFRC Regional Office for Europe deployed a two-person surge team (information management and migration and displacement) to Gevgelija on 28 July",
            ),
            rel(
                "support",
                [ICRC, RCRNM],
                evidence="The ICRC regional delegation in Belgrade supports RCRNM's restoring family links (RFL) services",
            ),
            rel(
                "meeting",
                [RCRNM, IFRC, CMC, UNHCR],
                place="Skopje, North Macedonia",
                date="2025-07-31",
                evidence="On 31 July, RCRNM and the IFRC met the Crisis Management Centre (CMC) and the United Nations High Commissioner for Refugees (UNHCR) in Skopje",
            ),
            rel(
                "agreement",
                [RCRNM, UNHCR],
                date="2016",
                evidence="the memorandum of understanding it signed with UNHCR in 2016",
            ),
        ],
    ),
    (
        "kj04_budva_heat_forum_coalition.txt",
        "2025-06-27",
        [
            org(RCM, NS, "ME", "Crveni krst Crne Gore", "Montenegrin Red Cross"),
            org(ARC, NS, "AL"),
            org(RCS, NS, "RS", "The Red Cross of Serbia"),
            org(RCSBH, NS, "BA", "The Red Cross Society of Bosnia and Herzegovina"),
            org(RCRNM, NS, "MK"),
            org(IFRC, MB, None, "IFRC"),
            org(WHO, UN, None, "WHO"),
            org(DPR, GOV, "ME"),
            org(BUDVA, GOV, "ME", "Budva Municipality"),
            org(MOH_ME, GOV, "ME", "Ministry of Health of Montenegro"),
            org(SDC, GOV, "CH", "SDC"),
        ],
        [
            person("Vesna Bulatović", "Secretary General", RCM),
            person("Ilir Kaçani", "Secretary General", ARC),
            person("Ingrid Solheim", "Deputy Regional Director for Europe", IFRC),
            person("Arben Dervishi", "President", ARC),
            person("Radomir Đurović", "President", RCM),
            person("Nikola Perović", "Minister of Health", MOH_ME),
            person("Dragana Milosavljević", "Secretary General", RCS),
        ],
        [
            rel(
                "participation",
                [RCM, ARC, RCS, RCSBH, RCRNM, IFRC, WHO, DPR],
                event="Western Balkans Heat and Wildfire Preparedness Forum",
                place="Budva, Montenegro",
                date="2025-06-25",
                evidence="The Western Balkans Heat and Wildfire Preparedness Forum, hosted by the Red Cross of Montenegro at a hotel in Budva on Wednesday and Thursday",
            ),
            rel(
                "alliance",
                [RCM, ARC, RCS, RCSBH, RCRNM],
                place="Budva, Montenegro",
                date="2025-06-26",
                evidence="Five Red Cross societies from the Western Balkans yesterday formed a standing regional coalition",
            ),
            rel(
                "agreement",
                [RCM, ARC],
                signatories=["Vesna Bulatović", "Ilir Kaçani"],
                place="Budva, Montenegro",
                date="2025-06-26",
                evidence="the hosts and their Albanian neighbours extended the cross-border cooperation protocol first concluded in 2018",
            ),
            rel(
                "meeting",
                [ARC, BUDVA],
                place="Budva, Montenegro",
                date="2025-06-25",
                evidence="paid a courtesy call on the Municipality of Budva",
            ),
            rel(
                "meeting",
                [RCM, MOH_ME],
                date="2025-06-26",
                evidence="Radomir Đurović (Red Cross of Montenegro president) held talks on Thursday with Nikola Perović",
            ),
            rel(
                "support",
                [SDC, RCM],
                evidence="The forum was financed by the Swiss Agency for Development and Cooperation (SDC), which has backed the Red Cross of Montenegro's disaster preparedness work since 2021.",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
