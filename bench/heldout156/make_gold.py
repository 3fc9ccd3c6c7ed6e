"""Gold annotations for held-out set 156 (prefix kp): the Great Lakes and East Africa (Uganda, Rwanda, Burundi, South Sudan Red Cross; Ebola preparedness, refugees, WFP, IGAD, EAC).

kp01 - press release (Kampala, 15 Oct 2025): URCS / Rwandan RC cross-border Ebola MoU signed "yesterday", Swedish RC financing both societies with Sida money, WHO gift of IPC kits to URCS, background 2022 MoU between URCS and the Ministry of Health (both in short forms: "the National Society", "the ministry"); traps: MoH permanent secretary only witnessed, district health officers generic/title only, Daily Monitor cited as source, Burundi RC / DRC RC only wished-for, "About" boilerplate on the Movement, media contact (a named person with post: counted).
kp02 - wire story with hard line breaks (JUBA, March 5, 2025): SSRC / WFP field-level agreement extended "on Monday", background 2023 tripartite agreement WFP-UNHCR-SSRC, UNHCR funding volunteers, IGAD delegation arrives (mission) and holds talks with the SSRC president, Norwegian RC donated clinic units handed over "on Saturday"; traps: minister invited on a visit but declined, Sudanese Red Crescent only co-mentioned / WFP cooperation only hoped for, ICRC only considering, Radio Tamazuj and the UN humanitarian office cited as sources, unnamed WFP spokesperson, bylines/editing line.
kp03 - IFRC-style DREF operation update, Burundi returnees from Tanzania (issued 20 June 2025): IFRC DREF support (acronym used before it is spelled out), WFP donation of biscuits and flour, BRC + IFRC meeting with the Minister of National Solidarity in Gitega (one three-party meeting), background 2018 UNHCR partnership agreement, Belgian RC financing water trucking, ICRC supporting RFL, Tanzania RC team sent to Ruyigi (mission); traps: Partner National Societies generic, Netherlands RC only "indicated interest", IOM mere co-mention, Governor named only by title, escalation to an Emergency Appeal only conditional, contact block with titles only.
kp04 - local news with byline (published 21 Nov 2025): Third EAC Regional Forum on Epidemic Preparedness in Kigali (one participation of thirteen organisations, co-hosts included), coalition of six societies formed "yesterday", EAC Secretariat / IFRC MoU inked "on Wednesday", background 2019 Rwandan RC / RBC agreement, KRCS courtesy call on the Minister of Health, separate bilateral talks IFRC-Burundi RC and IFRC-SSRC, MTN Rwanda financing the alert line; traps: byline, DRC RC took part but did not join the coalition, Ethiopia Red Cross invited but absent, Tanzanian delegation head named only by title, shared warehouse and URCS-hosted secretariat only future/hoped, Xinhua cited as source, African Union mere co-mention, next forum only scheduled.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

URCS = "Uganda Red Cross Society"
RRC = "Rwandan Red Cross"
BRC = "Burundi Red Cross"
SSRC = "South Sudan Red Cross"
KRCS = "Kenya Red Cross Society"
TRCS = "Tanzania Red Cross National Society"
DRCRC = "Red Cross of the Democratic Republic of the Congo"
SWRC = "Swedish Red Cross"
NORC = "Norwegian Red Cross"
BERC = "Belgian Red Cross"
WFP = "World Food Programme"
UNHCR = "United Nations High Commissioner for Refugees"
WHO = "World Health Organization"
SIDA = "Swedish International Development Cooperation Agency"
IGAD = "Intergovernmental Authority on Development"
EAC = "East African Community"
MOH_UG = "Ministry of Health"
MOH_RW = "Ministry of Health"
MOHADM = "Ministry of Humanitarian Affairs and Disaster Management"
MNS = "Ministry of National Solidarity, Social Affairs, Human Rights and Gender"
AFCDC = "Africa Centres for Disease Control and Prevention"
RBC = "Rwanda Biomedical Centre"
MTN = "MTN Rwanda"

DOCS = [
    (
        "kp01_uganda_rwanda_ebola_mou.txt",
        "2025-10-15",
        [
            org(URCS, NS, "UG", "The Uganda Red Cross Society", "Uganda Red Cross", "URCS"),
            org(RRC, NS, "RW", "Rwanda Red Cross"),
            org(MOH_UG, GOV, "UG", "Uganda Ministry of Health"),
            org(SWRC, NS, "SE"),
            org(SIDA, GOV, "SE", "Sida"),
            org(WHO, UN, None, "WHO"),
        ],
        [
            person("Josephine Nabukeera Ssali", "Secretary General", URCS),
            person("Emmanuel Rukundo Habimana", "Secretary General", RRC),
            person("Patience Akello Oyet", "Permanent Secretary", MOH_UG),
            person("Daniel Okello Mugisha", "Communications Manager", URCS),
        ],
        [
            rel(
                "agreement",
                [URCS, RRC],
                signatories=["Josephine Nabukeera Ssali", "Emmanuel Rukundo Habimana"],
                place="Kampala, Uganda",
                date="2025-10-14",
                evidence="The Uganda Red Cross Society (URCS) and the Rwandan Red Cross yesterday put their signatures to a two-year memorandum of understanding on cross-border epidemic preparedness",
            ),
            rel(
                "support",
                [SWRC, URCS],
                evidence="The first phase is being financed by the Swedish Red Cross",
            ),
            rel(
                "support",
                [SWRC, RRC],
                evidence="The first phase is being financed by the Swedish Red Cross",
            ),
            rel(
                "support",
                [SIDA, SWRC],
                evidence="with money the Swedish society receives from the Swedish International Development Cooperation Agency (Sida)",
            ),
            rel(
                "donation",
                [WHO, URCS],
                place="Kampala, Uganda",
                date="2025-10-14",
                evidence="the World Health Organization's country office handed over 60 infection prevention and control kits and two thermal scanners to the Uganda Red Cross",
            ),
            rel(
                "agreement",
                [URCS, MOH_UG],
                date="2022",
                evidence="a memorandum of understanding the National Society concluded with the ministry in 2022",
            ),
        ],
    ),
    (
        "kp02_south_sudan_renk_wfp.txt",
        "2025-03-05",
        [
            org(SSRC, NS, "SS", "SSRC"),
            org(WFP, UN, None, "WFP"),
            org(UNHCR, UN, None, "UNHCR", "UN refugee agency"),
            org(IGAD, OTHER, None, "IGAD"),
            org(NORC, NS, "NO"),
            org(MOHADM, GOV, "SS"),
        ],
        [
            person("Peter Lado Wani", "Secretary General", SSRC),
            person("Annika Brandt", "Deputy Country Director", WFP),
            person("Olivier Kaboré", "Head of the Renk field office", UNHCR),
            person("Rebecca Achol Majok", "President", SSRC),
            person("Halima Abdi Warsame", "Head of humanitarian affairs", IGAD),
            person(
                "Joseph Ladu Kenyi",
                "Minister of Humanitarian Affairs and Disaster Management",
                MOHADM,
            ),
        ],
        [
            rel(
                "agreement",
                [SSRC, WFP],
                signatories=["Peter Lado Wani", "Annika Brandt"],
                place="Juba, South Sudan",
                date="2025-03-03",
                evidence="The extension was signed in Juba on Monday by the society's",
            ),
            rel(
                "agreement",
                [WFP, UNHCR, SSRC],
                date="2023",
                evidence="The new arrangement builds on the tripartite agreement that WFP, the",
            ),
            rel(
                "support",
                [UNHCR, SSRC],
                evidence="barge and bus, has also been funding 40 additional Red Cross",
            ),
            rel(
                "mission",
                [IGAD],
                place="Juba, South Sudan",
                date="2025-03-03",
                evidence="A delegation of the Intergovernmental Authority on Development",
            ),
            rel(
                "meeting",
                [IGAD, SSRC],
                place="Juba, South Sudan",
                date="2025-03-04",
                evidence="arrived in Juba on Monday. On Tuesday its members held talks with",
            ),
            rel(
                "donation",
                [NORC, SSRC],
                place="Renk, South Sudan",
                date="2025-03-01",
                evidence="Two prefabricated clinic units donated by the Norwegian Red Cross",
            ),
        ],
    ),
    (
        "kp03_burundi_returnees_dref.txt",
        "2025-06-20",
        [
            org(BRC, NS, "BI", "BRC", "Croix-Rouge du Burundi"),
            org(IFRC, MB, None, "IFRC"),
            org(WFP, UN, None, "WFP"),
            org(MNS, GOV, "BI"),
            org(UNHCR, UN, None, "UNHCR"),
            org(BERC, NS, "BE"),
            org(ICRC, MB, None, "ICRC"),
            org(TRCS, NS, "TZ", "Tanzania Red Cross"),
        ],
        [
            person("Anselme Niyonkuru", "Secretary General", BRC),
            person("Kerstin Holmgren", "Head of the IFRC Country Delegation", IFRC),
            person(
                "Gloriose Nshimirimana",
                "Minister of National Solidarity, Social Affairs, Human Rights and Gender",
                MNS,
            ),
        ],
        [
            rel(
                "support",
                [IFRC, BRC],
                date="2025-05-23",
                evidence="On 23 May the IFRC released CHF 412,350 from its Disaster Response Emergency Fund to support the Burundi Red Cross (BRC)",
            ),
            rel(
                "donation",
                [WFP, BRC],
                date="2025-06-05",
                evidence="On 5 June the World Food Programme handed over 14 tonnes of high-energy biscuits and fortified flour to the National Society",
            ),
            rel(
                "meeting",
                [BRC, IFRC, MNS],
                place="Gitega, Burundi",
                date="2025-06-12",
                evidence="On 12 June, BRC Secretary General Anselme Niyonkuru and Kerstin Holmgren, Head of the IFRC Country Delegation, met Gloriose Nshimirimana",
            ),
            rel(
                "agreement",
                [BRC, UNHCR],
                date="2018",
                evidence="under a partnership agreement the National Society first signed with UNHCR that year",
            ),
            rel(
                "support",
                [BERC, BRC],
                evidence="has redirected part of its community WASH programme in Ruyigi to finance water trucking to Nyabitare",
            ),
            rel(
                "support",
                [ICRC, BRC],
                evidence="The ICRC continues to support the BRC RFL programme",
            ),
            rel(
                "mission",
                [TRCS],
                place="Ruyigi, Burundi",
                date="2025-06-02",
                evidence="The Tanzania Red Cross National Society sent a three-member RFL team to Ruyigi on 2 June",
            ),
        ],
    ),
    (
        "kp04_kigali_eac_forum_coalition.txt",
        "2025-11-21",
        [
            org(RRC, NS, "RW", "Rwanda Red Cross"),
            org(URCS, NS, "UG", "The Uganda Red Cross Society", "Uganda Red Cross"),
            org(KRCS, NS, "KE", "Kenya Red Cross"),
            org(TRCS, NS, "TZ", "Tanzania Red Cross"),
            org(BRC, NS, "BI"),
            org(SSRC, NS, "SS"),
            org(DRCRC, NS, "CD"),
            org(EAC, OTHER, None, "EAC", "EAC Secretariat"),
            org(MOH_RW, GOV, "RW", "Rwanda Ministry of Health"),
            org(IFRC, MB, None, "IFRC"),
            org(WHO, UN, None, "WHO"),
            org(AFCDC, OTHER, None, "Africa CDC"),
            org(RBC, GOV, "RW", "RBC"),
            org(MTN, CO, "RW"),
        ],
        [
            person("Emmanuel Rukundo Habimana", "Head of the Rwandan Red Cross secretariat", RRC),
            person(
                "Claudine Uwimana", "Head of the epidemic surveillance and response division", RBC
            ),
            person(
                "Godfrey Mutabazi Kato",
                "Deputy Secretary General in charge of Productive and Social Sectors",
                EAC,
            ),
            person("Amina Ould Cheikh", "Regional Director for Africa", IFRC),
            person("Faith Chebet Rotich", "Secretary General", KRCS),
            person("Eric Mugabo Nzeyimana", "Minister of Health", MOH_RW),
            person("Anselme Niyonkuru", "Secretary General", BRC),
            person("Peter Lado Wani", "Secretary General", SSRC),
        ],
        [
            rel(
                "participation",
                [EAC, MOH_RW, RRC, URCS, KRCS, TRCS, BRC, SSRC, DRCRC, IFRC, WHO, AFCDC, RBC],
                event="Third EAC Regional Forum on Epidemic Preparedness",
                place="Kigali, Rwanda",
                date="2025-11-18",
                evidence="The announcement closed the Third EAC Regional Forum on Epidemic Preparedness",
            ),
            rel(
                "alliance",
                [RRC, URCS, KRCS, TRCS, BRC, SSRC],
                place="Kigali, Rwanda",
                date="2025-11-20",
                evidence="The East Africa Red Cross Epidemic Preparedness Coalition brings together the Rwandan Red Cross",
            ),
            rel(
                "agreement",
                [EAC, IFRC],
                signatories=["Godfrey Mutabazi Kato", "Amina Ould Cheikh"],
                place="Kigali, Rwanda",
                date="2025-11-19",
                evidence="On Wednesday the EAC Secretariat and the IFRC inked a memorandum of understanding",
            ),
            rel(
                "agreement",
                [RRC, RBC],
                date="2019",
                evidence="The Rwandan Red Cross has worked with RBC under a cooperation agreement signed in 2019.",
            ),
            rel(
                "meeting",
                [KRCS, MOH_RW],
                place="Kigali, Rwanda",
                date="2025-11-19",
                evidence="paid a courtesy call on Rwanda's Minister of Health, Dr. Eric Mugabo Nzeyimana",
            ),
            rel(
                "meeting",
                [IFRC, BRC],
                place="Kigali, Rwanda",
                evidence="Ms Ould Cheikh also held separate talks with the Burundi Red Cross's secretary general",
            ),
            rel(
                "meeting",
                [IFRC, SSRC],
                place="Kigali, Rwanda",
                evidence="Ms Ould Cheikh also held separate talks with the Burundi Red Cross's secretary general",
            ),
            rel(
                "support",
                [MTN, RRC],
                evidence="The line has been financed since 2023 by MTN Rwanda",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
