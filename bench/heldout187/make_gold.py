"""Gold annotations for held-out set 187 (prefix uk): the United Kingdom and Ireland (British Red Cross, Irish Red Cross, the FCDO, Irish Aid and the Department of Foreign Affairs, the Disasters Emergency Committee, the Met Office, the HSE, UK and Irish companies and foundations, the IFRC, the ICRC and societies abroad they support).

uk01 - British Red Cross press release (London, 15 Oct 2026): BRC / Met Office memorandum of understanding signed "on Wednesday" at the Met Office headquarters in Exeter (Chief Executive Bernadette Okafor-Lyle and "Professor" Alistair Penhallow, "the Met Office's Chief Executive", as signatories), background 2021 data-sharing arrangement ("first agreed in 2021"), the overseas programme "funded by UK aid through the Foreign, Commonwealth & Development Office (FCDO)" (passive support), BRC "helping the Bangladesh Red Crescent Society (BDRCS)" since 2019 (support), Aviva Foundation's £500,000 donation "At the signing" (donation); people in several shapes ("director of the Aviva Foundation", "Dr" Hannah Pritchard "who leads the British Red Cross's UK emergency response", media contact with post: counted); traps: extension to Nepal only hoped-for, the UK Health Security Agency cited as a source, the Environment Agency only "would welcome talks", the Minister for Development by title only (a recorded message is no participation), "About" boilerplates naming the Movement and the Department for Science, Innovation and Technology as the Met Office's parent.
uk02 - wire story with hard line breaks (DUBLIN, May 20, 2026 (PA)): Irish Red Cross / Irish Aid (Department of Foreign Affairs) programme agreement signed "on Tuesday" at Iveagh House (secretary general and "director general for development co-operation at the Department of Foreign Affairs" as signatories, the name broken over a line), "the Department will provide 9 million euros" (support), IRC supporting the Sierra Leone Red Cross Society since 2014 (support), the share that "will help the Irish society back the Lebanese Red Cross's emergency medical service" (support), two logisticians who "left for Beirut on Monday" (mission), chairman's talks in Dublin with the IFRC's regional director for Europe "On Tuesday afternoon" (meeting), Bank of Ireland's 200,000 euros "last Friday" (donation); traps: PA as the agency and "told PA", the WHO cited as a source, the Minister of State by title only (attending is not a party), GOAL only "in discussions" with the Department, a campaign with the Road Safety Authority dropped (no relationship, RSA not annotated), a bank spokeswoman by title only, figures "published by the Department", reporting/editing credits.
uk03 - IFRC-style DREF operation update, Storm Fionnuala floods in Ireland (issued 10 Feb 2026): IFRC DREF allocation "to support the Irish Red Cross (IRC)" (26 January), background 2023 service agreement the IRC "concluded with the Health Service Executive (HSE)", British Red Cross volunteers and vehicles deployed from its Northern Ireland branch to Letterkenny (mission, 27 January) and "The team is supporting the IRC" (support), one four-party coordination meeting in Letterkenny (IRC, IFRC, Donegal County Council, HSE; officials as "the Chief Executive of Donegal County Council, Siobhán Gallagher-Doherty" and "the HSE's area manager for the north-west, Dr Colm Ó Flaitheartaigh"), Tesco Ireland's goods (donation, 28 January), Eir's free text messaging for "the National Society's helpline" (support); traps: Met Éireann and the Office of Public Works cited as sources, rest centres opened "at the request of the local authority" (unnamed), the IFRC Regional Office for Europe only a channel of the IFRC's own support, Partner National Societies generic, the Taoiseach by title only, the Department of Social Protection's own scheme "not involved", an Early Action Protocol "possibly in partnership with Met Éireann" only possible, extension only conditional, contact lines with names and posts (counted).
uk04 - HTML-ish British Red Cross news page with page furniture (menus, cookie banner, breadcrumb, reading time, "Share this", photo credit, "Related news", "About" boilerplate, footer; published 27 Nov 2026): BRC / Irish Red Cross memorandum of understanding on cross-border emergency response signed "on Thursday morning" in Belfast (the two heads as signatories) replacing a 2009 mutual assistance protocol ("first agreed in 2009", background agreement), All-Island Emergency Preparedness Conference at Titanic Belfast "on Wednesday and Thursday" (one participation of eight: the two co-hosts, the IFRC, the ICRC, the DEC, the Northern Ireland Fire & Rescue Service, Civil Defence Ireland, St John Ambulance), the IRC's costs "met by the Reconciliation Fund of Ireland's Department of Foreign Affairs, which has supported the society's ... programme since 2018" (support), BRC chief executive's talks with the DEC's chief executive "On Wednesday evening" (meeting), Danske Bank's £100,000 "At the conference dinner on Wednesday" (donation); traps: the Order of Malta Ambulance Corps invited but absent, "the committee's member charities" generic, a joint exercise with HM Coastguard only planned and the Galway conference only hoped-for, the Secretary of State for Northern Ireland's read message (title only, no participation), photo credit, related-news headlines (the DEC's Sudan appeal, the Met Office), "About" boilerplate naming the Movement, the ICRC and the IFRC.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

BRC = "British Red Cross"
IRC = "Irish Red Cross"
BDRCS = "Bangladesh Red Crescent Society"
SLRCS = "Sierra Leone Red Cross Society"
LRC = "Lebanese Red Cross"
MET = "Met Office"
FCDO = "Foreign, Commonwealth and Development Office"
AVIVA_F = "Aviva Foundation"
DFA = "Department of Foreign Affairs of Ireland"
BOI = "Bank of Ireland"
HSE = "Health Service Executive"
DCC = "Donegal County Council"
TESCO = "Tesco Ireland"
EIR = "Eir"
DEC = "Disasters Emergency Committee"
NIFRS = "Northern Ireland Fire & Rescue Service"
CDI = "Civil Defence Ireland"
SJA = "St John Ambulance"
DANSKE = "Danske Bank"

DOCS = [
    (
        "uk01_brc_met_office_early_warning_mou.txt",
        "2026-10-15",
        [
            org(BRC, NS, "GB"),
            org(MET, GOV, "GB"),
            org(FCDO, GOV, "GB", "Foreign, Commonwealth & Development Office", "FCDO"),
            org(BDRCS, NS, "BD", "BDRCS"),
            org(AVIVA_F, OTHER, "GB"),
        ],
        [
            person("Bernadette Okafor-Lyle", "Chief Executive", BRC),
            person("Alistair Penhallow", "Chief Executive", MET),
            person("Priya Raghunathan", "Director", AVIVA_F),
            person("Hannah Pritchard", "Head of UK emergency response", BRC),
            person("Tom Ashworth", "Senior Press Officer", BRC),
        ],
        [
            rel(
                "agreement",
                [BRC, MET],
                signatories=["Bernadette Okafor-Lyle", "Alistair Penhallow"],
                place="Exeter, United Kingdom",
                date="2026-10-14",
                evidence="The memorandum was signed on Wednesday at the Met Office headquarters in Exeter by Bernadette Okafor-Lyle",
            ),
            rel(
                "agreement",
                [BRC, MET],
                date="2021",
                evidence="It builds on a data-sharing arrangement the British Red Cross and the Met Office first agreed in 2021",
            ),
            rel(
                "support",
                [FCDO, BRC],
                evidence="which is funded by UK aid through the Foreign, Commonwealth & Development Office (FCDO)",
            ),
            rel(
                "support",
                [BRC, BDRCS],
                evidence="Since 2019 the British Red Cross has been helping the Bangladesh Red Crescent Society (BDRCS) to release cash",
            ),
            rel(
                "donation",
                [AVIVA_F, BRC],
                place="Exeter, United Kingdom",
                date="2026-10-14",
                evidence="At the signing, the Aviva Foundation presented a donation of £500,000 to the British Red Cross",
            ),
        ],
    ),
    (
        "uk02_irish_rc_irish_aid_funding_wire.txt",
        "2026-05-20",
        [
            org(IRC, NS, "IE"),
            org(DFA, GOV, "IE", "Irish Aid", "Department of Foreign Affairs"),
            org(SLRCS, NS, "SL"),
            org(LRC, NS, "LB"),
            org(IFRC, MB, None, "IFRC"),
            org(BOI, CO, "IE"),
        ],
        [
            person("Liam Costigan-Ward", "Secretary General", IRC),
            person("Aoife Ní Mhurchú", "Director General for Development Co-operation", DFA),
            person("Declan Furlong", "Chairman", IRC),
            person("Katarzyna Wiśniewska-Hart", "Director of the Regional Office for Europe", IFRC),
        ],
        [
            rel(
                "agreement",
                [IRC, DFA],
                signatories=["Liam Costigan-Ward", "Aoife Ní Mhurchú"],
                place="Dublin, Ireland",
                date="2026-05-19",
                evidence="The Irish Red Cross on Tuesday signed",
            ),
            rel(
                "support",
                [DFA, IRC],
                evidence="Under the deal the Department will provide 9 million euros to the",
            ),
            rel(
                "support",
                [IRC, SLRCS],
                evidence="Cross has supported the Sierra Leone Red Cross Society since the",
            ),
            rel(
                "support",
                [IRC, LRC],
                evidence="A smaller share will help the Irish society back the Lebanese Red",
            ),
            rel(
                "mission",
                [IRC],
                place="Beirut, Lebanon",
                date="2026-05-18",
                evidence="Two Irish Red Cross logisticians left for",
            ),
            rel(
                "meeting",
                [IRC, IFRC],
                place="Dublin, Ireland",
                date="2026-05-19",
                evidence="On Tuesday afternoon, Irish Red Cross chairman Declan Furlong held",
            ),
            rel(
                "donation",
                [BOI, IRC],
                date="2026-05-15",
                evidence="Separately, Bank of Ireland last Friday gave the Irish Red Cross",
            ),
        ],
    ),
    (
        "uk03_ireland_storm_floods_dref_update.txt",
        "2026-02-10",
        [
            org(IRC, NS, "IE", "IRC"),
            org(IFRC, MB, None, "IFRC"),
            org(HSE, GOV, "IE", "HSE"),
            org(BRC, NS, "GB"),
            org(DCC, GOV, "IE"),
            org(TESCO, CO, "IE"),
            org(EIR, CO, "IE"),
        ],
        [
            person("Liam Costigan-Ward", "Secretary General", IRC),
            person("Tiago Mendes-Lacerda", "Operations Coordinator", IFRC),
            person("Siobhán Gallagher-Doherty", "Chief Executive", DCC),
            person("Colm Ó Flaitheartaigh", "Area manager for the north-west", HSE),
            person("Fiona Brennan-Kehoe", "Head of Emergency Services", IRC),
        ],
        [
            rel(
                "support",
                [IFRC, IRC],
                date="2026-01-26",
                evidence="the IFRC allocated CHF 298,440 from its Disaster Response Emergency Fund (DREF) to support the Irish Red Cross (IRC)",
            ),
            rel(
                "agreement",
                [IRC, HSE],
                date="2023",
                evidence="under the service agreement the IRC concluded with the Health Service Executive (HSE) in 2023",
            ),
            rel(
                "mission",
                [BRC],
                place="Letterkenny, Ireland",
                date="2026-01-27",
                evidence="The British Red Cross deployed 12 volunteers and four 4x4 vehicles from its Northern Ireland branch in Derry/Londonderry to Letterkenny on 27 January",
            ),
            rel(
                "support",
                [BRC, IRC],
                evidence="The team is supporting the IRC in running two of the rest centres",
            ),
            rel(
                "meeting",
                [IRC, IFRC, DCC, HSE],
                place="Letterkenny, Ireland",
                date="2026-01-29",
                evidence="On 29 January, the IRC, the IFRC, Donegal County Council and the HSE held a joint coordination meeting in Letterkenny",
            ),
            rel(
                "donation",
                [TESCO, IRC],
                date="2026-01-28",
                evidence="On 28 January, Tesco Ireland donated food and hygiene items worth EUR 50,000 to the IRC",
            ),
            rel(
                "support",
                [EIR, IRC],
                evidence="Eir is providing free text messaging for the National Society's helpline",
            ),
        ],
    ),
    (
        "uk04_belfast_all_island_preparedness_conference_page.txt",
        "2026-11-27",
        [
            org(BRC, NS, "GB"),
            org(IRC, NS, "IE"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(DEC, NGO, "GB", "DEC"),
            org(NIFRS, GOV, "GB"),
            org(CDI, GOV, "IE"),
            org(SJA, NGO, "GB"),
            org(
                DFA,
                GOV,
                "IE",
                "Ireland's Department of Foreign Affairs",
                "Department of Foreign Affairs",
            ),
            org(DANSKE, CO, "GB"),
        ],
        [
            person("Bernadette Okafor-Lyle", "Chief Executive", BRC),
            person("Liam Costigan-Ward", "Secretary General", IRC),
            person("Margaret Adeyemi-Clarke", "Chief Executive", DEC),
            person("Conor Maguire-Boyd", "Head of community investment", DANSKE),
        ],
        [
            rel(
                "agreement",
                [BRC, IRC],
                signatories=["Bernadette Okafor-Lyle", "Liam Costigan-Ward"],
                place="Belfast, United Kingdom",
                date="2026-11-26",
                evidence="The memorandum of understanding on cross-border emergency response was signed on Thursday morning by Bernadette Okafor-Lyle",
            ),
            rel(
                "agreement",
                [BRC, IRC],
                date="2009",
                evidence="It replaces the mutual assistance protocol the two National Societies first agreed in 2009",
            ),
            rel(
                "participation",
                [BRC, IRC, IFRC, ICRC, DEC, NIFRS, CDI, SJA],
                event="All-Island Emergency Preparedness Conference",
                place="Belfast, United Kingdom",
                date="2026-11-25",
                evidence="The conference brought together more than 200 responders from the International Federation of Red Cross and Red Crescent Societies (IFRC)",
            ),
            rel(
                "support",
                [DFA, IRC],
                evidence="The Irish Red Cross's costs for the conference were met by the Reconciliation Fund of Ireland's Department of Foreign Affairs",
            ),
            rel(
                "meeting",
                [BRC, DEC],
                place="Belfast, United Kingdom",
                date="2026-11-25",
                evidence="On Wednesday evening, Okafor-Lyle held talks with Margaret Adeyemi-Clarke, Chief Executive of the DEC",
            ),
            rel(
                "donation",
                [DANSKE, BRC],
                place="Belfast, United Kingdom",
                date="2026-11-25",
                evidence="At the conference dinner on Wednesday, Danske Bank presented £100,000 to the British Red Cross",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
