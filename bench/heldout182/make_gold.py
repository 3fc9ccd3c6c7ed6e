"""Gold annotations for held-out set 182 (prefix lp): Kenya and Tanzania (Kenya Red Cross Society, Tanzania Red Cross Society, Uganda Red Cross Society; NDMA, county governments, the EAC, M-Pesa and telecoms, banks, drought and floods).

lp01 - national society press release (Nairobi, 14 May 2025): KRCS / NDMA memorandum of understanding on anticipatory drought cash signed "on Tuesday" (13 May) at NDMA headquarters in Nairobi by the KRCS Secretary General ("Dr." dropped) and the NDMA CEO ("Eng." dropped, post given as "the authority's Chief Executive Officer"), background 2017 framework agreement ("the two institutions"), Safaricom PLC waiving M-Pesa charges (support), Safaricom Foundation cheque of KSh 45 million ("the society") at the ceremony (donation), Danish RC financing the society's pilot (passive support), IFRC technical backing (support), courtesy call "on Monday" (12 May) on the Governor of Marsabit County ("H.E." dropped) in Marsabit; people in several shapes (post after name, "NDMA's Director of Technical Services", "who chairs the Safaricom Foundation board", "who heads the society's disaster management unit", media contact counted); traps: Kenya Meteorological Department cited as source, KRCS only hopes to extend to Turkana and Wajir, cross-border window with the Ethiopian RC only a proposal to be tabled, NDMA data sharing only a stated intention (not annotated; the pair is covered by the agreement), Cabinet Secretary for the Interior by title only and only represented, "About" boilerplate naming the IFRC and the Movement.
lp02 - wire story with hard line breaks (DAR ES SALAAM, Nov 20, 2025 (Xinhua)): TRCS / Prime Minister's Office disaster management framework agreement renewed "on Wednesday" (19 Nov) in Dodoma, signatories the TRCS Secretary General and the PMO Permanent Secretary ("Dr." dropped, post with a bracketed office name), background original agreement of 2015 ("the arrangement first signed in 2015"), CRDB Bank gift of TSh 250 million "last Friday" (14 Nov) to "the Red Cross society", Vodacom Tanzania covering M-Pesa withdrawal fees for TRCS transfers (support), Uganda RC WASH team crossing into Kagera "on Monday" (17 Nov) and reaching Bukoba (mission) and helping TRCS branches (support, "The Ugandans"), TRCS President ("Hon." dropped) talks "on Tuesday" (18 Nov) in Dar es Salaam with the UNHCR Representative; traps: Xinhua as the agency, Tanzania Meteorological Authority and state broadcaster TBC cited as sources, Rwanda RC only "expected to discuss" a plan next month, efforts to bring Airtel Tanzania on board failed (no talks reported), Regional Commissioner for Pwani by title only, anonymous TRCS official, reporting/editing credits.
lp03 - IFRC-style DREF operation update, Tana River floods (issued 8 May 2026): IFRC DREF allocation of 14 April supporting KRCS, IFRC surge officer deployed to Garissa on 18 April (mission), KCB Foundation donation of food hampers and nets at the Garissa branch on 20 April, British Red Cross funding a bilateral cash component run by KRCS (support), UNICEF supporting "the National Society's" hygiene promotion (support), background 2022 MoU KRCS / County Government of Garissa, one four-party coordination meeting in Hola on 23 April (KRCS, IFRC, UNICEF, County Government of Tana River) chaired by a county chief officer; KRCS Secretary General's branch visit is internal (no relation); traps: Kenya Meteorological Department forecasts cited, Partner National Societies generic, Finnish RC "may second" a delegate only if cholera is confirmed, Cabinet Secretary for the Interior by title only, timeframe extension only possible, contact lines with titles only.
lp04 - HTML-ish news page with page furniture (menu, cookie banner, "Share this", related stories, copyright; byline Rehema Mollel, published 27 Sep 2025, dateline ARUSHA): alliance of three societies named in compressed form ("The Red Cross societies of Kenya, Tanzania and Uganda") launched "yesterday" (26 Sep) as a "standing coalition", East African Community Regional Forum on Disaster Risk Reduction and Humanitarian Action from Wednesday (24 Sep; one participation of twelve organisations: host EAC Secretariat, five societies, IFRC, ICRC, WFP, IGAD and the two observers, the African Union Commission and the Norwegian RC), EAC Secretariat / IFRC MoU signed "On Thursday" (25 Sep) by the EAC Deputy Secretary General and the IFRC Regional Director for Africa, Norwegian RC firm commitment of NOK 4 million to the three founding societies (three supports), German Federal Foreign Office funding the EAC-hosted forum (passive support), Uganda RC Secretary General ("Dr." dropped) courtesy call on the EAC Secretary General ("H.E." dropped) on the opening day (24 Sep), NMB Bank cheque of TSh 80 million to TRCS on the sidelines (donation, date not stated); traps: byline, Burundi RC took part but did not join the network, South Sudan RC invited but absent, shared stockpile only discussed, Rwandan minister by title only and only to "study" joining, Daily News cited as source, next forum only due, "ABOUT THE MOVEMENT" box, related-story headline naming the Uganda RC, publisher name.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

KRCS = "Kenya Red Cross Society"
TRCS = "Tanzania Red Cross Society"
URCS = "Uganda Red Cross Society"
RWRC = "Rwanda Red Cross Society"
BURC = "Burundi Red Cross"
DKRC = "Danish Red Cross"
BRC = "British Red Cross"
NORC = "Norwegian Red Cross"
NDMA = "National Drought Management Authority"
PMO = "Prime Minister's Office"
MARSABIT = "County Government of Marsabit"
GARISSA = "County Government of Garissa"
TANA = "County Government of Tana River"
EAC = "East African Community"
IGAD = "Intergovernmental Authority on Development"
AUC = "African Union Commission"
GFFO = "German Federal Foreign Office"
UNHCR = "United Nations High Commissioner for Refugees"
UNICEF = "United Nations Children's Fund"
WFP = "World Food Programme"
SAFCOM = "Safaricom PLC"
SAFFDN = "Safaricom Foundation"
CRDB = "CRDB Bank"
VODA = "Vodacom Tanzania"
KCB = "KCB Foundation"
NMB = "NMB Bank"

DOCS = [
    (
        "lp01_krcs_ndma_drought_cash_mou.txt",
        "2025-05-14",
        [
            org(KRCS, NS, "KE", "Kenya Red Cross", "KRCS"),
            org(NDMA, GOV, "KE", "NDMA"),
            org(SAFCOM, CO, "KE", "Safaricom"),
            org(SAFFDN, CO, "KE"),
            org(DKRC, NS, "DK"),
            org(IFRC, MB, None, "IFRC"),
            org(MARSABIT, GOV, "KE", "Marsabit County", "Marsabit County Government"),
        ],
        [
            person("Joseph Mwangi Karanja", "Secretary General", KRCS),
            person("Abdullahi Hussein Dida", "Chief Executive Officer", NDMA),
            person("Leah Chepkoech Rotich", "Director of Technical Services", NDMA),
            person("Ruth Achieng Odhiambo", "Chair of the board", SAFFDN),
            person("Mohamud Ali Galgalo", "Governor of Marsabit County", MARSABIT),
            person("Hassan Abdi Noor", "Head of the disaster management unit", KRCS),
            person("Faith Wairimu Nduta", "Communications Manager", KRCS),
        ],
        [
            rel(
                "agreement",
                [KRCS, NDMA],
                signatories=["Joseph Mwangi Karanja", "Abdullahi Hussein Dida"],
                place="Nairobi, Kenya",
                date="2025-05-13",
                evidence="The memorandum was signed at NDMA headquarters in Nairobi by KRCS Secretary General Dr. Joseph Mwangi Karanja",
            ),
            rel(
                "agreement",
                [KRCS, NDMA],
                date="2017",
                evidence="The new text replaces a 2017 framework agreement between the two institutions",
            ),
            rel(
                "support",
                [SAFCOM, KRCS],
                evidence="Safaricom PLC has waived transaction charges on all KRCS drought transfers",
            ),
            rel(
                "donation",
                [SAFFDN, KRCS],
                place="Nairobi, Kenya",
                date="2025-05-13",
                evidence="the Safaricom Foundation handed the society a cheque for KSh 45 million at the ceremony",
            ),
            rel(
                "support",
                [DKRC, KRCS],
                evidence="The society's pilot in Marsabit and Isiolo counties is financed by the Danish Red Cross",
            ),
            rel(
                "support",
                [IFRC, KRCS],
                evidence="with technical backing from the International Federation of Red Cross and Red Crescent Societies (IFRC)",
            ),
            rel(
                "meeting",
                [KRCS, MARSABIT],
                place="Marsabit, Kenya",
                date="2025-05-12",
                evidence="Dr. Karanja paid a courtesy call on the Governor of Marsabit County, H.E. Mohamud Ali Galgalo, in Marsabit town",
            ),
        ],
    ),
    (
        "lp02_tanzania_floods_pmo_framework_wire.txt",
        "2025-11-20",
        [
            org(TRCS, NS, "TZ", "Tanzania Red Cross", "TRCS"),
            org(PMO, GOV, "TZ", "Prime Minister's Office (Policy, Parliament and Coordination)"),
            org(CRDB, CO, "TZ", "CRDB"),
            org(VODA, CO, "TZ", "Vodacom"),
            org(URCS, NS, "UG", "Uganda Red Cross", "URCS"),
            org(UNHCR, UN, None, "UNHCR"),
        ],
        [
            person("Lucia Mbwambo Nyanda", "Secretary General", TRCS),
            person(
                "Emmanuel Kiwelu Mollel",
                "Permanent Secretary in the Prime Minister's Office (Policy, Parliament and Coordination)",
                PMO,
            ),
            person("Neema Kileo Mushi", "Director of Corporate Affairs", CRDB),
            person("Moses Okello Ssempala", "Team leader", URCS),
            person("Zainabu Athumani Mfinanga", "President", TRCS),
            person("Claire Dubois-Ngendakumana", "Representative in Tanzania", UNHCR),
        ],
        [
            rel(
                "agreement",
                [TRCS, PMO],
                signatories=["Lucia Mbwambo Nyanda", "Emmanuel Kiwelu Mollel"],
                place="Dodoma, Tanzania",
                date="2025-11-19",
                evidence="The renewed agreement was signed in Dodoma by TRCS Secretary General",
            ),
            rel(
                "agreement",
                [TRCS, PMO],
                date="2015",
                evidence="extends for five years the arrangement first signed in 2015",
            ),
            rel(
                "donation",
                [CRDB, TRCS],
                date="2025-11-14",
                evidence="CRDB Bank handed 250 million Tanzanian shillings (about 95,000 U.S.",
            ),
            rel(
                "support",
                [VODA, TRCS],
                evidence="Vodacom Tanzania's M-Pesa platform, with the operator covering all",
            ),
            rel(
                "mission",
                [URCS],
                place="Bukoba, Tanzania",
                date="2025-11-17",
                evidence="from the Uganda Red Cross Society crossed into Kagera region on Monday",
            ),
            rel(
                "support",
                [URCS, TRCS],
                place="Bukoba, Tanzania",
                evidence="The Ugandans are helping TRCS",
            ),
            rel(
                "meeting",
                [TRCS, UNHCR],
                place="Dar es Salaam, Tanzania",
                date="2025-11-18",
                evidence="TRCS President Hon. Zainabu Athumani Mfinanga held talks on Tuesday in",
            ),
        ],
    ),
    (
        "lp03_kenya_floods_dref_update.txt",
        "2026-05-08",
        [
            org(KRCS, NS, "KE", "Kenya Red Cross", "KRCS"),
            org(IFRC, MB, None, "IFRC"),
            org(KCB, CO, "KE", "KCB"),
            org(BRC, NS, "GB"),
            org(UNICEF, UN, None, "UNICEF"),
            org(GARISSA, GOV, "KE", "Garissa County"),
            org(TANA, GOV, "KE", "Tana River County"),
        ],
        [
            person("Joseph Mwangi Karanja", "Secretary General", KRCS),
            person("Ibrahim Lokuta Ekai", "Operations Manager", KRCS),
            person("Halima Boru Guyo", "Chief Officer for Disaster Management", TANA),
            person("Anna-Liisa Bergstrom", "Disaster Risk Management Coordinator", IFRC),
        ],
        [
            rel(
                "support",
                [IFRC, KRCS],
                date="2026-04-14",
                evidence="CHF 498,210 was allocated on 14 April 2026 from the IFRC's Disaster Response Emergency Fund (DREF) to support the Kenya Red Cross Society (KRCS)",
            ),
            rel(
                "mission",
                [IFRC],
                place="Garissa, Kenya",
                date="2026-04-18",
                evidence="an IFRC surge information management officer deployed to Garissa on 18 April",
            ),
            rel(
                "donation",
                [KCB, KRCS],
                place="Garissa, Kenya",
                date="2026-04-20",
                evidence="On 20 April the KCB Foundation donated 2,500 food hampers and 1,200 mosquito nets to KRCS at its Garissa branch",
            ),
            rel(
                "support",
                [BRC, KRCS],
                evidence="The British Red Cross is funding a bilateral cash component run by KRCS",
            ),
            rel(
                "support",
                [UNICEF, KRCS],
                evidence="UNICEF is supporting the National Society's hygiene promotion",
            ),
            rel(
                "agreement",
                [KRCS, GARISSA],
                date="2022",
                evidence="the 2022 memorandum of understanding between KRCS and the County Government of Garissa",
            ),
            rel(
                "meeting",
                [KRCS, IFRC, UNICEF, TANA],
                place="Hola, Kenya",
                date="2026-04-23",
                evidence="On 23 April, KRCS, the IFRC, UNICEF and the County Government of Tana River held a joint coordination meeting in Hola",
            ),
        ],
    ),
    (
        "lp04_arusha_eac_forum_lake_network.txt",
        "2025-09-27",
        [
            org(EAC, OTHER, None, "EAC", "EAC Secretariat", "East African Community Secretariat"),
            org(KRCS, NS, "KE", "Kenya Red Cross", "KRCS"),
            org(TRCS, NS, "TZ", "Tanzania Red Cross", "TRCS"),
            org(URCS, NS, "UG", "Uganda Red Cross", "URCS"),
            org(RWRC, NS, "RW", "Rwanda Red Cross"),
            org(BURC, NS, "BI"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(WFP, UN, None, "WFP"),
            org(IGAD, OTHER, None, "IGAD"),
            org(AUC, OTHER, None, "AU Commission"),
            org(NORC, NS, "NO"),
            org(GFFO, GOV, "DE", "German Foreign Office"),
            org(NMB, CO, "TZ", "NMB"),
        ],
        [
            person("Andrea Mussa Kimaro", "Deputy Secretary General", EAC),
            person("Amara Diallo-Keita", "Regional Director for Africa", IFRC),
            person("Sarah Nakato Mugisha", "Secretary General", URCS),
            person("Josephine Atieno Wekesa", "Secretary General", EAC),
            person("Juma Selemani Kitwana", "Head of corporate social investment", NMB),
            person("Zainabu Athumani Mfinanga", "President", TRCS),
            person("Joseph Mwangi Karanja", "Secretary General", KRCS),
        ],
        [
            rel(
                "alliance",
                [KRCS, TRCS, URCS],
                place="Arusha, Tanzania",
                date="2025-09-26",
                evidence="The Red Cross societies of Kenya, Tanzania and Uganda yesterday formally launched the Lake Victoria Basin Red Cross Preparedness Network, a standing coalition",
            ),
            rel(
                "participation",
                [EAC, KRCS, TRCS, URCS, RWRC, BURC, IFRC, ICRC, WFP, IGAD, AUC, NORC],
                event="East African Community Regional Forum on Disaster Risk Reduction and Humanitarian Action",
                place="Arusha, Tanzania",
                date="2025-09-24",
                evidence="Delegates came from the Kenya Red Cross Society, the Tanzania Red Cross Society, the Uganda Red Cross Society",
            ),
            rel(
                "agreement",
                [EAC, IFRC],
                signatories=["Andrea Mussa Kimaro", "Amara Diallo-Keita"],
                place="Arusha, Tanzania",
                date="2025-09-25",
                evidence="On Thursday, the EAC Secretariat and the IFRC signed a memorandum of understanding",
            ),
            rel(
                "support",
                [NORC, KRCS],
                evidence="The Norwegian Red Cross has committed NOK 4 million over two years to the three founding societies",
            ),
            rel(
                "support",
                [NORC, TRCS],
                evidence="The Norwegian Red Cross has committed NOK 4 million over two years to the three founding societies",
            ),
            rel(
                "support",
                [NORC, URCS],
                evidence="The Norwegian Red Cross has committed NOK 4 million over two years to the three founding societies",
            ),
            rel(
                "support",
                [GFFO, EAC],
                evidence="The forum itself was made possible with funding from the German Federal Foreign Office",
            ),
            rel(
                "meeting",
                [URCS, EAC],
                place="Arusha, Tanzania",
                date="2025-09-24",
                evidence="paid a courtesy call on EAC Secretary General H.E. Josephine Atieno Wekesa on the opening day",
            ),
            rel(
                "donation",
                [NMB, TRCS],
                place="Arusha, Tanzania",
                evidence="NMB Bank presented a cheque for TSh 80 million to the Tanzania Red Cross Society",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
