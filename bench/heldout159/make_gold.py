"""Gold annotations for held-out set 159 (prefix ks): coastal West Africa (Nigerian, Ghana, Sierra Leone, Liberia National and Ivorian Red Cross; Lassa fever, floods, ECOWAS, telecoms and banks).

ks01 - press release (Abuja, 11 Feb 2025): NRCS / NCDC Lassa fever MoU renewed "on Monday" plus its 2020 original as background, British Red Cross funding the community component (passive), IFRC DREF allocation "last month", Access Bank Plc gift of PPE and thermometers at the ceremony, background 2021 NRCS / NEMA framework agreement; traps: IFRC head of delegation and NRCS president only looked on, possible extension to Taraba and Plateau only discussed, WHO only expected to join a working group, state health commissioner named only by title, Punch cited as source, Partner National Societies generic, "About" boilerplate (IFRC membership is not a relation), named media contact (counted).
ks02 - wire story with hard line breaks (ACCRA, June 18, 2025): IFRC DREF allocation "on Tuesday", MTN Ghana donation "on Monday", GRCS president's talks with the NADMO Director-General "on Wednesday", background 2022 GRCS / NADMO agreement, UNICEF supplying through GRCS volunteers, Red Cross Society of Côte d'Ivoire team arriving "on Saturday" (mission + support); traps: MTN further support only "considered", Ghana Meteorological Agency and Ghana News Agency cited as sources, Interior Minister invited but declined (title only), Mayor of Accra title only, World Vision only assessing, bank partnership talks not begun, unnamed spokesperson, reporting/editing credits.
ks03 - IFRC-style DREF operation update, Lassa fever in Liberia (issued 14 Aug 2025): IFRC DREF for LNRCS (society named "Liberian Red Cross" in the header, "the National Society" later), Orange Liberia gift of smartphones, one three-party coordination meeting (LNRCS, NPHIL, WHO) in Monrovia, background 2016 MoU with the Ministry of Health, Danish Red Cross funding a programme redeployed to the response, SLRCS trainers sent to Ganta (mission); traps: Partner National Societies generic, Japanese Red Cross only approached, MSF mere co-mention, County Health Officer title only, DREF extension only conditional, contact block with two named LNRCS staff (counted) and a title-only IFRC line.
ks04 - local news with byline (Freetown, published Fri 28 Nov 2025): 2025 ECOWAS Regional Forum on Disaster Preparedness (one participation of thirteen organisations, co-organisers and private sector included), Mano River alliance of four societies declared "yesterday", Ecobank Foundation / SLRCS agreement signed "on Wednesday" (NDMA head only attended), background 2023 SLRCS / NDMA MoU, Orange Sierra Leone paying for the SLRCS SMS service (passive), ECOWAS commissioner's talks with the ICRC regional head "on Tuesday evening", NRCS / GRCS sideline meeting; traps: byline, Ghanaian and Nigerian societies attended but did not join, Togolese Red Cross invited but absent, Ivorian delegation head title only, WFP / ECOWAS food reserve only discussed, IFRC help only being considered, Awoko cited as source and World Bank mere co-mention, next forum only expected.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

NRCS = "Nigerian Red Cross Society"
GRCS = "Ghana Red Cross Society"
SLRCS = "Sierra Leone Red Cross Society"
LNRCS = "Liberia National Red Cross Society"
RCSCI = "Red Cross Society of Côte d'Ivoire"
RCSG = "Red Cross Society of Guinea"
BRC = "British Red Cross"
DNRC = "Danish Red Cross"
WHO = "World Health Organization"
WFP = "World Food Programme"
UNICEF = "United Nations Children's Fund"
NCDC = "Nigeria Centre for Disease Control and Prevention"
NEMA = "National Emergency Management Agency"
ACCESS = "Access Bank Plc"
MTNGH = "MTN Ghana"
NADMO = "National Disaster Management Organisation"
NPHIL = "National Public Health Institute of Liberia"
MOH_LR = "Ministry of Health"
ORANGE_LR = "Orange Liberia"
ECOWAS = "ECOWAS Commission"
NDMA_SL = "National Disaster Management Agency"
ECOBANK = "Ecobank Foundation"
ORANGE_SL = "Orange Sierra Leone"

DOCS = [
    (
        "ks01_nigeria_ncdc_lassa_mou.txt",
        "2025-02-11",
        [
            org(NRCS, NS, "NG", "NRCS", "Nigerian Red Cross"),
            org(NCDC, GOV, "NG", "NCDC"),
            org(IFRC, MB, None, "IFRC"),
            org(BRC, NS, "GB"),
            org(ACCESS, CO, "NG", "Access Bank"),
            org(NEMA, GOV, "NG", "NEMA"),
        ],
        [
            person("Adaeze Nwachukwu-Bello", "Secretary General", NRCS),
            person("Ibrahim Musa Danjuma", "Director General", NCDC),
            person("Kwame Asante-Mensah", "Head of the IFRC Country Delegation in Abuja", IFRC),
            person("Bashir Garba Aliyu", "President", NRCS),
            person("Helen Marsden", "Country Manager for Nigeria", BRC),
            person("Chinelo Okafor", "Head of Sustainability", ACCESS),
            person("Tolulope Adeniran", "Communications Manager", NRCS),
        ],
        [
            rel(
                "agreement",
                [NRCS, NCDC],
                signatories=["Adaeze Nwachukwu-Bello", "Ibrahim Musa Danjuma"],
                place="Abuja, Nigeria",
                date="2025-02-10",
                evidence="The Nigerian Red Cross Society (NRCS) and the Nigeria Centre for Disease Control and Prevention (NCDC) on Monday renewed their memorandum of understanding",
            ),
            rel(
                "agreement",
                [NRCS, NCDC],
                date="2020",
                evidence="It extends for three years a partnership that the two institutions first entered into in 2020",
            ),
            rel(
                "support",
                [BRC, NRCS],
                evidence="The community component in Edo and Ondo is funded by the British Red Cross",
            ),
            rel(
                "support",
                [IFRC, NRCS],
                date="2025-01",
                evidence="Last month the IFRC allocated CHF 298,000 from its Disaster Response Emergency Fund (DREF) to the National Society",
            ),
            rel(
                "donation",
                [ACCESS, NRCS],
                place="Abuja, Nigeria",
                date="2025-02-10",
                evidence="At the same ceremony, Access Bank Plc presented the society with 5,000 sets of personal protective equipment",
            ),
            rel(
                "agreement",
                [NRCS, NEMA],
                date="2021",
                evidence="the society's 2021 framework agreement with the National Emergency Management Agency (NEMA)",
            ),
        ],
    ),
    (
        "ks02_ghana_accra_floods_wire.txt",
        "2025-06-18",
        [
            org(GRCS, NS, "GH", "Ghana Red Cross", "GRCS"),
            org(IFRC, MB, None, "IFRC"),
            org(MTNGH, CO, "GH"),
            org(NADMO, GOV, "GH", "NADMO"),
            org(UNICEF, UN, None, "UNICEF"),
            org(RCSCI, NS, "CI"),
        ],
        [
            person("Comfort Ama Boateng", "Secretary General", GRCS),
            person("Kofi Darko-Mensah", "Head of corporate services", MTNGH),
            person("Samuel Yaw Ofori-Atta", "President", GRCS),
            person("Abena Serwaa Quaye", "Director-General", NADMO),
            person("Yao Koffi N'Guessan", "Head of disaster management", RCSCI),
        ],
        [
            rel(
                "support",
                [IFRC, GRCS],
                date="2025-06-17",
                evidence="The IFRC approved on Tuesday an allocation of 245,000 Swiss francs",
            ),
            rel(
                "donation",
                [MTNGH, GRCS],
                place="Accra, Ghana",
                date="2025-06-16",
                evidence="Telecoms operator MTN Ghana on Monday donated 2,000 mattresses, 500",
            ),
            rel(
                "meeting",
                [GRCS, NADMO],
                place="Accra, Ghana",
                date="2025-06-18",
                evidence="Red Cross president Samuel Yaw Ofori-Atta held talks on Wednesday",
            ),
            rel(
                "agreement",
                [GRCS, NADMO],
                date="2022",
                evidence="The society has worked alongside NADMO under a cooperation",
            ),
            rel(
                "support",
                [UNICEF, GRCS],
                evidence="UNICEF has been supplying water purification tablets and",
            ),
            rel(
                "mission",
                [RCSCI],
                place="Accra, Ghana",
                date="2025-06-14",
                evidence="A five-member team from the Red Cross Society of Côte d'Ivoire,",
            ),
            rel(
                "support",
                [RCSCI, GRCS],
                date="2025-06-14",
                evidence="to support the Ghanaian society's response in the flooded districts,",
            ),
        ],
    ),
    (
        "ks03_liberia_lassa_dref_update.txt",
        "2025-08-14",
        [
            org(LNRCS, NS, "LR", "LNRCS", "Liberian Red Cross"),
            org(IFRC, MB, None, "IFRC"),
            org(NPHIL, GOV, "LR", "NPHIL"),
            org(WHO, UN, None, "WHO"),
            org(ORANGE_LR, CO, "LR"),
            org(MOH_LR, GOV, "LR"),
            org(DNRC, NS, "DK"),
            org(SLRCS, NS, "SL", "SLRCS"),
        ],
        [
            person("Gertrude Wleh Kollie", "Secretary General", LNRCS),
            person("Moses Tarpeh Dolo", "Director General", NPHIL),
            person("Joseph Ekwueme Okoro", "WHO Representative in Liberia", WHO),
            person(
                "Mariam Diallo Keita",
                "Head of the IFRC Country Cluster Delegation for Liberia and Sierra Leone",
                IFRC,
            ),
            person("Fatmata Bangura-Kamara", "Health coordinator", SLRCS),
            person("Varney B. Sumo", "Disaster Management Coordinator", LNRCS),
        ],
        [
            rel(
                "support",
                [IFRC, LNRCS],
                date="2025-07-08",
                evidence="The IFRC approved a DREF allocation on 8 July 2025 to support the Liberia National Red Cross Society (LNRCS)",
            ),
            rel(
                "donation",
                [ORANGE_LR, LNRCS],
                date="2025-07-15",
                evidence="On 15 July, Orange Liberia donated 60 smartphones with prepaid data bundles to the National Society",
            ),
            rel(
                "meeting",
                [LNRCS, NPHIL, WHO],
                place="Monrovia, Liberia",
                date="2025-07-22",
                evidence="A joint coordination meeting between LNRCS, NPHIL and the World Health Organization (WHO) was held in Monrovia on 22 July.",
            ),
            rel(
                "agreement",
                [LNRCS, MOH_LR],
                date="2016",
                evidence="Its epidemic response role was formalised in a memorandum of understanding with the Ministry of Health signed in 2016",
            ),
            rel(
                "support",
                [DNRC, LNRCS],
                evidence="The Danish Red Cross, which funds the LNRCS community-based health and first aid programme in Nimba",
            ),
            rel(
                "mission",
                [SLRCS],
                place="Ganta, Liberia",
                date="2025-07-20",
                evidence="The Sierra Leone Red Cross Society (SLRCS) deployed a two-person team of Lassa fever trainers to Ganta on 20 July",
            ),
        ],
    ),
    (
        "ks04_freetown_ecowas_forum_alliance.txt",
        "2025-11-28",
        [
            org(SLRCS, NS, "SL", "Sierra Leone Red Cross", "SLRCS"),
            org(LNRCS, NS, "LR", "LNRCS"),
            org(RCSG, NS, "GN"),
            org(RCSCI, NS, "CI"),
            org(GRCS, NS, "GH"),
            org(NRCS, NS, "NG", "Nigerian Red Cross"),
            org(ECOWAS, OTHER, None, "ECOWAS"),
            org(NDMA_SL, GOV, "SL", "NDMA"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(WFP, UN, None, "WFP"),
            org(ECOBANK, OTHER, "TG", "Ecobank"),
            org(ORANGE_SL, CO, "SL"),
        ],
        [
            person("Isatu Kadiatu Sesay", "Secretary General", SLRCS),
            person("Nana Akua Owusu-Ansah", "Executive Director", ECOBANK),
            person("John Sahr Rogers", "Director General", NDMA_SL),
            person(
                "Aminata Kouyaté Traoré",
                "Commissioner for Human Development and Social Affairs",
                ECOWAS,
            ),
            person("Stefan Meier-Huber", "Head of the ICRC regional delegation in Abidjan", ICRC),
            person("Adaeze Nwachukwu-Bello", "Secretary General", NRCS),
            person("Comfort Ama Boateng", "Secretary General", GRCS),
            person("Gertrude Wleh Kollie", "Secretary General", LNRCS),
            person("Mamadou Saliou Camara", "President", RCSG),
            person(
                "Mariam Diallo Keita",
                "Head of the IFRC Country Cluster Delegation for Liberia and Sierra Leone",
                IFRC,
            ),
        ],
        [
            rel(
                "participation",
                [
                    ECOWAS,
                    NDMA_SL,
                    SLRCS,
                    LNRCS,
                    RCSG,
                    RCSCI,
                    GRCS,
                    NRCS,
                    IFRC,
                    ICRC,
                    WFP,
                    ECOBANK,
                    ORANGE_SL,
                ],
                event="2025 ECOWAS Regional Forum on Disaster Preparedness",
                place="Freetown, Sierra Leone",
                date="2025-11-25",
                evidence="The declaration brought to a close the 2025 ECOWAS Regional Forum on Disaster Preparedness",
            ),
            rel(
                "alliance",
                [SLRCS, LNRCS, RCSG, RCSCI],
                place="Freetown, Sierra Leone",
                date="2025-11-27",
                evidence="Members of the new Mano River Red Cross Flood Preparedness Alliance are the Sierra Leone Red Cross Society",
            ),
            rel(
                "agreement",
                [ECOBANK, SLRCS],
                signatories=["Isatu Kadiatu Sesay", "Nana Akua Owusu-Ansah"],
                place="Freetown, Sierra Leone",
                date="2025-11-26",
                evidence="On Wednesday the Ecobank Foundation and the SLRCS signed a two-year partnership agreement on mobile cash transfers",
            ),
            rel(
                "agreement",
                [SLRCS, NDMA_SL],
                date="2023",
                evidence="The SLRCS already works with the NDMA under a memorandum of understanding concluded in 2023",
            ),
            rel(
                "support",
                [ORANGE_SL, SLRCS],
                evidence="is paid for by Orange Sierra Leone",
            ),
            rel(
                "meeting",
                [ECOWAS, ICRC],
                place="Freetown, Sierra Leone",
                date="2025-11-25",
                evidence="On Tuesday evening she held talks with Stefan Meier-Huber, head of the ICRC regional delegation in Abidjan",
            ),
            rel(
                "meeting",
                [NRCS, GRCS],
                place="Freetown, Sierra Leone",
                evidence="On the sidelines of the forum, Nigerian Red Cross secretary general Adaeze Nwachukwu-Bello and her Ghanaian counterpart, Comfort Ama Boateng, met",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
