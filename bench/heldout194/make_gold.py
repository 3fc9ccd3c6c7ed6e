"""Gold annotations for held-out set 194 (prefix ea): East Asia and the Philippines (Japanese Red Cross Society, Korean Red Cross, Philippine Red Cross, Red Cross Society of China, Mongolian Red Cross Society; the IFRC Philippine Country Delegation and Asia Pacific Regional Office in Kuala Lumpur, the ICRC; JICA, KOICA, the Office of Civil Defense and the NDRRMC, provincial governments; Japanese, Korean and Philippine companies; typhoons and an earthquake).

ea01 - Korean Red Cross press release, read as translated from Korean (Seoul, 8 Oct 2026, "(President Kim Sang-hoon)" and "(KOICA, President Yoon Ji-hye)" in parentheses, "on the 7th"): KRC / KOICA business agreement signed "on the 7th" at the KRC headquarters in Jung-gu, Seoul ("signed by Lee Jae-won, Secretary General of the Korean Red Cross, and Choi Hyun-suk, Executive Vice President of KOICA"), "KOICA will provide KRW 3 billion to the Korean Red Cross" (support), "The Korean Red Cross has been supporting the Philippine Red Cross" (support), "It dispatched a relief fund of USD 300,000 on 22 September" (donation to the PRC) "and a disaster response specialist to Tacloban" (mission), "first signed a memorandum of understanding ... in 2019" (background agreement), CJ CheilJedang's 20,000 boxes of instant rice "On the same day" "(CEO Park Do-hyun)" (donation); media contact with post (counted); traps: a Director-General of the Ministry of Foreign Affairs and the Philippine Ambassador attending by title only, the NDRRMC cited as a source of figures, expansion to Vietnam only planned, Hyundai Motor Group "reviewing a possible contribution" (not annotated), "About" boilerplate naming the ICRC and the IFRC as members of the Movement (no relation), "our sister society".
ea02 - PNA wire story with hard line breaks, byline and credits (LEGAZPI CITY, Nov. 18 (PNA), a Wednesday): PRC / Provincial Government of Albay memorandum of agreement signed "on Tuesday" at the Albay Provincial Capitol (the PRC Secretary General "Ma. Teresa Villanueva" and the Albay Governor as signatories; the OCD Bicol Regional Director "witnessed the signing": not a signatory, OCD no party to it), "had signed a similar pact on volcano evacuations in 2018" (background agreement), a courtesy call "on Monday" from the KOICA Philippine Office Country Director on the province (meeting), JICA "on Monday turned over 500 family tents ... to the OCD Bicol regional office" (donation), a 12-member JRCS team that "arrived on Sunday" in Virac, Catanduanes (mission) "to help the PRC Catanduanes Chapter" (support); traps: "told the Philippine News Agency" (agency as source), KOICA "still studying a possible grant" (not annotated), the DSWD only "expected to release" food packs, PAGASA and "OCD data" cited as sources, the headline's "Albay gov't", reporting and editing credits (not people).
ea03 - IFRC-style Emergency Appeal operation update with bullet lists (Davao Oriental earthquake of 20 July 2026, issued 14 August 2026): "This Emergency Appeal supports the Philippine Red Cross (PRC)" (support), an IFRC surge shelter coordinator "deployed to Mati City on 25 July" (mission), the JRCS Basic Health Care ERU "deployed ... to Mati City on 27 July" (mission) and "The unit is supporting the PRC field hospital" (support), the Korean Red Cross "transferred CHF 250,000 bilaterally to the PRC on 30 July" (donation), "The ICRC supports the PRC's restoring family links services" (support), one four-party coordination meeting in Mati City on 23 July (PRC, IFRC, OCD Region XI, Provincial Government of Davao Oriental), Toyota Motor Philippines' five pick-up trucks on 5 August (donation); contact lines with names and posts (counted, the two IFRC ones as IFRC); traps: PHIVOLCS, the NDRRMC and the DSWD (DROMIC) cited as sources, the IFRC Country Delegation and the Asia Pacific Regional Office in Kuala Lumpur only parts of the IFRC, the IFRC-DREF allocation (the IFRC's own support, no second relation), the Hong Kong Red Cross "may contribute" (not annotated), "Partner National Societies with in-country presence" generic, WFP discussions "ongoing; no agreement has been concluded yet" (not annotated), a revised appeal only possible.
ea04 - HTML-ish Japanese Red Cross Society news page with page furniture (HTML title, skip link, language switch, menu, breadcrumb, reading time, photo credit, "Share this", "Related news", "About" boilerplate, footer; published 4 Dec 2026, a Friday): second East Asia Red Cross Disaster Forum at the Kobe International Conference Center "on Tuesday and Wednesday" (one participation of nine: the JRCS host, the co-organiser JICA, four societies, the IFRC, the ICRC and the ADRC observer), the founding charter of the East Asia Red Cross Anticipatory Action Network that "four National Societies signed" "On the closing day" (alliance of four; signatories listed with semicolons, "Atty." last), JRCS / PRC memorandum of understanding "On Wednesday, on the sidelines of the forum" ("It was signed by President Arakawa and Chairman Ocampo"), "the JRCS will train 40 PRC emergency doctors and nurses" (support) "with funding from JICA" (support), President Arakawa "received Mr. Wang Liping, Vice-President of the Red Cross Society of China" "On Tuesday evening" (meeting), Kawasaki Heavy Industries' JPY 20 million "At the closing ceremony on Wednesday" (donation; "Managing Executive Officer of the company"), JICA's Senior Vice President quoted (person); traps: the Governor of Hyogo Prefecture's opening address (title only), the Red Cross Society of the DPRK "invited but did not send a delegation", the Red Cross Society of China "took part in the discussions" but did not join the network, a third forum in Ulaanbaatar only hoped-for and an exercise with the Japan Coast Guard only "being considered", photo credit (not a person), related-news headline naming the Ministry of Health, Labour and Welfare, "About" boilerplate naming the Movement.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

KRC = "Korean Red Cross"
JRCS = "Japanese Red Cross Society"
PRC = "Philippine Red Cross"
RCSC = "Red Cross Society of China"
MRCS = "Mongolian Red Cross Society"
KOICA = "Korea International Cooperation Agency"
JICA = "Japan International Cooperation Agency"
OCD = "Office of Civil Defense"
ALBAY = "Provincial Government of Albay"
DAVOR = "Provincial Government of Davao Oriental"
CJ = "CJ CheilJedang"
TOYOTA = "Toyota Motor Philippines"
KHI = "Kawasaki Heavy Industries"
ADRC = "Asian Disaster Reduction Center"

DOCS = [
    (
        "ea01_krc_koica_visayas_recovery_agreement.txt",
        "2026-10-08",
        [
            org(KRC, NS, "KR"),
            org(KOICA, GOV, "KR", "KOICA"),
            org(PRC, NS, "PH"),
            org(CJ, CO, "KR"),
        ],
        [
            person("Kim Sang-hoon", "President", KRC),
            person("Yoon Ji-hye", "President", KOICA),
            person("Lee Jae-won", "Secretary General", KRC),
            person("Choi Hyun-suk", "Executive Vice President", KOICA),
            person("Park Do-hyun", "CEO", CJ),
            person("Jung Su-bin", "Manager, Communication Team", KRC),
        ],
        [
            rel(
                "agreement",
                [KRC, KOICA],
                signatories=["Lee Jae-won", "Choi Hyun-suk"],
                place="Seoul, South Korea",
                date="2026-10-07",
                evidence="The agreement was signed by Lee Jae-won, Secretary General of the Korean Red Cross, and Choi Hyun-suk, Executive Vice President of KOICA.",
            ),
            rel(
                "support",
                [KOICA, KRC],
                evidence="KOICA will provide KRW 3 billion to the Korean Red Cross over two years",
            ),
            rel(
                "support",
                [KRC, PRC],
                evidence="The Korean Red Cross has been supporting the Philippine Red Cross since the first days of the disaster.",
            ),
            rel(
                "donation",
                [KRC, PRC],
                date="2026-09-22",
                evidence="It dispatched a relief fund of USD 300,000 on 22 September",
            ),
            rel(
                "mission",
                [KRC],
                place="Tacloban, Philippines",
                date="2026-09-22",
                evidence="a disaster response specialist to Tacloban",
            ),
            rel(
                "agreement",
                [KRC, KOICA],
                date="2019",
                evidence="The two organizations first signed a memorandum of understanding on humanitarian cooperation in 2019",
            ),
            rel(
                "donation",
                [CJ, KRC],
                date="2026-10-07",
                evidence="On the same day, CJ CheilJedang (CEO Park Do-hyun) delivered 20,000 boxes of instant rice (Hetbahn), worth KRW 500 million, to the Korean Red Cross",
            ),
        ],
    ),
    (
        "ea02_prc_albay_moa_pna_wire.txt",
        "2026-11-18",
        [
            org(PRC, NS, "PH", "PRC", "PRC Albay Chapter", "PRC Catanduanes Chapter"),
            org(ALBAY, GOV, "PH", "Albay gov't", "provincial government"),
            org(OCD, GOV, "PH", "OCD", "OCD Bicol regional office"),
            org(KOICA, GOV, "KR", "KOICA"),
            org(JICA, GOV, "JP", "JICA"),
            org(JRCS, NS, "JP"),
        ],
        [
            person("Ma. Teresa Villanueva", "Secretary General", PRC),
            person("Ramon Sarte Bañares", "Governor", ALBAY),
            person("Arnel Tubianosa Dacara", "Bicol Regional Director", OCD),
            person("Kang Min-seok", "Philippine Office Country Director", KOICA),
        ],
        [
            rel(
                "agreement",
                [PRC, ALBAY],
                signatories=["Ma. Teresa Villanueva", "Ramon Sarte Bañares"],
                place="Legazpi City, Philippines",
                date="2026-11-17",
                evidence="the Provincial Government of Albay on Tuesday signed a memorandum of",
            ),
            rel(
                "agreement",
                [PRC, ALBAY],
                date="2018",
                evidence="said the two parties had signed a similar pact on volcano",
            ),
            rel(
                "meeting",
                [ALBAY, KOICA],
                place="Legazpi City, Philippines",
                date="2026-11-16",
                evidence="said the province also received a courtesy call on Monday",
            ),
            rel(
                "donation",
                [JICA, OCD],
                place="Legazpi City, Philippines",
                date="2026-11-16",
                evidence="Monday turned over 500 family tents, 1,000 jerry cans and 200",
            ),
            rel(
                "mission",
                [JRCS],
                place="Virac, Catanduanes, Philippines",
                date="2026-11-15",
                evidence="In Virac, Catanduanes, a 12-member team of the Japanese Red Cross",
            ),
            rel(
                "support",
                [JRCS, PRC],
                evidence="Society arrived on Sunday to help the PRC Catanduanes Chapter",
            ),
        ],
    ),
    (
        "ea03_mindanao_earthquake_appeal_update.txt",
        "2026-08-14",
        [
            org(IFRC, MB, None, "IFRC"),
            org(PRC, NS, "PH", "PRC"),
            org(JRCS, NS, "JP"),
            org(KRC, NS, "KR"),
            org(ICRC, MB, None, "ICRC"),
            org(OCD, GOV, "PH", "OCD"),
            org(DAVOR, GOV, "PH"),
            org(TOYOTA, CO, "PH"),
        ],
        [
            person("Jose Emmanuel Tan", "Disaster Management Services Manager", PRC),
            person("Anna-Lena Johansson", "Head of Delegation", IFRC),
            person("Farid Hakimi", "Operations Coordinator", IFRC),
        ],
        [
            rel(
                "support",
                [IFRC, PRC],
                evidence="This Emergency Appeal supports the Philippine Red Cross (PRC)",
            ),
            rel(
                "mission",
                [IFRC],
                place="Mati City, Philippines",
                date="2026-07-25",
                evidence="An IFRC surge shelter coordinator was deployed to Mati City on 25 July.",
            ),
            rel(
                "mission",
                [JRCS],
                place="Mati City, Philippines",
                date="2026-07-27",
                evidence="The Japanese Red Cross Society deployed a Basic Health Care Emergency Response Unit (ERU) to Mati City on 27 July.",
            ),
            rel(
                "support",
                [JRCS, PRC],
                evidence="The unit is supporting the PRC field hospital",
            ),
            rel(
                "donation",
                [KRC, PRC],
                date="2026-07-30",
                evidence="The Korean Red Cross transferred CHF 250,000 bilaterally to the PRC on 30 July",
            ),
            rel(
                "support",
                [ICRC, PRC],
                evidence="The ICRC supports the PRC's restoring family links services",
            ),
            rel(
                "meeting",
                [PRC, IFRC, OCD, DAVOR],
                place="Mati City, Philippines",
                date="2026-07-23",
                evidence="On 23 July, the PRC, the IFRC, the Office of Civil Defense (OCD) Region XI and the Provincial Government of Davao Oriental held a joint coordination meeting",
            ),
            rel(
                "donation",
                [TOYOTA, PRC],
                date="2026-08-05",
                evidence="On 5 August, Toyota Motor Philippines handed over five pick-up trucks to the PRC",
            ),
        ],
    ),
    (
        "ea04_kobe_east_asia_forum_network_page.txt",
        "2026-12-04",
        [
            org(JRCS, NS, "JP", "JRCS"),
            org(JICA, GOV, "JP", "JICA"),
            org(KRC, NS, "KR"),
            org(RCSC, NS, "CN"),
            org(MRCS, NS, "MN"),
            org(PRC, NS, "PH", "PRC"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(ADRC, OTHER, "JP", "ADRC"),
            org(KHI, CO, "JP"),
        ],
        [
            person("Michiko Arakawa", "President", JRCS),
            person("Lee Jae-won", "Secretary General", KRC),
            person("Enkhtuya Ganbold", "Secretary General", MRCS),
            person("Ferdinand S. Ocampo", "Chairman", PRC),
            person("Wang Liping", "Vice-President", RCSC),
            person("Takeshi Morita", "Managing Executive Officer", KHI),
            person("Hideo Sakamoto", "Senior Vice President", JICA),
        ],
        [
            rel(
                "participation",
                [JRCS, JICA, KRC, RCSC, MRCS, PRC, IFRC, ICRC, ADRC],
                event="East Asia Red Cross Disaster Forum",
                place="Kobe, Japan",
                date="2026-12-01",
                evidence="The forum brought together delegations of the Korean Red Cross, the Red Cross Society of China, the Mongolian Red Cross Society and the Philippine Red Cross",
            ),
            rel(
                "alliance",
                [JRCS, KRC, MRCS, PRC],
                signatories=[
                    "Michiko Arakawa",
                    "Lee Jae-won",
                    "Enkhtuya Ganbold",
                    "Ferdinand S. Ocampo",
                ],
                place="Kobe, Japan",
                date="2026-12-02",
                evidence="On the closing day, four National Societies signed the founding charter of the East Asia Red Cross Anticipatory Action Network",
            ),
            rel(
                "agreement",
                [JRCS, PRC],
                signatories=["Michiko Arakawa", "Ferdinand S. Ocampo"],
                place="Kobe, Japan",
                date="2026-12-02",
                evidence="the JRCS and the Philippine Red Cross also signed a memorandum of understanding on disaster medicine",
            ),
            rel(
                "support",
                [JRCS, PRC],
                evidence="the JRCS will train 40 PRC emergency doctors and nurses at Japanese Red Cross hospitals in 2027",
            ),
            rel(
                "support",
                [JICA, JRCS],
                evidence="with funding from JICA",
            ),
            rel(
                "meeting",
                [JRCS, RCSC],
                place="Kobe, Japan",
                date="2026-12-01",
                evidence="On Tuesday evening, President Arakawa received Mr. Wang Liping, Vice-President of the Red Cross Society of China",
            ),
            rel(
                "donation",
                [KHI, JRCS],
                place="Kobe, Japan",
                date="2026-12-02",
                evidence="At the closing ceremony on Wednesday, Kawasaki Heavy Industries presented a donation of JPY 20 million to the Japanese Red Cross Society",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
