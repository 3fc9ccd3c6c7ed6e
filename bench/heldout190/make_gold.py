"""Gold annotations for held-out set 190 (prefix eg): Egypt, Sudan and the Red Sea (Egyptian Red Crescent, Sudanese Red Crescent Society, Red Cross of Chad, Red Cross Society of Eritrea, Red Crescent Society of Djibouti, Saudi Red Crescent Authority, Emirates Red Crescent, Qatar Red Crescent; KSrelief, WFP, UNHCR, IOM, the ICRC delegation in Port Sudan, the Rafah crossing and Gaza convoys, refugees crossing into Egypt and Chad).

eg01 - Egyptian Red Crescent press release, read as translated from Arabic (Cairo, 16 Sep 2026): ERC / WFP memorandum of understanding on Gaza food convoys signed "on Monday" at the ERC headquarters in Cairo ("Dr." Amr Fathy El-Sherbiny, "Secretary General of the Egyptian Red Crescent", and "Ms." Karima Benhaddou, "WFP Representative and Country Director in Egypt", as signatories), "builds on a letter of understanding that the ERC and WFP concluded in November 2023" (background agreement), first phase "financed by a contribution of USD 4.5 million from" KSrelief "to WFP" (support), the ERC "has been supporting the Palestine Red Crescent Society (PRCS) by handing over" supplies at Rafah (support), Delta Nile Foods' date bars handed over "At the signing ceremony" (donation); people in several shapes ("Eng." chairman after a quote, "head of the disaster management sector at the ERC", media contact with post: counted); traps: the Minister of Social Solidarity and ambassadors present by title only (no party), OCHA cited as a source of figures, extension to Sudanese arrivals in Aswan only hoped-for, talks with the Egyptian Food Bank only "continuing" (no relationship, not annotated), "Within the framework of" phrasing, "About" boilerplates naming the Movement and describing WFP.
eg02 - wire story with hard line breaks (PORT SUDAN, March 4, 2026 (SUNA)): SRCS / ICRC partnership framework agreement signed "on Tuesday" at the Society's temporary headquarters in Port Sudan (the SRCS Secretary General and "the head of the ICRC delegation in Sudan, Mr. Laurent / Favre-Bulle", the name broken over a line, as signatories), "the ICRC will provide the Society with 7.2 million Swiss francs" (support), "the two sides had first signed a cooperation agreement in 2021" (background agreement), SRCS President "received at his office a delegation of the Saudi Red Crescent Authority headed by its Vice-President" "On Monday" (meeting), Emirates Red Crescent's 45 tonnes "on Sunday" "to the Sudanese Red Crescent at Port Sudan airport" (donation) and its representative in Sudan, Qatar Red Crescent medical team that "left Port Sudan for Kassala on Tuesday" (mission; "the team leader, Dr. ..."); traps: SUNA as agency and "told SUNA", the Governor of the Red Sea State by title only (attending is not a party), an ICRC convoy to El Fasher "postponed" (no mission), the Federal Ministry of Health and a WHO spokesperson cited as sources, the Humanitarian Aid Commission only "expected to approve" a plan of unnamed agencies, reporting/editing credits.
eg03 - IFRC-style Emergency Appeal operation update, Sudan crisis population movement to Egypt and Chad (issued 20 May 2026) with bullet lists: "This Emergency Appeal supports the Egyptian Red Crescent (ERC) and the Red Cross of Chad (RCC)" (two supports), an IFRC surge logistics officer "deployed to Aswan on 2 May" (mission), Danish Red Cross "seconded a health delegate to the ERC's Aswan branch" (support), German Red Cross ERU "deployed ... to Adré on 14 April 2026" (mission) and "The unit is supporting the RCC's health post" (support), Qatar Red Crescent Society "funds the RCC's water trucking" (support), "The ICRC supports the RCC's restoring family links services" (support), one four-party coordination meeting in Aswan on 6 May (ERC, IFRC, UNHCR, IOM; officials as "the head of its Aswan sub-office, Ms. ..." and "IOM by its head of office in Aswan, Mr. ..."), Banque Misr's EGP 15 million on 11 May (donation); traps: UNHCR, the Chadian refugee commission (CNARR) and WFP cited as sources, the Governor of Aswan by title only (chairing is not a party), "Partner National Societies" generic, cross-border family links with the Sudanese Red Crescent Society only "being explored", the Kuwait Red Crescent Society "may contribute" (not annotated), extension only conditional, the IFRC MENA and Africa Regional Offices only channels of the IFRC's own support, contact lines with names and posts (counted).
eg04 - HTML-ish Saudi Red Crescent Authority news page with page furniture (HTML title, skip link, language switch, menus, breadcrumb, reading time, photo credit, "Share this", "Related news", "About" boilerplate, footer; published 12 Nov 2026): first Red Sea Humanitarian Forum in Jeddah "on Tuesday and Wednesday" (one participation of ten: the SRCA host, the co-organiser KSrelief, five societies, the IFRC, the ICRC and the IOM observer), Red Sea Humanitarian Network whose founding charter "five societies of the Red Sea coast signed" "On the closing day" (alliance of five; five signatories listed with semicolons, "H.E. Dr." first), KSrelief "will fund the network's secretariat, hosted by the SRCA" (support), SRCA / SRCS memorandum of understanding "On Wednesday, on the sidelines of the forum" ("It was signed by Dr. A and Dr. B"), SRCA president "received H.E. Eng. ..., Secretary General of the Emirates Red Crescent" "On Tuesday evening" (meeting), Tihama Charitable Foundation's SAR 2 million cheque "At the closing ceremony on Wednesday" ("Sheikh ..., Chairman of the foundation's Board of Trustees"; donation); traps: the Emirates Red Crescent "took part in the discussions but did not join the network", the Yemen Red Crescent Society invited but unable to travel, the Governor of Makkah Region's patronage (title only), the Port Sudan edition only hoped-for and an exercise with the Saudi Border Guard only planned, photo credit (SPA), related-news headline naming the Ministry of Health, "About" boilerplate naming the Movement.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

EGRC = "Egyptian Red Crescent Society"
SRCS = "Sudanese Red Crescent Society"
RCC = "Red Cross of Chad"
RCSE = "Red Cross Society of Eritrea"
DJRCS = "Red Crescent Society of Djibouti"
SRCA = "Saudi Red Crescent Authority"
EMRC = "Emirates Red Crescent"
QRCS = "Qatar Red Crescent Society"
PRCS = "Palestine Red Crescent Society"
DANRC = "Danish Red Cross"
DRK = "German Red Cross"
KSRELIEF = "King Salman Humanitarian Aid and Relief Centre"
WFP = "World Food Programme"
UNHCR = "United Nations High Commissioner for Refugees"
IOM = "International Organization for Migration"
DELTA = "Delta Nile Foods"
BANQUE_MISR = "Banque Misr"
TIHAMA_F = "Tihama Charitable Foundation"

DOCS = [
    (
        "eg01_erc_wfp_gaza_convoys_mou.txt",
        "2026-09-16",
        [
            org(EGRC, NS, "EG", "Egyptian Red Crescent", "ERC"),
            org(WFP, UN, None, "WFP", "United Nations World Food Programme"),
            org(KSRELIEF, GOV, "SA", "KSrelief"),
            org(PRCS, NS, "PS", "PRCS"),
            org(DELTA, CO, "EG"),
        ],
        [
            person("Amr Fathy El-Sherbiny", "Secretary General", EGRC),
            person("Karima Benhaddou", "Representative and Country Director in Egypt", WFP),
            person("Medhat Abou-Zeid", "Chairman", DELTA),
            person("Hossam Abdel-Ghaffar", "Head of the disaster management sector", EGRC),
            person("Nourhan Saeed", "Communications Officer", EGRC),
        ],
        [
            rel(
                "agreement",
                [EGRC, WFP],
                signatories=["Amr Fathy El-Sherbiny", "Karima Benhaddou"],
                place="Cairo, Egypt",
                date="2026-09-14",
                evidence="The memorandum was signed at the ERC headquarters in Cairo by Dr. Amr Fathy El-Sherbiny",
            ),
            rel(
                "agreement",
                [EGRC, WFP],
                date="2023-11",
                evidence="The new memorandum builds on a letter of understanding that the ERC and WFP concluded in November 2023",
            ),
            rel(
                "support",
                [KSRELIEF, WFP],
                evidence="The first phase of the new arrangement is financed by a contribution of USD 4.5 million from the King Salman Humanitarian Aid and Relief Centre (KSrelief) to WFP",
            ),
            rel(
                "support",
                [EGRC, PRCS],
                evidence="Since October 2023 the ERC has been supporting the Palestine Red Crescent Society (PRCS)",
            ),
            rel(
                "donation",
                [DELTA, EGRC],
                place="Cairo, Egypt",
                date="2026-09-14",
                evidence="At the signing ceremony, Delta Nile Foods, an Egyptian food producer, handed over 25,000 cartons of fortified date bars to the Egyptian Red Crescent",
            ),
        ],
    ),
    (
        "eg02_srcs_icrc_port_sudan_wire.txt",
        "2026-03-04",
        [
            org(SRCS, NS, "SD", "SRCS", "Sudanese Red Crescent"),
            org(ICRC, MB, None, "ICRC"),
            org(SRCA, NS, "SA"),
            org(EMRC, NS, "AE"),
            org(QRCS, NS, "QA", "Qatar Red Crescent"),
        ],
        [
            person("Omer Babiker El-Tayeb", "Secretary General", SRCS),
            person("Laurent Favre-Bulle", "Head of delegation in Sudan", ICRC),
            person("Hamid Abdel-Rahim Osman", "President", SRCS),
            person("Khalid bin Nasser Al-Shehri", "Vice-President", SRCA),
            person("Obaid Salem Al-Zaabi", "Representative in Sudan", EMRC),
            person("Mariam Al-Sulaiti", "Team leader", QRCS),
        ],
        [
            rel(
                "agreement",
                [SRCS, ICRC],
                signatories=["Omer Babiker El-Tayeb", "Laurent Favre-Bulle"],
                place="Port Sudan, Sudan",
                date="2026-03-03",
                evidence="The agreement was signed at the Society's temporary headquarters in",
            ),
            rel(
                "support",
                [ICRC, SRCS],
                evidence="Under the agreement, the ICRC will provide the Society with 7.2",
            ),
            rel(
                "agreement",
                [SRCS, ICRC],
                date="2021",
                evidence="Dr. El-Tayeb told SUNA that the two sides had first signed a",
            ),
            rel(
                "meeting",
                [SRCS, SRCA],
                place="Port Sudan, Sudan",
                date="2026-03-02",
                evidence="On Monday, SRCS President Dr. Hamid Abdel-Rahim Osman received at his",
            ),
            rel(
                "donation",
                [EMRC, SRCS],
                place="Port Sudan, Sudan",
                date="2026-03-01",
                evidence="Separately, the Emirates Red Crescent on Sunday delivered 45 tonnes of",
            ),
            rel(
                "mission",
                [QRCS],
                place="Kassala, Sudan",
                date="2026-03-03",
                evidence="A Qatar Red Crescent medical team of eight doctors and nurses left",
            ),
        ],
    ),
    (
        "eg03_sudan_crisis_egypt_chad_appeal_update.txt",
        "2026-05-20",
        [
            org(IFRC, MB, None, "IFRC"),
            org(EGRC, NS, "EG", "Egyptian Red Crescent", "ERC"),
            org(RCC, NS, "TD", "RCC"),
            org(DANRC, NS, "DK"),
            org(DRK, NS, "DE"),
            org(QRCS, NS, "QA"),
            org(ICRC, MB, None, "ICRC"),
            org(UNHCR, UN, None, "UNHCR"),
            org(IOM, UN, None, "IOM"),
            org(BANQUE_MISR, CO, "EG"),
        ],
        [
            person("Leila Haddad-Rahmouni", "Head of the Aswan sub-office", UNHCR),
            person("Tamer Soliman", "Head of office in Aswan", IOM),
            person("Hossam Abdel-Ghaffar", "Head of Disaster Management", EGRC),
            person("Abakar Mahamat Nour", "Secretary General", RCC),
            person("Nadia Ben Slimane", "Operations Manager", IFRC),
        ],
        [
            rel(
                "support",
                [IFRC, EGRC],
                evidence="This Emergency Appeal supports the Egyptian Red Crescent (ERC) and the Red Cross of Chad (RCC)",
            ),
            rel(
                "support",
                [IFRC, RCC],
                evidence="This Emergency Appeal supports the Egyptian Red Crescent (ERC) and the Red Cross of Chad (RCC)",
            ),
            rel(
                "mission",
                [IFRC],
                place="Aswan, Egypt",
                date="2026-05-02",
                evidence="An IFRC surge logistics officer was deployed to Aswan on 2 May",
            ),
            rel(
                "support",
                [DANRC, EGRC],
                evidence="The Danish Red Cross seconded a health delegate to the ERC's Aswan branch in April",
            ),
            rel(
                "mission",
                [DRK],
                place="Adré, Chad",
                date="2026-04-14",
                evidence="The German Red Cross deployed an Emergency Response Unit (health) to Adré on 14 April 2026",
            ),
            rel(
                "support",
                [DRK, RCC],
                evidence="The unit is supporting the RCC's health post at the transit site",
            ),
            rel(
                "support",
                [QRCS, RCC],
                evidence="The Qatar Red Crescent Society funds the RCC's water trucking in Adré",
            ),
            rel(
                "support",
                [ICRC, RCC],
                evidence="The ICRC supports the RCC's restoring family links services",
            ),
            rel(
                "meeting",
                [EGRC, IFRC, UNHCR, IOM],
                place="Aswan, Egypt",
                date="2026-05-06",
                evidence="On 6 May, the ERC, the IFRC, UNHCR and IOM held a joint coordination meeting in Aswan",
            ),
            rel(
                "donation",
                [BANQUE_MISR, EGRC],
                date="2026-05-11",
                evidence="On 11 May, Banque Misr donated EGP 15 million to the ERC",
            ),
        ],
    ),
    (
        "eg04_jeddah_red_sea_forum_network_page.txt",
        "2026-11-12",
        [
            org(SRCA, NS, "SA", "SRCA"),
            org(KSRELIEF, GOV, "SA", "KSrelief"),
            org(EGRC, NS, "EG", "Egyptian Red Crescent"),
            org(SRCS, NS, "SD"),
            org(RCSE, NS, "ER"),
            org(DJRCS, NS, "DJ"),
            org(EMRC, NS, "AE"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(IOM, UN, None, "IOM"),
            org(TIHAMA_F, OTHER, "SA"),
        ],
        [
            person("Fahd bin Saad Al-Mutairi", "President", SRCA),
            person("Amr Fathy El-Sherbiny", "Secretary General", EGRC),
            person("Omer Babiker El-Tayeb", "Secretary General", SRCS),
            person("Tesfamariam Ghebreyesus Habte", "Secretary General", RCSE),
            person("Ahmed Houssein Robleh", "President", DJRCS),
            person("Saeed Obaid Al-Ketbi", "Secretary General", EMRC),
            person("Abdulaziz bin Omar Bakhashab", "Chairman of the Board of Trustees", TIHAMA_F),
        ],
        [
            rel(
                "participation",
                [SRCA, KSRELIEF, EGRC, SRCS, RCSE, DJRCS, EMRC, IFRC, ICRC, IOM],
                event="Red Sea Humanitarian Forum",
                place="Jeddah, Saudi Arabia",
                date="2026-11-10",
                evidence="The forum brought together delegations of the Egyptian Red Crescent, the Sudanese Red Crescent Society, the Red Cross Society of Eritrea",
            ),
            rel(
                "alliance",
                [SRCA, EGRC, SRCS, RCSE, DJRCS],
                signatories=[
                    "Fahd bin Saad Al-Mutairi",
                    "Amr Fathy El-Sherbiny",
                    "Omer Babiker El-Tayeb",
                    "Tesfamariam Ghebreyesus Habte",
                    "Ahmed Houssein Robleh",
                ],
                place="Jeddah, Saudi Arabia",
                date="2026-11-11",
                evidence="On the closing day, five societies of the Red Sea coast signed the founding charter of the Red Sea Humanitarian Network",
            ),
            rel(
                "support",
                [KSRELIEF, SRCA],
                evidence="KSrelief will fund the network's secretariat, hosted by the SRCA in Jeddah",
            ),
            rel(
                "agreement",
                [SRCA, SRCS],
                signatories=["Fahd bin Saad Al-Mutairi", "Omer Babiker El-Tayeb"],
                place="Jeddah, Saudi Arabia",
                date="2026-11-11",
                evidence="the SRCA and the Sudanese Red Crescent Society also signed a memorandum of understanding",
            ),
            rel(
                "meeting",
                [SRCA, EMRC],
                place="Jeddah, Saudi Arabia",
                date="2026-11-10",
                evidence="On Tuesday evening, Dr. Al-Mutairi received H.E. Eng. Saeed Obaid Al-Ketbi, Secretary General of the Emirates Red Crescent",
            ),
            rel(
                "donation",
                [TIHAMA_F, SRCS],
                place="Jeddah, Saudi Arabia",
                date="2026-11-11",
                evidence="the Tihama Charitable Foundation handed over a cheque for SAR 2 million to the Sudanese Red Crescent Society",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
