"""Gold annotations for held-out set 163 (prefix kw): Australia, New Zealand and Melanesia (Australian, New Zealand, PNG, Solomon Islands, Fiji and Vanuatu Red Cross; DFAT, MFAT, NEMA, the Pacific Islands Forum, blood services, banks and mining companies).

kw01 - NZRC media release (WELLINGTON, 12 March 2025): NZRC / Fiji RC partnership agreement signed in Suva "on Tuesday", MFAT funding both societies (two supports), IFRC Pacific delegation technical support to the Fiji RC (present tense), Vodafone Fiji gift of handsets and airtime, one three-party call on the Fijian permanent secretary "on Wednesday morning" (ministry named only through his post), background 2024 NZRC / NEMA MoU renewal; traps: High Commissioner named only by title and only looked on, Fiji Meteorological Service and RNZ cited as sources, Tonga RC / Samoa RC only welcomed with no talks held, te reo name in the "About" boilerplate, media contact (named person with post: counted).
kw02 - wire copy with hard line breaks (PORT MORESBY, May 29, 2024 (AAP)): DFAT transfer to PNG RC "on Tuesday" (donation), Australian RC team arrives in Wabag (mission + support), IFRC DREF, Barrick Niugini diesel and excavators (donation, "to the Red Cross"), Kina Bank gift, PNG RC / NDC talks in Port Moresby; traps: AAP as agency, IOM and the Post-Courier cited as sources, Prime Minister and Australian minister named only by title, second tranche only under consideration, ICRC only assessing, NZ MFAT only "in contact", reporting/editing credits.
kw03 - IFRC-style DREF operation update, Guadalcanal floods (issued 13 February 2026): IFRC DREF for SIRC, Australian RC donation of shelter kits, SIRC + IFRC meeting with the NDMO director (one three-party meeting), background 2020 SIRC / MHMS MoU, NZRC financing cash with MFAT funds (two supports), Fiji RC surge volunteers to Honiara (mission), BSP donation; traps: Solomon Islands Meteorological Service and Solomon Star cited as sources, Partner National Societies generic, Japanese RC only "expressed interest", UNICEF / World Vision / Save the Children mere co-mention, Premier named only by title, DREF revision only conditional, contact block with titles only.
kw04 - local news with byline (Nadi, published 18 September 2025): Second Pacific Regional Blood Safety Forum (one participation of ten organisations, co-hosts included), Melanesian blood donor network of four societies formed "yesterday", Lifeblood / Fijian health ministry MoU "on Tuesday", DFAT funding Lifeblood's programme (passive), two separate meetings of the PIF Secretariat with PNG RC and SIRC, background 2021 Vanuatu RC / Vanuatu Ministry of Health agreement, Vatukoula Gold Mines gift of refrigerators to the Fiji RC; traps: byline, Tonga RC invited but absent, WHO Representative named only by title, NZBS only "looking into" reagents and SIRC supply agreement only expected, mobile operators only hoped for, FBC News cited as source, next forum only due.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

NZRC = "New Zealand Red Cross"
FRCS = "Fiji Red Cross Society"
ARC = "Australian Red Cross"
PNGRCS = "Papua New Guinea Red Cross Society"
SIRC = "Solomon Islands Red Cross"
VRCS = "Vanuatu Red Cross Society"
MFAT = "Ministry of Foreign Affairs and Trade"
NEMA = "National Emergency Management Agency"
FJRMD = "Ministry of Rural and Maritime Development and Disaster Management"
DFAT = "Department of Foreign Affairs and Trade"
NDC = "National Disaster Centre"
NDMO = "National Disaster Management Office"
MHMS_SB = "Ministry of Health and Medical Services"
MHMS_FJ = "Ministry of Health and Medical Services"
VUMOH = "Ministry of Health"
SPC = "Pacific Community"
PIFS = "Pacific Islands Forum Secretariat"
LIFEBLOOD = "Australian Red Cross Lifeblood"
NZBS = "New Zealand Blood Service"
WHO = "World Health Organization"
BARRICK = "Barrick Niugini Limited"
BSP = "Bank South Pacific"
VGM = "Vatukoula Gold Mines"

DOCS = [
    (
        "kw01_nzrc_fiji_cyclone_partnership.txt",
        "2025-03-12",
        [
            org(NZRC, NS, "NZ", "Te Rīpeka Whero Aotearoa"),
            org(FRCS, NS, "FJ", "Fiji Red Cross"),
            org(MFAT, GOV, "NZ", "MFAT", "New Zealand Government"),
            org(IFRC, MB, None, "IFRC", "IFRC Country Cluster Delegation for the Pacific"),
            org("Vodafone Fiji", CO, "FJ"),
            org(FJRMD, GOV, "FJ"),
            org(NEMA, GOV, "NZ", "NEMA"),
        ],
        [
            person("Andrea Whitcombe", "Secretary General", NZRC),
            person("Losana Naivalu Tuilau", "Director General", FRCS),
            person(
                "Sinead Morrow", "Head of the IFRC Country Cluster Delegation for the Pacific", IFRC
            ),
            person(
                "Meleki Vosawale",
                "Permanent Secretary for Rural and Maritime Development and Disaster Management",
                FJRMD,
            ),
            person("Mere Kahukura", "Pacific Programmes Manager", NZRC),
            person("Hamish Te Awa", "Senior Communications Advisor", NZRC),
        ],
        [
            rel(
                "agreement",
                [NZRC, FRCS],
                signatories=["Andrea Whitcombe", "Losana Naivalu Tuilau"],
                place="Suva, Fiji",
                date="2025-03-11",
                evidence="The agreement was signed in Suva on Tuesday by New Zealand Red Cross Secretary General Andrea Whitcombe",
            ),
            rel(
                "support",
                [MFAT, NZRC],
                evidence="The programme is funded by the New Zealand Government through the Ministry of Foreign Affairs and Trade (MFAT), which is meeting the costs of both societies",
            ),
            rel(
                "support",
                [MFAT, FRCS],
                evidence="The programme is funded by the New Zealand Government through the Ministry of Foreign Affairs and Trade (MFAT), which is meeting the costs of both societies",
            ),
            rel(
                "support",
                [IFRC, FRCS],
                evidence="is providing technical support to the Fiji Red Cross on the design of the early action protocol",
            ),
            rel(
                "donation",
                ["Vodafone Fiji", FRCS],
                evidence="Vodafone Fiji has donated 250 mobile handsets and a year of airtime to the Fiji Red Cross Society",
            ),
            rel(
                "meeting",
                [NZRC, FRCS, FJRMD],
                place="Suva, Fiji",
                date="2025-03-12",
                evidence="On Wednesday morning, Ms Whitcombe and Ms Naivalu Tuilau called on Meleki Vosawale",
            ),
            rel(
                "agreement",
                [NZRC, NEMA],
                date="2024",
                evidence="a memorandum of understanding it renewed with the National Emergency Management Agency (NEMA) in 2024",
            ),
        ],
    ),
    (
        "kw02_png_enga_landslide_wire.txt",
        "2024-05-29",
        [
            org(PNGRCS, NS, "PG", "PNG Red Cross"),
            org(DFAT, GOV, "AU", "Australia"),
            org(ARC, NS, "AU"),
            org(IFRC, MB, None, "IFRC"),
            org(BARRICK, CO, "PG", "Barrick Niugini"),
            org("Kina Bank", CO, "PG"),
            org(NDC, GOV, "PG", "NDC"),
        ],
        [
            person("Janet Kila Waiwai", "Secretary General", PNGRCS),
            person("Daniel Fitzgibbon", "Head of international humanitarian operations", ARC),
            person("Simon Kauna", "Country manager", BARRICK),
            person("Lawrence Sipa Kawage", "Director", NDC),
        ],
        [
            rel(
                "donation",
                [DFAT, PNGRCS],
                date="2024-05-28",
                evidence="Affairs and Trade transferred 1 million Australian dollars to the",
            ),
            rel(
                "mission",
                [ARC],
                place="Wabag, Papua New Guinea",
                date="2024-05-27",
                evidence="A four-member team from the Australian Red Cross, led by Daniel",
            ),
            rel(
                "support",
                [ARC, PNGRCS],
                evidence="arrived in Wabag on Monday to reinforce the PNG Red Cross with",
            ),
            rel(
                "support",
                [IFRC, PNGRCS],
                evidence="Disaster Response Emergency Fund to help the PNG Red Cross assist",
            ),
            rel(
                "donation",
                [BARRICK, PNGRCS],
                date="2024-05-26",
                evidence="use of two excavators to the Red Cross on Sunday, said Simon Kauna,",
            ),
            rel(
                "donation",
                ["Kina Bank", PNGRCS],
                evidence="largest lenders, said it had donated 200,000 kina to the",
            ),
            rel(
                "meeting",
                [PNGRCS, NDC],
                place="Port Moresby, Papua New Guinea",
                date="2024-05-28",
                evidence="Kila Waiwai held talks on Tuesday in Port Moresby with Lawrence",
            ),
        ],
    ),
    (
        "kw03_solomons_floods_dref_update.txt",
        "2026-02-13",
        [
            org(SIRC, NS, "SB", "SIRC"),
            org(IFRC, MB, None, "IFRC"),
            org(ARC, NS, "AU"),
            org(NDMO, GOV, "SB", "NDMO"),
            org(MHMS_SB, GOV, "SB", "MHMS"),
            org(NZRC, NS, "NZ"),
            org(MFAT, GOV, "NZ", "MFAT", "New Zealand Ministry of Foreign Affairs and Trade"),
            org(FRCS, NS, "FJ"),
            org(BSP, CO, "PG", "BSP"),
        ],
        [
            person("Augustine Ramo Hiriasia", "Secretary General", SIRC),
            person("Katarina Lindqvist", "Operations Manager for the Pacific", IFRC),
            person("Joseph Toritelia", "Director", NDMO),
        ],
        [
            rel(
                "support",
                [IFRC, SIRC],
                date="2026-01-28",
                evidence="On 28 January the IFRC approved CHF 356,900 from the Disaster Response Emergency Fund (DREF) to support the Solomon Islands Red Cross",
            ),
            rel(
                "donation",
                [ARC, SIRC],
                place="Honiara, Solomon Islands",
                date="2026-01-30",
                evidence="On 30 January the Australian Red Cross donated 400 shelter toolkits and 800 tarpaulins",
            ),
            rel(
                "meeting",
                [SIRC, IFRC, NDMO],
                place="Honiara, Solomon Islands",
                date="2026-02-04",
                evidence="met Joseph Toritelia, Director of the National Disaster Management Office (NDMO), in Honiara",
            ),
            rel(
                "agreement",
                [SIRC, MHMS_SB],
                date="2020",
                evidence="a memorandum of understanding that SIRC and the Ministry of Health and Medical Services (MHMS) concluded in 2020",
            ),
            rel(
                "support",
                [NZRC, SIRC],
                evidence="New Zealand Red Cross is financing the multipurpose cash component of this operation",
            ),
            rel(
                "support",
                [MFAT, NZRC],
                evidence="using funds it receives from the New Zealand Ministry of Foreign Affairs and Trade (MFAT)",
            ),
            rel(
                "mission",
                [FRCS],
                place="Honiara, Solomon Islands",
                date="2026-02-02",
                evidence="The Fiji Red Cross Society deployed two WASH surge volunteers to Honiara on 2 February",
            ),
            rel(
                "donation",
                [BSP, SIRC],
                date="2026-02-05",
                evidence="Bank South Pacific (BSP) made a donation of SBD 250,000 to the Solomon Islands Red Cross on 5 February",
            ),
        ],
    ),
    (
        "kw04_nadi_blood_safety_forum.txt",
        "2025-09-18",
        [
            org(FRCS, NS, "FJ", "Fiji Red Cross"),
            org(PNGRCS, NS, "PG", "PNG Red Cross"),
            org(SIRC, NS, "SB"),
            org(VRCS, NS, "VU"),
            org(MHMS_FJ, GOV, "FJ", "MHMS", "Fijian health ministry"),
            org(SPC, OTHER, None, "SPC"),
            org(LIFEBLOOD, NS, "AU", "Lifeblood"),
            org(NZBS, GOV, "NZ"),
            org(WHO, UN, None, "WHO"),
            org(PIFS, OTHER, None, "Pacific Islands Forum"),
            org(DFAT, GOV, "AU", "DFAT", "Australian Government"),
            org(VUMOH, GOV, "VU", "Vanuatu's Ministry of Health"),
            org(VGM, CO, "FJ"),
        ],
        [
            person("Losana Naivalu Tuilau", "Director General", FRCS),
            person("Margaret Ellery", "Chief Executive", LIFEBLOOD),
            person(
                "Sereana Koroi Raikaci",
                "Permanent Secretary for Health and Medical Services",
                MHMS_FJ,
            ),
            person("Anaseini Rokovucago", "Deputy Secretary General", PIFS),
            person("Janet Kila Waiwai", "Secretary General", PNGRCS),
            person("Augustine Ramo Hiriasia", "Head", SIRC),
            person("Jean-Baptiste Molisa Natuman", "President", VRCS),
            person("Fiona Harwood", "Medical Director", NZBS),
        ],
        [
            rel(
                "participation",
                [MHMS_FJ, SPC, FRCS, PNGRCS, SIRC, VRCS, LIFEBLOOD, NZBS, WHO, PIFS],
                event="Second Pacific Regional Blood Safety Forum",
                place="Nadi, Fiji",
                date="2025-09-15",
                evidence="The launch ended the Second Pacific Regional Blood Safety Forum",
            ),
            rel(
                "alliance",
                [FRCS, PNGRCS, SIRC, VRCS],
                place="Nadi, Fiji",
                date="2025-09-17",
                evidence="The Melanesian Voluntary Blood Donor Network was formed by the Fiji Red Cross Society",
            ),
            rel(
                "agreement",
                [LIFEBLOOD, MHMS_FJ],
                signatories=["Margaret Ellery", "Sereana Koroi Raikaci"],
                place="Nadi, Fiji",
                date="2025-09-16",
                evidence="On Tuesday, Lifeblood and the Fijian health ministry put pen to paper on a memorandum of understanding",
            ),
            rel(
                "support",
                [DFAT, LIFEBLOOD],
                evidence="Lifeblood's Pacific blood safety programme is funded by the Australian Government's Department of Foreign Affairs and Trade (DFAT)",
            ),
            rel(
                "meeting",
                [PIFS, PNGRCS],
                place="Nadi, Fiji",
                date="2025-09-16",
                evidence="held separate meetings on Tuesday afternoon with PNG Red Cross secretary general Janet Kila Waiwai",
            ),
            rel(
                "meeting",
                [PIFS, SIRC],
                place="Nadi, Fiji",
                date="2025-09-16",
                evidence="held separate meetings on Tuesday afternoon with PNG Red Cross secretary general Janet Kila Waiwai",
            ),
            rel(
                "agreement",
                [VRCS, VUMOH],
                date="2021",
                evidence="under an agreement the society signed that year with Vanuatu's Ministry of Health",
            ),
            rel(
                "donation",
                [VGM, FRCS],
                date="2025-09-15",
                evidence="Vatukoula Gold Mines presented two blood bank refrigerators and a refrigerated van to the Fiji Red Cross Society on Monday",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
