"""Gold annotations for held-out set 196 (prefix hoa): the Horn of Africa (Ethiopian Red Cross Society, Somali Red Crescent Society, Red Crescent Society of Djibouti, Kenya Red Cross Society in the north; IGAD and ICPAC, the Ethiopian Disaster Risk Management Commission, Kenya's National Drought Management Authority, the Somali Disaster Management Agency, the ICRC delegations in Addis Ababa and Nairobi, WFP/UNHCR, Gulf donors, telecoms and banks; drought, floods, displacement).

hoa01 - Ethiopian Red Cross Society press release, read as translated (Addis Ababa, 9 Oct 2026): ERCS / EDRMC memorandum of understanding on anticipatory action signed "on Thursday" at the ERCS head office in Addis Ababa ("Ato" Tilahun Asfaw Mengesha, Secretary General of the ERCS, and "Ato" Hailu Tesfaye Abebe, Commissioner of the EDRMC, as signatories), "building upon the cooperation agreement that the ERCS and the Commission have signed in March 2019" (background agreement), "The anticipatory action pilot of the ERCS in the Borena zone is financed by the Netherlands Red Cross" (support), Ethio telecom's smartphones "At the same ceremony" (donation; "W/ro" officer), ERCS President "has received at the head office Mr. Matthias Keller, Head of the ICRC Delegation in Addis Ababa" "On Wednesday, one day before the signing" (meeting); people with Ethiopian honorifics (Ato, W/ro, W/rt), a media contact with post (counted); traps: the State Minister of Agriculture and ambassadors present by title only, ICPAC cited only as the source of the outlook, WFP only "expected to join" a second phase "still under discussion" (not annotated), "Within the framework of" phrasing, an "About" boilerplate naming the Movement.
hoa02 - Xinhua wire story with hard line breaks (MOGADISHU, May 6, 2026, a Wednesday): SRCS President "held talks on Wednesday in Mogadishu with the Commissioner of the Somali Disaster Management Agency (SoDMA), Mr. ..." (meeting), Hormuud Telecom "On Monday" donated USD 250,000 (donation; its head of CSR), KSrelief "on Sunday delivered 60 tonnes ... to the Somali Red Crescent at the Beledweyne airstrip" (donation; its representative "told Xinhua"), Kuwait Red Crescent Society medical team "arrived in Beledweyne on Tuesday" (mission) "and is supporting two SRCS health posts" (support; "team leader Dr. ..."), the ICRC, "whose delegation for Somalia is based in Nairobi, funds the Society's network" (support; the SRCS Hiraan branch coordinator as speaker); traps: Xinhua as agency, OCHA and the Somalia Water and Land Information Management project cited as sources, the governor of Hiraan region by title only, UNICEF only "expected to send", Dahabshiil only "considering support", reporting/editing credits.
hoa03 - IFRC-style Emergency Appeal operation update, Kenya and Djibouti drought and population movement (issued 19 June 2026) with bullet lists: "This Emergency Appeal supports the Kenya Red Cross Society (KRCS) and the Red Crescent Society of Djibouti (RCSD)" (two supports), the Swedish Red Cross "funds the KRCS's cash transfers" (support), the Finnish Red Cross ERU "deployed ... to Mandera on 3 June 2026" (mission) and "is reinforcing the KRCS's mobile clinics" (support), "The ICRC supports the KRCS's restoring family links services" (support), a four-party coordination meeting in Lodwar on 10 June (KRCS, IFRC, WFP, NDMA; officials as "its Turkana County Drought Coordinator, Mr. ..." and "WFP by the head of its Lodwar field office, Ms. ..."), the M-PESA Foundation's KES 25 million on 12 June (donation), RCSD / UNHCR letter of understanding on 4 June (agreement), the Emirates Red Crescent's 30 tonnes to the RCSD on 7 June (donation); traps: NDMA's bulletin, IOM and ICPAC cited as sources, the Turkana County Commissioner by title only (opening is not a party), "Partner National Societies" generic, the Norwegian Red Cross "may contribute", cholera surveillance with the Ethiopian Red Cross Society only "being explored", a Somaliland extension only conditional, the IFRC Country Cluster Delegation only the IFRC's own channel, contact lines with names and posts (counted).
hoa04 - HTML-ish ICPAC news page with page furniture (title with site name, skip link, menus, search box, breadcrumb, byline unit, reading time, photo credit, "Share this", "Related news", "About ICPAC" boilerplate naming IGAD and its member states, footer; published 27 Nov 2026): second Greater Horn of Africa Anticipatory Action Dialogue at the ICPAC campus in Ngong, Nairobi "on Tuesday and Wednesday" (one participation of ten: the hosts ICPAC and the IFRC, six societies, WFP and FAO), the Horn of Africa Red Cross Red Crescent Early Action Network launched "On the closing day" by four societies (alliance of four; "Its founding declaration was signed by:" and a bulleted list of four signatories with semicolons), ICPAC / IFRC memorandum of understanding "On Wednesday, on the sidelines of the dialogue" ("It was signed by Dr. A, Director of ICPAC, and Ms. B, IFRC Regional Director for Africa"), ICPAC's Director "received" the Somali Red Crescent President "On Tuesday evening" (meeting), Equity Bank Kenya's KES 15 million cheque to the Kenya Red Cross Society "At the closing ceremony" (donation; its Director of Corporate Affairs); traps: the Sudanese Red Crescent Society "invited but could not attend", the Uganda Red Cross Society "took part in the discussions but will decide on membership" later (participant, not a network member), Gulf donors only hoped-for and a third dialogue in Djibouti only planned, a photo credit, related-news headlines naming the Ethiopian Disaster Risk Management Commission, the "About" boilerplate naming IGAD.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

ERCS = "Ethiopian Red Cross Society"
SOMRCS = "Somali Red Crescent Society"
RCSD = "Red Crescent Society of Djibouti"
KRCS = "Kenya Red Cross Society"
URCS = "Uganda Red Cross Society"
SSRC = "South Sudan Red Cross"
NLRC = "Netherlands Red Cross"
SWRC = "Swedish Red Cross"
FINRC = "Finnish Red Cross"
KUWRCS = "Kuwait Red Crescent Society"
EMRC = "Emirates Red Crescent"
EDRMC = "Ethiopian Disaster Risk Management Commission"
SODMA = "Somali Disaster Management Agency"
NDMA = "National Drought Management Authority"
ICPAC = "IGAD Climate Prediction and Applications Centre"
KSRELIEF = "King Salman Humanitarian Aid and Relief Centre"
WFP = "World Food Programme"
FAO = "Food and Agriculture Organization of the United Nations"
UNHCR = "United Nations High Commissioner for Refugees"
ETHIO_TEL = "Ethio telecom"
HORMUUD = "Hormuud Telecom"
MPESA_F = "M-PESA Foundation"
EQUITY = "Equity Bank Kenya"

DOCS = [
    (
        "hoa01_ercs_edrmc_anticipatory_action_mou.txt",
        "2026-10-09",
        [
            org(ERCS, NS, "ET", "ERCS"),
            org(EDRMC, GOV, "ET", "EDRMC"),
            org(NLRC, NS, "NL"),
            org(ETHIO_TEL, CO, "ET"),
            org(ICRC, MB, None, "ICRC"),
        ],
        [
            person("Tilahun Asfaw Mengesha", "Secretary General", ERCS),
            person("Hailu Tesfaye Abebe", "Commissioner", EDRMC),
            person("Fikirte Worku Demissie", "President", ERCS),
            person("Joost van der Linden", "Country Representative in Ethiopia", NLRC),
            person("Meron Kebede Alemu", "Chief Business Officer", ETHIO_TEL),
            person("Matthias Keller", "Head of Delegation in Addis Ababa", ICRC),
            person("Selamawit Getachew", "Communication Officer", ERCS),
        ],
        [
            rel(
                "agreement",
                [ERCS, EDRMC],
                signatories=["Tilahun Asfaw Mengesha", "Hailu Tesfaye Abebe"],
                place="Addis Ababa, Ethiopia",
                date="2026-10-08",
                evidence="The memorandum was signed at the ERCS head office in Addis Ababa by Ato Tilahun Asfaw Mengesha",
            ),
            rel(
                "agreement",
                [ERCS, EDRMC],
                date="2019-03",
                evidence="The new memorandum is building upon the cooperation agreement that the ERCS and the Commission have signed in March 2019",
            ),
            rel(
                "support",
                [NLRC, ERCS],
                evidence="The anticipatory action pilot of the ERCS in the Borena zone is financed by the Netherlands Red Cross",
            ),
            rel(
                "donation",
                [ETHIO_TEL, ERCS],
                place="Addis Ababa, Ethiopia",
                date="2026-10-08",
                evidence="At the same ceremony, Ethio telecom has handed over 600 smartphones and airtime for one year to the ERCS",
            ),
            rel(
                "meeting",
                [ERCS, ICRC],
                place="Addis Ababa, Ethiopia",
                date="2026-10-07",
                evidence="the President of the ERCS has received at the head office Mr. Matthias Keller, Head of the ICRC Delegation in Addis Ababa",
            ),
        ],
    ),
    (
        "hoa02_somalia_shabelle_floods_wire.txt",
        "2026-05-06",
        [
            org(SOMRCS, NS, "SO", "SRCS", "Somali Red Crescent"),
            org(SODMA, GOV, "SO", "SoDMA"),
            org(HORMUUD, CO, "SO"),
            org(KSRELIEF, GOV, "SA", "KSrelief"),
            org(KUWRCS, NS, "KW"),
            org(ICRC, MB, None, "ICRC"),
        ],
        [
            person("Abdirahman Sheikh Mohamud Nur", "President", SOMRCS),
            person("Mahad Abdullahi Farah", "Commissioner", SODMA),
            person("Abdiwali Hassan Jama", "Head of corporate social responsibility", HORMUUD),
            person("Saad bin Ali Al-Ghamdi", "Representative in Somalia", KSRELIEF),
            person("Yousef Khalid Al-Enezi", "Team leader", KUWRCS),
            person("Faadumo Cali Xasan", "Coordinator for Hiraan branch", SOMRCS),
        ],
        [
            rel(
                "meeting",
                [SOMRCS, SODMA],
                place="Mogadishu, Somalia",
                date="2026-05-06",
                evidence="SRCS President Dr. Abdirahman Sheikh Mohamud Nur held talks on Wednesday",
            ),
            rel(
                "donation",
                [HORMUUD, SOMRCS],
                place="Mogadishu, Somalia",
                date="2026-05-04",
                evidence="On Monday, Hormuud Telecom donated 250,000 U.S. dollars to the Somali",
            ),
            rel(
                "donation",
                [KSRELIEF, SOMRCS],
                place="Beledweyne, Somalia",
                date="2026-05-03",
                evidence="The King Salman Humanitarian Aid and Relief Centre (KSrelief) on Sunday",
            ),
            rel(
                "mission",
                [KUWRCS],
                place="Beledweyne, Somalia",
                date="2026-05-05",
                evidence="A medical team of six doctors and nurses from the Kuwait Red Crescent",
            ),
            rel(
                "support",
                [KUWRCS, SOMRCS],
                evidence="Society arrived in Beledweyne on Tuesday and is supporting two SRCS",
            ),
            rel(
                "support",
                [ICRC, SOMRCS],
                evidence="for Somalia is based in Nairobi, funds the Society's network of",
            ),
        ],
    ),
    (
        "hoa03_kenya_djibouti_drought_appeal_update.txt",
        "2026-06-19",
        [
            org(IFRC, MB, None, "IFRC"),
            org(KRCS, NS, "KE", "KRCS"),
            org(RCSD, NS, "DJ", "RCSD"),
            org(SWRC, NS, "SE"),
            org(FINRC, NS, "FI"),
            org(ICRC, MB, None, "ICRC"),
            org(WFP, UN, None, "WFP"),
            org(NDMA, GOV, "KE", "NDMA"),
            org(MPESA_F, OTHER, "KE"),
            org(UNHCR, UN, None, "UNHCR"),
            org(EMRC, NS, "AE"),
        ],
        [
            person("Joseph Lokwawi Ekai", "Turkana County Drought Coordinator", NDMA),
            person("Anna Lindqvist", "Head of the Lodwar field office", WFP),
            person("Lucy Achieng Odhiambo", "Head of Disaster Risk Management", KRCS),
            person("Ismaël Abdillahi Dirieh", "Secretary General", RCSD),
            person("Tobias Lindgren", "Operations Manager", IFRC),
        ],
        [
            rel(
                "support",
                [IFRC, KRCS],
                evidence="This Emergency Appeal supports the Kenya Red Cross Society (KRCS) and the Red Crescent Society of Djibouti (RCSD)",
            ),
            rel(
                "support",
                [IFRC, RCSD],
                evidence="This Emergency Appeal supports the Kenya Red Cross Society (KRCS) and the Red Crescent Society of Djibouti (RCSD)",
            ),
            rel(
                "support",
                [SWRC, KRCS],
                evidence="The Swedish Red Cross funds the KRCS's cash transfers in Turkana and Marsabit",
            ),
            rel(
                "mission",
                [FINRC],
                place="Mandera, Kenya",
                date="2026-06-03",
                evidence="The Finnish Red Cross deployed an Emergency Response Unit (health) to Mandera on 3 June 2026",
            ),
            rel(
                "support",
                [FINRC, KRCS],
                evidence="The unit is reinforcing the KRCS's mobile clinics in Mandera East and Lafey",
            ),
            rel(
                "support",
                [ICRC, KRCS],
                evidence="The ICRC supports the KRCS's restoring family links services in the Dadaab refugee complex",
            ),
            rel(
                "meeting",
                [KRCS, IFRC, WFP, NDMA],
                place="Lodwar, Kenya",
                date="2026-06-10",
                evidence="On 10 June, the KRCS, the IFRC, WFP and the National Drought Management Authority (NDMA) held a joint coordination meeting in Lodwar",
            ),
            rel(
                "donation",
                [MPESA_F, KRCS],
                date="2026-06-12",
                evidence="On 12 June, the M-PESA Foundation donated KES 25 million to the KRCS",
            ),
            rel(
                "agreement",
                [RCSD, UNHCR],
                date="2026-06-04",
                evidence="On 4 June, the RCSD and UNHCR signed a letter of understanding",
            ),
            rel(
                "donation",
                [EMRC, RCSD],
                place="Djibouti, Djibouti",
                date="2026-06-07",
                evidence="On 7 June, the Emirates Red Crescent handed over 30 tonnes of food parcels to the RCSD in Djibouti city",
            ),
        ],
    ),
    (
        "hoa04_icpac_nairobi_anticipatory_dialogue_page.txt",
        "2026-11-27",
        [
            org(ICPAC, OTHER, None, "ICPAC"),
            org(IFRC, MB, None, "IFRC"),
            org(KRCS, NS, "KE"),
            org(ERCS, NS, "ET"),
            org(SOMRCS, NS, "SO"),
            org(RCSD, NS, "DJ"),
            org(URCS, NS, "UG"),
            org(SSRC, NS, "SS"),
            org(WFP, UN, None, "WFP"),
            org(FAO, UN, None, "FAO"),
            org(EQUITY, CO, "KE"),
        ],
        [
            person("Hassan Abdi Mwinyi", "Secretary General", KRCS),
            person("Tilahun Asfaw Mengesha", "Secretary General", ERCS),
            person("Abdirahman Sheikh Mohamud Nur", "President", SOMRCS),
            person("Ismaël Abdillahi Dirieh", "Secretary General", RCSD),
            person("Faith Chepkoech Rotich", "Director", ICPAC),
            person("Adaeze Okonkwo-Bello", "Regional Director for Africa", IFRC),
            person("Caroline Wairimu Ndungu", "Director of Corporate Affairs", EQUITY),
        ],
        [
            rel(
                "participation",
                [ICPAC, IFRC, KRCS, ERCS, SOMRCS, RCSD, URCS, SSRC, WFP, FAO],
                event="second Greater Horn of Africa Anticipatory Action Dialogue",
                place="Nairobi, Kenya",
                date="2026-11-24",
                evidence="The dialogue brought together delegations of the Kenya Red Cross Society, the Ethiopian Red Cross Society, the Somali Red Crescent Society",
            ),
            rel(
                "alliance",
                [KRCS, ERCS, SOMRCS, RCSD],
                signatories=[
                    "Hassan Abdi Mwinyi",
                    "Tilahun Asfaw Mengesha",
                    "Abdirahman Sheikh Mohamud Nur",
                    "Ismaël Abdillahi Dirieh",
                ],
                place="Nairobi, Kenya",
                date="2026-11-25",
                evidence="On the closing day, four of the societies launched the Horn of Africa Red Cross Red Crescent Early Action Network",
            ),
            rel(
                "agreement",
                [ICPAC, IFRC],
                signatories=["Faith Chepkoech Rotich", "Adaeze Okonkwo-Bello"],
                place="Nairobi, Kenya",
                date="2026-11-25",
                evidence="ICPAC and the IFRC signed a memorandum of understanding on impact-based forecasting",
            ),
            rel(
                "meeting",
                [ICPAC, SOMRCS],
                place="Nairobi, Kenya",
                date="2026-11-24",
                evidence="On Tuesday evening, Dr. Rotich received Dr. Abdirahman Sheikh Mohamud Nur, President of the Somali Red Crescent Society",
            ),
            rel(
                "donation",
                [EQUITY, KRCS],
                place="Nairobi, Kenya",
                date="2026-11-25",
                evidence="Equity Bank Kenya presented a cheque for KES 15 million to the Kenya Red Cross Society",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
