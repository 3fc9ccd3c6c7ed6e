"""Gold annotations for held-out set 188 (prefix wa): francophone coastal West Africa (Red Cross Society of Côte d'Ivoire, Red Cross Society of Guinea, Togolese Red Cross, Red Cross of Benin; AFD, ECOWAS, UNICEF, WHO, IOM, civil protection and health agencies, the IFRC, the ICRC and partner societies: French, Belgian, Luxembourg and Monaco Red Cross).

wa01 - Red Cross Society of Côte d'Ivoire press release read as translated from French (Abidjan, 11 Mar 2026): CRCI / AFD financing convention "signed, on Tuesday" at the National Society's headquarters (President "Mrs." Aminata Koné-Brou and "Mr." Olivier Delmas-Fabre, "Director of the AFD agency in Côte d'Ivoire", as signatories), "Under the convention, the AFD will finance" (support), project "implemented by the CRCI with the technical support of the French Red Cross" (support), background 2021 partnership protocol "that the CRCI concluded ... with" the National Office of Civil Protection (ONPC), MTN Côte d'Ivoire's cheque and hygiene kits "handed over to the CRCI" at the ceremony (donation); people in several shapes ("Prof." Director General of Health at the ministry, present only; "the National Society's Secretary General, Bernard Kouadio Ehui"; "who heads the French Red Cross delegation in Côte d'Ivoire"; a company director "at MTN Côte d'Ivoire"; press contact with post: counted); traps: the Director General's presence at the signing (the ministry is no party, he is no signatory), the Minister by title only (represented by his chief of staff), UNICEF cited as a source, WHO extension only "under discussion", "About" boilerplates naming the ICRC, the IFRC and the Movement.
wa02 - wire story with hard line breaks (CONAKRY, Feb 20, 2026 (AFP)): Red Cross Society of Guinea deploying 240 volunteers to Nzerekore "on Monday" (mission), working "with the support of the Belgian Red Cross and the International Federation ..." (two supports) and the Belgian Red Cross "paying for the volunteers' allowances" (support, same pair), the president ("Hadja" Mariama Conde-Bah, honorific dropped) holding talks in Conakry "on Tuesday" with the director general of the National Agency for Health Security (ANSS) (meeting), WHO "on Thursday handed over" protective equipment (donation), Luxembourg Red Cross releasing 80,000 euros "The same day" (donation); people: secretary general "told AFP", "head of its delegation in Conakry"; traps: AFP as agency and "told AFP", a meeting with a mining company "postponed", Enabel only "studying a request" and to decide in March, MSF and WAHO/ECOWAS cited as sources, a WHO spokesman and the health minister by title only, "Ivory Coast" as a country, the agency's initials tag.
wa03 - IFRC-style DREF operation update with bullet lists, floods in Benin (issued 23 Oct 2026): IFRC DREF allocation "to support the Red Cross of Benin" (9 October), IFRC operations manager deployed to Cotonou (mission), French Red Cross seconding a WASH delegate and supplying jerrycans (support), two NDRT members "of the Togolese Red Cross were deployed to Grand-Popo" "to reinforce CRB teams" (mission and support), ICRC providing body bags (support), one five-party coordination meeting in Cotonou "convened ... by the ANPC with UNICEF, the World Food Programme (WFP) and the International Organization for Migration (IOM)" that the CRB "took part in", UNICEF's WASH kits and Ecobank Bénin's transfer (donations); people only in the contact list (named contacts with posts counted); traps: Météo-Bénin cited as a source, Luxembourg Red Cross only "expressed interest", WFP distributions only planned, the Minister of the Interior's site visit (title only, no party), an Early Action Protocol with the Climate Centre "under discussion", an extension only conditional, contacts by title only.
wa04 - Togolese Red Cross news page with page furniture (bilingual brand, menus, language switch, breadcrumb, reading time, "Share this", photo/text credits, "Related news", "About" boilerplate, footer; published 19 June 2026): Regional Forum on the Protection of Migrants along the Abidjan–Lagos Corridor in Lomé "From Tuesday to Thursday" (one participation of ten: host, four coastal societies, the Monaco delegation that "also took part", the ECOWAS Commission, IOM, the ICRC and the IFRC), hosted "with the support of the IFRC and the Red Cross of Monaco" (two supports), Togolese Red Cross / IOM letter of agreement "On Wednesday" (signatories "Mr." Secretary General and "Ms." IOM Chief of Mission in Togo, named after their posts), the President "received the ECOWAS Commissioner ..." "On Tuesday evening" (meeting with the Commission; the Commissioner by title only), "the Red Cross societies of Côte d'Ivoire, Ghana, Togo, Benin and Nigeria formally set up" a standing network "On the closing day" (alliance of five, societies named by their countries), Port Autonome de Lomé's hygiene kits (donation); traps: Liberia National Red Cross Society invited but absent, the prefect "representing the government" by title only, UNHCR cited as a source, the port's Director General by title only, the second edition in Cotonou only hoped-for, related-news headlines (Lomé city council), photo credit, "About" boilerplate naming the ICRC and the IFRC.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

CRCI = "Red Cross Society of Côte d'Ivoire"
GRC = "Red Cross Society of Guinea"
TRC = "Togolese Red Cross"
CRB = "Red Cross of Benin"
GHRCS = "Ghana Red Cross Society"
NRCS = "Nigerian Red Cross Society"
FRC = "French Red Cross"
BRC = "Belgian Red Cross"
LRC = "Luxembourg Red Cross"
MRC = "Red Cross of Monaco"
AFD = "Agence française de développement"
CI_MOH = "Ministry of Health, Public Hygiene and Universal Health Coverage"
ONPC = "National Office of Civil Protection"
MTN_CI = "MTN Côte d'Ivoire"
ANSS = "National Agency for Health Security"
WHO = "World Health Organization"
ANPC = "National Civil Protection Agency"
UNICEF = "United Nations Children's Fund"
WFP = "World Food Programme"
IOM = "International Organization for Migration"
ECOBANK_BJ = "Ecobank Bénin"
ECOWAS = "ECOWAS Commission"
PAL = "Port Autonome de Lomé"

DOCS = [
    (
        "wa01_crci_afd_cholera_convention.txt",
        "2026-03-11",
        [
            org(CRCI, NS, "CI", "Croix-Rouge de Côte d'Ivoire", "CRCI", "Côte d'Ivoire Red Cross"),
            org(AFD, GOV, "FR", "AFD"),
            org(CI_MOH, GOV, "CI"),
            org(FRC, NS, "FR"),
            org(ONPC, GOV, "CI", "ONPC"),
            org(MTN_CI, CO, "CI"),
        ],
        [
            person("Aminata Koné-Brou", "President", CRCI),
            person("Olivier Delmas-Fabre", "Director of the AFD agency in Côte d'Ivoire", AFD),
            person("Séraphin Yao N'Guessan", "Director General of Health", CI_MOH),
            person("Bernard Kouadio Ehui", "Secretary General", CRCI),
            person("Claire Vasseur-Lambert", "Head of the delegation in Côte d'Ivoire", FRC),
            person("Ibrahim Sangaré", "Director of Corporate Social Responsibility", MTN_CI),
            person("Mariam Touré-Dosso", "Communication Officer", CRCI),
        ],
        [
            rel(
                "agreement",
                [CRCI, AFD],
                signatories=["Aminata Koné-Brou", "Olivier Delmas-Fabre"],
                place="Abidjan, Côte d'Ivoire",
                date="2026-03-10",
                evidence="signed, on Tuesday, at the headquarters of the National Society in Abidjan-Cocody, a financing convention",
            ),
            rel(
                "support",
                [AFD, CRCI],
                evidence="Under the convention, the AFD will finance 90 per cent of the project",
            ),
            rel(
                "support",
                [FRC, CRCI],
                evidence="The project will be implemented by the CRCI with the technical support of the French Red Cross",
            ),
            rel(
                "agreement",
                [CRCI, ONPC],
                date="2021",
                evidence="the partnership protocol that the CRCI concluded in 2021 with the National Office of Civil Protection (ONPC)",
            ),
            rel(
                "donation",
                [MTN_CI, CRCI],
                place="Abidjan, Côte d'Ivoire",
                date="2026-03-10",
                evidence="the telecommunications operator MTN Côte d'Ivoire handed over to the CRCI a cheque of 25 million CFA francs",
            ),
        ],
    ),
    (
        "wa02_guinea_lassa_volunteers_wire.txt",
        "2026-02-20",
        [
            org(GRC, NS, "GN", "Guinean Red Cross", "Guinea Red Cross"),
            org(BRC, NS, "BE"),
            org(IFRC, MB, None, "IFRC"),
            org(ANSS, GOV, "GN", "ANSS"),
            org(WHO, UN, None, "WHO"),
            org(LRC, NS, "LU"),
        ],
        [
            person("Ousmane Kaba Sylla", "Secretary General", GRC),
            person("Pascale Dewulf-Mathy", "Head of delegation in Conakry", BRC),
            person("Mariama Conde-Bah", "President", GRC),
            person("Sekou Traore-Kourouma", "Director General", ANSS),
        ],
        [
            rel(
                "mission",
                [GRC],
                place="Nzerekore, Guinea",
                date="2026-02-16",
                evidence="The Red Cross Society of Guinea on\nMonday deployed 240 volunteers to the forest region of Nzerekore",
            ),
            rel(
                "support",
                [BRC, GRC],
                evidence='are working "with the support of the Belgian\nRed Cross',
            ),
            rel(
                "support",
                [IFRC, GRC],
                evidence="the International Federation of Red Cross and Red\nCrescent Societies (IFRC)",
            ),
            rel(
                "support",
                [BRC, GRC],
                evidence="is paying for the volunteers' allowances and for\ntwo vehicles",
            ),
            rel(
                "meeting",
                [GRC, ANSS],
                place="Conakry, Guinea",
                date="2026-02-17",
                evidence="held talks in Conakry on Tuesday with the director general of the\nNational Agency for Health Security (ANSS)",
            ),
            rel(
                "donation",
                [WHO, GRC],
                place="Nzerekore, Guinea",
                date="2026-02-19",
                evidence="The World Health Organization on Thursday handed over two tonnes of\npersonal protective equipment to the Guinean Red Cross",
            ),
            rel(
                "donation",
                [LRC, GRC],
                date="2026-02-19",
                evidence="The same day the Luxembourg Red\nCross released 80,000 euros from its emergency fund",
            ),
        ],
    ),
    (
        "wa03_benin_floods_dref_update.txt",
        "2026-10-23",
        [
            org(CRB, NS, "BJ", "Croix-Rouge béninoise", "CRB"),
            org(IFRC, MB, None, "IFRC"),
            org(ANPC, GOV, "BJ", "ANPC"),
            org(FRC, NS, "FR"),
            org(TRC, NS, "TG"),
            org(ICRC, MB, None, "ICRC"),
            org(UNICEF, UN, None, "UNICEF"),
            org(WFP, UN, None, "WFP"),
            org(IOM, UN, None, "IOM"),
            org(ECOBANK_BJ, CO, "BJ"),
        ],
        [
            person("Désiré Hounkpatin-Agbo", "Secretary General", CRB),
            person("Nadia Ouattara-Lefèvre", "Head of Delegation", IFRC),
        ],
        [
            rel(
                "support",
                [IFRC, CRB],
                date="2026-10-09",
                evidence="the IFRC allocated CHF 298,740 from its Disaster Response Emergency Fund (DREF) to support the Red Cross of Benin",
            ),
            rel(
                "mission",
                [IFRC],
                place="Cotonou, Benin",
                date="2026-10-11",
                evidence="which deployed an operations manager to Cotonou on 11 October",
            ),
            rel(
                "support",
                [FRC, CRB],
                evidence="seconded a WASH delegate to the operation and supplied 2,000 jerrycans from its pre-positioned stock",
            ),
            rel(
                "mission",
                [TRC],
                place="Grand-Popo, Benin",
                date="2026-10-12",
                evidence="members of the Togolese Red Cross were deployed to Grand-Popo on 12 October",
            ),
            rel(
                "support",
                [TRC, CRB],
                evidence="to reinforce CRB teams along the Mono river",
            ),
            rel(
                "support",
                [ICRC, CRB],
                evidence="The ICRC provided the CRB with 150 body bags",
            ),
            rel(
                "meeting",
                [CRB, ANPC, UNICEF, WFP, IOM],
                place="Cotonou, Benin",
                date="2026-10-14",
                evidence="the CRB took part in a coordination meeting convened in Cotonou by the ANPC with UNICEF, the World Food Programme (WFP) and the International Organization for Migration (IOM)",
            ),
            rel(
                "donation",
                [UNICEF, CRB],
                date="2026-10-16",
                evidence="UNICEF donated 1,500 family WASH kits to the CRB on 16 October",
            ),
            rel(
                "donation",
                [ECOBANK_BJ, CRB],
                date="2026-10-19",
                evidence="On 19 October, Ecobank Bénin transferred XOF 15 million to the CRB",
            ),
        ],
    ),
    (
        "wa04_lome_migration_corridor_forum_page.txt",
        "2026-06-19",
        [
            org(TRC, NS, "TG", "Croix-Rouge Togolaise", "CRT"),
            org(IFRC, MB, None, "IFRC"),
            org(MRC, NS, "MC"),
            org(CRCI, NS, "CI"),
            org(GHRCS, NS, "GH"),
            org(CRB, NS, "BJ"),
            org(NRCS, NS, "NG"),
            org(ECOWAS, OTHER, None, "ECOWAS"),
            org(IOM, UN, None, "IOM"),
            org(ICRC, MB, None, "ICRC"),
            org(PAL, CO, "TG"),
        ],
        [
            person("Frédéric Pastorelli-Giordan", "Secretary General", MRC),
            person("Komlan Edem Amouzou-Djidjo", "Secretary General", TRC),
            person("Rebecca Oduro-Mensah", "Chief of Mission in Togo", IOM),
            person("Akossiwa Tsogbé-Adjovi", "President", TRC),
            person(
                "Nadia Ouattara-Lefèvre",
                "Head of the Country Cluster Delegation for the coastal countries",
                IFRC,
            ),
        ],
        [
            rel(
                "participation",
                [TRC, CRCI, GHRCS, CRB, NRCS, MRC, ECOWAS, IOM, ICRC, IFRC],
                event="Regional Forum on the Protection of Migrants along the Abidjan–Lagos Corridor",
                place="Lomé, Togo",
                date="2026-06-16",
                evidence="The forum brought together delegations of the Red Cross Society of Côte d'Ivoire, the Ghana Red Cross Society, the Red Cross of Benin and the Nigerian Red Cross Society",
            ),
            rel(
                "support",
                [IFRC, TRC],
                evidence="with the support of the IFRC and the Red Cross of Monaco",
            ),
            rel(
                "support",
                [MRC, TRC],
                evidence="with the support of the IFRC and the Red Cross of Monaco",
            ),
            rel(
                "agreement",
                [TRC, IOM],
                signatories=["Komlan Edem Amouzou-Djidjo", "Rebecca Oduro-Mensah"],
                place="Lomé, Togo",
                date="2026-06-17",
                evidence="On Wednesday, the Togolese Red Cross and IOM signed a letter of agreement",
            ),
            rel(
                "meeting",
                [TRC, ECOWAS],
                place="Lomé, Togo",
                date="2026-06-16",
                evidence="received the ECOWAS Commissioner for Human Development and Social Affairs for a working session",
            ),
            rel(
                "alliance",
                [CRCI, GHRCS, TRC, CRB, NRCS],
                place="Lomé, Togo",
                date="2026-06-18",
                evidence="the Red Cross societies of Côte d'Ivoire, Ghana, Togo, Benin and Nigeria formally set up the Abidjan–Lagos Corridor Migration Network",
            ),
            rel(
                "donation",
                [PAL, TRC],
                place="Lomé, Togo",
                date="2026-06-18",
                evidence="the Port Autonome de Lomé handed over 2,000 hygiene kits to the Togolese Red Cross",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
